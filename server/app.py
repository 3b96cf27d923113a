"""The application factory: one Flask app per knowledge base, with its pool of query workers."""

from __future__ import annotations

import atexit
import logging
from collections.abc import Mapping

from flask import Flask, Response, request

from server import browse, describe, gsp, pages, sparql
from server.config import ServerConfig, as_config
from server.context import EXTENSION
from server.errors import register_error_handlers
from server.fastpath import EXPOSED, FastPath
from server.kb import KnowledgeBase

log = logging.getLogger(__name__)

EXPOSED_HEADERS = EXPOSED


def create_app(config: ServerConfig | Mapping[str, object]) -> Flask:
    """A Parley server over the knowledge base at `config.store` (created empty if missing).

    Starts `config.workers` query worker processes; `shutdown(app)` stops them (also done at
    interpreter exit).
    """
    cfg = as_config(config)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = cfg.max_body
    app.config["MAX_FORM_MEMORY_SIZE"] = cfg.max_body
    app.json.sort_keys = False  # type: ignore[attr-defined]
    knowledge = KnowledgeBase(cfg)
    app.extensions[EXTENSION] = knowledge
    atexit.register(knowledge.close)
    register_error_handlers(app)
    for bp in (sparql.bp, gsp.bp, describe.bp, pages.bp, browse.bp):
        app.register_blueprint(bp)
    app.after_request(_cors)
    # Plain query GETs skip Flask (see server.fastpath); the rest reach the app as before.
    app.wsgi_app = FastPath(knowledge, app.wsgi_app)  # type: ignore[method-assign]
    log.info(
        "Parley server over %s: %d workers, %g s timeout, %s",
        cfg.store,
        cfg.workers,
        cfg.timeout,
        "read-only" if cfg.read_only else "writable",
    )
    return app


def shutdown(app: Flask) -> None:
    """Stop the app's query workers."""
    knowledge = app.extensions.get(EXTENSION)
    if isinstance(knowledge, KnowledgeBase):
        knowledge.close()


def _cors(resp: Response) -> Response:
    # Reads are open to any origin (a SPARQL endpoint is meant to be used from other pages);
    # writes are not: Authorization is not an allowed header, so browsers cannot send tokens.
    is_read = request.method in ("GET", "HEAD", "OPTIONS") or (
        request.path == "/sparql" and request.method == "POST"
    )
    if not is_read:
        return resp
    # CORS headers only answer a browser's cross-origin request, which always carries Origin;
    # other clients are spared them, and caches told that the answer depends on it.
    resp.vary.add("Origin")
    if "Origin" in request.headers:
        from server.context import config

        resp.headers["Access-Control-Allow-Origin"] = config().cors_origin
        resp.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        if request.method == "OPTIONS":
            resp.headers["Access-Control-Allow-Methods"] = "GET, POST, HEAD, OPTIONS"
            resp.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            resp.headers["Access-Control-Max-Age"] = "86400"
    return resp

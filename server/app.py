"""The application factory: one Flask app per knowledge base. It starts no process: the query
pool starts on the first query, and `kg serve` runs the app on waitress (`server.serving`)."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from flask import Flask, Response
from flask_cors import CORS

from server import browse, describe, gsp, pages, shipped, sparql
from server.config import ServerConfig, as_config
from server.context import EXTENSION
from server.errors import register_error_handlers
from server.kb import KnowledgeBase

log = logging.getLogger(__name__)

EXPOSED_HEADERS = [sparql.ROWS_HEADER, "Location"]

# The <style> elements YASGUI adds, allowed by their hashes: its column resizer's fixed rules for
# result tables, and the cursor while a column is hovered or dragged. Styles that scripts set
# through the DOM (CodeMirror's positions, table widths) are not inline styles to CSP. A new
# YASGUI version may change these strings: tests/server/test_query_page.py fails on any refused
# style.
YASGUI_STYLE_HASHES = (
    "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='",  # .grip-resizable{table-layout:...
    "'sha256-uOD34hIE2IkGKZTX5w07OytJQ2rjNUie9tXhYewejGU='",  # .grip-handle ...:hover{cursor:..
    "'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg='",  # *{cursor:col-resize!important}
)

# YASGUI's error tooltip underlines with this one style attribute: "text-decoration:underline".
YASGUI_ATTRIBUTE_HASH = "'sha256-EntWS0hFrz2vH7susM+dPUxvHlL6sBswmM8K80E5oUk='"

# Pages load their scripts, styles and pictures from this server only, and no other site may
# frame them; query results are fetched from /sparql, also here. No inline style is allowed
# unless it is one of YASGUI's, by hash: <style> elements (style-src-elem) and style attributes
# (style-src-attr, 'unsafe-hashes' lets a hash name an attribute); the pages' own pictures
# (timeline, network) are SVG drawn with attributes, not styles. style-src is for browsers
# without these two directives (before Chrome 75, Firefox 108, Safari 15.4).
CONTENT_SECURITY_POLICY = (
    f"default-src 'self'; script-src 'self'; style-src 'self' {' '.join(YASGUI_STYLE_HASHES)}; "
    f"style-src-elem 'self' {' '.join(YASGUI_STYLE_HASHES)}; "
    f"style-src-attr 'unsafe-hashes' {YASGUI_ATTRIBUTE_HASH}; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def create_app(config: ServerConfig | Mapping[str, object]) -> Flask:
    """A Parley server over the knowledge base at `config.store` (created empty if missing).

    Queries run in a pool of processes started on first use; `shutdown(app)` stops them.
    """
    cfg = as_config(config)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = cfg.max_body
    app.config["MAX_FORM_MEMORY_SIZE"] = cfg.max_body
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions[EXTENSION] = KnowledgeBase(cfg)
    register_error_handlers(app)
    for bp in (sparql.bp, gsp.bp, describe.bp, pages.bp, browse.bp, shipped.bp):
        app.register_blueprint(bp)
    # Reads are open to any origin (a SPARQL endpoint is meant to be used from other pages);
    # writes are not: Authorization is not an allowed header, so browsers cannot send tokens.
    CORS(
        app,
        origins=cfg.cors_origin,
        methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["Accept", "Content-Type"],
        expose_headers=EXPOSED_HEADERS,
        max_age=86400,
        send_wildcard=cfg.cors_origin == "*",
        vary_header=True,
    )
    app.after_request(_security_headers)
    log.info(
        "Parley server over %s: %d query processes, %g s timeout, %s",
        cfg.store,
        cfg.workers,
        cfg.timeout,
        "read-only" if cfg.read_only else "writable",
    )
    return app


def _security_headers(resp: Response) -> Response:
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    if resp.mimetype == "text/html":
        resp.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        resp.headers.setdefault("X-Frame-Options", "DENY")
        resp.headers.setdefault("Referrer-Policy", "same-origin")
    return resp


def shutdown(app: Flask) -> None:
    """Stop the app's query processes."""
    knowledge = app.extensions.get(EXTENSION)
    if isinstance(knowledge, KnowledgeBase):
        knowledge.close()

"""Running the app under waitress (a threaded WSGI server)."""

from __future__ import annotations

import logging

from flask import Flask
from waitress import serve as waitress_serve

from server.app import shutdown
from server.context import EXTENSION

log = logging.getLogger(__name__)


def serve(app: Flask, host: str = "127.0.0.1", port: int = 8000, threads: int = 8) -> None:
    """Serve `app` until interrupted. Request threads only wait on query workers, so a slow
    query holds one thread while the others keep answering."""
    knowledge = app.extensions[EXTENSION]
    max_body = knowledge.config.max_body
    log.info("serving on http://%s:%d/ with %d threads", host, port, threads)
    try:
        waitress_serve(
            app,
            host=host,
            port=port,
            threads=threads,
            ident="parley",
            max_request_body_size=max_body,
            clear_untrusted_proxy_headers=True,
        )
    finally:
        shutdown(app)

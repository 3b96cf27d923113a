"""Running the app: HTTP worker processes on the public socket, waitress behind them.

With `http_workers` > 0 (the default) the public socket belongs to the HTTP workers of
`server.front`, which answer plain query GETs in their own processes and hand everything else
to waitress (a threaded WSGI server) running the Flask app in this process. With 0, waitress
listens on the public socket itself and the query worker pool runs every query.
"""

from __future__ import annotations

import logging
import signal
import socket
from dataclasses import dataclass

from flask import Flask
from waitress.server import create_server

from server.app import shutdown
from server.context import EXTENSION
from server.front import FrontTier
from server.kb import KnowledgeBase

log = logging.getLogger(__name__)


@dataclass
class Serving:
    """A bound, started server; `run()` blocks in waitress's loop until `close()`."""

    app: Flask
    port: int
    waitress: object
    front: FrontTier | None

    def run(self) -> None:
        self.waitress.run()  # type: ignore[attr-defined]

    def close(self) -> None:
        """Stop the HTTP workers and waitress; the app's query workers stay (`shutdown`)."""
        if self.front is not None:
            self.front.close()
            knowledge = self.app.extensions[EXTENSION]
            if self.front in knowledge.readers:
                knowledge.readers.remove(self.front)
        self.waitress.close()  # type: ignore[attr-defined]


def start(
    app: Flask, host: str = "127.0.0.1", port: int = 8000, threads: int = 8, http_workers: int = 2
) -> Serving:
    """Bind `host:port` (0: any free port) and start the HTTP workers; serve with `run()`."""
    knowledge = app.extensions[EXTENSION]
    assert isinstance(knowledge, KnowledgeBase)
    options = {
        "threads": threads,
        "ident": "parley",
        "max_request_body_size": knowledge.config.max_body,
        "clear_untrusted_proxy_headers": True,
    }
    if knowledge.config.remote is not None:
        http_workers = 0  # they read the store folder; a remote store is read by the pool
    if http_workers <= 0:
        server = create_server(app, host=host, port=port, **options)
        bound = int(server.effective_port)  # type: ignore[union-attr]
        return Serving(app, bound, server, None)
    listener = socket.create_server((host, port), backlog=1024)
    bound = int(listener.getsockname()[1])
    # Waitress only ever sees connections handed over by the workers; its own socket is a
    # private one nobody is told about.
    private = socket.create_server(("127.0.0.1", 0))
    server = create_server(app, sockets=[private], **options)
    # The environ's SERVER_PORT (used when a request has no Host header) is the public port.
    server.effective_port = bound  # type: ignore[union-attr]
    front = FrontTier(listener, server, knowledge.config, bound, http_workers)
    knowledge.attach(front)
    front.start()
    return Serving(app, bound, server, front)


def _exit_on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def serve(
    app: Flask, host: str = "127.0.0.1", port: int = 8000, threads: int = 8, http_workers: int = 2
) -> None:
    """Serve `app` until interrupted. A slow query holds one worker process (or one waitress
    thread waiting on a query worker) while the others keep answering."""
    running = start(app, host, port, threads, http_workers)
    # SIGTERM (systemd, docker stop) ends the server as Ctrl-C does: workers stopped, not orphaned.
    signal.signal(signal.SIGTERM, _exit_on_term)
    log.info(
        "serving on http://%s:%d/ with %d HTTP workers and %d threads",
        host,
        running.port,
        http_workers,
        threads,
    )
    try:
        running.run()
    finally:
        running.close()
        shutdown(app)

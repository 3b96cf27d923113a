"""Running the app on waitress, a kept threaded WSGI server: it parses HTTP, limits and
buffers connections (a client slow to read its answer holds no request thread), and runs the
Flask app in its threads; queries themselves run in the app's process pool."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask
from waitress.server import create_server

from server.app import shutdown
from server.context import EXTENSION
from server.errors import ApiError
from server.kb import KnowledgeBase

log = logging.getLogger(__name__)

SWITCH_INTERVAL = 0.0005  # seconds


class ServeError(RuntimeError):
    """The server cannot start (port in use, store unreadable by the query processes)."""


@dataclass
class Serving:
    """A bound server; `run()` blocks in waitress's loop until `close()`."""

    app: Flask
    port: int
    waitress: object

    def run(self) -> None:
        self.waitress.run()  # type: ignore[attr-defined]

    def close(self) -> None:
        self.waitress.close()  # type: ignore[attr-defined]


def start(app: Flask, host: str = "127.0.0.1", port: int = 8000, threads: int = 16) -> Serving:
    """Check that the query processes can read the store, then bind `host:port` (0: any free
    port); serve with `run()`. Raises ServeError."""
    knowledge = app.extensions[EXTENSION]
    assert isinstance(knowledge, KnowledgeBase)
    try:
        knowledge.ask("ASK {}")
    except ApiError as err:
        raise ServeError(f"the query processes cannot read {knowledge.location}: {err}") from err
    try:
        server = create_server(
            app,
            host=host,
            port=port,
            threads=threads,
            ident="parley",
            max_request_body_size=knowledge.config.max_body,
            clear_untrusted_proxy_headers=True,
            # poll(), not select(): no limit on descriptor numbers.
            asyncore_use_poll=True,
        )
    except OSError as err:
        raise ServeError(f"cannot listen on {host}:{port}: {err.strerror or err}") from err
    return Serving(app, int(server.effective_port), server)  # type: ignore[union-attr]


def _exit_on_term(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def serve(
    app: Flask,
    host: str = "127.0.0.1",
    port: int = 8000,
    threads: int = 16,
    ready: Callable[[int], None] | None = None,
) -> None:
    """Serve `app` until interrupted, calling `ready(port)` once listening (raises ServeError
    if it cannot start)."""
    try:
        running = start(app, host, port, threads)
    except ServeError:
        shutdown(app)
        raise
    if ready is not None:
        ready(running.port)
    # A request thread waits on the pool's threads for every answer; Python's default of
    # 5 ms before a waiting thread may take the interpreter lock doubled a light query's time.
    sys.setswitchinterval(SWITCH_INTERVAL)
    # SIGTERM (systemd, docker stop) ends the server as Ctrl-C does: query processes stopped.
    signal.signal(signal.SIGTERM, _exit_on_term)
    log.info("serving on http://%s:%d/ with %d threads", host, running.port, threads)
    try:
        running.run()
    finally:
        running.close()
        shutdown(app)

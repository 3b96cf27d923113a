"""Parley's HTTP server: SPARQL 1.1 Protocol, Graph Store Protocol, linked-data pages.

`kg serve` calls `create_app(config)` then `serve(app, host, port, threads)`. Imports are lazy
so query worker processes (which import `server.worker`) start without Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from server.app import create_app, shutdown
    from server.config import ServerConfig
    from server.serving import serve

__all__ = ["ServerConfig", "create_app", "serve", "shutdown"]


def __getattr__(name: str) -> Any:
    if name in ("create_app", "shutdown"):
        from server import app

        return getattr(app, name)
    if name == "serve":
        from server.serving import serve

        return serve
    if name == "ServerConfig":
        from server.config import ServerConfig

        return ServerConfig
    raise AttributeError(name)

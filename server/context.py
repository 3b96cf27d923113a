"""Per-app services, reached from views through `current_app`, and small request helpers."""

from __future__ import annotations

import hmac

from flask import Request, current_app, request

from server.config import ServerConfig
from server.errors import ApiError
from server.kb import KnowledgeBase

EXTENSION = "parley"


def kb() -> KnowledgeBase:
    found = current_app.extensions[EXTENSION]
    assert isinstance(found, KnowledgeBase)
    return found


def config() -> ServerConfig:
    return kb().config


# Request.host_url re-derives the host (with its checks) on every request; it only depends on
# these environ keys. Bounded because the Host header is the client's to choose.
_HOST_KEYS = ("wsgi.url_scheme", "HTTP_HOST", "SERVER_NAME", "SERVER_PORT", "SCRIPT_NAME")
_host_urls: dict[tuple[object, ...], str] = {}


def _host_url() -> str:
    environ = request.environ
    key = tuple(environ.get(k) for k in _HOST_KEYS)
    found = _host_urls.get(key)
    if found is None:
        found = request.host_url
        if len(_host_urls) >= 64:
            _host_urls.clear()
        _host_urls[key] = found
    return found


def public_base() -> str:
    """The server's own base URL, ending in '/': configured, else as the client reached us."""
    base = config().base_url or _host_url()
    return base if base.endswith("/") else base + "/"


def endpoint_url() -> str:
    return public_base() + "sparql"


def require_write_access(req: Request) -> None:
    """Refuse (401) unless the request carries the configured bearer token."""
    token = config().update_token
    challenge = {"WWW-Authenticate": 'Bearer realm="parley"'}
    if not token:
        raise ApiError(
            401,
            "read_only",
            "this server is read-only: no update token is configured (set KG_UPDATE_TOKEN "
            "to allow SPARQL Update and Graph Store writes)",
            challenge,
        )
    header = req.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
        raise ApiError(
            401,
            "unauthorized",
            "writes need the header `Authorization: Bearer <update token>`",
            challenge,
        )

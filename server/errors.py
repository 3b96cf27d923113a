"""The one error shape of the server: `{"error": {"status": int, "code": str, "message": str}}`.

Every error, whether raised by our code (`ApiError`) or by Flask/Werkzeug (404, 405, 413...),
goes through the handlers registered here so clients never see an HTML error page.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

# Werkzeug's exception names are long prose; clients match on short stable codes instead.
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_data",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error answered to the client with `status`, a short `code` and a human `message`."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
        fields: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.fields = fields or {}  # more about the error (a query's line and column)


def error_response(
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
    fields: dict[str, object] | None = None,
) -> Response:
    resp = jsonify(
        {"error": {"status": status, "code": code, "message": message, **(fields or {})}}
    )
    resp.status_code = status
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def _api_error(err: ApiError) -> Response:
    if err.status >= 500:
        log.warning("%s: %s", err.code, err.message)
    return error_response(err.status, err.code, err.message, err.headers, err.fields)


def _http_error(err: HTTPException) -> Response:
    status = err.code or 500
    headers = {}
    if status == 405 and err.response is None:
        # Keep the Allow header Werkzeug computed from the routes.
        allow = dict(err.get_headers()).get("Allow")
        if allow:
            headers["Allow"] = allow
    return error_response(
        status, _HTTP_CODES.get(status, "http_error"), err.description or "", headers
    )


def _unexpected(err: Exception) -> Response:
    # Flask routes unhandled errors here (as InternalServerError.original_exception); log the
    # traceback but give the client only the shape, never internals.
    log.exception("unhandled error", exc_info=err)
    return error_response(500, "internal_error", "internal server error")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(500, _unexpected)

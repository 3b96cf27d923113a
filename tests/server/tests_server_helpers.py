"""Assertions shared by the server tests (importable: conftest puts this folder on sys.path)."""

from __future__ import annotations

from typing import Any


def assert_error(resp: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is an error in the server's one JSON shape, with this status (and code)."""
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/json"
    body = resp.get_json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message"}
    assert err["status"] == status and isinstance(err["message"], str) and err["message"]
    if code:
        assert err["code"] == code
    return err  # type: ignore[no-any-return]

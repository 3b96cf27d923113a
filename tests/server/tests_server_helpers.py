"""Assertions shared by the server tests (importable: conftest puts this folder on sys.path)."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.union import with_union


def assert_error(resp: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is an error in the server's one JSON shape, with this status (and code)."""
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/json"
    body = resp.get_json()
    assert set(body) == {"error"}
    err = body["error"]
    # Query errors add where (line, column) and what was expected (kg.diagnostics).
    assert set(err) - {"line", "column", "expected", "prefix"} == {"status", "code", "message"}
    assert err["status"] == status and isinstance(err["message"], str) and err["message"]
    if code:
        assert err["code"] == code
    return err  # type: ignore[no-any-return]


def row_cap(resp: Any) -> dict[str, int | bool]:
    """The `Parley-Rows` header (an RFC 8941 dictionary of integers and booleans), parsed."""
    out: dict[str, int | bool] = {}
    for item in resp.headers["Parley-Rows"].split(","):
        key, _, value = item.strip().partition("=")
        out[key] = value == "?1" if value.startswith("?") else int(value)
    return out


def big_store(path: Path, n: int = 200_000) -> Path:
    """A store of `n` triples in one named graph: a cross join over it runs for minutes."""
    store = ox.Store(str(path))
    g = ox.NamedNode("http://example.org/big")
    p = ox.NamedNode("http://example.org/p")
    store.bulk_extend(
        with_union(  # the default graph holds the union of the named graphs (kg.store)
            ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), p, ox.Literal(str(i)), g)
            for i in range(n)
        )
    )
    store.flush()
    del store
    gc.collect()
    return path


def alive(pid: int) -> bool:
    """Whether a process with this id exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True

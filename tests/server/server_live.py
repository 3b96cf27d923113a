"""Helpers for the server tests: the fixture store, the app's settings, a live server.

A module of its own (not conftest) so test files import it by a name no other folder uses.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import requests
from flask import Flask

from kg.store import Store
from server.config import ServerConfig
from server.serving import start

FIXTURES = Path(__file__).parent / "fixtures"
TOKEN = "test-token"


def load_store(path: Path, *files: Path) -> Path:
    """A store at `path` with the ontology and the given TriG / N-Quads files."""
    store = Store(path)
    for f in files:
        fmt = ox.RdfFormat.TRIG if f.suffix == ".trig" else ox.RdfFormat.N_QUADS
        with f.open("rb") as data:
            store.load(data, fmt)
    store.flush()
    del store
    gc.collect()
    return path


def make_config(store: Path, **changes: object) -> ServerConfig:
    base = ServerConfig(store=store, workers=2, timeout=10.0, update_token=TOKEN, max_rows=1000)
    return base.with_values(**changes) if changes else base


AppFactory = Callable[..., Flask]


@dataclass
class LiveServer:
    url: str
    app: Flask

    def get(self, path: str, **kw: object) -> requests.Response:
        return requests.get(self.url + path, timeout=30, **kw)  # type: ignore[arg-type]


def start_live(application: Flask, threads: int = 16) -> tuple[LiveServer, Callable[[], None]]:
    """The server as `kg serve` runs it: waitress on a free loopback port."""
    server = start(application, "127.0.0.1", 0, threads)
    port = server.port
    thread = threading.Thread(target=server.run, name="live-server", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            requests.get(url + "/health", timeout=5)
            break
        except requests.ConnectionError:
            time.sleep(0.05)

    def stop() -> None:
        server.close()
        thread.join(timeout=5)

    return LiveServer(url, application), stop

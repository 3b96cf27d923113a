"""Fixtures: a store on disk loaded from `fixtures/kb.trig`, the app over it, a live server."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

from kg.store import Store
from server import create_app, shutdown
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


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return load_store(tmp_path_factory.mktemp("kb") / "store", FIXTURES / "kb.trig")


def make_config(store: Path, **changes: object) -> ServerConfig:
    base = ServerConfig(store=store, workers=2, timeout=10.0, update_token=TOKEN, max_rows=1000)
    return base.with_values(**changes) if changes else base


@pytest.fixture(scope="session")
def app(kb_path: Path) -> Iterator[Flask]:
    application = create_app(make_config(kb_path))
    application.config["TESTING"] = True
    yield application
    shutdown(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


AppFactory = Callable[..., Flask]


@pytest.fixture
def app_factory(kb_path: Path) -> Iterator[AppFactory]:
    """Apps over the shared fixture store with other settings (stopped after the test)."""
    made: list[Flask] = []

    def make(**changes: object) -> Flask:
        application = create_app(make_config(kb_path, **changes))
        made.append(application)
        return application

    yield make
    for application in made:
        shutdown(application)


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


@pytest.fixture(scope="session")
def live_server(app: Flask) -> Iterator[LiveServer]:
    """The real server (waitress) on a free loopback port."""
    live, stop = start_live(app)
    yield live
    stop()


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[Flask]:
    """An app over a fresh copy of the fixture store, for tests that write."""
    application = create_app(make_config(load_store(tmp_path / "store", FIXTURES / "kb.trig")))
    yield application
    shutdown(application)

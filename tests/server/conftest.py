"""Fixtures: a store on disk loaded from `fixtures/kb.trig`, the app over it, a live server.

The helpers they use (and test files import) live in `server_live`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from server_live import FIXTURES, AppFactory, LiveServer, load_store, make_config, start_live

from server import create_app, shutdown


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return load_store(tmp_path_factory.mktemp("kb") / "store", FIXTURES / "kb.trig")


@pytest.fixture(scope="session")
def app(kb_path: Path) -> Iterator[Flask]:
    application = create_app(make_config(kb_path))
    application.config["TESTING"] = True
    yield application
    shutdown(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


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

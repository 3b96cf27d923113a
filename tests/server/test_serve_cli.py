"""`kg serve` as a new user runs it: from another folder, on an empty or missing store, on a
busy port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from server_live import FIXTURES, load_store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def kg_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    return env | {"KG_QUERY_TIMEOUT": "10", **extra}


@contextmanager
def serving(cwd: Path, *args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--port", str(port), *args],
        cwd=cwd,
        env=env or kg_env(),
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"kg serve exited: {proc.stderr.read()}")  # type: ignore[union-attr]
            try:
                requests.get(url + "/health", timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)


def test_store_is_found_from_another_folder(tmp_path: Path) -> None:
    load_store(tmp_path / "data" / "kb", FIXTURES / "kb.trig")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with serving(elsewhere, "--store", "../data/kb") as url:
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?a a pa:Article }"
        r = requests.get(url + "/sparql", params={"query": q}, timeout=30)
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) > 0


def test_an_empty_endpoint_starts_and_can_be_filled(tmp_path: Path) -> None:
    env = kg_env(KG_UPDATE_TOKEN="secret")
    with serving(tmp_path, "--store", "new-kb", env=env) as url:
        ttl = "<http://example.org/x> <http://example.org/p> 1 ."
        r = requests.put(
            url + "/gsp?graph=http%3A%2F%2Fexample.org%2Fg",
            data=ttl,
            headers={"Content-Type": "text/turtle", "Authorization": "Bearer secret"},
            timeout=30,
        )
        assert r.status_code == 201
        q = "ASK { GRAPH <http://example.org/g> { ?s ?p ?o } }"
        assert requests.get(url + "/sparql", params={"query": q}, timeout=30).json()["boolean"]
    assert (tmp_path / "new-kb" / "CURRENT").exists()


def test_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "kg", "serve", "--store", "kb", "--port", str(port)],
            cwd=tmp_path,
            env=kg_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode != 0
    assert done.stderr.startswith("kg: error:"), done.stderr
    assert "Traceback" not in done.stderr and str(port) in done.stderr


def test_unreadable_store_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "kb").write_text("not a folder")
    done = subprocess.run(
        [sys.executable, "-m", "kg", "serve", "--store", "kb", "--port", str(free_port())],
        cwd=tmp_path,
        env=kg_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert done.stderr.startswith("kg: error:"), done.stderr
    assert "Traceback" not in done.stderr

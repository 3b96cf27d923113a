"""Run the suite's W3C protocol runner against `oxigraph serve`, the reference server.

The issue measures `kg serve` against what Oxigraph's own server passes with the same runner.
This is a measurement, not a test: it prints pass counts per suite and the failing tests.

    .venv/bin/python bench/w3c_reference.py
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The runner lives with the tests it serves; its module imports the server test helpers.
sys.path[:0] = [str(ROOT / "tests" / "server"), str(ROOT)]

from test_w3c import TESTS, Endpoint, run_one  # noqa: E402


def oxigraph_route(method: str, path: str, headers: dict[str, str], body: bytes | None) -> str:
    """Map the manifests' /sparql and /gsp paths onto oxigraph serve's /query, /update, /store."""
    base, sep, query = path.partition("?")
    if base.startswith("/gsp"):
        return "/store" + base[len("/gsp") :] + sep + query
    if base != "/sparql":
        return path
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    is_update = "sparql-update" in ctype or (
        method == "POST"
        and "form-urlencoded" in ctype
        and body is not None
        and (body.startswith(b"update=") or b"&update=" in body)
    )
    return ("/update" if is_update else "/query") + sep + query


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not TESTS:
        print("no W3C manifests in ../shared/w3c")
        return 2
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen(
            [binary, "serve", "--location", tmp, "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    time.sleep(0.1)
            ep = Endpoint(f"http://127.0.0.1:{port}", oxigraph_route)
            passed: dict[str, list[bool]] = {}
            for t in TESTS:
                try:
                    run_one(ep, t)
                    ok = True
                except (AssertionError, OSError, ValueError, SyntaxError) as err:
                    ok = False
                    why = (str(err).splitlines() or [type(err).__name__])[0][:160]
                    print(f"FAIL {t.suite}:{t.name}: {why}")
                passed.setdefault(t.suite, []).append(ok)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    for suite, outcomes in passed.items():
        print(f"oxigraph serve {suite}: {sum(outcomes)}/{len(outcomes)} passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

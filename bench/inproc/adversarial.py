"""PROTOTYPE checks of the timeout/sandbox story against a running server (port argv[1])."""

from __future__ import annotations

import http.client
import sys
import threading
import time
from urllib.parse import urlencode

PORT = int(sys.argv[1])
WHAT = sys.argv[2]
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
MEMORY = "SELECT ?a ?d ?c ?f { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
ASK = "ASK { ?s ?p ?o }"
OUTBOUND = "SELECT * { SERVICE <http://127.0.0.1:8999/sparql> { ?s ?p ?o } }"
HIDDEN = "SELECT * { # c\rSERVICE <http://127.0.0.1:8999/sparql> { ?s ?p ?o } }"
T0 = time.monotonic()


def get(path: str, query: str | None = None, timeout: float = 60) -> tuple[float, int, str]:
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        url = path if query is None else f"{path}?{urlencode({'query': query})}"
        conn.request("GET", url, headers={"Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        body = resp.read().decode(errors="replace")
        return time.monotonic() - started, resp.status, body[:160]
    except OSError as err:
        return time.monotonic() - started, 0, f"{type(err).__name__}: {err}"
    finally:
        conn.close()


def at(label: str, result: tuple[float, int, str]) -> None:
    took, status, body = result
    print(
        f"t={time.monotonic() - T0:6.2f}s {label}: {status} in {took:.2f}s {body[:110]!r}",
        flush=True,
    )


def parallel(n: int, query: str, label: str) -> list[threading.Thread]:
    ts = [
        threading.Thread(target=lambda i=i: at(f"{label}#{i}", get("/sparql", query)))
        for i in range(n)
    ]
    for t in ts:
        t.start()
    return ts


def probe_during(seconds: float) -> None:
    end = time.monotonic() + seconds
    worst = {"health": 0.0, "ask": 0.0}
    fails = 0
    while time.monotonic() < end:
        h = get("/health")
        a = get("/sparql", ASK)
        worst["health"] = max(worst["health"], h[0])
        worst["ask"] = max(worst["ask"], a[0])
        fails += (h[1] != 200) + (a[1] != 200)
        time.sleep(0.05)
    print(
        f"t={time.monotonic() - T0:6.2f}s probes: worst /health {worst['health']:.2f}s, worst ASK "
        f"{worst['ask']:.2f}s, non-200: {fails}",
        flush=True,
    )


if WHAT == "timeout":
    n = int(sys.argv[3])
    ts = parallel(n, RUNAWAY, "runaway")
    time.sleep(0.2)
    probe_during(float(sys.argv[4]))
    for t in ts:
        t.join()
    at("ASK after", get("/sparql", ASK))
elif WHAT == "memory":
    ts = parallel(1, MEMORY, "memory")
    others = parallel(
        3,
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d <https://w3id.org/parley/ontology#speaker> ?f }",
        "other",
    )
    probe_during(float(sys.argv[3]))
    for t in ts + others:
        t.join()
    at("ASK after", get("/sparql", ASK))
elif WHAT == "outbound":
    at("SERVICE", get("/sparql", OUTBOUND))
    at("hidden SERVICE", get("/sparql", HIDDEN))

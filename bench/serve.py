"""Latency and throughput of `kg serve` (this server) against `oxigraph serve-read-only`,
both over the same on-disk store, both on loopback.

    python bench/serve.py [--articles 400] [--requests 200] [--concurrency 8] [--out FILE]

Builds a store in a temporary directory by replicating the test fixture's two articles under
new graph IRIs (so query plans see realistic shapes), starts both servers, runs each query
`--requests` times sequentially (latency) and then with `--concurrency` client threads
(throughput). Request loops are bounded in count and go to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gc
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.store import Store  # noqa: E402

FIXTURE = ROOT / "tests" / "server" / "fixtures" / "kb.trig"
BASE = "https://w3id.org/parley/id/"
PREFIXES = "PREFIX pa: <https://w3id.org/parley/ontology#>\nPREFIX oa: <http://www.w3.org/ns/oa#>\n"
QUERIES = {
    "ask": PREFIXES + "ASK { ?s a pa:Article }",
    "persons_limit_100": PREFIXES
    + "SELECT ?p ?name WHERE { ?p a pa:Person ; pa:name ?name } LIMIT 100",
    "actor_statements": PREFIXES + "SELECT ?st ?content WHERE { "
    "?st pa:speaker <https://w3id.org/parley/id/actor/sergei-lavrov-7> ; pa:content ?content }",
    "count_evidence": PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?e a pa:Evidence }",
}


@dataclass
class Result:
    server: str
    query: str
    p50_ms: float
    p95_ms: float
    throughput_rps: float
    errors: int


def build_store(path: Path, copies: int) -> int:
    """Copies of the fixture articles, with every minted IRI suffixed by the copy number."""
    quads = list(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
    store = Store(path)

    def rename(term: ox.NamedNode | ox.BlankNode | ox.Literal, i: int) -> object:
        if isinstance(term, ox.NamedNode) and term.value.startswith(BASE):
            return ox.NamedNode(f"{term.value}-{i}")
        return term

    batch = []
    for i in range(copies // 2):
        for q in quads:
            batch.append(
                ox.Quad(
                    rename(q.subject, i),
                    q.predicate,
                    rename(q.object, i),  # type: ignore[arg-type]
                    rename(q.graph_name, i),
                )  # type: ignore[arg-type]
            )
    store.raw.bulk_extend(batch)
    store.flush()
    n = len(store.raw)
    del store
    gc.collect()
    return n


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=5)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def measure(name: str, url: str, query: str, n: int, concurrency: int) -> Result:
    headers = {"Accept": "application/sparql-results+json"}
    session = requests.Session()
    errors = 0
    latencies = []
    for _ in range(n):
        started = time.perf_counter()
        r = session.get(url, params={"query": query}, headers=headers, timeout=60)
        latencies.append((time.perf_counter() - started) * 1000)
        errors += r.status_code != 200
    local = threading.local()

    def one(_: int) -> int:
        if not hasattr(local, "s"):
            local.s = requests.Session()
        return int(
            local.s.get(url, params={"query": query}, headers=headers, timeout=60).status_code
        )

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        codes = list(pool.map(one, range(n)))
    elapsed = time.perf_counter() - started
    errors += sum(c != 200 for c in codes)
    latencies.sort()
    return Result(
        name,
        "",
        round(statistics.median(latencies), 2),
        round(latencies[int(0.95 * (len(latencies) - 1))], 2),
        round(n / elapsed, 1),
        errors,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="query workers of kg serve")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")

    tmp = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    try:
        triples = build_store(tmp / "store", args.articles)
        print(f"store: {args.articles} articles, {triples} quads")
        # Our server runs in its own process, like oxigraph's, so the client threads here do
        # not compete with it for the GIL.
        our_port = free_port()
        script = (
            "from server import create_app, serve; "
            f"app = create_app({{'store': {str(tmp / 'store')!r}, 'workers': {args.workers}}}); "
            f"serve(app, '127.0.0.1', {our_port}, 8)"
        )
        ours_proc = subprocess.Popen(
            [sys.executable, "-c", script],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        ours = f"http://127.0.0.1:{our_port}/sparql"
        port = free_port()
        proc = subprocess.Popen(
            [
                oxigraph,
                "serve-read-only",
                "--location",
                str(tmp / "store"),
                "--bind",
                f"127.0.0.1:{port}",
                "--union-default-graph",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        theirs = f"http://127.0.0.1:{port}/query"
        results = []
        try:
            wait_up(ours)
            wait_up(theirs)
            for qname, query in QUERIES.items():
                for sname, url in (("kg serve", ours), ("oxigraph serve", theirs)):
                    measure(sname, url, query, 10, 2)  # warm up
                    r = measure(sname, url, query, args.requests, args.concurrency)
                    r.query = qname
                    results.append(r)
                    print(
                        f"{qname:20} {sname:15} p50 {r.p50_ms:7.2f} ms  p95 {r.p95_ms:7.2f} ms  "
                        f"{r.throughput_rps:8.1f} req/s  errors {r.errors}"
                    )
        finally:
            for child in (proc, ours_proc):
                child.terminate()
                child.wait(timeout=10)
        if args.out:
            args.out.write_text(
                json.dumps(
                    {
                        "articles": args.articles,
                        "quads": triples,
                        "requests": args.requests,
                        "concurrency": args.concurrency,
                        "workers": args.workers,
                        "results": [asdict(r) for r in results],
                    },
                    indent=2,
                )
                + "\n"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

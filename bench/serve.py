"""Latency and throughput of `kg serve` against `oxigraph serve-read-only` on the same store.

Both servers read the same on-disk store of generated article graphs, both on loopback.

    python bench/serve.py                # >= 1M triples (store cached in bench/.cache)
    python bench/serve.py --quick        # a small store and short runs, for a smoke test

For each query: `--requests` sequential requests per server, alternating between the servers
(unloaded latency, bounded by `--max-seconds`), then `--concurrency` client threads sending
requests for `--round-seconds`, in `--rounds` rounds that alternate between the servers
(latency under load, and throughput), so that other work on the machine weighs on both alike.
Everything goes to 127.0.0.1 only.
Both servers answer the same query text with the same media type, and the bench checks they
return the same number of rows (or triples) before timing anything.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import kbgen  # noqa: E402

JSON_RESULTS = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
TARGET = 1.5  # kg serve may be this many times slower than oxigraph serve, no more

_P = (
    "PREFIX pa: <https://w3id.org/parley/ontology#>\n"
    "PREFIX id: <https://w3id.org/parley/id/>\n"
    "PREFIX actor: <https://w3id.org/parley/id/actor/>\n"
)


def queries(articles: int) -> dict[str, tuple[str, str]]:
    """Query name -> (text, Accept), over entities every generated store holds.

    Written for Oxigraph's greedy join order: each starts from a bound IRI (or one selective
    pattern) and walks out from there; the two-hop join narrows its first hop in a subquery.
    """
    article = kbgen.extraction(articles // 2, kbgen.DEFAULT_SEED).article.key
    statement = f"<https://w3id.org/parley/id/statement/{article}-1>"
    graph = f"<https://w3id.org/parley/id/article/{article}>"
    speaker = kbgen.popular_person(kbgen.DEFAULT_SEED)
    return {
        # The request path alone: the store answers from one index lookup.
        "ask": (_P + "ASK { actor:russia a pa:Country }", JSON_RESULTS),
        "point_lookup": (_P + f"SELECT ?p ?o WHERE {{ {statement} ?p ?o }}", JSON_RESULTS),
        "actor_statements": (
            _P + "SELECT ?st ?date ?content WHERE {\n"
            f"  ?st pa:speaker actor:{speaker} .\n"
            "  ?st pa:date ?date .\n"
            "  ?st pa:content ?content .\n"
            "} ORDER BY DESC(?date) ?st LIMIT 50",
            JSON_RESULTS,
        ),
        "group_count": (
            _P + "SELECT ?type (COUNT(?event) AS ?n) WHERE { ?event pa:eventType ?type }\n"
            "GROUP BY ?type ORDER BY DESC(?n)",
            JSON_RESULTS,
        ),
        "two_hop": (
            _P + "SELECT ?event ?st ?speaker WHERE {\n"
            "  { SELECT DISTINCT ?event WHERE { ?event pa:participant actor:qatar } LIMIT 20 }\n"
            "  ?st pa:about ?event .\n"
            "  ?st pa:speaker ?speaker .\n"
            "} LIMIT 200",
            JSON_RESULTS,
        ),
        "text_filter": (
            _P + "SELECT ?st ?content WHERE {\n"
            "  ?st a pa:Statement ; pa:content ?content .\n"
            '  FILTER(CONTAINS(?content, "compromise"))\n'
            "} LIMIT 100",
            JSON_RESULTS,
        ),
        "construct_article": (
            _P + f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}",
            NTRIPLES,
        ),
    }


@dataclass
class Result:
    server: str
    query: str
    p50_ms: float  # sequential requests: latency of the request path itself
    p95_ms: float
    load_p50_ms: float  # with --concurrency clients at once
    load_p95_ms: float
    throughput_rps: float
    requests: int
    errors: int


class Client:
    """One keep-alive HTTP/1.1 connection: the lightest client, so the servers are measured."""

    def __init__(self, port: int, path: str) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.path = path

    def get(self, query: str, accept: str) -> tuple[int, bytes]:
        self.conn.request(
            "GET", f"{self.path}?{urlencode({'query': query})}", headers={"Accept": accept}
        )
        resp = self.conn.getresponse()
        return resp.status, resp.read()

    def close(self) -> None:
        self.conn.close()


def size_of(body: bytes, accept: str) -> int:
    """Rows of a results document, triples of an N-Triples one."""
    if accept == NTRIPLES:
        return body.count(b"\n")
    data = json.loads(body)
    return 1 if "boolean" in data else len(data["results"]["bindings"])


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)


Server = tuple[str, int, str]  # name, port, path


def _load_round(
    port: int, path: str, query: str, accept: str, args: argparse.Namespace
) -> tuple[list[float], int, float]:
    """`--concurrency` threads sending requests for `--round-seconds`: latencies, errors,
    elapsed seconds. Timed rounds, not counted ones: a few hundred sub-millisecond requests are
    over before the threads have all started."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    start = threading.Event()

    def run() -> None:
        nonlocal errors
        client = Client(port, path)
        client.get(query, accept)  # connect before the clock starts
        mine: list[float] = []
        bad = 0
        start.wait()
        deadline = time.monotonic() + args.round_seconds
        while time.monotonic() < deadline:
            started = time.perf_counter()
            status, _ = client.get(query, accept)
            mine.append((time.perf_counter() - started) * 1000)
            bad += status != 200
        client.close()
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=run) for _ in range(args.concurrency)]
    for t in threads:
        t.start()
    time.sleep(0.2)
    started = time.perf_counter()
    start.set()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - started


def measure(
    servers: tuple[Server, ...], name: str, query: str, accept: str, args: argparse.Namespace
) -> list[Result]:
    """Both servers, interleaved: other load on the machine then hits both alike.

    Sequential requests alternate between the servers one by one (unloaded latency); the
    concurrent load runs in `--rounds` rounds, each server in turn (latency under load and
    throughput over all rounds).
    """
    clients = [Client(port, path) for _, port, path in servers]
    for client in clients:
        for _ in range(5):  # warm up: caches, worker handles, keep-alive
            client.get(query, accept)
    seq: list[list[float]] = [[] for _ in servers]
    errors = [0 for _ in servers]
    deadline = time.monotonic() + args.max_seconds
    for i in range(args.requests):
        order = range(len(servers)) if i % 2 == 0 else reversed(range(len(servers)))
        for k in order:
            started = time.perf_counter()
            status, _ = clients[k].get(query, accept)
            seq[k].append((time.perf_counter() - started) * 1000)
            errors[k] += status != 200
        if time.monotonic() > deadline:
            break
    for client in clients:
        client.close()

    load: list[list[float]] = [[] for _ in servers]
    elapsed = [0.0 for _ in servers]
    for r in range(args.rounds):
        order = range(len(servers)) if r % 2 == 0 else reversed(range(len(servers)))
        for k in order:
            _, port, path = servers[k]
            lat, bad, secs = _load_round(port, path, query, accept, args)
            load[k].extend(lat)
            errors[k] += bad
            elapsed[k] += secs
    return [
        Result(
            server,
            name,
            round(statistics.median(seq[k]), 2),
            _pct(seq[k], 0.95),
            round(statistics.median(load[k]), 2),
            _pct(load[k], 0.95),
            round(len(load[k]) / elapsed[k], 1),
            len(seq[k]) + len(load[k]),
            errors[k],
        )
        for k, (server, _, _) in enumerate(servers)
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(port: int, path: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {proc.returncode}")
        try:
            client = Client(port, path)
            status, _ = client.get("ASK {}", JSON_RESULTS)
            client.close()
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not come up")


@contextmanager
def running(cmd: list[str]) -> Iterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def table(results: list[Result]) -> str:
    """Markdown: one row per query and server, then kg/oxigraph ratios (latency up, rps down)."""
    lines = [
        "| query | server | p50 ms | p95 ms | p50 ms (load) | p95 ms (load) | req/s | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    by_key = {(r.query, r.server): r for r in results}
    verdicts = []
    for name in dict.fromkeys(r.query for r in results):
        ours, theirs = by_key[(name, "kg serve")], by_key[(name, "oxigraph serve")]
        for r in (ours, theirs):
            lines.append(
                f"| {name} | {r.server} | {r.p50_ms:.2f} | {r.p95_ms:.2f} | {r.load_p50_ms:.2f} "
                f"| {r.load_p95_ms:.2f} | {r.throughput_rps:.0f} | {r.errors} |"
            )
        ratios = (
            ours.p50_ms / theirs.p50_ms,
            ours.p95_ms / theirs.p95_ms,
            ours.load_p50_ms / theirs.load_p50_ms,
            ours.load_p95_ms / theirs.load_p95_ms,
            theirs.throughput_rps / ours.throughput_rps,
        )
        worst = max(ratios)
        lines.append(
            f"| {name} | **kg/oxigraph** | {ratios[0]:.2f}× | {ratios[1]:.2f}× | {ratios[2]:.2f}× "
            f"| {ratios[3]:.2f}× | {ratios[4]:.2f}× slower | |"
        )
        verdicts.append(f"{name}: worst ratio {worst:.2f}× ({'ok' if worst <= TARGET else 'MISS'})")
    return "\n".join(lines) + "\n\n" + "\n".join(verdicts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="60 articles, 60 requests")
    parser.add_argument("--articles", type=int, default=None, help="default 2100 (~1.2M quads)")
    parser.add_argument("--requests", type=int, default=None, help="per query and phase")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=4, help="alternating load rounds")
    parser.add_argument(
        "--round-seconds", type=float, default=2.0, help="length of each load round per server"
    )
    parser.add_argument("--max-seconds", type=float, default=30.0, help="cap on each phase")
    parser.add_argument(
        "--workers", type=int, default=2, help="query workers of kg serve (its default is 2)"
    )
    parser.add_argument(
        "--http-workers", type=int, default=2, help="HTTP workers of kg serve (its default is 2)"
    )
    parser.add_argument("--threads", type=int, default=8, help="request threads of kg serve")
    parser.add_argument("--only", default=None, help="comma-separated query names")
    parser.add_argument("--out", type=Path, default=None, help="also write JSON results here")
    args = parser.parse_args()
    args.articles = args.articles or (60 if args.quick else 2100)
    args.requests = args.requests or (60 if args.quick else 400)
    if args.quick:
        args.round_seconds = min(args.round_seconds, 0.5)
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")

    store, quads = kbgen.cached(args.articles)
    print(f"store: {store} ({args.articles} articles, {quads} quads)")
    if quads < 1_000_000 and not args.quick:
        print("warning: fewer than 1M quads; the performance target is stated for >= 1M")
    qs = queries(args.articles)
    if args.only:
        qs = {k: v for k, v in qs.items() if k in args.only.split(",")}

    our_port, ox_port = free_port(), free_port()
    ours_cmd = [
        sys.executable,
        "-m",
        "kg",
        "serve",
        "--store",
        str(store),
        "--host",
        "127.0.0.1",
        "--port",
        str(our_port),
        "--query-workers",
        str(args.workers),
        "--threads",
        str(args.threads),
        "--http-workers",
        str(args.http_workers),
    ]
    ox_cmd = [
        oxigraph,
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"127.0.0.1:{ox_port}",
        "--union-default-graph",
    ]
    servers: tuple[Server, ...] = (
        ("kg serve", our_port, "/sparql"),
        ("oxigraph serve", ox_port, "/query"),
    )
    results: list[Result] = []
    with running(ours_cmd) as ours_proc, running(ox_cmd) as ox_proc:
        wait_up(our_port, "/sparql", ours_proc)
        wait_up(ox_port, "/query", ox_proc)
        for name, (text, accept) in qs.items():
            sizes = set()
            for _, port, path in servers:
                client = Client(port, path)
                status, body = client.get(text, accept)
                client.close()
                if status != 200:
                    raise SystemExit(f"{name}: HTTP {status} from port {port}: {body[:300]!r}")
                sizes.add(size_of(body, accept))
            if len(sizes) != 1:
                raise SystemExit(f"{name}: the servers disagree on the result size: {sizes}")
            rows = sizes.pop()
            for r in measure(servers, name, text, accept, args):
                results.append(r)
                print(
                    f"{name:18} {r.server:15} p50 {r.p50_ms:7.2f}  p95 {r.p95_ms:7.2f}  "
                    f"load p50 {r.load_p50_ms:7.2f}  p95 {r.load_p95_ms:7.2f} ms  "
                    f"{r.throughput_rps:7.1f} req/s  ({rows} rows, "
                    f"errors {r.errors})",
                    flush=True,
                )
    print()
    print(table(results))
    if args.out:
        args.out.write_text(
            json.dumps(
                {
                    "store": str(store),
                    "articles": args.articles,
                    "quads": quads,
                    "requests": args.requests,
                    "round_seconds": args.round_seconds,
                    "concurrency": args.concurrency,
                    "workers": args.workers,
                    "http_workers": args.http_workers,
                    "threads": args.threads,
                    "queries": {k: v[0] for k, v in qs.items()},
                    "results": [asdict(r) for r in results],
                },
                indent=2,
            )
            + "\n"
        )


if __name__ == "__main__":
    main()

"""Latency of the shipped queries (ontology/queries/) on a generated store, in this process.

    python bench/queries.py                       # the >= 1M-triple store of kbgen (cached)
    python bench/queries.py --store PATH --union  # an older store: Oxigraph's union (a bag)
    python bench/queries.py --only actors,events --repeat 5
    python bench/queries.py --filters             # also each query's one-filter forms

With `--filters`, each query also runs once per filter it takes (`kg.queries.FILTERS`): an
actor, a kind, a status, a place, one month of dates. The values are the busiest of the store
(the actor in most events, the most frequent speaker, the place of most events, the commonest
kind), the worst case for a filter.

With `--endpoints`, the same texts also go, one request after the other, to `kg serve` and to
`oxigraph serve-read-only` over the same store on loopback (bench/serve.py starts them), and
the p50 wall-clock of each and each server's CPU per request (process and workers) are printed
beside the in-process ones (issue 17: side by side with Oxigraph's own server; on a busy host
the CPU figures are the ones to compare).

Each query runs `--repeat` times in a row on one read-only handle; the p50 and the row count
are printed as JSON lines, then a table. `--union` reads the default graph as Oxigraph's union
of the named graphs, as stores did before the default graph held their set union (kg.union):
the same store filled both ways gives the before/after of that change.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import kbgen  # noqa: E402
import serve  # noqa: E402

from kg import queries  # noqa: E402
from kg.namespaces import PREFIXES  # noqa: E402


def time_query(store: ox.Store, text: str, union: bool, repeat: int) -> tuple[float, float, int]:
    """The p50 of wall-clock and of CPU seconds (this process: Oxigraph runs in the calling
    thread, so CPU time is the query's cost on a busy host), and the row count."""
    times: list[float] = []
    cpu: list[float] = []
    n = 0
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = store.query(text, use_default_graph_as_union=union, prefixes=dict(PREFIXES))
        n = sum(1 for _ in result)  # type: ignore[union-attr]
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return statistics.median(times), statistics.median(cpu), n


# The busiest value of each filter, by the property the filter follows.
BUSIEST = {
    "participant": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:participant ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "speaker": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:speaker ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "mediator": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:mediator ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "holder": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?x pa:hasRole ?r } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "proposer": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:proposedBy ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "sender": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:sentBy ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "place": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:place ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "kind": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:eventType ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "plover": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:ploverType ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
}
MONTH = {"from": "2025-03-01", "to": "2025-03-31"}


def busiest(store: ox.Store) -> dict[str, str]:
    out = {}
    for key, text in BUSIEST.items():
        rows = list(store.query(text, prefixes=dict(PREFIXES)))  # type: ignore[arg-type]
        out[key] = rows[0]["x"].value if rows else ""  # type: ignore[index,union-attr]
    return out


def filter_forms(name: str, values: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    """The one-filter forms of query `name` (a date range counts as one filter)."""
    actor = {
        "statements": "speaker",
        "actor_timeline": "speaker",
        "mediators": "mediator",
        "delegations": "sender",
        "roles": "holder",
        "proposals_by_party": "proposer",
    }.get(name, "participant")
    kinds = {
        "actors": "Person",
        "statements": "indirect",
        "actor_timeline": "indirect",
        "acts": values["plover"].rsplit("#", 1)[-1],
        "contacts": "meeting",
        "negotiations_by_place": "meeting",
    }
    kind = kinds.get(name, values["kind"].rsplit("/", 1)[-1])
    choices = {
        "actor": {"actor": values[actor]},
        "kind": {"kind": kind},
        "status": {"status": "held"},
        "place": {"place": values["place"]},
        "from": dict(MONTH),
    }
    takes = queries.FILTERS.get(name, {})
    return [(f, choices[f]) for f in choices if (f if f != "from" else "date") in takes]


def time_endpoint(
    client: serve.Client, pid: int, text: str, repeat: int
) -> tuple[float, float, int | str]:
    """The p50 wall-clock seconds of POSTing `text`, the server's CPU seconds per request (its
    process and workers, the mean over the repeats: /proc counts in 10 ms ticks), and the rows
    of the answer, or what went wrong (an HTTP status such as kg serve's 503 on its query
    timeout): the run goes on with the next query. A keep-alive connection the server closed
    while idle (during a long in-process run) is opened again once."""
    times: list[float] = []
    n: int | str = 0
    cpu_before = serve.cpu_seconds(pid)
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            status, body = client.send("POST", text, serve.JSON_RESULTS)
        except (http.client.HTTPException, OSError):
            client.close()  # the next request opens a new connection
            started = time.perf_counter()
            status, body = client.send("POST", text, serve.JSON_RESULTS)
        times.append(time.perf_counter() - started)
        if status != 200:
            return times[-1], 0.0, f"HTTP {status}: {body[:120]!r}"
        n = len(json.loads(body)["results"]["bindings"])
    cpu = (serve.cpu_seconds(pid) - cpu_before) / repeat
    return statistics.median(times), cpu, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="default: kbgen's cached store")
    parser.add_argument("--articles", type=int, default=2100)
    parser.add_argument("--union", action="store_true", help="Oxigraph's union default graph")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated query names")
    parser.add_argument("--filters", action="store_true", help="also the one-filter forms")
    parser.add_argument("--no-whole", action="store_true", help="only the one-filter forms")
    parser.add_argument(
        "--endpoints", action="store_true", help="also through kg serve and oxigraph serve"
    )
    args = parser.parse_args()
    path = args.store or kbgen.cached(args.articles)[0]
    store = ox.Store.read_only(str(path))
    wanted = [n for n in args.only.split(",") if n]
    values = busiest(store) if args.filters else {}
    forms = []
    for name, q in sorted(queries.all_queries().items()):
        if wanted and name not in wanted:
            continue
        chosen: list[tuple[str, dict[str, str]]] = [] if args.no_whole else [("", {})]
        if args.filters:
            chosen += filter_forms(name, values)
        for label, filters in chosen:
            value = ",".join(v.rsplit("/", 1)[-1] for v in filters.values())
            forms.append(
                (f"{name} {label}={value}" if label else name, queries.filtered(q, filters))
            )
    with contextlib.ExitStack() as stack:
        clients = stack.enter_context(endpoints(path)) if args.endpoints else {}
        results = []
        for shown, text in forms:
            p50, cpu, n = time_query(store, text, args.union, args.repeat)
            line: dict[str, object] = {
                "query": shown,
                "p50_ms": round(p50 * 1000, 1),
                "cpu_ms": round(cpu * 1000, 1),
                "rows": n,
                "union": args.union,
            }
            for server, (client, pid) in clients.items():
                http_p50, http_cpu, http_rows = time_endpoint(client, pid, text, args.repeat)
                if http_rows != n:  # kg serve stops at its row limit (KG_MAX_ROWS)
                    line[f"{server}_rows"] = http_rows
                line[f"{server}_p50_ms"] = round(http_p50 * 1000, 1)
                line[f"{server}_cpu_ms"] = round(http_cpu * 1000, 1)
            print(json.dumps(line), flush=True)
            results.append(line)
    servers = ("kg_serve_", "oxigraph_")
    extra = (
        [k for k in results[0] if k.startswith(servers) and k.endswith("_ms")] if results else []
    )
    head = "".join(f" {k.removesuffix('_ms'):>16}" for k in extra)
    print(f"\n{'query':<48} {'p50 ms':>10} {'CPU ms':>10} {'rows':>8}{head}")
    for r in results:
        cells = "".join(f" {r[k]!s:>16}" for k in extra)
        print(
            f"{str(r['query'])[:48]:<48} {r['p50_ms']!s:>10} {r['cpu_ms']!s:>10} "
            f"{r['rows']!s:>8}{cells}"
        )


@contextlib.contextmanager
def endpoints(path: Path) -> Iterator[dict[str, tuple[serve.Client, int]]]:
    """Keep-alive clients of `kg serve` and `oxigraph serve-read-only` over the store `path`,
    each with the server's process id."""
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    ours, theirs = serve.free_port(), serve.free_port()
    kg_cmd = [sys.executable, "-m", "kg", "serve", "--store", str(path)]
    kg_cmd += ["--host", "127.0.0.1", "--port", str(ours)]
    ox_cmd = [oxigraph, "serve-read-only", "--location", str(path)]
    ox_cmd += ["--bind", f"127.0.0.1:{theirs}"]
    with serve.running(kg_cmd) as kg_proc, serve.running(ox_cmd) as ox_proc:
        serve.wait_up(ours, "/sparql", kg_proc)
        serve.wait_up(theirs, "/query", ox_proc)
        clients = {
            "kg_serve": (serve.Client(ours, "/sparql"), kg_proc.pid),
            "oxigraph": (serve.Client(theirs, "/query"), ox_proc.pid),
        }
        try:
            yield clients
        finally:
            for c, _pid in clients.values():
                c.close()


if __name__ == "__main__":
    main()

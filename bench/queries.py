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

With `--paged`, each form is read as its first page instead (kg.paging: `kg query --name X
--limit 100`, `/queries/X.json`): the CPU and wall-clock of the page's three queries, and
apart, of the total (the number of items matching); with `--endpoints`, the page through
`kg serve`'s `/queries/NAME.json` and the same three queries sent to `oxigraph serve`.

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
from urllib.parse import urlencode

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import kbgen  # noqa: E402
import serve  # noqa: E402

from kg import paging, queries  # noqa: E402
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


def store_select(store: ox.Store) -> paging.Select:
    def run(text: str) -> list[dict[str, str]]:
        result = store.query(text, prefixes=dict(PREFIXES))
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        return [{n: str(sol[n]) for n in names if sol[n] is not None} for sol in result]

    return run


def time_page(
    select: paging.Select, name: str, filters: dict[str, str], repeat: int
) -> tuple[float, float, int]:
    """The p50 wall-clock and CPU seconds of a first page (its three queries through `select`,
    in this process or on a server), and its rows."""
    times: list[float] = []
    cpu: list[float] = []
    n = 0
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        plan = paging.plan(select, name, filters, paging.DEFAULT_LIMIT)
        n = len(select(plan.text))
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return statistics.median(times), statistics.median(cpu), n


def http_select(client: serve.Client) -> paging.Select:
    """A `Select` over a SPARQL endpoint (JSON results back as SPARQL terms)."""

    def run(text: str) -> list[dict[str, str]]:
        status, body = client.send("POST", _with_prefixes(text), serve.JSON_RESULTS)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
        return [
            {k: _sparql_term(v) for k, v in row.items()}
            for row in json.loads(body)["results"]["bindings"]
        ]

    return run


def _with_prefixes(text: str) -> str:
    declared = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    return declared + text


def _sparql_term(value: dict[str, str]) -> str:
    if value["type"] == "uri":
        return f"<{value['value']}>"
    text = json.dumps(value["value"], ensure_ascii=False)
    if "xml:lang" in value:
        return f"{text}@{value['xml:lang']}"
    return f"{text}^^<{value['datatype']}>" if "datatype" in value else text


def time_served_page(
    port: int, pid: int, name: str, filters: dict[str, str], repeat: int
) -> tuple[float, float, int]:
    """A first page of `kg serve`'s `/queries/NAME.json`: p50 wall-clock, the server's CPU
    seconds per request, and the rows."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    url = f"/queries/{name}.json" + ("?" + urlencode(filters) if filters else "")
    times: list[float] = []
    n = 0
    before = serve.cpu_seconds(pid)
    for _ in range(repeat):
        started = time.perf_counter()
        conn.request("GET", url)
        response = conn.getresponse()
        body = response.read()
        times.append(time.perf_counter() - started)
        n = len(json.loads(body)["rows"]) if response.status == 200 else -response.status
    conn.close()
    return statistics.median(times), (serve.cpu_seconds(pid) - before) / repeat, n


def main_paged(args: argparse.Namespace, path: Path, store: ox.Store) -> None:
    """`--paged`: the first page of each form, and its total apart."""
    values = busiest(store)
    select = store_select(store)
    forms: list[tuple[str, str, dict[str, str]]] = []
    for name in sorted(queries.all_queries()):
        if args.only and name not in args.only.split(","):
            continue
        chosen = ([] if args.no_whole else [("", {})]) + filter_forms(name, values)
        for label, filters in chosen:
            value = ",".join(v.rsplit("/", 1)[-1] for v in filters.values())
            forms.append((f"{name} {label}={value}" if label else name, name, filters))
    with contextlib.ExitStack() as stack:
        clients = stack.enter_context(endpoints(path)) if args.endpoints else {}
        for shown, name, filters in forms:
            p50, cpu, n = time_page(select, name, filters, args.repeat)
            line: dict[str, object] = {
                "query": shown,
                "page_p50_ms": round(p50 * 1000, 1),
                "page_cpu_ms": round(cpu * 1000, 1),
                "rows": n,
            }
            if name in paging.SPECS:
                total_p50, total_cpu, _ = time_query(
                    store, paging.total_query(name, filters), False, args.repeat
                )
                (row,) = select(paging.total_query(name, filters))
                line["total"] = paging.number(row["n"])
                line["total_cpu_ms"] = round(total_cpu * 1000, 1)
            if clients:
                kg_client, kg_pid = clients["kg_serve"]
                w, c, rows = time_served_page(
                    kg_client.conn.port, kg_pid, name, filters, args.repeat
                )
                line |= {
                    "kg_serve_p50_ms": round(w * 1000, 1),
                    "kg_serve_cpu_ms": round(c * 1000, 1),
                }
                if rows != n:
                    line["kg_serve_rows"] = rows
                ox_client, ox_pid = clients["oxigraph"]
                before = serve.cpu_seconds(ox_pid)
                w, _, rows = time_page(http_select(ox_client), name, filters, args.repeat)
                c = (serve.cpu_seconds(ox_pid) - before) / args.repeat
                line |= {
                    "oxigraph_p50_ms": round(w * 1000, 1),
                    "oxigraph_cpu_ms": round(c * 1000, 1),
                }
                if rows != n:
                    line["oxigraph_rows"] = rows
            print(json.dumps(line), flush=True)


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
    parser.add_argument("--paged", action="store_true", help="first pages (kg.paging)")
    args = parser.parse_args()
    path = args.store or kbgen.cached(args.articles)[0]
    store = ox.Store.read_only(str(path))
    if args.paged:
        main_paged(args, path, store)
        return
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

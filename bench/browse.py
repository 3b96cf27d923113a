"""Latency of the browse pages' queries (server/browse.py) on a generated store, in-process.

    python bench/browse.py                         # kbgen's cached >= 1M-triple store
    python bench/browse.py --store PATH --repeat 5

Each view (a page of rows, then each facet) is the SPARQL the page runs, and each search all the
queries of `/search` with the Python that reads them, timed on one read-only
Oxigraph handle without the HTTP server, so the numbers are the store's share of a page: the
p50 of `--repeat` runs per view, as JSON lines, then a table. The filter values are the busiest
of the store (the actor in most events, the place of most events, the most frequent speaker),
which is the worst case for a filter.

With `--endpoints`, each page also comes from `kg serve` (`GET /NAME.csv?…`: the page's rows,
without the facets, which it caches) and, as the same queries, from `oxigraph serve-read-only`
over the same store (bench/queries.py starts both): the p50 wall-clock of each and the
server's CPU per page (process and workers, /proc ticks of 10 ms), beside the in-process ones;
then each search, in process and through `kg serve` (`GET /search.json?q=…`).

Searches read the word index beside the store (kg.wordindex; `kg index --store PATH` makes it)
when there is one; `--no-index` times the SPARQL search instead.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import kbgen  # noqa: E402
import queries as bench_queries  # noqa: E402
import serve  # noqa: E402

from kg.namespaces import PREFIXES  # noqa: E402
from kg.wordindex import index_path, open_reader  # noqa: E402
from server.browse import (  # noqa: E402
    LISTINGS,
    Listing,
    Params,
    Select,
    details_query,
    facet_query,
    page_items,
)
from server.kb import Row, Term  # noqa: E402
from server.search import search_rows  # noqa: E402

BUSIEST = {
    "actor": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:participant ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "place": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:place ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
    "speaker": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?e pa:speaker ?x } GROUP BY ?x "
    "ORDER BY DESC(?n) LIMIT 1",
}
VIEWS = (
    "events",
    "events?kind=meeting",
    "events?status=held",
    "events?actor={actor}",
    "events?place={place}",
    "events?from=2025-03-01&to=2025-03-31",
    "statements",
    "statements?speaker={speaker}",
    "statements?kind=direct",
    "statements?kind=indirect",  # every statement of bench/kbgen.py's corpus
    "statements?from=2025-03-01&to=2025-03-31",
    "actors",
    "actors?type=Person",
    "articles",
    "articles?actor={actor}",
    # Every other sort of each listing's columns (its whole items sorted: no date window).
    "events?sort=date",
    "events?sort=kind",
    "events?sort=-status",
    "events?sort=placeName",
    "events?sort=title",
    "statements?sort=date",
    "statements?sort=speakerName",
    "statements?sort=cue",
    "statements?sort=kind",
    "statements?sort=content",
    "statements?sort=title",
    "actors?sort=name",
    "actors?sort=type",
    "articles?sort=title",
    "articles?sort=source",
)


# /search (server.search.search_rows, every query of it): names, a place, a two-word name,
# words in thousands of texts, event kinds, and a name with a kind.
SEARCHES = ("lavrov", "oslo", "karim fidan", "talks", "ceasefire", "lavrov talks")


def params_of(view: str) -> tuple[str, Params]:
    name, _, query = view.partition("?")
    listing = LISTINGS[name]
    args = dict(parse_qsl(query))
    sort = args.pop("sort", listing.default_sort)
    p = Params(sort=sort.lstrip("-"), descending=sort[0] == "-", page=int(args.pop("page", "1")))
    p.filters = args
    return name, p


# Wall-clock seconds by default; `--cpu` gives this process's CPU seconds instead (Oxigraph runs
# in the calling thread), the query's cost when the host is busy.
clock = time.perf_counter


def timed(store: ox.Store, text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = clock()
        for _row in store.query(text, prefixes=dict(PREFIXES)):  # type: ignore[union-attr]
            pass
        times.append(clock() - started)
    return statistics.median(times)


def _select(store: ox.Store) -> Select:
    """`server.browse`'s way of running a query, on the store in this process."""

    def select(text: str, limit: int | None) -> list[Row]:
        rows: list[Row] = []
        result = store.query(text, prefixes=dict(PREFIXES))
        assert isinstance(result, ox.QuerySolutions)
        variables = result.variables
        for sol in result:
            row: Row = {}
            for var in variables:
                term = sol[var]
                if isinstance(term, ox.Literal):
                    row[var.value] = Term("literal", term.value, term.language, term.datatype.value)
                elif term is not None:
                    row[var.value] = Term("uri", term.value)
            rows.append(row)
        return rows[:limit] if limit is not None else rows

    return select


def timed_page(store: ox.Store, listing: Listing, p: Params, repeat: int) -> float:
    """Both steps of a page: its items, then their details (as `server.browse.page_rows`)."""
    names = [v.lstrip("?") for v in listing.ids]
    select = _select(store)
    times = []
    for _ in range(repeat):
        started = clock()
        found = page_items(listing, p, select)
        items = [tuple(row[n].value for n in names) for row in found]
        if items:
            for _row in store.query(details_query(listing, items), prefixes=dict(PREFIXES)):  # type: ignore[union-attr]
                pass
        times.append(clock() - started)
    return statistics.median(times)


def _endpoint_select(client: serve.Client) -> Select:
    """`server.browse`'s way of running a query, on a SPARQL endpoint."""
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

    def select(text: str, limit: int | None) -> list[Row]:
        status, body = client.send("POST", prologue + text, serve.JSON_RESULTS)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
        rows: list[Row] = []
        for binding in json.loads(body)["results"]["bindings"]:
            rows.append(
                {
                    var: Term(
                        "uri" if v["type"] == "uri" else "literal",
                        v["value"],
                        v.get("xml:lang"),
                        v.get("datatype"),
                    )
                    for var, v in binding.items()
                }
            )
        return rows[:limit] if limit is not None else rows

    return select


def endpoint_page(
    client: serve.Client, pid: int, listing: Listing, p: Params, repeat: int
) -> tuple[float, float]:
    """The p50 wall-clock seconds of a page's queries sent to an endpoint, and its CPU seconds
    per page."""
    names = [v.lstrip("?") for v in listing.ids]
    select = _endpoint_select(client)
    times = []
    cpu = serve.cpu_seconds(pid)
    for _ in range(repeat):
        started = time.perf_counter()
        found = page_items(listing, p, select)
        items = [tuple(row[n].value for n in names) for row in found]
        if items:
            select(details_query(listing, items), None)
        times.append(time.perf_counter() - started)
    return statistics.median(times), (serve.cpu_seconds(pid) - cpu) / repeat


def kg_page(client: serve.Client, pid: int, view: str, repeat: int) -> tuple[float, float]:
    """The p50 wall-clock seconds of `GET /NAME.csv?…` from kg serve, and its CPU per page."""
    name, _, query = view.partition("?")
    url = f"/{name}.csv" + (f"?{urlencode(parse_qsl(query))}" if query else "")
    return timed_get(client, pid, url, repeat)


def timed_get(client: serve.Client, pid: int, url: str, repeat: int) -> tuple[float, float]:
    """The p50 wall-clock seconds of `GET url` from the server `pid`, and its CPU per request."""
    times = []
    cpu = serve.cpu_seconds(pid)
    for _ in range(repeat):
        started = time.perf_counter()
        client.conn.request("GET", url)
        answer = client.conn.getresponse()
        answer.read()
        if answer.status != 200:
            raise RuntimeError(f"{url}: HTTP {answer.status}")
        times.append(time.perf_counter() - started)
    return statistics.median(times), (serve.cpu_seconds(pid) - cpu) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--articles", type=int, default=2100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cpu", action="store_true", help="CPU seconds, not wall-clock")
    parser.add_argument(
        "--endpoints", action="store_true", help="also through kg serve and oxigraph serve"
    )
    parser.add_argument(
        "--no-index", action="store_true", help="search in SPARQL, without the word index"
    )
    args = parser.parse_args()
    if args.cpu:
        global clock
        clock = time.process_time
    path = args.store or kbgen.cached(args.articles)[0]
    store = ox.Store.read_only(str(path))
    values = {}
    for key, q in BUSIEST.items():
        rows = list(store.query(q, prefixes=dict(PREFIXES)))  # type: ignore[arg-type]
        values[key] = rows[0]["x"].value  # type: ignore[index,union-attr]
    search = _search(path, store, args.no_index)
    if args.endpoints:
        with bench_queries.endpoints(path) as clients:
            by_endpoints(store, values, clients, args.repeat, search)
        return
    results = []
    for view in VIEWS:
        name, p = params_of(view.format(**values))
        listing = LISTINGS[name]
        page = timed_page(store, listing, p, args.repeat)
        facets = [timed(store, facet_query(listing, p, v), args.repeat) for v in listing.facets]
        line = {
            "view": view,
            "page_ms": round(page * 1000, 1),
            "facets_ms": [round(f * 1000, 1) for f in facets],
        }
        print(json.dumps(line), flush=True)
        results.append(line)
    for q in SEARCHES:
        times = []
        for _ in range(args.repeat):
            started = clock()
            search(q)
            times.append(clock() - started)
        line = {
            "view": f"search?q={q}",
            "page_ms": round(statistics.median(times) * 1000, 1),
            "facets_ms": [],
        }
        print(json.dumps(line), flush=True)
        results.append(line)
    print(f"\n{'view':<44} {'page p50 ms':>12} {'facets p50 ms':>16}")
    for r in results:
        facets_text = " ".join(str(f) for f in r["facets_ms"])  # type: ignore[attr-defined]
        print(f"{r['view']:<44} {r['page_ms']:>12} {facets_text:>16}")


def _search(path: Path, store: ox.Store, no_index: bool) -> Callable[[str], object]:
    """One search as `/search` runs it: the index opened (and its view read) per search."""
    select = _select(store)

    def search(q: str) -> object:
        if no_index:
            return search_rows(q, select)
        index = open_reader(index_path(path))
        if index is None:
            raise SystemExit(f"no word index in step beside {path}: run `kg index --store {path}`")
        try:
            return search_rows(q, select, index)
        finally:
            index.close()

    return search


def kg_search(client: serve.Client, pid: int, q: str, repeat: int) -> tuple[float, float]:
    """The p50 wall-clock seconds of `GET /search.json?q=…` from kg serve, and its CPU each."""
    return timed_get(client, pid, "/search.json?" + urlencode({"q": q}), repeat)


def by_endpoints(
    store: ox.Store,
    values: dict[str, str],
    clients: dict[str, tuple[serve.Client, int]],
    repeat: int,
    search: Callable[[str], object],
) -> None:
    """Each view's page in this process (CPU and wall-clock), through kg serve and through
    oxigraph serve, as JSON lines."""
    global clock
    kg_client, kg_pid = clients["kg_serve"]
    ox_client, ox_pid = clients["oxigraph"]
    for view in VIEWS:
        shown = view.format(**values)
        name, p = params_of(shown)
        listing = LISTINGS[name]
        clock = time.process_time
        cpu = timed_page(store, listing, p, repeat)
        clock = time.perf_counter
        wall = timed_page(store, listing, p, repeat)
        kg_wall, kg_cpu = kg_page(kg_client, kg_pid, shown, repeat)
        ox_wall, ox_cpu = endpoint_page(ox_client, ox_pid, listing, p, repeat)
        line = {"view": view} | {
            k: round(v * 1000, 1)
            for k, v in (
                ("cpu_ms", cpu),
                ("p50_ms", wall),
                ("kg_serve_cpu_ms", kg_cpu),
                ("kg_serve_p50_ms", kg_wall),
                ("oxigraph_cpu_ms", ox_cpu),
                ("oxigraph_p50_ms", ox_wall),
            )
        }
        print(json.dumps(line), flush=True)
    for q in SEARCHES:
        clock = time.process_time
        cpu_times = []
        for _ in range(repeat):
            started = clock()
            search(q)
            cpu_times.append(clock() - started)
        kg_wall, kg_cpu = kg_search(kg_client, kg_pid, q, repeat)
        line = {"view": f"search?q={q}"} | {
            k: round(v * 1000, 1)
            for k, v in (
                ("cpu_ms", statistics.median(cpu_times)),
                ("kg_serve_cpu_ms", kg_cpu),
                ("kg_serve_p50_ms", kg_wall),
            )
        }
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()

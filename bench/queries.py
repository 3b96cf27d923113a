"""Latency of the shipped queries (ontology/queries/) on a generated store, in this process.

    python bench/queries.py                       # the >= 1M-triple store of kbgen (cached)
    python bench/queries.py --store PATH --union  # an older store: Oxigraph's union (a bag)
    python bench/queries.py --only actors,events --repeat 5

Each query runs `--repeat` times in a row on one read-only handle; the p50 and the row count
are printed as JSON lines, then a table. `--union` reads the default graph as Oxigraph's union
of the named graphs, as stores did before the default graph held their set union (kg.union):
the same store filled both ways gives the before/after of that change.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import kbgen  # noqa: E402

from kg import queries  # noqa: E402
from kg.namespaces import PREFIXES  # noqa: E402


def time_query(store: ox.Store, text: str, union: bool, repeat: int) -> tuple[float, int]:
    times: list[float] = []
    n = 0
    for _ in range(repeat):
        started = time.perf_counter()
        result = store.query(text, use_default_graph_as_union=union, prefixes=dict(PREFIXES))
        n = sum(1 for _ in result)  # type: ignore[union-attr]
        times.append(time.perf_counter() - started)
    return statistics.median(times), n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="default: kbgen's cached store")
    parser.add_argument("--articles", type=int, default=2100)
    parser.add_argument("--union", action="store_true", help="Oxigraph's union default graph")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated query names")
    args = parser.parse_args()
    path = args.store or kbgen.cached(args.articles)[0]
    store = ox.Store.read_only(str(path))
    wanted = [n for n in args.only.split(",") if n]
    results = []
    for name, q in sorted(queries.all_queries().items()):
        if wanted and name not in wanted:
            continue
        p50, n = time_query(store, q.text, args.union, args.repeat)
        line = {"query": name, "p50_ms": round(p50 * 1000, 1), "rows": n, "union": args.union}
        print(json.dumps(line), flush=True)
        results.append(line)
    print(f"\n{'query':<24} {'p50 ms':>10} {'rows':>8}")
    for r in results:
        print(f"{r['query']:<24} {r['p50_ms']:>10} {r['rows']:>8}")


if __name__ == "__main__":
    main()

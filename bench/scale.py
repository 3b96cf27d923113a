"""Scale-out numbers: Dask against the process pool, Virtuoso against the embedded store.

    .venv/bin/python bench/scale.py ingest            # 295 Wikinews articles, five ways
    .venv/bin/python bench/scale.py queries           # shipped queries, Oxigraph vs Virtuoso
    .venv/bin/python bench/scale.py writes            # the one writer's ceiling, per store
    .venv/bin/python bench/scale.py ingest --limit 60 --runs dask,workers

`ingest`: the Wikinews CSV files (url,date,title,text, as `bench/ingest.py` reads them) as JSON
Lines, through `kg ingest` in a fresh process and store each time: `--workers 2` and
`--dask local:2` into the embedded store; `--workers 2` into Virtuoso (`--store http://…`);
`--workers 2 --to-nquads` (the bulk path: embedded store plus shards), then the shards loaded
by Virtuoso's `ld_dir`/`rdf_loader_run` and by `oxigraph load`. Wall seconds, articles/s,
triples/s, CPU seconds; the Dask overhead per article is (Dask wall - pool wall) / articles,
next to the start-up of a LocalCluster of 2 with the spaCy model (`cluster_start`).

`queries`: the `bench/kbgen.py` store (default 2,100 articles, about 1.2 M quads) dumped as
N-Quads and bulk-loaded into Virtuoso; each query of `ontology/queries/` runs `--repeat` times
on the embedded store (`kg.store.Store`) and on Virtuoso (`kg.remote.RemoteStore`): p50 wall
seconds and row counts of each, which must agree.

`writes`: the writer's ceiling without extraction: `--articles` kbgen article graphs written
`--batch-size` articles a transaction (`write_nquads`) into a fresh embedded store and into
Virtuoso by SPARQL Update: articles/s and triples/s.

All start Virtuoso on loopback with a database of its own (`tests/kb/virtuoso_server.py`).
Lines of JSON, then a table. The machine is shared: these are one run's numbers, not a law.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests" / "kb")]

from ingest import KG, peak_rss_run, read_rows, write_jsonl  # noqa: E402
from virtuoso_server import virtuoso  # noqa: E402

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def _emit(row: dict[str, object]) -> dict[str, object]:
    print(json.dumps(row), flush=True)
    return row


def _triples(store: str) -> int:
    done = subprocess.run([*KG, "stats", "--store", store, "--json"], capture_output=True)
    return int(json.loads(done.stdout)["triples"]) if done.returncode == 0 else 0


def cluster_start() -> float:
    """Seconds to start a LocalCluster of 2 processes with the spaCy model loaded in each."""
    from kg.cluster import dask_cluster

    start = time.perf_counter()
    with dask_cluster("local:2", None):
        took = time.perf_counter() - start
    return took


def bench_ingest(limit: int | None, runs: list[str]) -> list[dict[str, object]]:
    rows = read_rows(limit)
    out: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        work = Path(tmp)
        data = work / "articles.jsonl"
        write_jsonl(rows, len(rows), data)
        n = len(rows)

        def run(name: str, store: str, *extra: str) -> dict[str, object]:
            cmd = [*KG, "ingest", str(data), "--store", store, "--no-progress", *extra]
            r = peak_rss_run(cmd)
            triples = _triples(store)
            return _emit(
                {
                    "run": name,
                    "articles": n,
                    "wall": round(r["wall"], 2),
                    "articles_per_s": round(n / r["wall"], 2),
                    "triples": triples,
                    "triples_per_s": round(triples / r["wall"]),
                    "cpu": round(r["cpu"], 1),
                    "exit": r["exit"],
                }
            )

        if "workers" in runs:
            out.append(run("embedded --workers 2", str(work / "w2"), "--workers", "2"))
        if "dask" in runs:
            out.append(run("embedded --dask local:2", str(work / "dask"), "--dask", "local:2"))
            out.append(_emit({"run": "cluster_start", "wall": round(cluster_start(), 2)}))
        if "virtuoso" in runs or "bulk" in runs:
            shards = work / "shards"
            with virtuoso(work / "virtuoso", load_dir=shards, buffers=100000) as v:
                if "virtuoso" in runs:
                    out.append(run("virtuoso --store http --workers 2", v.url, "--workers", "2"))
                if "bulk" in runs:
                    out.append(
                        run(
                            "embedded + --to-nquads --workers 2",
                            str(work / "bulk"),
                            "--workers",
                            "2",
                            "--to-nquads",
                            str(shards),
                        )
                    )
                    out += load_shards(shards, v, work)
    return out


def load_shards(shards: Path, v: object, work: Path) -> list[dict[str, object]]:
    from virtuoso_server import Virtuoso

    assert isinstance(v, Virtuoso)
    quads = sum(f.read_bytes().count(b"\n") for f in shards.glob("*.nq"))
    start = time.perf_counter()
    v.bulk_load(shards)
    virt = time.perf_counter() - start
    rows = [
        _emit(
            {
                "run": "virtuoso ld_dir + rdf_loader_run",
                "wall": round(virt, 2),
                "quads": quads,
                "triples_per_s": round(quads / virt),
            }
        )
    ]
    files = [str(p) for p in sorted(shards.glob("*.nq"))]
    start = time.perf_counter()
    subprocess.run(
        [str(OXIGRAPH), "load", "--location", str(work / "oxload"), "--file", *files], check=True
    )
    took = time.perf_counter() - start
    rows.append(
        _emit(
            {
                "run": "oxigraph load",
                "wall": round(took, 2),
                "quads": quads,
                "triples_per_s": round(quads / took),
            }
        )
    )
    return rows


def bench_queries(articles: int, repeat: int) -> list[dict[str, object]]:
    import pyoxigraph as ox
    from kbgen import cached

    from kg.queries import all_queries
    from kg.remote import RemoteStore
    from kg.store import Store

    path, quads = cached(articles)
    out: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="scaleq-") as tmp:
        work = Path(tmp)
        dump = work / "load" / "kb.nq"
        dump.parent.mkdir()
        store = Store(path, read_only=True)
        with open(dump, "wb") as f:
            store.dump(f, ox.RdfFormat.N_QUADS)
        with virtuoso(work / "virtuoso", load_dir=dump.parent, buffers=200000) as v:
            start = time.perf_counter()
            v.bulk_load(dump.parent)
            took = time.perf_counter() - start
            out.append(
                _emit(
                    {
                        "run": "virtuoso bulk load (kbgen)",
                        "quads": quads,
                        "wall": round(took, 1),
                        "triples_per_s": round(quads / took),
                    }
                )
            )
            remote = RemoteStore(v.url)
            for name, q in all_queries().items():
                row: dict[str, object] = {"query": name, "quads": quads}
                for label, kb in (("oxigraph", store), ("virtuoso", remote)):
                    times, count = [], 0
                    for _ in range(repeat):
                        start = time.perf_counter()
                        count = sum(1 for _row in kb.query(q.text))  # type: ignore[attr-defined, union-attr, misc]
                        times.append(time.perf_counter() - start)
                    row[f"{label}_p50"] = round(statistics.median(times), 3)
                    row[f"{label}_rows"] = count
                out.append(_emit(row))
    return out


def bench_writes(articles: int, batch: int) -> list[dict[str, object]]:
    """The one writer's ceiling: `write_nquads` of whole kbgen article graphs, `batch` articles
    a transaction, into a fresh embedded store and into Virtuoso by SPARQL Update."""
    from kbgen import DEFAULT_SEED, _nquads

    from kg.remote import RemoteStore
    from kg.store import Store

    graphs = [_nquads((i, i + 1, DEFAULT_SEED)).decode("utf-8") for i in range(articles)]
    batches = ["".join(graphs[i : i + batch]) for i in range(0, articles, batch)]
    quads = sum(g.count("\n") for g in graphs)
    out: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="scalew-") as tmp:
        work = Path(tmp)
        with virtuoso(work / "virtuoso", buffers=100000) as v:
            for label, kb in (
                ("embedded write_nquads", Store(work / "kb")),
                ("virtuoso SPARQL Update", RemoteStore(v.url)),
            ):
                start = time.perf_counter()
                for nq in batches:
                    kb.write_nquads(nq)
                kb.flush()
                took = time.perf_counter() - start
                row = {"run": label, "articles": articles, "quads": quads, "wall": round(took, 2)}
                row["articles_per_s"] = round(articles / took, 1)
                row["triples_per_s"] = round(quads / took)
                if isinstance(kb, RemoteStore):
                    v.isql("checkpoint")
                    size = sum(p.stat().st_size for p in v.folder.glob("virtuoso*.db"))
                else:
                    size = kb.size_on_disk() or 0
                row["bytes_per_quad"] = round(size / quads, 1)
                out.append(_emit(row))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["ingest", "queries", "writes"])
    parser.add_argument("--limit", type=int, default=None, help="articles (default: all 295)")
    parser.add_argument("--runs", default="workers,dask,virtuoso,bulk")
    parser.add_argument("--articles", type=int, default=2100, help="kbgen articles (queries)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16, help="articles a write (writes)")
    args = parser.parse_args()
    if args.what == "ingest":
        rows = bench_ingest(args.limit, args.runs.split(","))
    elif args.what == "writes":
        rows = bench_writes(args.articles, args.batch_size)
    else:
        rows = bench_queries(args.articles, args.repeat)
    print()
    keys = sorted({k for r in rows for k in r}, key=lambda k: (k not in ("run", "query"), k))
    print("\t".join(keys))
    for r in rows:
        print("\t".join(str(r.get(k, "")) for k in keys))


if __name__ == "__main__":
    main()

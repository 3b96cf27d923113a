"""Ingest throughput, store size and memory, end to end through `kg ingest`.

    .venv/bin/python bench/ingest.py                      # defaults below
    .venv/bin/python bench/ingest.py --limit 60 --sizes 200,400 --workers 1,2

Input: the Wikinews CSV files (url,date,title,text) in /work/shared/eval/wikinews. Reports:
1. `kg ingest` (a fresh process and store each time, spaCy model load included) with each
   worker count: articles/s and words/s, next to spaCy's own `nlp.pipe` on the same texts in
   this process (model already loaded), the floor extraction cannot beat;
2. SHACL validation of the same article graphs one by one and in batches (`validate_graphs`);
3. growth: ingest time, store size on disk and peak RSS of the writer per million triples for
   each size in `--sizes`, made by re-keying the Wikinews texts (each copy gets its own URL).
Numbers are printed as JSON lines, then a summary table.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

CSV_DIR = Path("/work/shared/eval/wikinews")
KG = [sys.executable, "-m", "kg"]


def read_rows(limit: int | None) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 26)
    rows: list[dict[str, str]] = []
    for path in sorted(CSV_DIR.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            rows.extend(r for r in csv.DictReader(f) if r.get("text", "").strip())
    return rows[:limit] if limit else rows


def write_jsonl(rows: list[dict[str, str]], n: int, out: Path) -> int:
    """`n` articles as JSON Lines, cycling through `rows`; returns the number of words."""
    words = 0
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            r = rows[i % len(rows)]
            copy = i // len(rows)
            # A new URL gives a new article key: the same text stored again as another article.
            url = r["url"] if copy == 0 else f"{r['url']}?copy={copy}"
            record = {"title": r["title"], "text": r["text"], "published": r["date"], "url": url}
            f.write(json.dumps(record) + "\n")
            words += len(r["title"].split()) + len(r["text"].split())
    return words


def peak_rss_run(cmd: list[str]) -> tuple[float, int, int]:
    """Run `cmd`; wall seconds, peak RSS (bytes) of the main process, exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    status = Path(f"/proc/{proc.pid}/status")
    while proc.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    peak = max(peak, int(line.split()[1]) * 1024)
        except OSError:
            pass
        time.sleep(0.2)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        print(err, file=sys.stderr)
    return time.perf_counter() - start, peak, proc.returncode


def store_numbers(path: Path) -> dict[str, int]:
    out = subprocess.run(
        [*KG, "stats", "--store", str(path), "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def spacy_pipe(rows: list[dict[str, str]]) -> float:
    from kg import nlp

    model = nlp.load(None)
    texts = [f"{r['title']}\n\n{r['text']}\n" for r in rows]
    start = time.perf_counter()
    for _doc in model.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start


def validation(rows: list[dict[str, str]], batch: int) -> dict[str, float]:
    import datetime as dt

    from kg.extract.pipeline import EXTRACTOR_VERSION, Pipeline
    from kg.linking import link
    from kg.mapping import to_graph
    from kg.reading import _from_record
    from kg.validation import validate_graph, validate_graphs

    articles = [
        _from_record({"title": r["title"], "text": r["text"], "url": r["url"]}, "bench")
        for r in rows
    ]
    pipe = Pipeline()
    now = dt.datetime.now(dt.UTC)
    graphs = []
    for x in pipe.extract_many(articles):
        g = to_graph(x, EXTRACTOR_VERSION, now)
        link(g, x)
        graphs.append(g)
    validate_graph(graphs[0])  # warm caches (shapes parsed, queries prepared)
    t0 = time.process_time()
    for g in graphs:
        validate_graph(g)
    single = time.process_time() - t0
    t0 = time.process_time()
    for i in range(0, len(graphs), batch):
        validate_graphs(graphs[i : i + batch])
    batched = time.process_time() - t0
    triples = sum(len(g) for g in graphs)
    return {
        "articles": len(graphs),
        "triples_per_article": triples / len(graphs),
        "single_cpu_s_per_article": single / len(graphs),
        f"batch{batch}_cpu_s_per_article": batched / len(graphs),
    }


def chunks(text: str) -> Iterator[str]:
    yield from text.split(",")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="Wikinews articles (default: all)")
    ap.add_argument("--workers", default="1,2", help="worker counts to compare")
    ap.add_argument("--sizes", default="1000,5000,20000", help="growth sizes ('' to skip)")
    ap.add_argument("--growth-workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()

    rows = read_rows(args.limit)
    results: list[dict[str, object]] = []

    def emit(record: dict[str, object]) -> None:
        results.append(record)
        print(json.dumps(record), flush=True)

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        tmpdir = Path(tmp)
        data = tmpdir / "wikinews.jsonl"
        words = write_jsonl(rows, len(rows), data)
        pipe_s = spacy_pipe(rows)
        emit(
            {
                "run": "spacy nlp.pipe",
                "articles": len(rows),
                "words": words,
                "seconds": round(pipe_s, 2),
                "articles_per_s": round(len(rows) / pipe_s, 2),
                "words_per_s": round(words / pipe_s),
            }
        )
        for w in (int(c) for c in chunks(args.workers) if c):
            kb = tmpdir / f"kb-w{w}"
            wall, rss, code = peak_rss_run(
                [
                    *KG,
                    "ingest",
                    str(data),
                    "--store",
                    str(kb),
                    "--workers",
                    str(w),
                    "--batch-size",
                    str(args.batch_size),
                    "--no-progress",
                ]
            )
            stats = store_numbers(kb)
            emit(
                {
                    "run": f"kg ingest workers={w}",
                    "articles": len(rows),
                    "words": words,
                    "seconds": round(wall, 2),
                    "articles_per_s": round(len(rows) / wall, 2),
                    "words_per_s": round(words / wall),
                    "exit": code,
                    "stored": stats["articles"],
                    "triples": stats["triples"],
                }
            )
        emit({"run": "validation", **validation(rows[:60], args.batch_size)})
        for n in [int(s) for s in chunks(args.sizes) if s]:
            data_n = tmpdir / f"growth-{n}.jsonl"
            words_n = write_jsonl(rows, n, data_n)
            kb = tmpdir / f"kb-{n}"
            wall, rss, code = peak_rss_run(
                [
                    *KG,
                    "ingest",
                    str(data_n),
                    "--store",
                    str(kb),
                    "--workers",
                    str(args.growth_workers),
                    "--batch-size",
                    str(args.batch_size),
                    "--no-progress",
                ]
            )
            stats = store_numbers(kb)
            mtriples = stats["triples"] / 1e6
            emit(
                {
                    "run": f"growth n={n}",
                    "articles": n,
                    "words": words_n,
                    "seconds": round(wall, 1),
                    "articles_per_s": round(n / wall, 2),
                    "triples": stats["triples"],
                    "bytes_on_disk": stats["bytes_on_disk"],
                    "disk_mb_per_mtriples": round(stats["bytes_on_disk"] / 1e6 / mtriples, 1),
                    "writer_peak_rss_mb": round(rss / 1e6, 1),
                    "rss_mb_per_mtriples": round(rss / 1e6 / mtriples, 1),
                    "exit": code,
                }
            )
            subprocess.run(["rm", "-rf", str(kb), str(data_n)], check=False)
    print("\nsummary")
    for r in results:
        print("  " + ", ".join(f"{k}={v}" for k, v in r.items()))


if __name__ == "__main__":
    main()

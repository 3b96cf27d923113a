"""Ingest throughput, store size and memory, end to end through `kg ingest`.

    .venv/bin/python bench/ingest.py                      # defaults below
    .venv/bin/python bench/ingest.py --limit 150 --workers 1,2 --growth 0
    .venv/bin/python bench/ingest.py --limit 150 --workers '' --growth 6000 --chunk 1000

Input: the Wikinews CSV files (url,date,title,text) in /work/shared/eval/wikinews. Reports:
1. `kg ingest` (a fresh process and store each time, spaCy model load included) with each
   worker count: articles/s and words/s, next to spaCy's own `nlp.pipe` on the same texts in
   this process (model already loaded), the ceiling for extraction; CPU seconds per article of
   the whole run (writer and workers) and of the writer alone; the ratio to `nlp.pipe` in
   wall seconds and in CPU seconds (`ingest_run`), the latter one to check on a busy machine;
2. CPU milliseconds per article of each stage (`stages`), in one process: extraction next to
   `nlp.pipe`, mapping, linking, SHACL validation, N-Quads, writes;
3. growth: `--growth N` articles (re-keyed Wikinews texts: each copy gets its own URL) go into
   ONE store, `--chunk` articles at a time, by one process that is the writer, as in
   `kg ingest --workers W` (`--growth-workers`); per chunk: seconds, articles/s, CPU s per
   article, cumulative triples, store bytes on disk, and the writer's peak RSS, also per million
   triples. The curve up to N costs one ingest of N articles (plus one pool start per chunk).
   With `--replay`, each distinct text is extracted once (spaCy) and its extraction replayed for
   every copy: what then runs per article is the writer's whole path (mapping, linking, SHACL,
   the skip check, near-linking lookups, writes, flushes) in one process, which is the part
   whose cost could grow with the store. That makes 20,000 articles an hour's run, not many.
Numbers are printed as JSON lines, then a summary table.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.model import Article, Extraction

CSV_DIR = Path("/work/shared/eval/wikinews")
KG = [sys.executable, "-m", "kg"]


def read_rows(limit: int | None) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 26)
    rows: list[dict[str, str]] = []
    for path in sorted(CSV_DIR.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as f:
            rows.extend(r for r in csv.DictReader(f) if r.get("text", "").strip())
    return rows[:limit] if limit else rows


def record_of(rows: list[dict[str, str]], i: int) -> dict[str, str]:
    """Article `i` of an endless stream cycling through `rows`, each copy under its own URL."""
    r = rows[i % len(rows)]
    copy = i // len(rows)
    # A new URL gives a new article key: the same text stored again as another article.
    url = r["url"] if copy == 0 else f"{r['url']}?copy={copy}"
    return {"title": r["title"], "text": r["text"], "published": r["date"], "url": url}


def write_jsonl(rows: list[dict[str, str]], n: int, out: Path, start: int = 0) -> int:
    """Articles `start` .. `start + n` as JSON Lines; returns the number of words."""
    words = 0
    with open(out, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            record = record_of(rows, i)
            f.write(json.dumps(record) + "\n")
            words += len(record["title"].split()) + len(record["text"].split())
    return words


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process waited for so far."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def proc_cpu(pid: int) -> tuple[float, float] | None:
    """CPU seconds (user + system) of a process, its own and those of the children it has
    waited for; also readable from an exited process that is not reaped yet (a zombie)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    tick = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / tick, (int(fields[13]) + int(fields[14])) / tick


def rss_of(pid: int | str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def peak_rss_run(cmd: list[str]) -> dict[str, float]:
    """Run `cmd`: wall seconds, peak RSS (bytes) and CPU seconds of the main process, CPU
    seconds of the whole process tree, exit code."""
    cpu0 = children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    # Waits without reaping (WNOWAIT): the exited process's own CPU seconds are still in /proc
    # then, apart from those of its reaped children (the extraction workers).
    flags = os.WEXITED | os.WNOHANG | os.WNOWAIT
    while os.waitid(os.P_PID, proc.pid, flags) is None:
        peak = max(peak, rss_of(proc.pid) or 0)
        time.sleep(0.1)
    wall = time.perf_counter() - start
    main_cpu, _reaped = proc_cpu(proc.pid) or (0.0, 0.0)
    proc.wait()
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        print(err, file=sys.stderr)
    return {
        "wall": wall,
        "rss": peak,
        "main_cpu": main_cpu,
        "cpu": children_cpu() - cpu0,
        "exit": proc.returncode,
    }


def store_numbers(path: Path) -> dict[str, int]:
    out = subprocess.run(
        [*KG, "stats", "--store", str(path), "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def spacy_pipe(rows: list[dict[str, str]]) -> tuple[float, float]:
    """Wall and CPU seconds of spaCy's own `nlp.pipe` over the texts, the model loaded."""
    from kg import nlp

    model = nlp.load(None)
    texts = [f"{r['title']}\n\n{r['text']}\n" for r in rows]
    start, cpu0 = time.perf_counter(), time.process_time()
    for _doc in model.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - start, time.process_time() - cpu0


def stages(rows: list[dict[str, str]], batch: int) -> dict[str, object]:
    """CPU milliseconds per article of each stage of an ingest, in this process: extraction
    (spaCy and ours) next to `nlp.pipe`, then the writer's path: mapping to RDF, linking, SHACL
    validation (`validate_graphs`), N-Quads, and the store's transactions and final flush."""
    import datetime as dt

    from kg.extract.pipeline import Pipeline
    from kg.finish import finish_batch
    from kg.ingest import Summary, _Writer
    from kg.linking import link
    from kg.mapping import to_graph
    from kg.reading import _from_record
    from kg.store import Store, graph_quads
    from kg.validation import validate_graphs

    articles = [
        _from_record({"title": r["title"], "text": r["text"], "url": r["url"]}, "bench")
        for r in rows
    ]
    n = len(articles)
    pipe = Pipeline()
    ms: dict[str, float] = {}

    def clock(stage: str, started: float) -> None:
        ms[stage] = round((time.process_time() - started) * 1000 / n, 2)

    list(pipe.extract_many(articles[:2]))  # warm up: first-call costs are not per article
    t0 = time.process_time()
    list(pipe.nlp.pipe([a.text for a in articles], batch_size=batch))
    clock("nlp_pipe", t0)
    t0 = time.process_time()
    extractions = list(pipe.extract_many(articles, batch_size=batch))
    clock("extract", t0)
    now = dt.datetime.now(dt.UTC)
    validate_graphs([to_graph(extractions[0], pipe.version, now)])  # shapes parsed once
    t0 = time.process_time()
    graphs = [to_graph(x, pipe.version, now) for x in extractions]
    clock("map", t0)
    t0 = time.process_time()
    for g, x in zip(graphs, extractions, strict=True):
        link(g, x)
    clock("link", t0)
    t0 = time.process_time()
    reports = validate_graphs(graphs)
    clock("validate", t0)
    t0 = time.process_time()
    for i, g in enumerate(graphs):
        "\n".join(f"{q} ." for q in graph_quads(f"urn:bench:{i}", g))
    clock("serialise", t0)
    # The writer's own part: near-linking, the skip check and one transaction per batch.
    outcomes = [
        finish_batch(articles[i : i + batch], extractions[i : i + batch], pipe.version)
        for i in range(0, n, batch)
    ]
    with tempfile.TemporaryDirectory(prefix="parley-bench-stages-") as kb:
        store = Store(Path(kb))
        writer = _Writer(store, Summary(), None, None)
        t0 = time.process_time()
        for batch_outcomes in outcomes:
            writer.batch(batch_outcomes)
        clock("write", t0)
        t0 = time.process_time()
        store.flush()
        clock("flush", t0)
    return {
        "articles": n,
        "triples_per_article": round(sum(len(g) for g in graphs) / n, 1),
        "conforming": sum(r.conforms for r in reports),
        **{f"{stage}_cpu_ms_per_article": v for stage, v in ms.items()},
    }


def chunks(text: str) -> Iterator[str]:
    yield from text.split(",")


def ingest_run(
    data: Path,
    kb: Path,
    workers: int,
    batch_size: int,
    articles: int,
    words: int,
    pipe: tuple[float, float],
) -> dict[str, object]:
    """One `kg ingest` run against spaCy's `nlp.pipe` (`pipe`: its wall and CPU seconds).

    The CPU ratios hold on a busy machine, where the wall ratio does not: `cpu_percent` sets
    `nlp.pipe` against the run's CPU seconds (writer and workers, start-up included);
    `critical_cpu_percent` against those of its busiest process (the writer, or one worker's
    share of the workers'), which is what the wall ratio comes to when each process has a core
    of its own (the writer and one worker on two cores)."""
    pipe_s, pipe_cpu = pipe
    run = peak_rss_run(
        [
            *KG,
            "ingest",
            str(data),
            "--store",
            str(kb),
            "--workers",
            str(workers),
            "--batch-size",
            str(batch_size),
            "--no-progress",
        ]
    )
    stats = store_numbers(kb)
    wall = run["wall"]
    workers_cpu = run["cpu"] - run["main_cpu"]  # the extraction processes, model load included
    critical = max(run["main_cpu"], workers_cpu / workers)
    return {
        "run": f"kg ingest workers={workers}",
        "articles": articles,
        "words": words,
        "seconds": round(wall, 2),
        "articles_per_s": round(articles / wall, 2),
        "words_per_s": round(words / wall),
        "percent_of_nlp_pipe": round(100 * pipe_s / wall),
        "cpu_percent_of_nlp_pipe": round(100 * pipe_cpu / run["cpu"]),
        "critical_cpu_percent_of_nlp_pipe": round(100 * pipe_cpu / critical),
        "cpu_s_per_article": round(run["cpu"] / articles, 3),
        "writer_cpu_s_per_article": round(run["main_cpu"] / articles, 3),
        "workers_cpu_s_per_article": round(workers_cpu / articles, 3),
        "exit": run["exit"],
        "stored": stats["articles"],
        "triples": stats["triples"],
    }


class PeakRss:
    """Samples this process's RSS in a thread; `take()` returns the peak since the last call."""

    def __init__(self, every: float = 0.2) -> None:
        self.peak = 0
        self.every = every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self.stop.wait(self.every):
            self.peak = max(self.peak, rss_of("self") or 0)

    def take(self) -> int:
        peak, self.peak = max(self.peak, rss_of("self") or 0), 0
        return peak


class Replayer:
    """Extractions by text: spaCy runs once per distinct text, copies reuse its extraction."""

    def __init__(self) -> None:
        from kg.extract.pipeline import Pipeline

        self.pipeline = Pipeline(None)
        self.seen: dict[str, Extraction] = {}

    def __call__(self, articles: list[Article]) -> list[Extraction]:
        new = [a for a in articles if a.text not in self.seen]
        for article, extraction in zip(new, self.pipeline.extract_many(new), strict=True):
            self.seen[article.text] = extraction
        # The copy differs in its key (URL) only: the same text, offsets and dates.
        return [dataclasses.replace(self.seen[a.text], article=a) for a in articles]


def growth_child(args: argparse.Namespace) -> None:
    """The writer of the growth run: ingest chunk after chunk into one store, one line each."""
    from kg.ingest import ingest
    from kg.reading import read_path
    from kg.store import Store

    replay = Replayer() if args.replay else None
    if replay is not None:
        # Extract every distinct text before the clock starts: the chunks then time the writer.
        rows = read_rows(args.limit)
        distinct = min(len(rows), max(args.checkpoints, default=0))
        write_jsonl(rows, distinct, args.growth_child.parent / "chunk.jsonl")
        articles = [a for a in read_path(args.growth_child.parent / "chunk.jsonl")]
        replay([a for a in articles if isinstance(a, Article)])

    rows = read_rows(args.limit)
    store = Store(args.growth_child)
    rss = PeakRss()
    data = args.growth_child.parent / "chunk.jsonl"
    done = 0
    for checkpoint in args.checkpoints:
        n = checkpoint - done
        words = write_jsonl(rows, n, data, start=done)
        rss.take()
        cpu0, self0 = children_cpu(), time.process_time()
        start = time.perf_counter()
        summary = ingest(
            store,
            read_path(data),
            workers=args.growth_workers,
            batch_size=args.batch_size,
            extract=replay,
        )
        wall = time.perf_counter() - start
        cpu = children_cpu() - cpu0 + time.process_time() - self0
        done += n
        triples = len(store.raw)
        disk = store.size_on_disk() or 0
        peak = rss.take()
        mtriples = triples / 1e6
        record = {
            "run": f"growth {done - n + 1}-{done}" + (" (replayed extractions)" if replay else ""),
            "articles": done,
            "chunk_seconds": round(wall, 1),
            "articles_per_s": round(n / wall, 2),
            "words_per_s": round(words / wall),
            "cpu_s_per_article": round(cpu / n, 3),
            "written": summary.written,
            "rejected": summary.rejected,
            "triples": triples,
            "bytes_on_disk": disk,
            "disk_mb_per_mtriples": round(disk / 1e6 / mtriples, 1),
            "writer_peak_rss_mb": round(peak / 1e6, 1),
            "rss_mb_per_mtriples": round(peak / 1e6 / mtriples, 1),
        }
        print(json.dumps(record), flush=True)


def growth(
    args: argparse.Namespace, tmpdir: Path, emit: Callable[[dict[str, object]], None]
) -> None:
    """Run `growth_child` in a process of its own (no spaCy model in the writer, as in
    `kg ingest`) and pass its per-chunk lines on."""
    cmd = [
        sys.executable,
        __file__,
        "--growth-child",
        str(tmpdir / "growth" / "kb"),
        "--sizes",
        ",".join(str(n) for n in args.checkpoints),
        "--growth-workers",
        str(args.growth_workers),
        "--batch-size",
        str(args.batch_size),
    ]
    if args.replay:
        cmd.append("--replay")
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    (tmpdir / "growth").mkdir()
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            emit(json.loads(line))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="Wikinews articles (default: all)")
    ap.add_argument("--workers", default="1,2", help="worker counts to compare ('' to skip)")
    ap.add_argument("--growth", type=int, default=20000, help="growth articles (0 to skip)")
    ap.add_argument("--chunk", type=int, default=1000, help="growth articles per chunk")
    ap.add_argument(
        "--sizes",
        default=None,
        help="growth checkpoints instead of --growth/--chunk, e.g. 1000,5000,20000 ('' to skip)",
    )
    ap.add_argument("--growth-workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--replay",
        action="store_true",
        help="growth: extract each distinct text once, time the writer's path per article",
    )
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument(
        "--no-stages",
        "--no-validation",  # its name before it timed every stage
        dest="no_stages",
        action="store_true",
        help="skip the CPU per stage (and SHACL) section",
    )
    ap.add_argument("--growth-child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.sizes is not None:
        args.checkpoints = sorted({int(c) for c in chunks(args.sizes) if c})
    else:
        args.checkpoints = (
            [min(n, args.growth) for n in range(args.chunk, args.growth + args.chunk, args.chunk)]
            if args.growth > 0 and args.chunk > 0
            else []
        )
    if args.growth_child is not None:
        growth_child(args)
        return

    rows = read_rows(args.limit)
    results: list[dict[str, object]] = []

    def emit(record: dict[str, object]) -> None:
        results.append(record)
        print(json.dumps(record), flush=True)

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        tmpdir = Path(tmp)
        worker_counts = [int(c) for c in chunks(args.workers) if c]
        if worker_counts:
            data = tmpdir / "wikinews.jsonl"
            words = write_jsonl(rows, len(rows), data)
            pipe_s, pipe_cpu = spacy_pipe(rows)
            emit(
                {
                    "run": "spacy nlp.pipe",
                    "articles": len(rows),
                    "words": words,
                    "seconds": round(pipe_s, 2),
                    "cpu_s_per_article": round(pipe_cpu / len(rows), 3),
                    "articles_per_s": round(len(rows) / pipe_s, 2),
                    "words_per_s": round(words / pipe_s),
                }
            )
            for w in worker_counts:
                emit(
                    ingest_run(
                        data,
                        tmpdir / f"kb-w{w}",
                        w,
                        args.batch_size,
                        len(rows),
                        words,
                        (pipe_s, pipe_cpu),
                    )
                )
        if not args.no_stages:
            emit({"run": "stages", **stages(rows[:60], args.batch_size)})
        if args.checkpoints:
            growth(args, tmpdir, emit)
    print("\nsummary")
    for r in results:
        print("  " + ", ".join(f"{k}={v}" for k, v in r.items()))


if __name__ == "__main__":
    main()

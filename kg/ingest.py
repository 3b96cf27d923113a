"""Ingest: read articles, extract, map to RDF, link, validate with SHACL, write whole graphs.

Extraction (spaCy) runs in worker processes. One writer (the calling process) owns the store: it
maps, links and validates with SHACL the extracted articles of a batch (or lets the workers do
it when it falls behind), and writes batches of whole article graphs in single transactions, so
a crash never leaves half an article behind, and a rerun picks up where the crash left off
(articles already stored with the same content hash are skipped).

Idempotence: an article whose content hash is stored already is not touched, so ingesting the
same input twice changes nothing. A changed article (same key, new text) replaces its graph in
the transaction that writes the new one.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TYPE_CHECKING

from kg.language import guard as language_guard
from kg.mapping import article_iri
from kg.model import Article, Extraction
from kg.reading import ReadError
from kg.shards import ShardSink
from kg.store import KnowledgeStore

# The worker class lives in its own small module, which is all a spawned worker imports; the
# name `kg.ingest._Worker` stays for kg.cluster and the tests.
from kg.workers import Worker as _Worker

if TYPE_CHECKING:
    # The writer's own modules (mapping to RDF is light; SHACL and linking are not: pyshacl
    # and rdflib's SPARQL, 0.1 CPU s) are imported where they are first used, after the
    # extraction workers are started: their import runs while a worker loads its model.
    from kg.finish import Outcome

log = logging.getLogger(__name__)


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: int = 0
    triples_added: int = 0
    words: int = 0  # words of the articles extracted in this run
    linked_near: int = 0  # event reports linked to a near report's canonical event
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.read} read, {self.written} written ({self.replaced} replaced), "
            f"{self.unchanged} unchanged, {self.rejected} rejected, "
            f"{self.triples_added} triples added"
        )


@dataclass(frozen=True)
class Cluster:
    """Extraction processes run elsewhere (e.g. on Dask: `kg.cluster`), not by `ingest` itself.

    `executor` runs `_Worker.run` in processes where `_Worker.init` ran once; `lost` are the
    exceptions that mean a batch's process died for good (its articles are reported, not
    written, and the run goes on); `workers` is how many processes there are."""

    executor: Executor
    workers: int
    lost: tuple[type[BaseException], ...] = ()


def process_batch(pipeline: object, articles: Sequence[Article]) -> list[Outcome]:
    """Extract, map, link and validate a batch of articles, all in this process."""
    from kg.extract.pipeline import Pipeline
    from kg.finish import finish_batch

    assert isinstance(pipeline, Pipeline)
    return finish_batch(articles, list(pipeline.extract_many(articles)), pipeline.version)


# Articles per task of a worker process (at most `batch_size`). With one worker, the writer
# finishes each unit while the worker extracts the next; after the last one, a batch of 16 left
# the writer 0.8 CPU s of work with the worker idle, a unit of 4 leaves it a quarter of that.
UNIT = 4


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _last_one_by_one(units: Iterator[list[Article]]) -> Iterator[list[Article]]:
    """The units as they come, but the last one an article at a time. With one worker the
    writer finishes each article while the worker extracts the next, so after the last
    extraction the writer has one article left to finish, not a unit (with units of 4: 0.07
    CPU s instead of 0.28 that the run waits for at its end)."""
    held: list[Article] = next(units, [])
    for unit in units:
        yield held
        held = unit
    for article in held:
        yield [article]


def ingest(
    store: KnowledgeStore,
    items: Iterable[Article | ReadError],
    workers: int = 1,
    model: str | None = None,
    batch_size: int = 16,
    force: bool = False,
    on_progress: Callable[[int], None] | None = None,
    extract: Callable[[list[Article]], list[Extraction]] | None = None,
    language: str = "en",
    cluster: Cluster | None = None,
    shards: ShardSink | None = None,
) -> Summary:
    """Ingest articles into `store`; unchanged articles (same content hash) are skipped.

    `workers` extraction processes run spaCy; this process is the writer: besides writing, it
    maps, links, validates and serialises batches itself while it keeps up with the workers,
    and hands that work to them when results start to wait for it. `workers=0`, or input that
    fits in one batch, runs everything in this process (a pool would only add start-up time).
    `extract`, when given, replaces spaCy and the workers: everything after extraction runs
    as always, in this process (`bench/ingest.py --replay` measures the writer's path so).
    `cluster`, when given, runs extraction on its processes instead of a pool of `workers`
    (whatever the size of the input); the writer's path is the same. `shards`, when given,
    gets each written batch as an N-Quads shard too (`kg ingest --to-nquads`).
    """
    summary = Summary()
    seen: dict[str, str] = {}
    items = language_guard(items, language)  # refuses whole articles in another language

    def fresh() -> Iterator[Article]:
        for item in items:
            if isinstance(item, ReadError):
                summary.rejected += 1
                summary.errors.append(str(item))
                if on_progress:
                    on_progress(1)
                continue
            summary.read += 1
            graph = str(article_iri(item.key))
            if seen.get(graph) == item.content_hash or (
                not force and graph not in seen and store.article_hash(graph) == item.content_hash
            ):
                summary.unchanged += 1
                if on_progress:
                    on_progress(1)
                continue
            seen[graph] = item.content_hash
            yield item

    if shards is not None:
        shards.recover(store)
    write = _Writer(store, summary, on_progress, shards)
    batches = _chunks(fresh(), batch_size)
    head = list(islice(batches, 2))
    if not head:
        pass  # nothing to extract: no spaCy model to load
    elif extract is not None:
        from kg.extract.pipeline import extractor_version
        from kg.finish import finish_batch

        version = extractor_version(model)
        given = (finish_batch(b, extract(b), version) for b in chain(head, batches))
        write.all(given)
    elif cluster is not None:
        n = cluster.workers
        work = chain(head, batches)
        write.all(_pipelined(cluster.executor, work, 2 * n, n > 1, cluster.lost, idle=write.idle))
    elif workers <= 0 or len(head) == 1:
        from kg.extract.pipeline import Pipeline

        pipeline = Pipeline(model)
        results: Iterator[list[Outcome]] = (
            process_batch(pipeline, b) for b in chain(head, batches)
        )
        write.all(results)
    else:
        # The pool's tasks are units smaller than a batch: the writer starts sooner, and once
        # the last article is extracted, what is left for it to finish is one article.
        unit = min(batch_size, UNIT)
        units = _last_one_by_one(_chunks(chain.from_iterable(chain(head, batches)), unit))
        window = 2 * workers * max(1, batch_size // unit)  # two batches' worth per worker
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=_Worker.init, initargs=(model,)
        ) as pool:
            shared = workers > 1
            write.all(_pipelined(pool, units, window, shared, close_early=True, idle=write.idle))
    store.flush()
    if shards is not None:
        shards.close()
    return summary


def _pipelined(
    pool: Executor,
    batches: Iterator[list[Article]],
    window: int,
    share: bool,
    lost: tuple[type[BaseException], ...] = (),
    close_early: bool = False,
    idle: Callable[[], None] | None = None,
) -> Iterator[list[Outcome]]:
    """Outcomes of each batch, in input order, with at most `window` batches in the pool.

    A bounded look-ahead keeps memory flat, and in-order results fill the store in the same
    order as one process does. Workers return bare extractions, which this (the writer) process
    finishes, as long as it keeps up; when the next result is already waiting for it (the
    writer is behind, e.g. with many workers), the batch submitted then is finished in its
    worker instead. So the post-spaCy work (SHACL first) is shared without being measured.
    Not with one worker (`share` False): its process and the writer have a core each, and
    extraction is the slower side (0.12 against 0.07 CPU s per Wikinews article), so a batch
    finished in the worker after a passing delay of the writer only lengthens the critical path.
    A batch whose future raises one of `lost` (its worker died, and retries ran out) comes back
    as "failed" outcomes, which the writer reports without writing anything of them.
    With `close_early`, the pool is shut down (without waiting) once the last result is in, so
    that its processes exit while the writer finishes the last unit, not after.
    `idle`, once the input is all submitted, is called whenever the next result is not in yet:
    what the writer does then costs the run no time.
    """
    pending: deque[tuple[list[Article], bool, Future[tuple[str, list[Extraction] | list[Outcome]]]]]
    pending = deque()

    def submit(batch: list[Article]) -> None:
        behind = share and bool(pending) and pending[0][2].done()
        pending.append((batch, behind, pool.submit(_Worker.run, batch, behind)))

    for batch in islice(batches, window):
        submit(batch)
    from kg.finish import finish_batch  # once the workers are started (see the imports)

    submitted_all = False
    while pending:
        batch, finished, future = pending.popleft()
        if submitted_all and idle is not None and not future.done():
            idle()
        try:
            version, result = future.result()
        except lost as err:
            version, finished = "", True
            result = [
                _failed(a, f"its worker was lost ({type(err).__name__}: {err})") for a in batch
            ]
        nxt = next(batches, None)
        if nxt is not None:
            submit(nxt)
        else:
            submitted_all = True
            if close_early and not pending:
                pool.shutdown(wait=False)
        if finished:
            yield result  # type: ignore[misc]
        else:
            yield finish_batch(batch, result, version)  # type: ignore[arg-type]


def _failed(article: Article, message: str) -> Outcome:
    from kg.finish import Outcome

    origin = article.origin or article.key
    graph = str(article_iri(article.key))
    return Outcome(article.key, graph, origin, article.content_hash, "failed", message=message)


# RocksDB keeps written quads in memory until a flush: without one every so often the writer's
# memory grows with the store (measured: 1.8 GB after 2.3 M quads, 158 MB with flushes).
FLUSH_EVERY_TRIPLES = 200_000
# The flush that ends a run takes 0.35 s (wall) after 80 Wikinews articles, 0.1 s after ten:
# near the end of the input the writer flushes what it wrote while it waits for the workers
# anyway, whenever that is this much, so that the last flush has little left to write. Only
# what is in flight at the end (with one worker, 40 articles) is flushed so: a few flushes per
# run, whatever its size, and the store's files stay as large as before.
TAIL_FLUSH_TRIPLES = 5_000


def _link_near(store: KnowledgeStore, outcomes: list[Outcome]) -> int:
    """Point each report whose canonical event is new to the canonical event of a near report
    (stored, or earlier in this batch), if there is one; returns how many moved.

    The canonical IRI only names a node typed and pointed to in the article's own graph, so
    renaming it in the N-Quads moves the link and leaves a graph SHACL judges the same."""
    from kg.linking import Report, known_canonical, nearest, stored_reports

    moved = 0
    batch: list[Report] = []
    for o in outcomes:
        for report in o.reports:
            canonical = report.canonical
            in_batch = any(r.canonical == canonical for r in batch)
            if not in_batch and not known_canonical(store, canonical):
                found = nearest(report, stored_reports(store, report, o.graph) + batch)
                if found is not None and found != canonical:
                    o.nquads = o.nquads.replace(f"<{canonical}>", f"<{found}>")
                    canonical = found
                    moved += 1
            batch.append(dataclasses.replace(report, canonical=canonical))
    return moved


class _Writer:
    """The one writer: each batch of outcomes is one transaction of whole article graphs."""

    def __init__(
        self,
        store: KnowledgeStore,
        summary: Summary,
        on_progress: Callable[[int], None] | None,
        shards: ShardSink | None,
    ) -> None:
        self.store = store
        self.summary = summary
        self.on_progress = on_progress
        self.shards = shards
        self.unflushed = 0

    def idle(self) -> None:
        """Waiting for the workers near the end of the input: flush now what the end would."""
        if self.unflushed >= TAIL_FLUSH_TRIPLES:
            self.store.flush()
            self.unflushed = 0

    def all(self, results: Iterable[list[Outcome]]) -> None:
        for outcomes in results:
            self.batch(outcomes)

    def batch(self, outcomes: list[Outcome]) -> None:
        store, summary = self.store, self.summary
        good: dict[str, Outcome] = {}
        for o in outcomes:
            if o.kind == "failed":
                summary.rejected += 1
                summary.errors.append(f"{o.origin}: not processed: {o.message}")
                continue
            if o.kind != "ok":
                summary.rejected += 1
                summary.errors.append(f"{o.origin}: rejected by SHACL: {o.message}")
                continue
            # Two versions of one article in one batch: the later one wins, whole.
            good.pop(o.graph, None)
            good[o.graph] = o
        summary.linked_near += _link_near(store, list(good.values()))
        replace = [g for g in good if store.article_hash(g) is not None]
        nquads = "".join(o.nquads for o in good.values())
        # The shard is staged before the transaction and published after it: a crash between
        # the two leaves a staged shard that `ShardSink.recover` publishes or drops.
        staged = self.shards.stage(nquads, list(good)) if self.shards and good else 0
        store.write_nquads(nquads, replace=replace)
        if self.shards is not None and staged:
            self.shards.publish(staged)
        summary.written += len(good)
        summary.replaced += len(replace)
        added = sum(o.triples for o in good.values())
        summary.triples_added += added
        summary.words += sum(o.words for o in outcomes)
        self.unflushed += added
        if self.unflushed >= FLUSH_EVERY_TRIPLES:
            store.flush()
            self.unflushed = 0
        if self.on_progress:
            self.on_progress(len(outcomes))

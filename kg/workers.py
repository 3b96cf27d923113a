"""The extraction side of `kg ingest`: what runs in each worker process (or Dask worker).

This module imports nothing heavy of its own: a spawned worker imports it to unpickle its
tasks, and everything it imports is start-up time of the run (its spaCy model is loaded by
`Worker.init`; the writer's modules, mapping and SHACL, only when a worker finishes a batch).
"""

from __future__ import annotations

import gc
import os
import threading
from typing import TYPE_CHECKING

from kg.model import Article, Extraction

if TYPE_CHECKING:
    from kg.extract.pipeline import Pipeline
    from kg.finish import Outcome


class Worker:
    """Per-process state: the spaCy pipeline is loaded once per worker, not per article."""

    pipeline: Pipeline | None = None
    error: Exception | None = None
    # A Dask worker may run tasks in several threads; one pipeline is not for two at a time.
    lock = threading.Lock()

    @classmethod
    def init(cls, model: str | None) -> None:
        one_blas_thread()
        from kg.extract.pipeline import Pipeline

        try:
            cls.pipeline = Pipeline(model)
        except Exception as err:  # noqa: BLE001 - raised again, with its message, by run()
            # An exception in a pool initializer only breaks the pool ("BrokenProcessPool");
            # raised from a task it reaches the writer as itself (e.g. an unknown model).
            cls.error = err
        # What is loaded now (modules, the model's vocabulary and tables) lives as long as
        # the process: out of the garbage collector's sight, its full collections no longer
        # walk those ~110,000 objects each time (80 Wikinews articles: 0.11-0.22 s of
        # collections -> 0.06-0.08).
        gc.freeze()

    @classmethod
    def run(
        cls, articles: list[Article], finish: bool
    ) -> tuple[str, list[Extraction] | list[Outcome]]:
        """The extractor version of this worker's pipeline (its graphs' provenance) with the
        batch's extractions, or its outcomes when `finish`."""
        from kg.extract.pipeline import Pipeline

        with cls.lock:
            if cls.error is not None:
                raise cls.error
            if cls.pipeline is None:
                cls.pipeline = Pipeline(None)
            version = cls.pipeline.version
            extractions = list(cls.pipeline.extract_many(articles))
            if not finish:
                return version, extractions
            from kg.finish import finish_batch

            return version, finish_batch(articles, extractions, version)


# Variables OpenBLAS (numpy's, which thinc calls) reads when numpy is first imported.
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")


def one_blas_thread() -> None:
    """One BLAS thread in this worker, unless the user set a number: the processes are the
    parallelism of `kg ingest`, and spaCy's small matrices gain nothing from a second BLAS
    thread, which only spins between calls on the core the writer needs (with two threads,
    nlp.pipe of 30 Wikinews articles took 2.99 CPU s; with one, 2.55). Takes effect only
    before numpy is imported, as in a spawned worker, whose first import of it is here."""
    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")

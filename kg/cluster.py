"""Extraction on a Dask cluster: `kg ingest --dask tcp://host:port` or `--dask local[:N]`.

Dask runs the same task as `kg ingest --workers N` (`kg.ingest._Worker.run` on a batch of
articles), so the writer's path is unchanged: articles are read here and shipped in batches,
results come back in input order and one writer stores each batch in one transaction.

Each worker process loads the spaCy model once, when it joins (a `WorkerPlugin`, run again in a
worker the nanny restarts). A worker that dies mid-batch loses nothing: the scheduler runs its
batch again elsewhere, and after `distributed.scheduler.allowed-failures` deaths of the same
batch (3 by default) its articles are reported as not processed and the run goes on; a rerun
picks them up. Workers need the project installed (the same version) and one thread each
(`dask worker tcp://host:8786 --nthreads 1`): a process runs one batch at a time anyway.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster, WorkerPlugin
from distributed.scheduler import KilledWorker

from kg.ingest import Cluster, _Worker

log = logging.getLogger(__name__)


class DaskAddressError(ValueError):
    """`--dask` was given something that is neither `local[:N]` nor a scheduler address."""


def parse_address(spec: str) -> tuple[str | None, int]:
    """`local` or `local:N` -> (None, N or 0 = one per core); a scheduler address -> (it, 0)."""
    if spec == "local":
        return None, 0
    if spec.startswith("local:"):
        count = spec.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise DaskAddressError(f"--dask {spec}: expected local or local:N with N >= 1")
        return None, int(count)
    if not spec.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        raise DaskAddressError(f"--dask {spec}: expected local[:N] or tcp://host:port")
    return spec, 0


class LoadPipeline(WorkerPlugin):
    """A Dask worker plugin: the spaCy pipeline, loaded once per worker process."""

    name = "parley-pipeline"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: object) -> None:
        _Worker.init(self.model)

    def teardown(self, worker: object) -> None:
        _Worker.pipeline = None


@contextmanager
def dask_cluster(spec: str, model: str | None) -> Iterator[Cluster]:
    """A `Cluster` for `kg.ingest.ingest` on the Dask scheduler `spec` names (or starts)."""
    address, count = parse_address(spec)
    local = None
    if address is None:
        # Loopback only, no dashboard: a cluster of this machine's processes and no one else's.
        local = LocalCluster(
            n_workers=count or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(local)
    else:
        try:
            client = Client(address, timeout="30s")
        except OSError as err:
            raise DaskAddressError(f"cannot reach the Dask scheduler at {address}: {err}") from err
    try:
        client.register_plugin(LoadPipeline(model), name=LoadPipeline.name)
        workers = len(client.scheduler_info()["workers"])
        if workers == 0:
            raise DaskAddressError(f"the Dask scheduler at {address} has no workers")
        log.info("Dask: %d workers (%s)", workers, spec)
        yield Cluster(client.get_executor(pure=False), workers, (KilledWorker,))
    finally:
        client.close()
        if local is not None:
            local.close()

"""Extraction on Dask (a LocalCluster of 2 processes on loopback) gives the same knowledge base
as `--workers 2` and `--workers 1`; a worker killed mid-run loses nothing; shards load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from kb_dumps import dataset_of

from kg.ingest import Cluster, ingest
from kg.reading import read_path
from kg.store import KnowledgeStore, Store
from kg.tables import TABLES, table_rows

distributed = pytest.importorskip("distributed")

KG = [sys.executable, "-m", "kg"]


def _kg(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*KG, *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done


def _tables(store: KnowledgeStore) -> dict[str, list[list[str | None]]]:
    return {name: sorted(table_rows(store, name)[1], key=repr) for name in TABLES}


@pytest.fixture(scope="module")
def baseline(corpus30: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus ingested by one worker process."""
    path = tmp_path_factory.mktemp("dask") / "one"
    _kg("ingest", str(corpus30), "--store", str(path), "--workers", "1", "--batch-size", "4")
    return path


@pytest.mark.slow
def test_dask_and_process_pools_give_the_same_dataset(
    corpus30: Path, baseline: Path, tmp_path: Path
) -> None:
    two, dask = tmp_path / "two", tmp_path / "dask"
    _kg("ingest", str(corpus30), "--store", str(two), "--workers", "2", "--batch-size", "4")
    shards = tmp_path / "shards"
    done = _kg(
        "ingest", str(corpus30), "--store", str(dask), "--dask", "local:2", "--batch-size", "4",
        "--to-nquads", str(shards),
    )  # fmt: skip
    assert "30 written" in done.stdout
    stores = [Store(p, read_only=True) for p in (baseline, two, dask)]
    expected = _tables(stores[0])
    assert sum(len(rows) for rows in expected.values()) > 30
    for store in stores[1:]:
        assert _tables(store) == expected
        assert dataset_of(store, drop_times=True) == dataset_of(stores[0], drop_times=True)

    # The shards are the store: loaded by Oxigraph's own loader, kg reads them unchanged.
    assert sorted(p.name for p in shards.iterdir()) == ["ontology.nq", "part-000001.nq"]
    oxigraph = Path(sys.executable).with_name("oxigraph")
    files = [str(p) for p in sorted(shards.iterdir())]
    location = str(tmp_path / "loaded")
    subprocess.run([oxigraph, "load", "--location", location, "--file", *files], check=True)
    assert dataset_of(Store(tmp_path / "loaded", read_only=True)) == dataset_of(stores[2])
    # Shards hold the article graphs only: opened for writing once, the loaded store fills its
    # default graph with their set union (kg.union) and counts as the ingested one does.
    filled = Store(tmp_path / "loaded")
    assert filled.stats() == stores[2].stats()
    del filled
    # A rerun stores nothing new and adds no shard.
    again = _kg("ingest", str(corpus30), "--store", str(dask), "--dask", "local:1",
                "--to-nquads", str(shards))  # fmt: skip
    assert "30 unchanged" in again.stdout
    assert len(list(shards.iterdir())) == 2


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[object, Cluster]]:
    from distributed import Client, LocalCluster
    from distributed.scheduler import KilledWorker

    from kg.cluster import LoadPipeline

    with LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as local, Client(local) as client:  # fmt: skip
        client.register_plugin(LoadPipeline(None), name=LoadPipeline.name)
        yield client, Cluster(client.get_executor(pure=False), 2, (KilledWorker,))


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nothing(
    corpus30: Path, baseline: Path, cluster: tuple[object, Cluster], tmp_path: Path
) -> None:
    client, dask = cluster
    pids = list(client.run(os.getpid).values())  # type: ignore[attr-defined]
    killed: list[int] = []

    def kill_once(_n: int) -> None:
        # After the first batch is written, three more are out on the two workers.
        if not killed:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    store = Store(tmp_path / "kb")
    summary = ingest(store, read_path(corpus30), batch_size=4, on_progress=kill_once, cluster=dask)
    assert killed
    # Retried on the other worker (or, past the scheduler's allowed failures, reported).
    assert summary.written + summary.rejected == 30
    if summary.rejected:
        assert all("not processed" in e for e in summary.errors)
        assert ingest(store, read_path(corpus30), batch_size=4, cluster=dask).written
    expected = Store(baseline, read_only=True)
    assert dataset_of(store, drop_times=True) == dataset_of(expected, drop_times=True)


def test_bad_dask_address_is_a_usage_error(corpus30: Path, tmp_path: Path) -> None:
    for spec in ("local:0", "somewhere:8786", "local:x"):
        done = subprocess.run(
            [*KG, "ingest", str(corpus30), "--store", str(tmp_path / "kb"), "--dask", spec],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2 and "kg: error: --dask" in done.stderr, done.stderr

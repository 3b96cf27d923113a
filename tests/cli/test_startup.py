"""What `kg` and a `kg ingest` worker import before they do anything: start-up time of every run.

A spawned worker imports kg.workers to unpickle its tasks, and the `kg` console script as its
main module (so kg.cli too); neither may pull in rdflib, pyshacl, spaCy, the store or trafilatura,
which the writer alone needs (and HTML reading only). And what a command costs at its exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("rdflib", "pyshacl", "trafilatura", "spacy", "kg.store", "kg.validation")


def _imported(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", ["kg.cli", "kg.workers"])
def test_start_up_imports_nothing_heavy(module: str) -> None:
    loaded = _imported(module)
    assert module in loaded
    assert not [name for name in HEAVY if name in loaded]


def test_the_writer_reads_json_lines_without_trafilatura() -> None:
    assert "trafilatura" not in _imported("kg.reading")


def test_extraction_imports_dateparser_only_when_it_parses() -> None:
    # A fallback that most articles never reach; its import is start-up time of every worker.
    assert "dateparser" not in _imported("kg.extract.pipeline")


def _blas_threads(env: dict[str, str]) -> list[str]:
    code = (
        "import os; from kg.workers import one_blas_thread; one_blas_thread(); "
        "print(os.environ['OPENBLAS_NUM_THREADS'], os.environ['OMP_NUM_THREADS'])"
    )
    run = subprocess.run
    out = run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return out.stdout.split()


def test_a_worker_runs_one_blas_thread_unless_the_user_says_otherwise() -> None:
    base = {
        k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")
    }
    assert _blas_threads(base) == ["1", "1"]
    assert _blas_threads({**base, "OPENBLAS_NUM_THREADS": "2"}) == ["2", "1"]


def test_a_command_leaves_its_objects_out_of_the_last_collection_at_exit(tmp_path: Path) -> None:
    # A hook registered before the command runs after the command's own exit hooks (last in,
    # first out): by then every object is frozen, so the interpreter's final collection walks
    # none of them. Until the exit nothing is frozen, for callers that stay alive.
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('at exit', gc.get_freeze_count() > 0))\n"
        "from kg.cli import main\n"
        "try:\n"
        f"    main(['stats', '--store', {str(tmp_path / 'none')!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('after the command', gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["after the command False", "at exit True"]

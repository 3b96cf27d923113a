"""The README's Python example and examples/notebook_example.py give true counts: on the
fixture store (tests/server/fixtures/kb.trig, two articles that both name Sergei Lavrov, a
Person), each person's name comes once and each speaker's statements are counted once, where
reading the article graphs as a bag gave Lavrov's name twice and his 2 statements as 4."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.resources import ROOT
from kg.store import Store

FIXTURE = ROOT / "tests" / "server" / "fixtures" / "kb.trig"


def _store(path: Path) -> Path:
    store = Store(path)
    with FIXTURE.open("rb") as data:
        store.load(data, ox.RdfFormat.TRIG)
    store.flush()
    del store
    gc.collect()
    return path


def test_readme_python_example_names_each_person_once(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```python\n(import kg\n.*?)```", readme, re.S)
    assert found, "the README's Python example"
    path = _store(tmp_path / "kb")
    code = found.group(1).replace('kg.open("kb")', f"kg.open({str(path)!r})")
    names: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), names)  # noqa: S102 - the README's own example
    rows = names["rows"]
    assert sorted(r["name"] for r in rows) == ["Hakan Fidan", "Marco Rubio", "Sergei Lavrov"]  # type: ignore[attr-defined]


def test_notebook_example_counts_each_statement_once(tmp_path: Path) -> None:
    path = _store(tmp_path / "kb")
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "notebook_example.py"), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    speakers = dict(
        (m.group(2), int(m.group(1))) for m in re.finditer(r"^\s*(\d+)  (\S.*)$", done.stdout, re.M)
    )
    assert speakers == {"Sergei Lavrov": 2, "Hakan Fidan": 1, "Marco Rubio": 1}

"""Provenance names the spaCy model that really extracted each article (`kg ingest --model`)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from kg import nlp
from kg.cli import main

VERSION = "0.0.1-provenance-test"


@pytest.fixture(scope="module")
def other_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the default model under another name and version, as a user's own would be."""
    path = tmp_path_factory.mktemp("model") / "my_model"
    model = spacy.load(nlp.model_name())
    model.meta["version"] = VERSION
    model.to_disk(path)
    return path


def _articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i}.txt").write_text(
            f"Talks number {i}\n\nMarco Rubio met Sergei Lavrov in Riyadh on Tuesday.\n",
            encoding="utf-8",
        )
    return folder


# One article runs in this process; two batches go through a worker process.
@pytest.mark.parametrize("count", [1, 2])
def test_ingest_records_the_model_given_by_flag(
    other_model: Path, tmp_path: Path, count: int
) -> None:
    runner = CliRunner()
    kb = str(tmp_path / "kb")
    folder = _articles(tmp_path / "in", count)
    args = ["--store", kb, "--model", str(other_model), "--workers", "1", "--batch-size", "1"]
    result = runner.invoke(main, ["ingest", str(folder), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    query = "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?agent pa:version ?v } }"
    rows = runner.invoke(main, ["query", query, "--store", kb, "--format", "tsv"]).output
    versions = [line for line in rows.splitlines()[1:] if line.strip()]
    assert len(versions) == 1, rows
    assert str(other_model) in versions[0] and VERSION in versions[0]


def test_ingest_records_a_setting_that_changes_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A `KG_*` extraction setting off its default is part of the extractor's name: the graphs
    say which statements they count, and the default leaves the name as it was."""
    runner = CliRunner()
    folder = _articles(tmp_path / "in", 1)
    query = "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?agent pa:version ?v } }"
    seen = {}
    for scope in ("speech", "attribution"):
        monkeypatch.setenv("KG_STATEMENT_SCOPE", scope)
        kb = str(tmp_path / f"kb-{scope}")
        result = runner.invoke(main, ["ingest", str(folder), "--store", kb, "--workers", "1"])
        assert result.exit_code == 0, result.output
        rows = runner.invoke(main, ["query", query, "--store", kb, "--format", "tsv"]).output
        [seen[scope]] = [line for line in rows.splitlines()[1:] if line.strip()]
    assert "statement_scope" not in seen["speech"]
    assert seen["attribution"] == seen["speech"].rstrip('"') + ';statement_scope=attribution"'

"""Safe ingestion: idempotent, atomic replacement, deletion, workers, and bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from kb_corpus import article_text
from kb_dumps import dataset_of, dump_lines

from kg import queries
from kg.cli import main
from kg.ingest import ingest
from kg.mapping import article_iri
from kg.reading import read_path
from kg.store import Store


def test_same_input_twice_changes_nothing(tmp_path: Path, corpus6: Path) -> None:
    store = Store(tmp_path / "kb")
    first = ingest(store, read_path(corpus6), workers=1)
    assert first.written == 6 and not first.errors
    before = dump_lines(store)
    again = ingest(store, read_path(corpus6), workers=1)
    assert (again.written, again.unchanged) == (0, 6)
    assert dump_lines(store) == before


def test_changed_article_replaces_its_graph(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text(article_text(1), encoding="utf-8")
    store = Store(tmp_path / "kb")
    ingest(store, read_path(folder), workers=1)
    (graph,) = store.article_graphs()
    old_hash = store.article_hash(graph)
    # Same title and outlet (so the same key), a changed last sentence.
    path.write_text(article_text(1).replace("Note number 1.", "A later correction."), "utf-8")
    summary = ingest(store, read_path(folder), workers=1)
    assert (summary.written, summary.replaced) == (1, 1)
    assert store.article_graphs() == [graph]
    assert store.article_hash(graph) not in (None, old_hash)
    texts = list(store.query(f"SELECT ?t WHERE {{ <{graph}> pa:text ?t }}"))  # type: ignore[arg-type]
    assert len(texts) == 1 and "A later correction." in texts[0]["t"].value


def _actors(store: Store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in store.query(queries.load("actors").text):  # type: ignore[union-attr]
        out.setdefault(row["actor"].value, set()).add(row["article"].value)
    return out


def test_delete_removes_exactly_the_articles_support(tmp_path: Path, corpus6: Path) -> None:
    path = tmp_path / "kb"
    folder = tmp_path / "in"
    shutil.copytree(corpus6, folder)
    # The only article naming this (invented) envoy; Marco Rubio is in others too.
    (folder / "solo.txt").write_text(
        "Rubio meets envoy Halvard Brenneskjold\nOslo • Parley Test Wire\n\n"
        "US Secretary of State Marco Rubio met Norwegian envoy Halvard Brenneskjold in Oslo "
        'on June 3, 2025.\n\n"The meeting was frank," Brenneskjold told reporters.\n',
        "utf-8",
    )
    store = Store(path)
    ingest(store, read_path(folder), workers=1)
    actors = _actors(store)
    victim = next(iter(actors[next(i for i in actors if "brenneskjold" in i)]))
    only = {iri for iri, arts in actors.items() if arts == {victim}}
    shared = {iri for iri, arts in actors.items() if victim in arts and len(arts) > 1}
    assert only and shared
    del store  # release the lock for the CLI
    result = CliRunner().invoke(main, ["delete", victim, "--store", str(path)])
    assert result.exit_code == 0, result.output
    store = Store(path)
    after = _actors(store)
    assert not only & set(after)
    assert shared <= set(after)
    assert all(victim not in arts for arts in after.values())
    assert victim not in store.article_graphs()
    assert not bool(store.query(f"ASK {{ GRAPH <{victim}> {{ ?s ?p ?o }} }}"))


def test_delete_unknown_article_is_an_error(tmp_path: Path) -> None:
    Store(tmp_path / "kb")
    result = CliRunner().invoke(main, ["delete", "nope", "--store", str(tmp_path / "kb")])
    assert result.exit_code == 1


@pytest.mark.slow
def test_two_workers_give_the_same_store_as_one(tmp_path: Path, corpus30: Path) -> None:
    one, two = Store(tmp_path / "one"), Store(tmp_path / "two")
    ingest(one, read_path(corpus30), workers=1, batch_size=4)
    summary = ingest(two, read_path(corpus30), workers=2, batch_size=4)
    assert summary.written == 30
    assert dataset_of(one, drop_times=True) == dataset_of(two, drop_times=True)


def _hostile(folder: Path) -> dict[str, int]:
    """Write bad files into `folder`; returns file name -> number of error lines expected."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    big = folder / "huge.txt"
    with open(big, "wb") as f:
        line = b"Lavrov said the talks went on and on. " * 100 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    (folder / "latin1.txt").write_bytes(
        "Talks in Gen\xe8ve\nGeneva | Wire\n\nBody.\n".encode("latin-1")
    )
    (folder / "truncated.html").write_text(
        "<html><head><title>Talks</title></head><body><div><p", "utf-8"
    )
    good_line = '{"title": "Sybiha meets Rubio", "text": "Andrii Sybiha met Marco Rubio in Kyiv."}'
    (folder / "lines.jsonl").write_text(
        good_line
        + '\n{"title": "broken", "text": \n'
        + good_line.replace("Kyiv", "Riga").replace("meets", "sees")
        + "\n"
        '{"title": "no text here"}\n',
        "utf-8",
    )
    (folder / "title-only.txt").write_text("A headline and nothing else\n", "utf-8")
    return {
        "empty.txt": 1,
        "binary.txt": 1,
        "huge.txt": 1,
        "latin1.txt": 1,
        "truncated.html": 1,
        "lines.jsonl": 2,
        "title-only.txt": 1,
    }


@pytest.mark.slow
def test_bad_files_get_one_error_each_and_good_ones_go_in(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = _hostile(folder)
    (folder / "good-1.txt").write_text(article_text(2), "utf-8")
    (folder / "good-2.txt").write_text(article_text(3), "utf-8")
    runner = CliRunner()
    result = runner.invoke(
        main, ["ingest", str(folder), "--store", str(tmp_path / "kb"), "--workers", "1"]
    )
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg: rejected:")]
    for name, n in expected.items():
        mine = [e for e in errors if f"/{name}" in e]
        assert len(mine) == n, (name, errors)
    assert len(errors) == sum(expected.values())
    store = Store(tmp_path / "kb", read_only=True)
    assert len(store.article_graphs()) == 4  # two .txt files and two good JSON lines
    assert str(article_iri("x")) not in store.article_graphs()


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope"), "--store", str(tmp_path)])
    assert result.exit_code == 2

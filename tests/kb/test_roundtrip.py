"""Export then import gives the same dataset; tables and the Python API read the store."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from kb_dumps import canonical_dataset, dataset_of

import kg
from kg import queries
from kg.cli import main
from kg.ingest import ingest
from kg.reading import read_path
from kg.store import Store


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, corpus6: Path) -> Path:
    path = tmp_path_factory.mktemp("rt") / "kb"
    store = Store(path)
    ingest(store, read_path(corpus6), workers=1)
    del store
    return path


def _cli(*args: str) -> None:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt,suffix", [("nquads", "nq"), ("trig", "trig"), ("json-ld", "jsonld")])
def test_dataset_formats_round_trip(built: Path, tmp_path: Path, fmt: str, suffix: str) -> None:
    out = tmp_path / f"kb.{suffix}"
    _cli("export", "--store", str(built), "--format", fmt, "-o", str(out))
    _cli("import", str(out), "--store", str(tmp_path / "new"))
    original = dataset_of(Store(built, read_only=True))
    assert dataset_of(Store(tmp_path / "new", read_only=True)) == original


@pytest.mark.parametrize("fmt,suffix", [("turtle", "ttl"), ("nt", "nt"), ("xml", "rdf")])
def test_triple_formats_hold_the_union(built: Path, tmp_path: Path, fmt: str, suffix: str) -> None:
    out = tmp_path / f"kb.{suffix}"
    _cli("export", "--store", str(built), "--format", fmt, "-o", str(out))
    union = Store(built, read_only=True).query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    buf = io.BytesIO()
    ox.serialize(union, buf, ox.RdfFormat.N_QUADS)  # type: ignore[arg-type]
    expected = canonical_dataset(buf.getvalue())
    # Imported into one named graph, the union comes back whole.
    graph = "https://example.org/union"
    _cli("import", str(out), "--store", str(tmp_path / "new"), "--graph", graph)
    back = io.BytesIO()
    Store(tmp_path / "new", read_only=True).dump(back, ox.RdfFormat.N_TRIPLES, graph=graph)
    (default,) = canonical_dataset(back.getvalue()).values()
    (want,) = expected.values()
    assert default == want


@pytest.mark.parametrize("table", ["statements", "events", "actors"])
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_read_back_with_pandas(built: Path, tmp_path: Path, table: str, fmt: str) -> None:
    out = tmp_path / f"{table}.{fmt}"
    _cli("export", "--store", str(built), "--table", table, "--format", fmt, "-o", str(out))
    frame = pd.read_csv(out, dtype=str) if fmt == "csv" else pd.read_parquet(out)
    assert list(frame.columns) == queries.CONTRACT[table]
    rows = list(Store(built, read_only=True).query(queries.load(table).text))  # type: ignore[arg-type]
    assert len(frame) == len(rows) > 0


def test_python_api(built: Path) -> None:
    kb = kg.open(built)
    rows = kb.query("SELECT ?name WHERE { ?a a pa:Person ; pa:name ?name } ORDER BY ?name")
    assert {"name": "Marco Rubio"} in rows
    frame = kb.query_df(queries.load("statements").text)
    assert {"statement", "speakerName", "content"} <= set(frame.columns) and len(frame)
    assert kb.query("ASK { ?s a pa:Article }") == [{"result": True}]
    assert kb.stats().articles == 6
    assert list(kb.table("events").columns) == queries.CONTRACT["events"]


def test_filtered_table_export(built: Path, tmp_path: Path) -> None:
    """`kg export --table events --filter kind=...`: exactly the whole table's rows of that kind."""
    whole, out = tmp_path / "events.csv", tmp_path / "calls.csv"
    _cli("export", "--store", str(built), "--table", "events", "-o", str(whole))
    every = pd.read_csv(whole, dtype=str)
    kind = every["kind"].value_counts().index[0]
    _cli("export", "--store", str(built), "--table", "events", "--filter", f"kind={kind}")
    _cli(
        "export", "--store", str(built), "--table", "events", "--filter", f"kind={kind}",
        "-o", str(out),
    )  # fmt: skip
    narrowed = pd.read_csv(out, dtype=str)
    assert len(narrowed) == (every["kind"] == kind).sum() > 0
    assert set(narrowed["kind"]) == {kind}
    refused = CliRunner().invoke(
        main, ["export", "--store", str(built), "--table", "events", "--filter", "speaker=x"]
    )
    assert refused.exit_code != 0 and "takes no filter 'speaker'" in refused.output

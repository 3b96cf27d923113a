"""The `kg` command line end to end, on a real store on disk."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.queries import CONTRACT


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | None = None) -> Result:
    return runner.invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def seed_kb(runner: CliRunner, seed_dir: Path, tmp_path: Path) -> Path:
    kb = tmp_path / "kb"
    result = run(runner, "ingest", str(seed_dir), "--store", str(kb), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "1 written" in result.output
    return kb


def test_statements_of_the_seed_come_back_through_the_contract_query(
    runner: CliRunner, seed_kb: Path, repo_root: Path
) -> None:
    query = repo_root / "ontology" / "queries" / "statements.rq"
    result = run(runner, "query", "-f", str(query), "--store", str(seed_kb), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0])[: len(CONTRACT["statements"])] == CONTRACT["statements"]
    assert {r["kind"] for r in rows} <= {"direct", "indirect"}
    direct = [r for r in rows if r["kind"] == "direct"]
    assert direct, "the seed quotes its State Department spokeswoman"
    assert all(r["speakerName"] and r["content"] and r["cue"] for r in direct)


def test_reingesting_an_unchanged_article_changes_nothing(
    runner: CliRunner, seed_kb: Path, seed_dir: Path
) -> None:
    before = run(runner, "export", "--store", str(seed_kb), "--format", "nquads").output
    result = run(runner, "ingest", str(seed_dir), "--store", str(seed_kb), "--workers", "1")
    assert result.exit_code == 0
    assert "1 unchanged" in result.output and "0 written" in result.output
    after = run(runner, "export", "--store", str(seed_kb), "--format", "nquads").output
    assert sorted(before.splitlines()) == sorted(after.splitlines())


def test_query_formats_and_errors(runner: CliRunner, seed_kb: Path) -> None:
    store = ["--store", str(seed_kb)]
    ask = run(runner, "query", "ASK { ?s a pa:Article }", *store)
    assert ask.output.strip() == "true"
    table = run(runner, "query", "SELECT ?t WHERE { ?a pa:title ?t }", *store)
    assert "(1 rows)" in table.output
    as_json = run(runner, "query", "SELECT ?t WHERE { ?a pa:title ?t }", *store, "--format", "json")
    assert json.loads(as_json.output)["head"]["vars"] == ["t"]
    from_stdin = run(
        runner, "query", *store, "--format", "tsv", input="SELECT ?a WHERE { ?a a pa:Article }"
    )
    assert from_stdin.output.startswith("?a")
    ttl = run(runner, "query", "CONSTRUCT WHERE { ?a a pa:Article }", *store, "--format", "turtle")
    assert "pa:Article" in ttl.output
    bad = run(runner, "query", "SELECT WHERE {", *store)
    assert bad.exit_code == 1 and "invalid SPARQL" in bad.output


def test_export_import_round_trip(runner: CliRunner, seed_kb: Path, tmp_path: Path) -> None:
    for fmt, suffix in [("nquads", "nq"), ("trig", "trig"), ("json-ld", "jsonld")]:
        out = tmp_path / f"kb.{suffix}"
        assert (
            run(
                runner, "export", "--store", str(seed_kb), "--format", fmt, "-o", str(out)
            ).exit_code
            == 0
        )
        copy = tmp_path / f"copy-{suffix}"
        result = run(runner, "import", str(out), "--store", str(copy))
        assert result.exit_code == 0, result.output
        a = run(runner, "export", "--store", str(seed_kb), "--format", "nquads").output
        b = run(runner, "export", "--store", str(copy), "--format", "nquads").output
        assert_isomorphic_datasets(a, b)


def assert_isomorphic_datasets(nquads_a: str, nquads_b: str) -> None:
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    a, b = Dataset(), Dataset()
    a.parse(data=nquads_a, format="nquads")
    b.parse(data=nquads_b, format="nquads")
    graphs_a = {g.identifier: g for g in a.graphs() if len(g)}
    graphs_b = {g.identifier: g for g in b.graphs() if len(g)}
    assert graphs_a.keys() == graphs_b.keys()
    for name, graph in graphs_a.items():
        assert isomorphic(graph, graphs_b[name]), name


def test_validate_store_and_files(runner: CliRunner, seed_kb: Path, tmp_path: Path) -> None:
    ok = run(runner, "validate", "--store", str(seed_kb))
    assert ok.exit_code == 0 and "1 of 1 graphs conform" in ok.output
    graph = tmp_path / "article.ttl"
    run(runner, "export", "--store", str(seed_kb), "--format", "turtle", "-o", str(graph))
    broken = graph.read_text(encoding="utf-8").replace("pa:title", "pa:author", 1)
    bad = tmp_path / "broken.ttl"
    bad.write_text(broken, encoding="utf-8")
    result = run(runner, "validate", str(bad))
    assert result.exit_code == 1
    assert "ArticleShape" in result.output and "pa:title" in result.output


def test_stats_and_delete(runner: CliRunner, seed_kb: Path) -> None:
    stats = json.loads(run(runner, "stats", "--store", str(seed_kb), "--json").output)
    assert stats["articles"] == 1 and stats["statements"] > 0 and stats["triples"] > 100
    iri = (
        run(
            runner,
            "query",
            "SELECT ?a WHERE { ?a a pa:Article }",
            "--store",
            str(seed_kb),
            "--format",
            "tsv",
        )
        .output.splitlines()[1]
        .strip("<>")
    )
    assert run(runner, "delete", iri, "--store", str(seed_kb)).exit_code == 0
    stats = json.loads(run(runner, "stats", "--store", str(seed_kb), "--json").output)
    assert stats["articles"] == 0 and stats["statements"] == 0
    assert run(runner, "delete", iri, "--store", str(seed_kb)).exit_code == 1


def test_bad_input_gives_one_clear_line_and_a_nonzero_exit(
    runner: CliRunner, tmp_path: Path
) -> None:
    kb = tmp_path / "kb"
    missing = run(runner, "ingest", str(tmp_path / "nope.txt"), "--store", str(kb))
    assert missing.exit_code == 2 and "no such file" in missing.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(runner, "ingest", str(empty), "--store", str(kb), "--workers", "1")
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "0 written" in result.output
    no_query = run(runner, "query", "--store", str(kb), input="")
    assert no_query.exit_code == 1


def test_python_m_kg_is_the_same_cli() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=True
    )
    assert "ingest" in out.stdout and "serve" in out.stdout


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="http://example.org/a"><rdf:value>&lol2;</rdf:value></rdf:Description>
</rdf:RDF>
"""


def test_nothing_makes_the_cli_reach_out_or_expand_entities(
    runner: CliRunner, tmp_path: Path
) -> None:
    kb = tmp_path / "kb"
    laughs = tmp_path / "laughs.rdf"
    laughs.write_text(LAUGHS, encoding="utf-8")
    remote = tmp_path / "remote.jsonld"
    remote.write_text('{"@context": "http://example.org/c.jsonld", "@id": "http://example.org/a"}')
    for args in (
        ["import", str(laughs)],
        ["validate", str(laughs)],
        ["import", str(remote)],
        ["validate", str(remote)],
    ):
        result = run(runner, *args, "--store", str(kb))
        assert result.exit_code == 1, (args, result.output)
        assert "DOCTYPE" in result.output or "remote contexts" in result.output
    assert not kb.exists(), "a refused import must not create or touch the store"
    triples = tmp_path / "ok.nt"
    triples.write_text('<http://example.org/a> <http://example.org/p> "x" .\n')
    assert run(runner, "import", str(triples), "--store", str(kb)).exit_code == 0
    service = run(
        runner,
        "query",
        "SELECT * WHERE { SERVICE <http://example.org/q> { ?s ?p ?o } }",
        "--store",
        str(kb),
    )
    assert service.exit_code == 1 and "SERVICE is refused" in service.output
    outside = run(
        runner,
        "query",
        "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
        "--store",
        str(kb),
    )
    assert outside.exit_code == 1 and "names no graph" in outside.output

"""Diagnostics of queries: unknown prefixes, syntax errors with line and column, undefined terms."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.api import UndefinedTermWarning
from kg.cli import main
from kg.diagnostics import QuerySyntaxError, diagnose, undefined_terms
from kg.store import Store


def engine_error(query: str) -> str:
    with pytest.raises(SyntaxError) as err:
        Store(None).query(query)
    return str(err.value)


def test_unknown_prefix_is_named_with_the_known_ones() -> None:
    query = "SELECT ?n WHERE {\n  ?a pas:name ?n }"
    d = diagnose(engine_error(query), query)
    assert d.code == "unknown_prefix" and d.prefix == "pas"
    assert (d.line, d.column) == (2, 6)
    assert "did you mean pa:?" in d.message and "schema:" in d.message


def test_syntax_error_has_line_column_and_expected_tokens() -> None:
    query = "SELECT ?n WHERE {\n  ?a pa:name ?n\n"
    d = diagnose(engine_error(query), query)
    assert d.code == "syntax_error" and d.line == 3
    assert '"}"' in d.expected and len(d.expected) <= 8
    assert "line 3" in d.message and "\\u{" not in d.message  # no grammar dump
    assert d.render(query).endswith("^")


def test_undefined_pa_terms_get_the_nearest_defined_one() -> None:
    query = (
        "SELECT * WHERE { ?a a pa:person ; pa:nmae ?n .\n"
        '  ?s pa:speaker ?a ; pa:content "pa:notaterm" # pa:alsonot\n'
        "  ; pa:zzzzqqq ?z }"
    )
    found = {w.term: w.suggestion for w in undefined_terms(query)}
    assert found == {"pa:person": "pa:Person", "pa:nmae": "pa:name", "pa:zzzzqqq": None}
    assert undefined_terms("PREFIX pa: <http://other.example/> SELECT * { ?a pa:x ?b }") == []


def test_cli_and_api_report_alike(tmp_path: Path) -> None:
    Store(tmp_path / "kb")
    runner = CliRunner()
    bad = runner.invoke(
        main, ["query", "--store", str(tmp_path / "kb"), "SELECT * { ?a foo:b ?c }"]
    )
    assert bad.exit_code == 1 and "unknown prefix foo:" in bad.stderr
    warned = runner.invoke(
        main, ["query", "--store", str(tmp_path / "kb"), "SELECT * { ?a pa:nmae ?c }"]
    )
    assert warned.exit_code == 0 and "did you mean pa:name?" in warned.stderr
    del bad, warned
    kb = kg.open(tmp_path / "kb")
    with pytest.raises(QuerySyntaxError) as err:
        kb.query("SELECT * {\n ?a pa:name ")
    assert err.value.diagnosis.line == 2
    with pytest.warns(UndefinedTermWarning, match="pa:name"):
        assert kb.query("SELECT * { ?a pa:nmae ?c }") == []

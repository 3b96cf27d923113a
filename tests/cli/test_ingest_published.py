"""`kg ingest --published`: a publication date for articles that do not give their own."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main

ARTICLE = """Envoys hold a second round of talks

Geneva • Example Desk

"We made progress," the Swiss envoy Anna Keller told reporters on Friday.
"""

DATES = """PREFIX pa: <https://w3id.org/parley/ontology#>
SELECT ?published ?date WHERE { GRAPH ?g {
  ?a pa:published ?published . ?s pa:content ?c . OPTIONAL { ?s pa:date ?date } } }"""


def _rows(kb: Path) -> list[dict[str, str]]:
    result = CliRunner().invoke(main, ["query", DATES, "--store", str(kb), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_published_dates_an_article_without_its_own(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    kb = tmp_path / "kb"
    args = ["ingest", str(tmp_path / "in"), "--store", str(kb), "--workers", "1"]
    result = CliRunner().invoke(main, [*args, "--published", "2025-03-16"])
    assert result.exit_code == 0, result.output
    rows = _rows(kb)
    assert rows and {r["published"] for r in rows} == {"2025-03-16"}
    # 2025-03-16 is a Sunday: "on Friday" is the 14th.
    assert {r["date"] for r in rows} == {"2025-03-14"}


def test_an_article_header_wins_over_published(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Published: 2025-03-10\n\n" + ARTICLE, encoding="utf-8")
    kb = tmp_path / "kb"
    args = ["ingest", str(f), "--store", str(kb), "--workers", "1", "--published", "2025-03-16"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert {r["published"] for r in _rows(kb)} == {"2025-03-10"}


def test_a_bad_published_date_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    kb = tmp_path / "kb"
    for bad in ("last Friday", "2025-02-30", ""):
        args = ["ingest", str(f), "--store", str(kb), "--published", bad]
        result = CliRunner().invoke(main, args)
        assert result.exit_code != 0
        assert "kg: error: --published" in result.output
        assert not kb.exists()  # nothing was opened or written

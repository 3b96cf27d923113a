"""Dates in `kg export --table` and `kb.table()`: full dates typed, read by pandas as dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pyoxigraph as ox
from kb_corpus import article_text

from kg.api import KnowledgeBase
from kg.ingest import ingest
from kg.reading import parse_txt
from kg.store import Store
from kg.tables import cell, write_table

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_only_full_dates_are_dates() -> None:
    full = ox.Literal("2025-03-01", datatype=ox.NamedNode(XSD + "date"))
    year_less = ox.Literal("--03-01", datatype=ox.NamedNode(XSD + "gMonthDay"))
    month = ox.Literal("2025-03", datatype=ox.NamedNode(XSD + "gYearMonth"))
    assert cell("date", full) == dt.date(2025, 3, 1)
    year = ox.Literal("2021", datatype=ox.NamedNode(XSD + "gYear"))
    assert cell("date", year_less) is None and cell("date", month) is None
    assert cell("date", year) is None  # a year alone is no day: left empty, not January 1
    assert cell("content", full) == "2025-03-01"


def test_event_dates_read_back_as_dates(tmp_path: Path) -> None:
    # Article 0 of the corpus: a meeting "in Istanbul on March 1, 2025".
    store = Store(tmp_path / "kb")
    ingest(store, [parse_txt(article_text(0), "a0")], workers=1)
    frame = KnowledgeBase(store).table("events")
    assert str(frame["date"].dtype).startswith("datetime64")
    assert pd.Timestamp("2025-03-01") in set(frame["date"].dropna())
    assert frame["kind"].dtype == "string"
    csv_path, parquet_path = tmp_path / "events.csv", tmp_path / "events.parquet"
    write_table(store, "events", "csv", csv_path)
    write_table(store, "events", "parquet", parquet_path)
    from_csv = pd.read_csv(csv_path, parse_dates=["date"])
    from_parquet = pd.read_parquet(parquet_path)
    for read in (from_csv, from_parquet):
        assert str(read["date"].dtype).startswith("datetime64")
        assert list(read["date"].dropna()) == list(frame["date"].dropna())

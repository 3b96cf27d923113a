"""The whole tables' own queries (ontology/queries/tables/) give the contract queries' rows.

`kg export --table NAME` reads a whole table with a query written for speed (every pattern its
own sub-SELECT, the columns the table leaves out not read). These tests hold it to the contract
query: the same rows, as many times, on the sample articles, on the synthetic corpus and on a
hand-written graph with what those lack (two names, two aliases, a non-Wikidata sameAs, an
intermediary, an initiator and a venue, a date known to the month, topics and a proposal).
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from kb_corpus import article_text

from kg import queries
from kg.ingest import ingest
from kg.reading import parse_txt, read_path
from kg.resources import ROOT
from kg.store import KnowledgeStore, Store
from kg.tables import (
    TABLES,
    CsvRecords,
    cell,
    iter_table,
    table_query,
    table_rows,
    write_table,
)

Row = tuple[object, ...]

# One article graph in the shapes kg.mapping writes, with the cases the corpora lack.
HAND = """
@prefix pa: <https://w3id.org/parley/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix id: <https://w3id.org/parley/id/> .
@prefix et: <https://w3id.org/parley/event-type/> .
@prefix st: <https://w3id.org/parley/status/> .
id:article\\/h1 {
  id:article\\/h1 a pa:Article ; pa:title "Hand" .
  id:actor\\/ann a pa:Person ; pa:name "Ann Lee", "Ann B. Lee" ; pa:alias "Lee", "A. Lee" ;
      schema:sameAs <http://www.wikidata.org/entity/Q1>, <https://example.org/ann> ;
      pa:mentionedIn id:article\\/h1 .
  id:actor\\/bo a pa:Person , pa:Delegation ; pa:name "Bo Ray" ; pa:mentionedIn id:article\\/h1 .
  id:actor\\/x a pa:Country ; pa:name "Xland" ; pa:mentionedIn id:article\\/h1 .
  id:place\\/p a pa:Place ; pa:name "Porto" .
  id:place\\/v a pa:Place ; pa:name "Town Hall" .
  id:statement\\/s1 a pa:Statement , pa:DirectStatement ; pa:speaker id:actor\\/ann ;
      pa:reportedVia id:actor\\/bo ; pa:cue "said" ; pa:content "We agree." ;
      pa:contentEvidence id:evidence\\/c1 ; pa:cueEvidence id:evidence\\/q1 ;
      pa:date "2025-03"^^xsd:gYearMonth .
  id:statement\\/s2 a pa:Statement , pa:ReportedStatement ; pa:cue "noted" ;
      pa:content "Talks go on." ; pa:contentEvidence id:evidence\\/c2 ;
      pa:cueEvidence id:evidence\\/q2 ; pa:date "2025-03-04"^^xsd:date .
  id:evidence\\/c1 oa:start 10 ; oa:end 19 .
  id:evidence\\/q1 oa:start 4 ; oa:end 8 .
  id:evidence\\/c2 oa:start 30 ; oa:end 42 .
  id:evidence\\/q2 oa:start 24 ; oa:end 29 .
  id:event\\/e1 a pa:Event ; pa:eventType et:meeting ; pa:status st:held ;
      pa:participant id:actor\\/ann, id:actor\\/x ; pa:initiator id:actor\\/bo ;
      pa:mediator id:actor\\/x ; pa:place id:place\\/p ; pa:venue id:place\\/v ;
      pa:date "2025-03-04"^^xsd:date ; pa:topic "prisoners", "grain" ;
      pa:proposal id:proposal\\/r1 .
  id:proposal\\/r1 pa:content "a truce" .
  id:event\\/e2 a pa:Event ; pa:eventType et:phone_call ; pa:status st:planned ;
      pa:date "--05-16"^^xsd:gMonthDay .
}
"""


def _store(path: Path, articles: list[object]) -> Store:
    kb = Store(path)
    ingest(kb, articles, workers=1)  # type: ignore[arg-type]
    return kb


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, KnowledgeStore]:
    root = tmp_path_factory.mktemp("tables")
    hand = Store(root / "hand")
    hand.load(io.BytesIO(HAND.encode()), ox.RdfFormat.TRIG)
    return {
        "samples": _store(root / "samples", list(read_path(ROOT / "data" / "articles"))),
        "corpus": _store(root / "corpus", [parse_txt(article_text(i), f"a{i}") for i in range(8)]),
        "hand": hand,
    }


def _contract_rows(store: KnowledgeStore, name: str) -> Counter[Row]:
    """The contract query's rows on the table's columns, each cell as the table makes it."""
    columns = queries.CONTRACT[name]
    result = store.query(queries.load(name).text)
    assert isinstance(result, ox.QuerySolutions)
    return Counter(tuple(cell(c, sol[c]) for c in columns) for sol in result)


@pytest.mark.parametrize("corpus", ["samples", "corpus", "hand"])
@pytest.mark.parametrize("name", TABLES)
def test_table_query_gives_the_contract_rows(
    stores: dict[str, KnowledgeStore], corpus: str, name: str
) -> None:
    store = stores[corpus]
    columns, rows = table_rows(store, name)
    assert columns == queries.CONTRACT[name]
    assert Counter(tuple(r) for r in rows) == _contract_rows(store, name)
    assert rows


def test_hand_counted_rows(stores: dict[str, KnowledgeStore]) -> None:
    """The hand-written graph: Ann has 2 names x 2 aliases (her Wikidata IRI only), Bo 2 types;
    the meeting 3 participant names (Ann's two, Xland's) x 3 topics (two and the proposal);
    only full dates are dates."""
    store = stores["hand"]
    _, actors = table_rows(store, "actors")
    assert len(actors) == 2 * 2 + 2 + 1
    ann = [r for r in actors if r[0] == "https://w3id.org/parley/id/actor/ann"]
    assert {r[4] for r in ann} == {"http://www.wikidata.org/entity/Q1"}
    columns, events = table_rows(store, "events")
    meeting = [r for r in events if str(r[0]).endswith("e1")]
    assert len(meeting) == 3 * 3
    at = {c: columns.index(c) for c in ("initiatorName", "venue", "mediatorName", "date")}
    assert {(r[at["initiatorName"]], r[at["venue"]], r[at["mediatorName"]]) for r in meeting} == {
        ("Bo Ray", "Town Hall", "Xland")
    }
    call = [r for r in events if str(r[0]).endswith("e2")]
    assert len(call) == 1 and call[0][at["date"]] is None
    columns, statements = table_rows(store, "statements")
    by_id = {str(r[0]).rsplit("/", 1)[-1]: dict(zip(columns, r, strict=True)) for r in statements}
    assert by_id["s1"]["via"] == "Bo Ray" and by_id["s1"]["date"] is None
    assert by_id["s1"]["kind"] == "direct" and by_id["s2"]["kind"] == "indirect"
    assert by_id["s2"]["speaker"] is None and str(by_id["s2"]["date"]) == "2025-03-04"


@pytest.mark.parametrize("name", TABLES)
def test_csv_written_by_the_store_is_the_rows(stores: dict[str, KnowledgeStore], name: str) -> None:
    """The whole table's CSV comes from Oxigraph's serializer: the same cells as the rows, and
    the count returned is the number of records."""
    import csv

    store = stores["samples"]
    out = io.BytesIO()
    n = write_table(store, name, "csv", out)
    lines = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    columns, rows = table_rows(store, name)
    assert lines[0] == columns and n == len(rows) == len(lines) - 1 > 0
    assert lines[1:] == [["" if v is None else str(v) for v in row] for row in rows]


def test_narrowed_table_is_the_contract_form() -> None:
    """A filter reads the contract query's one-filter form, not the whole table's query."""
    text = table_query("events", {"kind": "meeting"})
    assert text == queries.filtered(queries.load("events"), {"kind": "meeting"})
    assert table_query("events") != queries.load("events").text
    with pytest.raises(KeyError):
        table_query("nothing")


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64])
def test_records_are_counted_across_chunks(size: int) -> None:
    """Line breaks inside quoted cells (CRLF too) are no records, however the output is cut."""
    text = (
        b'a,b\r\nplain,"x, ""quoted"""\r\n"two\r\nlines","one\nline"\r\n'
        b'"""",\r\n,"ends in CR\r"\r\n'
    )
    out = io.BytesIO()
    counter = CsvRecords(out)
    for i in range(0, len(text), size):
        counter.write(text[i : i + size])
    assert out.getvalue() == text
    assert counter.records == 5


def test_rows_of_a_narrowed_table_keep_their_columns(stores: dict[str, KnowledgeStore]) -> None:
    """The contract query selects more than the table (offsets, ?time): the rows keep only the
    table's columns, by position."""
    columns, rows = iter_table(stores["hand"], "events", {"kind": "meeting"})
    first = next(rows)
    assert columns == queries.CONTRACT["events"] and len(first) == len(columns)


def test_mediators_name_each_role_once(stores: dict[str, KnowledgeStore]) -> None:
    """mediators.rq: the hand-written meeting is mediated by Xland and initiated by Bo Ray, one
    row per role; the sample articles have 3 mediated events and no initiator. (Reading the
    names after the UNION gave every named thing of the article as initiator: 36 rows.)"""
    text = queries.load("mediators").text
    rows = [
        (str(r["mediatorName"]), str(r["initiatorName"]), r["parties"].value)  # type: ignore[index,union-attr]
        for r in stores["hand"].query(text)  # type: ignore[union-attr]
    ]
    assert sorted((m, i) for m, i, _ in rows) == [('"Xland"', "None"), ("None", '"Bo Ray"')]
    assert {frozenset(p.split(", ")) for _, _, p in rows} == {
        frozenset({"Ann Lee", "Ann B. Lee", "Xland"})
    }
    samples = list(stores["samples"].query(text))  # type: ignore[arg-type]
    assert len(samples) == 3 and all(r["initiatorName"] is None for r in samples)  # type: ignore[index]

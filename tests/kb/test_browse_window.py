"""The newest-first pages of events and statements read a window of the latest dates
(server.browse.page_items): the same items, in the same order, as the query sorting everything.

Hand-counted fixture (tests/kb/kb_corpus.py, articles 0-7): one meeting or phone call per
article, dated March 1 to June 8, 2025, and a quote in each.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from kb_corpus import article_text

from kg.ingest import ingest
from kg.reading import parse_txt
from kg.store import KnowledgeStore, Store
from server.browse import DATE_COUNTS, LISTINGS, Params, groups_query, page_items, page_query
from server.kb import Row, Term


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeStore:
    kb = Store(tmp_path_factory.mktemp("window") / "kb")
    ingest(kb, [parse_txt(article_text(i), f"a{i}") for i in range(8)], workers=1)
    return kb


class Recorder:
    """Runs queries on the store as `server.browse` would through the pool, and keeps them."""

    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store
        self.queries: list[str] = []

    def __call__(self, text: str, limit: int | None) -> list[Row]:
        self.queries.append(text)
        result = self.store.query(text)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        rows: list[Row] = []
        for sol in result:
            row: Row = {}
            for n in names:
                term = sol[n]
                if isinstance(term, ox.Literal):
                    row[n] = Term("literal", term.value, term.language, term.datatype.value)
                elif term is not None:
                    row[n] = Term("uri", term.value)
            rows.append(row)
        return rows[:limit] if limit is not None else rows


def _keys(rows: list[Row]) -> list[tuple[str, ...]]:
    return [tuple(r[k].value for k in sorted(r)) for r in rows]


@pytest.mark.parametrize("name", ["events", "statements"])
def test_window_pages_equal_sorted_pages(store: KnowledgeStore, name: str) -> None:
    listing = LISTINGS[name]
    windowed = 0
    for size in (1, 2, 3):
        for page in range(1, 12):
            p = Params(sort="date", descending=True, page=page, size=size)
            run = Recorder(store)
            got = page_items(listing, p, run)
            plain = Recorder(store)(page_query(listing, p), size + 1)
            assert _keys(got) == _keys(plain), (size, page)
            assert run.queries[0] == DATE_COUNTS
            windowed += page_query(listing, p) not in run.queries
    # The first pages come from the window alone, never sorting every item (7 of the 33 here;
    # the rest lie past the dated items or the data).
    assert windowed >= 5


def test_filtered_views_sort_the_filtered_items(store: KnowledgeStore) -> None:
    """A filtered view reads no window of the store's latest dates, but one of the key values
    of its own items (tests/kb/test_browse_order.py has their order)."""
    p = Params(filters={"kind": "meeting"}, sort="date", descending=True)
    run = Recorder(store)
    got = page_items(LISTINGS["events"], p, run)
    assert DATE_COUNTS not in run.queries
    assert run.queries[0] == groups_query(LISTINGS["events"], p, p.size + 2)
    assert _keys(got) == _keys(Recorder(store)(page_query(LISTINGS["events"], p), p.size + 1))
    assert got

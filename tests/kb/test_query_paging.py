"""Pages of the shipped queries (kg.paging): one after the other, they give exactly the rows of
the whole query, in its order, on a real store, for every query, filter and page size.

Fixture: tests/kb/kb_corpus.py, articles 0-7 (see test_query_filters.py), and the query's
plain answer (`kg.queries.filtered`) as the reference.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from kb_corpus import article_text
from test_query_filters import _forms, _values

from kg import paging, queries
from kg.ingest import ingest
from kg.reading import parse_txt
from kg.store import KnowledgeStore, Store

Row = tuple[tuple[str, str], ...]


BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench(module: str) -> object:
    """A bench/ script as a module (bench/queries.py would shadow kg.queries by name)."""
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{module}", BENCH / f"{module}.py")
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeStore:
    path = tmp_path_factory.mktemp("paging") / "kb"
    kb = Store(path)
    ingest(kb, [parse_txt(article_text(i), f"a{i}") for i in range(8)], workers=1)
    return kb


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[KnowledgeStore, dict[str, str]]:
    """60 articles of bench/kbgen.py (delegations, roles, proposals, acts, shared actors), with
    the busiest value of each filter, as bench/queries.py chooses them."""
    path = tmp_path_factory.mktemp("paging-gen") / "kb"
    sys.path.insert(0, str(BENCH))
    import kbgen  # a plain import: its process pool pickles its functions by module name

    kbgen.build(path, 60, jobs=1)
    kb = Store(path, read_only=True)
    bench_queries = _bench("queries")
    return kb, bench_queries.busiest(kb.raw)  # type: ignore[attr-defined]


def _rows(store: KnowledgeStore, text: str) -> list[Row]:
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [tuple((n, str(sol[n])) for n in names if sol[n] is not None) for sol in result]


def _all_pages(store: KnowledgeStore, name: str, filters: dict[str, str], limit: int) -> list[Row]:
    select = paging.store_select(store)
    out: list[Row] = []
    cursor: str | None = None
    short = False
    for _ in range(1000):
        plan = paging.plan(select, name, filters, limit, cursor)
        # Whole groups: at least `limit` items, unless the last page, a part of a group cut
        # by its second sort key, or the page before such a group.
        assert not short or plan.part
        rows = _rows(store, plan.text)
        cursor = plan.next_cursor(len(rows))
        short = plan.full is None and not plan.part and (plan.items or 0) < limit
        out += rows
        if cursor is None:
            return out
    raise AssertionError("no last page")


def _first_key(name: str, row: Row) -> tuple[str, str]:
    """The row's values of the sort keys that pages cut on: the group, and the second key of
    a query whose big groups are cut by it."""
    spec = paging.SPECS.get(name)
    if spec is None:
        return "", ""
    values = dict(row)
    second = values.get(spec.second[0].lstrip("?"), "") if spec.second else ""
    return values.get(spec.group.lstrip("?"), ""), second


@pytest.mark.parametrize("name", sorted(queries.all_queries()))
def test_pages_give_the_whole_answer_in_order(store: KnowledgeStore, name: str) -> None:
    values = _values(store)
    q = queries.load(name)
    for filters in [{}, *_forms(name, values)]:
        whole = _rows(store, queries.filtered(q, filters))
        for limit in (1, 2, 5, 1000):
            paged = _all_pages(store, name, filters, limit)
            assert Counter(paged) == Counter(whole), (name, filters, limit)
            # The first sort key runs in the whole query's order across the pages.
            assert [_first_key(name, r) for r in paged] == [_first_key(name, r) for r in whole]


@pytest.mark.parametrize("name", sorted(queries.all_queries()))
def test_pages_of_a_generated_store(
    generated: tuple[KnowledgeStore, dict[str, str]], name: str
) -> None:
    store, values = generated
    forms = _bench("queries").filter_forms(name, values)  # type: ignore[attr-defined]
    for filters in [{}, *(f for _, f in forms)]:
        whole = _rows(store, queries.filtered(queries.load(name), filters))
        assert whole or filters, name
        for limit in (3, 40):
            paged = _all_pages(store, name, filters, limit)
            assert Counter(paged) == Counter(whole), (name, filters, limit)
            assert [_first_key(name, r) for r in paged] == [_first_key(name, r) for r in whole]


@pytest.mark.parametrize("name", sorted(paging.SPECS))
def test_total_counts_the_items_of_the_rows(store: KnowledgeStore, name: str) -> None:
    """The total is the number of distinct items the whole answer has (the timeline does not
    select its statement: there, one row per statement)."""
    values = _values(store)
    select = paging.store_select(store)
    item = paging.SPECS[name].item.lstrip("?")
    for filters in [{}, *_forms(name, values)]:
        whole = _rows(store, queries.filtered(queries.load(name), filters))
        (row,) = select(paging.total_query(name, filters))
        total = int(row["n"].split('"')[1])
        if name == "actor_timeline":
            assert total == len(whole), filters
        else:
            assert total == len({dict(r)[item] for r in whole}), (name, filters)


def test_first_page_holds_the_limit(store: KnowledgeStore) -> None:
    select = paging.store_select(store)
    plan = paging.plan(select, "statements", {}, 3)
    rows = _rows(store, plan.text)
    assert plan.items is not None and plan.items >= 3  # statements in their articles
    assert plan.next_cursor(len(rows)) is not None
    # A page holds whole articles: every statement of each article it shows.
    articles = {dict(r)["article"] for r in rows}
    whole = _rows(store, queries.load("statements").text)
    assert len(rows) == sum(1 for r in whole if dict(r)["article"] in articles)


def test_bad_page_arguments_are_refused(store: KnowledgeStore) -> None:
    select = paging.store_select(store)
    with pytest.raises(ValueError, match="limit 0"):
        paging.plan(select, "events", {}, 0)
    with pytest.raises(ValueError, match="cursor"):
        paging.plan(select, "events", {}, 10, "abc")
    with pytest.raises(ValueError, match="takes no filter"):
        paging.plan(select, "events", {"speaker": "actor/x"}, 10)


_REMOTE_FORMS = [
    ("statements", {}),
    ("events", {"status": "held"}),
    ("actors", {"kind": "Person"}),
    ("actor_timeline", {}),
    ("acts", {}),
    ("contacts", {}),
]


def _same_pages_as_embedded(remote: KnowledgeStore, local: KnowledgeStore) -> None:
    for name, filters in _REMOTE_FORMS:
        whole = _rows(local, queries.filtered(queries.load(name), filters))
        assert whole, name
        for limit in (1, 4):
            paged = _all_pages(remote, name, filters, limit)
            assert Counter(paged) == Counter(whole), (name, filters, limit)
            assert [_first_key(name, r) for r in paged] == [_first_key(name, r) for r in whole]
        if name in paging.SPECS:
            totals = [
                paging.store_select(s)(paging.total_query(name, filters)) for s in (remote, local)
            ]
            assert totals[0] == totals[1], (name, filters)


@pytest.mark.slow
def test_pages_on_oxigraph_server(store: KnowledgeStore, tmp_path: Path) -> None:
    from kg.stores import open_store
    from tests.oxigraph_server import oxigraph_server

    with oxigraph_server(tmp_path / "server") as url:
        remote = open_store(url)
        ingest(remote, [parse_txt(article_text(i), f"a{i}") for i in range(8)], workers=1)
        _same_pages_as_embedded(remote, store)


@pytest.mark.slow
def test_pages_on_virtuoso(store: KnowledgeStore, tmp_path: Path) -> None:
    from virtuoso_server import VirtuosoMissing, virtuoso

    from kg.stores import open_store

    try:
        with virtuoso(tmp_path / "virtuoso") as v:
            remote = open_store(v.url)
            ingest(remote, [parse_txt(article_text(i), f"a{i}") for i in range(8)], workers=1)
            _same_pages_as_embedded(remote, store)
    except VirtuosoMissing as err:
        pytest.skip(str(err))


# Contact events with and without a date, over three articles: contacts pages by the date,
# and the undated events (no date to name their group by) sort first. Rows per event: one for
# two participants, three for three, none for one; a statement-only article has none.
UNDATED = """
@prefix pa: <https://w3id.org/parley/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/parley/id/> .
@prefix et: <https://w3id.org/parley/event-type/> .
@prefix st: <https://w3id.org/parley/status/> .
id:article\\/a1 {
  id:event\\/a1-1 pa:eventType et:meeting ; pa:status st:held ;
      pa:participant id:actor\\/ann, id:actor\\/bob .
  id:event\\/a1-2 pa:eventType et:phone_call ; pa:status st:planned ;
      pa:participant id:actor\\/ann, id:actor\\/bob, id:actor\\/cem ;
      pa:date "2025-03-02"^^xsd:date .
  id:event\\/a1-3 pa:eventType et:meeting ; pa:status st:held ; pa:participant id:actor\\/ann .
  id:actor\\/ann pa:name "Ann" . id:actor\\/bob pa:name "Bob" . id:actor\\/cem pa:name "Cem" .
}
id:article\\/a2 {
  id:event\\/a2-1 pa:eventType et:negotiation_round ; pa:status st:held ;
      pa:participant id:actor\\/bob, id:actor\\/cem ; pa:date "2025-03-01"^^xsd:date .
  id:event\\/a2-2 pa:eventType et:meeting ; pa:status st:held ;
      pa:participant id:actor\\/ann, id:actor\\/cem .
  id:event\\/a2-3 pa:eventType et:other ; pa:status st:held ;
      pa:participant id:actor\\/ann, id:actor\\/cem .
  id:actor\\/ann pa:name "Ann" . id:actor\\/bob pa:name "Bob" . id:actor\\/cem pa:name "Cem" .
}
id:article\\/a3 {
  id:event\\/a3-1 pa:eventType et:meeting ; pa:status st:held ;
      pa:participant id:actor\\/bob, id:actor\\/cem ; pa:date "2025-03-02"^^xsd:date .
  id:actor\\/bob pa:name "Bob" . id:actor\\/cem pa:name "Cem" .
}
"""


def test_contacts_pages_put_the_undated_first(tmp_path: Path) -> None:
    kb = Store(tmp_path / "kb")
    kb.load(io.BytesIO(UNDATED.encode()), ox.RdfFormat.TRIG)
    whole = _rows(kb, queries.load("contacts").text)
    assert len(whole) == 7  # a1-1, a2-2: 1 row each; a1-2: 3; a2-1: 1; a3-1: 1
    assert [dict(r).get("date") for r in whole[:2]] == [None, None]
    for filters in ({}, {"status": "held"}, {"actor": "actor/ann"}):
        reference = _rows(kb, queries.filtered(queries.load("contacts"), filters))
        for limit in (1, 2, 3, 1000):
            paged = _all_pages(kb, "contacts", filters, limit)
            assert Counter(paged) == Counter(reference), (filters, limit)
            assert [_first_key("contacts", r) for r in paged] == [
                _first_key("contacts", r) for r in reference
            ]
    (row,) = paging.store_select(kb)(paging.total_query("contacts"))
    assert paging.number(row["n"]) == 5  # the events with rows

"""The browse pages' sort (server.browse.page_query) puts the items in the order of their sort
key and then of their ids (an event's or statement's article, then its own IRI), as plain
`ORDER BY ?key ?article ?item` does, though it compares 15-character prefixes first (Oxigraph
holds those inline and compares them without reading the store).

On the sample articles, the synthetic corpus (tests/kb/kb_corpus.py, articles 0-7) and a
hand-written graph whose IRIs and texts share long prefixes, differ only past 15 characters,
or lie outside `…/id/`: for every listing, sortable column, direction and page, the same items
as the plain query, in the same order.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from kb_corpus import article_text

from kg.ingest import ingest
from kg.reading import parse_txt, read_path
from kg.resources import ROOT
from kg.store import KnowledgeStore, Store
from server.browse import facet_query, page_items, page_query
from server.kb import Row, Term
from server.listings import LISTINGS, Listing, Params

# Statements whose words, cues and IRIs share their first 15 characters and more; one event
# IRI outside the id namespace; a kind name longer than 15 characters.
HAND = """
@prefix pa: <https://w3id.org/parley/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/parley/id/> .
@prefix et: <https://w3id.org/parley/event-type/> .
@prefix st: <https://w3id.org/parley/status/> .
id:article\\/2025-03-04-talks-in-porto-continue-a {
  id:article\\/2025-03-04-talks-in-porto-continue-a a pa:Article ;
      pa:title "Talks in Porto go on, day 2" .
  id:statement\\/2025-03-04-talks-in-porto-continue-a-10 a pa:Statement , pa:ReportedStatement ;
      pa:cue "said on Tuesday" ; pa:content "The talks in Porto will go on until Friday." .
  id:statement\\/2025-03-04-talks-in-porto-continue-a-2 a pa:Statement , pa:DirectStatement ;
      pa:cue "said on Tuesday evening" ; pa:content "The talks in Porto will go on until Monday." ;
      pa:date "2025-03-04"^^xsd:date .
  id:statement\\/2025-03-04-talks-in-porto-continue-a-1 a pa:Statement , pa:ReportedStatement ;
      pa:cue "said" ; pa:content "The talks in Porto will go on." ; pa:date "2025-03-04"^^xsd:date .
  id:event\\/2025-03-04-talks-in-porto-continue-a-1 a pa:Event ; pa:eventType et:negotiation_round ;
      pa:status st:held ; pa:date "2025-03-04"^^xsd:date .
  id:actor\\/ministry-of-foreign-affairs-b a pa:Organization ;
      pa:name "Ministry of Foreign Affairs of Bland" ;
      pa:mentionedIn id:article\\/2025-03-04-talks-in-porto-continue-a .
  id:actor\\/ministry-of-foreign-affairs-a a pa:Organization ;
      pa:name "Ministry of Foreign Affairs of Aland" ;
      pa:mentionedIn id:article\\/2025-03-04-talks-in-porto-continue-a .
  <http://example.org/actor/ann> a pa:Person ; pa:name "Ann" ;
      pa:mentionedIn id:article\\/2025-03-04-talks-in-porto-continue-a .
  <http://example.org/event/zz> a pa:Event ; pa:eventType et:agreement_signing ;
      pa:status st:held .
  <http://example.org/event/aa> a pa:Event ; pa:eventType et:agreement_signing ;
      pa:status st:planned .
}
id:article\\/2025-03-04-talks-in-porto-continue-b {
  id:article\\/2025-03-04-talks-in-porto-continue-b a pa:Article ;
      pa:title "Talks in Porto go on, day 2" .
  id:actor\\/ministry-of-foreign-affairs-b a pa:Organization ;
      pa:name "Ministry of Foreign Affairs of Bland" ;
      pa:mentionedIn id:article\\/2025-03-04-talks-in-porto-continue-b .
  id:event\\/2025-03-04-talks-in-porto-continue-b-1 a pa:Event ; pa:eventType et:negotiation_round ;
      pa:status st:held ; pa:date "2025-03-04"^^xsd:date .
}
"""


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, KnowledgeStore]:
    root = tmp_path_factory.mktemp("order")
    samples = Store(root / "samples")
    ingest(samples, list(read_path(ROOT / "data" / "articles")), workers=1)
    corpus = Store(root / "corpus")
    ingest(corpus, [parse_txt(article_text(i), f"a{i}") for i in range(8)], workers=1)
    hand = Store(root / "hand")
    hand.load(io.BytesIO(HAND.encode()), ox.RdfFormat.TRIG)
    return {"samples": samples, "corpus": corpus, "hand": hand}


def plain_query(listing: Listing, p: Params) -> str:
    """The page as one ORDER BY on the key and the item IRIs (what page_query sped up)."""
    ids = " ".join(listing.ids)
    key = listing.keys[p.sort]
    order = f"{'DESC' if p.descending else 'ASC'}(?key) {ids}"
    where = f"WHERE {{ {listing.core(p)} {key.pattern} }}"
    cut = f"ORDER BY {order} LIMIT {p.size + 1} OFFSET {(p.page - 1) * p.size}"
    if listing.grouped:
        grouped = f"SELECT {ids} ({key.expr} AS ?key) {where} GROUP BY {ids}"
        return f"SELECT {ids} ?key WHERE {{ {{ {grouped} }} }} {cut}"
    return f"SELECT DISTINCT {ids} ({key.expr} AS ?key) {where} {cut}"


def _rows(store: KnowledgeStore, text: str) -> list[tuple[str | None, ...]]:
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    names = sorted(v.value for v in result.variables)
    return [tuple(None if s[n] is None else s[n].value for n in names) for s in result]


def _select(store: KnowledgeStore, text: str, limit: int | None) -> list[Row]:
    """A query run as server.browse runs it through the pool."""
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    rows: list[Row] = []
    for s in result:
        row: Row = {}
        for v in result.variables:
            term = s[v]
            if isinstance(term, ox.Literal):
                row[v.value] = Term("literal", term.value, term.language, term.datatype.value)
            elif isinstance(term, ox.BlankNode):
                row[v.value] = Term("bnode", term.value)
            elif term is not None:
                row[v.value] = Term("uri", term.value)
        rows.append(row)
    return rows[:limit] if limit is not None else rows


def _items(store: KnowledgeStore, listing: Listing, p: Params) -> list[tuple[str | None, ...]]:
    """The page's items as server.browse.page_items finds them (through a window of key
    values for most sorts), in the form of `_rows`."""
    names = sorted([v.lstrip("?") for v in listing.ids] + ["key"])
    found = page_items(listing, p, lambda text, limit: _select(store, text, limit))
    return [tuple(r[n].value if n in r else None for n in names) for r in found]


@pytest.mark.parametrize("corpus", ["samples", "corpus", "hand"])
@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_pages_in_the_order_of_key_then_iri(
    stores: dict[str, KnowledgeStore], corpus: str, name: str
) -> None:
    store, listing = stores[corpus], LISTINGS[name]
    seen = 0
    for column in (c.name for c in listing.columns if c.sortable):
        for descending in (False, True):
            for size, page in ((50, 1), (2, 1), (2, 2), (3, 2)):
                p = Params(sort=column, descending=descending, page=page, size=size)
                got = _rows(store, page_query(listing, p))
                assert got == _rows(store, plain_query(listing, p)), (column, descending, page)
                assert _items(store, listing, p) == got, (column, descending, page)
                seen += len(got)
    assert seen > 0


def test_hand_sorts_past_fifteen_characters(stores: dict[str, KnowledgeStore]) -> None:
    """Words equal in their first 15 characters, and statement IRIs equal in their first 58,
    come in full order: "-1" < "-10" < "-2"."""
    store, listing = stores["hand"], LISTINGS["statements"]
    got = _rows(store, page_query(listing, Params(sort="content")))
    words = [r[1] for r in got]  # (article, key, statement)
    assert words == sorted(w for w in words if w is not None)
    by_kind = _rows(store, page_query(listing, Params(sort="kind")))
    assert [r[2].rsplit("-", 1)[-1] for r in by_kind if r[2]] == ["2", "1", "10"]
    events = _rows(store, page_query(LISTINGS["events"], Params(sort="kind")))
    # (article, event, key)
    assert [r[2] for r in events] == ["agreement_signing"] * 2 + ["negotiation_round"] * 2
    assert [r[1] for r in events][:2] == [
        "http://example.org/event/aa",
        "http://example.org/event/zz",
    ]
    actors = _rows(store, page_query(LISTINGS["actors"], Params(sort="name")))
    assert [r[0] for r in actors] == [
        "http://example.org/actor/ann",
        "https://w3id.org/parley/id/actor/ministry-of-foreign-affairs-a",
        "https://w3id.org/parley/id/actor/ministry-of-foreign-affairs-b",
    ]


FILTERED = {
    "events": ({"kind": "meeting"}, {"status": "held"}, {"from": "2025-03-01", "to": "2025-04-30"}),
    "statements": ({"kind": "indirect"}, {"q": "talks"}),
    "actors": ({"type": "Person"},),
    "articles": ({"q": "talks"},),
}


@pytest.mark.parametrize("corpus", ["samples", "corpus"])
@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_filtered_pages_in_the_order_of_key_then_iri(
    stores: dict[str, KnowledgeStore], corpus: str, name: str
) -> None:
    store, listing = stores[corpus], LISTINGS[name]
    for filters in FILTERED[name]:
        for column in (c.name for c in listing.columns if c.sortable):
            for descending in (False, True):
                for size, page in ((50, 1), (2, 1), (2, 3)):
                    p = Params(dict(filters), column, descending, page, size)
                    plain = _rows(store, plain_query(listing, p))
                    assert _items(store, listing, p) == plain, (filters, column, descending, page)


# Cues equal as text but not as terms (a plain string and one with a language): one key, two
# stored terms, whose items interleave by IRI.
TWINS = """
@prefix pa: <https://w3id.org/parley/ontology#> .
@prefix id: <https://w3id.org/parley/id/> .
id:article\\/a {
  id:statement\\/a-1 a pa:Statement , pa:ReportedStatement ; pa:cue "said"@en .
  id:statement\\/a-2 a pa:Statement , pa:ReportedStatement ; pa:cue "said" .
  id:statement\\/a-3 a pa:Statement , pa:ReportedStatement ; pa:cue "said"@en .
  id:statement\\/a-4 a pa:Statement , pa:ReportedStatement ; pa:cue "told" .
}
"""


def test_one_key_of_two_terms_is_not_windowed(tmp_path: Path) -> None:
    store = Store(tmp_path / "twins")
    store.load(io.BytesIO(TWINS.encode()), ox.RdfFormat.TRIG)
    listing = LISTINGS["statements"]
    for descending in (False, True):
        for size, page in ((1, 1), (1, 2), (2, 1), (2, 2), (50, 1)):
            p = Params(sort="cue", descending=descending, page=page, size=size)
            assert _items(store, listing, p) == _rows(store, plain_query(listing, p))
    got = _items(store, listing, Params(sort="cue"))
    assert [r[1] for r in got] == ["said", "said", "said", "told"]  # (article, key, statement)
    assert [r[2][-1] for r in got] == ["1", "2", "3", "4"]


# Two articles whose statements' IRIs sort the other way round from the articles'.
CROSSED = """
@prefix pa: <https://w3id.org/parley/ontology#> .
@prefix id: <https://w3id.org/parley/id/> .
id:article\\/a {
  id:statement\\/z-1 a pa:Statement , pa:ReportedStatement ; pa:cue "said" .
  id:statement\\/z-2 a pa:Statement , pa:ReportedStatement ; pa:cue "said" .
}
id:article\\/b {
  id:statement\\/a-1 a pa:Statement , pa:ReportedStatement ; pa:cue "said" .
  id:statement\\/a-2 a pa:Statement , pa:DirectStatement ; pa:cue "said" .
}
"""


def test_ties_come_by_article_then_item(tmp_path: Path) -> None:
    """Rows equal on the sorted column come in the order of their article, then of their own
    IRI, whether they have the key (a cue) or not (every indirect statement by kind)."""
    store = Store(tmp_path / "crossed")
    store.load(io.BytesIO(CROSSED.encode()), ox.RdfFormat.TRIG)
    listing = LISTINGS["statements"]
    for sort, expected in (
        ("cue", ["z-1", "z-2", "a-1", "a-2"]),
        ("kind", ["a-2", "z-1", "z-2", "a-1"]),
    ):
        for size in (1, 2, 50):
            got: list[str] = []
            for page in (1, 2, 3, 4):
                found = _items(store, listing, Params(sort=sort, page=page, size=size))
                got += [r[2].rsplit("/", 1)[1] for r in found[:size]]  # (article, key, statement)
            assert got[:4] == expected, (sort, size)


def test_articles_named_by_blank_nodes_are_sorted_whole(tmp_path: Path) -> None:
    """A graph named by a blank node cannot be named in a VALUES block: its items are paged
    by sorting them all, in the same order (windows of articles, for the items without the
    key, and windows narrowed by article, for a key of many items, both step aside)."""
    lines = [
        "@prefix pa: <https://w3id.org/parley/ontology#> .",
        "@prefix id: <https://w3id.org/parley/id/> .",
    ]
    for g in range(3):
        lines.append(f"_:g{g} {{")
        for i in range(6):
            lines.append(
                f'  id:statement\\/s{g}-{i} a pa:Statement , pa:ReportedStatement ; pa:cue "said" .'
            )
        lines.append("}")
    store = Store(tmp_path / "blank")
    store.load(io.BytesIO("\n".join(lines).encode()), ox.RdfFormat.TRIG)
    listing = LISTINGS["statements"]
    for sort in ("cue", "kind"):
        for size, page in ((1, 1), (1, 3), (2, 2), (50, 1)):
            p = Params(sort=sort, size=size, page=page)
            assert _items(store, listing, p) == _rows(store, plain_query(listing, p)), (sort, page)


def plain_facet(listing: Listing, p: Params, var: str) -> str:
    """A facet as one count over the filtered rows (what facet_query sped up)."""
    ids = " ".join(listing.ids)
    pattern, value = listing.facets[var]
    items = f"SELECT DISTINCT {ids} ({value} AS ?{var}) WHERE {{ {listing.core(p)} {pattern} }}"
    return f"SELECT ?{var} (COUNT(*) AS ?n) WHERE {{ {{ {items} }} }} GROUP BY ?{var}"


@pytest.mark.parametrize("corpus", ["samples", "corpus", "hand"])
@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_facets_count_as_plainly(stores: dict[str, KnowledgeStore], corpus: str, name: str) -> None:
    store, listing = stores[corpus], LISTINGS[name]
    counted = 0
    for filters in ({}, *FILTERED[name]):
        p = Params(dict(filters))
        for var in listing.facets:
            got = sorted(_rows(store, facet_query(listing, p, var)), key=str)
            assert got == sorted(_rows(store, plain_facet(listing, p, var)), key=str), filters
            counted += len(got)
    assert counted > 0 or not listing.facets

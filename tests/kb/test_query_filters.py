"""The shipped queries' one-filter forms (kg.queries.filtered) on a real store.

Hand-counted fixture (tests/kb/kb_corpus.py, articles 0-7): the even articles report a meeting
(0 in Istanbul on March 1, 2 in Riyadh on May 3, 4 in Ankara on March 5, 6 in Geneva on May 7),
the odd ones a phone call (1 on April 2, 3 on June 4, 5 on April 6, 7 on June 8), each between
two people of PEOPLE; "Marco Rubio" is in articles 0 and 6 (first) and 5 (second).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from kb_corpus import article_text

from kg import queries
from kg.ingest import ingest
from kg.reading import parse_txt
from kg.store import KnowledgeStore, Store

ARTICLES = range(8)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeStore:
    path = tmp_path_factory.mktemp("filters") / "kb"
    kb = Store(path)
    ingest(kb, [parse_txt(article_text(i), f"a{i}") for i in ARTICLES], workers=1)
    return kb


def _rows(store: KnowledgeStore, text: str) -> Counter[tuple[tuple[str, str], ...]]:
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return Counter(tuple((n, str(sol[n])) for n in names if sol[n] is not None) for sol in result)


def _one(store: KnowledgeStore, text: str) -> str:
    rows = list(store.query(text))  # type: ignore[arg-type]
    assert rows, text
    return str(rows[0]["x"].value)  # type: ignore[index,union-attr]


def _values(store: KnowledgeStore) -> dict[str, str]:
    """A value of each filter that the fixture has (the actor is Marco Rubio)."""
    rubio = _one(store, 'SELECT ?x WHERE { ?x pa:name "Marco Rubio" }')
    place = _one(store, 'SELECT ?x WHERE { ?x pa:name "Istanbul" ; a pa:Place }')
    return {"actor": rubio, "place": place, "status": "held"}


def _forms(name: str, values: dict[str, str]) -> list[dict[str, str]]:
    kinds = {"actors": "Person", "statements": "direct", "actor_timeline": "direct"}
    kinds |= {"acts": "CONSULT", "evidence": "", "roles": "", "delegations": ""}
    choices = {
        "actor": {"actor": values["actor"]},
        "kind": {"kind": kinds.get(name, "meeting")},
        "status": {"status": "held"},
        "place": {"place": values["place"]},
        "date": {"from": "2025-03-01", "to": "2025-03-31"},
    }
    takes = queries.FILTERS[name]
    forms = [choices[f] for f in choices if f in takes]
    if "date" in takes:
        forms += [{"from": "2025-04-01"}, {"from": "2025-01-01", "to": "2025-12-31"}]
    return forms


def test_every_shipped_query_takes_filters() -> None:
    assert set(queries.FILTERS) == set(queries.all_queries())


def test_narrowed_form_gives_the_plain_answers(store: KnowledgeStore) -> None:
    """Repeating a filter inside every group changes no answer: the same rows, as many times,
    as the filter put first only."""
    values = _values(store)
    nonempty = 0
    for name, q in queries.all_queries().items():
        for filters in _forms(name, values):
            narrowed = _rows(store, queries.filtered(q, filters))
            plain = _rows(store, queries.filtered(q, filters, in_groups=False))
            assert narrowed == plain, (name, filters)
            if "GROUP BY" not in q.text.upper():  # a filter changes an aggregate's counts
                whole = _rows(store, q.text)
                assert not narrowed - whole, (name, filters)  # a filter only removes rows
            nonempty += bool(narrowed)
    assert nonempty >= 20


def _numbers(store: KnowledgeStore) -> dict[str, str]:
    """Article IRI (as _rows gives it) -> `a<i>`, from the "(report i)" of its title."""
    rows = store.query("SELECT ?a ?t WHERE { GRAPH ?a { ?a pa:title ?t } }")
    out = {}
    for r in rows:  # type: ignore[union-attr]
        number = re.search(r"\(report (\d+)\)", r["t"].value)  # type: ignore[index,union-attr]
        assert number is not None
        out[str(r["a"])] = f"a{number.group(1)}"  # type: ignore[index]
    return out


def test_hand_counted_filters(store: KnowledgeStore) -> None:
    events = queries.load("events")
    numbers = _numbers(store)

    def articles(filters: dict[str, str], q: queries.NamedQuery = events) -> set[str]:
        rows = _rows(store, queries.filtered(q, filters))
        return {numbers[dict(r)["article"]] for r in rows}

    assert articles({"kind": "phone_call"}) == {"a1", "a3", "a5", "a7"}
    assert articles({"kind": "meeting", "from": "2025-03-01", "to": "2025-03-31"}) == {"a0", "a4"}
    assert articles({"kind": "meeting", "from": "2025-05-01"}) == {"a2", "a6"}
    values = _values(store)
    assert articles({"place": values["place"], "kind": "meeting"}) == {"a0"}
    assert articles({"actor": values["actor"]}, queries.load("contacts")) == {"a0", "a5", "a6"}


def test_bad_filters_are_refused() -> None:
    events = queries.load("events")
    with pytest.raises(ValueError, match="takes no filter 'speaker'"):
        queries.filtered(events, {"speaker": "actor/x"})
    with pytest.raises(ValueError, match="one of phone_call"):
        queries.filtered(events, {"kind": "party"})
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        queries.filtered(events, {"from": "March"})
    with pytest.raises(ValueError, match="not an IRI"):
        queries.filtered(events, {"actor": "actor/a b"})


def test_unfiltered_text_is_the_file(tmp_path: Path) -> None:
    q = queries.load("statements")
    assert queries.filtered(q, {}) == q.text


# A hand-written article graph: a statement without a speaker, an event whose only
# participant is its target, and an event with a source; "Yusuf" is named in the article too.
_ACTS_GRAPH = """
@prefix pa: <https://w3id.org/parley/ontology#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix plover: <https://w3id.org/parley/plover#> .
@prefix : <https://w3id.org/parley/id/t/> .
:x pa:name "Xavier" . :y pa:name "Yusuf" . :z pa:name "Zara" .
:s1 a pa:Statement ; pa:ploverType plover:DEMAND ; pa:cueEvidence :c1 ; pa:target :x .
:c1 oa:start 10 ; oa:end 15 .
:e1 a pa:Event ; pa:ploverType plover:CONSULT ; pa:triggerEvidence :c2 ;
    pa:participant :x ; pa:target :x .
:c2 oa:start 20 ; oa:end 25 .
:e2 a pa:Event ; pa:ploverType plover:CONSULT ; pa:triggerEvidence :c3 ;
    pa:participant :x, :z ; pa:target :x .
:c3 oa:start 30 ; oa:end 35 .
"""


def test_acts_without_a_source(tmp_path: Path) -> None:
    """An act without a source is one row with no source, not one row per name of its
    article; a filtered form gives the same rows."""
    kb = Store(tmp_path / "kb")
    graph = "https://w3id.org/parley/id/t/article"
    nquads = ox.serialize(
        (
            ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph))
            for t in ox.parse(_ACTS_GRAPH, format=ox.RdfFormat.TURTLE)
        ),
        format=ox.RdfFormat.N_QUADS,
    )
    kb.write_nquads(nquads.decode())
    acts = queries.load("acts")
    rows = _rows(kb, acts.text)
    got = sorted(
        (d["item"].rsplit("/", 1)[-1], d.get("sourceName", ""), d.get("targetName", ""))
        for d in (dict(r) for r in rows.elements())
    )
    assert got == [
        ("e1>", "", '"Xavier"'),
        ("e2>", '"Zara"', '"Xavier"'),
        ("s1>", "", '"Xavier"'),
    ]
    for filters, items in (({"kind": "CONSULT"}, {"e1", "e2"}), ({"actor": "t/z"}, {"e2"})):
        narrowed = _rows(kb, queries.filtered(acts, filters))
        assert narrowed == _rows(kb, queries.filtered(acts, filters, in_groups=False))
        kept = {r: n for r, n in rows.items() if r[0][1].rsplit("/", 1)[-1][:-1] in items}
        assert narrowed == Counter(kept), filters

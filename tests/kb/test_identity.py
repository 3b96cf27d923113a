"""Identity across articles: stable actor IRIs, no merging on a surname, shared event reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from kb_corpus import article_text

from kg.evaluation.crossdoc import GOLD_DIR, bcubed, evaluate_crossdoc, load_gold
from kg.ingest import ingest
from kg.linking import EVENT_REPORTS_QUERY
from kg.reading import parse_txt
from kg.store import Store


def _iris(store: Store, cls: str) -> set[str]:
    rows = store.query(f"SELECT DISTINCT ?x WHERE {{ ?x a {cls} }}")
    return {r["x"].value for r in rows}  # type: ignore[union-attr]


def test_actor_and_event_iris_do_not_depend_on_ingest_order(tmp_path: Path) -> None:
    articles = [parse_txt(article_text(i), f"a{i}") for i in range(5)]
    one, two = Store(tmp_path / "one"), Store(tmp_path / "two")
    ingest(one, articles, workers=1)
    ingest(two, list(reversed(articles)), workers=1)
    for cls in ("pa:Person", "pa:Country", "pa:CanonicalEvent", "pa:CanonicalStatement"):
        assert _iris(one, cls) == _iris(two, cls), cls
    assert _iris(one, "pa:Person")


SURNAMES = [
    "Farm strike spreads\nLeeds • Test Wire\n\nThe farmer John Harlow said on Monday that the "
    "strike would go on until the ministry listened.\n\nHarlow said his neighbours agreed.\n",
    "School opens new wing\nYork • Other Wire\n\nHeadteacher Maria Harlow opened the new wing "
    'on Friday.\n\n"It took six years," Harlow told parents.\n',
]


def test_people_sharing_a_surname_are_not_merged(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb")
    ingest(store, [parse_txt(t, f"s{i}") for i, t in enumerate(SURNAMES)], workers=1)
    rows = list(
        store.query(  # type: ignore[arg-type]
            "SELECT ?a ?name ?art WHERE { GRAPH ?art { ?a a pa:Person ; pa:name ?name } "
            "FILTER CONTAINS(?name, 'Harlow') }"
        )
    )
    by_actor: dict[str, set[str]] = {}
    for r in rows:
        by_actor.setdefault(r["a"].value, set()).add(r["art"].value)
    assert len(by_actor) >= 2, rows  # John and Maria Harlow stay two actors
    assert all(len(arts) == 1 for arts in by_actor.values())


@pytest.fixture(scope="module")
def cross_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("cross") / "kb")
    docs = load_gold()
    ingest(store, [parse_txt(str(d["text"]), str(d["id"])) for d in docs], workers=1)
    return store


def test_reports_of_one_call_share_a_canonical_event(cross_store: Store) -> None:
    rows = list(cross_store.query(EVENT_REPORTS_QUERY))  # type: ignore[arg-type]
    calls: dict[str, set[str]] = {}
    for r in rows:
        if r["kind"].value == "phone_call":
            calls.setdefault(r["canonical"].value, set()).add(r["article"].value)
    # Three outlets report the Rubio-Lavrov call of 1 June: one canonical event, three articles.
    assert sorted(len(a) for a in calls.values()) == [3]
    # Statuses over time: each report keeps its own status and publication date.
    assert all(r["status"] is not None for r in rows)


def test_same_quote_in_two_outlets_shares_a_canonical_statement(cross_store: Store) -> None:
    rows = list(
        cross_store.query(  # type: ignore[arg-type]
            "SELECT ?c (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?s pa:reportOf ?c } "
            "?c a pa:CanonicalStatement } GROUP BY ?c"
        )
    )
    assert max(int(r["n"].value) for r in rows) == 2


def test_deleting_a_report_keeps_the_others_links(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb")
    docs = load_gold()
    arts = [parse_txt(str(d["text"]), str(d["id"])) for d in docs]
    ingest(store, arts, workers=1)
    before = len(list(store.query(EVENT_REPORTS_QUERY)))  # type: ignore[arg-type]
    from kg.mapping import article_iri

    store.delete_graph(str(article_iri(arts[0].key)))
    after = list(store.query(EVENT_REPORTS_QUERY))  # type: ignore[arg-type]
    assert 0 < len(after) < before


def test_bcubed_on_toy_clusters() -> None:
    gold = {1: "a", 2: "a", 3: "b"}
    assert bcubed(gold, {1: "x", 2: "x", 3: "y"}).precision == 1.0
    merged = bcubed(gold, {1: "x", 2: "x", 3: "x"})
    assert merged.recall == 1.0 and merged.precision == pytest.approx((2 / 3 * 2 + 1 / 3) / 3)
    split = bcubed(gold, {})
    assert split.precision == 1.0 and split.recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_crossdoc_scores_on_the_gold_set(cross_store: Store) -> None:
    scores = evaluate_crossdoc(GOLD_DIR, store=cross_store)
    assert scores.actors.items > 15 and scores.events.items == 5
    for s in (scores.actors, scores.events):
        assert 0.0 <= s.recall <= 1.0 and 0.0 <= s.precision <= 1.0
    assert scores.events.precision == 1.0  # nothing wrongly merged
    assert scores.events.recall > 0.6  # the three reports of the call are linked

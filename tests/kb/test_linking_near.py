"""Near reports of one event join its canonical node: a day apart, a participant more or less."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import RDF, Graph, URIRef

from kg.extract.pipeline import Pipeline
from kg.ingest import ingest
from kg.linking import link, nearest, new_reports, stored_reports
from kg.mapping import to_graph
from kg.namespaces import PA
from kg.reading import parse_txt
from kg.store import Store

CALL_JUNE_1 = (
    "Rubio and Lavrov speak by phone\n\nWashington • Harbour Post\n\n"
    "Marco Rubio held a phone call with Sergei Lavrov on June 1, 2025.\n"
)
# The same call, dated by an outlet on another time zone's calendar.
CALL_JUNE_2 = (
    "Rubio and Lavrov talk\n\nTokyo • Steppe Review\n\n"
    "Marco Rubio and Sergei Lavrov held a phone call on June 2, 2025.\n"
)
# The same call, by an outlet that names a third person on the line.
THREE_WAY = (
    "Three-way call on Istanbul talks\n\nAnkara • Steppe Review\n\n"
    "Marco Rubio, Sergei Lavrov and Hakan Fidan held a phone call on June 1, 2025.\n"
)
THREE_WAY_NEXT_DAY = (
    "Three-way call\n\nAnkara • Steppe Review\n\n"
    "Marco Rubio, Sergei Lavrov and Hakan Fidan held a phone call on June 2, 2025.\n"
)
OTHER_CALL = (
    "Trump calls Zelensky\n\nKyiv • Steppe Review\n\n"
    "Donald Trump held a phone call with Volodymyr Zelensky on June 1, 2025.\n"
)
TRUMP_PUTIN = (
    "Trump calls Putin\n\nMoscow • Harbour Post\n\n"
    "Donald Trump held a phone call with Vladimir Putin on June 1, 2025.\n"
)
RUBIO_FIDAN = (
    "Rubio calls Fidan\n\nAnkara • Steppe Review\n\n"
    "Marco Rubio held a phone call with Hakan Fidan on June 1, 2025.\n"
)
FAR_LATER = (
    "Rubio and Lavrov speak again\n\nWashington • Harbour Post\n\n"
    "Marco Rubio held a phone call with Sergei Lavrov on June 9, 2025.\n"
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _graph(pipeline: Pipeline, text: str, key: str) -> Graph:
    extraction = pipeline.extract(parse_txt(text, key))
    graph = to_graph(extraction, pipeline.version, dt.datetime(2025, 6, 2, tzinfo=dt.UTC))
    link(graph, extraction)
    return graph


def _canonical(graph: Graph) -> set[URIRef]:
    return {
        c  # type: ignore[misc]
        for c in graph.objects(None, PA.reportOf)
        if (c, None, PA.CanonicalEvent) in graph
    }


def _near(graph: Graph, store: Store) -> str | None:
    """What the writer finds for the one event report of `graph` (see `kg.ingest`)."""
    (report,) = new_reports(graph)
    article = str(next(graph.subjects(RDF.type, PA.Article)))
    return nearest(report, stored_reports(store, report, article))


@pytest.mark.parametrize("text", [CALL_JUNE_2, THREE_WAY], ids=["a-day-apart", "a-party-more"])
def test_near_report_joins_the_earlier_canonical_event(pipeline: Pipeline, text: str) -> None:
    store = Store(None)
    ingest(store, [parse_txt(CALL_JUNE_1, "june-1"), parse_txt(OTHER_CALL, "other")], workers=0)
    first = _graph(pipeline, CALL_JUNE_1, "june-1")
    later = _graph(pipeline, text, "later")
    assert _canonical(later) and _canonical(later) != _canonical(first)  # the keys differ
    assert {URIRef(str(_near(later, store)))} == _canonical(first)


@pytest.mark.parametrize(
    "text",
    [RUBIO_FIDAN, TRUMP_PUTIN, FAR_LATER, THREE_WAY_NEXT_DAY],
    ids=["one-shared-party", "other-parties", "a-week-later", "a-day-and-a-party"],
)
def test_other_events_stay_apart(pipeline: Pipeline, text: str) -> None:
    store = Store(None)
    ingest(store, [parse_txt(CALL_JUNE_1, "june-1"), parse_txt(OTHER_CALL, "other")], workers=0)
    assert _near(_graph(pipeline, text, "candidate"), store) is None


def _canonicals(store: Store) -> dict[str, set[str]]:
    """Article graph -> canonical events its reports point to."""
    rows = store.query(
        "SELECT DISTINCT ?g ?c WHERE { GRAPH ?g { ?r pa:reportOf ?c . ?c a pa:CanonicalEvent } }"
    )
    out: dict[str, set[str]] = {}
    for row in rows:  # type: ignore[union-attr]
        out.setdefault(str(row["g"].value), set()).add(str(row["c"].value))
    return out


@pytest.mark.parametrize("batch_size", [1, 16], ids=["separate-batches", "one-batch"])
def test_ingest_links_near_reports(batch_size: int) -> None:
    store = Store(None)
    articles = [
        parse_txt(CALL_JUNE_1, "june-1"),
        parse_txt(CALL_JUNE_2, "june-2"),
        parse_txt(RUBIO_FIDAN, "rubio-fidan"),
    ]
    summary = ingest(store, articles, workers=0, batch_size=batch_size)
    assert summary.linked_near == 1
    found = _canonicals(store)
    first, later, other = (found[f"https://w3id.org/parley/id/article/{a.key}"] for a in articles)
    assert first == later and len(first) == 1
    assert other.isdisjoint(first)
    # Deleting the report that minted the node leaves the other pointing to a typed node.
    store.delete_graph(f"https://w3id.org/parley/id/article/{articles[0].key}")
    assert _canonicals(store)[f"https://w3id.org/parley/id/article/{articles[1].key}"] == first

"""Near reports of one event join its canonical node: a day apart, a participant more or less."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Graph, URIRef

from kg.extract.pipeline import EXTRACTOR_VERSION, Pipeline
from kg.ingest import ingest
from kg.linking import link, link_near
from kg.mapping import to_graph
from kg.namespaces import PA
from kg.reading import parse_txt
from kg.store import Store

CALL_JUNE_1 = (
    "Rubio and Lavrov speak by phone\n\nWashington • Harbour Post\n\n"
    "Marco Rubio held a phone call with Sergei Lavrov on June 1, 2025.\n"
)
# The same call, reported a day later by an outlet that dates it by its own clock and names a
# third person on the line.
CALL_JUNE_2 = (
    "Three-way call on Istanbul talks\n\nAnkara • Steppe Review\n\n"
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
    graph = to_graph(extraction, EXTRACTOR_VERSION, dt.datetime(2025, 6, 2, tzinfo=dt.UTC))
    link(graph, extraction)
    return graph


def _canonical(graph: Graph) -> set[URIRef]:
    return {
        c  # type: ignore[misc]
        for c in graph.objects(None, PA.reportOf)
        if (c, None, PA.CanonicalEvent) in graph
    }


def test_near_report_joins_the_earlier_canonical_event(pipeline: Pipeline) -> None:
    store = Store(None)
    ingest(store, [parse_txt(CALL_JUNE_1, "june-1"), parse_txt(OTHER_CALL, "other")], workers=0)
    first = _graph(pipeline, CALL_JUNE_1, "june-1")
    later = _graph(pipeline, CALL_JUNE_2, "june-2")
    assert _canonical(later) and _canonical(later) != _canonical(first)  # the keys differ
    assert link_near(later, store) == 1
    assert _canonical(later) == _canonical(first)


@pytest.mark.parametrize(
    "text",
    [RUBIO_FIDAN, TRUMP_PUTIN, FAR_LATER],
    ids=["one-shared-party", "other-parties", "a-week-later"],
)
def test_other_events_stay_apart(pipeline: Pipeline, text: str) -> None:
    store = Store(None)
    ingest(store, [parse_txt(CALL_JUNE_1, "june-1"), parse_txt(OTHER_CALL, "other")], workers=0)
    graph = _graph(pipeline, text, "candidate")
    before = _canonical(graph)
    assert link_near(graph, store) == 0
    assert _canonical(graph) == before

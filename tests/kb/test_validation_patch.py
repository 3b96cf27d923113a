"""Validating article graphs in batches gives the reports validating them one by one gives."""

from __future__ import annotations

from fixtures_rdf import article_graph
from rdflib import Graph
from test_shapes import CASES

from kg.validation import Report, validate_graph, validate_graphs


def _graphs() -> list[Graph]:
    """The conforming sample article, then the sample broken in each way test_shapes knows."""
    graphs = [article_graph()]
    for case in CASES:
        graph = article_graph()
        case.breaks(graph)
        graphs.append(graph)
    return graphs


def test_batched_reports_are_the_single_reports() -> None:
    graphs = _graphs()
    # One by one, and merged in batches of three (conforming and violating graphs mixed).
    batched: list[Report] = []
    for i in range(0, len(graphs), 3):
        batched.extend(validate_graphs(graphs[i : i + 3]))
    single = [validate_graph(g) for g in graphs]
    assert single == batched
    assert single[0].conforms
    assert all(not r.conforms and r.violations for r in single[1:])

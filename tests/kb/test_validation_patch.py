"""The pyshacl speed-up in kg.validation (set-based parameter lookup) changes no report."""

from __future__ import annotations

from collections.abc import Iterator

import pyshacl
import pytest
from fixtures_rdf import article_graph
from rdflib import Graph
from test_shapes import CASES

from kg.validation import Report, set_parameter_lookup_patch, validate_graph, validate_graphs


def _graphs() -> list[Graph]:
    """The conforming sample article, then the sample broken in each way test_shapes knows."""
    graphs = [article_graph()]
    for case in CASES:
        graph = article_graph()
        case.breaks(graph)
        graphs.append(graph)
    return graphs


def _reports(graphs: list[Graph]) -> tuple[list[Report], list[Report]]:
    # One by one, and merged in batches of three (conforming and violating graphs mixed).
    batched: list[Report] = []
    for i in range(0, len(graphs), 3):
        batched.extend(validate_graphs(graphs[i : i + 3]))
    return [validate_graph(g) for g in graphs], batched


@pytest.fixture
def unpatched() -> Iterator[None]:
    set_parameter_lookup_patch(False)
    try:
        yield
    finally:
        set_parameter_lookup_patch(True)


def test_patch_is_installed_on_the_pyshacl_it_was_written_for() -> None:
    expected = pyshacl.__version__.startswith("0.40.")
    assert set_parameter_lookup_patch(True) is expected


def test_reports_are_identical_with_and_without_the_patch(unpatched: None) -> None:
    graphs = _graphs()
    without = _reports(graphs)
    assert set_parameter_lookup_patch(True) or not pyshacl.__version__.startswith("0.40.")
    with_patch = _reports(graphs)
    assert with_patch == without
    single, batched = with_patch
    assert single == batched
    assert single[0].conforms
    assert all(not r.conforms and r.violations for r in single[1:])

"""SHACL validation of article graphs against `ontology/shapes.ttl`."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from kg.namespaces import BASE
from kg.resources import ONTOLOGY_DIR

log = logging.getLogger(__name__)

SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which shape, which node, which path, and why."""

    shape: str
    focus: str
    path: str | None
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.shape} on <{self.focus}>{where}: {self.message}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self, limit: int = 5) -> str:
        shown = "; ".join(str(v) for v in self.violations[:limit])
        more = len(self.violations) - limit
        return shown + (f"; and {more} more" if more > 0 else "")


@lru_cache(maxsize=4)
def load_shapes(path: Path = SHAPES_PATH) -> Graph:
    """Parse the shapes once per process: parsing costs more than validating one article."""
    return Graph().parse(path, format="turtle")


def _short(term: object, graph: Graph) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except ValueError:
            return str(term)
    return str(term)


def _owning_shape(shapes: Graph, source: Node | None) -> Node | None:
    """Property shapes are blank nodes: report the named node shape that holds them."""
    for owner in shapes.subjects(SH.property, source):
        return owner
    return source


class _PreparedQueries(Graph):
    """A view of a graph (same store) that parses each SPARQL text once per process.

    pyshacl sends a SPARQL constraint's text again for every focus node, and rdflib parses it
    every time; parsing costs more than running the query on one article.
    """

    def query(self, query_object, *args, **kwargs):  # type: ignore[no-untyped-def,override]
        if isinstance(query_object, str):
            query_object = _prepare(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=256)
def _prepare(text: str) -> Query:
    return prepareQuery(text)


@lru_cache(maxsize=4)
def _has_rules(shapes: Graph) -> bool:
    return any(True for _ in shapes.triples((None, SH.rule, None)))


def _view(data: Graph) -> Graph:
    return _PreparedQueries(
        store=data.store, identifier=data.identifier, namespace_manager=data.namespace_manager
    )


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    """Validate one article's graph (an rdflib graph, before it is written to the store)."""
    shapes_graph = shapes if shapes is not None else load_shapes()
    conforms, results, _text = shacl_validate(
        _view(data),
        shacl_graph=shapes_graph,
        inference="none",
        advanced=True,
        allow_warnings=False,
        # Without rules or inference nothing is added to the data graph, so pyshacl's defensive
        # copy of it (a third of the time) is not needed.
        inplace=not _has_rules(shapes_graph),
    )
    return _report(bool(conforms), results, shapes_graph, data)


def _report(conforms: bool, results: object, shapes_graph: Graph, data: Graph) -> Report:
    assert isinstance(results, Graph)
    violations = []
    # Results nested under sh:detail explain another result; they are not violations of their own.
    nested = set(results.objects(None, SH.detail))
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if result in nested:
            continue
        source = results.value(result, SH.sourceShape)
        shape = _owning_shape(shapes_graph, source)
        path = results.value(result, SH.resultPath)
        violations.append(
            Violation(
                shape=_short(shape, shapes_graph),
                focus=str(results.value(result, SH.focusNode)),
                path=_short(path, data) if path is not None else None,
                message=str(results.value(result, SH.resultMessage) or ""),
                severity=_short(results.value(result, SH.resultSeverity), results),
            )
        )
    violations.sort(key=lambda v: (v.shape, v.focus, v.path or ""))
    return Report(conforms=conforms, violations=tuple(violations))


def validate_graphs(graphs: Sequence[Graph], shapes: Graph | None = None) -> list[Report]:
    """Validate several article graphs with one pyshacl run; the same reports as one by one.

    The graphs are merged with the IRIs each article mints (`id:`) moved to a namespace of
    their own per article, so the merged graph is a disjoint union: shared actors and places
    cannot lend one article the triples another is missing. All shapes target per node, so the
    union conforms exactly when every part does. Only articles with violations in the merged
    run are validated again alone, for their own report.
    """
    if len(graphs) <= 1:
        return [validate_graph(g, shapes) for g in graphs]
    shapes_graph = shapes if shapes is not None else load_shapes()
    merged = Graph()
    for i, g in enumerate(graphs):
        merged.addN((_scoped(s, i), p, _scoped(o, i), merged) for s, p, o in g)  # type: ignore[arg-type]
    conforms, results, _text = shacl_validate(
        _view(merged),
        shacl_graph=shapes_graph,
        inference="none",
        advanced=True,
        allow_warnings=False,
        inplace=True,
    )
    if conforms:
        return [Report(conforms=True, violations=()) for _ in graphs]
    assert isinstance(results, Graph)
    failing: set[int] = set()
    for focus in results.objects(None, SH.focusNode):
        m = _SCOPE.match(str(focus))
        # A focus outside every article's namespace cannot be placed: check all of them alone.
        failing.update([int(m.group(1))] if m else range(len(graphs)))
    return [
        validate_graph(g, shapes_graph) if i in failing else Report(conforms=True, violations=())
        for i, g in enumerate(graphs)
    ]


_SCOPE = re.compile(re.escape(BASE) + r"~(\d+)/")


def _scoped(term: Node, i: int) -> Node:
    if isinstance(term, URIRef) and term.startswith(BASE):
        return URIRef(f"{BASE}~{i}/{term[len(BASE) :]}")
    return term

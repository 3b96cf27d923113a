"""SHACL validation of article graphs against `ontology/shapes.ttl`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

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


def _owning_shape(results: Graph, shapes: Graph, source: object) -> object:
    """Property shapes are blank nodes: report the named node shape that holds them."""
    for owner in shapes.subjects(SH.property, source):
        return owner
    return source


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    """Validate one article's graph (an rdflib graph, before it is written to the store)."""
    shapes_graph = shapes if shapes is not None else load_shapes()
    conforms, results, _text = shacl_validate(
        data,
        shacl_graph=shapes_graph,
        inference="none",
        advanced=True,
        allow_warnings=False,
    )
    assert isinstance(results, Graph)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        source = results.value(result, SH.sourceShape)
        shape = _owning_shape(results, shapes_graph, source)
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
    return Report(conforms=bool(conforms), violations=tuple(violations))

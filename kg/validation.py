"""SHACL validation of article graphs against `ontology/shapes.ttl`."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor, Result
from rdflib.term import Identifier, Node, Variable

from kg.rdfio import to_rdflib
from kg.resources import ONTOLOGY_DIR
from kg.store import graph_quads, to_ox

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
    """Parse the shapes once per process: parsing costs more than validating one article.

    They go in a store without graph contexts: pyshacl looks the shapes up some 10,000 times
    per article graph, and the default store's bookkeeping of contexts was an eighth of a
    validation (0.046 -> 0.040 CPU s per Wikinews article)."""
    return Graph(store="SimpleMemory").parse(path, format="turtle")


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


# The article graph's name inside the copy; queries read the union of the copy's graphs.
_COPY_GRAPH = "urn:parley:validated"


class _OxigraphQueries(Graph):
    """A view of a graph (same store) whose SPARQL queries Oxigraph answers.

    pyshacl sends each SPARQL constraint's query once per focus node, with `$this` pre-bound.
    rdflib's evaluator spent a third of an article's validation on the two constraints that
    compare evidence with the article text (0.05 of 0.17 CPU s on Wikinews articles). A copy of
    the graph in an in-memory Oxigraph store, made on the first query, answers them by the
    same SPARQL 1.1 semantics; pre-binding is Oxigraph's substitution (SEP-0007), which is the
    pre-binding SHACL defines.
    """

    _copy: ox.Store | None = None

    def query(  # type: ignore[override]
        self,
        query_object: str | Query,
        processor: str | Processor = "sparql",
        result: str | type[Result] = "sparql",
        initNs: Mapping[str, Any] | None = None,  # noqa: N803 (rdflib's names)
        initBindings: Mapping[str, Identifier] | None = None,  # noqa: N803
        use_store_provided: bool = True,
        **kwargs: Any,
    ) -> Result:
        if not isinstance(query_object, str) or kwargs or processor != "sparql":
            return super().query(
                query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs
            )
        if self._copy is None:
            self._copy = ox.Store()
            self._copy.extend(graph_quads(_COPY_GRAPH, self))
        bindings: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(str(k)): to_ox(v) for k, v in (initBindings or {}).items()
        }
        prefixes = {k: str(v) for k, v in (initNs or {}).items()}
        answer = self._copy.query(
            query_object, prefixes=prefixes, substitutions=bindings, use_default_graph_as_union=True
        )
        return _as_rdflib(answer)


def _as_rdflib(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Result:
    """Oxigraph's answer as the rdflib result pyshacl reads."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if not isinstance(answer, ox.QuerySolutions):
        raise ValueError("a SHACL-SPARQL query is a SELECT or an ASK")
    names = [v.value for v in answer.variables]
    result = Result("SELECT")
    result.vars = [Variable(n) for n in names]
    result.bindings = [
        {Variable(n): cast(Identifier, to_rdflib(row[n])) for n in names if row[n] is not None}
        for row in answer
    ]
    return result


@lru_cache(maxsize=4)
def _has_rules(shapes: Graph) -> bool:
    return any(True for _ in shapes.triples((None, SH.rule, None)))


# What only pyshacl's "advanced" mode (SHACL Advanced Features) reads; the mode costs passes
# over the shapes on every validation, so it is on only for shapes that use one of them.
_ADVANCED_PREDICATES = (SH.rule, SH.target, SH.expression)
_ADVANCED_TYPES = (SH.SPARQLFunction, SH.SPARQLTargetType, SH.JSFunction, SH.JSTargetType)


@lru_cache(maxsize=4)
def _uses_advanced_features(shapes: Graph) -> bool:
    return any(
        any(True for _ in shapes.triples((None, p, None))) for p in _ADVANCED_PREDICATES
    ) or any(any(True for _ in shapes.subjects(RDF.type, t)) for t in _ADVANCED_TYPES)


def _view(data: Graph) -> Graph:
    return _OxigraphQueries(
        store=data.store, identifier=data.identifier, namespace_manager=data.namespace_manager
    )


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    """Validate one article's graph (an rdflib graph, before it is written to the store)."""
    shapes_graph = shapes if shapes is not None else load_shapes()
    conforms, results, _text = shacl_validate(
        _view(data),
        shacl_graph=shapes_graph,
        inference="none",
        advanced=_uses_advanced_features(shapes_graph),
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
    """Validate several article graphs: one report per graph, in order.

    Each graph is validated on its own. Merging a batch into one graph for a single pyshacl run
    (each article's IRIs moved to a namespace of its own) paid off while every run copied the
    data graph and re-parsed its SPARQL constraints; with both gone (`inplace`, SPARQL
    in Oxigraph) building the merged graph cost more than the runs it saved (measured on 48
    Wikinews article graphs: 0.13 CPU s per article one by one, 0.145 in merged batches of 16).
    """
    shapes_graph = shapes if shapes is not None else load_shapes()
    return [validate_graph(g, shapes_graph) for g in graphs]

"""SHACL for SPARQL Update: which article graphs an update writes, validated after it runs.

Oxigraph cannot roll back an applied update, so the graphs an update may write are found from
its algebra beforehand, copied, and restored in one transaction when the result does not
conform. An update whose templates write `GRAPH ?var` cannot be checked this way and is refused
while it could reach article graphs.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from pyparsing import (
    CaselessKeyword,
    Forward,
    Located,
    Optional,
    ParseException,
    ZeroOrMore,
    rest_of_line,
)
from rdflib import Graph, URIRef, Variable
from rdflib.plugins.sparql import parser as sparql_grammar
from rdflib.plugins.sparql.algebra import translatePName, translatePrologue, traverse
from rdflib.plugins.sparql.parser import expandUnicodeEscapes, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.namespaces import BASE
from kg.rdfio import to_rdflib
from kg.store import replace_update
from kg.union import parsed_field as _field
from kg.union import quad_graphs as _quad_graphs
from kg.union import term_iri
from server.analysis import walk as _walk

ARTICLE_PREFIX = BASE + "article/"


class UnverifiableUpdate(ValueError):
    """The update may write article graphs that cannot be named before it runs."""


@dataclass(frozen=True)
class Targets:
    graphs: frozenset[str]  # article graphs the update may write
    load: bool = False  # a LOAD operation
    service: bool = False  # a SERVICE pattern in a WHERE clause
    dataset_clause: bool = False  # an operation's own USING / USING NAMED / WITH


def _template_graphs(clause: object, with_graph: object) -> list[object]:
    """The graphs a DELETE or INSERT template writes (its triples go to the WITH graph)."""
    if not isinstance(clause, CompValue):
        return []
    quads = _field(clause, "quads")
    graphs = _quad_graphs(quads)
    if isinstance(quads, CompValue) and _field(quads, "triples") and with_graph is not None:
        graphs.append(with_graph)
    return graphs


def _written(op: CompValue) -> list[object]:
    name = op.name
    if name in ("InsertData", "DeleteData", "DeleteWhere"):
        return _quad_graphs(_field(op, "quads"))
    if name == "Modify":
        with_graph = _field(op, "withClause")
        return _template_graphs(_field(op, "delete"), with_graph) + _template_graphs(
            _field(op, "insert"), with_graph
        )
    if name in ("Add", "Copy", "Move"):
        return [op["graph"][1]]
    if name == "Load":
        return [_field(op, "graphiri")]
    return []  # Clear, Drop and Create leave an article graph whole or absent


def article_targets(text: str, base: str, prefixes: Mapping[str, str]) -> Targets:
    """The article graphs an update can change; raises UnverifiableUpdate or SyntaxError.

    Read from the parse tree with prefixed names and relative IRIs resolved, as rdflib's
    `translateUpdate` does first; its algebra step is skipped, because it reorders the triples
    of a data block in quadratic time (an INSERT DATA of 1,000 triples took 8 s in it)."""
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())
    try:
        parsed = parseUpdate(header + text)
    except ParseException as err:
        raise SyntaxError(str(err)) from err
    written: list[object] = []
    prologue = None
    load = service = dataset_clause = False
    for decls, op in zip(parsed.prologue, parsed.request, strict=False):
        prologue = translatePrologue(decls, base, None, prologue)
        op = traverse(op, visitPost=functools.partial(translatePName, prologue=prologue))
        written.extend(_written(op))
        load = load or op.name == "Load"
        service = service or any(
            isinstance(n, CompValue) and n.name == "ServiceGraphPattern" for n in _walk(op)
        )
        dataset_clause = dataset_clause or bool(
            op.name == "Modify" and (_field(op, "using") or _field(op, "withClause"))
        )
    graphs: set[str] = set()
    for g in written:
        if isinstance(g, Variable):
            raise UnverifiableUpdate(
                f"the update writes GRAPH ?{g}: name the graphs it writes (GRAPH <iri>) so that "
                "article graphs can be validated against the Parley shapes"
            )
        if isinstance(g, URIRef) and term_iri(g).startswith(ARTICLE_PREFIX):
            graphs.add(term_iri(g))
    return Targets(frozenset(graphs), load, service, dataset_clause)


# rdflib's update grammar, built from its own rules, with one change: the place of each
# DELETE/INSERT ... WHERE operation's WHERE keyword is kept (`Located`), so that the protocol's
# using-graph-uri can become USING clauses exactly where the grammar allows them. The DELETE
# WHERE short form takes no USING and gets none.
_g = sparql_grammar
_MODIFY = (
    Optional(CaselessKeyword("WITH") + _g.iri)
    + (_g.DeleteClause + Optional(_g.InsertClause) | _g.InsertClause)
    + ZeroOrMore(_g.UsingClause)
    + Located(CaselessKeyword("WHERE"))("where*")
    + _g.GroupGraphPattern
)
_OPERATION = (
    _g.Load
    | _g.Clear
    | _g.Drop
    | _g.Add
    | _g.Move
    | _g.Copy
    | _g.Create
    | _g.InsertData
    | _g.DeleteData
    | _g.DeleteWhere
    | _MODIFY
)
_UPDATE = Forward()
_UPDATE <<= _g.Prologue + Optional(_OPERATION + Optional(";" + _UPDATE))
_UPDATE.ignore("#" + rest_of_line)


def add_using(text: str, default: list[str], named: list[str]) -> str:
    """The update with USING / USING NAMED clauses for the protocol's using-(named-)graph-uri
    before the WHERE of each DELETE/INSERT operation; raises SyntaxError.

    Oxigraph's `Store.update` takes no dataset, so the clauses go into the text; where, is read
    from rdflib's parse. The text returned has its \\u escapes expanded, as both parsers read
    them first anyway."""
    text = expandUnicodeEscapes(text)
    try:
        parsed = _UPDATE.parse_string(text, parse_all=True)
    except ParseException as err:
        raise SyntaxError(str(err)) from err
    clauses = "".join(f"USING <{g}> " for g in default)
    clauses += "".join(f"USING NAMED <{g}> " for g in named)
    out: list[str] = []
    pos = 0
    for start, _keyword, _end in parsed.get("where", []):
        out += [text[pos:start], clauses]
        pos = start
    out.append(text[pos:])
    return "".join(out)


def snapshot(store: ox.Store, graphs: Iterable[str]) -> dict[str, list[ox.Quad]]:
    return {g: list(store.quads_for_pattern(None, None, None, ox.NamedNode(g))) for g in graphs}


def check_and_restore(store: ox.Store, before: Mapping[str, list[ox.Quad]]) -> list[str]:
    """Validate each written article graph; if any fails, restore all of them, return why."""
    # Imported here: pyshacl adds about 25 MiB to the server process, and only updates of
    # article graphs need it.
    from kg.validation import validate_graph

    problems: list[str] = []
    for name in sorted(before):
        quads = list(store.quads_for_pattern(None, None, None, ox.NamedNode(name)))
        if not quads:
            continue
        data = Graph()
        for q in quads:
            data.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))  # type: ignore[arg-type]
        report = validate_graph(data)
        if not report.conforms:
            problems.append(f"<{name}>: {report.summary()}")
    if problems:
        # One request: the graphs dropped with what only they held in the default graph, and
        # their old triples put back in both (the default graph stays their union, kg.union).
        old = [q for quads in before.values() for q in quads]
        nquads = ox.serialize(old, format=ox.RdfFormat.N_QUADS) if old else b""
        assert nquads is not None
        store.update(replace_update(nquads.decode("utf-8"), sorted(before)))
    return problems

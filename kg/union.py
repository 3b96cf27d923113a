"""The default graph kept as the set union of the named graphs, on every write.

Oxigraph's union default graph is a bag: a triple held by nine article graphs matches nine
times. So the stored default graph holds one copy of each triple of the named graphs, and every
write keeps it so in the same transaction where it can: a graph's triples are added with it
(`with_union`, `union_update`), and dropping a graph first removes from the default graph what
no other graph holds (`forget_update`). Writes that cannot (a user's SPARQL Update) are followed
by `resync_union` for the graphs they name (`update_graphs`), or `rebuild_union` when those
cannot be named (`DROP NAMED`), in the process that ran them (`server.worker.run_update`).
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kg.query_tokens import tokens

if TYPE_CHECKING:
    from rdflib import URIRef
    from rdflib.plugins.sparql.parserutils import CompValue

# Fills the default graph of a store written before it held the union.
UNION_FILL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
# Makes the default graph exactly the union again (what no named graph holds goes): after an
# update whose graphs cannot be named. One scan of the store.
UNION_REBUILD = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ; "
    + UNION_FILL
)


def with_union(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """`quads`, each named-graph quad followed by its copy in the default graph."""
    default = ox.DefaultGraph()
    for q in quads:
        yield q
        if not isinstance(q.graph_name, ox.DefaultGraph):
            yield ox.Quad(q.subject, q.predicate, q.object, default)


def union_nquads(nquads: str) -> str | None:
    """`nquads` with each line followed by its triple in the default graph, as N-Quads text for
    one native load (six times faster than `with_union` over parsed quads: 8 against 30 ms for
    an article of 560 quads); None unless every line is one quad in a named graph."""
    lines = [line for line in nquads.splitlines() if line.strip()]
    quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    if sum(1 for q in quads if _is_named(q)) != len(lines):
        return None
    out: list[str] = []
    for line in lines:
        head, _graph, dot = line.rstrip().rsplit(" ", 2)
        if dot != ".":
            return None
        out.append(line)
        out.append(head + " .")
    return "\n".join(out) + "\n"


def forget_update(graph_name: str) -> str:
    """SPARQL Update: remove from the default graph the triples only `graph_name` holds.

    Run it before dropping the graph, in the same request; the operations of one request run in
    order, so forgetting several graphs one after the other forgets what only they held."""
    g = f"<{graph_name}>"
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g}) }} }}"
    )


def union_update(graph_name: str) -> str:
    """SPARQL Update: copy the triples of `graph_name` into the default graph."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_name}> {{ ?s ?p ?o }} }}"


def delete_update(graph_name: str) -> str:
    """SPARQL Update: drop an article graph and what only it supported in the default graph."""
    return f"{forget_update(graph_name)} ; DROP SILENT GRAPH <{graph_name}>"


def dump_nquads(store: ox.Store, out: IO[bytes]) -> None:
    """The named graphs as N-Quads, each dumped natively, then the default graph's triples that
    no named graph holds (about 15 times faster than `dataset_quads` through Python objects)."""
    for graph in store.named_graphs():
        buf = io.BytesIO()
        store.dump(buf, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        # Every N-Triples line ends with " .\n", and no term holds a raw newline.
        out.write(buf.getvalue().replace(b" .\n", f" {graph} .\n".encode()))
    alone = store.query(
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
    )
    assert isinstance(alone, ox.QuerySolutions)
    triples = (ox.Quad(r["s"], r["p"], r["o"], ox.DefaultGraph()) for r in alone)  # type: ignore[arg-type]
    ox.serialize(triples, out, format=ox.RdfFormat.N_QUADS)


def dataset_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """The quads of the named graphs, then the default graph's triples that no named graph
    holds (the rest of the default graph is their union, rebuilt on load)."""
    for q in store.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.DefaultGraph):
            named = store.quads_for_pattern(q.subject, q.predicate, q.object, None)
            if all(isinstance(n.graph_name, ox.DefaultGraph) for n in named):
                yield q
        else:
            yield q


def own_triples(store: ox.Store) -> list[ox.Quad]:
    """The default graph's triples that no named graph holds (one scan of the default graph)."""
    default = ox.DefaultGraph()
    return [
        q
        for q in store.quads_for_pattern(None, None, None, default)
        if not any(_is_named(h) for h in store.quads_for_pattern(q.subject, q.predicate, q.object))
    ]


def rebuild_union(store: ox.Store, own_before: Iterable[ox.Quad]) -> None:
    """Make the default graph the union again after a write whose graphs cannot be named
    (`DROP NAMED`), keeping of its own triples from before (`own_triples`) those still there."""
    kept = [q for q in own_before if q in store]
    store.update(UNION_REBUILD)
    store.extend(kept)


def resync_union(store: ox.Store, before: Mapping[str, Iterable[ox.Quad]]) -> None:
    """Make the default graph the union again after a write of the graphs of `before` (each
    with its quads before the write) that did not keep it, such as a user's SPARQL Update."""
    default = ox.DefaultGraph()
    for name, quads in before.items():
        for q in quads:
            held = store.quads_for_pattern(q.subject, q.predicate, q.object, None)
            if not any(_is_named(h) for h in held):
                store.remove(ox.Quad(q.subject, q.predicate, q.object, default))
        now = list(store.quads_for_pattern(None, None, None, ox.NamedNode(name)))
        store.extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in now)


def without_union(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """`quads` less the default-graph triples that a named graph holds (`dataset_quads` for a
    dataset read whole from elsewhere)."""
    quads = list(quads)
    named = {(q.subject, q.predicate, q.object) for q in quads if _is_named(q)}
    return [q for q in quads if _is_named(q) or (q.subject, q.predicate, q.object) not in named]


def _is_named(q: ox.Quad) -> bool:
    return not isinstance(q.graph_name, ox.DefaultGraph)


def is_legacy(store: ox.Store, ontology_graph: str) -> bool:
    """Whether the store has an ontology graph but not its copy in the default graph: written
    before the default graph held the union."""
    onto = ox.NamedNode(ontology_graph)
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    ontology = ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology")
    in_named = any(True for _ in store.quads_for_pattern(onto, rdf_type, ontology, onto))
    in_default = any(
        True for _ in store.quads_for_pattern(onto, rdf_type, ontology, ox.DefaultGraph())
    )
    return in_named and not in_default


def update_graphs(text: str, base: str, prefixes: Mapping[str, str]) -> frozenset[str] | None:
    """The named graphs a SPARQL Update may change, or None when they cannot be named (a
    `GRAPH ?var` template, `DROP ALL`, `CLEAR NAMED`); raises SyntaxError."""
    # rdflib's SPARQL parser is imported here, not at the top: every write path imports this
    # module (kg.store), and the parser's import (0.07 CPU s, pyparsing grammars) is only for a
    # user's SPARQL Update; `kg ingest` starts its extraction workers that much sooner.
    from pyparsing import ParseException
    from rdflib import URIRef
    from rdflib.plugins.sparql.algebra import translatePName, translatePrologue, traverse
    from rdflib.plugins.sparql.parser import parseUpdate

    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())
    try:
        parsed = parseUpdate(header + text)
    except ParseException as err:
        raise SyntaxError(str(err)) from err
    terms: list[object] = []
    prologue = None
    for decls, op in zip(parsed.prologue, parsed.request, strict=False):
        prologue = translatePrologue(decls, base, None, prologue)
        op = traverse(op, visitPost=functools.partial(translatePName, prologue=prologue))
        terms.extend(_graph_terms(op))
    graphs: set[str] = set()
    for term in terms:
        if term == "DEFAULT":
            continue
        if not isinstance(term, URIRef):
            return None  # a variable, ALL or NAMED
        graphs.add(term_iri(term))
    return frozenset(graphs)


# A prefixed name's local part may escape these characters (`a:b\/c`); rdflib keeps the
# backslash, Oxigraph drops it, and the graph named must be the graph written.
_LOCAL_ESCAPE = re.compile(r"\\([_~.\-!$&'()*+,;=/?#@%])")


def term_iri(term: URIRef) -> str:
    """The IRI of an rdflib parse's `term`, as Oxigraph reads the same text."""
    return _LOCAL_ESCAPE.sub(r"\1", str(term))


def parsed_field(value: CompValue, key: str) -> object:
    """`value[key]` of an rdflib parse, or None (`CompValue.get` answers a missing key with the
    key itself)."""
    return value[key] if key in value else None


def quad_graphs(quads: object) -> list[object]:
    """The GRAPH terms of a parsed quad block (`Quads`)."""
    from rdflib.plugins.sparql.parserutils import CompValue  # see update_graphs

    if not isinstance(quads, CompValue):
        return []
    blocks = parsed_field(quads, "quadsNotTriples") or []
    assert isinstance(blocks, list)
    return [parsed_field(block, "term") for block in blocks]


def _graph_terms(op: CompValue) -> list[object]:
    from rdflib.plugins.sparql.parserutils import CompValue  # see update_graphs

    name = op.name
    if name in ("InsertData", "DeleteData", "DeleteWhere"):
        return quad_graphs(parsed_field(op, "quads"))
    if name == "Modify":
        with_graph = parsed_field(op, "withClause")
        terms = [with_graph] if with_graph is not None else []
        for clause in (parsed_field(op, "delete"), parsed_field(op, "insert")):
            if isinstance(clause, CompValue):
                terms += quad_graphs(parsed_field(clause, "quads"))
        return terms
    if name in ("Add", "Copy", "Move"):
        return list(op["graph"])
    if name in ("Load", "Clear", "Drop", "Create"):
        graph = parsed_field(op, "graphiri")
        return [graph] if graph is not None else []
    return []


# --- The union kept as a named graph (a server whose default graph takes no triples) --------

# Virtuoso's default graph is every graph (a bag) and `INSERT DATA` there needs a graph, so the
# set union is kept in this graph and queries are pointed at it (kg.remote.Dialect.union_graph).
UNION_GRAPH = "urn:parley:union"


def graph_forget_update(graph_name: str, union_graph: str) -> str:
    """SPARQL Update: remove from `union_graph` the triples only `graph_name` holds (the union
    graph itself does not count as holding them)."""
    g, u = f"<{graph_name}>", f"<{union_graph}>"
    return (
        f"DELETE {{ GRAPH {u} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g} && ?h != {u}) }} }}"
    )


def graph_delete_update(graph_name: str, union_graph: str) -> str:
    """SPARQL Update: drop an article graph and what only it supported in `union_graph`."""
    return f"{graph_forget_update(graph_name, union_graph)} ; DROP SILENT GRAPH <{graph_name}>"


def graph_union_update(graph_name: str, union_graph: str) -> str:
    """SPARQL Update: copy the triples of `graph_name` into `union_graph`."""
    return (
        f"INSERT {{ GRAPH <{union_graph}> {{ ?s ?p ?o }} }} "
        f"WHERE {{ GRAPH <{graph_name}> {{ ?s ?p ?o }} }}"
    )


def graph_insert_data(quads: Iterable[ox.Quad], union_graph: str | None) -> str:
    """One `INSERT DATA` of `quads`, each named-graph triple also in `union_graph` if given."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        triple = f"{q.subject} {q.predicate} {q.object} ."
        by_graph.setdefault(str(q.graph_name), []).append(triple)
        if union_graph is not None and _is_named(q):
            by_graph.setdefault(f"<{union_graph}>", []).append(triple)
    blocks = " ".join(f"GRAPH {g} {{ {' '.join(ts)} }}" for g, ts in by_graph.items())
    return f"INSERT DATA {{ {blocks} }}"


_WRAP = "{ SELECT * WHERE { { SELECT * WHERE { "


def scoped_query(text: str, union_graph: str, read_union: bool) -> str:
    """`text` reading `union_graph` as its default graph (Virtuoso's `input:default-graph-uri`,
    unless `read_union` is off or the query names its own dataset with FROM) and never seeing
    it under `GRAPH ?var` (measured on Virtuoso 7.2, which does neither by itself):

    - GRAPH ranges over all graphs whatever the default graph is, so each `GRAPH ?var { … }`
      becomes `{ SELECT * WHERE { { SELECT * WHERE { GRAPH ?var { … } } }
      FILTER (?var != <union>) } }`. Virtuoso ignores that FILTER beside the bare block when
      the block holds a BIND and an OPTIONAL (the shipped `events` query), and beside one sub-
      SELECT when an OPTIONAL shares its group (the browse pages); `input:named-graph-exclude`
      hides the union graph from the default graph too.
    - With a default graph given, `GRAPH <iri> { … }` matches nothing (no named graphs, as with
      FROM alone), so it is matched through a variable the same way, `GRAPH ?parley_gN { … }`
      and `FILTER (?parley_gN = <iri>)`: one more column in a `SELECT *`.
    """
    toks = list(tokens(text))
    read_union = read_union and not any(t.word == "FROM" for t in toks)
    stack: list[str | None] = []  # per open brace: what its closing brace must be followed by
    edits: list[tuple[int, int, int, str]] = []  # (start, order, end, replacement)
    names = 0  # GRAPH <iri> blocks so far
    for i, tok in enumerate(toks):
        if tok.kind != "punct" or tok.text not in "{}":
            continue
        if tok.text == "}":
            after = stack.pop() if stack else None
            if after is not None:
                edits.append((tok.end, len(edits), tok.end, after))
            continue
        graph, term = (toks[i - 2], toks[i - 1]) if i >= 2 else (None, None)
        if graph is None or term is None or graph.word != "GRAPH":
            stack.append(None)
        elif term.kind == "var":
            edits.append((graph.start, len(edits), graph.start, _WRAP))
            stack.append(f" }} }} FILTER ({term.text} != <{union_graph}>) }} }}")
        elif term.kind in ("iri", "pname") and read_union:
            var, names = f"?parley_g{names}", names + 1
            edits.append((graph.start, len(edits), graph.start, _WRAP))
            edits.append((term.start, len(edits), term.end, var))
            stack.append(f" }} }} FILTER ({var} = {term.text}) }} }}")
        else:
            stack.append(None)
    for start, _order, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    if read_union:
        text = f"define input:default-graph-uri <{union_graph}>\n{text}"
    return text

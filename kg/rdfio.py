"""RDF formats by the names users type, and conversion between pyoxigraph and rdflib terms."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

# rdflib's format names, with the common short names accepted too.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nt11": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "rdf/xml": ox.RdfFormat.RDF_XML,
}
SUFFIXES: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}


def rdf_format(name: str) -> ox.RdfFormat:
    try:
        return RDF_FORMATS[name.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_FORMATS))
        raise ValueError(f"unknown RDF format {name!r} (known: {known})") from None


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        # Oxigraph makes xsd:string explicit; rdflib (and so pyshacl) expects a plain literal.
        if datatype == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"unsupported RDF term {term!r}")


def triples_to_graph(triples: ox.QueryTriples) -> Graph:
    g = Graph()
    for t in triples:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))  # type: ignore[arg-type]
    return g


class UnsafeRdf(ValueError):
    """RDF input that would make a parser reach out to the network or expand entities."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_XML_DECL = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def check_safe_rdf(body: bytes, fmt: ox.RdfFormat) -> None:
    """Refuse XML with DTD declarations and JSON-LD with remote contexts, before parsing.

    Entity expansion makes XML parsers hang (a 919-byte "billion laughs" document stops
    rdflib), and rdflib and pyoxigraph both fetch remote JSON-LD contexts: Parley makes no
    outbound requests.
    """
    if (fmt == ox.RdfFormat.RDF_XML or body.lstrip().startswith(b"<")) and _XML_DECL.search(body):
        raise UnsafeRdf(
            "unsafe_xml",
            "XML with <!DOCTYPE> or <!ENTITY> declarations is refused (entity expansion and "
            "external entities); send the document without them",
        )
    if fmt == ox.RdfFormat.JSON_LD:
        try:
            doc = json.loads(body)
        except ValueError as err:
            raise UnsafeRdf("invalid_rdf", f"the JSON-LD is not JSON: {err}") from err
        for ctx in _contexts(doc):
            if isinstance(ctx, str) or (isinstance(ctx, dict) and "@import" in ctx):
                raise UnsafeRdf(
                    "outbound_refused",
                    "JSON-LD remote contexts are not fetched (Parley makes no outbound "
                    "requests); inline the context object instead",
                )


def _contexts(node: object) -> Iterator[object]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                yield from value if isinstance(value, list) else [value]
            yield from _contexts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _contexts(item)

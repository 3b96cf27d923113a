"""Building small RDF documents (service description, VoID) and answering them negotiated."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Response, request

from kg.namespaces import PREFIXES
from server.formats import GraphFormat, choose_graph, content_type
from server.worker import serialize_triples

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DCT = "http://purl.org/dc/terms/"

DOC_PREFIXES = dict(PREFIXES) | {"sd": SD, "void": VOID, "formats": FORMATS, "dcterms": DCT}

Subject = ox.NamedNode | ox.BlankNode
Object = ox.NamedNode | ox.BlankNode | ox.Literal


class TripleBuilder:
    def __init__(self) -> None:
        self.triples: list[ox.Triple] = []

    def add(self, s: Subject, p: str, o: Object) -> None:
        self.triples.append(ox.Triple(s, ox.NamedNode(p), o))

    def iri(self, s: Subject, p: str, iri: str) -> None:
        self.add(s, p, ox.NamedNode(iri))

    def lit(self, s: Subject, p: str, value: str | int) -> None:
        if isinstance(value, int):
            lit = ox.Literal(
                str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
            )
        else:
            lit = ox.Literal(value)
        self.add(s, p, lit)


def rdf_response(triples: list[ox.Triple], fmt: GraphFormat | None = None) -> Response:
    chosen = fmt or choose_graph(request.accept_mimetypes, request.args.get("format"))
    body = serialize_triples(triples, chosen.ox_format, DOC_PREFIXES)
    resp = Response(body, content_type=content_type(chosen.media_type))
    resp.headers["Vary"] = "Accept"
    return resp

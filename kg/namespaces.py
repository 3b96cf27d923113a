"""IRIs of the Parley ontology, the knowledge base and the vocabularies it aligns with."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

PA = Namespace("https://w3id.org/parley/ontology#")
# Everything the knowledge base mints lives under this base; the server dereferences it.
BASE = "https://w3id.org/parley/id/"
ID = Namespace(BASE)
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
PLOVER = Namespace("https://w3id.org/parley/plover#")
ET = Namespace("https://w3id.org/parley/event-type/")
ST = Namespace("https://w3id.org/parley/status/")

PREFIXES: dict[str, str] = {
    "pa": str(PA),
    "id": BASE,
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "oa": str(OA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
    "plover": str(PLOVER),
    "et": str(ET),
    "st": str(ST),
}


def sparql_prefixes() -> str:
    """The PREFIX lines every shipped query and the query page start with."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

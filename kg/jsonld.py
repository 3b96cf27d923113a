"""The JSON-LD 1.1 context of the Parley ontology (`ontology/context.jsonld`).

The context is derived from `ontology/parley.ttl` so that it cannot drift from it: one term per
class and property of the ontology, plus the standard terms article graphs use directly (Web
Annotation offsets, PROV provenance, schema:sameAs). Object properties get `"@type": "@id"`;
datatype properties with a single range get that datatype, except xsd:string, because a plain
JSON string already is an xsd:string in RDF 1.1 and coercing it would make rdflib fall back to
full IRIs for every plain literal. Properties whose values vary in datatype (pa:published,
pa:date, pa:asOf) are left uncoerced: each value carries its own `@type`.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.namespaces import OA, PA, PREFIXES, SCHEMA
from kg.resources import ONTOLOGY_DIR

log = logging.getLogger(__name__)

CONTEXT_PATH = ONTOLOGY_DIR / "context.jsonld"
ONTOLOGY_PATH = ONTOLOGY_DIR / "parley.ttl"

# Standard terms article graphs use as they are (not specialised in the ontology).
EXTERNAL_TERMS: dict[str, dict[str, str]] = {
    "exact": {"@id": str(OA.exact)},
    "start": {"@id": str(OA.start), "@type": str(XSD.integer)},
    "end": {"@id": str(OA.end), "@type": str(XSD.integer)},
    "wasGeneratedBy": {"@id": str(PROV.wasGeneratedBy), "@type": "@id"},
    "used": {"@id": str(PROV.used), "@type": "@id"},
    "wasAssociatedWith": {"@id": str(PROV.wasAssociatedWith), "@type": "@id"},
    "endedAtTime": {"@id": str(PROV.endedAtTime), "@type": str(XSD.dateTime)},
    "sameAs": {"@id": str(SCHEMA.sameAs), "@type": "@id"},
    "label": {"@id": str(RDFS.label)},
    "prefLabel": {"@id": str(SKOS.prefLabel)},
    "notation": {"@id": str(SKOS.notation)},
    "definition": {"@id": str(SKOS.definition)},
    "inScheme": {"@id": str(SKOS.inScheme), "@type": "@id"},
}


def _compact(iri: str) -> str:
    """`pa:title` rather than the full IRI, using the prefixes the context declares."""
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and prefix != "id":
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _local(term: URIRef) -> str:
    return str(term)[len(str(PA)) :]


def build_context(ontology: Graph) -> dict[str, Any]:
    """The JSON-LD 1.1 context document for the ontology graph `ontology`."""
    terms: dict[str, Any] = {"@version": 1.1}
    terms.update(PREFIXES)
    pa_terms = sorted(
        {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef)},
        key=str,
    )
    for term in pa_terms:
        if not str(term).startswith(str(PA)):
            continue
        kinds = set(ontology.objects(term, RDF.type))
        name = _local(term)
        if OWL.Class in kinds:
            terms[name] = _compact(str(term))
        elif OWL.ObjectProperty in kinds:
            terms[name] = {"@id": _compact(str(term)), "@type": "@id"}
        elif OWL.DatatypeProperty in kinds:
            entry: dict[str, str] = {"@id": _compact(str(term))}
            ranges = [r for r in ontology.objects(term, RDFS.range) if isinstance(r, URIRef)]
            if len(ranges) == 1 and ranges[0] != XSD.string:
                entry["@type"] = _compact(str(ranges[0]))
            terms[name] = entry
    for name, entry in EXTERNAL_TERMS.items():
        terms[name] = {
            k: (_compact(v) if k != "@type" or v != "@id" else v) for k, v in entry.items()
        }
    return {"@context": terms}


def render_context(ontology_path: Path = ONTOLOGY_PATH) -> str:
    ontology = Graph().parse(ontology_path, format="turtle")
    return json.dumps(build_context(ontology), indent=2, ensure_ascii=False) + "\n"


def load_context(path: Path = CONTEXT_PATH) -> dict[str, Any]:
    """The context as a dict, to hand to rdflib without any remote fetch."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    context = data["@context"]
    assert isinstance(context, dict)
    return context


def write_context(path: Path = CONTEXT_PATH) -> Path:
    path.write_text(render_context(), encoding="utf-8")
    log.info("wrote %s", path)
    return path


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    write_context()


if __name__ == "__main__":
    main()

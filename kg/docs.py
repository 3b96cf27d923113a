"""Markdown documentation of the Parley ontology, generated from `ontology/parley.ttl`.

`generate_docs(out_dir)` writes an index page and one page per class: label, definition,
superclasses, alignments with standard vocabularies, the properties whose domain it is, the
SHACL shapes that check it, and a Turtle example cut from the sample article graph
(`kg.sample`). The committed copy lives in `ontology/docs/`; a test regenerates it and fails
when it is stale, so the documentation cannot drift from the Turtle.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from kg.namespaces import PA, PREFIXES, SCHEMA
from kg.resources import ONTOLOGY_DIR
from kg.sample import sample_graph

log = logging.getLogger(__name__)

ONTOLOGY_PATH = ONTOLOGY_DIR / "parley.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
DOCS_DIR = ONTOLOGY_DIR / "docs"
PAS = "https://w3id.org/parley/shapes#"

# Alignment predicates, in the order the pages list them, with how they read.
ALIGNMENTS: tuple[tuple[URIRef, str], ...] = (
    (OWL.equivalentClass, "equivalent to"),
    (OWL.equivalentProperty, "equivalent to"),
    (RDFS.subClassOf, "subclass of"),
    (RDFS.subPropertyOf, "subproperty of"),
    (OWL.inverseOf, "inverse of"),
    (SKOS.exactMatch, "exact match"),
    (SKOS.closeMatch, "close match"),
    (SKOS.broadMatch, "broad match"),
    (SKOS.relatedMatch, "related match"),
    (SCHEMA.sameAs, "same as (Wikidata)"),
)
PROPERTY_KINDS: tuple[tuple[URIRef, str], ...] = (
    (OWL.ObjectProperty, "object property"),
    (OWL.DatatypeProperty, "datatype property"),
)


def curie(term: Node) -> str:
    """`pa:Article` for IRIs in a known namespace, the IRI otherwise."""
    text = str(term)
    prefixes = dict(PREFIXES, dcterms=str(DCTERMS))
    for prefix, ns in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and prefix != "id":
            return f"{prefix}:{text[len(ns) :]}"
    return text


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


@dataclass
class Ontology:
    graph: Graph
    shapes: Graph

    def text(self, term: Node, prop: URIRef) -> str:
        value = self.graph.value(term, prop)  # type: ignore[arg-type]
        return str(value) if value is not None else ""

    def pa_terms(self, kind: URIRef) -> list[URIRef]:
        return sorted(
            (
                t
                for t in self.graph.subjects(RDF.type, kind)
                if isinstance(t, URIRef) and str(t).startswith(str(PA))
            ),
            key=str,
        )

    def classes(self) -> list[URIRef]:
        return self.pa_terms(OWL.Class)

    def properties(self) -> list[URIRef]:
        return sorted({p for kind, _ in PROPERTY_KINDS for p in self.pa_terms(kind)}, key=str)

    def members(self, node: Node) -> list[Node]:
        """The classes a domain or range stands for: itself, or the members of a union."""
        if isinstance(node, BNode):
            union = self.graph.value(node, OWL.unionOf)
            if union is not None:
                return list(Collection(self.graph, union))
        return [node]

    def domains(self, prop: URIRef) -> list[Node]:
        return [m for d in self.graph.objects(prop, RDFS.domain) for m in self.members(d)]

    def ranges(self, prop: URIRef) -> list[Node]:
        return [m for r in self.graph.objects(prop, RDFS.range) for m in self.members(r)]

    def superclasses(self, cls: URIRef) -> list[URIRef]:
        return sorted(
            (s for s in self.graph.objects(cls, RDFS.subClassOf) if isinstance(s, URIRef)), key=str
        )

    def ancestors(self, cls: URIRef) -> list[URIRef]:
        """All pa: superclasses, nearest first."""
        seen: list[URIRef] = []
        frontier = [cls]
        while frontier:
            nxt = []
            for c in frontier:
                for s in self.superclasses(c):
                    if str(s).startswith(str(PA)) and s not in seen:
                        seen.append(s)
                        nxt.append(s)
            frontier = nxt
        return seen

    def subclasses(self, cls: URIRef) -> list[URIRef]:
        return sorted(
            (s for s in self.graph.subjects(RDFS.subClassOf, cls) if isinstance(s, URIRef)),
            key=str,
        )

    def disjoint_with(self, cls: URIRef) -> list[Node]:
        found: set[Node] = set(self.graph.objects(cls, OWL.disjointWith))
        found.update(self.graph.subjects(OWL.disjointWith, cls))
        for axiom in self.graph.subjects(RDF.type, OWL.AllDisjointClasses):
            head = self.graph.value(axiom, OWL.members)
            members = list(Collection(self.graph, head)) if head is not None else []
            if cls in members:
                found.update(m for m in members if m != cls)
        return sorted(found, key=str)

    def alignments(self, term: Node) -> list[tuple[str, Node]]:
        rows: list[tuple[str, Node]] = []
        for prop, reading in ALIGNMENTS:
            for obj in sorted(self.graph.objects(term, prop), key=str):
                if isinstance(obj, URIRef) and not str(obj).startswith(str(PA)):
                    rows.append((reading, obj))
        return rows

    def kind(self, prop: URIRef) -> str:
        kinds = set(self.graph.objects(prop, RDF.type))
        words = [reading for k, reading in PROPERTY_KINDS if k in kinds]
        if OWL.FunctionalProperty in kinds:
            words.append("functional")
        return ", ".join(words)

    def shapes_for(self, cls: URIRef) -> list[URIRef]:
        return sorted(
            (s for s in self.shapes.subjects(SH.targetClass, cls) if isinstance(s, URIRef)),
            key=str,
        )


def load_ontology(ontology_path: Path = ONTOLOGY_PATH, shapes_path: Path = SHAPES_PATH) -> Ontology:
    return Ontology(Graph().parse(ontology_path), Graph().parse(shapes_path))


def _link(term: Node, onto: Ontology) -> str:
    """A class page link for pa: classes, an external link for other IRIs."""
    if isinstance(term, URIRef) and term in set(onto.classes()):
        return f"[{curie(term)}]({_local(term)}.md)"
    if isinstance(term, URIRef):
        return f"[{curie(term)}]({term})"
    return "(anonymous class)"


def _local(term: URIRef) -> str:
    return str(term)[len(str(PA)) :]


def _links(terms: Iterable[Node], onto: Ontology) -> str:
    return ", ".join(_link(t, onto) for t in terms) or "—"


def _instances(data: Graph, cls: URIRef, onto: Ontology) -> list[Node]:
    """Nodes of `cls` or of its subclasses (article graphs state only the concrete class)."""
    wanted = {cls}
    frontier = [cls]
    while frontier:
        frontier = [s for c in frontier for s in onto.subclasses(c) if s not in wanted]
        wanted.update(frontier)
    return sorted({s for c in wanted for s in data.subjects(RDF.type, c)}, key=str)


def example_turtle(cls: URIRef, onto: Ontology, sample: Graph) -> str | None:
    """The triples of one node of `cls`, from the sample article or else the ontology."""
    for source in (sample, onto.graph):
        nodes = [n for n in _instances(source, cls, onto) if isinstance(n, URIRef)]
        if nodes:
            node = nodes[0]
            example = Graph()
            for prefix, ns in PREFIXES.items():
                example.bind(prefix, ns)
            for p, o in source.predicate_objects(node):
                example.add((node, p, o))
            text = example.serialize(format="turtle")
            return text.strip()
    return None


def _property_rows(props: list[URIRef], onto: Ontology) -> list[str]:
    rows = [
        "| Property | Kind | Range | Definition | Alignments |",
        "|---|---|---|---|---|",
    ]
    for prop in props:
        ranges = _links(onto.ranges(prop), onto)
        aligned = "; ".join(f"{r} {_link(o, onto)}" for r, o in onto.alignments(prop)) or "—"
        definition = _md(onto.text(prop, SKOS.definition))
        rows.append(
            f"| `{curie(prop)}` ({_md(onto.text(prop, RDFS.label))}) | {onto.kind(prop)} "
            f"| {ranges} | {definition} | {aligned} |"
        )
    return rows


def class_page(cls: URIRef, onto: Ontology, sample: Graph) -> str:
    label = onto.text(cls, RDFS.label)
    lines = [
        f"# {label} (`{curie(cls)}`)",
        "",
        f"IRI: <{cls}>",
        "",
        onto.text(cls, SKOS.definition),
        "",
        "## Hierarchy",
        "",
        f"- Superclasses: {_links(onto.superclasses(cls), onto)}",
        f"- Subclasses: {_links(onto.subclasses(cls), onto)}",
        f"- Disjoint with: {_links(onto.disjoint_with(cls), onto)}",
        "",
        "## Alignments",
        "",
    ]
    aligned = onto.alignments(cls)
    if aligned:
        lines += [f"- {reading} {_link(obj, onto)}" for reading, obj in aligned]
    else:
        lines.append("No standard vocabulary has a matching term.")
    lines += ["", "## Properties", ""]
    own = [p for p in onto.properties() if cls in onto.domains(p)]
    if own:
        lines.append(f"Properties whose domain is {curie(cls)}:")
        lines.append("")
        lines += _property_rows(own, onto)
    else:
        lines.append(f"No property has {curie(cls)} as its domain.")
    for ancestor in onto.ancestors(cls):
        inherited = [p for p in onto.properties() if ancestor in onto.domains(p)]
        if inherited:
            names = ", ".join(f"`{curie(p)}`" for p in inherited)
            lines += ["", f"Inherited from {_link(ancestor, onto)}: {names}."]
    shapes = onto.shapes_for(cls)
    if shapes:
        lines += ["", "## Constraints (SHACL)", ""]
        for shape in shapes:
            comment = _md(str(onto.shapes.value(shape, RDFS.comment) or ""))
            lines.append(f"- `pas:{str(shape)[len(PAS) :]}`: {comment}")
    lines += ["", "## Example", ""]
    example = example_turtle(cls, onto, sample)
    if example is None:
        lines.append(f"The sample article has no {curie(cls)}.")
    else:
        lines += ["From the sample article graph (`kg.sample`):", "", "```turtle", example, "```"]
    return "\n".join(lines) + "\n"


def _tree(cls: URIRef, onto: Ontology, depth: int) -> list[str]:
    line = f"{'  ' * depth}- {_link(cls, onto)}: {_md(onto.text(cls, RDFS.label))}"
    subs = [s for s in onto.subclasses(cls) if s in set(onto.classes())]
    return [line] + [row for s in subs for row in _tree(s, onto, depth + 1)]


def _scheme_rows(onto: Ontology, scheme: URIRef) -> list[str]:
    rows = ["| Concept | Notation | Definition | Matches |", "|---|---|---|---|"]
    concepts = sorted(onto.graph.subjects(SKOS.inScheme, scheme), key=str)
    for concept in concepts:
        matches = "; ".join(
            f"{r} `{curie(o)}`" for r, o in onto.alignments(concept) if r != "subclass of"
        )
        see = onto.graph.value(concept, RDFS.seeAlso)
        also = f" (class {_link(see, onto)})" if see is not None else ""
        rows.append(
            f"| `{curie(concept)}`{also} | {onto.text(concept, SKOS.notation)} "
            f"| {_md(onto.text(concept, SKOS.definition))} | {matches or '—'} |"
        )
    return rows


def index_page(onto: Ontology) -> str:
    header = next(onto.graph.subjects(RDF.type, OWL.Ontology))
    lines = [
        f"# {onto.text(header, DCTERMS.title) or onto.text(header, RDFS.label)}",
        "",
        onto.text(header, DCTERMS.description),
        "",
        f"- Ontology: <{header}>, version {onto.text(header, OWL.versionInfo)}",
        f"- Namespace: `pa:` <{PA}>",
        "- Source: `ontology/parley.ttl`; shapes: `ontology/shapes.ttl`; "
        "JSON-LD context: `ontology/context.jsonld`",
        "- Generated by `kg docs` (`kg.docs.generate_docs`); do not edit by hand.",
        "",
        "## Classes",
        "",
    ]
    classes = onto.classes()
    roots = [c for c in classes if not any(s in set(classes) for s in onto.superclasses(c))]
    for root in roots:
        lines += _tree(root, onto, 0)
    lines += ["", "## Properties", ""]
    lines += [
        "| Property | Kind | Domain | Range | Definition |",
        "|---|---|---|---|---|",
    ]
    for prop in onto.properties():
        lines.append(
            f"| `{curie(prop)}` | {onto.kind(prop)} | {_links(onto.domains(prop), onto)} "
            f"| {_links(onto.ranges(prop), onto)} | {_md(onto.text(prop, SKOS.definition))} |"
        )
    for scheme in sorted(onto.graph.subjects(RDF.type, SKOS.ConceptScheme), key=str):
        if not isinstance(scheme, URIRef):
            continue
        lines += [
            "",
            f"## Concept scheme {onto.text(scheme, RDFS.label)} (`{curie(scheme)}`)",
            "",
            onto.text(scheme, SKOS.definition),
            "",
        ]
        lines += _scheme_rows(onto, scheme)
    return "\n".join(lines) + "\n"


def generate_docs(out_dir: Path) -> list[Path]:
    """Write `index.md` and one `<Class>.md` per class into `out_dir`; return the paths."""
    onto = load_ontology()
    sample = sample_graph()
    out_dir.mkdir(parents=True, exist_ok=True)
    pages: dict[str, str] = {"index.md": index_page(onto)}
    for cls in onto.classes():
        pages[f"{_local(cls)}.md"] = class_page(cls, onto, sample)
    written = []
    for name, text in sorted(pages.items()):
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    log.info("wrote %d documentation pages to %s", len(written), out_dir)
    return written


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    generate_docs(DOCS_DIR)


if __name__ == "__main__":
    main()

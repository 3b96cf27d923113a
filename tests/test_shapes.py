"""Each SHACL node shape accepts the valid sample article and rejects a graph broken in one place.

The valid graph comes from kg.mapping (via kg.sample); each case breaks one thing and names the
shape and path the report must blame. Every node shape of shapes.ttl must be blamed by at least
one case, so a shape that silently stops working fails this file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fixtures_rdf import (
    ARTICLE,
    DIRECT,
    EXCHANGE,
    EXTRACTOR,
    ISTANBUL,
    KREMLIN,
    PALACE,
    PROPOSAL,
    REPORTED,
    ROLE,
    RUN,
    TALKS,
    UA_DELEGATION,
    UKRAINE,
    UMEROV,
    article_graph,
    evidence_of,
    shape_paths,
)
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SH, XSD

from kg.namespaces import ET, OA, PA, PLOVER, SCHEMA, ST, WD
from kg.validation import load_shapes, validate_graph

PAS = "https://w3id.org/parley/shapes#"


@dataclass(frozen=True)
class Case:
    name: str
    breaks: Callable[[Graph], None]
    shape: str  # the node shape the report must name, e.g. "pas:EventShape"
    path: str | None  # the result path it must name (None for node-level constraints)
    # Helper shapes without targets (used through sh:node) that the case exercises.
    exercises: tuple[str, ...] = ()


def _set(node: URIRef, prop: URIRef, value: URIRef | Literal) -> Callable[[Graph], None]:
    def apply(g: Graph) -> None:
        g.set((node, prop, value))

    return apply


def _add(node: URIRef, prop: URIRef, value: URIRef | Literal) -> Callable[[Graph], None]:
    def apply(g: Graph) -> None:
        g.add((node, prop, value))

    return apply


def _drop(node: URIRef, prop: URIRef) -> Callable[[Graph], None]:
    def apply(g: Graph) -> None:
        g.remove((node, prop, None))

    return apply


def _on_evidence(
    node: URIRef, link: URIRef, change: Callable[[Graph, URIRef], None]
) -> Callable[[Graph], None]:
    def apply(g: Graph) -> None:
        change(g, evidence_of(g, node, link))

    return apply


def _shift_past_end(g: Graph, ev: URIRef) -> None:
    """Offsets beyond the article text, with the exact text unchanged."""
    text = str(g.value(ARTICLE, PA.text))
    g.set((ev, OA.start, Literal(len(text) + 5, datatype=XSD.integer)))
    g.set((ev, OA.end, Literal(len(text) + 18, datatype=XSD.integer)))


def _swap_offsets(g: Graph, ev: URIRef) -> None:
    start, end = g.value(ev, OA.start), g.value(ev, OA.end)
    assert start is not None and end is not None
    g.set((ev, OA.start, end))
    g.set((ev, OA.end, start))


def _wrong_exact(g: Graph, ev: URIRef) -> None:
    g.set((ev, OA.exact, Literal("Vladimir Putin")))


def _drop_exact(g: Graph, ev: URIRef) -> None:
    g.remove((ev, OA.exact, None))


def _drop_type(node: URIRef, cls: URIRef) -> Callable[[Graph], None]:
    def apply(g: Graph) -> None:
        g.remove((node, RDF.type, cls))

    return apply


A_PLACE = ISTANBUL  # a node that exists but is no actor

CASES: list[Case] = [
    # pas:ArticleShape
    Case("article without title", _drop(ARTICLE, PA.title), "pas:ArticleShape", "pa:title"),
    Case(
        "article with two titles",
        _add(ARTICLE, PA.title, Literal("Another headline")),
        "pas:ArticleShape",
        "pa:title",
    ),
    Case(
        "content hash not hex SHA-256",
        _set(ARTICLE, PA.contentHash, Literal("abc")),
        "pas:ArticleShape",
        "pa:contentHash",
    ),
    Case(
        "published date malformed",
        _set(ARTICLE, PA.published, Literal("02/06/2025", datatype=XSD.date)),
        "pas:ArticleShape",
        "pa:published",
    ),
    Case(
        "published as plain string",
        _set(ARTICLE, PA.published, Literal("2025-06-02")),
        "pas:ArticleShape",
        "pa:published",
    ),
    Case(
        "url not an xsd:anyURI",
        _set(ARTICLE, PA.url, Literal("https://example.org/x")),
        "pas:ArticleShape",
        "pa:url",
    ),
    # pas:ActorShape
    Case(
        "person that is also a country", _add(UMEROV, RDF.type, PA.Country), "pas:ActorShape", None
    ),
    Case(
        "organisation that is also a delegation",
        _add(KREMLIN, RDF.type, PA.Delegation),
        "pas:ActorShape",
        None,
    ),
    Case("actor without name", _drop(UMEROV, PA.name), "pas:ActorShape", "pa:name"),
    Case("actor without evidence", _drop(UMEROV, PA.evidence), "pas:ActorShape", "pa:evidence"),
    Case(
        "actor not linked to its article",
        _drop(UMEROV, PA.mentionedIn),
        "pas:ActorShape",
        "pa:mentionedIn",
    ),
    Case(
        "sameAs not a Wikidata entity",
        _set(UKRAINE, SCHEMA.sameAs, URIRef("https://en.wikipedia.org/wiki/Ukraine")),
        "pas:ActorShape",
        "schema:sameAs",
    ),
    Case(
        "actor without extraction run",
        _drop(UMEROV, PROV.wasGeneratedBy),
        "pas:ActorShape",
        "prov:wasGeneratedBy",
    ),
    # pas:DelegationShape
    Case(
        "delegation sent by a person",
        _add(UA_DELEGATION, PA.sentBy, UMEROV),
        "pas:DelegationShape",
        "pa:sentBy",
    ),
    Case(
        "delegation member that is a country",
        _add(UA_DELEGATION, PA.member, UKRAINE),
        "pas:DelegationShape",
        "pa:member",
    ),
    # pas:RoleShape
    Case("role without title", _drop(ROLE, PA.roleTitle), "pas:RoleShape", "pa:roleTitle"),
    Case("role held in a person", _set(ROLE, PA.roleOf, UMEROV), "pas:RoleShape", "pa:roleOf"),
    Case(
        "role as-of date malformed",
        _set(ROLE, PA.asOf, Literal("June 2025", datatype=XSD.date)),
        "pas:RoleShape",
        "pa:asOf",
    ),
    Case("role without evidence", _drop(ROLE, PA.evidence), "pas:RoleShape", "pa:evidence"),
    # pas:StatementShape
    Case(
        "statement both direct and reported",
        _add(DIRECT, RDF.type, PA.ReportedStatement),
        "pas:StatementShape",
        None,
    ),
    Case(
        "statement of neither kind",
        _drop_type(DIRECT, PA.DirectStatement),
        "pas:StatementShape",
        None,
    ),
    Case(
        "statement with two speakers",
        _add(DIRECT, PA.speaker, KREMLIN),
        "pas:StatementShape",
        "pa:speaker",
    ),
    Case(
        "speaker that is no actor",
        _set(DIRECT, PA.speaker, A_PLACE),
        "pas:StatementShape",
        "pa:speaker",
    ),
    Case("statement without cue", _drop(DIRECT, PA.cue), "pas:StatementShape", "pa:cue"),
    Case(
        "statement date malformed",
        _set(DIRECT, PA.date, Literal("2 June", datatype=XSD.date)),
        "pas:StatementShape",
        "pa:date",
    ),
    Case(
        "statement month-day malformed",
        _set(REPORTED, PA.date, Literal("June 7", datatype=XSD.gMonthDay)),
        "pas:StatementShape",
        "pa:date",
        ("pas:MonthDay",),
    ),
    Case(
        "statement year-month malformed",
        _set(REPORTED, PA.date, Literal("2025-6", datatype=XSD.gYearMonth)),
        "pas:StatementShape",
        "pa:date",
        ("pas:MonthDay", "pas:YearMonth"),
    ),
    Case(
        "statement without content evidence",
        _drop(DIRECT, PA.contentEvidence),
        "pas:StatementShape",
        "pa:contentEvidence",
    ),
    # pas:StatementContentShape (SHACL-SPARQL)
    Case(
        "content differs from its evidence",
        _set(DIRECT, PA.content, Literal("We agreed to nothing")),
        "pas:StatementContentShape",
        "pa:content",
    ),
    # pas:EventShape
    Case(
        "event with two statuses",
        _add(TALKS, PA.status, ST.cancelled),
        "pas:EventShape",
        "pa:status",
    ),
    Case(
        "status outside the closed list",
        _set(TALKS, PA.status, ST.ongoing),
        "pas:EventShape",
        "pa:status",
    ),
    Case("event without status", _drop(TALKS, PA.status), "pas:EventShape", "pa:status"),
    Case(
        "event type outside the scheme",
        _set(TALKS, PA.eventType, ET.summit),
        "pas:EventShape",
        "pa:eventType",
    ),
    Case(
        "event date malformed",
        _set(TALKS, PA.date, Literal("2025-6-2", datatype=XSD.date)),
        "pas:EventShape",
        "pa:date",
    ),
    Case(
        "event month-day without leading dashes",
        _set(EXCHANGE, PA.date, Literal("06-07", datatype=XSD.gMonthDay)),
        "pas:EventShape",
        "pa:date",
        ("pas:MonthDay",),
    ),
    Case(
        "event year given in two digits",
        _set(TALKS, PA.date, Literal("21", datatype=XSD.gYear)),
        "pas:EventShape",
        "pa:date",
        ("pas:Year",),
    ),
    Case(
        "xsd:time malformed",
        _set(TALKS, PA.time, Literal("1:30 pm", datatype=XSD.time)),
        "pas:EventShape",
        "pa:time",
    ),
    Case(
        "time given as a string",
        _set(TALKS, PA.time, Literal("13:30:00+03:00")),
        "pas:EventShape",
        "pa:time",
    ),
    Case(
        "participant that is no actor",
        _add(TALKS, PA.participant, A_PLACE),
        "pas:EventShape",
        "pa:participant",
    ),
    Case("two mediators", _add(TALKS, PA.mediator, UKRAINE), "pas:EventShape", "pa:mediator"),
    Case("two venues", _add(TALKS, PA.venue, ISTANBUL), "pas:EventShape", "pa:venue"),
    Case(
        "PLOVER type outside PLOVER",
        _set(TALKS, PA.ploverType, ET.meeting),
        "pas:EventShape",
        "pa:ploverType",
    ),
    Case(
        "event in two articles",
        _add(TALKS, PA.inArticle, URIRef("https://w3id.org/parley/id/article/other")),
        "pas:EventShape",
        "pa:inArticle",
    ),
    Case("event without evidence", _drop(TALKS, PA.evidence), "pas:EventShape", "pa:evidence"),
    # pas:ProposalShape
    Case(
        "proposal without content", _drop(PROPOSAL, PA.content), "pas:ProposalShape", "pa:content"
    ),
    Case(
        "proposal by a place",
        _set(PROPOSAL, PA.proposedBy, PALACE),
        "pas:ProposalShape",
        "pa:proposedBy",
    ),
    # pas:PlaceShape
    Case("place without name", _drop(PALACE, PA.name), "pas:PlaceShape", "pa:name"),
    Case(
        "place sameAs not Wikidata",
        _set(ISTANBUL, SCHEMA.sameAs, Literal("Q406")),
        "pas:PlaceShape",
        "schema:sameAs",
    ),
    # pas:EvidenceShape
    Case(
        "evidence without exact text",
        _on_evidence(UMEROV, PA.evidence, _drop_exact),
        "pas:EvidenceShape",
        "oa:exact",
    ),
    Case(
        "start offset after end offset",
        _on_evidence(UMEROV, PA.evidence, _swap_offsets),
        "pas:EvidenceShape",
        "oa:start",
    ),
    Case(
        "negative offset",
        _on_evidence(
            UMEROV,
            PA.evidence,
            lambda g, ev: _set(ev, OA.start, Literal(-1, datatype=XSD.integer))(g),
        ),
        "pas:EvidenceShape",
        "oa:start",
    ),
    # pas:EvidenceTextShape (SHACL-SPARQL)
    Case(
        "evidence text differs from the article",
        _on_evidence(UMEROV, PA.evidence, _wrong_exact),
        "pas:EvidenceTextShape",
        "oa:exact",
    ),
    Case(
        "evidence offsets outside the article",
        _on_evidence(UMEROV, PA.evidence, _shift_past_end),
        "pas:EvidenceTextShape",
        "oa:exact",
    ),
    # pas:ExtractionRunShape
    Case(
        "extraction run without extractor",
        _drop(RUN, PROV.wasAssociatedWith),
        "pas:ExtractionRunShape",
        "prov:wasAssociatedWith",
    ),
    Case(
        "extraction run time as date",
        _set(RUN, PROV.endedAtTime, Literal("2025-06-03", datatype=XSD.date)),
        "pas:ExtractionRunShape",
        "prov:endedAtTime",
    ),
    Case(
        "extraction run without article",
        _drop(RUN, PROV.used),
        "pas:ExtractionRunShape",
        "prov:used",
    ),
    # pas:ExtractorShape
    Case(
        "extractor without version",
        _drop(EXTRACTOR, PA.version),
        "pas:ExtractorShape",
        "pa:version",
    ),
]

# Breaking one thing can legitimately trip a second constraint; these are the only ones allowed.
ALSO_ALLOWED: dict[str, set[tuple[str, str | None]]] = {
    # The start offset now exceeds the end: the text check sees an empty substring too.
    "start offset after end offset": {("pas:EvidenceTextShape", "oa:exact")},
    "negative offset": {("pas:EvidenceTextShape", "oa:exact")},
}


def test_sample_article_conforms() -> None:
    report = validate_graph(article_graph())
    assert report.conforms, report.summary()


def test_sample_exercises_every_targeted_shape() -> None:
    """The conforming example is meaningful only if each shape has focus nodes in it."""
    shapes, graph = load_shapes(), article_graph()
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        for cls in shapes.objects(shape, SH.targetClass):
            assert any(graph.subjects(RDF.type, cls)), f"no {cls} for {shape} in the sample"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_graph_is_reported(case: Case) -> None:
    graph = article_graph()
    case.breaks(graph)
    report = validate_graph(graph)
    assert not report.conforms, f"{case.name}: the shapes accepted a broken graph"
    found = shape_paths(report)
    assert (case.shape, case.path) in found, report.summary(limit=10)
    # pyshacl also reports the failing helper shape itself, as the sh:detail of the result.
    details = {(helper, None) for helper in case.exercises}
    allowed = {(case.shape, case.path)} | details | ALSO_ALLOWED.get(case.name, set())
    unexpected = found - allowed
    assert not unexpected, f"{case.name}: also reported {unexpected}"


def test_every_node_shape_has_a_violating_case() -> None:
    shapes = load_shapes()
    declared = {
        "pas:" + str(s)[len(PAS) :]
        for s in shapes.subjects(RDF.type, SH.NodeShape)
        if isinstance(s, URIRef)
    }
    covered = {c.shape for c in CASES} | {h for c in CASES for h in c.exercises}
    assert declared - covered == set()


def test_evidence_offsets_count_code_points() -> None:
    """Offsets are code points (Python str indexes), as SPARQL SUBSTR counts them."""
    graph = article_graph()
    text = str(graph.value(ARTICLE, PA.text))
    wide = "\U0001f54a " + text  # a dove (outside the BMP) before everything
    graph.set((ARTICLE, PA.text, Literal(wide)))
    for ev in graph.subjects(RDF.type, PA.Evidence):
        for prop in (OA.start, OA.end):
            value = graph.value(ev, prop)
            assert value is not None
            assert isinstance(value, Literal)
            graph.set((ev, prop, Literal(value.toPython() + 2, datatype=XSD.integer)))
    graph.set((ARTICLE, PA.contentHash, Literal("0" * 64)))
    report = validate_graph(graph)
    assert report.conforms, report.summary()


def test_wikidata_and_plover_values_are_accepted() -> None:
    graph = article_graph()
    graph.set((UMEROV, SCHEMA.sameAs, WD.Q1234567))
    graph.set((EXCHANGE, PA.ploverType, PLOVER.COOPERATE))
    assert validate_graph(graph).conforms


def test_a_year_alone_is_an_accepted_date() -> None:
    """ "removed from the list in 2015": an event known to its year only is an xsd:gYear."""
    graph = article_graph()
    graph.set((TALKS, PA.date, Literal("2015", datatype=XSD.gYear)))
    report = validate_graph(graph)
    assert report.conforms, report.summary()

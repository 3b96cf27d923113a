"""Shared RDF fixtures for the ontology tests: the sample article graph and the IRIs in it.

A plain helper module rather than conftest.py fixtures, so that the lead's conftest stays theirs.
Every helper returns a fresh graph: tests mutate it.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.mapping import to_graph
from kg.model import Extraction
from kg.namespaces import ID
from kg.sample import (
    SAMPLE_EXTRACTOR_VERSION,
    SAMPLE_GENERATED_AT,
    sample_extraction,
    sample_graph,
)
from kg.validation import Report

KEY = "sample-istanbul-talks"
ARTICLE = ID[f"article/{KEY}"]
RUN = ID[f"run/{KEY}"]
EXTRACTOR = ID["extractor/0-1-0-sample"]
UMEROV = ID["actor/rustem-umerov"]
KREMLIN = ID["actor/kremlin"]
UKRAINE = ID["actor/ukraine"]
UA_DELEGATION = ID["actor/ukrainian-delegation"]
TALKS = ID[f"event/{KEY}-1"]
EXCHANGE = ID[f"event/{KEY}-2"]
PROPOSAL = URIRef(f"{TALKS}/proposal-1")
DIRECT = ID[f"statement/{KEY}-1"]
REPORTED = ID[f"statement/{KEY}-2"]
ROLE = ID[f"role/{KEY}-umerov-1"]
ISTANBUL = ID["place/Q406"]
PALACE = ID["place/ciragan-palace"]


def article_graph() -> Graph:
    """A fresh copy of the valid sample article graph."""
    return sample_graph()


def evidence_of(graph: Graph, node: URIRef, prop: URIRef) -> URIRef:
    ev = graph.value(node, prop)
    assert isinstance(ev, URIRef), f"{node} has no {prop}"
    return ev


def second_article() -> Extraction:
    """The sample extraction under another article key: a second article about the same actors."""
    extraction = sample_extraction()
    extraction.article.key = "sample-istanbul-talks-followup"
    return extraction


def knowledge_base() -> list[Graph]:
    """Two article graphs sharing actors, as the store holds them."""
    second = to_graph(second_article(), SAMPLE_EXTRACTOR_VERSION, SAMPLE_GENERATED_AT)
    return [sample_graph(), second]


def shape_paths(report: Report) -> set[tuple[str, str | None]]:
    return {(v.shape, v.path) for v in report.violations}

"""The post-spaCy work on a batch of articles: map to RDF, link, validate with SHACL, serialise.

It runs in the writer of `kg ingest`, or in a worker when the writer falls behind
(`kg.workers.Worker.run` with `finish`), and gives the same outcomes in either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from kg.linking import Report, link, new_reports
from kg.mapping import article_iri, to_graph
from kg.model import Article, Extraction
from kg.store import graph_quads
from kg.validation import validate_graphs

OutcomeKind = Literal["ok", "invalid", "failed"]


@dataclass
class Outcome:
    """What processing one article produced, small enough to send between processes."""

    key: str
    graph: str
    origin: str
    content_hash: str
    kind: OutcomeKind
    nquads: str = ""
    triples: int = 0
    words: int = 0
    message: str = ""
    # Its dated event reports, for near-linking by the writer (`kg.linking.nearest`).
    reports: list[Report] = field(default_factory=list)


def finish_batch(
    articles: Sequence[Article], extractions: Sequence[Extraction], version: str
) -> list[Outcome]:
    """Map, link and validate extracted articles; N-Quads of the ones that conform.

    `version` is the extractor version of the pipeline that made `extractions` (provenance).
    Each article's own rdflib graph is validated, before anything is written.
    """
    now = dt.datetime.now(dt.UTC)
    graphs = []
    for extraction in extractions:
        graph = to_graph(extraction, version, now)
        link(graph, extraction)
        graphs.append(graph)
    reports = validate_graphs(graphs)
    outcomes = []
    for article, graph, report in zip(articles, graphs, reports, strict=True):
        graph_name = str(article_iri(article.key))
        outcome = Outcome(
            key=article.key,
            graph=graph_name,
            origin=article.origin or article.key,
            content_hash=article.content_hash,
            kind="ok" if report.conforms else "invalid",
            words=len(article.text.split()),
        )
        if report.conforms:
            lines = [f"{q} ." for q in graph_quads(graph_name, graph)]
            outcome.nquads = "\n".join(lines) + "\n"
            outcome.triples = len(lines)
            outcome.reports = new_reports(graph)
        else:
            outcome.message = report.summary()
        outcomes.append(outcome)
    return outcomes

"""A tiny hand-built extraction of one article, and its RDF graph.

It exercises every class of the ontology that an article graph can hold, without spaCy: the
documentation takes its Turtle examples from it, and the shape and reasoner tests start from it.
Spans are located with `str.index` so that editing the text cannot silently break the offsets.
"""

from __future__ import annotations

import datetime as dt

from rdflib import Graph

from kg.mapping import to_graph
from kg.model import (
    Actor,
    Article,
    Event,
    Extraction,
    PartialDate,
    Place,
    Proposal,
    Role,
    Span,
    Statement,
)

SAMPLE_EXTRACTOR_VERSION = "0.1.0+sample"
# Fixed so that the generated documentation does not change from one run to the next.
SAMPLE_GENERATED_AT = dt.datetime(2025, 6, 3, 9, 0, 0, tzinfo=dt.UTC)

SAMPLE_TITLE = "Russia and Ukraine agree to swap prisoners at Istanbul talks"
SAMPLE_TEXT = (
    SAMPLE_TITLE
    + "\n\n"
    + "ISTANBUL, June 2 - Russian and Ukrainian delegations met in Istanbul on Monday for a "
    "second round of direct talks hosted by Turkey. The talks began at 13:30 (10:30 GMT) at "
    "Ciragan Palace. Turkish Foreign Minister Hakan Fidan proposed a 30-day ceasefire. "
    '"We agreed to exchange prisoners," Ukrainian Defence Minister Rustem Umerov told reporters. '
    "The Kremlin said through spokesman Dmitry Peskov that the exchange would take place on "
    "June 7. On Sunday, drones struck an airfield in the Murmansk region."
)


def _span(needle: str, occurrence: int = 1) -> Span:
    """The `occurrence`-th span of `needle` in the sample text."""
    start = -1
    for _ in range(occurrence):
        start = SAMPLE_TEXT.index(needle, start + 1)
    return Span.of(SAMPLE_TEXT, start, start + len(needle))


def sample_extraction() -> Extraction:
    """One article with people, a ministry, states, delegations, statements and events."""
    article = Article(
        key="sample-istanbul-talks",
        title=SAMPLE_TITLE,
        text=SAMPLE_TEXT,
        published=dt.date(2025, 6, 2),
        source="Example Wire",
        author="Jane Doe",
        url="https://news.example.org/2025/06/02/istanbul-talks",
        dateline="Istanbul",
    )
    actors = [
        Actor(
            "russia", "Russia", "Country", "russia", [_span("Russia")], {"Russian"}, wikidata="Q159"
        ),
        Actor(
            "ukraine",
            "Ukraine",
            "Country",
            "ukraine",
            [_span("Ukraine")],
            {"Ukrainian"},
            wikidata="Q212",
        ),
        Actor(
            "turkey", "Turkey", "Country", "turkey", [_span("Turkey")], {"Turkish"}, wikidata="Q43"
        ),
        Actor(
            "umerov",
            "Rustem Umerov",
            "Person",
            "rustem-umerov",
            [_span("Rustem Umerov")],
            roles=[Role("Defence Minister", _span("Defence Minister"), of="ukraine")],
        ),
        Actor(
            "fidan",
            "Hakan Fidan",
            "Person",
            "hakan-fidan",
            [_span("Hakan Fidan")],
            roles=[Role("Foreign Minister", _span("Foreign Minister"), of="turkey")],
        ),
        Actor("peskov", "Dmitry Peskov", "Person", "dmitry-peskov", [_span("Dmitry Peskov")]),
        Actor(
            "kremlin",
            "Kremlin",
            "Organization",
            "kremlin",
            [_span("Kremlin")],
            org_kind="GovernmentBody",
            country="russia",
        ),
        Actor(
            "ru-del",
            "Russian delegation",
            "Delegation",
            "russian-delegation",
            [_span("Russian and Ukrainian delegations")],
            country="russia",
        ),
        Actor(
            "ua-del",
            "Ukrainian delegation",
            "Delegation",
            "ukrainian-delegation",
            [_span("Russian and Ukrainian delegations")],
            country="ukraine",
            members=["umerov"],
        ),
    ]
    talks = Event(
        kind="negotiation_round",
        evidence=_span("Russian and Ukrainian delegations met in Istanbul on Monday"),
        status="held",
        participants=["ru-del", "ua-del"],
        mediator="turkey",
        date=PartialDate(6, 2, 2025),
        time=dt.time(13, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        time_text=_span("13:30 (10:30 GMT)"),
        location=Place("Istanbul", _span("Istanbul", 2), wikidata="Q406"),
        venue=Place("Ciragan Palace", _span("Ciragan Palace")),
        topics=[_span("exchange prisoners")],
        proposals=[Proposal(_span("a 30-day ceasefire"), proposed_by="turkey")],
        trigger=_span("talks", 2),
    )
    exchange = Event(
        kind="prisoner_exchange",
        evidence=_span("the exchange would take place on June 7"),
        status="planned",
        participants=["russia", "ukraine"],
        date=PartialDate(6, 7),  # the article gives no year: an xsd:gMonthDay
        trigger=_span("exchange", 2),
    )
    strike = Event(
        kind="attack",
        evidence=_span("On Sunday, drones struck an airfield in the Murmansk region"),
        status="held",
        location=Place("Murmansk region", _span("Murmansk region")),
        trigger=_span("struck"),
    )
    statements = [
        Statement(
            speaker="umerov",
            cue=_span("told reporters"),
            content=_span("We agreed to exchange prisoners,"),
            kind="direct",
            evidence=_span(
                '"We agreed to exchange prisoners," Ukrainian Defence Minister Rustem Umerov '
                "told reporters."
            ),
            date=PartialDate(6, 2, 2025),
            about=[0],
        ),
        Statement(
            speaker="kremlin",
            via="peskov",
            cue=_span("said"),
            content=_span("the exchange would take place on June 7"),
            kind="indirect",
            evidence=_span(
                "The Kremlin said through spokesman Dmitry Peskov that the exchange would take "
                "place on June 7."
            ),
            about=[1],
        ),
    ]
    return Extraction(article, actors, statements, [talks, exchange, strike])


def sample_graph() -> Graph:
    """The RDF graph `kg.mapping.to_graph` makes of the sample extraction."""
    return to_graph(sample_extraction(), SAMPLE_EXTRACTOR_VERSION, SAMPLE_GENERATED_AT)

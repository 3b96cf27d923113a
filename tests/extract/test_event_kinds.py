"""Meeting or talks by the mention's own parties and purpose (`event_kinds`): a meeting with a
negotiator, mediated or to work out a deal negotiates; a meeting with an envoy or with the
mediators, or to discuss anything else, stays a meeting. A law signed is a state's own act,
not an agreement signed. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import article, kind_of

from kg.extract.event_kinds import gathering_kind, mention_kind
from kg.extract.event_senses import event_sense


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (
            "The rebels met on Tuesday with Anna Berg, the Swedish chief negotiator, in Oslo.",
            "met",
            "negotiation_round",
        ),
        # One side meeting the mediators (or a peace envoy) is an encounter: the sides do not
        # negotiate with each other there.
        ("The rebels met on Tuesday with Anna Berg, a Swedish peace envoy.", "met", "meeting"),
        ("Egyptian mediators met the Hamas leaders in Cairo on Friday.", "met", "meeting"),
        ("Rebel representatives met Omani mediators in Muscat on Friday.", "met", "meeting"),
        (
            "The delegation left Rome after meeting with Italian and Swiss mediators.",
            "meeting",
            "meeting",
        ),
        ("The two sides met under Omani mediation in Muscat.", "met", "negotiation_round"),
        (
            "The two ministers met in Vienna to negotiate the release of the sailors.",
            "met",
            "negotiation_round",
        ),
        (
            "The defence chiefs met in Geneva to discuss a ceasefire in the north.",
            "met",
            "negotiation_round",
        ),
        ("The president met the UN envoy Maria Lund on Monday.", "met", "meeting"),
        (
            "The leaders met in Sofia to discuss energy security and trade.",
            "met",
            "meeting",
        ),
        (
            "The ministers met in Ankara to discuss the results of last month's talks.",
            "met",
            "meeting",
        ),
        ("She visited Kyiv and met the prime minister.", "met", "meeting"),
        (
            "The two sides held a meeting mediated by Norway on Monday.",
            "meeting",
            "negotiation_round",
        ),
        ("Officials met in Cairo on the hostage deal.", "met", "negotiation_round"),
        ("A ceasefire meeting took place in Juba.", "meeting", "negotiation_round"),
        ("She met the mayor about the new stadium.", "met", "meeting"),
        ("The leaders met on the sidelines of the summit.", "met", "meeting"),
    ],
)
def test_meeting_or_talks(nlp, text: str, word: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind_of(nlp, text, word) == kind


def test_other_kinds_are_left(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The negotiators signed the agreement in Doha.")
    head = next(t for t in doc if t.text == "signed")
    assert gathering_kind(head, "agreement_signing") == "agreement_signing"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The senator praised the May 3 signing of the Border Security Bill.", "other"),
        ("The decree was signed by the president on Monday.", "other"),
        ("Chile and Peru signed a fisheries agreement in Lima.", "agreement_signing"),
        ("The signing of the accord took place in Rome.", "agreement_signing"),
    ],
)
def test_a_law_signed_is_no_agreement_signing(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.lower_.startswith("sign"))
    assert mention_kind(head, "agreement_signing") == kind


def test_a_signed_bill_is_an_other_event_of_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = pipeline.extract(
        article(
            "Senate backs pipeline\n\nWashington • X\n\n"
            "The United States showed its support through the December 20 signing of the "
            "Eastern Pipeline Bill by President Adams.\n"
        )
    )
    assert [e.kind for e in x.events if "signing" in e.evidence.text] == ["other"]


@pytest.mark.parametrize(
    ("text", "word", "sense"),
    [
        (
            "Norway expelled two diplomats over alleged assassination plots in Oslo.",
            "assassination",
            False,
        ),
        ("Police foiled a bomb plot in Lyon on Friday.", "bomb", False),
        ("An assassination attempt on the governor failed on Monday.", "assassination", True),
    ],
)
def test_a_plot_is_no_attack(nlp, text: str, word: str, sense: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    assert event_sense(head, "attack") is sense


def test_a_meeting_that_works_out_differences_negotiates(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The meeting between Anna Lind and Tom Ode produced an agreement on fishing."
    assert kind_of(nlp, text, "meeting") == "negotiation_round"
    text = "The meeting between Anna Lind and Tom Ode lasted two hours."
    assert kind_of(nlp, text, "meeting") == "meeting"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lind held talks with his Danish counterpart in Oslo on Monday.", "meeting"),
        ("The premier was in Riga for talks with President Anna Berzina.", "meeting"),
        ("She held brief talks with Defence Minister Tom Ode in Tallinn.", "meeting"),
        ("Lind held talks in Riga with President of Latvia Anna Berzina on Monday.", "meeting"),
        ("Lind held talks with Tom Ode on a ceasefire in the north.", "negotiation_round"),
        ("Lind held talks with the leaders of the rebel group.", "negotiation_round"),
        ("The peace talks with Tom Ode resumed in Oslo.", "negotiation_round"),
        ("Lind held talks with Tom Ode, the chief negotiator.", "negotiation_round"),
    ],
)
def test_talks_with_a_named_person_are_a_meeting(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.text == "talks")
    assert mention_kind(head, "negotiation_round") == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # What came of the talks, told in a clause under them, is not what they negotiated.
        ("Lind held talks with Premier Tom Ode on trade, after which six accords were signed.",
         "meeting"),
        # Talks that a visit or a reception is for are the visit's encounter, whoever is met.
        ("Lind visited Riga and held talks with the Latvian leadership.", "meeting"),
        ("The king is welcoming the Latvian premier to the palace for wide-ranging talks.",
         "meeting"),
        # Unless the talks negotiate.
        ("Lind visited Riga and held talks with the rebels on a ceasefire deal.",
         "negotiation_round"),
        ("Lind visited Riga and held talks with the rebels' chief negotiator.",
         "negotiation_round"),
    ],
)  # fmt: skip
def test_talks_of_a_visit_are_a_meeting(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.text == "talks")
    assert mention_kind(head, "negotiation_round") == kind


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ("Chile and Peru honour the fisheries agreement, which was signed in Lima in 2008.", 1),
        ("Chile and Peru recalled the 2008 agreement that was signed in Lima.", 1),
        ("Chile and Peru said the pension law that was signed on Monday still holds.", 0),
    ],
)
def test_an_agreement_signed_told_before_the_verb(pipeline, body: str, kinds: int) -> None:  # type: ignore[no-untyped-def]
    """What is signed may come before the verb, in a passive relative clause: an agreement so
    signed is a signing, a law is not."""
    x = pipeline.extract(article(f"Fisheries\n\nLima • X\n\n{body}\n"))
    assert [e.kind for e in x.events].count("agreement_signing") == kinds


@pytest.mark.parametrize(
    "body",
    [
        "The foreign ministers of Chile and Peru signed 15 intergovernmental documents in Lima.",
        "Chile and Peru will sign the documents on fisheries in Lima on Friday.",
    ],
)
def test_documents_signed_by_two_states(pipeline, body: str) -> None:  # type: ignore[no-untyped-def]
    """The documents two sides sign are the texts of what they agree: a signing."""
    x = pipeline.extract(article(f"Fisheries\n\nLima • X\n\n{body}\n"))
    assert [e.kind for e in x.events] == ["agreement_signing"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The next meeting of the border commission will be held in Riga in May.",
            "negotiation_round",
        ),
        (
            "Another meeting between the two governments took place in Bern on Monday.",
            "negotiation_round",
        ),
        ("The third meeting between the two leaders ended in Tallinn on Friday.", "meeting"),
        ("Ahead of next week's meeting, the leaders discussed energy.", "meeting"),
        ("A regular meeting of the two delegations was held in Vilnius.", "negotiation_round"),
        ("The meeting of the two presidents was held in Vilnius.", "meeting"),
        ("Their first meeting was held in Vilnius in March.", "meeting"),
        # A meeting counted past the first is a sitting of a series, unless of leaders.
        ("The deputy ministers plan a second meeting next month in Kaunas.", "negotiation_round"),
        (
            "The 12th meeting of senior officials of the two states opened in Riga.",
            "negotiation_round",
        ),
        # The leaders told as the subject of the verb that holds it; "1st" is "first".
        (
            "President Ilse Varga and President Tomas Rein will hold a second meeting in Turku.",
            "meeting",
        ),
        ("The two presidents held a third meeting in Turku on Friday.", "meeting"),
        ("The 1st meeting of the water panel opened in Turku.", "meeting"),
        # "the two men": the encounters of two people counted, not sittings
        ("It was the second meeting between the two men in as many months.", "meeting"),
    ],
)
def test_a_meeting_of_a_series_is_a_round(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind_of(nlp, text, "meeting") == kind

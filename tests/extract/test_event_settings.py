"""An occurrence named as what another comes before, after or beside (`event_kinds.sequel_of`,
`mention_tellings.in_sequence`): "ahead of the talks", "on the sidelines of the summit" name
another occurrence than the clause's own, kept apart from it. Invented sentences."""

from __future__ import annotations

import pytest
from extract_helpers import article

from kg import nlp as kg_nlp
from kg.extract.event_kinds import sequel_of


@pytest.mark.parametrize(
    ("text", "word", "anchor"),
    [
        ("The envoy saw the rebel chief ahead of the talks.", "talks", "saw"),
        ("The envoy saw the rebel chief after the talks.", "talks", "saw"),
        ("The premiers conferred on the sidelines of the summit in Tarvo.", "summit", "conferred"),
        ("The premiers met on the margins of the forum in Tarvo.", "forum", "met"),
        ("The premiers met during the summit in Tarvo.", "summit", None),
        ("The premiers met at the summit in Tarvo.", "summit", None),
    ],
)
def test_the_act_an_occurrence_is_placed_by(nlp, text: str, word: str, anchor: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    got = sequel_of(head)
    assert (doc[got].text if got is not None else None) == anchor


def _gatherings(x):  # type: ignore[no-untyped-def]
    return [e for e in x.events if e.kind in ("meeting", "negotiation_round")]


def test_a_meeting_beside_a_summit_is_not_the_summit(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The encounter held on the sidelines of a summit and the summit are two occurrences."""
    x = pipeline.extract(
        article(
            "Norland and Southia ministers confer in Tarvo\n\n"
            "Tarvo • X\n\n"
            "Norland's foreign minister Ilse Varg met Southia's foreign minister Tor Lusk in "
            "Tarvo on 3 May, on the sidelines of the Lakeland summit.\n"
        )
    )
    words = sorted(e.trigger.text.lower() for e in _gatherings(x) if e.trigger is not None)
    assert any(w.startswith("met") for w in words) and "summit" in words


def test_a_meeting_held_beside_a_forum_is_not_the_forum(pipeline) -> None:  # type: ignore[no-untyped-def]
    """In "the meeting was held on the margins of the forum", the subject of the verb the phrase
    hangs on is the encounter, the forum another occurrence."""
    x = pipeline.extract(
        article(
            "Norland, Southia ministers meet\n\n"
            "Tarvo • X\n\n"
            "Norland's foreign minister Ilse Varg and Southia's foreign minister Tor Lusk met "
            "in Tarvo on Saturday. The meeting was held on the margins of the Lakeland "
            "Cooperation Forum held in Tarvo from 2 to 4 May.\n"
        )
    )
    assert len(_gatherings(x)) == 2


def test_that_meeting_is_not_the_setting(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The anaphor "that meeting" after talks held on the sidelines of a conference points back
    to the talks: the conference, told only as their setting, is pointed back to by its own
    word."""
    a = article(
        "Norland, Southia leaders confer in Tarvo\n\n"
        "Tarvo • X\n\n"
        "On Saturday, Norland's president Ilse Varg hosted talks between Southia's premier Tor "
        "Lusk and Eastmark's president Arno Pell on the sidelines of the trade conference held "
        "in Tarvo from 2 to 4 May. Lusk and Pell said they were pleased with that meeting.\n"
    )
    doc = pipeline.nlp(a.text)
    kg_nlp.remember_text(doc, a.text)
    pipeline.timeline(doc, a)
    index = pipeline.discourse(doc, a, pipeline.actors(doc, a))
    result = pipeline.events(doc, a, index)
    words = [sorted(a.text[s:e] for s, e in trig) for trig in result.triggers]
    assert ["conference"] in words and ["meeting", "talks"] in words


def test_what_a_call_discussed_is_no_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A verb of discussion joined to the call's word tells the call again: its object is what
    was discussed, not a party of another encounter."""
    x = pipeline.extract(
        article(
            "Norland, Southia ministers talk by phone\n\n"
            "Tarvo • X\n\n"
            "Norland's foreign minister Ilse Varg and Southia's foreign minister Tor Lusk held a "
            "telephone conversation and discussed Eastmark, the Norland foreign ministry said.\n"
        )
    )
    assert [e.kind for e in x.events] == ["phone_call"]
    names = {x.actor(p).name for p in x.events[0].participants}
    assert "Eastmark" not in names and {"Ilse Varg", "Tor Lusk"} <= names

from __future__ import annotations

from extract_helpers import article

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.statements import StatementFinder, find_quotes

TEXT = (
    "Envoys trade words before talks\n"
    "\n"
    "Doha • Example News\n"
    "\n"
    '"We are ready for a serious conversation about the border," said Hakan Fidan. '
    "Maria Zakharova told reporters that Moscow had received no proposals. According "
    "to Ukrainian officials, the exchange was delayed by a week.\n"
    "\n"
    'Olena Marchuk said: "The list is final. Nothing will change before Friday."\n'
    "\n"
    "Marchuk added that Kyiv would not send a delegation. She stressed the need for "
    "guarantees.\n"
    "\n"
    '"Both sides confirmed the schedule for the next round of contacts in Doha."\n'
    "\n"
    "- the statement reads.\n"
)


def run(text: str):  # type: ignore[no-untyped-def]
    art = article(text)
    doc = nlp.load()(art.text)
    idx = ActorFinder(gazetteer.default())(doc, art)
    sts = StatementFinder()(doc, art, idx)
    name = {a.id: a.name for a in idx.actors}
    return art, sts, name


def test_quotes() -> None:
    text = 'He said "one two three" and «four five».\n"Open quote to end'
    assert [text[s:e] for s, e in find_quotes(text)] == [
        "one two three",
        "four five",
        "Open quote to end",
    ]


def test_statements() -> None:
    art, sts, name = run(TEXT)
    got = {(name.get(s.speaker), s.kind, s.cue.text, s.content.text) for s in sts}
    assert (
        "Hakan Fidan",
        "direct",
        "said",
        "We are ready for a serious conversation about the border",
    ) in got
    assert ("Maria Zakharova", "indirect", "told", "Moscow had received no proposals") in got
    assert (
        "Olena Marchuk",
        "direct",
        "said",
        "The list is final. Nothing will change before Friday",
    ) in got
    assert ("Olena Marchuk", "indirect", "added", "Kyiv would not send a delegation") in got
    # A pronoun subject resolves to the person last named.
    assert ("Olena Marchuk", "indirect", "stressed", "the need for guarantees") in got
    # An unnamed source keeps the words that name it.
    acc = [s for s in sts if s.cue.text == "According to"]
    assert acc and acc[0].speaker is None and acc[0].speaker_span is not None
    assert acc[0].speaker_span.text == "Ukrainian officials"
    assert acc[0].content.text == "the exchange was delayed by a week"
    reads = [s for s in sts if s.cue.text == "the statement reads"]
    assert reads and reads[0].kind == "direct"
    assert reads[0].content.text.startswith("Both sides confirmed")
    for s in sts:
        for sp in (s.cue, s.content, s.evidence):
            assert art.text[sp.start : sp.end] == sp.text


def test_relay_via_spokesperson() -> None:
    text = (
        'Relay\n\nWashington • X\n\n"Secretary Rubio stressed the importance of the '
        'ceasefire in Gaza," said Tammy Bruce.\n'
    )
    _art, sts, name = run(text)
    inner = [s for s in sts if s.cue.text == "stressed"]
    assert inner and name[inner[0].speaker] == "Marco Rubio"
    assert name[inner[0].via] == "Tammy Bruce"
    outer = [s for s in sts if s.cue.text == "said"]
    assert outer and outer[0].via is None


def test_no_statement_without_speech() -> None:
    _art, sts, _ = run(
        'Quiet\n\nRome • X\n\nThe ministers walked to the "old palace" '
        "after lunch and the talks ended.\n"
    )
    assert sts == []

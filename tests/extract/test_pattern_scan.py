"""The pattern scan finds exactly what `finditer` finds, for every trigger and time pattern."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import delegations, timex
from kg.extract.event_decisions import DECISION_TRIGGERS
from kg.extract.event_triggers import PARSED_TRIGGERS, TRIGGERS
from kg.extract.event_violence import VIOLENCE_TRIGGERS
from kg.extract.pattern_scan import finditer, heads, lowered, scanner, search

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = [p for p, _k in TRIGGERS + PARSED_TRIGGERS + DECISION_TRIGGERS + VIOLENCE_TRIGGERS]
PATTERNS += [v for m in (timex, delegations) for v in vars(m).values() if isinstance(v, re.Pattern)]

SNIPPETS = [
    "The leaders MET in Geneva; a Phone Call followed, and they spoke with the press.",
    "Talks resumed.\nTalks on a truce, a cease-fire and a prisoner swap were held on Monday.",
    "He telephoned her. The telephone conversation lasted an hour. Meetings, summits, visits.",
    "In a call on Tuesday, the envoy signed the accord; the signing ceremony was hosted by Oman.",
    "After the vote, the parliament ratified the treaty and approved a new deal on 3 June 2025.",
    "metmeetingmet summitsummit signedsigned talkstalks",  # words inside words
    "Two days later, the ministers met again; three weeks ago, an attack struck the port.",
    "The Russian delegation and the Norwegian Government; Kenya's foreign ministry met "
    "the Government of Yemen. Delegations of Ghana and Togo, the EU's negotiating team.",
    "Long s and dotless i: the ſummit, they ſigned, sıgned; İstanbul TALKS. Kelvin: \u212aILLED.",
    "",
    "a",
]


def texts() -> list[str]:
    out = list(SNIPPETS)
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(text)
        # Pieces cut anywhere: a sentence the statement stage asks about starts mid-text.
        out += [text[i : i + 120] for i in range(0, len(text), 61)]
    return out


def spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_same_matches_as_finditer(pattern: re.Pattern[str]) -> None:
    for text in texts():
        low = lowered(text)
        assert spans(finditer(pattern, text, low)) == spans(pattern.finditer(text)), text[:60]
        first, scanned = pattern.search(text), search(pattern, text, low)
        assert (first and first.span()) == (scanned and scanned.span())


def test_most_trigger_patterns_are_scanned_by_their_words() -> None:
    scanned = [p for p, _k in TRIGGERS if scanner(p).finder is not None]
    assert len(scanned) >= len(TRIGGERS) // 2


def test_heads_are_the_words_a_match_begins_with() -> None:
    assert heads(re.compile(r"\b(?:tele)?phone(?:d|s)?\b", re.I)) == {"tele", "phone"}
    assert heads(re.compile(r"(?<=\bthe )vote\b|\bRound")) == {"vote", "round"}
    # An optional space, a digit: a match may begin with anything.
    assert heads(re.compile(r"\b(?:air)?\s?strikes?\b")) is None
    assert heads(re.compile(r"\b\d+ days ago")) is None


def test_needs_are_words_every_match_contains() -> None:
    scan = scanner(re.compile(r"\b(?:air|drone)?\s?(?:attacks?|strikes?)\b", re.I))
    assert scan.finder is None  # a match may begin with a space
    assert set(scan.needs) == {"attack", "strike"}
    assert list(scan.finditer("The ATTACK.", lowered("The ATTACK."))) != []
    assert list(scan.finditer("No such thing.", lowered("No such thing."))) == []


def test_lowered_keeps_offsets_or_declines() -> None:
    assert lowered("Talks in Geneva") == "talks in geneva"
    assert lowered("İstanbul") is None  # two characters in lower case
    assert lowered("the ſummit") is None  # `re.I` reads "ſ" as "s"; `str.lower` does not


def test_every_character_a_head_letter_matches_lowers_to_it_or_is_declined() -> None:
    """Whatever `re.I` matches to a letter of a pattern's words is found in the lower-cased
    text, or `lowered` declines the text (then `finditer` runs as before)."""
    letters = {c for p in PATTERNS for w in heads(p) or () for c in w}
    same = re.compile("[" + "".join(map(re.escape, sorted(letters))) + "]", re.I)
    found = [chr(code) for code in range(0x110000) if same.fullmatch(chr(code))]
    for c in found:
        for x in letters:
            if re.fullmatch(re.escape(x), c, re.I) and c.lower() != x:
                assert lowered(c) is None, (hex(ord(c)), x)

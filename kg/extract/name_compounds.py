"""Names joined by a hyphen into one modifier: "the Eastland-Westland talks", "Northland-
Southland relations", "a Eastland-Westland-Midland summit". Each name is a party of what the
compound qualifies; the words before a name are another party, no title of it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.index import Mention

# Hyphens and the en dash, written without spaces between two names ("Eastland–Westland").
HYPHENS = ("-", "\u2013")


def glued_hyphen(tok: Token) -> bool:
    """Whether a token is a hyphen written without spaces between two words ("A-B")."""
    doc = tok.doc
    return (
        tok.text in HYPHENS
        and 0 < tok.i < len(doc) - 1
        and not tok.whitespace_
        and not doc[tok.i - 1].whitespace_
    )


def compound_heads(text: str, mentions: list[Mention]) -> dict[tuple[int, int], Mention]:
    """Each named mention glued by a hyphen to the next one of another actor ("Eastland" of
    "Eastland-Westland talks"), mapped to the chain's last mention ("Westland"), whose words
    the parser hangs on the noun the compound qualifies: every name of the chain stands where
    that one stands."""
    named = sorted(
        (m for m in mentions if m.kind == "name" and not m.nested), key=lambda m: m.start
    )
    after = {m.start: m for m in named}
    out: dict[tuple[int, int], Mention] = {}
    for m in named:
        last = m
        seen = {m.actor}
        while last.end < len(text) and text[last.end] in HYPHENS:
            nxt = after.get(last.end + 1)
            if nxt is None or nxt.actor in seen:
                break
            seen.add(nxt.actor)
            last = nxt
        if last is not m:
            out[(m.start, m.end)] = last
    return out

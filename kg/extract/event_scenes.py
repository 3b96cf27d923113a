"""Who takes part in a gathering by acting at it, where the gathering word's own phrase names
no one: who does what a relative clause of place tells ("a summit where the presidents signed
the treaty"), and who acts at a part of it ("at the opening of the summit, X said").

Input: the gathering word's token. Output: the tokens of the doers' phrases, or the token of
the part the clause places its act at.
"""

from __future__ import annotations

from spacy.tokens import Token

# Parts and edges of a gathering at which someone acts at it ("at the opening of the summit",
# "on the sidelines of the talks", "during the closing session of the conference").
PARTS = frozenset(
    {"opening", "close", "closing", "end", "start", "beginning", "sideline", "sidelines",
     "margin", "margins", "session", "ceremony", "part", "day", "eve", "conclusion"}
)  # fmt: skip
# Relative words by which a clause tells what happened at the gathering.
PLACE_RELATIVES = frozenset({"where", "at which", "during which", "in which"})


def part_of_gathering(head: Token) -> Token:
    """The noun of the part of the gathering `head` names, when the gathering word names whose
    part it is ("the opening of the summit": `opening`), else `head` itself."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PARTS:
        return prep.head
    return head


def where_doers(head: Token) -> list[Token]:
    """The subjects of a relative clause of place on the gathering word ("an AU summit where
    on Sunday the presidents of X and Y signed the treaty"): they acted at it."""
    out: list[Token] = []
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        # The clause opens with its relative word of place ("where", "at which").
        first = clause.left_edge
        opening = first.lower_ if first.lower_ == "where" else ""
        if first.dep_ == "prep" and first.i + 1 < len(first.doc):
            opening = f"{first.lower_} {first.doc[first.i + 1].lower_}"
        if opening in PLACE_RELATIVES:
            out.extend(c for c in clause.children if c.dep_ == "nsubj")
    return out

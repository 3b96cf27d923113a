"""States listed as the members of a group: "the co-chairs (Eastland, Westland and Northland)",
"the following group countries: Eastland, Westland, Northland", "The group is made up of
Eastland, Westland and Northland". The guidelines make a party every state that takes part;
a list that spells out who a group, a format or a side is names its members as parties, though
no single name of the list stands in an actor's place of the clause.

Input: the article's text and the `ActorIndex` of named mentions. Output: the ids of the
states so listed (`listed_members`); the discourse stage keeps them (`acting.prune`).

`members_after` reads the list in brackets right after a noun ("the co-chairs (A, B and C)",
"the four-party talks (A, B, C and observers from D)") for every stage that asks who a group
or a gathering is made of: this module's own lists, `event_members` and `discourse_groups`.

Two readings of the parse serve `acting.acts` for lists the parser took for appositions:
`listed_after_name` (a list after a first name, "A, the B, C and D signed": each is a subject
as A is) and `counting_noun` (a bracketed list after a phrase that counts states, "four envoys
of states of the bloc (A, B and C)": the list says who those are).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.index import ActorIndex, Mention
from kg.extract.roles import JOINT_FUNCTIONS, NUMBER_BODIES

# What opens a list of members: a bracket or a colon after a noun of members, or a verb that
# says what a group is made of.
# (A noun is tried only from the start of its word: one that fails there fails at each later
# letter too, which `re` would otherwise try one by one. Its word is taken whole, never given
# back letter by letter: a shorter word is followed by a letter, not a bracket or a colon.)
_OPENERS = re.compile(
    r"(?<![\w-])(?P<noun>[\w-]++)\s*[(:]|\b(?:made up of|composed of|comprising|consisting of)\b"
)
# Nouns whose members a list spells out ("the co-chairs (A, B, C)", "the group countries: A,
# B, C"); not a list of places ("three destinations (A, B and C)").
_MEMBER_NOUNS = (
    {
        "allies",
        "countries",
        "format",
        "group",
        "members",
        "nations",
        "negotiations",
        "observers",
        "partners",
        "parties",
        "powers",
        "sides",
        "states",
        "talks",
    }
    | NUMBER_BODIES
    | {f"{p}{f}s" for f in JOINT_FUNCTIONS for p in ("", "co-")}
)
# What may stand between two names of one list: a comma or "and", and at most one name no
# actor took ("A, Northland, B": a member the stages before did not keep).
_JOIN = r"(?:,|,? ?and|,? ?as well as)"
_BETWEEN = re.compile(rf"^{_JOIN}(?: [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?{_JOIN})?(?: the)?$")
_SHORTEST_LIST = 3


# How far a list of members in brackets may run before its closing bracket.
BRACKET_REACH = 400
# How many spaces may stand between a noun and the bracket of its members.
_BRACKET_GAP = 8


def bracket_after(text: str, end: int) -> tuple[int, int] | None:
    """Where the words inside a bracket that opens right after `end` (spaces only between)
    stand, when it closes within `BRACKET_REACH` characters."""
    at = end
    while at < len(text) and at - end < _BRACKET_GAP and text[at].isspace():
        at += 1
    if text[at : at + 1] != "(":
        return None
    close = text.find(")", at + 1, at + 1 + BRACKET_REACH)
    return (at + 1, close) if close >= 0 else None


def members_after(text: str, end: int, index: ActorIndex) -> list[Mention]:
    """The named mentions (not those inside another name) of the list in brackets right after
    `end`, in the index's order: "the co-chairs (A, B and C)" for the co-chairs' `end`."""
    inside = bracket_after(text, end)
    if inside is None:
        return []
    start, stop = inside
    return [m for m in index.mentions if not m.nested and m.start >= start and m.end <= stop]


def listed_members(text: str, index: ActorIndex) -> set[str]:
    """The states named in lists of three or more names that open after a bracket or a colon
    after a noun of members, or after "made up of", one name after another with only commas
    and "and" between them."""
    names = sorted((m for m in index.mentions if not m.nested), key=lambda m: m.start)
    out: set[str] = set()
    for opener in _OPENERS.finditer(text):
        noun = opener.group("noun")
        if noun and noun.lower() not in _MEMBER_NOUNS:
            continue
        if noun and text[opener.end() - 1] == "(":
            # (In brackets, the list ends where they close.)
            inside = sorted(
                members_after(text, opener.start("noun") + len(noun), index), key=lambda m: m.start
            )
            run = _run_after(text, opener.end(), inside)
        else:
            run = _run_after(text, opener.end(), names)
        if len(run) >= _SHORTEST_LIST:
            out |= {m.actor for m in run if index.by_id(m.actor).type == "Country"}
    return out


def _run_after(text: str, start: int, names: list[Mention]) -> list[Mention]:
    """The names one after another from `start` on: the first right after it (spaces and
    "the" only), each next one after a comma or "and"."""
    run: list[Mention] = []
    pos = start
    for m in names:
        if m.start < pos:
            continue
        gap = text[pos : m.start].strip()
        if not run and gap not in ("", "the"):
            break
        if run and not _BETWEEN.match(gap):
            break
        if run and m.actor == run[-1].actor:
            break
        run.append(m)
        pos = m.end
    return run


def listed_after_name(tok: Token) -> bool:
    """Whether a name the parser hung on a name before it as an apposition opens the rest of a
    list of names with "and" or "or" ("A, the B, C and D"): the names are coordinated, not one
    the other's description ("the city of A, B" has no conjunction)."""
    head = tok.head
    # (Two names of one kind: "Jane Roe, Envoy of A and B" is her title, not a list.)
    if head.pos_ != "PROPN" or not head.ent_type_ or tok.i < head.i:
        return False
    if tok.pos_ != "PROPN" or tok.ent_type_ != head.ent_type_:
        return False
    return any(
        t.dep_ == "conj" and t.pos_ == "PROPN" and any(c.dep_ == "cc" for c in t.children)
        for t in tok.subtree
    ) or any(c.dep_ == "cc" for c in tok.children)


def counting_noun(noun: Token, counts: set[str]) -> Token | None:
    """The noun at the top of a chain of "of" phrases over `noun` that holds a noun of
    `counts` (states, partners), for a list in apposition to the chain's last noun ("envoys of
    states of the bloc (A, B and C)": `envoys`); None when no noun of the chain counts."""
    found = False
    top = noun
    for _ in range(4):  # (a chain of "of" phrases is short: "envoys of states of the bloc")
        found = found or top.lemma_.lower() in counts
        prep = top.head
        if top.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            break
        top = prep.head
    found = found or top.lemma_.lower() in counts
    return top if found and top != noun else None

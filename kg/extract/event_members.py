"""Parties a gathering's own relative clause lists: "the talks, which include A, B and C",
"a joint session, which also takes in A and B", "talks that involve A and B" (the
guidelines: every named party takes part). A member the clause names in another role ("A and
B as observers", "C as a mediator") is not a party.

Input: the event word's token and the `ActorIndex`; output: the actors listed. `acting`
asks `in_member_clause` whether a name so listed fills an event role.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actor_lists import bracket_after, members_after
from kg.extract.index import ActorIndex
from kg.nlp import doc_text

# Verbs of a relative clause that list who a gathering brings together.
MEMBER_VERBS = {"include", "involve", "comprise", "gather"}
# Verbs that list them with "together" ("a summit that brought together A and B").
TOGETHER_VERBS = {"bring", "draw"}
# Relative pronouns of such a clause ("which include", "that involve").
RELATIVES = {"which", "that"}
# Nouns of a gathering whose relative clause may list its members (`acting` asks before any
# event is found, so by the noun).
GATHERING_NOUNS = {
    "talk", "negotiation", "meeting", "format", "summit", "conference", "consultation",
    "dialogue", "round", "session", "forum", "mechanism",
}  # fmt: skip
# Nouns of a role other than a party's: "A and B as observers".
OTHER_ROLES = {
    "observer", "mediator", "guarantor", "facilitator", "host", "moderator", "co-chair",
    "chair", "witness", "monitor",
}  # fmt: skip


def member_clause(head: Token) -> Token | None:
    """The verb of `head`'s relative clause that lists its members, if it has one."""
    for c in head.children:
        if (
            c.dep_ == "relcl"
            and _lists_members(c)
            and any(s.dep_ == "nsubj" and s.lower_ in RELATIVES for s in c.children)
        ):
            return c
    return None


def _lists_members(verb: Token) -> bool:
    """A verb that lists who a gathering brings together: "include", "involve", and "bring"
    with "together" ("a summit that brought together A, B and C")."""
    lemma = verb.lemma_.lower()
    return lemma in MEMBER_VERBS or (
        lemma in TOGETHER_VERBS and any(c.lower_ == "together" for c in verb.children)
    )


def listed_members(head: Token, actors: ActorIndex) -> list[str]:
    """The actors `head`'s relative clause lists as its members. A list that gives roles
    ("A and B as conflict sides, C as mediators, D as observers") names the parties first:
    the names before its first "as", unless that role is not a party's."""
    verb = member_clause(head)
    if verb is None:
        return bracketed_members(head, actors)
    sub = [t for t in verb.subtree if t.i > verb.i]
    roles = [t for t in sub if t.lower_ == "as" and t.dep_ == "prep"]
    if roles:
        if _other_role(roles[0]):
            return []
        sub = [t for t in sub if t.i < roles[0].i]
    if not sub:
        return []
    return actors.all_at(sub[0].idx, sub[-1].idx + len(sub[-1]))


def bracketed_members(head: Token, actors: ActorIndex) -> list[str]:
    """The actors a list in brackets right after a gathering's noun names: "the four-party
    talks (A, B, C and observers from D)" tells who the format brings together. Not a clause
    in brackets ("(in which A and B are the sides)") nor one name (an acronym, a place)."""
    doc = head.doc
    text = doc_text(doc)
    end = head.idx + len(head)
    inside = bracket_after(text, end)
    if inside is None:
        return []
    words = doc.char_span(inside[0], inside[1], alignment_mode="expand")
    if words is None or not len(words) or any(t.pos_ in ("VERB", "AUX") for t in words):
        return []
    if not any(t.text == "," or t.lower_ == "and" for t in words):
        return []
    found: list[str] = []
    for m in members_after(text, end, actors):
        if m.actor not in found:
            found.append(m.actor)
    return found if len(found) >= 2 else []


def in_member_clause(tok: Token) -> bool:
    """Whether `tok` stands inside a gathering's relative clause listing its members ("the
    talks, which include A, B and C"), before any role other than a party's."""
    for up in tok.ancestors:
        if up.dep_ == "relcl":
            return up.head.lemma_.lower() in GATHERING_NOUNS and member_clause(up.head) == up
    return False


def _other_role(prep: Token) -> bool:
    """`as` followed by a role other than a party's ("as observers", "as a mediator")."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in OTHER_ROLES for t in prep.children)

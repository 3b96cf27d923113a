"""Lists that make one event word several occurrences: the states a visit verb lists ("has
visited Eastland, Westland and Northland": one visit each), the counterparts of a plural noun
of encounters ("held phone calls with the leaders of A, B and C": one call each), the days a
clause lists ("will meet on May 3, May 5 and May 9": one meeting on each day).

Input: the event word's token and the `ActorIndex`. Output: the members of the list, for
`event_distribute` to make one occurrence of each; `visit_list_member` tells the discourse
stage a state so listed fills an event role (`acting.acts`).

The pool's gold reads these lists this way, while a noun of one trip with a list of stops ("a
visit to A and B", "will travel to A, B and C") and a past "met with X and Y" of one state
stay one occurrence: neither is split here. A plural visit noun ("visits to A, B and C") and a
plural of encounters told as a sequence ("a string of consultations, with A and B") are one
occurrence per state or counterpart (`toured_states`, `series_counterparts`).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from kg.extract.index import ActorIndex
from kg.extract.timex import MONTHS, WEEKDAYS
from kg.nlp import comma_between

# How the parser joins the members of a list of names: coordination, and for long lists of
# bare names apposition or a loose noun phrase ("visited A, B, C, D and E").
MEMBER_DEPS = {"conj", "appos", "npadvmod"}
# Verbs whose object names a place the subject went to, one visit per place listed.
VISIT_VERBS = {"visit"}
# Plural nouns of encounters of one party with one other: one occurrence per counterpart
# listed ("phone conversations with A and B"). Not "talks" or "consultations": "held talks
# with A and B" is mostly one round with both.
ENCOUNTER_PLURALS = {"meeting", "conversation", "call"}
# A call joins two ends: "phone talks with A and B" are calls, one with each.
PHONE = {"phone", "telephone"}


class Day(NamedTuple):
    """One day of a list: its characters, and the month and day it names."""

    start: int
    end: int
    month: int
    day: int


def list_members(first: Token) -> list[Token]:
    """`first` and the names joined to it as members of one list, in text order."""
    members, todo = [], [first]
    while todo:
        tok = todo.pop(0)
        members.append(tok)
        todo += [c for c in tok.children if c.dep_ in MEMBER_DEPS and c.pos_ == "PROPN"]
    return sorted(members, key=lambda t: t.i)


def without_joined(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    """The tokens of `tok`'s subtree without those of its children joined by one of `deps`
    (the other members of a list, and the words that join them)."""
    joined = [x for x in tok.children if x.dep_ in deps]
    return [t for t in tok.subtree if not any(t in x.subtree for x in joined)]


def _own_span(tok: Token) -> tuple[int, int]:
    """The characters of one member without the members joined to it, nor a phrase of time or
    place the parser hung on the last one ("A, B and C in his second tour"; "the Republic of
    A" keeps its "of")."""
    toks = without_joined(tok, (*MEMBER_DEPS, "cc", "preconj"))
    trailing = [c for c in tok.children if c.dep_ == "prep" and c.lower_ != "of" and c.i > tok.i]
    toks = [t for t in toks if not t.is_punct and not any(t in p.subtree for p in trailing)]
    toks = toks or [tok]
    return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def visit_list_member(tok: Token) -> bool:
    """Whether `tok` is a member of a list of names a visit verb has as its object ("visited
    A, B and C"), however the parser joined the list."""
    node = tok
    while node.dep_ in MEMBER_DEPS and node.head != node and node.head.pos_ == "PROPN":
        node = node.head
    if _tour_destination(node):
        return len(list_members(node)) >= 2
    return _visit_object(node) and (node != tok or node.dep_ != "dobj")


def _tour_destination(tok: Token) -> bool:
    """The object of the "to" of a plural visit noun ("visits to A, B and C"), on the noun or,
    as the parser may attach it, on the verb whose object holds the noun before it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "to":
        return False
    owner = prep.head
    if owner.pos_ == "VERB":
        return any(_plural_visit(t) for t in owner.subtree if t.i < prep.i)
    return _plural_visit(owner)


def _plural_visit(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in VISIT_VERBS


def _visit_object(tok: Token) -> bool:
    """The object of a visit verb, or a name the parser hung on it loosely ("visited A, B":
    A as a noun phrase of manner)."""
    head = tok.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in VISIT_VERBS:
        return False
    return tok.dep_ == "dobj" or (tok.dep_ == "npadvmod" and tok.ent_type_ in ("GPE", "LOC"))


def visited_states(head: Token, actors: ActorIndex) -> list[tuple[str, tuple[int, int]]]:
    """`has visited A, B and C this year`: each state the visit verb lists as its object, with
    the characters that name it; empty unless two or more members name a state."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in VISIT_VERBS:
        return []
    obj = next((c for c in head.children if _visit_object(c)), None)
    return _listed_states(obj, actors) if obj is not None else []


def toured_states(head: Token, actors: ActorIndex) -> list[tuple[str, tuple[int, int]]]:
    """`plans for visits to A, B and C next month`: a plural visit noun is one visit to each
    state its destination lists (a singular "a visit to A and B" is one trip with two stops).
    The destination hangs on the noun, or, where the parser attaches it past a time phrase,
    on the verb whose object holds the noun, after it."""
    if not _plural_visit(head):
        return []
    for prep in _preps_after(head, "to"):
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        states = _listed_states(obj, actors) if obj is not None else []
        if states:
            return states
    return []


def _preps_after(head: Token, word: str) -> list[Token]:
    """The noun's prepositions `word`, or, where the parser attached them past a time or a
    place phrase to the verb whose object holds the noun, the verb's after the noun."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == word]
    if preps:
        return preps
    verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == word and c.i > head.i]


def _listed_states(obj: Token, actors: ActorIndex) -> list[tuple[str, tuple[int, int]]]:
    """Each state a list of names headed by `obj` names, with the characters that name it;
    empty unless two or more members name a state."""
    out: list[tuple[str, tuple[int, int]]] = []
    for member in list_members(obj):
        start, end = _own_span(member)
        states = [a for a in actors.all_at(start, end) if actors.by_id(a).type == "Country"]
        if len(set(states)) == 1 and states[0] not in (s for s, _ in out):
            out.append((states[0], (start, end)))
    return out if len(out) >= 2 else []


# Nouns that make a plural of encounters a sequence of them ("a series of consultations").
SEQUENCE_NOUNS = {"series", "string"}


def series_counterparts(head: Token, actors: ActorIndex) -> list[list[str]]:
    """`ran a series of talks, with the chiefs of both parties, A and B`: a plural
    encounter noun told as a sequence is one encounter with each counterpart its "with" lists,
    one group per member of the list (past a plural noun that names no one: "the leaders of
    the parties, A and B"); empty unless two or more members name someone."""
    if head.tag_ != "NNS" or head.dep_ != "pobj" or head.head.lower_ != "of":
        return []
    if head.head.head.lemma_.lower() not in SEQUENCE_NOUNS:
        return []
    for prep in _preps_after(head, "with"):
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        while obj is not None and not _names_someone(obj, actors):
            of = next((x for x in obj.children if x.dep_ == "prep" and x.lower_ == "of"), None)
            joined = [x for x in obj.children if x.dep_ in ("appos", "conj")]
            obj = next((x for x in of.children if x.dep_ == "pobj"), None) if of else None
            if obj is None and joined:
                obj = joined[0]
        if obj is None:
            continue
        groups: list[list[str]] = []
        for member in _joined_members(obj):
            group = list(dict.fromkeys(actors.all_at(*_own_span(member))))
            if group and group not in groups:
                groups.append(group)
        if len(groups) >= 2:
            return groups
    return []


def _names_someone(tok: Token, actors: ActorIndex) -> bool:
    """The noun phrase names an actor by its own words, not those of its "of" phrase or of
    the nouns joined to it ("the leaders of the parties, A and B" names no one itself)."""
    toks = [t for t in without_joined(tok, ("conj", "appos", "cc", "prep")) if not t.is_punct]
    return bool(toks) and bool(
        actors.all_at(min(t.idx for t in toks), max(t.idx + len(t) for t in toks))
    )


def _joined_members(first: Token) -> list[Token]:
    """`first` and the nouns joined to it by coordination or apposition, in text order."""
    members, todo = [], [first]
    while todo:
        tok = todo.pop(0)
        members.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos")]
    return sorted(members, key=lambda t: t.i)


def counterpart_lists(head: Token, actors: ActorIndex) -> list[list[str]]:
    """`had phone calls with the presidents of A, B and C`, `will make calls on X and Y`: the
    counterparts each member of the list names, one group per member; empty
    unless the plural noun lists two or more, each naming someone."""
    by_phone = any(c.dep_ in ("compound", "amod") and c.lower_ in PHONE for c in head.children)
    if head.tag_ != "NNS" or not (head.lemma_.lower() in ENCOUNTER_PLURALS or by_phone):
        return []
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "on")]
    for prep in preps:
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        if obj is None:
            continue
        # "the leaders of A, B and C": the list of states the plural post is held in.
        of = next((x for x in obj.children if x.dep_ == "prep" and x.lower_ == "of"), None)
        inner = next((x for x in of.children if x.dep_ == "pobj"), None) if of else None
        first = inner if obj.tag_ == "NNS" and inner is not None else obj
        members = [first, *(c for c in first.conjuncts if c.i > first.i)]
        groups = [
            list(dict.fromkeys(actors.all_at(*_own_span(m))))
            for m in sorted(members, key=lambda t: t.i)
        ]
        if len(groups) >= 2 and all(groups):
            return groups
    return []


def listed_days(head: Token) -> list[Day]:
    """`will meet on Monday March 15, Thursday March 18 and Tuesday March 23`,
    `would hold further talks on May 4th and June 8th`: the characters of each day the
    clause lists after "on" (a month and a day of it each: "on May 9 and 10" may be one
    meeting of two days), two or more, with the month and day each names; else empty."""
    verb = head.head if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass") else head
    if verb.pos_ != "VERB" or (head.pos_ == "NOUN" and head.tag_ != "NNS"):
        return []
    for prep in (c for c in (*verb.children, *head.children) if c.dep_ == "prep"):
        if prep.lower_ != "on" or prep.i + 1 >= len(prep.doc):
            continue
        days = _days_after(prep)
        if len(days) >= 2:
            return days
    return []


def _days_after(prep: Token) -> list[Day]:
    """The days of the run of date words right after `prep`, cut at commas and "and"."""
    doc = prep.doc
    chunks: list[list[Token]] = [[]]
    i = prep.i + 1
    while i < len(doc):
        tok = doc[i]
        if tok.ent_type_ == "DATE" and tok.lower_ not in (",", "and"):
            chunks[-1].append(tok)
        elif tok.lower_ in (",", "and") and i + 1 < len(doc) and doc[i + 1].ent_type_ == "DATE":
            chunks.append([])
        elif tok.lower_ == "," and i + 2 < len(doc) and doc[i + 1].lower_ == "and":
            chunks.append([])
        else:
            break
        i += 1
    # ("Thursday, March 18": a weekday before its date is part of it, not a day of its own)
    chunks = [c for c in chunks if c and not all(t.lower_ in WEEKDAYS for t in c)]
    days = []
    for c in chunks:
        month = next((MONTHS[t.lower_.rstrip(".")] for t in c if t.lower_.rstrip(".") in MONTHS), 0)
        day = next((n for n in map(_day_number, c) if n), 0)
        if month and day:
            days.append(Day(c[0].idx, c[-1].idx + len(c[-1]), month, day))
    return days if len(days) == len(chunks) else []


def _day_number(tok: Token) -> int:
    """The day of the month a token names ("9", "9th"), else 0."""
    digits = tok.lower_.removesuffix("st").removesuffix("nd").removesuffix("rd")
    digits = digits.removesuffix("th")
    return int(digits) if digits.isdigit() and 1 <= int(digits) <= 31 else 0


def separate_members(obj: Token, actors: ActorIndex) -> list[list[str]]:
    """The counterparts of encounters told as separate, one group per member of the list that
    `obj` heads: members joined by "and" at any depth (the parse may hang "and B" on A's
    apposition) and appositions set off by a comma ("A, B and C"), while an apposition with no
    comma is the member's own name ("Foreign Minister Ana Ruiz"). One plural post of a list
    of states ("the foreign ministers of A and B") is a member for each state."""
    members, todo = [obj], [obj]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if c.dep_ == "conj" or (c.dep_ == "appos" and comma_between(tok, c)):
                members.append(c)
            if c.dep_ in ("conj", "appos"):
                todo.append(c)
    if len(members) < 2 and obj.tag_ in ("NNS", "NNPS"):
        members = _states_of_post(obj)
    out: list[list[str]] = []
    for m in sorted(members, key=lambda t: t.i):
        others = [x for x in members if x is not m and x in m.subtree]
        toks = [t for t in m.subtree if not any(t in x.subtree for x in others)]
        toks = [t for t in toks if t.dep_ not in ("cc", "punct", "preconj")]
        start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
        group = list(dict.fromkeys(actors.all_at(start, end)))
        if group not in out:
            out.append(group)
    return out


def _states_of_post(post: Token) -> list[Token]:
    """`the foreign ministers of A and B`: A and B, the members of the post's "of" list."""
    for c in post.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            first = next((x for x in c.children if x.dep_ == "pobj"), None)
            if first is not None and first.conjuncts:
                return [first, *first.conjuncts]
    return [post]

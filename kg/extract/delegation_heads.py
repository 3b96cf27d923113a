"""Delegations known only by who heads them: "Delegations led by Vice-Minister A and Eastland's
Ambassador B will meet", "A, leading a delegation, arrived", "Heading a high-level delegation,
B flew in". The text speaks of delegations without naming their states; each head's state
names theirs ("the Eastlandish delegation"), as `delegations.py` names one written with its
adjective, and the head is its member."""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Token

from kg.extract.delegations import country_actor, state_named
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.gazetteer import Entry, Gazetteer, slug
from kg.model import Actor, Article, Span
from kg.nlp import span_at

log = logging.getLogger(__name__)

# "Delegations led by", "the delegation, headed by": heads named after the noun.
_HEADED = re.compile(r"\b[Dd]elegations?,?\s+(?:(?:was|were|is|are)\s+)?(?:led|headed)\s+by\b")
# "leading a delegation", "heading a high-ranking delegation": the head is the clause's subject.
_HEADING = re.compile(r"\b[LlHh]eading\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?delegation\b")


def add_headed_delegations(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """A delegation for each state whose person heads a delegation the text leaves unnamed."""
    text = article.text
    if "elegation" not in text:
        return  # (the cheap test: most stories have no delegation at all)
    for m in _HEADED.finditer(text):
        noun_end = text.index("elegation", m.start()) + len("elegation")
        plural = text[noun_end] == "s"
        noun_end += plural
        if _named_before(text, m.start()) or in_noise(article, m.start(), noun_end):
            continue
        span = span_at(doc, m.end() - 2, m.end())
        if span is not None:
            heads = _by_phrase_heads(index, span[0])
            _add(text, index, gz, heads if plural else heads[:1], m.start(), noun_end)
    for m in _HEADING.finditer(text):
        if in_noise(article, m.start(), m.end()):
            continue
        span = span_at(doc, m.start(), m.start() + 1)
        if span is not None:
            heads = _heading_subject(index, span[0])
            _add(text, index, gz, heads, m.end() - len("delegation"), m.end())


def _by_phrase_heads(index: ActorIndex, by: Token) -> list[Actor]:
    """The people the "by" phrase of "led by"/"headed by" names: its object and the objects
    joined to it ("led by A and B"), never a person later in the sentence ("... met C")."""
    if by.lower_ != "by":
        return []
    objects = [t for t in by.children if t.dep_ == "pobj"]
    for obj in list(objects):
        objects.extend(_conjuncts(obj))
    return _people_at(index, objects)


def _heading_subject(index: ActorIndex, heading: Token) -> list[Actor]:
    """Who heads the delegation in "Heading a delegation, B arrived" (the subject of the verb
    the phrase modifies) or "A, leading a delegation, arrived" (the noun it modifies)."""
    head = heading.head
    if head is heading:
        return []
    if head.pos_ in ("NOUN", "PROPN"):
        return _people_at(index, [head])
    subjects = [t for t in head.children if t.dep_ in ("nsubj", "nsubjpass")]
    return _people_at(index, subjects[:1])


def _conjuncts(tok: Token) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _people_at(index: ActorIndex, toks: list[Token]) -> list[Actor]:
    """The people whose (outermost) mentions cover these tokens, in the tokens' order."""
    out: list[Actor] = []
    for tok in toks:
        for mm in index.mentions:
            if mm.start <= tok.idx < mm.end and not mm.nested:
                actor = index.by_id(mm.actor)
                if actor.type == "Person" and actor not in out:
                    out.append(actor)
    return out


def _named_before(text: str, pos: int) -> bool:
    """Whether a capitalised word names the delegation ("a Hamas delegation, headed by"):
    `delegations.py` has read it."""
    before = re.split(r"\n|[.!?]\s", text[max(0, pos - 40) : pos])[-1]  # (its sentence's)
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in ("the", "a")


def _add(
    text: str, index: ActorIndex, gz: Gazetteer, heads: list[Actor], start: int, end: int
) -> None:
    for head in heads:
        state = head_state(text, index, gz, head)
        if state is None:
            continue
        owner = country_actor(index, state)
        if any(a.type == "Delegation" and a.country == owner for a in index.actors):
            continue  # (named elsewhere already: "the Eastlandish delegation")
        adjective = state.adjectives[0] if state.adjectives else state.name
        deleg = index.new(
            f"{adjective} delegation", "Delegation", f"delegation/{slug(state.name)}", country=owner
        )
        if deleg is None:
            continue
        deleg.members.append(head.id)
        index.mentions.append(Mention(start, end, deleg.id))
        log.debug("delegation %s headed by %s", deleg.name, head.name)


def head_state(text: str, index: ActorIndex, gz: Gazetteer, person: Actor) -> Entry | None:
    """The state a person serves: the state their title in the article names ("Minister of
    Foreign Affairs of Eastland", "Eastlandish Ambassador"), else the gazetteer's."""
    for role in person.roles:
        owner = index.by_id(role.of) if role.of else None
        if owner is not None and owner.type == "Country":
            return gz.lookup(owner.name)
        for word in role.title.split():
            if word[:1].isupper() and (state := state_named(word, gz)) is not None:
                return state
    entry = gz.entry_of(person.name, person.wikidata)
    if entry is not None and entry.country:
        return gz.entries.get(entry.country)
    return _title_state(text, index, gz, person)


def _title_state(text: str, index: ActorIndex, gz: Gazetteer, person: Actor) -> Entry | None:
    """The state whose adjective opens the capitalised title right before one of the
    person's names ("Eastlandish President Jane Roe's trip"), read back to the first word
    written in lower case."""
    for mm in index.mentions:
        if mm.actor != person.id:
            continue
        for word in reversed(text[max(0, mm.start - 60) : mm.start].split()[-4:]):
            if not word[:1].isupper():
                break
            if (state := state_named(word, gz)) is not None:
                return state
    return None


# "his accompanying delegation", "its delegation", "her delegation".
_THEIR_DELEGATION = re.compile(
    r"\b(?P<pron>[Hh]is|[Hh]er|[Ii]ts)(?: (?:accompanying|own|negotiating))? delegation\b"
)


def add_pronoun_delegations(text: str, index: ActorIndex, gz: Gazetteer) -> None:
    """ "received the minister and his accompanying delegation", "Eastland agreed to add an
    envoy to its delegation": the delegation of the state the pronoun's owner serves (or is),
    named by the state's adjective like one the text names so, with the pronoun's words as
    its mention."""
    if "delegation" not in text:
        return
    for m in _THEIR_DELEGATION.finditer(text):
        if index.overlaps(m.start(), m.end()):
            continue
        owner = _owner_before(text, index, m.start(), m.group("pron").lower() == "its")
        if owner is None or owner.type not in ("Person", "Country"):
            continue  # (a body's delegation is named as the body's words: not guessed)
        state = gz.lookup(owner.name) if owner.type == "Country" else None
        state = state or (head_state(text, index, gz, owner) if owner.type == "Person" else None)
        if state is None or state.type != "Country":
            continue
        key = f"delegation/{slug(state.name)}"
        deleg = next((a for a in index.actors if a.key == key), None)
        if deleg is None:
            adjective = state.adjectives[0] if state.adjectives else state.name
            country = country_actor(index, state)
            deleg = index.new(f"{adjective} delegation", "Delegation", key, country=country)
        if deleg is None:
            continue
        if owner.type == "Person" and owner.id not in deleg.members:
            deleg.members.append(owner.id)
        index.mentions.append(Mention(m.start(), m.end(), deleg.id))
        deleg.mentions = sorted({*deleg.mentions, Span.of(text, m.start(), m.end())})
        deleg.aliases.add(m.group(0))


def _owner_before(text: str, index: ActorIndex, pos: int, its: bool) -> Actor | None:
    """Whose delegation a possessive names: the actor named (or described, or referred to, as
    the discourse stage read it) last before it in its sentence (a person for "his"/"her",
    else a state or body), as "the minister and his delegation",
    "Eastland agreed to add an envoy to its delegation" put the owner right before it."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    before = [
        mm
        for mm in index.mentions + index.refs  # ("the visiting minister and his delegation")
        if start <= mm.start
        and mm.end <= pos
        and not mm.nested
        and (index.by_id(mm.actor).type != "Person") == its
    ]
    last = max(before, key=lambda mm: mm.end, default=None)
    return index.by_id(last.actor) if last is not None else None

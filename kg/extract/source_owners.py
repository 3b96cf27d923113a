"""Whose office the source's words name: a description that names the state or body a title
belongs to ("the Westland envoy", "the chief of Eastland's diplomacy", "the Rebel Front's
spokesperson") describes someone of that state or body. A person the article ties only to
another state or body (by the roles it records: "Northland's foreign minister") is not who
speaks, however near the cue the ranker finds them; nor, for a person's title, is a state or
body other than the owner and those that belong to it. Unnamed members new to the story ("Westland
officials", "a Westland diplomat") speak for the owner (the guidelines' unnamed official) or
are one of its people the story names."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from kg.extract.discourse_words import GENERIC_PERSON, MEMBER_NOUNS
from kg.extract.index import ActorIndex
from kg.extract.source_description import PERSON_TITLES, SPOKES_TITLES, content_words
from kg.extract.source_words import object_of_cue, token_at
from kg.model import Actor, Statement

# Heads of a description that name one holder of an office (or a spokesperson or member of
# it): "the minister", "the spokeswoman", "the leader", "the chief".
OFFICE_HEADS = PERSON_TITLES | SPOKES_TITLES | MEMBER_NOUNS | GENERIC_PERSON | {"delegate"}
# How a modifier hangs on the title when it names its owner: "Westland's", "the Westland
# envoy", "the Westlandish envoy", "the chief of Westland('s diplomacy)", "spokesman for X".
_OWNER_DEPS = ("poss", "compound", "amod", "nmod")


def title_owners(doc: Doc, st: Statement, index: ActorIndex) -> set[str]:
    """The actors named as the owner of the title heading the statement's source words, or
    an empty set when the words are no such title or name no owner."""
    if st.speaker_span is None:
        return set()
    head = token_at(doc, st.speaker_span)
    if (
        head is None
        or head.pos_ not in ("NOUN", "PROPN")
        or head.lemma_.lower() not in OFFICE_HEADS
    ):
        return set()
    words: list[Token] = [c for c in head.children if c.dep_ in _OWNER_DEPS]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        words += [c for c in prep.children if c.dep_ == "pobj"]
    spans = [(w.left_edge.idx, w.right_edge.idx + len(w.right_edge)) for w in words]
    return {
        m.actor
        for m in index.mentions  # (names only: a resolved "the group's" may be anyone's)
        for start, end in spans
        if start <= m.start and m.end <= end
    }


def foreign_to(actor: Actor, owners: Collection[str], index: ActorIndex) -> bool:
    """Whether the article ties `actor` to a state or body other than `owners` and never to
    them: a person only by the roles it records, a state or body by being neither an owner
    nor part of one."""
    if actor.id in owners:
        return False
    if actor.type != "Person":
        return actor.country not in owners
    tied = [r.of for r in actor.roles if r.of is not None]
    if not tied or any(of in owners for of in tied):
        return False
    # (A role whose owner the actor stage did not link may still name it: "head of X".)
    names = {
        w
        for o in owners
        for n in (index.by_id(o).name, *index.by_id(o).aliases)
        for w in content_words(n)
    }
    titles = {w for r in actor.roles for w in content_words(r.title)}
    return not names & titles


def one_holder(doc: Doc, st: Statement) -> bool:
    """Whether the source's words are a definite singular title ("the Westland minister",
    "Westland's chief negotiator"): one holder the story may name, not an unnamed member
    ("a Westland official", "Westland officials"), who speaks for the body."""
    assert st.speaker_span is not None
    head = token_at(doc, st.speaker_span)
    if head is None or head.tag_ not in ("NN", "NNP"):
        return False
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in head.children)


def owned_holders(cands: Collection[str], owners: Collection[str], index: ActorIndex) -> set[str]:
    """Of the candidates, the people the article gives a role of one of `owners`."""
    return {
        a.id
        for a in (index.by_id(c) for c in cands)
        if a.type == "Person" and any(r.of in owners for r in a.roles if r.of is not None)
    }


def addressees(doc: Doc, st: Statement, index: ActorIndex) -> set[str]:
    """The actors the cue's own clause names as whom the words were addressed to ("He told
    the Westland president", "urged Eastland to ...", "wrote to the council"): the one who
    speaks is never also the one named as spoken to, however a pronoun subject was resolved."""
    cue = token_at(doc, st.cue)
    if cue is None or cue.lower_ == "according" or object_of_cue(doc, st):
        return set()  # ("according to X": X speaks; "recalled X telling him": X too)
    heads = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to"):
        heads += [c for c in prep.children if c.dep_ == "pobj"]
    if not heads:
        return set()
    # (Names only: a pronoun or description the discourse stage resolved may be anyone's.)
    spoken = {m.actor for m in index.mentions for h in heads if m.start <= h.idx < m.end}
    # (A subject naming the same actor keeps it: "Westland told its own envoys" is Westland's.)
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    named = {
        m.actor
        for m in index.mentions
        for s in subjects
        if s.pos_ != "PRON" and m.start <= s.idx < m.end
    }
    return spoken - named


def ruled_out(doc: Doc, st: Statement, cands: Collection[str], index: ActorIndex) -> set[str]:
    """The candidates the statement's own words rule out as its speaker: whom the cue's clause
    names as spoken to (`addressees`); and, where the source's words name an owner, those tied
    only to another state or body, and, where the words are one holder's title and the
    article names a person holding an office of that owner, everyone but such people."""
    spoken_to = addressees(doc, st, index) & set(cands)
    owners = title_owners(doc, st, index)
    if not owners:
        return spoken_to
    out = {c for c in cands if foreign_to(index.by_id(c), owners, index)}
    holders = owned_holders(cands, owners, index)
    if unnamed_members(doc, st, index):
        # ("Westland officials said", "a Westland diplomat": by the guidelines, the body
        # they speak for; or one of its people the story goes on to name.)
        return spoken_to | {c for c in cands if c not in owners and c not in holders}
    if holders and one_holder(doc, st):
        out |= {c for c in cands if c not in holders}
    return out | spoken_to


def unnamed_members(doc: Doc, st: Statement, index: ActorIndex) -> bool:
    """Whether the source's words are unnamed members of a body or state, new to the story
    ("officials", "a diplomat", "sources"), rather than one holder's title, someone named in
    them ("the representative, Anna Berg,") or someone named before ("the official")."""
    assert st.speaker_span is not None
    head = token_at(doc, st.speaker_span)
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in GENERIC_PERSON:
        return False
    if head.tag_ == "NN" and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in head.children
    ):
        return False
    span = st.speaker_span
    return not any(
        span.start <= m.start and m.end <= span.end and index.by_id(m.actor).type == "Person"
        for m in index.mentions
    )

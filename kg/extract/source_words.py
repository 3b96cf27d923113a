"""What the words naming a statement's source say of who may speak, for the source ranker
(`source_ranker.may_overrule`): a pronoun or title only a person answers to, a common noun no
one person does, the press or figures, a member speaking for their body or group, the cue's
object; and the head token of a statement's span.

Input: the parsed `Doc` and a `Statement` (with the actor index or types where needed);
output: a yes or no.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from kg.extract.discourse_words import (
    BODY_NOUNS,
    GENERIC_PERSON,
    MEMBER_NOUNS,
    SPOKES_NOUNS,
    STATE_NOUNS,
    UNNAMED_SOURCE_NOUNS,
)
from kg.extract.index import ActorIndex
from kg.extract.source_description import PERSON_TITLES
from kg.extract.speakers import named_member
from kg.model import Span, Statement
from kg.nlp import span_at

# Words for someone who speaks for a body without being named ("an official", "its leaders").
MEMBER_WORDS = GENERIC_PERSON | MEMBER_NOUNS | SPOKES_NOUNS
INDEFINITE = {"a", "an", "one", "another", "some", "several", "many", "two", "three"}


def token_at(doc: Doc, span: Span) -> Token | None:
    s = span_at(doc, span.start, span.end)
    return s.root if s is not None else None


# Figures someone compiled ("data from the census show", "an average of polls puts",
# "a newspaper's analysis found"): their issuer is whoever the source's words name ("UN
# statistics suggest"), never the actor the story names nearest, whom the ranker, trained
# on PolNeAR (whose sources are words, not actors), would otherwise put in.
FIGURE_NOUNS = {"data", "statistics", "figures", "average", "analysis", "database", "tally"}


def are_figures(doc: Doc, st: Statement) -> bool:
    """Whether the source's words, which the rules resolved to no actor, are figures. Bare
    "the data" is not asked about: it may take up figures whose issuer spoke just before
    ("The agency said ... According to the data, ...")."""
    if st.speaker is not None or st.speaker_span is None:
        return False
    head = token_at(doc, st.speaker_span)
    if head is None or head.lower_ not in FIGURE_NOUNS:
        return False
    return any(c.lower_ != "the" for c in head.children)


def unnamed_source(doc: Doc, st: Statement) -> bool:
    """The rules found the source's words and they are the press, bystanders, experts or a
    poll ("Russian media reported"): the actors those words mention do not speak."""
    if st.speaker_span is None:
        return False
    head = token_at(doc, st.speaker_span)
    if head is None:
        return False
    word = head.lower_
    return word in UNNAMED_SOURCE_NOUNS or word.removesuffix("s") in UNNAMED_SOURCE_NOUNS


def person_word(doc: Doc, st: Statement) -> bool:
    """Whether the source's words are a pronoun only a person answers to ("he", "she", "I"),
    or a title one person holds ("the Foreign Minister said"): not the state named near it.
    (Unnamed officials, spokespeople and heads of bodies speak for their body: not those.)"""
    if st.speaker_span is None:
        return False
    head = token_at(doc, st.speaker_span)
    if head is None:
        return False
    if head.lower_ in ("he", "she", "i", "him", "her"):
        return True
    # Only a bare title: "the Ukrainian foreign minister", "the president of X" may be someone
    # the story does not name, who then speaks for their state (the guidelines' unnamed
    # official).
    owned = any(c.ent_type_ or c.dep_ in ("poss", "prep") for c in head.children)
    return (
        head.tag_ in ("NN", "NNP")
        and head.lemma_.lower() in PERSON_TITLES
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not owned
    )


def no_one_person(doc: Doc, st: Statement, types: Mapping[str, str]) -> bool:
    """Whether the source's words are a common noun no one person answers to, and the rules
    did not read them as a person: a plural ("officials said", "both nations"), a body ("the
    administration", "police") or someone unnamed and new ("an official said": the body they
    speak for, by the guidelines). The ranker, trained on PolNeAR, whose sources are words
    and not actors, has put the person mentioned nearest in their place; only a person named
    inside the words ("candidates, including X and Y, criticized") may still answer for them.
    ("The leaders agreed", "the Russian official noted" may be people named before: the
    rules' reading of them stands.)"""
    if st.speaker_span is None or types.get(st.speaker or "") == "Person":
        return False
    head = token_at(doc, st.speaker_span)
    if head is None or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in SPOKES_NOUNS or lemma in MEMBER_NOUNS:
        return False  # (whom they serve or lead may speak through them)
    if lemma in GENERIC_PERSON and head.tag_ == "NN":
        return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children)
    return head.tag_ == "NNS" or lemma in BODY_NOUNS or lemma in STATE_NOUNS


def for_their_body(doc: Doc, st: Statement, types: Mapping[str, str]) -> bool:
    """The rules read an unnamed member of a body or state as speaking for it ("An Israeli
    official, speaking ... about the prime minister's schedule", "Iran, whose leaders have
    called"): the ranker, which learned from PolNeAR that such words name no candidate,
    would put in their place a person they only mention."""
    if st.speaker_span is None or types.get(st.speaker or "") == "Person":
        return False
    head = token_at(doc, st.speaker_span)
    return head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in MEMBER_WORDS


def for_their_group(doc: Doc, st: Statement, index: ActorIndex) -> bool:
    """The rules read a group described by its members as speaking through the first named
    ("hawks, like Lund and Berg, say"): the ranker, trained on PolNeAR, whose sources are the
    whole words, would take whichever member is nearest the cue."""
    if st.speaker_span is None:
        return False
    head = token_at(doc, st.speaker_span)
    return head is not None and named_member(head, index) == st.speaker


def object_of_cue(doc: Doc, st: Statement) -> bool:
    """Whether the rules read the source's words as the cue's object, as they do only for
    one remembered saying the words ("Holm recalled the envoy telling him")."""
    if st.speaker_span is None:
        return False
    head, cue = token_at(doc, st.speaker_span), token_at(doc, st.cue)
    return head is not None and cue is not None and head.dep_ == "dobj" and head.head == cue

"""Encounters told by a verb or noun of discussion rather than by an event noun: "Akar and
Stoltenberg discussed NATO's agenda", "Zarif discussed bilateral ties with Qureshi", "the
delegation will consult with US officials", "I had a great talk with X".

These words are common in other senses ("the report discusses", "the issue was discussed",
"talk of war"), so each counts as an event word only with its parties in the clause: a named
party to discuss or consult with, or two named doers ("X and Y discussed").

Input: a trigger's head token. Output: whether it tells such an encounter.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.event_triggers import TRIGGERS
from kg.model import EventKind
from kg.nlp import is_to_clause

DISCUSSION_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (re.compile(r"\bdiscuss(?:ed|es|ing)?\b|\bconsult(?:ed|s|ing)?\b(?= with\b)", re.I), "meeting"),
    # The noun in the singular with a party ("talks" is in the lexicon): "had a long talk with
    # X" is a conversation, as "talked with" and "conversation" are in the lexicon. ("will hold
    # a high-level talk" as a round was tried: the headline's "talk" then absorbed the earlier
    # summit the body names in its sentence.)
    (re.compile(r"\btalk\b(?=(?: [\w-]+){0,3} with\b)", re.I), "phone_call"),
)

# Entity types that can be a party to an encounter.
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Common nouns that stand for a party met: "with his counterpart", "with US officials".
PARTY_NOUNS = frozenset(
    {
        "counterpart",
        "counterparts",
        "officials",
        "official",
        "delegation",
        "delegations",
        "leaders",
        "leader",
        "minister",
        "ministers",
        "president",
        "envoy",
        "ambassador",
        "representatives",
        "peer",
    }
)
# Verbs whose object "talk" is an encounter held: "hold a talk", "had a talk with".
HOLDING_VERBS = frozenset({"hold", "have"})


def discussed_with_party(head: Token) -> bool:
    """The discussion word has its parties: a verb with a party after "with" or two named
    doers; the noun "talk" had or held with a party."""
    if head.lemma_.lower() == "talk" or head.lower_ == "talk":
        return head.pos_ == "NOUN" and _talk_held(head)
    if head.pos_ != "VERB" or head.dep_ in ("amod", "compound"):
        return False
    if any(c.dep_ == "auxpass" for c in head.children):
        return False  # "the issue was discussed": no one named as discussing
    if head.dep_ in ("advcl", "relcl", "acl") and is_to_clause(head):
        return False  # "met X to discuss", "a talk to discuss": the purpose of an encounter told
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in head.children):
        return False  # "X and Y also discussed": more of the encounter already told
    if _told_as(head):
        return False
    return _with_party(head) or _two_doers(head)


def _told_as(verb: Token) -> bool:
    """`discussed air defence in a phone call`, `discussed it by phone`, `at their meeting`:
    what was discussed at an encounter another word of the clause names (that word is the
    event, of its own kind)."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        words = [t for t in c.subtree]
        if any(t.lower_ in ("phone", "telephone") for t in words):
            return True
        text = c.doc[words[0].i : words[-1].i + 1].text
        if any(p.search(text) for p, _k in TRIGGERS):
            return True
    return False


def _party(tok: Token) -> bool:
    return tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN" or tok.lower_ in PARTY_NOUNS


def _with_party(verb: Token) -> bool:
    """`discussed the situation with Qureshi`, `consult with US officials`."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(o.dep_ == "pobj" and _party(o) for o in c.children)
        for c in verb.children
    )


def _two_doers(verb: Token) -> bool:
    """`Akar and Stoltenberg discussed`: a subject of two named parties (not "the report")."""
    while verb.dep_ in ("xcomp", "conj") and verb.head != verb:
        verb = verb.head  # "are expected to discuss": the subject is the governing verb's
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not _party(subj):
        return False
    return any(c.dep_ == "conj" and _party(c) for c in subj.subtree)


def _talk_held(noun: Token) -> bool:
    """`had a great talk this afternoon with X`: the noun had or held, with the party after
    "with" (on the noun or on the verb, as the parse attaches it)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOLDING_VERBS:
        return False
    return _with_party(noun) or _with_party(noun.head)

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

from kg.extract.event_triggers import BY_PHONE, TRIGGERS
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

# A discussion told by phone is a call ("Putin discussed the situation with Merkel by phone",
# "discussed by phone with his Iranian counterpart"): the medium phrase in the verb's clause.
PHONE_DISCUSSION_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(rf"\bdiscuss(?:ed|es|ing)?\b(?=[^.;\n]{{0,200}}?\b{BY_PHONE}\b)", re.I),
        "phone_call",
    ),
)
# The words that open a medium phrase ("by phone", "over the telephone", "on the phone").
MEDIUM_PREPS = frozenset({"by", "over", "on"})

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
    if not _discussing_verb(head):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in head.children):
        return False  # "X and Y also discussed": more of the encounter already told
    if _told_as(head):
        return False
    return _with_party(head) or _two_doers(head)


def discussed_by_phone(head: Token) -> bool:
    """`X discussed the situation with Y by phone`, `X and Y discuss the crisis by phone`: a
    discussion verb whose own clause gives the phone as its medium and names its parties (a
    party after "with", wherever the parse hangs it in the clause, or two named doers)."""
    if not _discussing_verb(head):
        return False
    words = _clause_words(head)
    if not any(t.lower_ in ("phone", "telephone") and _after_medium_prep(t) for t in words):
        return False
    # (The parse may make the party a modifier of what was discussed after it: "with his
    # counterpart Hossein Amir Abdollahian files of common interest".)
    with_party = any(
        t.lower_ == "with"
        and any(o.dep_ == "pobj" and any(_party(w) for w in o.subtree) for o in t.children)
        for t in words
    )
    return with_party or _two_doers(head)


def _discussing_verb(head: Token) -> bool:
    """Whether the word is a verb that tells someone discussing: not a modifier, not a
    passive, not the purpose of an encounter another word tells."""
    if head.pos_ != "VERB" or head.dep_ in ("amod", "compound"):
        return False
    if any(c.dep_ == "auxpass" for c in head.children):
        return False  # "the issue was discussed": no one named as discussing
    if head.dep_ in ("advcl", "relcl", "acl") and is_to_clause(head):
        return False  # "met X to discuss", "called X to discuss": the encounter's own word tells
    return True


def _after_medium_prep(word: Token) -> bool:
    """`by phone`, `over the phone`: the word follows a preposition of a medium, with at most
    "the" between (not "discussed the phone records")."""
    i = word.i - 1
    if i >= 0 and word.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and word.doc[i].lower_ in MEDIUM_PREPS


# Not `event_kinds._own_words`'s walk, and on purpose: that one drops words by their link
# (every "conj", every clause link, of a noun too), this one by their part of speech (it
# drops the verbs under the clause and keeps nouns joined by "conj", where the parse may hang
# the phone or the party: "discussed X and, by phone, Y with ..."). The phone rule was
# measured with this walk.
def _clause_words(verb: Token) -> list[Token]:
    """The words of the verb's own clause: its subtree without the clauses under it."""
    out: list[Token] = []
    todo = [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if c.pos_ not in ("VERB", "AUX") or c.dep_ == "aux"]
    return out


def _told_as(verb: Token) -> bool:
    """`discussed air defence in a phone call`, `discussed it by phone`, `at their meeting`:
    what was discussed at an encounter another word of the clause names (that word is the
    event, of its own kind)."""
    for c in verb.children:
        if c.dep_ not in ("prep", "agent"):  # (the parse may take "by phone" for an agent)
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
    # (A headline's comma joins two names: "Putin, Merkel discuss ...", parsed as apposition.)
    return any(
        (c.dep_ == "conj" and _party(c)) or (c.dep_ == "appos" and c.ent_type_ in PARTY_ENTS)
        for c in subj.subtree
    )


def _talk_held(noun: Token) -> bool:
    """`had a great talk this afternoon with X`: the noun had or held, with the party after
    "with" (on the noun or on the verb, as the parse attaches it)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOLDING_VERBS:
        return False
    return _with_party(noun) or _with_party(noun.head)

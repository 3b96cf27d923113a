"""The sides of a call or meeting told as the occasion of something else, where the parse hangs
the occasion on a word that is not the clause's verb:

- on a noun: "Lind on a call with Ode stressed ..." (the person on the call takes part),
  "had an exchange with Ode in a telephone conversation" (with whom the exchange was);
- on an infinitive of an object noun: "discussed the need to end the fighting with Ode in a
  phone call" (who discussed it is on the call, though the infinitive has no subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_parties_control import doers

# Prepositions by which a call or meeting is the occasion of what the phrase tells.
OCCASION_PREPS = {"in", "on", "during", "at", "over"}
# A noun an occasion phrase hangs on that names someone, by a name or a pronoun.
NAMING = {"PROPN", "PRON"}


def occasion_sides(head: Token) -> list[Token]:
    """The phrases that name the sides of the occasion `head` (a gathering word, object of an
    occasion preposition) beyond the clause's verb: see the module's docstring."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in OCCASION_PREPS or prep.dep_ != "prep":
        return []
    owner = prep.head
    if owner.pos_ in NAMING and owner.dep_ in ("nsubj", "nsubjpass"):
        return [owner]  # "X on a call with Y said": the prepositions below X tell Y
    if owner.pos_ == "NOUN":
        return _partners(owner)  # "an exchange with X in a call": with whom it was done
    if owner.pos_ == "VERB" and owner.dep_ == "acl" and not _has_subject(owner):
        # "discussed the need to end the fighting with Y in a call": who discussed it (up from
        # the infinitive's noun to the verb whose object it is) and with whom
        found = [x for t in (owner, *_objects(owner)) for x in _partners(t)]
        noun = owner.head
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            found = doers(noun.head) + found
        return found
    return []


def _partners(tok: Token) -> list[Token]:
    """The objects of the word's "with" phrases."""
    return [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
            for x in c.children if x.dep_ == "pobj"]  # fmt: skip


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

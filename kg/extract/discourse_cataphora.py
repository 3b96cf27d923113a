"""Cataphora: a possessive pronoun in an opening phrase names the subject that follows it.

"In his speech on Monday, Obama said ...", "During her visit, Merkel met ...": news copy opens
a sentence with a phrase about the person its main clause then names as subject. The pronoun
is theirs, not the person most in view before the sentence (whom salience would pick).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

POSSESSIVES = {"his", "her", "its", "their"}


def opening_owner(tok: Token, named: Mapping[int, str], agree: Callable[[str], bool]) -> str | None:
    """The actor named as the subject after the opening phrase that holds the possessive
    `tok`, if it agrees with the pronoun."""
    if tok.lower_ not in POSSESSIVES or tok.dep_ != "poss":
        return None
    noun = tok.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "NOUN"):
        return None
    verb = prep.head
    if not prep.i < verb.i:
        return None  # (the phrase must open the clause, before its verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > noun.i), None)
    actor = named.get(subj.i) if subj is not None else None
    return actor if actor is not None and agree(actor) else None

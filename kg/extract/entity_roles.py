"""How a named entity stands in its sentence: as a modifier of another noun (the government a
leader's name qualifies, "Sikh pilgrims") or as a doer (a subject, owner, agent or party).

Input: a spaCy entity span. Output: a yes or no the actor stage reads when it decides which
names are actors (`kg.extract.actors`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

# Nouns a leader's name modifies to name the government they led ("the Biden Administration").
_GOVERNED = {"administration", "government", "presidency", "era"}


def names_a_government(ent: SpacySpan) -> bool:
    """Whether a person's name only modifies the government named after it: the person is
    named as a modifier, like a state in "US-brokered", and does not act here."""
    root = ent.root
    return (
        ent.label_ == "PERSON"
        and root.dep_ == "compound"
        and root.head.i == ent.end
        and root.head.lower_ in _GOVERNED
    )


def modifies_a_noun(ent: SpacySpan) -> bool:
    """Whether a one-word name the gazetteer does not know modifies a common noun ("Sikh
    pilgrims"). Only words the model also calls a person there are dropped (`group_words`):
    a body that modifies ("a Bloomberg poll") may still be the source."""
    root = ent.root
    return (
        len(ent) == 1
        and not ent.ent_id_
        and ent.label_ in ("PERSON", "ORG")
        and root.dep_ in ("compound", "amod")
        and root.head.pos_ == "NOUN"
        and root.head.is_lower
    )


def acts(ent: SpacySpan) -> bool:
    """Whether the entity is the subject of a clause ("Kyiv expected results"), owns something
    ("Moscow's position"), is the agent ("as requested by Washington") or a party ("talks with
    Moscow"), as a state is, rather than a place things happen in."""
    root = ent.root
    if root.dep_ == "pobj":
        return root.head.lower_ in ("by", "with", "between", "against")
    return root.dep_ in ("nsubj", "nsubjpass", "poss")

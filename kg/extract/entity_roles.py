"""How a named entity stands in its sentence: as a modifier of another noun (the government a
leader's name qualifies, "Sikh pilgrims") or as a doer (a subject, owner, agent or party).

Input: a spaCy entity span. Output: a yes or no the actor stage reads when it decides which
names are actors (`kg.extract.actors`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.roles import NUMBER_BODIES

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


# Nouns a one-word name labels a thing with, not a party ("the Example format" of talks,
# "Example missiles"); and the number words that name a group of states after a place ("the
# Example Four").
_LABELLED = {"format", "formula", "missile", "missiles", "rocket", "rockets"}
_COUNTED = {"three", "four", "five", "six"} | NUMBER_BODIES


def labels_a_thing(ent: SpacySpan) -> bool:
    """Whether a one-word name the gazetteer does not know names a thing or a format: it
    modifies a noun for one ("the Example format", "Example missiles"), or a number word
    after it names the states that meet under it ("the Example Four")."""
    if len(ent) != 1 or ent.ent_id_ or ent.label_ not in ("PERSON", "ORG"):
        return False
    doc = ent.doc
    root = ent.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in _LABELLED:
        return True
    return ent.end < len(doc) and doc[ent.end].lower_ in _COUNTED and doc[ent.end].is_title


def acts(ent: SpacySpan) -> bool:
    """Whether the entity is the subject of a clause ("Kyiv expected results"), owns something
    ("Moscow's position"), is the agent ("as requested by Washington") or a party ("talks with
    Moscow"), as a state is, rather than a place things happen in."""
    root = ent.root
    if root.dep_ == "pobj":
        return root.head.lower_ in ("by", "with", "between", "against")
    if root.dep_ == "nsubj":
        # A city described ("Caracas had 3,797 homicides", "Athens is the venue") does nothing;
        # one with a stance ("Moscow was ready for talks") speaks for its state.
        if root.head.lemma_ in LINKING:
            return any(c.dep_ == "acomp" for c in root.head.children)
        return root.head.lemma_ not in _DESCRIBING
    if root.dep_ == "nsubjpass":
        # A city that is shelled or hit is where something happened (the guidelines' "a region
        # that is shelled"); one that is invited or asked is a party.
        return root.head.lemma_ not in _HARMED
    return root.dep_ == "poss"


# Linking verbs: their subject acts only with a stance ("remained ready to host the talks").
LINKING = {"be", "remain", "become", "seem", "appear", "stay"}
# Verbs whose subject is described, not doing anything: having, lying, bordering (a host
# of talks is a party to them: the guidelines' host).
_DESCRIBING = {
    "have",
    "lie",
    "house",
    "border",
    "see",
    "experience",
}
# Verbs whose passive subject suffers an act or is placed: a place, not a party.
_HARMED = {
    "hit",
    "shell",
    "strike",
    "bomb",
    "attack",
    "target",
    "damage",
    "destroy",
    "rock",
    "shake",
    "flood",
    "locate",
    "situate",
    "surround",
    "besiege",
    "capture",
    "seize",
    "occupy",
    "bombard",
}

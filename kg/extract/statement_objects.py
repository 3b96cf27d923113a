"""What a verb of saying reports when its object is not the words: the one addressed, with the
topic after it (`informed the envoys about the talks`, `warned both sides of the risks if they
fail`), or a relative pronoun, with the label given after it (`the talks, which she described
as useful`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.statement_words import ADDRESSING

# Verbs whose object is the one spoken to, the words coming after it: "informed the delegation
# that ...", "reminded both leaders of ...", "warned both sides against ...".
ADDRESSED = ADDRESSING | {"warn"}


def addressee_prep(verb: Token, preps: tuple[str, ...]) -> Token | None:
    """ "informed the participants about their efforts", "reminded both leaders of the accord":
    after a verb of addressing, the preposition that opens the topic is hung by the parser on
    the one addressed (the verb's object) rather than on the verb. That preposition, or None."""
    if verb.lemma_ not in ADDRESSED:
        return None
    addressee = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if addressee is None or addressee.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return next(
        (c for c in addressee.rights if c.dep_ == "prep" and c.lower_ in preps),
        None,
    )


# Marks of a condition that is part of a warning's topic: "warned of the consequences if the
# talks fail" (the consequences are conditional; the parser hangs the clause on the verb).
CONDITION_MARKS = {"if", "unless"}


def condition_after(verb: Token, last: Token) -> Token:
    """The conditional clause right after the topic ending at `last` (no comma between), hung
    by the parser on the verb of saying; else `last`."""
    after = last.right_edge.i + 1
    for c in verb.rights:
        if c.dep_ == "advcl" and c.left_edge.i == after and c.left_edge.lower_ in CONDITION_MARKS:
            return c
    return last


RELATIVE_PRONOUNS = {"which", "that", "whom", "who"}


def relative_label(verb: Token) -> tuple[Token, Token] | None:
    """ "the talks, which the ministry described as constructive", "a plan that he called
    "a new start"": a verb of saying in a relative clause whose object is the relative pronoun
    says nothing of its own object; the label it gives (after `as`, or as the object's
    predicate, or its second object) is what was said. Its first and last token, or None."""
    if verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.lefts):
        return None
    for c in verb.rights:
        # (The label the parser took for a second object: "which Pyongyang deemed a
        # provocation"; after a verb of addressing it is the one addressed.)
        if c.dep_ == "oprd" or (c.dep_ == "dobj" and verb.lemma_ not in ADDRESSED):
            return c, c
        if c.dep_ == "prep" and c.lower_ == "as":
            words = [x for x in c.rights if not x.is_punct]
            if words:
                return words[0], words[-1]
    return None

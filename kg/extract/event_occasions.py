"""Political occasions named by a noun: a debate, an election, a rally, a referendum, a hearing.

The guidelines count such a specific occurrence as an `other` event ("the Fox News debate on
Thursday night", "Khan's election", "the September rally in Washington"), while the same words
often name no occurrence at all: a debate is also a discussion ("the debate over encryption"),
an election a process or a prospect ("if he wins the election"), a rally a verb's noun
("to rally support"). A noun counts here only when its own dependents single one occurrence
out: a name or a party before it, a possessor, a day, a place, an order word ("the latest
debate"), or a verb that holds, hosts or attends it.

The occasions of one word are one family for coreference (`family`): "the debate" later in the
story points back to the debate, never to an election told between.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.speech_acts import actors_of

# The occasion nouns (lemmas) and the family each belongs to.
OCCASIONS = {
    "debate": "debate",
    "election": "election",
    "caucus": "election",
    "referendum": "election",
    "rally": "rally",
    "demonstration": "rally",
    "fundraiser": "fundraiser",
    "hearing": "hearing",
}
# Words that tell one occurrence apart from another of its kind.
ORDER_WORDS = {"latest", "last", "recent"}
# Entity types of a name or a party before the noun ("the ABC Democratic debate", "the Iowa
# caucuses") or of a day ("the September rally", "the November election").
NAMING_ENTS = {"ORG", "NORP", "GPE", "PERSON", "EVENT", "FAC"}
DAY_ENTS = {"DATE", "TIME"}
# Verbs that hold, host or attend an occasion as their object ("hosting the latest debate").
HOLDING_VERBS = {"host", "co-host", "hold", "stage", "organize", "organise", "attend"}
# Prepositions after which a debate is a discussion of a topic, not an occasion.
TOPIC_PREPS = {"over", "about", "on", "around", "surrounding", "regarding", "concerning"}
# Modifiers that make the noun a kind, not an occurrence ("political rallies", "free elections").
GENERIC_MODS = {"political", "free", "fair", "democratic", "public", "such", "future", "any"}
NUMBER_DEPS = {"nummod"}


def family(head: Token) -> str | None:
    """The occasion family of an event word, None for words that are no occasion noun."""
    return OCCASIONS.get(head.lemma_.lower()) if head.pos_ in ("NOUN", "PROPN") else None


def occasion_held(tok: Token) -> bool:
    """`tok`, an occasion noun, names one specific occurrence (see the module docstring)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "nmod"):
        return False  # "the debate crowd", "general-election voters": a modifier of a thing
    if tok.ent_type_ in NAMING_ENTS:
        return False  # "the ruling Democratic Rally": a party's name
    kids = list(tok.children)
    if _family_is(tok, "debate") and any(_topic(c) for c in kids):
        return False  # "the debate over Internet encryption": a discussion
    if any(c.dep_ == "amod" and c.text.islower() and c.lower_ in GENERIC_MODS for c in kids):
        return False  # (not a party's name: "the ABC Democratic debate")
    if any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in kids):
        return False  # "That debate is good for our democracy": the one under discussion
    if tok.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "compound" for c in kids):
        return False  # "the candidate's rallies": many, none singled out
    return _singled_out(tok, kids)


def _topic(prep: Token) -> bool:
    """`over encryption`, `on social media` (not `on Tuesday night`): what is debated."""
    if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS:
        return False
    return not any(x.dep_ == "pobj" and x.ent_type_ in DAY_ENTS for x in prep.children)


def _family_is(tok: Token, name: str) -> bool:
    return OCCASIONS.get(tok.lemma_.lower()) == name


def _singled_out(tok: Token, kids: list[Token]) -> bool:
    """A dependent of the noun, or the verb that holds it, singles one occurrence out."""
    for c in kids:
        if c.dep_ == "poss":
            return True  # "Khan's election", "his election to a fourth term"
        if c.dep_ in ("compound", "amod", "npadvmod", "nmod") and (
            c.ent_type_ in NAMING_ENTS | DAY_ENTS or c.pos_ == "PROPN"
        ):
            return True  # "the Fox News debate", "the September rally"
        if c.dep_ == "amod" and c.lower_ in ORDER_WORDS:
            return True  # "the latest debate"
        if c.dep_ == "npadvmod" and c.ent_type_ in DAY_ENTS:
            return True  # "the Democrat debate Wednesday night"
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "from", "at"):
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in DAY_ENTS | {"GPE", "LOC", "FAC"}:
                return True  # "the election on Nov. 8", "the debate from Detroit"
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in HOLDING_VERBS


# Prepositions by which a clause places what its subject does at an occasion.
AT_PREPS = {"at", "during", "in"}


def occasion_doers(tok: Token, actors: ActorIndex) -> list[str]:
    """Who acts at the occasion: the subject of the clause that places its act there ("At the
    Democrat debate Wednesday night, Clinton blamed ..."), when the noun's phrase names no one."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in AT_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    # A surname or pronoun the discourse stage resolved stands for its actor.
    who = actors.resolve(subj.idx, subj.idx + len(subj))
    return actors_of(subj, actors) or ([who] if who is not None else [])

"""Political occasions named by a noun: a debate, an election, a rally, a referendum, a hearing.

The guidelines count such a specific occurrence as an `other` event ("the Fox News debate on
Thursday night", "Khan's election", "the September rally in Washington"), while the same words
often name no occurrence at all: a debate is also a discussion ("the debate over encryption"),
an election a process or a prospect ("if he wins the election"), a rally a verb's noun
("to rally support"). A noun counts here only when its own dependents single one occurrence
out: a name or a party before it, a possessor, a day, a place, an order word ("the latest
debate"), a verb that holds, hosts or attends it, or one by which it takes place ("the trial
is underway"). Two words ask for more: an election must be someone's, of someone, on a day,
won or told by its outcome ("X was elected"), since the season's election is in every story of
it; a speech must have a name or a named audience, since "in a speech on Monday, she said" is
only the occasion of a statement.

The occasions of one word are one family for coreference (`family`): "the debate" later in the
story points back to the debate, never to an election told between.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.speech_acts import actors_of, irrealis

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
    "trial": "hearing",
    "speech": "speech",
}
# Words that tell one occurrence apart from another of its kind.
ORDER_WORDS = {"latest", "last", "recent"}
# Entity types of a name or a party before the noun ("the ABC Democratic debate", "the Iowa
# caucuses") or of a day ("the September rally", "the November election").
NAMING_ENTS = {"ORG", "NORP", "GPE", "PERSON", "EVENT", "FAC"}
DAY_ENTS = {"DATE", "TIME"}
# Verbs that hold, host or attend an occasion as their object ("hosting the latest debate").
# (and light verbs whose subject does the occasion: "gave a speech", "delivered an address",
# "chaired the hearing", "joined the rally")
HOLDING_VERBS = {
    "host", "co-host", "hold", "stage", "organize", "organise", "attend",
    "give", "deliver", "make", "chair", "lead", "join", "address",
}  # fmt: skip
# Prepositions after which a debate is a discussion of a topic, not an occasion.
TOPIC_PREPS = {"over", "about", "on", "around", "surrounding", "regarding", "concerning"}
# Modifiers that make the noun a kind, not an occurrence ("political rallies", "free elections").
GENERIC_MODS = {
    "political", "free", "fair", "democratic", "public", "such", "future", "any", "clinical"
}  # fmt: skip
# Verbs by which an occasion, their subject, takes place ("the trial began", "the election was
# held on Sunday", "a trial is underway").
TAKING_PLACE = {"begin", "open", "start", "resume", "end", "conclude", "close", "hold", "take"}


# Verbs that tell an election by its outcome: "X was elected president", "re-elected".
ELECTING = {"elect", "re-elect", "reelect"}


def family(head: Token) -> str | None:
    """The occasion family of an event word, None for words that are no occasion word."""
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in ELECTING:
        return "election"
    return OCCASIONS.get(lemma) if head.pos_ in ("NOUN", "PROPN") else None


def occasion_held(tok: Token) -> bool:
    """`tok`, an occasion word, names one specific occurrence (see the module docstring)."""
    if tok.lemma_.lower() in ELECTING:
        return _elected(tok)
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
    if _family_is(tok, "election") and tok.lemma_.lower() == "election":
        return _someones_election(kids) or _won(tok)
    if _family_is(tok, "speech"):
        # "gave a speech to the Chamber": the audience may hang from the verb
        given = tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("give", "deliver", "make")
        return _addressed(kids + list(tok.head.children) if given else kids)
    return _singled_out(tok, kids)


def _elected(verb: Token) -> bool:
    """`X was elected president`, `the parliament elected X`: an election someone named won
    (not "whoever is elected", nor "the newly elected mayor", a title)."""
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "compound") or irrealis(verb):
        return False
    return any(
        c.dep_ in ("nsubjpass", "dobj") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
        for c in verb.children
    )


def _someones_election(kids: list[Token]) -> bool:
    """An election is an act when it is someone's ("Khan's election", "the election of X") or
    has its day ("the election on Nov. 8"); "the November 2016 presidential election" is the
    race every story of the season mentions, not an occurrence the story tells."""
    for c in kids:
        if c.dep_ == "poss":
            return True
        obj = next((x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" else None
        if obj is None:
            continue
        if c.lower_ == "of" and obj.ent_type_ == "PERSON":
            return True
        if c.lower_ == "on" and obj.ent_type_ in DAY_ENTS:
            return True
    return False


def _won(tok: Token) -> bool:
    """`X won the presidential election`: the election a named winner won."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.lemma_.lower() == "win"
        and verb.tag_ in ("VBD", "VBN")  # "hoped that X wins the election": not yet won
        and not irrealis(verb)
        and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
            for c in verb.children
        )
    )


def _addressed(kids: list[Token]) -> bool:
    """A speech is an occasion when it has a name ("his New Beginning speech") or a named
    audience ("a speech to the Chamber of Commerce"); a speech in which someone said something
    is only the occasion of a statement ("in a speech on Monday, she said")."""
    for c in kids:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in DAY_ENTS:
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "before"):
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and (obj.ent_type_ in ("ORG", "NORP") or obj.pos_ == "PROPN"):
                return True
    return False


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
    if tok.dep_ in ("nsubj", "nsubjpass") and (
        verb.lemma_.lower() in TAKING_PLACE
        or any(c.lower_ == "underway" for c in verb.children if c.dep_ in ("acomp", "advmod"))
    ):
        return True  # "a closed-door trial is underway", "the election was held on Sunday"
    return tok.dep_ == "dobj" and verb.lemma_.lower() in HOLDING_VERBS


# Prepositions by which a clause places what its subject does at an occasion.
AT_PREPS = {"at", "during", "in"}


def occasion_doers(tok: Token, actors: ActorIndex) -> list[str]:
    """Who takes part in the occasion when the noun's phrase names no one: who holds or hosts it
    ("Adelson ... after hosting the latest debate", "he was scheduled to co-host a fundraiser"),
    or who acts at it ("At the Democrat debate Wednesday night, Clinton blamed ...")."""
    if tok.lemma_.lower() in ELECTING:
        # "X was elected president", "the parliament elected X": who was elected
        won = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        return [a for c in won for a in _named(c, actors)]
    prep = tok.head
    if tok.dep_ == "dobj" and prep.lemma_.lower() == "win" and family(tok) == "election":
        verb = prep  # "X won the election": the winner
    elif tok.dep_ == "dobj" and prep.lemma_.lower() in HOLDING_VERBS:
        verb = prep
    elif (
        tok.dep_ == "pobj"
        and prep.lower_ in AT_PREPS
        and prep.head.pos_ == "VERB"
        and family(tok) != "election"  # a voter or a donor in an election takes no part in it
    ):
        verb = prep.head
    else:
        return []
    subj = _subject(verb)
    return [] if subj is None else _named(subj, actors)


def _named(noun: Token, actors: ActorIndex) -> list[str]:
    """The actor a noun phrase stands for: a surname or pronoun the discourse stage resolved,
    the head word first ("the chief executive of Las Vegas Sands" is the executive)."""
    who = actors.resolve(noun.idx, noun.idx + len(noun))
    return [who] if who is not None else actors_of(noun, actors)


# Links by which a verb without a subject of its own shares its governor's ("was scheduled to
# co-host", "after hosting").
SHARED_SUBJECT = {"xcomp", "advcl", "pcomp", "conj"}


def _subject(verb: Token) -> Token | None:
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if subj.dep_ == "nsubj" or verb.lemma_.lower() == "schedule" else None
        if verb.dep_ not in SHARED_SUBJECT:
            return None
        verb = verb.head
        if verb.pos_ == "ADP":
            verb = verb.head
    return None

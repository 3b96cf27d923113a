"""Event words an article tells as its own news by their form alone: the headline's present
tense, the lede's present perfect, and a reported clause that names its own time instead.

`Timeline` asks these when an event word's sentence gives it no anchor: whether the event is
the story's news (then it takes the story's day) depends on where the word stands and in what
tense, not on any other sentence; which day the story's is, is the timeline's to say.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_paths import speaks_of_future
from kg.extract.timeline_resolve import halts
from kg.extract.timeline_words import PROSPECTIVE, clause_verb, present_perfect
from kg.nlp import doc_text


def headline_news(tok: Token) -> bool:
    """An event named by the headline's present-tense verb, or that verb with its object:
    the story's own news. (An event word as that verb without an object is too often a
    noun the parser took for one: "Gaza ceasefire talks".)"""
    if tok.sent.start != 0 or "\n" in doc_text(tok.doc)[: tok.idx]:
        return False
    if any(k.lower_ in PROSPECTIVE for k in tok.children):
        return False  # "planned Budapest summit"
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "welcomes inauguration", "hold talks"; not "summit is off", a copula's state, nor a
    # headline's "delegation to arrive for talks", its future.
    if any(t.lower_ == "to" and t.dep_ == "aux" for t in tok.sent):
        return False
    if halts(verb):
        return False  # "Pakistan postpones second round": the news is the putting off, the
        # round's day is the one it was set for, or none
    present = verb.tag_ in ("VBZ", "VBP") and verb.lemma_ != "be"
    verbal = verb.i != tok.i or any(k.dep_ == "dobj" for k in tok.children)
    return present and verbal and not speaks_of_future(verb)


def perfect_news(tok: Token) -> bool:
    """Whether the event word is the subject or object of a present perfect that tells a
    single occurrence, or that verb itself: "the two sides have signed an accord"; "a
    meeting between the two presidents has ended in Ankara"."""
    verb = clause_verb(tok)
    if verb.i != tok.i and tok.dep_ not in ("nsubj", "dobj"):
        return False  # (not "the visit has been put on hold": what befell it)
    if halts(verb) or any(k.dep_ == "nummod" for k in tok.children):
        return False  # "has been put on hold"; "have so far held five rounds": no one day
    kids = list(verb.children)
    if any(k.dep_ == "neg" or k.lower_ in ("far", "already", "ever") for k in kids):
        return False
    return present_perfect(verb)


def clause_time(tok: Token) -> bool:
    """Whether the event's clause tells a time of its own beside the event word, in a
    modifier of its verb ("held talks in the following days", "met there years ago"): a
    day the report leaves to that phrase, not to the report's own day."""
    verb = clause_verb(tok)
    if verb.i == tok.i:
        return False  # the word's own subtree is read by the caller
    mods = (k for k in verb.children if k.dep_ in ("prep", "npadvmod", "advmod"))
    return any(t.ent_type_ == "DATE" for k in mods for t in k.subtree)

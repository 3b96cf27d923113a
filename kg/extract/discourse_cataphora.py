"""Cataphora: a possessive pronoun in an opening phrase names the subject that follows it.

"In his speech on Monday, Obama said ...", "During her visit, Merkel met ...": news copy opens
a sentence with a phrase about the person its main clause then names as subject. The pronoun
is theirs, not the person most in view before the sentence (whom salience would pick).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

from kg.extract.discourse_words import (
    MEMBER_NOUNS,
    PERSON_NOUNS,
    SAYING_LEMMAS,
    after_according,
    is_subject,
    subject_verb,
    with_the,
)
from kg.model import Actor

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


AHEAD_SENTENCES = 2  # how far on a description's speaker may first be named
AHEAD_TITLED = 3  # how far, when named with the description's own title


def named_later(tok: Token, named: Mapping[int, str], actors: Mapping[str, Actor]) -> str | None:
    """ "The deputy head of China's delegation said ... [paragraph] "...," Rear Admiral Guan
    Youfei told reporters.": wire copy may describe a speaker first and name them in the next
    sentences, as the subject of a saying verb. The description of one unnamed person who
    spoke is the person first named so right after it (none named before it)."""
    # (Asked of nearly every word: the cheap test of its lemma first.)
    lemma = tok.lemma_.lower()
    if lemma not in PERSON_NOUNS and lemma not in MEMBER_NOUNS:
        return None  # ("The ministry said ... '...,' its spokeswoman X told": the ministry's)
    # ("A Hamas official said ... [paragraph] "...," X said": one not yet named is, too, when
    # what the text knows of X's titles fits the description.)
    new = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    owned = any(c.dep_ == "poss" for c in tok.children)
    singular = tok.tag_ == "NN" and (with_the(tok) or new or owned)
    speaking = (is_subject(tok) and says(subject_verb(tok))) or after_according(tok)
    if not singular or not speaking:
        return None
    loose = not with_the(tok)
    first: dict[str, int] = {}
    for i in sorted(named):
        first.setdefault(named[i], i)
    doc = tok.doc
    end = tok.sent.end
    for step in range(AHEAD_TITLED):
        if end >= len(doc):
            break
        sent = doc[end].sent
        for t in sent:
            actor = named.get(t.i)
            if actor is None or actors[actor].type != "Person" or first[actor] != t.i:
                continue
            if _holds(actors[actor], lemma):
                # ("Lebanon's parliament speaker confirmed ... the declaration by Speaker X":
                # named with the description's own title, they need not speak there.)
                return actor
            if (
                step < AHEAD_SENTENCES
                and is_subject(t)
                and says(subject_verb(t))
                and (not loose or _fits(actors[actor], lemma))
                and not owned
            ):
                return actor
        end = sent.end
    return None


def _holds(person: Actor, lemma: str) -> bool:
    """Whether one of a person's titles in the article is the description's noun."""
    return any(lemma in r.title.lower().split() for r in person.roles)


def _fits(person: Actor, lemma: str) -> bool:
    """Whether a person's titles in the article allow the description (none known, or one
    holding its noun: "a UN spokesman" and "UN spokesman X")."""
    titles = [r.title.lower() for r in person.roles]
    return not titles or any(lemma in t for t in titles)


def says(verb: Token) -> bool:
    return verb.lemma_.lower() in SAYING_LEMMAS


def not_named_by(tok: Token, named: Mapping[int, str]) -> set[str]:
    """Actors a subject pronoun cannot stand for, by who reports whose words: the one named
    after it as reporting its clause ("He stressed that ..., Smith added"), and the one named
    before it as the subject of the words it reports ("X "is not a partner," he said"): who
    reports words speaks of someone else."""
    if tok.dep_ != "nsubj":
        return set()
    out: set[str] = set()
    clause = tok.head
    if says(clause):
        for c in clause.children:
            if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i:
                out.update(named[s.i] for s in c.children if s.dep_ == "nsubj" and s.i in named)
    if clause.dep_ in ("ccomp", "parataxis"):
        verbs = [clause.head]
    else:
        verbs = [c for c in clause.children if c.dep_ in ("ccomp", "parataxis")]
    for verb in verbs:
        if verb.i <= tok.i or not says(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > tok.i), None)
        if subj is not None and subj.i in named:
            out.add(named[subj.i])
    return out

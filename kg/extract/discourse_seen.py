"""The discourse stage's history: who was mentioned where and as what, and what follows from
an unnamed spokesperson having just spoken."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.discourse_words import GENERIC_PERSON, SPOKES_NOUNS, is_subject
from kg.model import Actor

VOICE_NOUNS = SPOKES_NOUNS | GENERIC_PERSON  # unnamed people who may speak for a body


@dataclass
class Seen:
    actor: str
    sent: int
    token: int
    subject: bool
    main: bool = False  # the subject of the sentence's main clause, not of a clause inside it
    speaker: bool = False  # the subject of a verb of saying
    quoted: bool = False  # inside a quotation: the quoted speaker's words, not the story's
    pronoun: bool = False  # named by a pronoun
    voice: bool = False  # an unnamed person speaking for a body ("the spokesman", "an official")


def spokesman_again(history: list[Seen], tok: Token, n: int) -> str | None:
    """ "A ministry spokesman said ... He added": a subject pronoun right after an unnamed
    spokesperson or official spoke is them again, and so the body they speak for."""
    if tok.dep_ != "nsubj":
        return None
    for seen in reversed(history):
        if seen.token >= tok.i or seen.quoted:
            continue
        if n - seen.sent > 2:  # (a closing quotation mark may make a sentence its own)
            return None
        if seen.subject:
            return seen.actor if seen.voice and seen.speaker else None
    return None


def new_subject(
    history: list[Seen],
    last_plural: tuple[str, int],
    n: int,
    actors: Mapping[str, Actor],
    text: str,
    sent_starts: Sequence[int],
) -> bool:
    """Whether a new paragraph has put another body or state in subject place since the
    group "they" last named: "They called on Turkey ... [paragraph] The Turkish ministry
    denounced the conclusions ... they invited ...": the chain of "they" ends there."""
    group, since = last_plural
    for seen in reversed(history):
        if seen.sent <= since:
            break
        kind = actors[seen.actor].type
        if seen.subject and seen.actor != group and kind != "Person" and seen.sent <= n:
            if "\n\n" in text[sent_starts[since] : sent_starts[seen.sent]]:
                return True
    return False


def topic(history: list[Seen], tok: Token, agree: Callable[[str], bool]) -> str | None:
    """The agreeing actor the story has most often had as subject before `tok`."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for seen in history:
        if seen.token < tok.i and agree(seen.actor) and not seen.quoted:
            counts[seen.actor] += 2 if seen.subject else 0
            first.setdefault(seen.actor, seen.token)
    counts = +counts  # (only those ever a subject)
    if not counts:
        return None
    return max(counts, key=lambda a: (counts[a], -first[a]))


def main_subject(history: list[Seen], tok: Token, n: int, within: int = 2) -> str | None:
    """The subject of the last main clause before `tok` in the story's own words (its sentence
    or one of the `within` before it): whom the paragraph is about at that point. Objects and
    subjects of clauses inside (those the topic met, called or spoke of) are passed over."""
    for seen in reversed(history):
        if seen.token >= tok.i or seen.quoted:
            continue
        if n - seen.sent > within:
            return None
        if seen.subject and seen.main:
            return seen.actor
    return None


def most_recent(history: list[Seen], actors: list[str], tok: Token) -> str | None:
    """Of `actors`, the one last mentioned before `tok`."""
    for seen in reversed(history):
        if seen.token < tok.i and seen.actor in actors:
            return seen.actor
    return None


def recent_or_only(history: list[Seen], actors: list[str], tok: Token) -> str | None:
    """Of `actors`, the one last mentioned before `tok`, else the only one."""
    return most_recent(history, actors, tok) or (actors[0] if len(actors) == 1 else None)


def same_clause_object(other: Token, tok: Token) -> bool:
    """Whether `tok` is an object of the verb whose subject `other` is ("he met him")."""
    return tok.dep_ in ("dobj", "pobj") and other.head == tok.head and is_subject(other)


def in_reported_clause(other: Token, tok: Token) -> bool:
    """Whether `other` lies in the clause that the verb of the subject `tok` reports, before
    it: "Holt will lead the delegation, he added" — he is not Holt, whom his words name."""
    if tok.dep_ != "nsubj":
        return False
    return any(
        c.dep_ == "ccomp" and c.i < tok.i and c.left_edge.i <= other.i <= c.right_edge.i
        for c in tok.head.children
    )


def body_subject_here(
    history: list[Seen],
    group: str,
    tok: Token,
    n: int,
    actors: Mapping[str, Actor],
    text: str,
    sent_starts: Sequence[int],
) -> bool:
    """Whether the paragraph of `tok` (sentence `n`) has put a body or state other than
    `group` in subject place before it: "[paragraph] The Turkish ministry denounced the
    summit. They said ...": they are the ministry's, not the pair named before."""
    for seen in reversed(history):
        if seen.token >= tok.i:
            continue
        if "\n\n" in text[sent_starts[seen.sent] : sent_starts[n]]:
            return False
        if seen.subject and seen.actor != group and actors[seen.actor].type != "Person":
            return True
    return False

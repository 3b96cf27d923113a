"""Parties told as a pair or a group ("the two leaders", "the two sides", "the three
countries"): who they are, from the events of the sentence or before it, or from the last list
of that many the text named.

Input: the event mentions of an article and its `ActorIndex`. Output: the mentions'
participants filled in (`resolve_pairs`); `last_pair` for the act stage too.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.acting import STATE_ROLE_NOUNS
from kg.extract.actor_described import DESCRIBED_HEADS
from kg.extract.actors import ActorIndex
from kg.extract.discourse_words import (
    BODY_NOUNS,
    MEMBER_NOUNS,
    PERSON_NOUNS,
    SIDE_NOUNS,
    STATE_NOUNS,
)
from kg.extract.event_mention import Mention
from kg.extract.event_states import state_of
from kg.extract.index import Mention as ActorMention
from kg.extract.timex import NUMBERS
from kg.gazetteer import Gazetteer

PAIR_RE = re.compile(
    r"\b(?:the two|both)(?: [\w-]+){0,3}? (?:leaders|presidents|sides|parties|countries|"
    r"nations|states|governments|neighbou?rs|rivals|delegations|ministers|men)\b|"
    r"\bthe (?:parties|sides)\b",
    re.I,
)


# "the three countries", "the six powers", "the four military regimes": the last list of
# that many the text named. Two is a pair (`PAIR_RE`); a list longer than eight is seldom
# spelled out name by name.
COUNTS = {w: n for w, n in NUMBERS.items() if 3 <= n <= 8}
# A count word after "the": the cheap test before the parse is read.
_COUNTED = re.compile(rf"\bthe ({'|'.join(COUNTS)})\b", re.I)
# Nouns (lemmas) for those who act: states as such and the roles they play ("powers",
# "allies"), sides and members, bodies and governing bodies, and people by office.
GROUP_NOUNS = (
    STATE_NOUNS
    | STATE_ROLE_NOUNS
    | SIDE_NOUNS
    | MEMBER_NOUNS
    | set(BODY_NOUNS)
    | DESCRIBED_HEADS
    | PERSON_NOUNS
)
# Words that may stand between the count and its noun ("the three military regimes").
_GROUP_GAP = 2


def numbered_group(doc: Doc, text: str, sent: tuple[int, int]) -> int | None:
    """How many a group of actors in the sentence counts ("the five powers", "the three military
    regimes"): "the" and a count word (three to eight) on a plural noun for those who act, at
    most `_GROUP_GAP` words after it; None if the sentence has none."""
    for opening in _COUNTED.finditer(text, sent[0], sent[1]):
        span = doc.char_span(opening.start(1), opening.end(1))
        if span is None:
            continue
        noun = span[0].head
        if span[0].dep_ != "nummod" or not (0 < noun.i - span[0].i <= _GROUP_GAP + 1):
            continue
        if noun.tag_ == "NNS" and noun.lemma_.lower() in GROUP_NOUNS:
            return COUNTS[opening[1].lower()]
    return None


def resolve_pairs(
    doc: Doc, mentions: list[Mention], text: str, actors: ActorIndex, gz: Gazetteer | None = None
) -> None:
    """`the two leaders had agreed on during a phone call`: the parties are the pair the
    sentence (or, failing that, the last event before it) names."""
    for k, m in enumerate(mentions):
        if m.kind == "attack":
            continue  # attackers are named as such, not as "the two neighbours" of the clause
        count = numbered_group(doc, text, m.sent)
        if count:
            listed = last_pair(text, actors, m.trigger[0], count)
            if len(m.participants) < 2 or set(listed) & set(m.participants):
                # The group's members join the parties the clause names ("Iran and the six
                # powers"), also when some of them were found already (by a pair word).
                m.participants += [p for p in listed if p not in m.participants]
                continue
        if len(m.participants) >= 2:
            continue
        noun = PAIR_RE.search(text, m.sent[0], m.sent[1])
        if noun is None or acted_upon(doc, noun.start(), noun.end(), m):
            continue
        same = [x for x in mentions if x is not m and x.sent == m.sent]
        earlier = [x for x in reversed(mentions[:k]) if x.sent != m.sent]
        word = noun[0].split()[-1].lower()
        if word in PEOPLE_WORDS:
            # "Gen. Dunford asked Admiral Harris ... while the two men chatted": two people
            # named just before, after any event told before them.
            since = max((x.trigger[1] for x in earlier[:1]), default=0)
            two = _last_people(actors, max(since, noun.start() - PEOPLE_REACH), noun.start())
            if two:
                m.participants = two
                continue
        for x in same + earlier:
            # "the two leaders" are the people, "the two sides" the states of delegations.
            sides = list(dict.fromkeys(_pair_member(p, word, actors, gz) for p in x.participants))
            if len(sides) >= 2:
                m.participants = sides
                break
        else:
            # No event names them: the last two of a kind the text named together ("Saudi
            # Arabia and Iran's agreement ... The two neighbours were engaged in talks").
            pair = last_pair(text, actors, m.trigger[0])
            if pair:
                m.participants = [p for p in pair if p not in m.participants] + m.participants


def acted_upon(doc: Doc, start: int, end: int, m: Mention) -> bool:
    """The pair is the object of another act of the sentence, not of the event or of a call
    to it: "during the meeting, the ministers urged the two parties to respect the truce" (the
    parties are not the meeting's; "urged the two sides to resume talks" still names the
    talks' parties, and "met the two leaders" the meeting's)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not m.path:
        return False
    return object_of_other(span.root, doc[m.path[0]])


def object_of_other(obj: Token, event: Token) -> bool:
    """Whether the phrase headed by `obj` is the object of an act other than the event headed
    by `event`, nor of one that calls for it (`acted_upon`)."""
    if obj.dep_ not in ("dobj", "dative"):
        return False
    verb = obj.head
    if event == verb or event in obj.subtree:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") and event in c.subtree for c in verb.children)


# Gatherings a plural pronoun meets at, and how far back (in characters: a paragraph, as a
# quote may come between) the gathering whose parties it stands for may be told.
RECIPROCAL_KINDS = {"meeting", "negotiation_round", "phone_call"}
RECIPROCAL_REACH = 700


def reciprocal_parties(doc: Doc, mentions: list[Mention]) -> None:
    """`Mr. Obama and Mr. Netanyahu first met in 2007 ... They met again in 2008`: "they",
    meeting no one else, are the parties of the gathering told just before (the parser's
    coreference does not reach a plural pronoun). The gathering may be told earlier in the same
    sentence ("the meeting of A and B will be the first since May, when they met in Rome"),
    not after the pronoun, which cannot point ahead to it."""
    for k, m in enumerate(mentions):
        if m.kind not in RECIPROCAL_KINDS or not m.path or k == 0:
            continue
        head = doc[m.path[0]]
        if head.pos_ != "VERB" or not any(
            c.dep_ == "nsubj" and c.lower_ == "they" for c in head.children
        ):
            continue
        if any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in head.children
        ):
            continue  # "they met Putin": the others are named
        for before in reversed(mentions[:k]):
            if before.kind not in RECIPROCAL_KINDS or before.trigger[1] > m.trigger[0]:
                continue
            if m.trigger[0] - before.trigger[1] > RECIPROCAL_REACH:
                break
            if len(before.participants) >= 2:
                m.participants = list(dict.fromkeys([*before.participants, *m.participants]))
                break


# Words of a pair of people, and how far back (in characters, a sentence or two) the two
# people they stand for may be named.
PEOPLE_WORDS = {"men", "women"}  # (titled words, "the two presidents", go by `_pair_member`)
PEOPLE_REACH = 400


def _last_people(actors: ActorIndex, start: int, end: int) -> list[str]:
    """The last two people named between `start` and `end`, when exactly two are."""
    found = [
        x.actor
        for x in sorted(actors.mentions, key=_start)
        if start <= x.start and x.end <= end and actors.by_id(x.actor).type == "Person"
    ]
    people = list(dict.fromkeys(found))
    return people if len(people) == 2 else []


# The words before a list that names what states belong to ("a member of", "part of").
MEMBERSHIP_RE = re.compile(r"\b(?:members?|part|membership)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
JOINED_RE = re.compile(r"\s*(?:,\s*)?(?:and|&|,|(?:-+\s*)?plus)\s*(?:the\s+)?")


# The word that closes a list: "A, B and C", "A, B and C, plus D".
LAST_JOIN_RE = re.compile(r"\b(?:and|plus)\b")


def last_pair(text: str, actors: ActorIndex, pos: int, count: int = 2) -> list[str]:
    """The last `count` actors of one type named as one list before `pos` ("X and Y", "X, Y
    and Z"), not as part of a longer list."""
    names = sorted((x for x in actors.mentions if not x.nested and x.end <= pos), key=_start)
    for i in range(len(names) - 1, count - 2, -1):
        last = names[i]
        if not LAST_JOIN_RE.search(text, names[i - 1].end, last.start):
            continue
        run = names[i - count + 1 : i + 1]
        kind = actors.by_id(last.actor).type
        if len({x.actor for x in run}) != count or any(
            actors.by_id(x.actor).type != kind for x in run
        ):
            continue
        if not all(
            JOINED_RE.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:], strict=False)
        ):
            continue
        if MEMBERSHIP_RE.search(text, max(0, run[0].start - 40), run[0].start):
            continue  # "the largest member of A and B": what states belong to, not two sides
        before = names[i - count] if i >= count else None
        if before is not None and JOINED_RE.fullmatch(text, before.end, run[0].start):
            continue  # "Saudi Arabia, Iran and China" are three, not two
        return [x.actor for x in run]
    return []


def _start(x: ActorMention) -> int:
    return x.start


# Words for a pair that name what their members hold: "the two presidents" are two presidents.
PAIR_TITLES = {"leaders": "", "presidents": "president", "ministers": "minister"}


def _pair_member(actor_id: str, word: str, actors: ActorIndex, gz: Gazetteer | None) -> str:
    """The member of "the two <word>" that an event's party stands for: the person when the
    word names what they hold ("the two ministers" for two ministers), else the state they act
    for ("the two presidents" are not the two deputy ministers who led the talks; "the two
    countries" are states)."""
    a = actors.by_id(actor_id)
    if a.type == "Delegation":
        return _delegation_side(actor_id, actors)
    if a.type != "Person" or word in ("men",):
        return actor_id
    title = PAIR_TITLES.get(word)
    if title is not None and (
        not title
        or any(title in r.title.lower() and "deputy" not in r.title.lower() for r in a.roles)
    ):
        return actor_id
    return state_of(actor_id, actors, gz) or actor_id


def _delegation_side(actor_id: str, actors: ActorIndex) -> str:
    a = actors.by_id(actor_id)
    return a.country if a.type == "Delegation" and a.country else actor_id

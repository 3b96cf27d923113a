"""The story's pair of sides: the two parties a story sets up as the sides of its process (the
belligerents of a truce, the parties of talks), and the talks, truces and exchanges that name
only one of them, or none, given that pair.

A story about a process names its sides together again and again: as the parties of its
events ("talks between A and B", "A and B agreed a truce"), in a list ("A and B") or in a
hyphenated modifier ("the A-B truce"). Its later mentions then name the sides by description
("the two sides", "the parties", "the warring rivals") or not at all ("the truce held"; "the
prisoner swap began"), and the nearest name before such a mention is often someone else's (the
envoy's, the host's, the reporter's). The pair is read from the whole story, as the discourse
model reads a pronoun's antecedent by salience, not from the nearest names.

Input: the event mentions of an article (before grouping), the story's third parties, and the
grouped result. Output: the result's truces, exchanges and rounds with one side or none, and its
events told of as "the two sides", given the pair.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping

from spacy.tokens import Doc

from kg.extract.event_coref import EventResult
from kg.extract.event_mention import Mention
from kg.extract.event_pairs import PAIR_RE, PEOPLE_WORDS, object_of_other
from kg.extract.event_states import side
from kg.extract.index import ActorIndex
from kg.extract.index import Mention as ActorMention
from kg.gazetteer import Gazetteer
from kg.nlp import sentences, span_at

log = logging.getLogger(__name__)

# The kinds of an occurrence between the two sides of a process.
SIDE_KINDS = {"ceasefire", "prisoner_exchange", "negotiation_round"}
# Kinds of an encounter of one party with another, where a third meets one side alone (a
# signing or an act a third takes part in is the sides' own).
ENCOUNTER_KINDS = {"meeting", "phone_call"}
# Parties that can be a side: states and bodies (a person or a delegation stands for one).
SIDE_TYPES = {"Country", "Organization"}
# What a naming of the two sides weighs: as the parties of an occurrence between sides, as the
# parties of any other event, and as two names joined in the text ("A and B", "the A-B war").
EVENT_WEIGHT = {kind: 2 for kind in SIDE_KINDS}
OTHER_WEIGHT = 1
SENTENCE_WEIGHT = 1
# A pair named together less than this is no pair the story is about.
MIN_WEIGHT = 3
# What joins two names of a list in the text: a comma, a coordination or a hyphen.
LIST_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and|&|[-\u2013\u2014/])\s*(?:the\s+)?")


def pair_sides(
    doc: Doc,
    text: str,
    mentions: list[Mention],
    result: EventResult,
    actors: ActorIndex,
    thirds: list[str],
    gz: Gazetteer | None,
) -> None:
    """Give the grouped events that name fewer than two sides the story's pair, if it has one
    (the mediators of its events and the story's third parties are no side)."""
    apart = set(thirds) | {e.mediator for e in result.events if e.mediator}
    starts = [x.start_char for x in sentences(doc)]
    # (Each actor's side, looked up once: the readers below ask for it at every name.)
    sides = rivals_apart({a.id: _side_of(a.id, actors, gz) for a in actors.actors}, actors)
    pair = story_pair(text, starts, mentions, actors, apart, sides)
    if pair is not None:
        said = [sides_told(doc, text, t) for t in result.triggers]
        give_pair(result, pair, apart, sides, said)


def story_pair(
    text: str,
    sentence_starts: list[int],
    mentions: list[Mention],
    actors: ActorIndex,
    thirds: set[str],
    side_of: Mapping[str, str | None],
) -> tuple[str, str] | None:
    """The two sides the story names together most (first named first), when one pair stands
    out; None when no pair is named together `MIN_WEIGHT` or more, when two pairs tie, or when
    the story names the two as often within a larger group ("A, B and C held talks": a story
    of three parties has no pair of sides)."""
    weights: Counter[frozenset[str]] = Counter()

    def note(found: list[str], weight: int) -> None:
        sides = frozenset(found) - thirds
        if len(sides) >= 2:
            weights[sides] += weight

    for m in mentions:
        sides = _sides(m.participants, thirds | _mediators(m), side_of)
        note(sides, EVENT_WEIGHT.get(m.kind, OTHER_WEIGHT))
    names = sorted(actors.mentions, key=lambda x: (x.start, x.end))
    for run in _lists(text, names):
        note([s for s in (side_of.get(x.actor) for x in run) if s is not None], 1)
    for found in _sentence_sides(sentence_starts, names, thirds, side_of):
        if len(found) == 2:
            note(found, SENTENCE_WEIGHT)
    log.debug("sides named together: %s", weights.most_common(3))
    pairs = [(k, w) for k, w in weights.most_common() if len(k) == 2]
    if not pairs:
        return None
    best, weight = pairs[0]
    if weight < MIN_WEIGHT or (len(pairs) > 1 and pairs[1][1] == weight):
        return None
    if sum(w for k, w in weights.items() if len(k) > 2 and best < k) >= weight:
        return None
    one, other = sorted(best, key=lambda x: _first_named(x, actors))
    return one, other


def _lists(text: str, names: list[ActorMention]) -> list[list[ActorMention]]:
    """The runs of names the text joins into one list ("A and B", "A, B and C", "the A-B war")."""
    runs: list[list[ActorMention]] = []
    for a, b in zip(names, names[1:], strict=False):
        if b.start < a.end or not LIST_RE.fullmatch(text, a.end, b.start):
            continue
        if runs and runs[-1][-1] is a:
            runs[-1].append(b)
        else:
            runs.append([a, b])
    return runs


def give_pair(
    result: EventResult,
    pair: tuple[str, str],
    thirds: set[str],
    side_of: Mapping[str, str | None],
    described: list[bool],
) -> None:
    """A truce, an exchange or a round that names no side of the pair is between the pair (a
    lone party of talks that is no side is their host or envoy: the sides are still the
    pair's); one that names one side (the state, its delegation, its negotiator) is between
    that side and the other. An event whose sentence describes its parties as the sides
    (`described`: "the two sides agreed", "both parties") is between the pair, whoever else
    the clause or an earlier event named (the envoy who told of it, a host): the pair's own
    people stay."""
    for event, told in zip(result.events, described, strict=True):
        if event.kind == "attack" or (event.kind not in SIDE_KINDS and not told):
            continue  # (attackers are named as such, not as "the two sides" of the clause)
        out = thirds | ({event.mediator} if event.mediator else set())
        sides = _sides(event.participants, out, side_of)
        if (
            told
            and event.kind not in SIDE_KINDS
            and len(event.participants) >= 2
            and (
                not any(side_of.get(p) in pair for p in event.participants)
                or (event.kind in ENCOUNTER_KINDS and any(p in thirds for p in event.participants))
            )
        ):
            # "X met Y ... the two leaders discussed": a meeting or call keeps its own two
            # parties; talks and truces told of as "the two sides" are the pair's (the envoy
            # and a described side the clause names are no two sides of their own). A third's
            # encounter with one side ("the envoy called A and B separately, urging both
            # leaders") is its own too: one call with each side, not one of the pair.
            continue
        if told and len(set(sides) & set(pair)) < 2:
            # "the two sides agreed": the pair, not whoever the clause named nearby (the envoy
            # who told of it, the host); the pair's own people stay.
            own = [p for p in event.participants if side_of.get(p) in pair]
            event.participants = [*own, *(p for p in pair if p not in own)]
            continue
        if len(sides) >= 2 or len(event.participants) > 2:
            continue
        if len(sides) == 1 and sides[0] in pair:
            other = pair[1] if sides[0] == pair[0] else pair[0]
            event.participants = [*event.participants, other]
        elif not event.participants or (event.kind in SIDE_KINDS and len(event.participants) == 1):
            event.participants = [*pair, *event.participants]


def _sentence_sides(
    starts: list[int],
    names: list[ActorMention],
    thirds: set[str],
    side_of: Mapping[str, str | None],
) -> list[list[str]]:
    """The sides each sentence names ("A shelled B's border posts": A and B), in text order."""
    by_sent: dict[int, list[str]] = {}
    for m in names:
        if m.nested:
            continue
        s = side_of.get(m.actor)
        if s is None or s in thirds:
            continue
        found = by_sent.setdefault(bisect_right(starts, m.start), [])
        if s not in found:
            found.append(s)
    return list(by_sent.values())


def rivals_apart(side_of: dict[str, str | None], actors: ActorIndex) -> dict[str, str | None]:
    """Two or more bodies of one state (its army and a paramilitary force, two rival
    governments) are sides of their own, not their state twice: a civil conflict's sides."""
    bodies: dict[str, list[str]] = {}
    for a in actors.actors:
        s = side_of.get(a.id)
        if a.type == "Organization" and s is not None and s != a.id:
            bodies.setdefault(s, []).append(a.id)
    rivals = {b for group in bodies.values() if len(group) >= 2 for b in group}
    if not rivals:
        return side_of
    return {a: (a if a in rivals else s) for a, s in side_of.items()}


def _mediators(m: Mention) -> set[str]:
    return ({m.mediator} if m.mediator else set()) | set(m.co_mediators)


def _side_of(actor_id: str, actors: ActorIndex, gz: Gazetteer | None) -> str | None:
    """The state or body an actor is a side as, if it can be one."""
    s = side(actor_id, actors, gz)
    return s if actors.by_id(s).type in SIDE_TYPES else None


def _sides(participants: list[str], out: set[str], side_of: Mapping[str, str | None]) -> list[str]:
    """The distinct sides the parties stand for, without the third parties `out`."""
    found: list[str] = []
    for p in participants:
        if p in out:
            continue
        s = side_of.get(p)
        if s is not None and s not in out and s not in found:
            found.append(s)
    return found


def _first_named(actor_id: str, actors: ActorIndex) -> int:
    return min((m.start for m in actors.mentions if m.actor == actor_id), default=0)


def sides_told(doc: Doc, text: str, triggers: list[tuple[int, int]]) -> bool:
    """Whether a sentence of the event's mentions tells of its parties as the two sides: not
    when they are what another act of the sentence is done to ("at the meeting, X pressed both
    sides to keep the ceasefire": the meeting's parties are X and whom X met)."""
    for start, end in triggers:
        span = span_at(doc, start, end)
        if span is None:
            continue
        for said in PAIR_RE.finditer(text, span.sent.start_char, span.sent.end_char):
            if said[0].split()[-1].lower() in PEOPLE_WORDS:
                continue  # "the two men": two people named just before, not the sides
            phrase = span_at(doc, said.start(), said.end())
            if phrase is not None and not object_of_other(phrase.root, span.root):
                return True
    return False

"""Why found events miss their gold event (issue 15): each found event `kg eval` pairs with no
gold event, classified by cause, with the gold events it touches.

    .venv/bin/python bench/event_errors.py /work/silver51/all --classify

Classes (first that applies; parties are compared by the README's name rule, dates conflict
when both are given and differ at the precision both have, status when one is planned and the
other held):
- `wrong-parties:...`: a gold event of its kind that nothing matched shares a party with it (or
  either names none) with no conflict of date: the occurrence was found, its parties fail.
  Sub-causes: `in-unmerged-mention` (another found event whose parties are all the gold
  event's holds the missing ones: mentions of one occurrence not merged), `only-elsewhere` (a
  missing party is not named in the event's sentence: parties told in another sentence),
  `in-sentence` (named there, not taken), `extra` (nothing missing, parties added).
- `unmerged-same-kind` / `unmerged-other-kind`: its parties are all those of a gold event
  another found event matched, of its kind or of another kind: another mention of a gold
  event, not merged. `unmerged-parties-differ`: it shares a party (not all) with such a gold
  event of its kind, or a meeting with talks or the reverse, with no conflict of date.
- `other-kind`: a gold event of another kind that nothing matched has its parties (Jaccard at
  least 0.5): found, told with the wrong kind.
- `wrong-occurrence`: it shares a party with a gold event of its kind but not the date or the
  status, or its parties straddle two gold events: mentions merged into the wrong occurrence.
- `no-gold-event`: none of the above.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.evaluation.gold import (
    EVENT_MIN_JACCARD,
    GoldArticle,
    GoldEvent,
    actor_names_score,
    participant_jaccard,
)
from kg.evaluation.predictions import PredEvent, Predictions


@dataclass
class Found:
    """A found event as `kg eval` reads it, with the sentence it was told in."""

    event: PredEvent
    sentence: str


def _hit(pred: Predictions, gold: GoldArticle, a: str, b: str) -> bool:
    return bool(actor_names_score(pred.names(None, a), b, gold))


def _inside(p: PredEvent, g: GoldEvent, gold: GoldArticle, pred: Predictions) -> bool:
    return all(any(_hit(pred, gold, a, b) for b in g.participants) for a in p.participants)


def _shares(p: PredEvent, g: GoldEvent, gold: GoldArticle, pred: Predictions) -> bool:
    return any(_hit(pred, gold, a, b) for a in p.participants for b in g.participants)


def _aliases(gold: GoldArticle, name: str) -> list[str]:
    actor = gold.actor(name)
    return actor.aliases if actor else []


def _date_conflict(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] != b[:n]


def _status_conflict(a: str | None, b: str | None) -> bool:
    return {a, b} == {"held", "planned"}


GATHERINGS = {"meeting", "negotiation_round"}


def _kindred(a: str, b: str) -> bool:
    """The same kind, or a meeting and a round of talks (one occurrence told as either)."""
    return a == b or {a, b} <= GATHERINGS


def _union_fixes(
    p: PredEvent, others: list[PredEvent], g: GoldEvent, gold: GoldArticle, pred: Predictions
) -> bool:
    """Another found event, all of whose parties are the gold event's, brings the missing
    ones: the union of the two reaches the matching threshold."""
    for o in others:
        if o is p or not o.participants or not _inside(o, g, gold, pred):
            continue
        union = PredEvent(iri=p.iri, kind=p.kind, status=p.status)
        union.participants = list(dict.fromkeys([*p.participants, *o.participants]))
        if participant_jaccard(union, g, gold, pred) >= EVENT_MIN_JACCARD:
            return True
    return False


def classify(
    gold: GoldArticle, pred: Predictions, found: list[Found], pairs: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """(index into `found`, class) for every found event no pair holds."""
    events = [f.event for f in found]
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    free_g = [j for j in range(len(gold.events)) if j not in matched_g]
    out: list[tuple[int, str]] = []
    for i, f in enumerate(found):
        if i in matched_p:
            continue
        p = f.event
        out.append((i, _cause(p, f.sentence, events, gold, pred, free_g, matched_g)))
    return out


def _cause(
    p: PredEvent,
    sentence: str,
    events: list[PredEvent],
    gold: GoldArticle,
    pred: Predictions,
    free_g: list[int],
    matched_g: set[int],
) -> str:
    def fits(g: GoldEvent) -> bool:
        return not _date_conflict(p.date, g.date) and not _status_conflict(p.status, g.status)

    same = [
        gold.events[j]
        for j in free_g
        if gold.events[j].kind == p.kind
        and fits(gold.events[j])
        and (
            not p.participants
            or not gold.events[j].participants
            or _shares(p, gold.events[j], gold, pred)
        )
    ]
    if same:
        g = max(same, key=lambda g: participant_jaccard(p, g, gold, pred))
        missing = [
            b for b in g.participants if not any(_hit(pred, gold, a, b) for a in p.participants)
        ]
        if not missing:
            return "wrong-parties:extra"
        if _union_fixes(p, events, g, gold, pred):
            return "wrong-parties:in-unmerged-mention"
        forms = [form for b in missing for form in [b, *_aliases(gold, b)]]
        if any(form in sentence for form in forms):
            return "wrong-parties:in-sentence"
        return "wrong-parties:only-elsewhere"
    for j in sorted(matched_g):
        g = gold.events[j]
        if g.kind == p.kind and fits(g) and _inside(p, g, gold, pred):
            return "unmerged-same-kind"
    for j in sorted(matched_g):
        g = gold.events[j]
        if g.kind != p.kind and p.participants and fits(g) and _inside(p, g, gold, pred):
            return "unmerged-other-kind"
    for j in sorted(matched_g):
        g = gold.events[j]
        if _kindred(g.kind, p.kind) and fits(g) and _shares(p, g, gold, pred):
            return "unmerged-parties-differ"
    for j in free_g:
        g = gold.events[j]
        if g.kind != p.kind and participant_jaccard(p, g, gold, pred) >= EVENT_MIN_JACCARD:
            return "other-kind"
    touched = [g for g in gold.events if g.kind == p.kind and _shares(p, g, gold, pred)]
    if touched and (not any(fits(g) for g in touched) or len(touched) >= 2):
        return "wrong-occurrence"
    return "no-gold-event"


def missed_causes(
    gold: GoldArticle, pred: Predictions, pairs: list[tuple[int, int]]
) -> dict[int, str]:
    """Gold event index -> cause for those nothing matched: found with their kind and a party
    in common (wrong parties), found only with another kind (participants overlapping by the
    threshold), or not found."""
    matched_g = {j for _, j in pairs}
    free_p = [p for i, p in enumerate(pred.events) if i not in {i for i, _ in pairs}]
    out: dict[int, str] = {}
    for j, g in enumerate(gold.events):
        if j in matched_g:
            continue
        if any(p.kind == g.kind for p in free_p if _shares(p, g, gold, pred)):
            out[j] = "missed:wrong-parties"
        elif any(participant_jaccard(p, g, gold, pred) >= EVENT_MIN_JACCARD for p in pred.events):
            out[j] = "missed:other-kind"
        else:
            out[j] = "missed:not-found"
    return out

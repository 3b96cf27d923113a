"""Event typing and actors on the PLOVER gold-standard records (one sentence each).

Our event kinds cover only part of PLOVER: meetings and calls (CONSULT), agreement signings
(AGREE), prisoner exchanges (COOPERATE), ceasefires (RETREAT) and attacks (FIGHT), through
`kg.event_types.plover_type`. Sentences of the other types (DEMAND, REJECT, THREATEN, PROTEST, ...)
can only be scored as misses or as correct abstentions; the confusion table shows which.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluation.matching import PRF, Accuracy, Sheet, names_match, normalize_name
from kg.evaluation.predictions import PredEvent, Predictions
from kg.event_types import COVERED
from kg.model import Article
from kg.reading import article_key

log = logging.getLogger(__name__)

NONE = "none"  # no typed event predicted

_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


@dataclass
class PloverRecord:
    id: str
    type: str
    text: str
    sources: list[str]
    targets: list[str]
    article: Article


class PloverError(Exception):
    """The PLOVER file cannot be read."""


def load_plover(path: Path, limit: int | None = None) -> list[PloverRecord]:
    try:
        raw = path.read_text(encoding="utf-8")
        # The file is a JSON list written with trailing commas.
        data = json.loads(_TRAILING_COMMA.sub(r"\1", raw))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise PloverError(f"{path}: {err}") from err
    out = []
    for item in data:
        text = item.get("text")
        if not isinstance(text, str) or not text.strip() or item.get("event") == "DOCUMENT":
            continue
        rid = str(item["id"])
        text = " ".join(text.split())
        out.append(
            PloverRecord(
                id=rid,
                type=str(item["event"]),
                text=text,
                sources=_actor_texts(item.get("source")),
                targets=_actor_texts(item.get("target")),
                article=Article(
                    key=article_key(None, "plover", rid),
                    title=text,
                    text=text + "\n",
                    origin=f"{path}#{rid}",
                ),
            )
        )
        if limit is not None and len(out) >= limit:
            break
    return out


def _actor_texts(value: object) -> list[str]:
    # A few records have "" (or a stray context word) where the actor list belongs.
    if not isinstance(value, list):
        return []
    return [str(a["actorText"]) for a in value if isinstance(a, dict) and a.get("actorText")]


def _order(event: PredEvent) -> int:
    # Event IRIs end in their position in the extraction (`…/event/<key>-3`).
    tail = event.iri.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def predicted_type(pred: Predictions) -> tuple[str, PredEvent | None]:
    """The PLOVER type of the first typed event of the sentence, or `none`."""
    for event in sorted(pred.events, key=_order):
        if event.plover:
            return event.plover, event
    return NONE, None


def lenient_match(predicted: str, gold_text: str) -> bool:
    """README rule, or one name's words all inside the other ("Obama" in "President Obama")."""
    if names_match(predicted, gold_text, person=True):
        return True
    p, g = set(normalize_name(predicted).split()), set(normalize_name(gold_text).split())
    return bool(p and g) and (p <= g or g <= p)


@dataclass
class PloverScore:
    sheet: Sheet
    confusion: dict[str, dict[str, int]]
    per_type: dict[str, PRF]
    errors: dict[str, list[str]] = field(default_factory=dict)


def score_plover(records: list[PloverRecord], preds: dict[str, Predictions]) -> PloverScore:
    confusion: dict[str, Counter[str]] = {}
    per_type: dict[str, PRF] = {}
    acc_all, acc_covered, any_hit = Accuracy(), Accuracy(), Accuracy()
    rates = {
        name: Accuracy()
        for name in (
            "source.event",
            "source.event_lenient",
            "target.event",
            "target.event_lenient",
            "initiator_is_source",
            "source.found",
            "source.found_lenient",
        )
    }
    errors: dict[str, list[str]] = {"missed": [], "wrong_type": [], "source_missed": []}
    for rec in records:
        pred = preds.get(rec.article.key, Predictions())
        got, event = predicted_type(pred)
        confusion.setdefault(rec.type, Counter())[got] += 1
        per_type.setdefault(rec.type, PRF()).gold += 1
        if got != NONE:
            per_type.setdefault(got, PRF()).predicted += 1
        if got == rec.type:
            per_type[got].tp += 1
        acc_all.count(got == rec.type)
        if rec.type in COVERED:
            acc_covered.count(got == rec.type)
            any_hit.count(any(e.plover == rec.type for e in pred.events))
            if got == NONE:
                errors["missed"].append(f"{rec.type}: {rec.id}")
        if got not in (NONE, rec.type):
            errors["wrong_type"].append(f"{got} for {rec.type}: {rec.id}")
        names = [a.name for a in pred.actors]
        if rec.sources:
            rates["source.found"].count(
                any(names_match(n, s, person=True) for n in names for s in rec.sources)
            )
            found = any(lenient_match(n, s) for n in names for s in rec.sources)
            rates["source.found_lenient"].count(found)
            if not found:
                errors["source_missed"].append(f"{rec.id}: {'; '.join(rec.sources)}")
        if event is None:
            continue
        actors = event.participants + ([event.initiator] if event.initiator else [])
        for role, gold_actors in (("source", rec.sources), ("target", rec.targets)):
            if not gold_actors:
                continue
            rates[f"{role}.event"].count(
                any(names_match(a, g, person=True) for a in actors for g in gold_actors)
            )
            rates[f"{role}.event_lenient"].count(
                any(lenient_match(a, g) for a in actors for g in gold_actors)
            )
        if event.initiator and rec.sources:
            rates["initiator_is_source"].count(
                any(lenient_match(event.initiator, g) for g in rec.sources)
            )
    sheet: Sheet = {
        "records": len(records),
        "type.accuracy": acc_all,
        "type.accuracy_covered": acc_covered,
        "type.any_event_covered": any_hit,
    }
    typed = PRF()
    for prf in per_type.values():
        typed.add(prf)
    sheet["type.micro"] = typed
    for name, a in rates.items():
        sheet[name] = a
    return PloverScore(
        sheet=sheet,
        confusion={g: dict(c.most_common()) for g, c in sorted(confusion.items())},
        per_type=dict(sorted(per_type.items())),
        errors=errors,
    )

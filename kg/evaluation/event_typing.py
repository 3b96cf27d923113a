"""Event typing and actors on the PLOVER gold-standard records (one sentence each).

A sentence's predicted type is that of its first PLOVER-typed act, event or statement, read back
through the knowledge base (`acts.rq`): diplomatic events typed by kind (`kg.event_types`),
acts done (arrests, sanctions, protests: `kg.extract.actions`) and speech acts (demands,
rejections, threats: `kg.extract.speech_acts`), and, in a sentence the rules type no act in,
the learned typer's (`kg.extract.act_typer`, README "Learned PLOVER typer"). The extractor
can give every PLOVER type, so `type.accuracy_covered` now counts every record whose type is in
`COVERED` (all of them).
The source of a statement is its speaker; of an event, its participants but the target.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluation.matching import PRF, Accuracy, Sheet, names_match, normalize_name
from kg.evaluation.predictions import PredAct, Predictions
from kg.event_types import COVERED as EVENT_KIND_TYPES
from kg.extract.act_lexicon import OBJECT_ACTS, VERBS
from kg.model import Article
from kg.reading import article_key

log = logging.getLogger(__name__)

NONE = "none"  # no typed act predicted
# Every type the extractor can give: by event kind, by verb, by verb and object.
COVERED = (
    EVENT_KIND_TYPES
    | set(VERBS.values())
    | {t for table in OBJECT_ACTS.values() for t in table.values()}
)

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


def predicted_type(pred: Predictions) -> tuple[str, PredAct | None]:
    """The PLOVER type of the sentence's first typed act (by trigger or cue offset), or `none`.

    The first act is most often the main clause's ("Yemen rejected a request to interrogate
    ..."): what follows is its complement or a later clause.
    """
    acts = sorted(pred.acts, key=lambda a: (a.start, a.form))
    if not acts:
        return NONE, None
    return acts[0].plover, acts[0]


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
    by_form: dict[str, Accuracy] = {"event": Accuracy(), "statement": Accuracy()}
    rates = {
        name: Accuracy()
        for name in (
            "source.act",
            "source.act_lenient",
            "target.act",
            "target.act_lenient",
            "source.found",
            "source.found_lenient",
        )
    }
    errors: dict[str, list[str]] = {
        "missed": [],
        "wrong_type": [],
        "source_missed": [],
        "act_source_wrong": [],
    }
    for rec in records:
        pred = preds.get(rec.article.key, Predictions())
        got, act = predicted_type(pred)
        confusion.setdefault(rec.type, Counter())[got] += 1
        per_type.setdefault(rec.type, PRF()).gold += 1
        if got != NONE:
            per_type.setdefault(got, PRF()).predicted += 1
        if got == rec.type:
            per_type[got].tp += 1
        acc_all.count(got == rec.type)
        if rec.type in COVERED:
            acc_covered.count(got == rec.type)
            any_hit.count(any(a.plover == rec.type for a in pred.acts))
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
        if act is None:
            continue
        by_form[act.form].count(got == rec.type)
        for role, gold_actors, ours in (
            ("source", rec.sources, act.sources),
            ("target", rec.targets, act.targets),
        ):
            if not gold_actors:
                continue
            rates[f"{role}.act"].count(
                any(names_match(a, g, person=True) for a in ours for g in gold_actors)
            )
            lenient = any(lenient_match(a, g) for a in ours for g in gold_actors)
            rates[f"{role}.act_lenient"].count(lenient)
            if role == "source" and not lenient:
                errors["act_source_wrong"].append(
                    f"{rec.id}: {'; '.join(ours) or '-'} for {'; '.join(gold_actors)}"
                )
    sheet: Sheet = {
        "records": len(records),
        "type.accuracy": acc_all,
        "type.accuracy_covered": acc_covered,
        "type.any_act_covered": any_hit,
        "type.accuracy_when_event": by_form["event"],
        "type.accuracy_when_statement": by_form["statement"],
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

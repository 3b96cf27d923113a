"""Missed and spurious events, each with its sentence (issue 15).

    .venv/bin/python bench/event_errors.py /work/silver51/all [--out errors.json]

`kg eval --examples N` lists `event_missed` and `event_spurious` by kind and parties only;
this runs the pipeline on each gold story and prints every gold event no found event matches
(with the gold evidence, and the found events told within 400 characters of it: what was
found instead, of another kind or with other parties) and every found event that matches no
gold one (with its trigger and sentence). Matching is `kg eval`'s own (`event_pairs` on the
predictions read back through a knowledge base, as `train_events.predictions` does), so the
counts are `kg eval`'s. For reading, not for scoring.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from event_causes import Found, classify, missed_causes
from train_events import predictions

from kg.evaluation.gold import event_pairs, gold_files, load_gold
from kg.extract.pipeline import Pipeline
from kg.model import Extraction

NEAR = 400  # characters between a gold event's evidence and a found event's


def _sentence(text: str, start: int, end: int) -> str:
    first = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[first : (min(ends) if ends else len(text)) + 1].strip()


def _span(x: Extraction, i: int) -> tuple[int, int]:
    return x.events[i].evidence.start, x.events[i].evidence.end


def story_errors(pipe: Pipeline, path: Path) -> list[dict[str, Any]]:
    gold = load_gold(path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    x: Extraction = pipe.extract(gold.article)
    text = gold.article.text
    gold_events: list[dict[str, Any]] = raw.get("events", [])
    pred = predictions(gold.article, x)
    # (The knowledge base names the extraction's i-th event `...-{i + 1}`.)
    found = {
        k: next(i for i in range(len(x.events)) if p.iri.endswith(f"-{i + 1}"))
        for k, p in enumerate(pred.events)
    }
    pairs = event_pairs(gold, pred)
    used = {found[k] for k, _ in pairs}
    # The causes, over the events as `kg eval` reads them (`found[k]` is the extraction's).
    causes = {
        found[k]: cause
        for k, cause in classify(
            gold,
            pred,
            [Found(p, _sentence(text, *_span(x, found[k]))) for k, p in enumerate(pred.events)],
            pairs,
        )
    }
    missed = missed_causes(gold, pred, pairs)
    matched = {j for _, j in pairs}
    out: list[dict[str, Any]] = []
    for j, g in enumerate(gold_events):
        if j in matched:
            continue
        evidence = g.get("evidence") or ""
        at = text.find(evidence) if evidence else -1
        near = [
            f"{e.kind} {[x.actor(p).name for p in e.participants]} "
            f"[{e.trigger.text if e.trigger else ''}]"
            for e in x.events
            if at >= 0 and abs(e.evidence.start - at) < NEAR
        ]
        out.append(
            {
                "error": "missed",
                "cause": missed[j],
                "story": gold.id,
                "kind": g["kind"],
                "status": g.get("status"),
                "date": g.get("date"),
                "parties": g.get("participants") or [],
                "evidence": evidence,
                "near": near,
            }
        )
    for i, e in enumerate(x.events):
        if i in used:
            continue
        out.append(
            {
                "error": "spurious",
                "cause": causes[i],
                "story": gold.id,
                "kind": e.kind,
                "status": e.status,
                "date": str(e.date) if e.date else None,
                "parties": [x.actor(p).name for p in e.participants],
                "trigger": e.trigger.text if e.trigger else None,
                "sentence": _sentence(text, e.evidence.start, e.evidence.end),
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path, help="gold folders or files")
    ap.add_argument("--out", type=Path, help="also write the list as JSON")
    ap.add_argument("--classify", action="store_true", help="print only the counts by cause")
    args = ap.parse_args()
    pipe = Pipeline()
    errors = [e for p in gold_files(args.paths) for e in story_errors(pipe, p)]
    for e in [] if args.classify else errors:
        head = f"[{e['story']}] {e['error'].upper()} {e['cause']} {e['kind']} {e['parties']}"
        head += f" {e['status']}"
        if e["error"] == "missed":
            print(f"{head} {e['date']}\n    gold: {e['evidence'][:200]}\n    near: {e['near']}")
        else:
            print(f"{head} {e['date']} [{e['trigger']}]\n    {e['sentence'][:240]}")
    missed = sum(e["error"] == "missed" for e in errors)
    print(f"{missed} missed, {len(errors) - missed} spurious")
    for cause, n in sorted(Counter(e["cause"] for e in errors).items()):
        print(f"{n:4d} {cause}")
    if args.out:
        args.out.write_text(json.dumps(errors, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()

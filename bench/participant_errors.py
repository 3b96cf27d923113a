"""Events found with the right kind whose parties fail the strict match (issue 15), printed
for reading: each gold event paired with a predicted event of its kind by evidence overlap,
both participant sets, the parties missing (named in the event's sentence or elsewhere) and
extra, and the sentence; then the counts of missing and extra parties by class.

    .venv/bin/python bench/participant_errors.py /work/silver51/all [--all]

A predicted event is paired with the gold event of the same kind whose evidence overlaps its
own most (then the nearest one); pairs `kg eval` matches strictly are left out unless `--all`.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from train_events import predictions

from kg.evaluation.gold import (
    GoldArticle,
    GoldEvent,
    actor_names_score,
    gold_files,
    load_gold,
    participant_jaccard,
)
from kg.evaluation.predictions import PredEvent, Predictions
from kg.extract.pipeline import Pipeline

TALLY: Counter[str] = Counter()


def _tally(g: GoldEvent, p: PredEvent, gold: GoldArticle, pred: Predictions, sentence: str) -> None:
    """Count the parties a pair disagrees on by the gold actor's type and role."""

    def hit(a: str, b: str) -> bool:
        return bool(actor_names_score(pred.names(None, a), b, gold))

    for name in g.participants:
        if not any(hit(a, name) for a in p.participants):
            actor = gold.actor(name)
            typ = actor.type if actor else "?"
            forms = [name, *(actor.aliases if actor else [])]
            where = "in sentence" if any(f in sentence for f in forms) else "elsewhere"
            TALLY[f"missing {typ} {where}"] += 1
            print(f"  MISSING {typ} {where}: {name}")
    for a in p.participants:
        if any(hit(a, name) for name in g.participants):
            continue
        print(f"  EXTRA {a}")
        if g.mediator and hit(a, g.mediator):
            TALLY["extra: gold mediator"] += 1
        elif any(hit(a, x.name) for x in gold.actors):
            typ = next(x.type for x in gold.actors if hit(a, x.name))
            TALLY[f"extra gold actor {typ}"] += 1
        else:
            TALLY["extra: no gold actor"] += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    pipe = Pipeline()
    for path in gold_files(args.paths):
        gold = load_gold(path)
        raw = json.loads(path.read_text())
        text = gold.article.text
        extraction = pipe.extract(gold.article)
        pred = predictions(gold.article, extraction)
        # The extraction's i-th event as `kg eval` reads it (the knowledge base names it
        # `...-{i + 1}`).
        events = [
            next(p for p in pred.events if p.iri.endswith(f"-{i + 1}"))
            for i in range(len(extraction.events))
        ]
        used: set[int] = set()
        for j, g in enumerate(gold.events):
            ev = raw["events"][j].get("evidence") or ""
            gs = text.find(ev) if ev else -1
            ge = gs + len(ev) if gs >= 0 else -1  # (evidence not found: no window)
            best, key = None, None
            for i, e in enumerate(extraction.events):
                if i in used or e.kind != g.kind:
                    continue
                ov = min(ge, e.evidence.end) - max(gs, e.evidence.start)
                k = (
                    ov > 0,
                    participant_jaccard(events[i], g, gold, pred),
                    -abs(gs - e.evidence.start),
                )
                if key is None or k > key:
                    best, key = i, k
            if best is None:
                continue
            used.add(best)
            jac = participant_jaccard(events[best], g, gold, pred)
            e = extraction.events[best]
            if jac >= 0.5 and not args.all:
                continue
            print(f"== {path.stem} {g.kind} jac={jac:.2f} overlap={key[0] if key else ''}")
            print(f"  gold: {sorted(g.participants)} med={g.mediator}")
            print(f"  pred: {sorted(events[best].participants)} med={events[best].mediator}")
            _tally(g, events[best], gold, pred, e.evidence.text)
            print(f"  gold ev: {ev[:300]!r}")
            print(f"  pred ev: {e.evidence.text[:300]!r}")
    for party_class, n in TALLY.most_common():
        print(f"{n:4d} {party_class}")


if __name__ == "__main__":
    main()

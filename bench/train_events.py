"""Train the event check (`kg/extract/event_check.py`) on the events of the TUNE stories.

    .venv/bin/python bench/train_events.py --dry-run            # CV report only
    .venv/bin/python bench/train_events.py --out /tmp/ec.json   # CV, train on all, write
    KG_EVENT_CHECK=/tmp/ec.json kg eval /work/silver8/all       # the check at run time

Data: the gold-format stories set aside for tuning (never a validation set): the project's
gold (`data/gold`, `../shared/eval/gold`), the tuning part of `../shared/eval/realnews`
(`/work/evalsplit/realnews-tune`) and the silver TUNE sets (`/work/silver6/tune`,
`/work/silver8/all`, `/work/silver9/all`). The pipeline runs with the check off; every event it
outputs is an example, read back through the knowledge base as `kg eval` reads it and
matched to the gold as `kg eval` matches: positive when the strict matching (same kind,
participants' overlap) pairs it with a gold event, or, among the events and gold events left,
the kind-only matching does. The model is a logistic regression with L2 (`fit_logistic`); the
L2 strength and the threshold are chosen by grouped k-fold cross-validation over stories (no
story is in the fold that scores it), by the mean over the sets of the strict and kind-only
event F1 the kept events would give. Only the weights (feature name -> float) are written; no
text.
"""

from __future__ import annotations

import argparse
import logging
import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ["KG_EVENT_CHECK"] = "off"  # examples are every event the rules keep

from attribution_training import (  # noqa: E402
    L2S,
    THRESHOLDS,
    TUNE_SETS,
    fit_logistic,
    write_weights,
)

from kg.evaluation.gold import (  # noqa: E402
    EVENT_MIN_JACCARD,
    GoldArticle,
    GoldEvent,
    gold_files,
    load_gold,
    participant_jaccard,
)
from kg.evaluation.matching import match_one_to_one  # noqa: E402
from kg.evaluation.predictions import PredEvent, Predictions, read_predictions  # noqa: E402
from kg.extract.event_check import WEIGHTS_PATH, EventCheck  # noqa: E402
from kg.extract.linear_weights import LinearModel  # noqa: E402
from kg.extract.pipeline import Pipeline  # noqa: E402
from kg.ingest import ingest  # noqa: E402
from kg.mapping import article_iri  # noqa: E402
from kg.model import Article, Extraction  # noqa: E402
from kg.store import Store  # noqa: E402

log = logging.getLogger("train_events")


@dataclass
class Example:
    features: list[str]
    strict: bool  # paired by the strict matching
    kind: bool  # paired by the strict or, among the rest, the kind-only matching
    kind_name: str
    # The kind of the gold event the strict matching pairs it with when kinds are ignored
    # (same kind preferred), or None: what a kind re-typer would learn.
    gold_kind: str | None = None


@dataclass
class Story:
    name: str
    group: str  # the set it comes from
    examples: list[Example]
    gold: int  # gold events


def predictions(article: Article, extraction: Extraction) -> Predictions:
    """The article's predictions read back through a fresh knowledge base, as `kg eval`."""
    store = Store(None)
    ingest(store, [article], extract=lambda _articles: [extraction])
    pred = Predictions()
    read_predictions(store, {str(article_iri(article.key)): article.key}, {article.key: pred})
    return pred


def aligned_kinds(gold: GoldArticle, pred: Predictions) -> dict[str, str]:
    """Event IRI -> the kind of the gold event the one-to-one matching on participants alone
    (same kind preferred) pairs it with."""

    def quality(p: PredEvent, g: GoldEvent) -> float | None:
        jac = participant_jaccard(p, g, gold, pred)
        return jac + (p.kind == g.kind) if jac >= EVENT_MIN_JACCARD else None

    pairs = match_one_to_one(pred.events, gold.events, quality)
    return {pred.events[i].iri: gold.events[j].kind for i, j in pairs}


def labels(gold: GoldArticle, pred: Predictions) -> dict[str, tuple[bool, bool]]:
    """Event IRI -> (strict, kind) as `kg eval` pairs the events."""

    def quality(p: PredEvent, g: GoldEvent) -> float | None:
        if p.kind != g.kind:
            return None
        jac = participant_jaccard(p, g, gold, pred)
        return jac if jac >= EVENT_MIN_JACCARD else None

    strict = match_one_to_one(pred.events, gold.events, quality)
    left_p = [i for i in range(len(pred.events)) if i not in {i for i, _ in strict}]
    left_g = [j for j in range(len(gold.events)) if j not in {j for _, j in strict}]
    kind = match_one_to_one(
        [pred.events[i] for i in left_p],
        [gold.events[j] for j in left_g],
        lambda p, g: 1.0 if p.kind == g.kind else None,
    )
    out = {e.iri: (False, False) for e in pred.events}
    for i, _ in strict:
        out[pred.events[i].iri] = (True, True)
    for i, _ in kind:
        out[pred.events[left_p[i]].iri] = (False, True)
    return out


def story(path: Path, group: str, pipe: Pipeline) -> Story:
    gold = load_gold(path)
    rows: list[list[str]] = []
    pipe.event_check = EventCheck(examples=rows)
    extraction = pipe.extract(gold.article)
    if len(rows) != len(extraction.events):
        raise RuntimeError(f"{path}: {len(rows)} feature rows for {len(extraction.events)} events")
    pred = predictions(gold.article, extraction)
    by_iri = labels(gold, pred)
    kinds = aligned_kinds(gold, pred)
    examples = []
    for i, (fs, ev) in enumerate(zip(rows, extraction.events, strict=True)):
        iri = next((k for k in by_iri if k.endswith(f"-{i + 1}")), None)
        strict, kind = by_iri[iri] if iri is not None else (False, False)
        examples.append(Example(fs, strict, kind, ev.kind, kinds.get(iri or "")))
    return Story(path.stem, group, examples, len(gold.events))


def stories(sets: Sequence[Path], cache: Path) -> list[Story]:
    """Every story of the sets, each extracted once and cached by its file's path and time."""
    cache.mkdir(parents=True, exist_ok=True)
    pipe: Pipeline | None = None
    out: list[Story] = []
    for folder in sets:
        if not folder.is_dir():
            log.info("no set at %s", folder)
            continue
        group = f"{folder.parent.name}/{folder.name}"
        for path in gold_files([folder]):
            stamp = f"{path.resolve()}-{path.stat().st_mtime_ns}".replace("/", "_")
            cached = cache / f"{stamp}.pkl"
            if cached.is_file():
                with open(cached, "rb") as f:
                    out.append(pickle.load(f))
                continue
            pipe = pipe or Pipeline()
            s = story(path, group, pipe)
            with open(cached, "wb") as f:
                pickle.dump(s, f)
            out.append(s)
    return out


def _f1(tp: int, found: int, gold: int) -> float:
    p, r = tp / found if found else 0.0, tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(
    scored: list[tuple[Story, list[float]]], threshold: float
) -> dict[str, tuple[float, float, int, int, int]]:
    """Per set: strict F1, kind-only F1, strict tp, found, gold with the events at or above
    `threshold` kept (an approximation: `kg eval` would match the kept events afresh)."""
    tally: dict[str, list[int]] = {}
    for s, probs in scored:
        t = tally.setdefault(s.group, [0, 0, 0, 0])
        t[3] += s.gold
        for ex, p in zip(s.examples, probs, strict=True):
            if p >= threshold:
                t[0] += ex.strict
                t[1] += ex.kind
                t[2] += 1
    return {
        g: (_f1(st, found, gold), _f1(kd, found, gold), st, found, gold)
        for g, (st, kd, found, gold) in tally.items()
    }


def objective(per_set: dict[str, tuple[float, float, int, int, int]]) -> float:
    """The mean over the sets of the mean of strict and kind-only F1 (a long-article set must
    not outweigh the short news the owners keep)."""
    return sum((a + b) / 2 for a, b, *_ in per_set.values()) / len(per_set)


def cross_validated(data: list[Story], l2: float, folds: int) -> list[tuple[Story, list[float]]]:
    """Each story's event probabilities from a model fitted on the other folds' stories."""
    out: list[tuple[Story, list[float]]] = []
    for k in range(folds):
        train = [
            (ex.features, ex.kind)
            for i, s in enumerate(data)
            if i % folds != k
            for ex in s.examples
        ]
        model = LinearModel(fit_logistic(train, l2), 0.0)
        out += [
            (s, [model.probability(ex.features) for ex in s.examples])
            for i, s in enumerate(data)
            if i % folds == k
        ]
    return out


def report(label: str, per_set: dict[str, tuple[float, float, int, int, int]]) -> None:
    for g, (f, fk, tp, found, gold) in sorted(per_set.items()):
        log.info("  %s %-22s events %.3f kind %.3f (%d/%d/%d)", label, g, f, fk, tp, found, gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--sets", type=Path, nargs="*", default=list(TUNE_SETS))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/train_events_cache"))
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument("--dry-run", action="store_true", help="report the CV, write nothing")
    ap.add_argument("--threshold", type=float, default=None, help="write this one, not CV's")
    ap.add_argument("--l2", type=float, default=None, help="fit with this one, not CV's")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = stories(args.sets, args.cache)
    n = sum(len(s.examples) for s in data)
    pos = sum(ex.kind for s in data for ex in s.examples)
    log.info(
        "%d stories, %d gold events, %d events found (%d matched)",
        len(data),
        sum(s.gold for s in data),
        n,
        pos,
    )
    base = scores([(s, [1.0] * len(s.examples)) for s in data], 0.5)
    report("rules", base)
    log.info("rules objective %.4f", objective(base))
    best: tuple[float, float, float] | None = None  # objective, l2, threshold
    for l2 in L2S:
        scored = cross_validated(data, l2, args.folds)
        for threshold in THRESHOLDS:
            per_set = scores(scored, threshold)
            obj = objective(per_set)
            log.info("l2 %g threshold %.2f: CV objective %.4f", l2, threshold, obj)
            if best is None or obj > best[0] + 1e-9:
                best = (obj, l2, threshold)
    assert best is not None
    obj, l2, threshold = best
    log.info("chosen l2 %g threshold %.2f: CV objective %.4f", l2, threshold, obj)
    report("CV", scores(cross_validated(data, l2, args.folds), threshold))
    if args.dry_run:
        return
    if args.threshold is not None or args.l2 is not None:
        threshold = threshold if args.threshold is None else args.threshold
        l2 = l2 if args.l2 is None else args.l2
        log.info("written with l2 %g threshold %.2f instead", l2, threshold)
        report("CV", scores(cross_validated(data, l2, args.folds), threshold))
    weights = fit_logistic([(ex.features, ex.kind) for s in data for ex in s.examples], l2)
    names = ", ".join(str(s) for s in args.sets if s.is_dir())
    write_weights(
        args.out,
        "event-check weights, trained by bench/train_events.py on the events of the TUNE "
        f"stories ({len(data)} stories: {names}); see README 'Learned event check'",
        l2,
        threshold,
        ("train_events", n),
        weights,
    )


if __name__ == "__main__":
    main()

"""Train the event check (`kg/extract/event_check.py`) on the events of the TUNE stories.

    .venv/bin/python bench/train_events.py --dry-run            # CV report only
    .venv/bin/python bench/train_events.py --out /tmp/ec.json   # CV, train on all, write
    .venv/bin/python bench/train_events.py --leave-set-out      # the decisive report (nested)
    .venv/bin/python bench/train_events.py --dry-run --drop lemma= gov=   # an ablation
    KG_EVENT_CHECK=/tmp/ec.json kg eval /work/silver40/all     # the check at run time

Data (`EVENT_SETS`): the gold-format stories set aside for tuning (never a validation set): the
project's gold (`data/gold`, `../shared/eval/gold`), the tuning part of
`../shared/eval/realnews` (`/work/evalsplit/realnews-tune`) and the silver sets `/work/silver40/all`
to `/work/silver48/all` (`attribution_training.NEWS_SETS`); `--sets` names others: the silver sets
are annotated outside the project from public web pages, their texts are never shipped, and a set
missing here is skipped). The pipeline runs once per story with the check off and what the check
would be given is cached (`--cache`, `story_cache.py`: keyed by the story file's content and a
digest of the package's and the data's files but the check's), so that features can change without
running the pipeline again. Every event it outputs is an example, read back through the knowledge
base as `kg eval` reads it and matched to the gold as `kg eval` matches: positive when the strict
matching (same kind, participants' overlap) pairs it with a gold event, or, among the events and
gold events left, the kind-only matching does. The model is a logistic regression with L2
(`fit_logistic`); the L2 strength and the threshold are chosen by grouped k-fold cross-validation
over stories (no story is in the fold that scores it), by the mean over the sets of the strict and
kind-only event F1 the kept events would give; the chosen setting is then also scored with each set
left out of training (how it does on stories unlike those it learned from). `--leave-set-out`
is the decisive report: each set is scored by a model whose setting was chosen by CV on the
other sets and whose weights were fitted on them alone (nothing of the set went into it),
against the rules alone, summed over the sets (`--leave-set-out DIR` writes each of those
models, `DIR/silver41.json` and so on, to score the set with `kg eval`). Only the weights
(feature name -> float) are written; no text.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from attribution_training import (
    L2S,
    THRESHOLDS,
    TUNE_SETS,
    add_leave_set_out_argument,
    choose_setting,
    fit_logistic,
    fold_dir,
    fold_weights_path,
    left_out_sets,
    write_weights,
)
from spacy.tokens import Doc
from story_cache import (
    CheckRecorder,
    StoryCache,
    add_sets_argument,
    english_vocab,
    existing_sets,
    pipeline,
)

from kg.evaluation.gold import (
    EVENT_MIN_JACCARD,
    GoldArticle,
    GoldEvent,
    event_pairs,
    gold_files,
    load_gold,
    participant_jaccard,
)
from kg.evaluation.matching import match_one_to_one
from kg.evaluation.predictions import PredEvent, Predictions, read_predictions
from kg.extract.event_check import WEIGHTS_PATH, Context, event_rows
from kg.extract.event_coref import EventResult
from kg.extract.index import ActorIndex
from kg.extract.linear_weights import LinearModel
from kg.extract.pipeline import Pipeline
from kg.ingest import ingest
from kg.mapping import article_iri
from kg.model import Article, Extraction, Statement
from kg.store import Store

log = logging.getLogger("train_events")

# The event check's own TUNE stories: the story trainers' pool (`attribution_training`).
EVENT_SETS = TUNE_SETS
# Where the captured pipeline outputs are kept (event_kind_errors reads the same cache).
CACHE = Path("/tmp/train_events_cache")


@dataclass
class Example:
    features: list[str]  # filled from the story's captured inputs (`Story.refeature`)
    strict: bool  # paired by the strict matching
    kind: bool  # paired by the strict or, among the rest, the kind-only matching
    kind_name: str
    # The kind of the gold event the strict matching pairs it with when kinds are ignored
    # (same kind preferred), or None: what a kind re-typer would learn.
    gold_kind: str | None = None


@dataclass
class Captured:
    """What the check is given, as the pipeline gives it (the doc as bytes): features can
    change without running the pipeline again."""

    doc: bytes
    index: ActorIndex
    statements: list[Statement]
    events: EventResult

    def rows(self) -> list[list[str]]:
        doc = Doc(english_vocab()).from_bytes(self.doc)
        context = Context.of(doc, self.index, self.statements)
        return event_rows(doc, self.events, self.index, context)


def _captured(
    doc: Doc, article: Article, index: ActorIndex, statements: list[Statement], events: EventResult
) -> Captured:
    """What the check is given (the timeline kept in the doc's user data does not serialise)."""
    del article  # the doc carries the text
    return Captured(doc.to_bytes(exclude=["user_data"]), index, statements, events)


@dataclass
class Story:
    name: str
    group: str  # the set it comes from
    examples: list[Example]
    gold: int  # gold events
    captured: Captured
    # How many gold events of each kind (set by `stories` from the gold file, not cached).
    gold_kinds: Counter[str] = field(default_factory=Counter)

    def refeature(self) -> None:
        for ex, fs in zip(self.examples, self.captured.rows(), strict=True):
            ex.features = fs


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
    strict = event_pairs(gold, pred)
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
    rec = CheckRecorder(_captured)  # keeps every event, as with the check off
    pipe.event_check = rec  # type: ignore[assignment]
    extraction = pipe.extract(gold.article)
    captured = rec.captured
    rows = captured[0].rows()
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
    return Story(path.stem, group, examples, len(gold.events), captured[0])


# The check's own files: what the pipeline gives the check changes with the rest, its
# features (read again from the captured inputs, `Story.refeature`) not.
CHECK_FILES = ("event_check.py", "event_check.json")


def stories(sets: Sequence[Path], cache: Path) -> list[Story]:
    """Every story of the sets that are there, each extracted once and cached by its file's
    content and the rules that read it."""
    stored: StoryCache[Story] = StoryCache(cache, "events", ignore=CHECK_FILES)
    out: list[Story] = []
    for folder in existing_sets(sets):
        for path in gold_files([folder]):
            s = stored.get(path, lambda p: story(p, "", pipeline()))
            # (A copy of the story in another set shares the entry: where it lies is set here.)
            s.name, s.group = path.stem, f"{folder.parent.name}/{folder.name}"
            s.gold_kinds = Counter(e.kind for e in load_gold(path).events)
            s.refeature()
            out.append(s)
    stored.report()
    return out


def _f1(tp: int, found: int, gold: int) -> float:
    p, r = tp / found if found else 0.0, tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


Tally = tuple[int, int, int, int]  # strict matches, kind-only matches, found, gold


def tallies(scored: list[tuple[Story, list[float]]], threshold: float) -> dict[str, Tally]:
    """Per set, the counts with the events at or above `threshold` kept. Kind-only matches are
    exact (`kg eval` pairs events of equal kinds only: the overlap of the story's kind
    histograms, so a dropped match whose twin of its kind is kept still counts); strict
    matches are an approximation (`kg eval` would match the kept events afresh)."""
    tally: dict[str, list[int]] = {}
    for s, probs in scored:
        t = tally.setdefault(s.group, [0, 0, 0, 0])
        t[3] += s.gold
        kept = Counter[str]()
        for ex, p in zip(s.examples, probs, strict=True):
            if p >= threshold:
                t[0] += ex.strict
                kept[ex.kind_name] += 1
                t[2] += 1
        t[1] += sum((kept & s.gold_kinds).values())
    return {g: (t[0], t[1], t[2], t[3]) for g, t in tally.items()}


def f1s(t: Tally) -> tuple[float, float]:
    """Strict and kind-only event F1."""
    return _f1(t[0], t[2], t[3]), _f1(t[1], t[2], t[3])


def objective(per_set: dict[str, Tally]) -> float:
    """The mean over the sets of the mean of strict and kind-only F1 (a long-article set must
    not outweigh the short news the owners keep)."""
    return sum(sum(f1s(t)) / 2 for t in per_set.values()) / len(per_set)


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


def report(label: str, per_set: dict[str, Tally]) -> None:
    """Per set and pooled over the sets: F1 strict and kind-only (matched/found/gold)."""
    ts = per_set.values()
    pooled = (
        sum(t[0] for t in ts),
        sum(t[1] for t in ts),
        sum(t[2] for t in ts),
        sum(t[3] for t in ts),
    )
    for g, t in [*sorted(per_set.items()), ("pooled", pooled)]:
        f, fk = f1s(t)
        log.info("  %s %-26s events %.3f kind %.3f (%d/%d/%d)", label, g, f, fk, t[0], t[2], t[3])
    log.info("  %s objective %.4f", label, objective(per_set))


def left_out(data: list[Story], l2: float, threshold: float) -> dict[str, Tally]:
    """Each set scored by a model fitted on the other sets: how the check does on stories
    unlike those it learned from."""
    out: dict[str, Tally] = {}
    for _group, held, rest in left_out_sets(data, lambda s: s.group):
        train = [(ex.features, ex.kind) for s in rest for ex in s.examples]
        model = LinearModel(fit_logistic(train, l2), 0.0)
        scored = [(s, [model.probability(ex.features) for ex in s.examples]) for s in held]
        out |= tallies(scored, threshold)
    return out


def choose(data: list[Story], folds: int) -> tuple[float, float, float]:
    """The (objective, L2, threshold) that grouped k-fold CV over `data`'s stories prefers."""
    return choose_setting(
        L2S,
        THRESHOLDS,
        lambda l2: cross_validated(data, l2, folds),
        lambda scored, threshold: objective(tallies(scored, threshold)),
    )


def fit(data: list[Story], l2: float, threshold: float) -> LinearModel:
    return LinearModel(
        fit_logistic([(ex.features, ex.kind) for s in data for ex in s.examples], l2), threshold
    )


def scored_by(model: LinearModel, stories_: list[Story], group: str) -> Tally:
    """The set's tally with the events `model` keeps (at its own threshold)."""
    probs = [(s, [model.probability(ex.features) for ex in s.examples]) for s in stories_]
    return tallies(probs, model.threshold)[group]


def leave_set_out(
    data: list[Story], folds: int, fold_weights: Path | None, shipped: LinearModel | None
) -> dict[str, tuple[Tally, Tally, Tally | None]]:
    """The decisive measure: each set scored by a check whose setting (L2, threshold) was
    chosen by CV on the other sets and whose weights were fitted on them, so that nothing of
    the set it scores went into it. Set -> (rules' tally, check's tally, the shipped weights'
    tally or None). The shipped weights may have been fitted on the set (on session 35's pool):
    in-sample there. With `fold_weights` each such model is written there as `<set>.json` (to
    score it with `kg eval`)."""
    out: dict[str, tuple[Tally, Tally, Tally | None]] = {}
    for group, held, rest in left_out_sets(data, lambda s: s.group):
        obj, l2, threshold = choose(rest, folds)
        model = fit(rest, l2, threshold)
        rules = tallies([(s, [1.0] * len(s.examples)) for s in held], 0.5)[group]
        check = scored_by(model, held, group)
        ship = None if shipped is None else scored_by(shipped, held, group)
        out[group] = (rules, check, ship)
        log.info(
            "left out %-22s chosen l2 %g threshold %.2f (CV on the rest %.4f): rules %.3f/%.3f "
            "(%d found) check %.3f/%.3f (%d found)%s",
            group,
            l2,
            threshold,
            obj,
            *f1s(rules),
            rules[2],
            *f1s(check),
            check[2],
            "" if ship is None else " shipped {:.3f}/{:.3f} ({} found)".format(*f1s(ship), ship[2]),
        )
        if fold_weights is not None:
            fold_weights.mkdir(parents=True, exist_ok=True)
            write_weights(
                fold_weights_path(fold_weights, group),
                f"event-check weights fitted with {group} left out (bench/train_events.py "
                "--leave-set-out): for scoring that set only",
                l2,
                threshold,
                ("train_events", sum(len(s.examples) for s in rest)),
                model.weights,
            )
    return out


def report_set_out(per_set: dict[str, tuple[Tally, Tally, Tally | None]]) -> float:
    """Per left-out set: strict and kind-only F1, rules against check, the change of their
    mean; summed over the sets, and how many sets lose clearly (by more than 0.01); then the
    same against the shipped weights, when there are any."""
    against_shipped = {g: (s, c) for g, (_, c, s) in per_set.items() if s is not None}
    if against_shipped:
        log.info("  against the shipped weights:")
        _report_against(against_shipped)
        log.info("  against the rules alone:")
    return _report_against({g: (r, c) for g, (r, c, _) in per_set.items()})


def _pooled(ts: Sequence[Tally]) -> Tally:
    return (
        sum(t[0] for t in ts),
        sum(t[1] for t in ts),
        sum(t[2] for t in ts),
        sum(t[3] for t in ts),
    )


def _report_against(per_set: dict[str, tuple[Tally, Tally]]) -> float:
    """Per set, (base, check): strict and kind-only F1 (strict, kind-only matches / found),
    the change of their mean; summed and pooled over the sets."""
    total, losses = 0.0, 0
    for g, (base, check) in sorted(per_set.items()):
        delta = (sum(f1s(check)) - sum(f1s(base))) / 2
        total += delta
        losses += delta < -0.01
        log.info(
            "  set-out %-22s base events %.3f kind %.3f (%d/%d/%d) | check events %.3f kind "
            "%.3f (%d/%d/%d) | %+.4f",
            g,
            *f1s(base),
            base[0],
            base[1],
            base[2],
            *f1s(check),
            check[0],
            check[1],
            check[2],
            delta,
        )
    base, check = (
        _pooled([b for b, _ in per_set.values()]),
        _pooled([c for _, c in per_set.values()]),
    )
    log.info(
        "  set-out pooled base events %.3f kind %.3f (%d/%d/%d of %d) | check events %.3f kind "
        "%.3f (%d/%d/%d)",
        *f1s(base),
        *base,
        *f1s(check),
        *check[:3],
    )
    log.info(
        "  set-out summed change %+.4f over %d sets; %d lose by over 0.01",
        total,
        len(per_set),
        losses,
    )
    # The silver sets (48 stories each) decide: in a set of five events one event moves 0.1.
    gains = [(sum(f1s(c)) - sum(f1s(r))) / 2 for r, c in per_set.values() if r[3] >= 100]
    log.info(
        "  set-out over the %d sets of 100 gold events or more: summed %+.4f, %d win, %d lose "
        "by over 0.01",
        len(gains),
        sum(gains),
        sum(d > 0 for d in gains),
        sum(d < -0.01 for d in gains),
    )
    return total


def too_few(data: list[Story]) -> str | None:
    """Why `data` cannot be cross-validated, if it cannot: each fold and each left-out set
    needs others to fit on (a model fitted on no story fails deep in the fit)."""
    groups = {s.group for s in data}
    if len(data) < 2 or len(groups) < 2:
        return (
            f"too few stories to train on: {len(data)} stories in {len(groups)} set(s); "
            "the check needs at least two stories from at least two sets (each set is scored "
            "by a model fitted on the others; give more --sets)"
        )
    return None


def main() -> None:
    # Examples are every event the rules keep (in main, so that importing the trainer
    # changes no setting of the process).
    os.environ["KG_EVENT_CHECK"] = "off"
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    add_sets_argument(ap, EVENT_SETS)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument("--dry-run", action="store_true", help="report the CV, write nothing")
    ap.add_argument("--threshold", type=float, default=None, help="write this one, not CV's")
    ap.add_argument("--l2", type=float, default=None, help="fit with this one, not CV's")
    ap.add_argument("--drop", nargs="*", default=[], help="leave out features so prefixed")
    add_leave_set_out_argument(
        ap,
        "the decisive report: each set scored by a setting chosen and a model fitted on the "
        "others (nested), against the rules alone; writes nothing but those models (to DIR "
        "when given)",
    )
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = stories(args.sets, args.cache)
    if (why := too_few(data)) is not None:
        log.error("%s", why)
        sys.exit(2)
    if args.drop:  # an ablation: how much a family of features is worth out of fold
        drop = tuple(args.drop)
        for s in data:
            for ex in s.examples:
                ex.features = [f for f in ex.features if not f.startswith(drop)]
    n = sum(len(s.examples) for s in data)
    pos = sum(ex.kind for s in data for ex in s.examples)
    log.info(
        "%d stories, %d gold events, %d events found (%d matched)",
        len(data),
        sum(s.gold for s in data),
        n,
        pos,
    )
    base = tallies([(s, [1.0] * len(s.examples)) for s in data], 0.5)
    report("rules", base)
    if args.leave_set_out is not None:
        shipped = LinearModel.read(WEIGHTS_PATH) if WEIGHTS_PATH.is_file() else None
        report_set_out(leave_set_out(data, args.folds, fold_dir(args.leave_set_out), shipped))
        return
    obj, l2, threshold = choose(data, args.folds)
    log.info("chosen l2 %g threshold %.2f: CV objective %.4f", l2, threshold, obj)
    report("CV", tallies(cross_validated(data, l2, args.folds), threshold))
    report("set-out", left_out(data, l2, threshold))
    if args.dry_run:
        return
    if args.threshold is not None or args.l2 is not None:
        threshold = threshold if args.threshold is None else args.threshold
        l2 = l2 if args.l2 is None else args.l2
        log.info("written with l2 %g threshold %.2f instead", l2, threshold)
        report("CV", tallies(cross_validated(data, l2, args.folds), threshold))
        report("set-out", left_out(data, l2, threshold))
    weights = fit_logistic([(ex.features, ex.kind) for s in data for ex in s.examples], l2)
    names = ", ".join(str(s) for s in args.sets if s.is_dir())
    write_weights(
        args.out,
        "event-check weights, trained by bench/train_events.py on the events of the tuning "
        f"pool ({len(data)} stories, {n} events found, {pos} of them matched by kind: {names}; "
        f"L2 {l2:g} and threshold {threshold:.2f} chosen by {args.folds}-fold CV over stories; "
        "the silver sets are annotated outside the project from public web pages under "
        "../shared/eval/README.md's guidelines, and no text of any story is shipped, only "
        "feature weights); see README 'Learned event check' for each set left out of the fit",
        l2,
        threshold,
        ("train_events", n),
        weights,
    )


if __name__ == "__main__":
    # Run as the module `train_events`: the cached stories then name their classes by it, not
    # by `__main__`, and `event_kind_errors.py`, which imports it, reads the same cache.
    import train_events

    train_events.main()

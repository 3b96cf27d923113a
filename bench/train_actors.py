"""Train the actor check (`kg/extract/actor_model.py`) on the actor lists of the TUNE stories.

    .venv/bin/python bench/train_actors.py                      # CV, train, write weights
    .venv/bin/python bench/train_actors.py --dry-run            # CV report only
    .venv/bin/python bench/train_actors.py --leave-set-out      # each set by the others' fit

Data: the gold-format stories set aside for tuning (never a validation set): the project's
gold (`data/gold`, `../shared/eval/gold`), the tuning part of `../shared/eval/realnews`
(`/work/evalsplit/realnews-tune`) and the silver sets `/work/silver40/all` to
`/work/silver51/all` (`attribution_training.NEWS_SETS`, session 37's pool of 444 stories;
never realnews-val nor a held-out set).
`--sets` names others; the silver sets are annotated outside the project from public web pages
(their texts are never shipped), and a set not on the machine is skipped with a warning.
The pipeline runs once per story with the check off, its call of the check recorded (the parse,
the actor index and the ids kept; cached by `story_cache.py`, keyed by the story's content and
the rules but the check's own files, so a change of features reads the cache); every actor it
finds that no statement or event names nor a rule keeps (the only ones the check asks about) is
an example, positive when the scorer's one-to-one matching
(`kg eval`: its name or a recorded alias against a gold actor's name or aliases) pairs it with a
gold actor. The model is a logistic regression with L2 (`fit_logistic`); the L2 strength and the
threshold are chosen by grouped k-fold cross-validation over stories (no story is in the fold that
scores it) by the actor F1 the kept actors would give. `--leave-set-out` scores each 48-story
set by weights fitted on the other sets (setting chosen on them alone) beside the rules alone
and the baseline weights (`--baseline`, by default the shipped ones); the decisive measure
before new weights are shipped. Only the weights (feature name -> float) are written; no text.
"""

from __future__ import annotations

import argparse
import logging
import os
from dataclasses import dataclass
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
    StoryCache,
    add_sets_argument,
    english_vocab,
    existing_sets,
    pipeline,
)

from kg.evaluation.gold import gold_files, load_gold
from kg.evaluation.matching import match_one_to_one, name_score
from kg.extract.actor_model import WEIGHTS_PATH, Context, features
from kg.extract.index import ActorIndex
from kg.extract.linear_weights import LinearModel
from kg.extract.pipeline import Pipeline
from kg.gazetteer import Gazetteer
from kg.model import Actor
from kg.nlp import remember_text

log = logging.getLogger("train_actors")


@dataclass
class Captured:
    """What the pipeline gives one story with the check off, before any feature is read: the
    parse (as bytes), the actor index the check sees, and which actors it asks about."""

    doc: bytes
    text: str
    index: ActorIndex
    context: Context
    asked: list[tuple[str, bool, bool]]  # per actor asked about: id, gazetteer knows it, matched
    gold: int  # gold actors
    kept: int  # actors never asked about (a statement or event names them)
    kept_matched: int  # of those, the ones matched to a gold actor


@dataclass
class Story:
    name: str
    examples: list[tuple[list[str], bool]]  # one per actor asked about: features, matched
    gold: int  # gold actors
    kept: int  # actors never asked about (a statement or event names them)
    kept_matched: int  # of those, the ones matched to a gold actor
    names: list[str]  # the names of the actors asked about, as `examples` (for error reports)


def _story_name(path: Path) -> str:
    """`set/part/story`: the set's folder is the name's head (per-set reports group by it)."""
    return f"{path.parent.parent.name}/{path.parent.name}/{path.stem}"


def capture(path: Path, pipe: Pipeline) -> Captured:
    """The actors the pipeline finds in one gold file that no statement or event names, with
    what the check reads of them at run time: the pipeline's call of the check is recorded
    (the index after every rule that adds or drops actors, the ids it keeps)."""
    gold = load_gold(path)
    seen: list[tuple[Doc, ActorIndex, Gazetteer, set[str], Context]] = []

    def record(
        doc: Doc, index: ActorIndex, gz: Gazetteer, keep: set[str], context: Context
    ) -> None:
        """The actor check's place while training: drops nothing, records what it is given."""
        seen.append((doc, index, gz, set(keep), context))

    real = pipe.actor_check
    pipe.actor_check = record
    try:
        extraction = pipe.extract(gold.article)
    finally:
        pipe.actor_check = real
    ((doc, index, gz, keep, context),) = seen
    remember_text(doc, gold.article.text)

    def score(a: Actor, g_name: str, g_aliases: list[str], person: bool) -> float | None:
        names = [a.name, *sorted(a.aliases - {a.name})]
        best = max(name_score(n, g_name, g_aliases, person) for n in names)
        return float(best) or None

    pairs = match_one_to_one(
        extraction.actors,
        gold.actors,
        lambda a, g: score(a, g.name, g.aliases, "Person" in (a.type, g.type)),
    )
    matched = {extraction.actors[i].id for i, _ in pairs}
    ids = {a.id for a in index.actors}
    asked = [
        (a.id, gz.entry_of(a.name, a.wikidata) is not None, a.id in matched)
        for a in index.actors
        if a.id not in keep
    ]
    return Captured(
        doc.to_bytes(exclude=["user_data"]),  # the timeline kept there does not serialise
        gold.article.text,
        index,
        context,
        asked,
        len(gold.actors),
        len(keep & ids),
        len(keep & ids & matched),
    )


def story(name: str, c: Captured) -> Story:
    """The examples of one captured story, with the features the check reads at run time."""
    doc = Doc(english_vocab()).from_bytes(c.doc)
    remember_text(doc, c.text)
    actors = {a.id: a for a in c.index.actors}
    examples = [
        (features(doc, c.index, actors[i], known, c.context), ok) for i, known, ok in c.asked
    ]
    return Story(
        name, examples, c.gold, c.kept, c.kept_matched, [actors[i].name for i, _, _ in c.asked]
    )


# The check's own files: its features are read from the captured stories at training time.
CHECK_FILES = ("actor_model.py", "actor_model.json")


def stories(sets: list[Path], cache_dir: Path) -> list[Story]:
    """Every story of the sets that are there, each extracted once and cached by its file's
    content and the rules that read it (the check's features and weights aside)."""
    stored: StoryCache[Captured] = StoryCache(cache_dir, "actors", ignore=CHECK_FILES)
    out: list[Story] = []
    for path in gold_files(existing_sets(sets)):
        c = stored.get(path, lambda p: capture(p, pipeline()))
        # (a copy of the story elsewhere shares the entry: the name is set here)
        out.append(story(_story_name(path), c))
    stored.report()
    return out


def f1(scored: list[tuple[Story, list[float]]], threshold: float) -> tuple[float, float, float]:
    """Actor precision, recall and F1 over the stories with the actors at or above
    `threshold` kept (`scored`: each story with its actors' probabilities)."""
    tp = kept = gold = 0
    for s, probs in scored:
        gold, kept, tp = gold + s.gold, kept + s.kept, tp + s.kept_matched
        for (_fs, ok), p in zip(s.examples, probs, strict=True):
            if p >= threshold:
                kept += 1
                tp += ok
    p, r = tp / kept if kept else 0.0, tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def cross_validated(data: list[Story], l2: float, folds: int) -> list[tuple[Story, list[float]]]:
    """Each story's actor probabilities from a model fitted on the other folds' stories."""
    out: list[tuple[Story, list[float]]] = []
    for k in range(folds):
        train = [ex for i, s in enumerate(data) if i % folds != k for ex in s.examples]
        model = LinearModel(fit_logistic(train, l2), 0.0)
        out += [
            (s, [model.probability(fs) for fs, _ in s.examples])
            for i, s in enumerate(data)
            if i % folds == k
        ]
    return out


def _set(s: Story) -> str:
    return s.name.rsplit("/", 1)[0]


def choose(data: list[Story], folds: int, show: bool = False) -> tuple[float, float, float]:
    """The L2 strength and threshold whose grouped cross-validation over `data`'s stories gives
    the best actor F1: (F1, l2, threshold)."""

    def cv(l2: float) -> list[tuple[Story, list[float]]]:
        scored = cross_validated(data, l2, folds)
        for threshold in THRESHOLDS if show else ():
            log.info(
                "l2 %g threshold %.2f: CV P %.4f R %.4f F1 %.4f",
                l2,
                threshold,
                *f1(scored, threshold),
            )
        return scored

    return choose_setting(L2S, THRESHOLDS, cv, lambda scored, t: f1(scored, t)[2])


# A set left out is scored only when it has this many stories (a handful says little: the
# 48-story silver sets are, realnews-tune and the gold stay in every fit).
MIN_LEFT_OUT = 20


@dataclass
class LeftOut:
    """One set scored by weights fitted on the other sets (their setting chosen on them)."""

    name: str
    stories: int
    l2: float
    threshold: float
    rules: tuple[float, float, float]  # P, R, F1 keeping every actor the rules find
    baseline: tuple[float, float, float]  # with the baseline weights
    refit: tuple[float, float, float]  # with the weights fitted on the other sets


def leave_set_out(
    data: list[Story], folds: int, baseline: LinearModel | None, folder: Path | None
) -> list[LeftOut]:
    """For each set of MIN_LEFT_OUT stories or more: the weights fitted on every other set
    (L2 and threshold chosen by their own cross-validation, so nothing of the set is read),
    scored on it beside the rules alone and the baseline weights. `folder`: where each fold's
    weights are written (`<set>.json`, for `kg eval` with `KG_ACTOR_MODEL=path`)."""
    out: list[LeftOut] = []
    for group, test, train in left_out_sets(data, _set):
        if len(test) < MIN_LEFT_OUT:
            continue
        _f, l2, threshold = choose(train, folds)
        weights = fit_logistic([ex for s in train for ex in s.examples], l2)
        model = LinearModel(weights, threshold)
        refit = [(s, [model.probability(fs) for fs, _ in s.examples]) for s in test]
        base = [(s, [0.0] * len(s.examples)) for s in test]
        if baseline is not None:
            base = [(s, [baseline.probability(fs) for fs, _ in s.examples]) for s in test]
        out.append(
            LeftOut(
                group,
                len(test),
                l2,
                threshold,
                f1(refit, 0.0),
                f1(base, baseline.threshold if baseline else 0.0),
                f1(refit, threshold),
            )
        )
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            write_weights(
                fold_weights_path(folder, group),
                f"actor-check weights fitted without {group} (bench/train_actors.py "
                "--leave-set-out): for scoring that set only",
                l2,
                threshold,
                ("train_actors", sum(len(s.examples) for s in train)),
                weights,
            )
    return out


def report_left_out(rows: list[LeftOut]) -> None:
    """Per set left out: rules alone, baseline and refit P/R/F1; then the sums of F1 over the
    sets and the sets where the refit loses to the baseline."""
    log.info("leave one set out: each set scored by weights fitted on the others")
    log.info(
        "  %-24s %5s %-12s %-22s %-22s %-22s",
        "set",
        "n",
        "l2/thr",
        "rules P/R/F1",
        "baseline P/R/F1",
        "refit P/R/F1",
    )
    for r in rows:
        log.info(
            "  %-24s %5d %-12s %.3f/%.3f/%.4f    %.3f/%.3f/%.4f    %.3f/%.3f/%.4f",
            r.name,
            r.stories,
            f"{r.l2:g}/{r.threshold:.2f}",
            *r.rules,
            *r.baseline,
            *r.refit,
        )
    rules, base, refit = (
        sum(getattr(r, k)[2] for r in rows) for k in ("rules", "baseline", "refit")
    )
    log.info(
        "  sum of F1 over %d sets: rules %.4f, baseline %.4f, refit %.4f (refit - baseline %+.4f)",
        len(rows),
        rules,
        base,
        refit,
        refit - base,
    )
    lose = [
        f"{r.name} {r.refit[2] - r.baseline[2]:+.4f}" for r in rows if r.refit[2] < r.baseline[2]
    ]
    log.info("  refit below baseline on: %s", ", ".join(lose) or "none")


def report_sets(scored: list[tuple[Story, list[float]]], threshold: float) -> None:
    """Per set and pooled: actor F1 keeping every actor, and with the check."""
    for folder in [*sorted({_set(s) for s, _ in scored}), "pooled"]:
        part = [(s, p) for s, p in scored if folder in ("pooled", _set(s))]
        log.info(
            "  %-26s (%3d stories): F1 keeping all %.4f, with the check %.4f (P %.4f R %.4f)",
            folder,
            len(part),
            f1(part, 0.0)[2],
            f1(part, threshold)[2],
            *f1(part, threshold)[:2],
        )


def main() -> None:
    # Examples are every actor the rules keep (in main, so that importing the trainer
    # changes no setting of the process).
    os.environ["KG_ACTOR_MODEL"] = "off"
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    add_sets_argument(ap, TUNE_SETS)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/train_actors_cache"))
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument("--dry-run", action="store_true", help="report the CV, write nothing")
    add_leave_set_out_argument(
        ap,
        "score each set by weights fitted on the others (beside the rules alone and the "
        "baseline weights), write nothing but those weights (to DIR when given)",
    )
    ap.add_argument(
        "--baseline",
        type=Path,
        default=WEIGHTS_PATH,
        help="the weights compared with (default: the shipped ones)",
    )
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = stories(args.sets, args.cache)
    n = sum(len(s.examples) for s in data)
    pos = sum(ok for s in data for _, ok in s.examples)
    log.info(
        "%d stories, %d gold actors; %d actors named in statements or events (%d matched), "
        "%d asked about (%d matched)",
        len(data),
        sum(s.gold for s in data),
        sum(s.kept for s in data),
        sum(s.kept_matched for s in data),
        n,
        pos,
    )
    baseline = LinearModel.read(args.baseline) if args.baseline.is_file() else None
    if args.leave_set_out is not None:
        report_left_out(leave_set_out(data, args.folds, baseline, fold_dir(args.leave_set_out)))
        return
    f, l2, threshold = choose(data, args.folds, show=True)
    log.info("chosen l2 %g threshold %.2f: CV actor F1 %.4f", l2, threshold, f)
    # Per set: whether the check helps everywhere or only where most stories are.
    log.info("CV:")
    report_sets(cross_validated(data, l2, args.folds), threshold)
    if baseline is not None:  # what the baseline weights give (stories they may have seen)
        scored = [(s, [baseline.probability(fs) for fs, _ in s.examples]) for s in data]
        log.info("baseline weights %s (threshold %.2f):", args.baseline, baseline.threshold)
        report_sets(scored, baseline.threshold)
    if args.dry_run:
        return
    weights = fit_logistic([ex for s in data for ex in s.examples], l2)
    names = ", ".join(str(s) for s in args.sets)
    write_weights(
        args.out,
        "actor-check weights, trained by bench/train_actors.py on the actor lists of the TUNE "
        f"stories ({len(data)} stories: {names}; the silver sets are annotated outside the "
        "project from public web pages under ../shared/eval/README.md's guidelines, and no "
        "text of any story is shipped, only feature weights); see README 'Learned actor check'",
        l2,
        threshold,
        ("train_actors", n),
        weights,
    )


if __name__ == "__main__":
    main()

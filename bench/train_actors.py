"""Train the actor check (`kg/extract/actor_model.py`) on the actor lists of the TUNE stories.

    .venv/bin/python bench/train_actors.py                      # CV, train, write weights
    .venv/bin/python bench/train_actors.py --dry-run            # CV report only

Data: the gold-format stories set aside for tuning (never a validation set): the project's
gold (`data/gold`, `../shared/eval/gold`), the tuning part of `../shared/eval/realnews`
(`/work/evalsplit/realnews-tune`) and the silver TUNE sets (`/work/silver20/all`,
`/work/silver21/tune`, `/work/silver22/all` to `/work/silver30/all`; never realnews-val,
silver21/val or the held-out sets). `--sets` names
others; the silver sets are annotated outside the project from public web pages (their texts
are never shipped), and a set not on the machine is skipped with a warning.
The pipeline runs once per story with the check off (cached by `story_cache.py`, keyed by the
story's content and the rules); every actor it finds that no statement or event names (the only
ones the check asks about) is an example, positive when the scorer's one-to-one matching
(`kg eval`: its name or a recorded alias against a gold actor's name or aliases) pairs it with a
gold actor. The model is a logistic regression with L2 (`fit_logistic`); the L2 strength and the
threshold are chosen by grouped k-fold cross-validation over stories (no story is in the fold that
scores it) by the actor F1 the kept actors would give. Only the weights (feature name -> float) are
written; no text.
"""

from __future__ import annotations

import argparse
import logging
import os
from dataclasses import dataclass
from pathlib import Path

os.environ["KG_ACTOR_MODEL"] = "off"  # examples are every actor the rules keep

from attribution_training import (  # noqa: E402
    L2S,
    THRESHOLDS,
    TUNE_SETS,
    fit_logistic,
    write_weights,
)
from story_cache import StoryCache, add_sets_argument, existing_sets, pipeline  # noqa: E402

from kg import gazetteer  # noqa: E402
from kg.evaluation.gold import gold_files, load_gold  # noqa: E402
from kg.evaluation.matching import match_one_to_one, name_score  # noqa: E402
from kg.extract.actor_model import WEIGHTS_PATH, Context, features, referenced  # noqa: E402
from kg.extract.linear_weights import LinearModel  # noqa: E402
from kg.extract.pipeline import Pipeline  # noqa: E402
from kg.model import Actor  # noqa: E402

log = logging.getLogger("train_actors")


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


def story(path: Path, pipe: Pipeline) -> Story:
    """The examples of one gold file: the actors the pipeline finds that no statement or
    event names, with the features the check reads at run time."""
    gold = load_gold(path)
    extraction = pipe.extract(gold.article)
    # The index as the check sees it (the stages are deterministic: the same actors).
    doc = pipe.nlp(gold.article.text)
    pipe.timeline(doc, gold.article)
    index = pipe.discourse(doc, gold.article, pipe.actors(doc, gold.article))
    # (Later stages may drop an actor the discourse stage kept, "the UN envoy" folded into
    # the envoy: `drop_modifier_bodies`; the check only sees the ones left.)
    found = {(a.id, a.name) for a in extraction.actors}
    if not found <= {(a.id, a.name) for a in index.actors}:
        raise RuntimeError(f"{path}: the actor index differs from the extraction's actors")
    keep = referenced(extraction.actors, extraction.statements, extraction.events)
    gz = gazetteer.default()
    context = Context.of(extraction.statements, extraction.events)

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
    asked = [a for a in index.actors if a.id not in keep and (a.id, a.name) in found]
    examples = [
        (
            features(doc, index, a, gz.entry_of(a.name, a.wikidata) is not None, context),
            a.id in matched,
        )
        for a in asked
    ]
    return Story(
        _story_name(path),
        examples,
        len(gold.actors),
        len(keep & {a.id for a in index.actors}),
        len(keep & matched),
        [a.name for a in asked],
    )


def stories(sets: list[Path], cache_dir: Path) -> list[Story]:
    """Every story of the sets that are there, each extracted once and cached by its file's
    content and the rules that read it (the features too: the check's weights aside)."""
    stored: StoryCache[Story] = StoryCache(cache_dir, "actors", ignore=("actor_model.json",))
    out: list[Story] = []
    for path in gold_files(existing_sets(sets)):
        s = stored.get(path, lambda p: story(p, pipeline()))
        s.name = _story_name(path)  # (a copy of the story elsewhere shares the entry)
        out.append(s)
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


def left_out(data: list[Story], l2: float) -> list[tuple[Story, list[float]]]:
    """Each set's actor probabilities from a model fitted on the other sets: how the check
    does on stories unlike those it learned from."""
    out: list[tuple[Story, list[float]]] = []
    for group in sorted({_set(s) for s in data}):
        train = [ex for s in data if _set(s) != group for ex in s.examples]
        model = LinearModel(fit_logistic(train, l2), 0.0)
        out += [
            (s, [model.probability(fs) for fs, _ in s.examples]) for s in data if _set(s) == group
        ]
    return out


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
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    add_sets_argument(ap, TUNE_SETS)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/train_actors_cache"))
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument("--dry-run", action="store_true", help="report the CV, write nothing")
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
    best: tuple[float, float, float] | None = None  # F1, l2, threshold
    for l2 in L2S:
        scored = cross_validated(data, l2, args.folds)
        for threshold in THRESHOLDS:
            p, r, f = f1(scored, threshold)
            log.info("l2 %g threshold %.2f: CV P %.4f R %.4f F1 %.4f", l2, threshold, p, r, f)
            if best is None or f > best[0] + 1e-9:
                best = (f, l2, threshold)
    assert best is not None
    f, l2, threshold = best
    log.info("chosen l2 %g threshold %.2f: CV actor F1 %.4f", l2, threshold, f)
    # Per set: whether the check helps everywhere or only where most stories are.
    log.info("CV:")
    report_sets(cross_validated(data, l2, args.folds), threshold)
    left = left_out(data, l2)
    log.info("set-out: each set scored by weights fitted on the other sets")
    report_sets(left, threshold)
    if WEIGHTS_PATH.is_file():  # what the shipped weights give (stories they may have seen)
        shipped = LinearModel.read(WEIGHTS_PATH)
        scored = [(s, [shipped.probability(fs) for fs, _ in s.examples]) for s in data]
        log.info("shipped weights (threshold %.2f):", shipped.threshold)
        report_sets(scored, shipped.threshold)
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

"""What the trainers on PolNeAR (`train_source.py`, `train_cue.py`, `train_filter.py`,
`train_extent.py`) share: examples extracted once per split and cached, the Adam step of their
full-batch gradient descent, the binary logistic regression, the grid search and the weights
file (the binary regression weighs each example as told); and what the trainers on gold-format
stories (`train_actors.py`, `train_events.py`, `train_participants.py`, `train_filter.py`)
search over: the TUNE stories and the grid, and how the story trainers choose a setting by CV
(`choose_setting`) and leave one set out (`left_out_sets`)."""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import pickle
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from kg.evaluation.attribution import PolnearArticle, load_polnear

log = logging.getLogger(__name__)
E = TypeVar("E")
T = TypeVar("T")  # a story, as a trainer keeps it
P = TypeVar("P")  # the stories scored by one cross-validation run
S = TypeVar("S")  # a setting chosen beside L2: a threshold, or thresholds

# The tuning part of PolNeAR dev, as `bench/eval_split.py ../shared/eval /work/evalsplit` writes it
# (never the validation part).
TUNE_SPLIT = Path("/work/evalsplit/polnear-tune")
# The gold-format stories the story trainers learn from (their `--sets` defaults): the tuning
# pool of session 37 (the project's gold, realnews' tuning part, and silver40 to silver51:
# silver40 to silver49 annotated again this session from the pages of
# `bench/silver_sources.tsv`, some sets short of 48 where a page was gone; silver50, held out in
# session 36, and silver51), never a validation part (realnews-val, PolNeAR dev's validation)
# nor a held-out set. The silver sets are annotated outside the project from public web pages
# under the guidelines (their texts are never shipped) and need not be on a machine: a trainer
# skips a folder that is not there (`story_cache.existing_sets`). README "The trainers' story
# sets" says which pool each shipped weights file was fitted on.
# All are realnews-style stories (short diplomacy news).
NEWS_SETS = (
    Path("data/gold"),
    Path("../shared/eval/gold"),
    Path("/work/evalsplit/realnews-tune"),
    *(Path(f"/work/silver{n}/all") for n in range(40, 52)),
)
# The actor and event trainers read the same stories (the long PolNeAR-like silver6 is gone).
TUNE_SETS = NEWS_SETS
L2S = (0.001, 0.003, 0.01, 0.03, 0.1)
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
# A feature seen fewer times only learns its examples (and bloats the weights file).
MIN_COUNT = 3


def parsed(
    name: str, folder: Path, limit: int | None, nlp: Language, cache: Path
) -> list[tuple[Doc, PolnearArticle]]:
    """The articles of a split with their spaCy docs, parsed once and kept as a DocBin: spaCy
    is most of an extraction's time, so a trainer whose features change re-runs only the
    rules."""
    docs = load_polnear(folder, limit=limit)
    if not docs:
        # (An empty tune split scores every setting 0 and the grid search picks blindly.)
        raise SystemExit(f"{folder}: no PolNeAR articles (text/, attributions/)")
    path = cache / f"{name}-{limit or 'all'}.spacy"
    if path.is_file():
        got = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in got] == [d.article.text for d in docs]:
            return list(zip(got, docs, strict=True))
        log.info("%s: the cached docs are of other texts; parsing again", path)
    t0 = time.process_time()
    pairs = ((d.article.text, d) for d in docs)
    out = list(nlp.pipe(pairs, as_tuples=True, batch_size=16))
    log.info("%s: parsed %d articles, %.0f s CPU", name, len(out), time.process_time() - t0)
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[d for d, _ in out], store_user_data=False).to_disk(path)
    return out


def cached(
    name: str,
    folder: Path,
    limit: int | None,
    extract: Callable[[list[PolnearArticle]], list[E]],
    cache: Path,
) -> list[E]:
    """The examples of a split, extracted once (spaCy and the rules take minutes) and pickled."""
    path = cache / f"{name}-{limit or 'all'}.pkl"
    if path.is_file():
        with open(path, "rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    t0 = time.process_time()
    docs = load_polnear(folder, limit=limit)
    examples = extract(docs)
    log.info(
        "%s: %d articles, %d examples, %.0f s CPU",
        name,
        len(docs),
        len(examples),
        time.process_time() - t0,
    )
    cache.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        pickle.dump(examples, f)
    return examples


class Adam:
    """Adam steps for a weight vector (full-batch gradients, so no noise to average out)."""

    def __init__(self, size: int, rate: float) -> None:
        self.m, self.v = np.zeros(size), np.zeros(size)
        self.rate, self.t = rate, 0

    def step(self, w: np.ndarray, grad: np.ndarray) -> None:
        self.t += 1
        self.m = 0.9 * self.m + 0.1 * grad
        self.v = 0.999 * self.v + 0.001 * grad**2
        m_hat = self.m / (1 - 0.9**self.t)
        v_hat = self.v / (1 - 0.999**self.t)
        w -= self.rate * 0.1 * m_hat / (np.sqrt(v_hat) + 1e-8)


Weights = dict[str, float]


def fold_of(name: str, k: int) -> int:
    """Which of `k` folds the story named `name` falls in: a fixed hash of the name, the same on
    every run (Python's own `hash` of a string is not)."""
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % k


def grid_search(
    l2s: Sequence[float],
    thresholds: Sequence[float],
    fit: Callable[[float], Weights],
    score: Callable[[Weights, float, float], float],
) -> tuple[float, float, float, Weights]:
    """(score, l2, threshold, weights) of the setting that scores best on the tune split: the
    weights are fitted once per l2 and scored at each threshold (`score` logs its own details);
    the first of equal scores wins."""
    best: tuple[float, float, float, Weights] | None = None
    for l2 in l2s:
        weights = fit(l2)
        for threshold in thresholds:
            f = score(weights, l2, threshold)
            if best is None or f > best[0]:
                best = (f, l2, threshold, weights)
    if best is None:
        raise ValueError("an empty grid")
    return best


def choose_setting(
    l2s: Sequence[float],
    settings: Sequence[S],
    cross_validate: Callable[[float], P],
    score: Callable[[P, S], float],
) -> tuple[float, float, S]:
    """(score, L2, setting): the L2 strength and setting whose cross-validated stories
    (`cross_validate(l2)`, run once per L2) `score` best; of scores within 1e-9 the first in
    grid order (L2, then setting) is kept, so that a tie does not turn on rounding."""
    best: tuple[float, float, S] | None = None
    for l2 in l2s:
        scored = cross_validate(l2)
        for setting in settings:
            value = score(scored, setting)
            if best is None or value > best[0] + 1e-9:
                best = (value, l2, setting)
    if best is None:
        raise ValueError("no L2 strength or no setting to choose from")
    return best


def left_out_sets(
    items: Sequence[T], group: Callable[[T], str]
) -> list[tuple[str, list[T], list[T]]]:
    """Per set, by name: (the set, its items, the other sets' items): what a leave-one-set-out
    report scores and what it fits on."""
    return [
        (g, [x for x in items if group(x) == g], [x for x in items if group(x) != g])
        for g in sorted({group(x) for x in items})
    ]


def add_leave_set_out_argument(ap: argparse.ArgumentParser, help_: str) -> None:
    """The story trainers' one form: `--leave-set-out` reports, `--leave-set-out DIR` also
    writes each fold's weights to `DIR/<set>.json` (`fold_weights_path`)."""
    ap.add_argument(
        "--leave-set-out",
        type=Path,
        nargs="?",
        const=Path("-"),
        default=None,
        metavar="DIR",
        help=help_,
    )


def fold_dir(value: Path | None) -> Path | None:
    """The folder `--leave-set-out DIR` names, or None (no DIR, or no report)."""
    return None if value is None or value == Path("-") else value


def fold_weights_path(folder: Path, held: str) -> Path:
    """Where the weights fitted with the set `held` left out go: `silver41.json` for a set
    `/work/silver41/all`, the folder's own name for another (`realnews-tune.json`)."""
    path = Path(held)
    name = path.parent.name if path.name in ("all", "tune") else path.name
    return folder / f"{name}.json"


def fit_logistic(
    examples: Sequence[tuple[Sequence[str], bool]],
    l2: float,
    epochs: int = 300,
    rate: float = 0.5,
    counts_as: Sequence[float] | None = None,
) -> dict[str, float]:
    """Logistic regression of (features, label) examples by full-batch gradient descent (with
    Adam steps): the weights of features seen at least MIN_COUNT times. `counts_as` weighs
    each example's loss (by default each counts 1)."""
    # A feature seen fewer than MIN_COUNT times only learns its examples (and bloats the file).
    counts = Counter(f for fs, _ in examples for f in fs)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for n, (fs, _) in enumerate(examples):
        for f in fs:
            if counts[f] >= MIN_COUNT:
                rows.append(n)
                cols.append(vocab.setdefault(f, len(vocab)))
    rows_a, cols_a = np.array(rows), np.array(cols)
    y = np.array([float(ok) for _, ok in examples])
    weight = np.ones(len(examples)) if counts_as is None else np.array(counts_as, dtype=float)
    w = np.zeros(len(vocab))
    adam = Adam(len(w), rate)
    for _ in range(epochs):
        scores = np.zeros(len(examples))
        np.add.at(scores, rows_a, w[cols_a])
        prob = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        grad = np.zeros_like(w)
        np.add.at(grad, cols_a, ((prob - y) * weight)[rows_a])
        grad = grad / weight.sum() + l2 * w
        adam.step(w, grad)
    return {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) > 1e-4}


def write_weights(
    out: Path,
    about: str,
    l2: float,
    threshold: float,
    trained_on: tuple[str, int],
    weights: dict[str, float],
) -> None:
    """The weights file a model loads: its settings and weights, no text of the corpus."""
    body = {"about": about, "l2": l2, "threshold": threshold, trained_on[0]: trained_on[1]}
    body["weights"] = dict(sorted(weights.items()))
    out.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")
    log.info("wrote %s (%d weights)", out, len(weights))


def arguments(doc: str, cache: Path, out: Path | None) -> argparse.ArgumentParser:
    """The options the PolNeAR trainers take: the splits, a quick-run limit, the cache and the
    output. With `out` None, weights are written only to an `--out` given (a plain run
    reports): for a trainer whose shipped weights stay while its refits are only reported."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--train", type=Path, default=Path("../shared/eval/polnear/train"))
    ap.add_argument("--tune", type=Path, default=TUNE_SPLIT)
    ap.add_argument("--train-limit", type=int, default=None)
    ap.add_argument("--cache", type=Path, default=cache)
    if out is None:
        ap.add_argument("--out", type=Path, help="write the weights there (without: a dry run)")
    else:
        ap.add_argument("--out", type=Path, default=out)
    return ap

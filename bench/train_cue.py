"""Train the cue detector (`kg/extract/cue_model.py`) on PolNeAR's train split.

    .venv/bin/python bench/train_cue.py                       # train, tune, write weights
    .venv/bin/python bench/train_cue.py --train-limit 100     # a quick run

Data: PolNeAR (networkdynamics/PolNeAR) train split, `../shared/eval/polnear/train` (brat
attributions). The rule readers run first (with the model off); every verb they left untaken
that has a complement is an example (`cue_model.candidates`), positive when it lies
inside a gold attribution's cue span. The model is a logistic regression with L2, fitted by
full-batch gradient descent (Adam) in numpy. The L2 strength and the threshold are chosen on a
tuning split (`bench/eval_split.py`'s polnear-tune, never the validation split) by cue F-measure
(beta 0.5: a proposed statement that is wrong costs precision on news the model never saw,
so precision counts double); `kg eval --polnear` on the tuning split confirms the choice.
Only the weights (feature name -> float) are written; no text.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np
from attribution_training import arguments, cached, fit_logistic, grid_search, write_weights

from kg.evaluation.attribution import PolnearArticle
from kg.extract.cue_model import WEIGHTS_PATH, candidates, features
from kg.extract.pipeline import Pipeline
from kg.extract.statement_spans import coverage

log = logging.getLogger("train_cue")

Example = tuple[list[str], bool]


def extract(docs: list[PolnearArticle], pipe: Pipeline) -> list[Example]:
    out: list[Example] = []
    pairs = ((d.article.text, d) for d in docs)
    for doc, pd in pipe.nlp.pipe(pairs, as_tuples=True, batch_size=16):
        article = pd.article
        pipe.timeline(doc, article)
        index = pipe.discourse(doc, article, pipe.actors(doc, article))
        statements = pipe.statements(doc, article, index)
        text = article.text
        taken = coverage(
            len(text),
            [(s.cue.start, s.cue.end) for s in statements]
            + [(s.content.start, s.content.end) for s in statements],
        )
        gold = coverage(len(text), [span for g in pd.attributions for span in g.cue])
        for t, quoted, headline in candidates(doc, article, taken):
            out.append((features(t, index, quoted, headline), gold[t.idx]))
    return out


def f_measure(
    examples: list[Example], weights: dict[str, float], threshold: float
) -> tuple[float, float, float]:
    """Precision, recall and F(beta 0.5) of the proposed cue words."""
    tp = fp = fn = 0
    for fs, ok in examples:
        s = sum(weights.get(f, 0.0) for f in fs)
        hit = 1.0 / (1.0 + np.exp(-np.clip(s, -30, 30))) >= threshold
        tp += hit and ok
        fp += hit and not ok
        fn += ok and not hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
    return p, r, f


def main() -> None:
    # Examples are what the rules leave, as at run time (in main, so that importing the trainer
    # changes no setting of the process).
    os.environ["KG_CUE_MODEL"] = "off"
    ap = arguments(__doc__ or "", Path("/tmp/train_cue_cache"), WEIGHTS_PATH)
    ap.add_argument("--threshold", type=float, default=None, help="fix it instead of tuning")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pipe = Pipeline()
    train = cached("train", args.train, args.train_limit, lambda d: extract(d, pipe), args.cache)
    tune = cached("tune", args.tune, None, lambda d: extract(d, pipe), args.cache)
    thresholds = [args.threshold] if args.threshold is not None else [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]

    def score(weights: dict[str, float], l2: float, threshold: float) -> float:
        p, r, f = f_measure(tune, weights, threshold)
        log.info("l2 %g threshold %.2f: tune cue P %.3f R %.3f F0.5 %.3f", l2, threshold, p, r, f)
        return f

    f, l2, threshold, weights = grid_search(
        (1e-4, 1e-3), thresholds, lambda l2: fit_logistic(train, l2), score
    )
    log.info("chosen l2 %g threshold %.2f: tune F0.5 %.3f", l2, threshold, f)
    write_weights(
        args.out,
        "cue detector weights, trained by bench/train_cue.py on the PolNeAR "
        "train split (networkdynamics/PolNeAR); see README 'Learned cue detector'",
        l2,
        threshold,
        ("train_words", len(train)),
        weights,
    )


if __name__ == "__main__":
    main()

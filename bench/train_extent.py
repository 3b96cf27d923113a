"""Train the content-extent model (`kg/extract/statement_extent.py`) on PolNeAR's train split.

    .venv/bin/python bench/train_extent.py                     # train, tune, write weights
    .venv/bin/python bench/train_extent.py --train-limit 100   # a quick run

Data: PolNeAR (networkdynamics/PolNeAR) train split, `../shared/eval/polnear/train` (brat
attributions). The pipeline runs up to the statements (with the model off); every reported
statement whose content could run on to the end of its sentence
(`statement_extent.rest_of_sentence`) is an example, positive when a gold attribution whose
cue and content it overlaps covers at least half of the rest's tokens (a statement that
matches no gold attribution is a negative: running it on only adds wrong words). The model is
a logistic regression with L2, fitted by full-batch gradient descent (Adam) in numpy. The L2
strength and the threshold are chosen on a tuning split (polnear-tune, never the validation
split) by the content-token F1 the extensions would give there, counted as the scorer counts
(`kg eval --polnear`, content overlap), which then confirms the choice. Only the weights
(feature name -> float) are written; no text.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from attribution_training import arguments, cached, fit_logistic, grid_search, write_weights
from spacy.tokens import Doc

from kg.evaluation.attribution import PolnearArticle
from kg.extract.pipeline import Pipeline
from kg.extract.statement_extent import WEIGHTS_PATH, features, rest_of_sentence

log = logging.getLogger("train_extent")

TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class Example:
    features: list[str]
    positive: bool
    gold_tokens: int  # tokens of the rest that gold contents cover (and no prediction does)
    wrong_tokens: int  # tokens of the rest that no gold content covers


def _covered(spans: list[tuple[int, int]], start: int, end: int, text: str) -> tuple[int, int]:
    """How many word tokens of `text[start:end]` the spans cover, and how many there are."""
    hit = total = 0
    for m in TOKEN.finditer(text, start, end):
        total += 1
        hit += any(s < m.end() and m.start() < e for s, e in spans)
    return hit, total


def extract(docs: list[PolnearArticle], pipe: Pipeline) -> list[Example]:
    pairs = ((d.article.text, d) for d in docs)
    return examples(pipe.nlp.pipe(pairs, as_tuples=True, batch_size=16), pipe)


def examples(parsed: Iterable[tuple[Doc, PolnearArticle]], pipe: Pipeline) -> list[Example]:
    """The examples of parsed articles."""
    out: list[Example] = []
    for doc, pd in parsed:
        article = pd.article
        text = article.text
        pipe.timeline(doc, article)
        index = pipe.discourse(doc, article, pipe.actors(doc, article))
        statements = pipe.statements(doc, article, index)
        spans = [
            s
            for st in statements
            for s in ((st.cue.start, st.cue.end), (st.content.start, st.content.end))
        ]
        contents = [(st.content.start, st.content.end) for st in statements]
        gold_all = [span for g in pd.attributions for span in g.content]
        for k, st in enumerate(statements):
            if st.kind != "indirect":
                continue
            cue, content = (st.cue.start, st.cue.end), (st.content.start, st.content.end)
            hit = rest_of_sentence(doc, cue, content, spans[: 2 * k] + spans[2 * k + 2 :])
            if hit is None:
                continue
            rest, (start, end) = hit
            matched = [
                g
                for g in pd.attributions
                if any(cue[0] < e and s < cue[1] for s, e in g.cue)
                and any(content[0] < e and s < content[1] for s, e in g.content)
            ]
            own, total = _covered([s for g in matched for s in g.content], start, end, text)
            in_gold, _ = _covered(gold_all, start, end, text)
            predicted, _ = _covered(contents, start, end, text)
            out.append(
                Example(
                    features(doc, cue, content, rest, st.kind),
                    positive=own * 2 >= total,
                    gold_tokens=max(0, in_gold - predicted),
                    wrong_tokens=total - in_gold,
                )
            )
    return out


def gain(examples: list[Example], weights: dict[str, float], threshold: float) -> tuple[int, int]:
    """Gold tokens gained and wrong tokens added by the extensions the model makes."""
    good = bad = 0
    for e in examples:
        s = sum(weights.get(f, 0.0) for f in e.features)
        if 1.0 / (1.0 + np.exp(-np.clip(s, -30, 30))) >= threshold:
            good += e.gold_tokens
            bad += e.wrong_tokens
    return good, bad


def main() -> None:
    # Examples are the readers' contents, as at run time (in main, so that importing the trainer
    # changes no setting of the process).
    os.environ["KG_CONTENT_EXTENT"] = "off"
    ap = arguments(__doc__ or "", Path("/tmp/train_extent_cache"), WEIGHTS_PATH)
    # The content-overlap counts of polnear-tune with the readers' contents (`kg eval
    # --polnear`): true positive tokens, predicted tokens, gold tokens.
    ap.add_argument("--base", type=int, nargs=3, default=(23551, 26152, 31235))
    # PolNeAR runs contents on more often than the project's guidelines do ("..., but the
    # meeting did not take place" is narration there): the shipped weights fix L2 at 1e-2 and
    # the threshold at 0.4, which change no statement of the project's gold or realnews-tune.
    # Tuned freely on polnear-tune (threshold 0.3; or L2 1e-4, within 0.0002 of 1e-2 there)
    # the model made a gold statement and a realnews-tune one worse.
    ap.add_argument("--threshold", type=float, default=0.4, help="0 to tune it")
    ap.add_argument("--l2", type=float, default=1e-2, help="0 to tune it")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pipe = Pipeline()
    train = cached("train", args.train, args.train_limit, lambda d: extract(d, pipe), args.cache)
    tune = cached("tune", args.tune, None, lambda d: extract(d, pipe), args.cache)
    log.info("train %d examples (%d positive)", len(train), sum(e.positive for e in train))
    tp, pred, gold = args.base

    def score(weights: dict[str, float], l2: float, threshold: float) -> float:
        good, bad = gain(tune, weights, threshold)
        p, r = (tp + good) / (pred + good + bad), (tp + good) / gold
        f = 2 * p * r / (p + r)
        log.info(
            "l2 %g threshold %.2f: +%d gold, +%d wrong tokens, overlap F1 %.4f",
            l2,
            threshold,
            good,
            bad,
            f,
        )
        return f

    f, l2, threshold, weights = grid_search(
        [args.l2] if args.l2 else (1e-4, 1e-3, 1e-2),
        [args.threshold] if args.threshold else (0.3, 0.4, 0.5, 0.6, 0.7),
        lambda l2: fit_logistic([(e.features, e.positive) for e in train], l2),
        score,
    )
    log.info("chosen l2 %g threshold %.2f: tune overlap F1 %.4f", l2, threshold, f)
    write_weights(
        args.out,
        "content-extent weights, trained by bench/train_extent.py on the PolNeAR train split "
        "(networkdynamics/PolNeAR); see README 'Learned content extent'",
        l2,
        threshold,
        ("train_statements", len(train)),
        weights,
    )


if __name__ == "__main__":
    main()

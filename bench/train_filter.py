"""Train the statement check (`kg/extract/statement_filter.py`) on PolNeAR's train split.

    .venv/bin/python bench/train_filter.py --tune DIR               # train, tune, write weights
    .venv/bin/python bench/train_filter.py --train-limit 100        # a quick run

Data: PolNeAR (networkdynamics/PolNeAR) train split, `../shared/eval/polnear/train` (brat
attributions). The pipeline runs up to the statements (with the check off); every reported
statement is an example, positive when its cue and content overlap a gold attribution's (as
`kg eval --polnear` counts a content match). The model is a logistic regression with L2,
fitted by full-batch gradient descent (Adam) in numpy (`train_cue.fit`). The L2 strength and
the threshold are chosen on a tuning split (polnear-tune, never the validation split) by the
content-match F1 the kept statements would give there; `kg eval --polnear` confirms the choice.
Only the weights (feature name -> float) are written; no text.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

os.environ["KG_STATEMENT_FILTER"] = "off"  # examples are what the readers keep, as at run time

from attribution_training import arguments, cached, fit_logistic, grid_search, write_weights  # noqa: E402

from kg.evaluation.attribution import PolnearArticle  # noqa: E402
from kg.extract.pipeline import Pipeline  # noqa: E402
from kg.extract.statement_filter import WEIGHTS_PATH, features, speaker_kind  # noqa: E402
from kg.extract.statement_spans import headline_end  # noqa: E402

log = logging.getLogger("train_filter")


@dataclass
class Example:
    features: list[str] | None  # None for a quotation, which the check never asks about
    positive: bool
    golds: tuple[str, ...]  # the gold attributions it matches (article/index), for recall


def extract(docs: list[PolnearArticle], pipe: Pipeline) -> list[Example]:
    pairs = ((d.article.text, d) for d in docs)
    return examples(pipe.nlp.pipe(pairs, as_tuples=True, batch_size=16), pipe)


def examples(parsed: Iterable[tuple[Doc, PolnearArticle]], pipe: Pipeline) -> list[Example]:
    """The examples of parsed articles (every statement, quotations without features)."""
    out: list[Example] = []
    for doc, pd in parsed:
        article = pd.article
        pipe.timeline(doc, article)
        index = pipe.discourse(doc, article, pipe.actors(doc, article))
        title_end = headline_end(article.text)
        for st in pipe.statements(doc, article, index):
            cue, content = (st.cue.start, st.cue.end), (st.content.start, st.content.end)
            golds = tuple(
                f"{pd.name}/{k}"
                for k, g in enumerate(pd.attributions)
                if any(cue[0] < e and s < cue[1] for s, e in g.cue)
                and any(content[0] < e and s < content[1] for s, e in g.content)
            )
            who = (speaker_kind(st.speaker, index), st.speaker_span is not None)
            fs = None
            if st.kind == "indirect":
                fs = features(doc, cue, content, who, cue[0] < title_end)
            out.append(Example(fs, bool(golds), golds))
    return out


def match_f1(
    examples: list[Example], gold: int, weights: dict[str, float], threshold: float
) -> tuple[float, float, float]:
    """Content-match precision, recall and F1 of the statements the check keeps."""
    kept = [
        e
        for e in examples
        if e.features is None
        or 1.0
        / (1.0 + math.exp(-max(-30.0, min(30.0, sum(weights.get(f, 0.0) for f in e.features)))))
        >= threshold
    ]
    p = sum(e.positive for e in kept) / len(kept) if kept else 0.0
    r = len({g for e in kept for g in e.golds}) / gold
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = arguments(__doc__ or "", Path("/tmp/train_filter_cache"), WEIGHTS_PATH)
    ap.add_argument("--tune-gold", type=int, default=1679, help="gold attributions in --tune")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pipe = Pipeline()
    train = cached("train", args.train, args.train_limit, lambda d: extract(d, pipe), args.cache)
    tune = cached("tune", args.tune, None, lambda d: extract(d, pipe), args.cache)
    asked = [(e.features, e.positive) for e in train if e.features is not None]
    log.info("train %d examples (%d positive)", len(asked), sum(ok for _, ok in asked))
    log.info("tune, all kept: P %.4f R %.4f F1 %.4f", *match_f1(tune, args.tune_gold, {}, 0.0))

    def score(weights: dict[str, float], l2: float, threshold: float) -> float:
        p, r, f = match_f1(tune, args.tune_gold, weights, threshold)
        log.info("l2 %g threshold %.2f: tune P %.4f R %.4f F1 %.4f", l2, threshold, p, r, f)
        return f

    f, l2, threshold, weights = grid_search(
        (1e-4, 1e-3), (0.1, 0.15, 0.2, 0.25, 0.3, 0.35), lambda l2: fit_logistic(asked, l2), score
    )
    log.info("chosen l2 %g threshold %.2f: tune content-match F1 %.4f", l2, threshold, f)
    write_weights(
        args.out,
        "statement-check weights, trained by bench/train_filter.py on the PolNeAR train split "
        "(networkdynamics/PolNeAR); see README 'Learned statement check'",
        l2,
        threshold,
        ("train_statements", len(asked)),
        weights,
    )


if __name__ == "__main__":
    main()

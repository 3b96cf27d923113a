"""Train the source ranker (`kg/extract/source_ranker.py`) on PolNeAR's train split.

    .venv/bin/python bench/train_source.py                       # train, tune, write weights
    .venv/bin/python bench/train_source.py --train-limit 100     # a quick run

The cache (`--cache`) keeps each split's spaCy parse (a DocBin, about 2 min CPU for train) and,
apart, the rules' statements and actors (seconds): a change to the candidates' features needs
neither again; after a change to the rules, delete the `*-rules-*.pkl` files.

Data: PolNeAR (networkdynamics/PolNeAR) train split, `../shared/eval/polnear/train` (840
articles, brat attributions). Each statement the extraction finds is paired one-to-one with a
gold attribution by overlapping content (as `kg eval --polnear` pairs them); the candidates are
the ranker's (actors mentioned near the cue); a candidate is right when one of its names
matches the gold Source span by the evaluation README's name rule, or when its name is the
head of that span ("Pat Caddell, a pollster,"). Only statements with a right candidate train.

The model is a conditional logit (softmax over one statement's candidates) with L2, fitted by
full-batch gradient descent in numpy. The L2 strength and the threshold above which the ranker
overrules the rules are chosen on a tuning split (`bench/eval_split.py`'s polnear-tune, never the
validation split). Only the weights (feature name -> float) are written; no text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from attribution_training import Adam, arguments, cached, parsed, write_weights
from spacy.tokens import Doc

from kg.evaluation.attribution import (
    PolnearArticle,
    capitalised_words,
    opens_sentence,
    source_kind,
    spans_jaccard,
)
from kg.evaluation.matching import match_one_to_one, names_match
from kg.extract.index import ActorIndex
from kg.extract.pipeline import Pipeline
from kg.extract.source_ranker import WEIGHTS_PATH, ArticleMentions, statement_candidates
from kg.model import Statement
from kg.nlp import remember_text

log = logging.getLogger("train_source")


@dataclass
class Example:
    features: list[list[str]]  # per candidate
    rule: int | None  # index of the rules' candidate
    right: list[bool]  # per candidate: names the gold source
    named: bool  # the gold source is a name (capitalised words), as the scorer classes it
    source: str  # the gold source's words and the candidates' names (diagnostics only)


# One article's statements and actors as the rules read them, before the ranker: kept in the
# cache, so that new candidate features need no new extraction. (A tuple of the project's own
# types, so that the pickle loads whichever script made it.)
Read = tuple[list[Statement], ActorIndex]


def read(pairs: list[tuple[Doc, PolnearArticle]], pipe: Pipeline) -> list[Read]:
    out = []
    for doc, pd in pairs:
        article = pd.article
        remember_text(doc, article.text)
        pipe.timeline(doc, article)
        index = pipe.discourse(doc, article, pipe.actors(doc, article))
        out.append((pipe.statements(doc, article, index), index))
    return out


def examples(pairs: list[tuple[Doc, PolnearArticle]], reads: list[Read]) -> list[Example]:
    out: list[Example] = []
    for (doc, pd), (statements, index) in zip(pairs, reads, strict=True):
        article = pd.article
        remember_text(doc, article.text)
        with_cands = statement_candidates(doc, statements, index)
        golds = pd.attributions
        matched = match_one_to_one(
            [st for st, _ in with_cands],
            golds,
            lambda st, g: spans_jaccard(((st.content.start, st.content.end),), g.content) or None,
        )
        art = ArticleMentions(doc, index)
        capitalised = capitalised_words(article.text)
        actors = {a.id: a for a in index.actors}
        for i, j in matched:
            st, cands = with_cands[i]
            g = golds[j]
            if not cands or not g.source:
                continue
            gold_text = pd.text_of(g.source)
            lo, hi = min(s for s, _ in g.source), max(e for _, e in g.source)
            gspan = doc.char_span(lo, hi, alignment_mode="expand")
            heads = (
                {m.actor for m in art.mentions if m.kind == "name" and m.token == gspan.root.i}
                if gspan is not None
                else set()
            )
            right = []
            for c in cands:
                a = actors[c.actor]
                names = [a.name, *a.aliases]
                person = a.type == "Person"
                right.append(
                    c.actor in heads or any(names_match(n, gold_text, person=person) for n in names)
                )
            rule = next((k for k, c in enumerate(cands) if c.actor == st.speaker), None)
            out.append(
                Example(
                    features=[list(c.features) for c in cands],
                    rule=rule,
                    right=right,
                    named=source_kind(gold_text, opens_sentence(article.text, lo), capitalised)
                    == "named",
                    source=f"{gold_text} <- {[actors[c.actor].name for c in cands]}"
                    f" / all: {[a.name for a in index.actors]}",
                )
            )
    return out


def split_examples(
    name: str, folder: Path, limit: int | None, pipe: Pipeline, cache: Path
) -> list[Example]:
    """A split's examples: spaCy's parse and the rules' reading come from the cache when there."""
    pairs = parsed(name, folder, limit, pipe.nlp, cache)
    reads = cached(f"{name}-rules", folder, limit, lambda _: read(pairs, pipe), cache)
    return examples(pairs, reads)


def fit(
    examples: list[Example], l2: float, epochs: int = 300, rate: float = 0.5
) -> dict[str, float]:
    """Conditional logit by full-batch gradient descent (with Adam steps)."""
    train = [e for e in examples if any(e.right) and len(e.right) > 1]
    vocab: dict[str, int] = {}
    for e in train:
        for fs in e.features:
            for f in fs:
                vocab.setdefault(f, len(vocab))
    rows, cols, groups, targets = [], [], [], []
    n = 0
    for g, e in enumerate(train):
        k = sum(e.right)
        for fs, ok in zip(e.features, e.right, strict=True):
            for f in fs:
                rows.append(n)
                cols.append(vocab[f])
            groups.append(g)
            targets.append(ok / k)
            n += 1
    rows_a, cols_a = np.array(rows), np.array(cols)
    group = np.array(groups)
    target = np.array(targets)
    w = np.zeros(len(vocab))
    adam = Adam(len(w), rate)
    for _ in range(epochs):
        scores = np.zeros(n)
        np.add.at(scores, rows_a, w[cols_a])
        top = np.full(len(train), -np.inf)
        np.maximum.at(top, group, scores)
        ex = np.exp(scores - top[group])
        z = np.zeros(len(train))
        np.add.at(z, group, ex)
        prob = ex / z[group]
        resid = prob - target  # d(-log likelihood)/d score
        grad = np.zeros_like(w)
        np.add.at(grad, cols_a, resid[rows_a])
        grad = grad / len(train) + l2 * w
        adam.step(w, grad)
    return {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) > 1e-4}


def choose(e: Example, weights: dict[str, float], threshold: float) -> int | None:
    scores = np.array([sum(weights.get(f, 0.0) for f in fs) for fs in e.features])
    prob = np.exp(scores - scores.max())
    prob /= prob.sum()
    k = int(prob.argmax())
    return k if k != e.rule and prob[k] >= threshold else e.rule


def accuracy(examples: list[Example], pick: list[int | None]) -> tuple[float, float]:
    """Share of statements (all, and those with a named gold source) whose chosen candidate
    names the gold source; statements without any right candidate count as misses."""

    def acc(sel: list[tuple[Example, int | None]]) -> float:
        ok = sum(1 for e, k in sel if k is not None and e.right[k])
        return ok / len(sel) if sel else 0.0

    pairs = list(zip(examples, pick, strict=True))
    return acc(pairs), acc([(e, k) for e, k in pairs if e.named])


def main() -> None:
    ap = arguments(__doc__ or "", Path("/tmp/train_source_cache"), WEIGHTS_PATH)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pipe = Pipeline()
    train = split_examples("train", args.train, args.train_limit, pipe, args.cache)
    tune = split_examples("tune", args.tune, None, pipe, args.cache)
    base = accuracy(tune, [e.rule for e in tune])
    log.info("rules on tune: all %.3f named %.3f (%d statements)", *base, len(tune))
    best: tuple[float, float, float, dict[str, float]] | None = None
    for l2 in (1e-4, 1e-3, 1e-2):
        weights = fit(train, l2)
        for threshold in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9):
            score = accuracy(tune, [choose(e, weights, threshold) for e in tune])
            log.info("l2 %g threshold %.1f: tune all %.3f named %.3f", l2, threshold, *score)
            if best is None or score[1] > best[0]:
                best = (score[1], l2, threshold, weights)
    assert best is not None
    named, l2, threshold, weights = best
    log.info(
        "chosen l2 %g threshold %.1f: tune named %.3f (rules %.3f)", l2, threshold, named, base[1]
    )
    write_weights(
        args.out,
        "source ranker weights, trained by bench/train_source.py on the PolNeAR "
        "train split (networkdynamics/PolNeAR); see README 'Learned source ranker'",
        l2,
        threshold,
        ("train_statements", len(train)),
        weights,
    )


if __name__ == "__main__":
    main()

"""Train the PLOVER typer (`kg/extract/act_typer.py`) and measure it honestly.

    .venv/bin/python bench/train_act_typer.py --folds 5                      # k-fold, all records
    .venv/bin/python bench/train_act_typer.py --train T.json --test V.json   # one split, summary
    .venv/bin/python bench/train_act_typer.py --folds 5 --fold-dir D         # + run-time folds
    .venv/bin/python bench/train_act_typer.py --write                        # ship weights

Data: the PLOVER gold-standard records (openeventdata/PLOVER, CC BY-SA 4.0,
`../shared/eval/plover/PLOVER_GSR_CAMEO.txt`): one typed sentence each; and, for the class
NONE, sentences of news in which the rules type no act: the first `--news-limit` articles of
the PolNeAR train split (networkdynamics/PolNeAR) and the realnews tuning split
(`/work/evalsplit/realnews-tune`, never its validation part). The rules run first, with the
model off, as at run time. A record whose rules typed an act is still a training example (its
clause teaches the model the type), but the model is only asked where the rules typed none;
that is also how the scores below combine the two.

Scores printed: accuracy of the rules alone, of rules with the model backing off, and the
share of held-out NONE news sentences the model would type (its cost in precision on news).
`--folds K` gives out-of-fold numbers over every record (the honest number for weights trained
on all of them); in-sample accuracy is never printed. Only the weights (class -> feature ->
float) are written; no text.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import pickle
import random
import re
from collections import Counter
from pathlib import Path

import numpy as np
from attribution_training import Adam

from kg.evaluation.attribution import load_polnear
from kg.evaluation.event_typing import load_plover
from kg.evaluation.gold import gold_files, load_gold
from kg.extract.act_typer import NONE, WEIGHTS_PATH, Model, features
from kg.extract.pipeline import Pipeline
from kg.model import Article

log = logging.getLogger("train_act_typer")

# (features, gold label, the rules' type or "none", group for the folds)
Example = tuple[list[str], str, str, str]
MIN_COUNT = 2
# Weights this small change no decision at the threshold; dropping them keeps the file small.
PRUNE = 0.02


def typed_starts(pipe: Pipeline, article: Article) -> tuple[object, list[tuple[int, str]]]:
    doc = pipe.nlp(article.text)
    ex = pipe.from_doc(doc, article)
    acts = [(st.cue.start, st.plover) for st in ex.statements if st.plover]
    acts += [(ev.trigger.start, ev.plover) for ev in ex.events if ev.trigger and ev.plover]
    return doc, sorted(acts)


def plover_examples(path: Path, pipe: Pipeline) -> list[Example]:
    out: list[Example] = []
    for rec in load_plover(path):
        doc, acts = typed_starts(pipe, rec.article)
        rules = acts[0][1] if acts else "none"
        sent = max(doc.sents, key=len)  # type: ignore[attr-defined]
        out.append((features(sent), rec.type, rules, rec.id))
    return out


def news_examples(articles: list[Article], pipe: Pipeline) -> list[Example]:
    """NONE: the sentences of news in which the rules typed nothing (the model's cases)."""
    out: list[Example] = []
    for article in articles:
        doc, acts = typed_starts(pipe, article)
        for n, sent in enumerate(doc.sents):  # type: ignore[attr-defined]
            if any(sent.start_char <= s < sent.end_char for s, _t in acts):
                continue
            if len(sent) < 6 or not any(t.pos_ == "VERB" for t in sent):
                continue
            out.append((features(sent), NONE, "none", f"{article.key}#{n}"))
    return out


def cached(name: str, cache: Path, make):  # type: ignore[no-untyped-def]
    path = cache / f"{name}.pkl"
    if path.is_file():
        with open(path, "rb") as f:
            return pickle.load(f)
    data = make()
    cache.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        pickle.dump(data, f)
    return data


def fit(examples: list[Example], l2: float, none_weight: float, epochs: int = 300) -> Model:
    """Softmax regression by full-batch gradient descent (Adam), NONE examples down-weighted."""
    counts = Counter(f for fs, *_ in examples for f in set(fs))
    vocab: dict[str, int] = {}
    for fs, *_ in examples:
        for f in fs:
            if counts[f] >= MIN_COUNT:
                vocab.setdefault(f, len(vocab))
    classes = sorted({y for _, y, *_ in examples})
    cidx = {c: i for i, c in enumerate(classes)}
    x = np.zeros((len(examples), len(vocab)), dtype=np.float32)
    for n, (fs, *_) in enumerate(examples):
        for f in fs:
            if f in vocab:
                x[n, vocab[f]] += 1.0
    y = np.zeros((len(examples), len(classes)))
    for n, (_, label, *_) in enumerate(examples):
        y[n, cidx[label]] = 1.0
    weight = np.array([none_weight if label == NONE else 1.0 for _, label, *_ in examples])
    weight = weight / weight.sum()
    w = np.zeros((len(vocab), len(classes)))
    adam = Adam(w.size, 0.5)
    flat = w.reshape(-1)
    for _ in range(epochs):
        s = x @ w
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ ((p - y) * weight[:, None]) + l2 * w
        adam.step(flat, grad.reshape(-1))
    names = list(vocab)
    weights = {
        c: {names[i]: round(float(w[i, j]), 3) for i in range(len(names)) if abs(w[i, j]) > PRUNE}
        for c, j in cidx.items()
    }
    return Model(classes=classes, weights=weights, threshold=0.0)


def score(
    model: Model, records: list[Example], news: list[Example], threshold: float
) -> dict[str, float]:
    """Rules alone, rules with the model backing off, model alone; news sentences typed."""
    rules = backoff = alone = 0
    for fs, gold, ruled, _g in records:
        best, prob = model.predict(fs)
        guess = best if best != NONE and prob >= threshold else "none"
        rules += ruled == gold
        backoff += (ruled if ruled != "none" else guess) == gold
        alone += best == gold
    typed = 0
    for fs, *_ in news:
        best, prob = model.predict(fs)
        typed += best != NONE and prob >= threshold
    n = max(1, len(records))
    return {
        "records": len(records),
        "rules": rules / n,
        "backoff": backoff / n,
        "model_alone": alone / n,
        "news_sentences": len(news),
        "news_typed": typed / max(1, len(news)),
    }


def folds(examples: list[Example], k: int, seed: int = 13) -> list[list[Example]]:
    rng = random.Random(seed)
    shuffled = examples[:]
    rng.shuffle(shuffled)
    return [shuffled[i::k] for i in range(k)]


def main() -> None:
    # Examples are what the rules leave, as at run time (in main, so that importing the trainer
    # changes no setting of the process).
    os.environ["KG_ACT_TYPER"] = "off"
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument(
        "--plover", type=Path, default=Path("../shared/eval/plover/PLOVER_GSR_CAMEO.txt")
    )
    ap.add_argument("--train", type=Path, default=None, help="PLOVER records to train on")
    ap.add_argument("--test", type=Path, default=None, help="PLOVER records to score (summary)")
    ap.add_argument("--polnear", type=Path, default=Path("../shared/eval/polnear/train"))
    ap.add_argument("--news", type=Path, default=Path("/work/evalsplit/realnews-tune"))
    ap.add_argument("--news-limit", type=int, default=40)
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--l2", type=float, nargs="+", default=[1e-3])
    ap.add_argument("--none-weight", type=float, nargs="+", default=[0.03])
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.7])
    ap.add_argument("--fold-dir", type=Path, default=None, help="write held-out folds, weights")
    ap.add_argument("--write", action="store_true", help="train on every record, write weights")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/train_act_typer_cache"))
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pipe = Pipeline()

    def news() -> list[Example]:
        arts = [d.article for d in load_polnear(args.polnear, limit=args.news_limit)]
        arts += [load_gold(p).article for p in gold_files([args.news])]
        return news_examples(arts, pipe)

    negatives: list[Example] = cached(f"news-{args.news_limit}", args.cache, news)

    def records(path: Path) -> list[Example]:
        return cached(path.stem, args.cache, lambda: plover_examples(path, pipe))  # type: ignore[no-any-return]

    settings = [(a, b) for a in args.l2 for b in args.none_weight]
    if args.train is not None and args.test is not None:
        train, test = records(args.train), records(args.test)
        neg = folds(negatives, 2)
        for l2, nw in settings:
            model = fit(train + neg[0], l2, nw)
            for th in args.threshold:
                got = score(model, test, neg[1], th)
                log.info("l2 %g none %.2f th %.2f: %s", l2, nw, th, got)
    everything = records(args.plover)
    if args.folds:
        parts, neg = folds(everything, args.folds), folds(negatives, args.folds)
        for l2, nw in settings:
            totals: dict[float, Counter[str]] = {th: Counter() for th in args.threshold}
            for i in range(args.folds):
                train = [e for j, p in enumerate(parts) if j != i for e in p]
                train += [e for j, p in enumerate(neg) if j != i for e in p]
                model = fit(train, l2, nw)
                for th, total in totals.items():
                    got = score(model, parts[i], neg[i], th)
                    for key in ("rules", "backoff", "model_alone"):
                        total[key] += got[key] * got["records"]
                    total["records"] += got["records"]
                    total["news_typed"] += got["news_typed"] * got["news_sentences"]
                    total["news"] += got["news_sentences"]
            for th, total in totals.items():
                n = total["records"]
                log.info(
                    "%d-fold l2 %g none %.2f th %.2f: rules %.3f backoff %.3f alone %.3f "
                    "news typed %.3f (%d records, %d news sentences)",
                    args.folds,
                    l2,
                    nw,
                    th,
                    total["rules"] / n,
                    total["backoff"] / n,
                    total["model_alone"] / n,
                    total["news_typed"] / total["news"],
                    n,
                    total["news"],
                )
    if args.fold_dir is not None:
        # Per fold, the held-out records and weights trained without them: `kg eval --plover`
        # on each with KG_ACT_TYPER set to its weights scores the run-time gates out of fold.
        (l2, nw), th = settings[0], args.threshold[0]
        parts, neg = folds(everything, max(2, args.folds)), folds(negatives, max(2, args.folds))
        raw = {str(r["id"]): r for r in read_records(args.plover)}
        args.fold_dir.mkdir(parents=True, exist_ok=True)
        for i, part in enumerate(parts):
            train = [e for j, p in enumerate(parts) if j != i for e in p]
            train += [e for j, p in enumerate(neg) if j != i for e in p]
            model = fit(train, l2, nw)
            write_weights(args.fold_dir / f"weights{i}.json", model, l2, nw, th, train)
            held = [raw[g] for _f, _y, _r, g in part]
            (args.fold_dir / f"fold{i}.json").write_text(json.dumps(held), encoding="utf-8")
        log.info("wrote %d folds to %s", len(parts), args.fold_dir)
    if args.write:
        (l2, nw), th = settings[0], args.threshold[0]
        model = fit(everything + negatives, l2, nw)
        write_weights(args.out, model, l2, nw, th, everything + negatives)
        log.info("wrote %s", args.out)


def read_records(path: Path) -> list[dict[str, object]]:
    """The PLOVER file's records as written (a JSON list with trailing commas)."""
    raw = path.read_text(encoding="utf-8")
    return [r for r in json.loads(re.sub(r",(\s*[}\]])", r"\1", raw)) if "text" in r]


def write_weights(
    out: Path, model: Model, l2: float, nw: float, th: float, examples: list[Example]
) -> None:
    body = {
        "about": "PLOVER typer weights, trained by bench/train_act_typer.py on the PLOVER "
        "gold-standard records (openeventdata/PLOVER, CC BY-SA 4.0) and, as NONE, untyped "
        "sentences of PolNeAR train and realnews-tune; see README 'Learned PLOVER typer'",
        "l2": l2,
        "none_weight": nw,
        "threshold": th,
        "records": sum(1 for _f, y, *_ in examples if y != NONE),
        "news_sentences": sum(1 for _f, y, *_ in examples if y == NONE),
        "classes": model.classes,
        "weights": {c: dict(sorted(w.items())) for c, w in model.weights.items()},
    }
    out.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

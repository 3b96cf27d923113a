"""Train the source ranker (`kg/extract/source_ranker.py`) on news stories and PolNeAR.

    .venv/bin/python bench/train_source.py                       # the CV report only
    .venv/bin/python bench/train_source.py --out W               # CV, train, write weights to W
    .venv/bin/python bench/train_source.py --train-limit 100     # a quick run
    .venv/bin/python bench/train_source.py --leave-set-out DIR   # each silver set left out

The cache (`--cache`) keeps each PolNeAR split's spaCy parse (a DocBin, about 2 min CPU for
train) and, apart, the rules' statements and actors (seconds), and each news story as the
ranker is given them (`source_news.py`, keyed by the story's content and the rules): a change
to the candidates' features needs none of them again; after a change to the rules, delete the
`*-rules-*.pkl` files (the news stories are extracted again by themselves).

Data:
- The realnews-style news stories set aside for tuning (`--sets`, by default
  `attribution_training.NEWS_SETS`: the project's gold, realnews-tune, silver40 to silver51;
  444 stories in session 37),
  never a validation part nor a held-out set. The silver sets are annotated outside the project; a
  set not on the machine is skipped with a warning. Each statement the rules find is paired with a
  gold statement by content; a candidate is right when one of its names matches the gold speaker by
  the scorer's name rule.
- PolNeAR (networkdynamics/PolNeAR) train split, `../shared/eval/polnear/train` (840 articles,
  brat attributions). Each statement is paired one-to-one with a gold attribution by
  overlapping content (as `kg eval --polnear` pairs them); a candidate is right when one of its
  names matches the gold Source span by the evaluation README's name rule, or when its name is
  the head of that span ("Pat Caddell, a pollster,").
Only statements with a right candidate and another train.

The model is a conditional logit (softmax over one statement's candidates) with L2, fitted by
full-batch gradient descent in numpy. The L2 strength, how much a PolNeAR statement counts
beside a news one, and the threshold above which the ranker overrules the rules are chosen by
k-fold cross-validation over the news stories (a story's statements are never in the fold that
scores them; PolNeAR train is in every training fold), by the share of statements given a right
speaker (of equal shares, the one with fewer wrong picks: the threshold is the ranker's
abstention), among settings that keep PolNeAR's tuning split (`bench/eval_split.py`'s polnear-tune,
never the validation split) at least at the rules' share. The chosen setting is then fitted on
all the data. Only the weights (feature name -> float) are written; no text.

`--leave-set-out` is the test a refit must pass before it is shipped: for each silver set, the
setting is chosen by the same CV on the other sets, fitted on them and scored on the set left
out, beside the rules and the weights at `--baseline` (the shipped ones); the sum over the left-out
sets decides. Each fold's weights go to `DIR/<set>.json`, for `kg eval` with
`KG_SOURCE_RANKER` set to them.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
from attribution_training import (
    NEWS_SETS,
    THRESHOLDS,
    Adam,
    add_leave_set_out_argument,
    arguments,
    cached,
    fold_dir,
    fold_of,
    fold_weights_path,
    left_out_sets,
    parsed,
    write_weights,
)
from source_news import Example, news_examples
from spacy.tokens import Doc
from story_cache import add_sets_argument

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
from kg.extract.source_ranker import (
    WEIGHTS_PATH,
    ArticleMentions,
    may_overrule,
    pick,
    statement_candidates,
)
from kg.model import Statement
from kg.nlp import remember_text

log = logging.getLogger("train_source")

L2_GRID = (3e-3, 1e-2, 3e-2)
# How much a PolNeAR statement counts beside a news one (0: news alone).
POLNEAR_WEIGHTS = (0.0, 0.3, 1.0)


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
            allowed = may_overrule(doc, st, cands, index)
            out.append(
                Example(
                    features=[list(c.features) for c in cands],
                    rule=rule,
                    right=right,
                    named=source_kind(gold_text, opens_sentence(article.text, lo), capitalised)
                    == "named",
                    source=f"{gold_text} <- {[actors[c.actor].name for c in cands]}"
                    f" / all: {[a.name for a in index.actors]}",
                    allowed=allowed,
                    group=str(article.key),
                    news=False,
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
    examples: list[Example],
    l2: float,
    polnear_weight: float = 1.0,
    epochs: int = 300,
    rate: float = 0.5,
) -> dict[str, float]:
    """Conditional logit by full-batch gradient descent (with Adam steps); a PolNeAR example
    counts `polnear_weight` of a news story's."""
    train = [
        e for e in examples if any(e.right) and len(e.right) > 1 and (polnear_weight > 0 or e.news)
    ]
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
    weight = np.array([1.0 if e.news else polnear_weight for e in train])
    weight = weight / weight.sum()
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
        resid = (prob - target) * weight[group]  # d(-log likelihood)/d score
        grad = np.zeros_like(w)
        np.add.at(grad, cols_a, resid[rows_a])
        grad = grad + l2 * w
        adam.step(w, grad)
    return {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) > 1e-4}


def choose(e: Example, weights: dict[str, float], threshold: float) -> int | None:
    if not e.features:
        return None
    scores = np.array([sum(weights.get(f, 0.0) for f in fs) for fs in e.features])
    prob = np.exp(scores - scores.max())
    prob /= prob.sum()
    return pick(list(prob), e.rule, e.allowed, threshold)


def accuracy(examples: list[Example], chosen: list[int | None]) -> tuple[float, float]:
    """Share of statements (all, and those with a named gold source) whose chosen candidate
    names the gold source; statements without any right candidate count as misses."""

    def acc(sel: list[tuple[Example, int | None]]) -> float:
        ok = sum(1 for e, k in sel if k is not None and e.right[k])
        return ok / len(sel) if sel else 0.0

    pairs = list(zip(examples, chosen, strict=True))
    return acc(pairs), acc([(e, k) for e, k in pairs if e.named])


def wrong_picks(examples: list[Example], chosen: list[int | None]) -> int:
    """How many statements the ranker gives a speaker other than the rules' that is wrong: when
    two settings are right as often, the one that abstains more (leaves the rules' answer, or
    none) is preferred."""
    return sum(
        1
        for e, k in zip(examples, chosen, strict=True)
        if k is not None and k != e.rule and not e.right[k]
    )


def folds(examples: list[Example], k: int) -> list[list[Example]]:
    """`k` folds of whole stories (by a fixed hash of the story's name)."""
    out: list[list[Example]] = [[] for _ in range(k)]
    for e in examples:
        out[fold_of(e.group, k)].append(e)
    return out


def cross_validate(
    news: list[Example], polnear: list[Example], l2: float, polnear_weight: float, k: int
) -> dict[float, list[int | None]]:
    """Threshold -> the choice for each news example (in `news` order of the folds) when its
    story's fold was left out of training."""
    out: dict[float, list[int | None]] = {t: [] for t in THRESHOLDS}
    for i, held in enumerate(folds(news, k)):
        rest = [e for j, f in enumerate(folds(news, k)) if j != i for e in f]
        weights = fit(rest + polnear, l2, polnear_weight)
        for t in THRESHOLDS:
            out[t] += [choose(e, weights, t) for e in held]
    return out


Setting = tuple[float, float, float]  # L2, PolNeAR weight, threshold


def choose_setting(
    news: list[Example],
    train: list[Example],
    tune: list[Example],
    k: int,
    name: str = "news",
    polnear_weights: tuple[float, ...] = POLNEAR_WEIGHTS,
) -> Setting:
    """The setting of the best k-fold CV share of right speakers on `news` (of equal shares,
    fewer wrong picks), among those that keep PolNeAR's tuning split (named sources) at least
    at the rules' share."""
    cv_order = [e for f in folds(news, k) for e in f]
    base = accuracy(tune, [e.rule for e in tune])
    best: tuple[float, int, float, float, float] | None = None
    for l2 in L2_GRID:
        for pw in polnear_weights:
            cv = cross_validate(news, train if pw > 0 else [], l2, pw, k)
            weights = fit(train + news, l2, pw)
            for t in THRESHOLDS:
                news_acc = accuracy(cv_order, cv[t])[0]
                wrong = wrong_picks(cv_order, cv[t])
                pn = accuracy(tune, [choose(e, weights, t) for e in tune])
                log.info(
                    "%s: l2 %g polnear %.2f threshold %.2f: news CV %.4f, %d wrong picks,"
                    " PolNeAR tune named %.3f",
                    name,
                    l2,
                    pw,
                    t,
                    news_acc,
                    wrong,
                    pn[1],
                )
                # PolNeAR's tuning split must not fall below the rules' reading of it; of
                # equal accuracy, the setting with fewer wrong picks (a higher threshold).
                if pn[1] >= base[1] and (best is None or (news_acc, -wrong) > best[:2]):
                    best = (news_acc, -wrong, l2, pw, t)
    assert best is not None
    news_acc, wrong, l2, pw, threshold = best
    log.info(
        "%s: chosen l2 %g PolNeAR weight %.2f threshold %.2f: news CV %.4f, %d wrong picks"
        " (rules %.4f)",
        name,
        l2,
        pw,
        threshold,
        news_acc,
        -wrong,
        accuracy(cv_order, [e.rule for e in cv_order])[0],
    )
    return l2, pw, threshold


def set_of(e: Example, sets: list[Path]) -> str:
    """The story set (one of `sets`) an example's story lies in."""
    story = Path(e.group)
    return next((str(s) for s in sets if s in story.parents), "?")


def read_weights(path: Path) -> tuple[dict[str, float], float]:
    body = json.loads(path.read_text(encoding="utf-8"))
    return dict(body["weights"]), float(body["threshold"])


def right_count(examples: list[Example], chosen: list[int | None]) -> int:
    return sum(1 for e, k in zip(examples, chosen, strict=True) if k is not None and e.right[k])


def leave_set_out(
    news: list[Example],
    train: list[Example],
    tune: list[Example],
    sets: list[Path],
    k: int,
    shipped: Path,
    out: Path | None,
    polnear_weights: tuple[float, ...] = POLNEAR_WEIGHTS,
) -> None:
    """For each silver set: the setting chosen by CV on the other sets, fitted on them, and
    scored on the left-out set (right speakers, wrong picks) beside the rules and the weights
    at `shipped` (fitted on none of these sets) read through the same rules; the weights of
    each fold are written to `out/<set>.json` for `kg eval`. The sum over left-out sets
    decides whether a retrain is worth shipping."""
    old, old_t = read_weights(shipped)
    totals = [0, 0, 0, 0, 0, 0]
    for held, test, rest in left_out_sets(news, lambda e: set_of(e, sets)):
        if "silver" not in held:  # (the gold and realnews-tune are too small to score alone)
            continue
        l2, pw, t = choose_setting(
            rest, train, tune, k, name=f"without {held}", polnear_weights=polnear_weights
        )
        weights = fit((train if pw > 0 else []) + rest, l2, pw)
        new = [choose(e, weights, t) for e in test]
        before = [choose(e, old, old_t) for e in test]
        row = (
            right_count(test, [e.rule for e in test]),
            right_count(test, before),
            right_count(test, new),
            wrong_picks(test, before),
            wrong_picks(test, new),
            len(test),
        )
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        pn = accuracy(tune, [choose(e, weights, t) for e in tune])[1]
        log.info(
            "left out %s (l2 %g polnear %.2f threshold %.2f): right speakers rules %d,"
            " shipped %d, new %d (wrong picks %d -> %d) of %d; PolNeAR tune named %.3f",
            held,
            l2,
            pw,
            t,
            *row,
            pn,
        )
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            write_weights(
                fold_weights_path(out, held),
                f"source ranker weights fitted without {held} (a left-out test)",
                l2,
                t,
                ("train_statements", len(rest)),
                weights,
            )
    log.info(
        "left-out sets together: right speakers rules %d, shipped %d, new %d"
        " (wrong picks %d -> %d) of %d",
        *totals,
    )


def main() -> None:
    # The shipped weights stay (README): a refit is written only where `--out` says.
    ap = arguments(__doc__ or "", Path("/tmp/train_source_cache"), None)
    ap.add_argument(
        "--baseline",
        type=Path,
        default=WEIGHTS_PATH,
        help="the weights --leave-set-out compares with (default: the shipped ones)",
    )
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--dry-run", action="store_true", help="CV report only, write nothing")
    add_leave_set_out_argument(
        ap,
        "score each silver set with weights fitted on the others (against the weights"
        " at --baseline and the rules) and write nothing but those weights (to DIR when given)",
    )
    ap.add_argument(
        "--polnear-weights",
        type=float,
        nargs="+",
        default=list(POLNEAR_WEIGHTS),
        help="the PolNeAR weights searched (a fit that reads PolNeAR takes ten times longer)",
    )
    add_sets_argument(ap, NEWS_SETS, "--news", dest="news")
    args = ap.parse_args()
    pws = tuple(args.polnear_weights)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pipe = Pipeline()
    train = split_examples("train", args.train, args.train_limit, pipe, args.cache)
    tune = split_examples("tune", args.tune, None, pipe, args.cache)
    news = news_examples(args.news, pipe, args.cache)
    recall = sum(any(e.right) for e in news) / len(news)
    log.info(
        "news: %d statements paired with gold, %d stories; a right candidate for %.3f;"
        " rules right %.3f",
        len(news),
        len({e.group for e in news}),
        recall,
        accuracy(news, [e.rule for e in news])[0],
    )
    base = accuracy(tune, [e.rule for e in tune])
    log.info("rules on PolNeAR tune: all %.3f named %.3f (%d statements)", *base, len(tune))
    if args.leave_set_out is not None:
        out = fold_dir(args.leave_set_out)
        leave_set_out(news, train, tune, args.news, args.folds, args.baseline, out, pws)
        return
    l2, pw, threshold = choose_setting(news, train, tune, args.folds, polnear_weights=pws)
    if args.dry_run or args.out is None:
        log.info("nothing written (weights only to an --out given)")
        return
    read = train if pw > 0 else []
    weights = fit(read + news, l2, pw)
    # With a PolNeAR weight of 0 the fit reads the news stories alone (PolNeAR's tuning split
    # only bounded the choice): the file says which.
    polnear = (
        f"the PolNeAR train split (networkdynamics/PolNeAR) counted {pw:g} of a news statement"
        if pw > 0
        else "no PolNeAR statement (PolNeAR's tuning split only bounds the choice)"
    )
    write_weights(
        args.out,
        "source ranker weights, trained by bench/train_source.py on realnews-style tuning "
        f"stories ({len(news)} statements paired with gold in {len({e.group for e in news})} "
        f"stories of {', '.join(str(s) for s in args.news)}; the silver sets are annotated "
        "outside the project from public web pages under ../shared/eval/README.md's "
        f"guidelines) and {polnear}; no text is shipped, only feature weights; see README "
        "'Learned source ranker'",
        l2,
        threshold,
        ("train_statements", len(news) + len(read)),
        weights,
    )


if __name__ == "__main__":
    main()

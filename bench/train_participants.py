"""Train the event participant selector (tried in session 35, not shipped: README "Learned
event participants (tried, not shipped)").

    nice -n 5 .venv/bin/python bench/train_participants.py --dry-run      # CV report only
    nice -n 5 .venv/bin/python bench/train_participants.py --out W.json   # CV, fit on all, write

Data (`SETS`): the gold-format TUNE stories (never a validation set nor a held-out one): the
project's gold (`data/gold`, `../shared/eval/gold`), the tuning part of `../shared/eval/realnews`
(`/work/evalsplit/realnews-tune`) and the silver sets `/work/silver40/all` to
`/work/silver48/all` (annotated outside the project from public web pages; their texts are never
shipped, and a set not on the machine is skipped). The pipeline runs once per story, and what
the selector would be given is cached (`story_cache.py`, keyed by the story file and the rules),
so features can change without running the pipeline again: the parties each event had when the
event stage was done, and what the event check is given (the selector would run just before it,
once acts, attacks and quoted speakers have added their parties).

Examples: for every event the rules output that `kg eval` pairs with a gold event (the strict
matching, then, among the events left, the matching on kind alone where the parties overlap,
most first; `--pairs` takes strict pairs only, or any kind-only pair), each candidate
(`participant_features.candidates`) is positive when its names match a party of that
gold event by the README's name rule. The model
is a logistic regression with L2 (`fit_logistic`). The L2 strength and the two thresholds (add
a candidate the rules left out; drop a rules' party) are chosen by grouped cross-validation
over stories on the strict event F1 the changed parties would give (the events re-matched to
the gold as `kg eval` matches them), summed over the sets; the chosen setting is then scored
with each set left out of training, and again with L2 and both thresholds chosen by the same
cross-validation on the other sets alone ("nested"). `decide` is the selector's one decision
rule. Only weights (feature name -> float) are written, with both thresholds.
"""

from __future__ import annotations

import argparse
import json
import logging
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from attribution_training import (
    TUNE_SETS,
    choose_setting,
    fit_logistic,
    left_out_sets,
    write_weights,
)
from participant_features import Candidate, Found, candidates
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
    GoldArticle,
    GoldEvent,
    actor_names_score,
    event_pairs,
    gold_files,
    load_gold,
    participant_jaccard,
)
from kg.evaluation.matching import match_one_to_one
from kg.evaluation.predictions import PredActor, PredEvent, Predictions, read_predictions
from kg.extract.event_check import EventCheck
from kg.extract.event_coref import EventResult
from kg.extract.events import EventFinder
from kg.extract.index import ActorIndex
from kg.extract.linear_weights import LinearModel
from kg.extract.pipeline import Pipeline
from kg.ingest import ingest
from kg.mapping import article_iri
from kg.model import Actor, Article, Extraction, Statement
from kg.store import Store

log = logging.getLogger("train_participants")

SETS = TUNE_SETS  # the story trainers' pool (`attribution_training`)
CACHE = Path("/tmp/train_participants_cache")


@dataclass
class Captured:
    """What the selector is given, as the pipeline gives it (the doc as bytes)."""

    doc: bytes
    index: ActorIndex
    statements: list[Statement]
    events: EventResult
    found: Found

    def table(self) -> list[list[Candidate]]:
        doc = Doc(english_vocab()).from_bytes(self.doc)
        return candidates(doc, self.index, self.statements, self.events, self.found)


class Recorder:
    """The pipeline's event stage and event check while training (`events` and `check` take
    their places): both give what the real ones give; the parties each event had when the event
    stage was done are kept, and what the check is given is captured (the selector's inputs:
    nothing changes the events between them)."""

    def __init__(self, finder: EventFinder, check: EventCheck) -> None:
        self.finder = finder
        self.found = Found()
        self.check: CheckRecorder[Captured] = CheckRecorder(self._captured, check)

    @property
    def captured(self) -> list[Captured]:
        return self.check.captured

    def events(self, doc: Doc, article: Article, index: ActorIndex) -> EventResult:
        result = self.finder(doc, article, index)
        self.found = Found.of(result.events)  # before acts, attacks and quotes add theirs
        return result

    def _captured(
        self,
        doc: Doc,
        article: Article,
        index: ActorIndex,
        statements: list[Statement],
        events: EventResult,
    ) -> Captured:
        del article  # the doc carries the text
        data = doc.to_bytes(exclude=["user_data"])
        return Captured(data, index, statements, events, self.found)


@dataclass
class Story:
    name: str
    group: str
    captured: Captured
    pred: Predictions  # the rules' output read back as `kg eval` reads it
    actors: list[Actor]  # the final extraction's actors


def predictions(article: Article, extraction: Extraction) -> Predictions:
    """The article's predictions read back through a fresh knowledge base, as `kg eval`."""
    store = Store(None)
    ingest(store, [article], extract=lambda _articles: [extraction])
    pred = Predictions()
    read_predictions(store, {str(article_iri(article.key)): article.key}, {article.key: pred})
    return pred


def story(path: Path, pipe: Pipeline) -> Story:
    gold = load_gold(path)
    finder, check = pipe.events, pipe.event_check
    rec = Recorder(finder, check)
    pipe.events, pipe.event_check = rec.events, rec.check  # type: ignore[assignment]
    try:
        extraction = pipe.extract(gold.article)
    finally:
        pipe.events, pipe.event_check = finder, check
    captured = rec.captured
    return Story(
        path.stem, "", captured[0], predictions(gold.article, extraction), list(extraction.actors)
    )


def stories(sets: Sequence[Path], cache: Path) -> list[tuple[Story, GoldArticle]]:
    stored: StoryCache[Story] = StoryCache(cache, "participants")
    out = []
    for folder in existing_sets(sets):
        for path in gold_files([folder]):
            s = stored.get(path, lambda p: story(p, pipeline()))
            s.name, s.group = path.stem, f"{folder.parent.name}/{folder.name}"
            out.append((s, load_gold(path)))
    stored.report()
    return out


def aligned(gold: GoldArticle, pred: Predictions, pairs: str = "overlap") -> dict[int, int]:
    """Pred event index -> gold event index: `kg eval`'s strict pairs, then among the rest
    pairs of equal kinds whose parties overlap (sharing none, the two are as likely other
    occurrences of one kind: their parties would teach nothing), those overlapping most first."""
    strict = event_pairs(gold, pred)
    left_p = [i for i in range(len(pred.events)) if i not in {i for i, _ in strict}]
    left_g = [j for j in range(len(gold.events)) if j not in {j for _, j in strict}]

    def quality(p: PredEvent, g: GoldEvent) -> float | None:
        if p.kind != g.kind or pairs == "strict":
            return None
        jac = participant_jaccard(p, g, gold, pred)
        return 1.0 + jac if jac > 0 or pairs == "kind" else None

    kind = match_one_to_one(
        [pred.events[i] for i in left_p], [gold.events[j] for j in left_g], quality
    )
    return dict(strict) | {left_p[i]: left_g[j] for i, j in kind}


def event_order(pred: Predictions) -> list[int | None]:
    """Extraction event index -> pred event index (IRIs end in the event's number)."""
    by_n = {int(e.iri.rsplit("-", 1)[1]) - 1: k for k, e in enumerate(pred.events)}
    n = max(by_n, default=-1) + 1
    return [by_n.get(i) for i in range(n)]


@dataclass
class Prepared:
    """A story ready to score: its candidates, their labels, and the predictions to rebuild."""

    story: Story
    gold: GoldArticle
    table: list[list[Candidate]]
    labels: list[list[bool | None]]  # None: the event pairs with no gold event
    order: list[int | None]
    pred: Predictions
    names: dict[str, str]  # actor id -> the name `kg eval` reads
    rules: int = 0  # strict matches with the rules' parties
    # Strict matches by the parties given (thresholds that change nothing are not matched again).
    memo: dict[tuple[tuple[str, ...], ...], int] = field(default_factory=dict)

    def examples(self) -> list[tuple[list[str], bool]]:
        return [
            (c.features, lab)
            for cands, labs in zip(self.table, self.labels, strict=True)
            for c, lab in zip(cands, labs, strict=True)
            if lab is not None
        ]

    def strict(self, parties: list[list[str]]) -> int:
        """Strict event matches with each event's parties set to `parties`."""
        key = tuple(tuple(ids) for ids in parties)
        if key not in self.memo:
            self.memo[key] = self._strict(parties)
        return self.memo[key]

    def _strict(self, parties: list[list[str]]) -> int:
        events = list(self.pred.events)
        for i, ids in enumerate(parties):
            k = self.order[i] if i < len(self.order) else None
            if k is not None:
                events[k] = replace(events[k], participants=[self.names[a] for a in ids])
        return len(event_pairs(self.gold, replace(self.pred, events=events)))


def prepare(story: Story, gold: GoldArticle, pairs: str = "overlap") -> Prepared:
    table = story.captured.table()
    pred = story.pred
    order = event_order(pred)
    actors = {a.id: a for a in story.captured.index.actors}
    known = {a.name for a in pred.actors}
    extra = [
        PredActor(f"x:{a.id}", a.name, a.type, set(a.aliases))
        for a in actors.values()
        if a.name not in known
    ]
    pred = replace(pred, actors=[*pred.actors, *extra])
    paired = aligned(gold, story.pred, pairs)
    labels: list[list[bool | None]] = []
    for i, cands in enumerate(table):
        k = order[i] if i < len(order) else None
        j = paired.get(k) if k is not None else None
        if j is None:
            labels.append([None] * len(cands))
            continue
        gp = gold.events[j].participants
        labels.append(
            [
                any(actor_names_score(pred.names(None, actors[c.actor].name), g, gold) for g in gp)
                for c in cands
            ]
        )
    names = {a.id: a.name for a in actors.values()}
    prep = Prepared(story, gold, table, labels, order, pred, names)
    prep.rules = prep.strict([[c.actor for c in cands if c.chosen] for cands in table])
    return prep


def decide(
    table: list[list[Candidate]], probs: list[list[float]], add: float, drop: float
) -> list[list[str]]:
    """Per event, the parties the selector gives: a rules' party at or above `drop`, another
    candidate at or above `add`, in the candidates' order; when every rules' party falls below,
    the likeliest of them stays (the rules found the event through it, so it is never emptied)."""
    out = []
    for cands, ps in zip(table, probs, strict=True):
        keep = [
            c.actor
            for c, p in zip(cands, ps, strict=True)
            if (c.chosen and p >= drop) or (not c.chosen and p >= add)
        ]
        chosen = [(p, c.actor) for c, p in zip(cands, ps, strict=True) if c.chosen]
        if chosen and not any(a in keep for _, a in chosen):
            keep = [max(chosen)[1], *keep]
        out.append(list(dict.fromkeys(keep)))
    return out


Scored = list[tuple[Prepared, list[list[float]]]]


def probabilities(model: LinearModel, prep: Prepared) -> list[list[float]]:
    return [[model.probability(c.features) for c in cands] for cands in prep.table]


def cross_validated(data: list[Prepared], l2: float, folds: int) -> Scored:
    out: Scored = []
    for k in range(folds):
        train = [ex for i, p in enumerate(data) if i % folds != k for ex in p.examples()]
        model = LinearModel(fit_logistic(train, l2), 0.0)
        out += [(p, probabilities(model, p)) for i, p in enumerate(data) if i % folds == k]
    return out


def _set(p: Prepared) -> str:
    return p.story.group


def left_out(data: list[Prepared], l2: float) -> Scored:
    out: Scored = []
    for _group, held, rest in left_out_sets(data, _set):
        model = LinearModel(fit_logistic([ex for p in rest for ex in p.examples()], l2), 0.0)
        out += [(p, probabilities(model, p)) for p in held]
    return out


Tally = dict[str, tuple[int, int, int, int]]  # set -> (rules strict, strict, found, gold)


def tally(scored: Scored, add: float, drop: float) -> Tally:
    t: dict[str, list[int]] = {}
    for prep, probs in scored:
        row = t.setdefault(prep.story.group, [0, 0, 0, 0])
        row[0] += prep.rules
        row[1] += prep.strict(decide(prep.table, probs, add, drop))
        row[2] += len(prep.pred.events)
        row[3] += len(prep.gold.events)
    return {g: (r[0], r[1], r[2], r[3]) for g, r in t.items()}


def _f1(tp: int, found: int, gold: int) -> float:
    return 2 * tp / (found + gold) if found + gold else 0.0


def gain(t: Tally) -> float:
    """Summed over the sets, strict event F1 with the selector minus with the rules."""
    return sum(_f1(r[1], r[2], r[3]) - _f1(r[0], r[2], r[3]) for r in t.values())


def auc(scored: Scored, chosen: bool) -> tuple[float, int, int]:
    """Out-of-fold AUC over the labelled candidates the rules chose (or left out), with the
    counts of positives and negatives."""
    pairs = [
        (q, lab)
        for prep, probs in scored
        for cands, labs, ps in zip(prep.table, prep.labels, probs, strict=True)
        for c, lab, q in zip(cands, labs, ps, strict=True)
        if lab is not None and c.chosen == chosen
    ]
    pos = sorted(q for q, lab in pairs if lab)
    neg = sorted(q for q, lab in pairs if not lab)
    if not pos or not neg:
        return 0.5, len(pos), len(neg)
    below = sum(bisect_left(neg, q) + (bisect_right(neg, q) - bisect_left(neg, q)) / 2 for q in pos)
    return below / (len(pos) * len(neg)), len(pos), len(neg)


def report(label: str, t: Tally) -> None:
    for g, r in sorted(t.items()):
        log.info(
            "  %s %-22s events rules %.3f -> %.3f (%d -> %d /%d/%d)",
            label,
            g,
            _f1(r[0], r[2], r[3]),
            _f1(r[1], r[2], r[3]),
            r[0],
            r[1],
            r[2],
            r[3],
        )
    log.info("  %s summed gain %+.4f", label, gain(t))


ADDS = (0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 1.01)
DROPS = (0.0, 0.3, 0.4, 0.5, 0.55, 0.6)
L2S = (0.001, 0.01, 0.1)
# (add, drop): a candidate the rules left out is added at or above the first, a rules' party
# below the second dropped.
SETTINGS = tuple((add, drop) for add in ADDS for drop in DROPS)


def choose(
    data: list[Prepared], folds: int, verbose: bool = False
) -> tuple[float, float, float, float]:
    """(CV gain, L2, add, drop): the L2 strength and both thresholds that `folds`-fold CV over
    `data`'s stories scores best."""
    g, l2, (add, drop) = choose_setting(
        L2S,
        SETTINGS,
        lambda l2: cross_validated(data, l2, folds),
        lambda scored, setting: gain(tally(scored, *setting)),
    )
    if verbose:
        log.info("CV chooses l2 %g add %.2f drop %.2f: gain %+.4f", l2, add, drop, g)
    return g, l2, add, drop


def nested_set_out(data: list[Prepared], folds: int) -> Tally:
    """Each set scored by a model fitted on the other sets, at the L2 and thresholds that CV
    over the other sets alone chooses: no choice has seen the set scored."""
    out: Tally = {}
    for group, held, rest in left_out_sets(data, _set):
        _, l2, add, drop = choose(rest, folds)
        model = LinearModel(fit_logistic([ex for p in rest for ex in p.examples()], l2), 0.0)
        out |= tally([(p, probabilities(model, p)) for p in held], add, drop)
        log.info(
            "  set-out %s: the other sets choose l2 %g add %.2f drop %.2f", group, l2, add, drop
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    add_sets_argument(ap, SETS)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--fill", action="store_true", help="only extract into the cache")
    ap.add_argument("--folds", type=int, default=5)
    # Which events' candidates are labelled: those `kg eval` pairs strictly, or also those paired
    # on kind alone whose parties overlap the gold event's ("overlap"), or any ("kind").
    ap.add_argument("--pairs", choices=("strict", "overlap", "kind"), default="overlap")
    # Nothing is shipped: weights are written only where asked.
    ap.add_argument("--out", type=Path, help="write the weights fitted on all the sets there")
    ap.add_argument("--dry-run", action="store_true", help="report the CV, write nothing")
    ap.add_argument("--drop", nargs="*", default=[], help="leave out features so prefixed")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = stories(args.sets, args.cache)
    log.info("%d stories", len(data))
    if args.fill:
        return
    prepared = [prepare(s, g, args.pairs) for s, g in data]
    n = sum(len(p.examples()) for p in prepared)
    pos = sum(lab for p in prepared for _, lab in p.examples())
    log.info("%d candidates of paired events (%d gold parties)", n, pos)
    if args.drop:
        drop = tuple(args.drop)
        for p in prepared:
            for cands in p.table:
                for c in cands:
                    c.features = [f for f in c.features if not f.split(":", 1)[-1].startswith(drop)]
    _, l2, add, drop = choose(prepared, args.folds, verbose=True)
    cv = cross_validated(prepared, l2, args.folds)
    report("CV", tally(cv, add, drop))
    for chosen in (True, False):
        a, npos, nneg = auc(cv, chosen)
        log.info(
            "  CV AUC, candidates the rules %s: %.3f (%d/%d)",
            "chose" if chosen else "left",
            a,
            npos,
            nneg,
        )
    scored = left_out(prepared, l2)
    report("set-out", tally(scored, add, drop))
    nested = nested_set_out(prepared, args.folds)
    report("set-out nested", nested)
    if args.dry_run or args.out is None:
        return
    weights = fit_logistic([ex for p in prepared for ex in p.examples()], l2)
    names = ", ".join(str(s) for s in args.sets if s.is_dir())
    write_weights(
        args.out,
        "event-participant weights, trained by bench/train_participants.py on the candidates of "
        f"the events of the TUNE stories ({len(prepared)} stories: {names}; the silver sets are "
        "annotated outside the project from public web pages under ../shared/eval/README.md's "
        "guidelines; no text of any story is shipped, only feature weights); see README "
        "'Learned event participants (tried, not shipped)'",
        l2,
        add,
        ("train_participants", n),
        weights,
    )
    body = json.loads(args.out.read_text(encoding="utf-8"))
    body["drop_threshold"] = drop
    args.out.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    # Through the module's own name: the pickles in the cache name the classes
    # `train_participants.Story`, not `__main__.Story`, so a test or another script reads them.
    import train_participants

    train_participants.main()

"""Scoring against the project's gold annotations (`gold/*.json`, format in the eval README)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.evaluation.matching import (
    PRF,
    Accuracy,
    Sheet,
    contents_equal,
    dates_agree,
    match_one_to_one,
    name_score,
    normalize_name,
    token_f1,
)
from kg.evaluation.predictions import PredActor, PredEvent, Predictions, PredStatement
from kg.model import Article
from kg.reading import ReadError, article_key, parse_published, parse_txt

log = logging.getLogger(__name__)

OVERLAP_MIN_F1 = 0.5
EVENT_MIN_JACCARD = 0.5


@dataclass
class GoldActor:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class GoldStatement:
    speaker: str | None
    content: str
    cue: str | None = None
    kind: str | None = None
    date: str | None = None


@dataclass
class GoldEvent:
    kind: str
    participants: list[str]
    status: str | None = None
    mediator: str | None = None
    initiated_by: str | None = None
    date: str | None = None
    location: str | None = None


@dataclass
class GoldArticle:
    id: str
    article: Article
    actors: list[GoldActor]
    statements: list[GoldStatement]
    events: list[GoldEvent]

    def actor(self, name: str | None) -> GoldActor | None:
        return next((a for a in self.actors if a.name == name), None)


# --- reading --------------------------------------------------------------------------------


class GoldError(Exception):
    """A gold file that cannot be read; the message names the file."""


def gold_files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        # Sub-folders hold other sets (data/gold/cross/ is scored by --cross), not more of these.
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return out


def load_gold(path: Path) -> GoldArticle:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise GoldError(f"{path}: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise GoldError(f"{path}: not a gold article (an object with 'text')")
    gold_id = str(data.get("id") or path.stem)
    try:
        # `text` is the file the system would receive, in the seed's txt layout.
        article = parse_txt(data["text"], str(path))
    except ReadError as err:
        raise GoldError(str(err)) from err
    article.key = article_key(None, "parley-gold", gold_id)
    if article.published is None and data.get("published"):
        # Metadata the system gets with the text, as an ingest of a JSON record would.
        article.published = parse_published(str(data["published"]))
    if article.source is None and data.get("source"):
        article.source = str(data["source"])
    return GoldArticle(
        id=gold_id,
        article=article,
        actors=[
            GoldActor(name=a["name"], type=a.get("type", ""), aliases=list(a.get("aliases") or []))
            for a in data.get("actors", [])
        ],
        statements=[
            GoldStatement(
                speaker=s.get("speaker"),
                content=s["content"],
                cue=s.get("cue"),
                kind=s.get("kind"),
                date=s.get("date"),
            )
            for s in data.get("statements", [])
        ],
        events=[
            GoldEvent(
                kind=e["kind"],
                participants=list(e.get("participants") or []),
                status=e.get("status"),
                mediator=e.get("mediator"),
                initiated_by=e.get("initiated_by"),
                date=e.get("date"),
                location=e.get("location"),
            )
            for e in data.get("events", [])
        ],
    )


def iter_gold(paths: Sequence[Path]) -> Iterator[GoldArticle]:
    for path in gold_files(paths):
        yield load_gold(path)


# --- names ----------------------------------------------------------------------------------


def gold_name_score(
    predicted: str | None, gold_name: str | None, gold: GoldArticle, predicted_person: bool = False
) -> int:
    """README name rule for a name that refers to a gold actor (its aliases count too)."""
    if predicted is None or gold_name is None:
        return 0
    actor = gold.actor(gold_name)
    aliases = actor.aliases if actor else []
    person = predicted_person or (actor is not None and actor.type == "Person")
    return name_score(predicted, gold_name, aliases, person)


def actor_names_score(
    names: list[str], gold_name: str | None, gold: GoldArticle, predicted_person: bool = False
) -> int:
    """The best README name score of any of a predicted actor's recorded names."""
    return max((gold_name_score(n, gold_name, gold, predicted_person) for n in names), default=0)


def pred_names_match(
    pred: Predictions, iri: str | None, name: str | None, gold_name: str | None, gold: GoldArticle
) -> bool:
    """A predicted actor (by IRI or name) against a gold name, through every recorded name."""
    if name is None or gold_name is None:
        return name is None and gold_name is None
    person = _person(pred, iri) if iri else pred.actor_type(_iri_of(pred, name)) == "Person"
    return actor_names_score(pred.names(iri, name), gold_name, gold, person) > 0


def _iri_of(pred: Predictions, name: str) -> str | None:
    return next((a.iri for a in pred.actors if a.name == name), None)


def _person(pred: Predictions, iri: str | None) -> bool:
    return pred.actor_type(iri) == "Person"


# --- actors ---------------------------------------------------------------------------------


def _actor_score(p: PredActor, g: GoldActor) -> int:
    person = "Person" in (p.type, g.type)
    names = [p.name, *sorted(p.aliases - {p.name})]
    return max(name_score(n, g.name, g.aliases, person=person) for n in names)


def score_actors(
    gold: GoldArticle, pred: Predictions, sheet: Sheet, errors: dict[str, list[str]]
) -> None:
    pairs = match_one_to_one(
        pred.actors, gold.actors, lambda p, g: float(_actor_score(p, g)) or None
    )
    sheet["actors"] = PRF(len(pairs), len(pred.actors), len(gold.actors))
    types = Accuracy()
    for i, j in pairs:
        ok = pred.actors[i].type == gold.actors[j].type
        types.count(ok)
        if not ok:
            errors["actor_type"].append(
                f"{pred.actors[i].name}: {pred.actors[i].type}, gold {gold.actors[j].type}"
            )
    sheet["actors.type"] = types
    hits = [[_actor_score(p, g) > 0 for g in gold.actors] for p in pred.actors]
    sheet["actors.splits"] = sum(
        1 for j in range(len(gold.actors)) if sum(row[j] for row in hits) >= 2
    )
    sheet["actors.merges"] = sum(1 for row in hits if sum(row) >= 2)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    errors["actor_missed"] += [
        f"{g.name} ({g.type})" for j, g in enumerate(gold.actors) if j not in matched_g
    ]
    errors["actor_spurious"] += [
        f"{p.name} ({p.type})" for i, p in enumerate(pred.actors) if i not in matched_p
    ]


# --- statements -----------------------------------------------------------------------------


def speaker_ok(p: PredStatement, g: GoldStatement, gold: GoldArticle, pred: Predictions) -> bool:
    return pred_names_match(pred, p.speaker, p.speaker_name, g.speaker, gold)


def statement_pairs(
    gold: GoldArticle, pred: Predictions, exact: bool, use_speaker: bool = True
) -> list[tuple[int, int]]:
    def quality(p: PredStatement, g: GoldStatement) -> float | None:
        if use_speaker and not speaker_ok(p, g, gold, pred):
            return None
        if exact:
            return 1.0 if contents_equal(p.content, g.content) else None
        f1 = token_f1(p.content, g.content)
        return f1 if f1 >= OVERLAP_MIN_F1 else None

    return match_one_to_one(pred.statements, gold.statements, quality)


def score_statements(
    gold: GoldArticle, pred: Predictions, sheet: Sheet, errors: dict[str, list[str]]
) -> None:
    n_pred, n_gold = len(pred.statements), len(gold.statements)
    overlap = statement_pairs(gold, pred, exact=False)
    sheet["statements.overlap"] = PRF(len(overlap), n_pred, n_gold)
    sheet["statements.exact"] = PRF(len(statement_pairs(gold, pred, exact=True)), n_pred, n_gold)
    # Content alone, speaker ignored: tells wrong speakers apart from missed statements.
    content_only = statement_pairs(gold, pred, exact=False, use_speaker=False)
    sheet["statements.content_only"] = PRF(len(content_only), n_pred, n_gold)
    kind, cue, date, date_md = Accuracy(), Accuracy(), Accuracy(), Accuracy()
    for i, j in overlap:
        p, g = pred.statements[i], gold.statements[j]
        kind.count(p.kind == g.kind)
        cue.count(g.cue is None or p.cue.casefold().strip() == g.cue.casefold().strip())
        date.count(p.date == g.date)
        date_md.count(dates_agree(p.date, g.date, month_day=True))
        if p.date != g.date:
            errors["statement_date"].append(f"{p.date} for gold {g.date}: {_short(g.content)}")
    sheet["statements.kind"] = kind
    sheet["statements.cue"] = cue
    sheet["statements.date"] = date
    # Articles without a publication year give yearless dates: right day, unknown year.
    sheet["statements.date_month_day"] = date_md
    # The date of statements paired by content alone: time anchoring measured apart from
    # speaker attribution, which decides which statements the overlap score pairs.
    content_date = Accuracy()
    for i, j in content_only:
        content_date.count(pred.statements[i].date == gold.statements[j].date)
    sheet["statements.content_only.date"] = content_date
    in_overlap_p = {i for i, _ in overlap}
    in_overlap_g = {j for _, j in overlap}
    content_pairs = dict(content_only)
    for i, j in content_pairs.items():
        if i not in in_overlap_p:
            p, g = pred.statements[i], gold.statements[j]
            errors["statement_speaker"].append(f"{p.speaker_name} for gold {g.speaker}")
    matched_g_content = set(content_pairs.values())
    errors["statement_missed"] += [
        f"{g.speaker} / {g.cue}: {_short(g.content)}"
        for j, g in enumerate(gold.statements)
        if j not in in_overlap_g and j not in matched_g_content
    ]
    errors["statement_spurious"] += [
        f"{p.speaker_name} / {p.cue}: {_short(p.content)}"
        for i, p in enumerate(pred.statements)
        if i not in in_overlap_p and i not in content_pairs
    ]


# --- events ---------------------------------------------------------------------------------


def participant_jaccard(
    p: PredEvent, g: GoldEvent, gold: GoldArticle, pred: Predictions | None = None
) -> float:
    if not p.participants and not g.participants:
        return 1.0

    def score(a: str, b: str) -> float | None:
        names = pred.names(None, a) if pred is not None else [a]
        return float(actor_names_score(names, b, gold)) or None

    pairs = match_one_to_one(p.participants, g.participants, score)
    union = len(p.participants) + len(g.participants) - len(pairs)
    return len(pairs) / union if union else 0.0


# Below 1/(100*101), the smallest gap between two Jaccard values of sets of up to 100 names.
AGREEMENT_TIE_BREAK = 1e-6


def event_pairs(gold: GoldArticle, pred: Predictions) -> list[tuple[int, int]]:
    """The (predicted, gold) event index pairs `kg eval` matches: equal kinds and participant
    sets overlapping by at least `EVENT_MIN_JACCARD` (the README's matching rule). Among pairs
    of equal overlap, those that also agree on date and status are matched first, as the README
    says: `AGREEMENT_TIE_BREAK` is far below any difference two Jaccard values of small sets can
    have, so it only ever decides between otherwise equal assignments."""

    def quality(p: PredEvent, g: GoldEvent) -> float | None:
        if p.kind != g.kind:
            return None
        jac = participant_jaccard(p, g, gold, pred)
        if jac < EVENT_MIN_JACCARD:
            return None
        agree = p.date == g.date and p.status == g.status
        return jac + (AGREEMENT_TIE_BREAK if agree else 0.0)

    return match_one_to_one(pred.events, gold.events, quality)


def score_events(
    gold: GoldArticle, pred: Predictions, sheet: Sheet, errors: dict[str, list[str]]
) -> None:
    pairs = event_pairs(gold, pred)
    sheet["events"] = PRF(len(pairs), len(pred.events), len(gold.events))
    kind_only = match_one_to_one(
        pred.events, gold.events, lambda p, g: 1.0 if p.kind == g.kind else None
    )
    sheet["events.kind_only"] = PRF(len(kind_only), len(pred.events), len(gold.events))
    names = ("date", "date_month_day", "location", "status", "mediator", "initiated_by")
    acc = {name: Accuracy() for name in names}
    for i, j in pairs:
        p, g = pred.events[i], gold.events[j]
        acc["date"].count(p.date == g.date)
        acc["date_month_day"].count(dates_agree(p.date, g.date, month_day=True))
        acc["location"].count(
            (p.location is None and g.location is None)
            or (
                p.location is not None
                and g.location is not None
                and normalize_name(p.location) == normalize_name(g.location)
            )
        )
        acc["status"].count(p.status == g.status)
        acc["mediator"].count(pred_names_match(pred, None, p.mediator, g.mediator, gold))
        acc["initiated_by"].count(pred_names_match(pred, None, p.initiator, g.initiated_by, gold))
        for name, value, want in (
            ("date", p.date, g.date),
            ("status", p.status, g.status),
            ("initiated_by", p.initiator, g.initiated_by),
        ):
            if value != want and not (
                name == "initiated_by" and pred_names_match(pred, None, value, want, gold)
            ):
                errors["event_attribute"].append(f"{g.kind} {name}: {value} for gold {want}")
    for name, a in acc.items():
        sheet[f"events.{name}"] = a
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    errors["event_missed"] += [
        f"{g.kind} {sorted(g.participants)} ({g.status})"
        for j, g in enumerate(gold.events)
        if j not in matched_g
    ]
    errors["event_spurious"] += [
        f"{p.kind} {sorted(p.participants)} ({p.status})"
        for i, p in enumerate(pred.events)
        if i not in matched_p
    ]


# --- one article ----------------------------------------------------------------------------


ERROR_CLASSES = (
    "actor_missed",
    "actor_spurious",
    "actor_type",
    "statement_missed",
    "statement_spurious",
    "statement_speaker",
    "statement_date",
    "event_missed",
    "event_spurious",
    "event_attribute",
)


@dataclass
class ArticleScore:
    id: str
    sheet: Sheet
    errors: dict[str, list[str]]


def score_article(gold: GoldArticle, pred: Predictions) -> ArticleScore:
    sheet: Sheet = {}
    errors: dict[str, list[str]] = {name: [] for name in ERROR_CLASSES}
    score_actors(gold, pred, sheet, errors)
    score_statements(gold, pred, sheet, errors)
    score_events(gold, pred, sheet, errors)
    return ArticleScore(id=gold.id, sheet=sheet, errors=errors)


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"

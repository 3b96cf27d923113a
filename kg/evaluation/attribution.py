"""Statements scored on PolNeAR (brat standoff attributions: Source, Cue and Content spans).

Three views of the same predictions:
- spans, with the two measures of the BBC's citron (its `metrics.py`):
  - `exact`: a cue matches when its offsets are identical; a source or content matches when
    the cues overlap and the spans are identical. Counts, not one-to-one: a prediction is a
    true positive when it matches any gold attribution.
  - `overlap`: tokens shared by predicted and gold spans, over the tokens of the predicted
    spans (precision) and of the gold spans (recall); the measure citron publishes as
    "overlap" (content F1 83.3 on PARC 3.0), with each token counted once.
- `match`, stricter than `overlap`: counts statements as `exact` does, with overlapping
  instead of identical spans.
- the README rules (speaker = Source span text, content = Content span text), one-to-one.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import re
from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path

from kg.evaluation.gold import GoldArticle, GoldStatement, statement_pairs
from kg.evaluation.matching import (
    PRF,
    Accuracy,
    Sheet,
    match_one_to_one,
    names_match,
    normalize_name,
)
from kg.evaluation.predictions import Predictions
from kg.model import Article
from kg.reading import article_key

log = logging.getLogger(__name__)

Spans = tuple[tuple[int, int], ...]
PRONOUNS = {
    "he",
    "she",
    "they",
    "i",
    "we",
    "it",
    "you",
    "him",
    "her",
    "them",
    "his",
    "their",
    "its",
}
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Attribution:
    source: Spans
    cue: Spans
    content: Spans


@dataclass
class PolnearArticle:
    name: str
    article: Article
    attributions: list[Attribution]

    def text_of(self, spans: Spans) -> str:
        return " ".join(self.article.text[s:e] for s, e in spans)


# --- reading --------------------------------------------------------------------------------


def _spans(offsets: str) -> Spans:
    out = []
    for fragment in offsets.split(";"):
        start, end = fragment.split()
        out.append((int(start), int(end)))
    return tuple(out)


def parse_ann(content: str, text: str, origin: str = "<ann>") -> list[Attribution]:
    """Attributions of one brat file: each `E` line ties a source, a cue and a content."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in content.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(offsets))
            if len(parts) > 2 and " ".join(text[s:e] for s, e in spans[parts[0]][1]) != parts[2]:
                log.debug("%s: %s text differs from its offsets", origin, parts[0])
        elif line.startswith("E") and len(parts) >= 2:
            events.append([tuple(arg.split(":", 1)) for arg in parts[1].split()])  # type: ignore[misc]
    out = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
        for role, ref in args:
            base = role.rstrip("0123456789")
            if base in roles and ref in spans:
                roles[base].extend(spans[ref][1])
        if roles["Content"] and roles["Cue"]:
            out.append(
                Attribution(
                    source=tuple(sorted(roles["Source"])),
                    cue=tuple(sorted(roles["Cue"])),
                    content=tuple(sorted(roles["Content"])),
                )
            )
    return out


def _metadata(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "metadata.tsv"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        return {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}


def load_polnear(folder: Path, limit: int | None = None) -> list[PolnearArticle]:
    """Articles of a PolNeAR split folder (`text/`, `attributions/`, `metadata.tsv`)."""
    meta = _metadata(folder)
    out = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        stem = text_path.stem
        anns = sorted((folder / "attributions").glob(f"{stem}_*.ann"))
        if not anns:
            log.warning("%s: no attributions", text_path)
            continue
        # Offsets index the file as stored: no newline translation.
        text = text_path.read_bytes().decode("utf-8")
        row = meta.get(stem, {})
        published: dt.date | None = None
        if row.get("publication_date"):
            try:
                published = dt.date.fromisoformat(row["publication_date"])
            except ValueError:
                log.info("%s: unparseable date %r", stem, row["publication_date"])
        title = row.get("title") or text.split("\n", 1)[0].strip()
        article = Article(
            key=article_key(None, "polnear", stem),
            title=title,
            text=text,
            published=published,
            source=row.get("publisher") or None,
            author=row.get("author") or None,
            origin=str(text_path),
        )
        attributions = parse_ann(anns[0].read_text(encoding="utf-8"), text, str(anns[0]))
        out.append(PolnearArticle(name=stem, article=article, attributions=attributions))
        if limit is not None and len(out) >= limit:
            break
    return out


# --- spans ----------------------------------------------------------------------------------


def spans_overlap(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def spans_envelope(spans: Spans) -> tuple[int, int] | None:
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def _identical(a: Spans, b: Spans) -> bool:
    return spans_envelope(a) == spans_envelope(b)


@dataclass(frozen=True)
class PredAttribution:
    source: Spans
    cue: Spans
    content: Spans
    speaker_name: str | None
    # Every name the system recorded for the speaker (its name, then its aliases): the README
    # rule matches a source through any of them, as for the gold files.
    person: bool
    speaker_names: tuple[str, ...] = ()


def predicted_attributions(pred: Predictions) -> list[PredAttribution]:
    out = []
    for st in pred.statements:
        out.append(
            PredAttribution(
                source=(st.speaker_span,) if st.speaker_span else (),
                cue=(st.cue_span,) if st.cue_span else (),
                content=((st.start, st.end),),
                speaker_name=st.speaker_name,
                speaker_names=tuple(pred.names(st.speaker, st.speaker_name)),
                person=pred.actor_type(st.speaker) == "Person",
            )
        )
    return out


def _count(preds: list[PredAttribution], golds: list[Attribution], role: str, exact: bool) -> PRF:
    """Citron's counting: any matching gold makes a true positive; recall counts gold found."""

    def hit(p: PredAttribution, g: Attribution) -> bool:
        ps, gs = getattr(p, role), getattr(g, role)
        if role != "cue" and not spans_overlap(p.cue, g.cue):
            return False
        if not ps or not gs:
            return role != "cue" and not ps and not gs
        return _identical(ps, gs) if exact else spans_overlap(ps, gs)

    tp = sum(1 for p in preds if any(hit(p, g) for g in golds))
    found = sum(1 for g in golds if any(hit(p, g) for p in preds))
    return _SplitPRF(tp, len(preds), len(golds), found)


class _SplitPRF(PRF):
    """A PRF whose recall numerator (gold found) differs from its precision numerator."""

    def __init__(self, tp: int = 0, predicted: int = 0, gold: int = 0, found: int = 0) -> None:
        super().__init__(tp, predicted, gold)
        self.found = found

    def add(self, other: PRF) -> None:
        super().add(other)
        self.found += other.found if isinstance(other, _SplitPRF) else other.tp

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, float | int]:
        out = super().as_dict()
        out["gold_found"] = self.found
        return out


def _token_index(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _tokens_in(tokens: list[tuple[int, int]], spans: Spans) -> set[int]:
    return {i for i, (s, e) in enumerate(tokens) if any(s < se and ss < e for ss, se in spans)}


def _token_overlap(
    tokens: list[tuple[int, int]], preds: list[PredAttribution], golds: list[Attribution], role: str
) -> PRF:
    """Citron's overlap score: tokens covered by both predicted and gold spans, over tokens
    covered by predicted spans (precision) and by gold spans (recall).

    Each token counts once, however many spans cover it. Citron adds up the shared tokens of
    every (predicted, gold) pair instead, so a duplicate prediction, or gold attributions
    sharing a source or nesting their contents, count a token twice and can take its
    precision past 1; counted once, the score stays a proportion and is never higher.
    """
    predicted: set[int] = set().union(*(_tokens_in(tokens, getattr(p, role)) for p in preds))
    gold: set[int] = set().union(*(_tokens_in(tokens, getattr(g, role)) for g in golds))
    return PRF(len(predicted & gold), len(predicted), len(gold))


# --- one article ----------------------------------------------------------------------------


def source_kind(
    text: str, sentence_start: bool = False, capitalised: Set[str] = frozenset()
) -> str:
    """Rough class of a gold source, to tell unresolvable sources from extraction misses.

    A capital that only opens a sentence ("Authorities said", "Many experts say", "Twelve
    percent said") is no name: a source opening its sentence is named by its first word only
    when the article writes that word with a capital inside a sentence too (`capitalised`).
    """
    words = text.split()
    if not words:
        return "none"
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return "pronoun"
    for k, w in enumerate(words):
        if not w[:1].isupper() or w.casefold() in ("the", "a", "an"):
            continue
        if k == 0 and sentence_start and _bare(w) not in capitalised:
            continue
        return "named"
    return "nominal"


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )[A-Z][\w’'-]*")


def _bare(word: str) -> str:
    return re.sub(r"[’']s$|[^\w-]", "", word)


def capitalised_words(text: str) -> set[str]:
    """Words an article writes with a capital inside a sentence (after a lower-case word)."""
    return {_bare(m.group()) for m in _MID_SENTENCE_CAPITAL.finditer(text)}


def opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"


@dataclass
class PolnearScore:
    id: str
    sheet: Sheet
    errors: dict[str, list[str]]


def score_polnear_article(doc: PolnearArticle, pred: Predictions) -> PolnearScore:
    preds = predicted_attributions(pred)
    golds = doc.attributions
    tokens = _token_index(doc.article.text)
    sheet: Sheet = {}
    for role in ("content", "source", "cue"):
        sheet[f"{role}.exact"] = _count(preds, golds, role, exact=True)
        sheet[f"{role}.match"] = _count(preds, golds, role, exact=False)
        sheet[f"{role}.overlap"] = _token_overlap(tokens, preds, golds, role)

    # Source accuracy: statements paired one-to-one by overlapping content.
    pairs = match_one_to_one(preds, golds, lambda p, g: spans_jaccard(p.content, g.content) or None)
    accuracy, lenient, by_span = Accuracy(), Accuracy(), Accuracy()
    errors: dict[str, list[str]] = {"source_mismatch": [], "missed": [], "spurious": []}
    by_kind: dict[str, Accuracy] = {}
    capitalised = capitalised_words(doc.article.text)
    for i, j in pairs:
        p, g = preds[i], golds[j]
        gold_source = doc.text_of(g.source) or None
        ok = any(names_match(n, gold_source, person=p.person) for n in p.speaker_names) or (
            not p.speaker_names and names_match(None, gold_source)
        )
        accuracy.count(ok)
        # Sources often carry their description ("longtime pollster Pat Caddell"), which the
        # README rule does not strip: a second, lenient figure shows how much that costs.
        lenient.count(ok or _words_within(p.speaker_name, gold_source))
        # Citron's view: the words the system gives as source are the annotated source words
        # (this credits a pronoun or a description that the system also resolved to a name).
        by_span.count(ok or spans_overlap(p.source, g.source))
        kind = source_kind(
            gold_source or "",
            bool(g.source) and opens_sentence(doc.article.text, g.source[0][0]),
            capitalised,
        )
        by_kind.setdefault(kind, Accuracy()).count(ok)
        if not ok:
            errors["source_mismatch"].append(f"{p.speaker_name} for gold {gold_source}")
    sheet["source.accuracy"] = accuracy
    sheet["source.accuracy_lenient"] = lenient
    sheet["source.accuracy_span"] = by_span
    for kind in ("named", "nominal", "pronoun", "none"):
        sheet[f"source.accuracy.{kind}"] = by_kind.get(kind, Accuracy())
    matched_g = {j for _, j in pairs}
    matched_p = {i for i, _ in pairs}
    for j, g in enumerate(golds):
        if j not in matched_g:
            errors["missed"].append(f"{doc.text_of(g.source)} / {doc.text_of(g.cue)}")
    for i, p in enumerate(preds):
        if i not in matched_p:
            cue = doc.text_of(p.cue)
            errors["spurious"].append(f"{p.speaker_name} / {cue}: {_snippet(doc, p.content)}")

    # The README rules, as for the project's gold files.
    as_gold = GoldArticle(
        id=doc.name,
        article=doc.article,
        actors=[],
        statements=[
            GoldStatement(
                speaker=doc.text_of(g.source) or None,
                content=doc.text_of(g.content),
                cue=doc.text_of(g.cue),
            )
            for g in golds
        ],
        events=[],
    )
    n_pred, n_gold = len(pred.statements), len(golds)
    sheet["statements.overlap"] = PRF(
        len(statement_pairs(as_gold, pred, exact=False)), n_pred, n_gold
    )
    sheet["statements.exact"] = PRF(len(statement_pairs(as_gold, pred, exact=True)), n_pred, n_gold)
    sheet["statements.content_only"] = PRF(
        len(statement_pairs(as_gold, pred, exact=False, use_speaker=False)), n_pred, n_gold
    )
    return PolnearScore(id=doc.name, sheet=sheet, errors=errors)


def _words_within(name: str | None, source: str | None) -> bool:
    if not name or not source:
        return False
    words = set(normalize_name(name).split())
    return bool(words) and words <= set(normalize_name(source).split())


def spans_jaccard(a: Spans, b: Spans) -> float:
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    total = sum(e - s for s, e in a) + sum(e - s for s, e in b) - inter
    return inter / total if total > 0 else 0.0


def _snippet(doc: PolnearArticle, spans: Spans, width: int = 50) -> str:
    text = " ".join(doc.text_of(spans).split())
    return text if len(text) <= width else text[: width - 1] + "…"

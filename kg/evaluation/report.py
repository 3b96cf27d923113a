"""Running the three evaluations and reporting them as tables or JSON."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from kg.evaluation.attribution import load_polnear, score_polnear_article
from kg.evaluation.event_typing import load_plover, score_plover
from kg.evaluation.gold import ERROR_CLASSES, iter_gold, score_article
from kg.evaluation.matching import Sheet, merge_sheets, sheet_dict
from kg.evaluation.predictions import predict
from kg.ingest import Summary

log = logging.getLogger(__name__)

Result = dict[str, object]


def _ingest_dict(summary: Summary) -> dict[str, object]:
    return {
        "read": summary.read,
        "written": summary.written,
        "rejected": summary.rejected,
        "errors": summary.errors,
    }


def run_gold(paths: Sequence[Path], workers: int = 1) -> Result:
    golds = list(iter_gold(paths))
    run = predict([g.article for g in golds], workers=workers)
    overall: Sheet = {}
    errors: dict[str, list[str]] = {name: [] for name in ERROR_CLASSES}
    articles = []
    for g in golds:
        score = score_article(g, run.by_key[g.article.key])
        merge_sheets(overall, score.sheet)
        for name, items in score.errors.items():
            errors[name] += [f"[{g.id}] {item}" for item in items]
        articles.append({"id": g.id, "scores": sheet_dict(score.sheet), "errors": score.errors})
    return {
        "kind": "gold",
        "articles": articles,
        "overall": sheet_dict(overall),
        "errors": errors,
        "ingest": _ingest_dict(run.summary),
    }


def run_polnear(folder: Path, workers: int = 1, limit: int | None = None) -> Result:
    docs = load_polnear(folder, limit)
    run = predict([d.article for d in docs], workers=workers)
    overall: Sheet = {}
    errors: dict[str, list[str]] = {}
    articles = []
    for d in docs:
        score = score_polnear_article(d, run.by_key[d.article.key])
        merge_sheets(overall, score.sheet)
        for name, items in score.errors.items():
            errors.setdefault(name, []).extend(f"[{d.name}] {item}" for item in items)
        articles.append({"id": d.name, "scores": sheet_dict(score.sheet)})
    overall["articles"] = len(docs)
    overall["attributions"] = sum(len(d.attributions) for d in docs)
    return {
        "kind": "polnear",
        "articles": articles,
        "overall": sheet_dict(overall),
        "errors": errors,
        "ingest": _ingest_dict(run.summary),
    }


def run_plover(path: Path, workers: int = 1, limit: int | None = None) -> Result:
    records = load_plover(path, limit)
    run = predict([r.article for r in records], workers=workers)
    score = score_plover(records, run.by_key)
    return {
        "kind": "plover",
        "overall": sheet_dict(score.sheet),
        "per_type": {t: prf.as_dict() for t, prf in score.per_type.items()},
        "confusion": score.confusion,
        "errors": score.errors,
        "ingest": _ingest_dict(run.summary),
    }


# --- text tables ----------------------------------------------------------------------------

# Per-article columns: (header, metric, field).
ARTICLE_COLUMNS = {
    "gold": [
        ("actors F1", "actors", "f1"),
        ("st.ovl F1", "statements.overlap", "f1"),
        ("st.exact F1", "statements.exact", "f1"),
        ("events F1", "events", "f1"),
        ("splits", "actors.splits", ""),
        ("merges", "actors.merges", ""),
    ],
    "polnear": [
        ("content.exact F1", "content.exact", "f1"),
        ("content.ovl F1", "content.overlap", "f1"),
        ("content.match F1", "content.match", "f1"),
        ("source.exact F1", "source.exact", "f1"),
        ("cue.exact F1", "cue.exact", "f1"),
        ("source acc", "source.accuracy_span", "accuracy"),
    ],
}


def _fmt(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _metric_line(name: str, metric: object) -> str:
    if isinstance(metric, dict) and "f1" in metric:
        return (
            f"  {name:<32} P {_fmt(metric['precision'])}  R {_fmt(metric['recall'])}  "
            f"F1 {_fmt(metric['f1'])}   ({metric['tp']} tp, {metric['predicted']} predicted, "
            f"{metric['gold']} gold)"
        )
    if isinstance(metric, dict) and "accuracy" in metric:
        return (
            f"  {name:<32} accuracy {_fmt(metric['accuracy'])}   "
            f"({metric['correct']}/{metric['total']})"
        )
    return f"  {name:<32} {metric}"


def render(result: Result, examples: int = 5) -> str:
    kind = str(result["kind"])
    lines = [f"== {kind} =="]
    articles = result.get("articles")
    if isinstance(articles, list) and kind in ARTICLE_COLUMNS:
        cols = ARTICLE_COLUMNS[kind]
        width = max([len("article")] + [len(str(a["id"])) for a in articles])
        width = min(width, 48)
        lines.append("article".ljust(width) + "  " + "  ".join(h for h, _, _ in cols))
        for a in articles:
            scores = a["scores"]
            cells = []
            for header, metric, field in cols:
                value = scores.get(metric)
                cell = value.get(field) if isinstance(value, dict) else value
                cells.append(_fmt(cell).rjust(len(header)))
            lines.append(str(a["id"])[:width].ljust(width) + "  " + "  ".join(cells))
        lines.append("")
    lines.append("overall (micro-averaged over articles):")
    overall = result["overall"]
    assert isinstance(overall, dict)
    lines += [_metric_line(name, metric) for name, metric in overall.items()]
    per_type = result.get("per_type")
    if isinstance(per_type, dict):
        lines.append("")
        lines.append("per PLOVER type (predicted 'none' = no typed act):")
        lines += [_metric_line(t, m) for t, m in per_type.items()]
        lines.append("")
        lines.append("confusion (gold -> predicted counts):")
        confusion = result["confusion"]
        assert isinstance(confusion, dict)
        for gold_type, row in confusion.items():
            counts = ", ".join(f"{k} {v}" for k, v in row.items())
            lines.append(f"  {gold_type:<12} {counts}")
    ingest = result.get("ingest")
    if isinstance(ingest, dict) and ingest.get("rejected"):
        lines.append(f"ingest: {ingest['rejected']} article(s) rejected, scored as empty")
    errors = result.get("errors")
    if isinstance(errors, dict) and examples:
        lines.append("")
        lines.append("errors (count, first examples):")
        for name, found in errors.items():
            lines.append(f"  {name}: {len(found)}")
            lines += [f"    - {item}" for item in found[:examples]]
    return "\n".join(lines) + "\n"

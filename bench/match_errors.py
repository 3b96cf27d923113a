"""Where PolNeAR's statement match is lost: the classes of error, counted (issue 14).

    .venv/bin/python bench/match_errors.py /work/evalsplit/polnear-tune --examples 3

`kg eval --polnear` gives the scores and lists of missed and spurious attributions; this
counts why. Against the gold attributions, with the scorer's own rules (a statement matches
a gold attribution when their cues and their contents overlap, `content.match`):

- gold attributions: found; content found under another cue (a nested report, a neighbour);
  nothing found (no cue read), with the gold cue words most often missed;
- our statements: right; content overlapping a gold one under another cue; the right cue
  with content elsewhere; spurious (nothing of ours overlaps), with their cue words;
- content extents of the pairs the scorer matches one-to-one: where the boundaries differ
  (more than two characters off at the start or at the end);
- named sources (as `kg eval` classes them) of those pairs that the name rule rejects: no
  speaker; our source words overlap the gold Source (its description, or a role it names,
  that the name rule does not match), our source words elsewhere; under another cue.

Its counts are for reading, not for the trainers: the classes say which part to work on.
Source errors in more depth: `bench/source_errors.py`.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.evaluation.attribution import (
    Attribution,
    PolnearArticle,
    PredAttribution,
    capitalised_words,
    load_polnear,
    opens_sentence,
    predicted_attributions,
    source_kind,
    spans_envelope,
    spans_jaccard,
    spans_overlap,
)
from kg.evaluation.matching import match_one_to_one, names_match
from kg.evaluation.predictions import predict

# Boundaries this many characters apart count as the same (a quote mark, a space).
SLACK = 2


class Tally:
    def __init__(self, examples: int) -> None:
        self.counts: dict[str, Counter[str]] = {}
        self.examples: dict[str, list[str]] = {}
        self.limit = examples

    def add(self, table: str, key: str, example: str = "") -> None:
        self.counts.setdefault(table, Counter())[key] += 1
        shown = self.examples.setdefault(f"{table}: {key}", [])
        if example and len(shown) < self.limit:
            shown.append(example)

    def report(self) -> str:
        lines = []
        for table, counts in self.counts.items():
            lines.append(f"== {table}")
            for key, n in counts.most_common(40 if table.endswith("words") else None):
                lines.append(f"  {n:5d}  {key}")
                lines += [f"         {e}" for e in self.examples.get(f"{table}: {key}", [])]
        return "\n".join(lines)


def _boundary(ours: tuple[int, int], gold: tuple[int, int]) -> str:
    start = (
        "starts early"
        if ours[0] < gold[0] - SLACK
        else "starts late"
        if ours[0] > gold[0] + SLACK
        else ""
    )
    end = (
        "ends late"
        if ours[1] > gold[1] + SLACK
        else "ends early"
        if ours[1] < gold[1] - SLACK
        else ""
    )
    return " & ".join(w for w in (start, end) if w) or "same"


def _golds(doc: PolnearArticle, preds: list[PredAttribution], tally: Tally) -> None:
    for g in doc.attributions:
        cue = doc.text_of(g.cue).lower()
        if any(spans_overlap(p.cue, g.cue) and spans_overlap(p.content, g.content) for p in preds):
            tally.add("gold attributions", "found")
            continue
        other = next((p for p in preds if spans_overlap(p.content, g.content)), None)
        if other is not None:
            ours = doc.text_of(other.cue)
            tally.add(
                "gold attributions", "content found, other cue", f"gold '{cue}', ours '{ours}'"
            )
            continue
        content = doc.text_of(g.content)[:80]
        tally.add(
            "gold attributions", "nothing found", f"'{doc.text_of(g.source)}' {cue}: {content}"
        )
        tally.add("cue words of gold attributions with nothing found", cue)


def _ours(doc: PolnearArticle, preds: list[PredAttribution], tally: Tally) -> None:
    golds = doc.attributions
    for p in preds:
        cue = doc.text_of(p.cue).lower()
        if any(spans_overlap(p.cue, g.cue) and spans_overlap(p.content, g.content) for g in golds):
            key = "right"
        elif any(spans_overlap(p.content, g.content) for g in golds):
            key = "content of a gold attribution, other cue"
        elif any(spans_overlap(p.cue, g.cue) for g in golds):
            key = "gold cue, content elsewhere"
        else:
            key = "spurious"
            tally.add("cue words of spurious statements", cue)
        tally.add("our statements", key, f"{cue}: {doc.text_of(p.content)[:80]}")


def _named(doc: PolnearArticle, p: PredAttribution, g: Attribution, tally: Tally) -> None:
    text = doc.article.text
    gold = doc.text_of(g.source) or None
    first = bool(g.source) and opens_sentence(text, g.source[0][0])
    if gold is None or source_kind(gold, first, capitalised_words(text)) != "named":
        return
    if any(names_match(n, gold, person=p.person) for n in p.speaker_names):
        tally.add("named sources", "right")
        return
    if p.speaker_name is None:
        key = "no speaker"
    elif p.source and spans_overlap(p.source, g.source):
        key = "our source words overlap the gold Source, the name rule rejects"
    else:
        key = "our source words elsewhere"
    if not spans_overlap(p.cue, g.cue):
        key = f"other cue: {key}"
    tally.add(
        "named sources", key, f"ours '{p.speaker_name}' ({doc.text_of(p.source)}), gold '{gold}'"
    )


def article_errors(doc: PolnearArticle, preds: list[PredAttribution], tally: Tally) -> None:
    _golds(doc, preds, tally)
    _ours(doc, preds, tally)
    golds = doc.attributions
    pairs = match_one_to_one(preds, golds, lambda p, g: spans_jaccard(p.content, g.content) or None)
    for i, j in pairs:
        ours, gold = spans_envelope(preds[i].content), spans_envelope(golds[j].content)
        if ours is not None and gold is not None:
            text = doc.article.text
            example = f"ours [{text[ours[0] : ours[1]][:70]}] gold [{text[gold[0] : gold[1]][:70]}]"
            tally.add("content extents (matched pairs)", _boundary(ours, gold), example)
        _named(doc, preds[i], golds[j], tally)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("split", type=Path, help="a PolNeAR folder (text/, attributions/)")
    ap.add_argument("--examples", type=int, default=0, help="examples shown per class")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    docs = load_polnear(args.split)
    run = predict([d.article for d in docs], workers=args.workers)
    tally = Tally(args.examples)
    for doc in docs:
        article_errors(doc, predicted_attributions(run.by_key[doc.article.key]), tally)
    print(tally.report())


if __name__ == "__main__":
    main()

"""Whether a learned decision can date an undated held event to the story's occasion (the call
or meeting the headline and lede report, the one the story's dated sayings are made at): the
day `Timeline.story` already gives the story's undated sayings. Tried in session 35 and not
shipped: with each set left out it never gains (README, "Occasion days of undated events").

    .venv/bin/python bench/train_event_occasion.py --dry-run --cached   # left-out-set report
    .venv/bin/python bench/train_event_occasion.py --out /tmp/event_occasion.json

Data: the pipeline's output on the tuning pool of session 35 (`event_occasion_data.SETS`,
`attribution_training.TUNE_SETS`: silver40 to silver48, realnews-tune and both golds; never a
validation or held-out set), extracted once per story and cached (`event_occasion_data.py`,
under /tmp/event_occasion_cache). Every
predicted held event without a date that `kg eval` pairs with a gold event is an example: positive
when the gold event's date is the story's occasion day (`Timeline.story`), negative when the gold
leaves it undated; a gold event at another day is left out (neither choice is right). The model is
`attribution_training.fit_logistic` (L2); the L2 strength and the threshold are chosen by each
silver set left out in turn (trained on the others, grouped by story), by the summed gain in
event dates right (a positive taken +1, a negative taken -1); the report gives each set's gain
with its own stories unseen, beside a plain rule's. Only the weights are written; no text.
"""

from __future__ import annotations

import argparse
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from attribution_training import L2S, fit_logistic, write_weights
from event_occasion_data import CACHE, SETS, Story, stories
from spacy.tokens import Doc, Token
from story_cache import english_vocab

from kg.extract.linear_weights import LinearModel
from kg.extract.timeline_story import Anchor
from kg.extract.timeline_text import paragraphs
from kg.extract.timeline_words import EARLIER_WORDS, clause_verb
from kg.model import Event, PartialDate, Statement
from kg.nlp import doc_text

log = logging.getLogger("train_event_occasion")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def tense(tok: Token) -> str:
    """The tense and aspect of the clause the event word is told in, as one feature value."""
    verb = clause_verb(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return "none"
    aux = {k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "shall", "to", "may", "might", "could", "should", "can"}:
        return "modal"
    if "had" in aux:
        return "pluperfect"
    if aux & {"has", "have"}:
        return "perfect"
    if verb.tag_ == "VBD" or aux & {"was", "were", "did"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or aux & {"is", "are", "am", "does", "do"}:
        return "present"
    return verb.tag_ or "other"


def _bucket(n: int, top: int) -> str:
    return str(n) if n < top else f"{top}+"


def features(
    doc: Doc,
    event: Event,
    spans: Sequence[tuple[int, int]],
    events: Sequence[tuple[Event, Sequence[tuple[int, int]]]],
    statements: Sequence[Statement],
    anchors: Sequence[Anchor],
    story: PartialDate,
) -> list[str]:
    """The features of an undated held event whose trigger spans are `spans`."""
    text = doc_text(doc)
    paras = paragraphs(text)

    def para_of(offset: int) -> int:
        return next((n for n, (s, e) in enumerate(paras) if s <= offset < e), len(paras))

    toks = [t for t in (doc.char_span(s, e, alignment_mode="expand") for s, e in spans) if t]
    if not toks:
        return []
    first = min(toks, key=lambda sp: sp.start_char).root
    para = para_of(first.idx)
    sents = {t.root.sent.start_char for t in toks}
    fs = [
        "bias",
        f"kind={event.kind}",
        f"para={_bucket(para, 4)}",
        f"mentions={_bucket(len(toks), 3)}",
        f"tense={tense(first)}",
        f"pos={first.pos_}",
        f"kind_para={event.kind}/{min(para, 2)}",
    ]
    if any(a.sent in sents for a in anchors):
        fs.append("anchor_in_sentence")
    if any(a.sent == first.sent.start_char for a in anchors):
        fs.append("anchor_first_sentence")
    if any(a.value is not None and a.value != story and a.sent in sents for a in anchors):
        fs.append("other_day_in_sentence")
    if any(a.value == story and para_of(a.start) == para for a in anchors):
        fs.append("story_day_in_paragraph")
    if any(t.lower_ in EARLIER_WORDS for t in first.children):
        fs.append("earlier_word")
    head = para_of(0)
    same_kind = [sp for ev, ss in events if ev.kind == event.kind for sp in ss]
    if any(para_of(s) == head for s, _ in same_kind):
        fs.append("headline_kind")
    if any(para_of(s) == head for s, _ in spans):
        fs.append("in_headline")
    for st in statements:
        if st.date is None:
            continue
        where = para_of(st.cue.start)
        sent = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
        start = sent.root.sent.start_char if sent is not None and len(sent) else -1
        tag = "story" if st.date == story else "other"
        if start in sents:
            fs.append(f"saying_sentence={tag}")
        elif where == para:
            fs.append(f"saying_paragraph={tag}")
    return sorted(set(fs))


@dataclass
class Example:
    group: str
    story: str
    features: list[str]
    gain: int  # +1: the occasion's day is right; -1: gold leaves it undated; 0: another day


def examples(data: list[Story]) -> list[Example]:
    out = []
    for s in data:
        c = s.captured
        if c.story_day is None:
            continue
        doc = Doc(english_vocab()).from_bytes(c.doc)
        pairs = list(zip(c.events.events, c.events.triggers, strict=True))
        for n, (ev, spans) in enumerate(pairs):
            gold = s.gold_dates[n] if n < len(s.gold_dates) else False
            if ev.date is not None or ev.status != "held" or gold is False or not spans:
                continue
            fs = features(doc, ev, spans, pairs, c.statements, c.anchors, c.story_day)
            if not fs:
                continue
            gain = 1 if gold == c.story_day.iso() else (-1 if gold is None else 0)
            out.append(Example(s.group, s.name, fs, gain))
    return out


def fit(train: list[Example], l2: float) -> LinearModel:
    rows = [(e.features, e.gain > 0) for e in train if e.gain != 0]
    return LinearModel(fit_logistic(rows, l2), 0.5)


def rule(e: Example) -> bool:
    """The plain rule beside the model: an event of the headline's kind, told in the past in
    the first paragraphs, with no time in its sentence."""
    fs = set(e.features)
    return (
        "headline_kind" in fs
        and "tense=past" in fs
        and "anchor_in_sentence" not in fs
        and not {"para=3+"} & fs
    )


def left_out(exs: list[Example], l2: float) -> dict[str, list[tuple[float, int]]]:
    """Per set: (probability, gain) of its examples from a model trained on the other sets."""
    groups = sorted({e.group for e in exs})
    out: dict[str, list[tuple[float, int]]] = {}
    for g in groups:
        m = fit([e for e in exs if e.group != g], l2)
        out[g] = [(m.probability(e.features), e.gain) for e in exs if e.group == g]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--cached", action="store_true", help="only the stories already cached")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    exs = examples(stories(SETS, CACHE, extract=not args.cached))
    by_set: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for e in exs:
        by_set[e.group][{1: 0, -1: 1, 0: 2}[e.gain]] += 1
    for g, c in sorted(by_set.items()):
        print(f"{g:32} occasion {c[0]:3}  undated {c[1]:3}  other day {c[2]:3}")
    rule_gain = defaultdict(int)
    for e in exs:
        rule_gain[e.group] += e.gain if rule(e) else 0
    print("rule", dict(rule_gain), "sum", sum(rule_gain.values()))
    best = None
    for l2 in L2S:
        scored = left_out(exs, l2)
        for t in THRESHOLDS:
            gains = {g: sum(gn for p, gn in v if p >= t) for g, v in scored.items()}
            total = sum(gains.values())
            print(f"l2={l2} t={t} sum {total:+d} worst {min(gains.values()):+d}", gains)
            if best is None or total > best[0]:
                best = (total, l2, t)
    assert best is not None
    print("best", best)
    if args.dry_run or args.out is None:
        return
    _, l2, t = best
    m = fit(exs, l2)
    about = (
        "Event occasion model: the probability that an undated"
        " held event is the story's occasion and takes its day. Trained by"
        " bench/train_event_occasion.py on the session-35 tuning pool (silver40-48,"
        " realnews-tune, gold; see README's trainers); threshold and L2 chosen with each set"
        " left out."
    )
    write_weights(args.out, about, l2, t, ("examples", len(exs)), m.weights)


if __name__ == "__main__":
    main()

"""Where kind-only event errors come from on the TUNE stories, and whether a learned re-typer of
final events beats the rules' kinds (issue 15; README "Learned event check").

    .venv/bin/python bench/event_kind_errors.py            # error classes, then re-typer CV
    .venv/bin/python bench/event_kind_errors.py --no-retype

It reads the stories as `bench/train_events.py` extracts and caches them (`EVENT_SETS`, same
cache), so it costs one pipeline pass after a rules change and seconds after that.

Error classes. `kg eval`'s kind-only matching pairs events of equal kinds only, so per story
it is the kind histograms' overlap: of the gold events left unmatched, as many as there are
unmatched found events of another kind could be fixed by re-typing ("wrong kind"); the rest
are "missed"; the found events left over are "extra". Per gold event, its `evidence` span is
looked up in the text: a final event's trigger of its kind lies in it (found), of another
kind only (other kind), none but a word of the trigger lexicon (a candidate the rules
dropped), or no trigger word at all (a gap of the lexicon). And every trigger-lexicon match
the rules dropped: how many lie in a gold evidence of their kind.

Re-typer. One logistic model per kind (one against the rest), over the event check's features
and the lemmas of the nouns, verbs and adjectives of the trigger's sentences (general
vocabulary, no names: PROPN is left out), trained on the events that align by participants
with a gold event (`Example.gold_kind`); an event takes the top kind when its probability beats
the rules' kind by more than a margin. Scored out of fold (5 folds by story, several shuffles)
and with each set left out of training, by the kind-only F1, pooled and as the mean over the
sets; `--kinds meeting negotiation_round` moves events between those kinds only.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
from collections import Counter
from pathlib import Path

from attribution_training import fit_logistic
from spacy.tokens import Doc
from story_cache import english_vocab
from train_events import CACHE, EVENT_SETS, Story, stories

from kg.evaluation.gold import gold_files
from kg.extract.event_check import _head
from kg.extract.event_triggers import TRIGGERS
from kg.extract.linear_weights import LinearModel

log = logging.getLogger("event_kind_errors")

Key = tuple[str, str]  # a story's set and name
Evidence = tuple[int, int, str]  # start, end, gold kind


def gold_of(sets: list[Path]) -> dict[Key, list[tuple[str, str]]]:
    """Each story's gold events as (kind, evidence text), from the gold files."""
    out: dict[Key, list[tuple[str, str]]] = {}
    for folder in sets:
        for path in gold_files([folder]):
            raw = json.loads(path.read_text())
            key = (f"{folder.parent.name}/{folder.name}", path.stem)
            out[key] = [(e["kind"], e.get("evidence") or "") for e in raw.get("events", [])]
    return out


def kind_tp(found: list[str], gold: Counter[str]) -> int:
    """Kind-only matches of one story: the histograms' overlap."""
    have = Counter(found)
    return sum(min(n, have[k]) for k, n in gold.items())


def error_classes(data: list[Story], gold: dict[Key, list[tuple[str, str]]]) -> None:
    per_set: dict[str, Counter[str]] = {}
    confusions: Counter[tuple[str, str]] = Counter()
    for s in data:
        want = Counter(k for k, _ in gold[(s.group, s.name)])
        have = Counter(ex.kind_name for ex in s.examples)
        excess = {k: n - want[k] for k, n in have.items() if n > want[k]}
        lack = {k: n - have[k] for k, n in want.items() if n > have[k]}
        wrong = min(sum(excess.values()), sum(lack.values()))
        c = per_set.setdefault(s.group, Counter())
        c.update(
            tp=kind_tp([ex.kind_name for ex in s.examples], want),
            found=sum(have.values()),
            gold=sum(want.values()),
            wrong_kind=wrong,
            missed=sum(lack.values()) - wrong,
            extra=sum(excess.values()) - wrong,
        )
        for a, na in excess.items():
            for b, nb in lack.items():
                confusions[(a, b)] += min(na, nb)
    total: Counter[str] = Counter()
    for group, c in sorted(per_set.items()):
        total.update(c)
        log.info("%-26s %s", group, dict(c))
    log.info("%-26s %s", "pooled", dict(total))
    log.info("wrong kind, found -> gold: %s", confusions.most_common(12))


def evidence_classes(data: list[Story], gold: dict[Key, list[tuple[str, str]]]) -> None:
    by_kind: dict[str, Counter[str]] = {}
    dropped: Counter[str] = Counter()
    for s in data:
        text = Doc(english_vocab()).from_bytes(s.captured.doc).text
        events = s.captured.events
        pairs = zip(events.events, events.triggers, strict=True)
        spans = [(a, b, ev.kind) for ev, tr in pairs for a, b in tr]
        lexicon = [(m.start(), m.end(), k) for p, k in TRIGGERS for m in p.finditer(text)]
        evidence: list[Evidence] = []
        for kind, words in gold[(s.group, s.name)]:
            start = text.find(words) if words else -1
            if start < 0:
                cls = "no evidence in text"
            else:
                end = start + len(words)
                evidence.append((start, end, kind))
                inside = {k for a, b, k in spans if a < end and b > start}
                in_lexicon = {k for a, b, k in lexicon if start <= a and b <= end}
                cls = (
                    "found"
                    if kind in inside
                    else "other kind"
                    if inside
                    else "lexicon word dropped"
                    if kind in in_lexicon
                    else "lexicon word of other kind"
                    if in_lexicon
                    else "no lexicon word"
                )
            by_kind.setdefault(kind, Counter())[cls] += 1
        for a, b, k in lexicon:
            if any(x < b and y > a for x, y, _ in spans):
                continue
            gold_here = any(x <= a and b <= y and g == k for x, y, g in evidence)
            dropped["in its kind's evidence" if gold_here else "not"] += 1
    total: Counter[str] = Counter()
    for kind, c in sorted(by_kind.items()):
        total.update(c)
        log.info("gold %-18s %s", kind, dict(c))
    log.info("gold %-18s %s", "all", dict(total))
    log.info("trigger-lexicon matches the rules dropped: %s", dict(dropped))


def sentence_lemmas(s: Story) -> list[list[str]]:
    """Per event, the general lemmas of its trigger's sentences (no names)."""
    doc = Doc(english_vocab()).from_bytes(s.captured.doc)
    out = []
    for trigger in s.captured.events.triggers:
        words: set[str] = set()
        for span in trigger:
            head = _head(doc, span)
            if head is None:
                continue
            for tok in head.sent:
                if tok.pos_ in ("NOUN", "VERB", "ADJ") and tok.is_alpha and not tok.is_stop:
                    if tok.i != head.i:
                        words.add(f"ctx={tok.lemma_.lower()}")
        out.append(sorted(words))
    return out


Probs = dict[tuple[int, int], dict[str, float]]  # (story, event) -> kind -> probability


def out_of_fold(
    data: list[Story], rows: list[list[list[str]]], kinds: list[str], l2: float, fold: list[str]
) -> Probs:
    """Each event's kind probabilities from models fitted on the stories of the other folds
    (`fold[i]`: story i's fold, a shuffled fold or its set)."""
    probs: Probs = {}
    for k in sorted(set(fold)):
        train = [
            (rows[i][j], ex.gold_kind)
            for i, s in enumerate(data)
            if fold[i] != k
            for j, ex in enumerate(s.examples)
            if ex.gold_kind
        ]
        models = {
            kind: LinearModel(fit_logistic([(f, g == kind) for f, g in train], l2), 0.0)
            for kind in kinds
        }
        for i, s in enumerate(data):
            if fold[i] == k:
                for j in range(len(s.examples)):
                    probs[(i, j)] = {q: m.probability(rows[i][j]) for q, m in models.items()}
    return probs


def retype_cv(
    data: list[Story], gold: dict[Key, list[tuple[str, str]]], seeds: int, only: list[str]
) -> None:
    """The re-typer out of fold: grouped 5-fold CV over stories (several shuffles) and each set
    left out of training. `only`: the kinds it may move events between (all when empty)."""
    rows = [
        [ex.features + more for ex, more in zip(s.examples, sentence_lemmas(s), strict=True)]
        for s in data
    ]
    kinds = only or sorted({ex.kind_name for s in data for ex in s.examples})
    wants = [Counter(k for k, _ in gold[(s.group, s.name)]) for s in data]

    def score(found: list[list[str]]) -> tuple[float, float, dict[str, float]]:
        sets: dict[str, list[int]] = {}
        for s, f, want in zip(data, found, wants, strict=True):
            t = sets.setdefault(s.group, [0, 0, 0])
            t[0] += kind_tp(f, want)
            t[1] += len(f)
            t[2] += sum(want.values())
        f1 = {g: 2 * tp / (n + gl) if n + gl else 0.0 for g, (tp, n, gl) in sets.items()}
        tp, n, g = (sum(t[i] for t in sets.values()) for i in range(3))
        return 2 * tp / (n + g), sum(f1.values()) / len(f1), f1

    rules = [[ex.kind_name for ex in s.examples] for s in data]
    base = score(rules)
    log.info("rules: kind-only F1 pooled %.4f, mean of sets %.4f", base[0], base[1])

    def retyped(probs: Probs, margin: float) -> tuple[list[list[str]], Counter[str]]:
        found = [list(r) for r in rules]
        flips: Counter[str] = Counter()
        for (i, j), p in probs.items():
            ex = data[i].examples[j]
            if ex.kind_name not in p:
                continue  # a kind the re-typer does not move
            top = max(p, key=lambda q: p[q])
            if top != ex.kind_name and p[top] - p[ex.kind_name] > margin:
                found[i][j] = top
                right, wrong = ex.gold_kind == top, ex.gold_kind == ex.kind_name
                flips["right" if right else "wrong" if wrong else "unaligned"] += 1
        return found, flips

    for l2 in (0.003, 0.01, 0.03):
        folds: list[tuple[str, list[str]]] = []
        for seed in range(seeds):
            order = list(range(len(data)))
            random.Random(seed).shuffle(order)
            at = {i: n % 5 for n, i in enumerate(order)}
            folds.append((f"shuffle {seed}", [str(at[i]) for i in range(len(data))]))
        folds.append(("set-out", [s.group for s in data]))
        for label, fold in folds:
            probs = out_of_fold(data, rows, kinds, l2, fold)
            for margin in (0.0, 0.2, 0.4):
                found, flips = retyped(probs, margin)
                pooled, mean, per_set = score(found)
                log.info(
                    "l2 %g %s margin %.1f: flips %s, kind-only F1 pooled %.4f, mean %.4f",
                    l2,
                    label,
                    margin,
                    dict(flips),
                    pooled,
                    mean,
                )
                if label == "set-out":
                    log.info(
                        "    per set: %s",
                        ", ".join(
                            f"{g} {base[2][g]:.3f}->{f:.3f}" for g, f in sorted(per_set.items())
                        ),
                    )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--sets", type=Path, nargs="*", default=list(EVENT_SETS))
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--no-retype", action="store_true", help="the error classes only")
    ap.add_argument("--shuffles", type=int, default=3)
    ap.add_argument("--kinds", nargs="*", default=[], help="re-type between these kinds only")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    sets = [s for s in args.sets if s.is_dir()]
    data = stories(sets, args.cache)
    gold = gold_of(sets)
    error_classes(data, gold)
    evidence_classes(data, gold)
    if not args.no_retype:
        retype_cv(data, gold, args.shuffles, args.kinds)


if __name__ == "__main__":
    main()

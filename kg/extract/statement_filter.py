"""Which reported statements are no statement at all: a learned check (issue 14).

The broad readers (any main verb whose subject is someone, the learned cue detector) also read
deeds as statements: `filed suit challenging the law`, `unveiled the first draft`, `chose NBC's
Lester Holt`. A linear model (logistic regression over cheap features of the statement: the
cue's lemma, POS and dependency, whether it is a verb of saying, how the content hangs on the
cue, the content's length, who the speaker is, quotation and headline) gives the probability
that a reported statement is one; a statement below the threshold is dropped. Quotations are
never asked about.

Weights: `statement_filter.json`, trained by `bench/train_filter.py` on the PolNeAR train split
(see README "Learned statement check"); on unless `KG_STATEMENT_FILTER=off` (or a path to other
weights).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from kg.extract.actors import ActorIndex
from kg.extract.linear_weights import LinearModel, weights_file
from kg.extract.statement_words import SAYING, SPEECH_VERBS
from kg.nlp import doc_text

log = logging.getLogger(__name__)
# Its KG_* variable and default; the pipeline records it in the extractor's name when set.
SETTING = ("STATEMENT_FILTER", "on")

WEIGHTS_PATH = Path(__file__).with_name("statement_filter.json")
QUOTE_MARKS = ("“", "”", '"')


# Its threshold: the least probability for a reported statement to be kept.
Model = LinearModel


@cache
def load_model() -> Model | None:
    """`KG_STATEMENT_FILTER=on` (the default) loads the shipped weights, a path other weights,
    `off` none (every statement the readers found is kept)."""
    path = weights_file(SETTING, WEIGHTS_PATH, "statement-check", "every statement is kept")
    return None if path is None else Model.read(path)


def _bucket(n: int) -> str:
    return "1-3" if n <= 3 else "4-8" if n <= 8 else "9-15" if n <= 15 else "16+"


def features(
    doc: Doc,
    cue: tuple[int, int],
    content: tuple[int, int],
    speaker: tuple[str | None, bool],
    headline: bool,
) -> list[str]:
    """The features of one reported statement; `speaker` is the speaker's actor type (None
    when it has none) and whether any speaker words were found."""
    cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    words = doc.char_span(content[0], content[1], alignment_mode="expand")
    if cue_span is None or words is None or not len(words):
        return ["bias", "unaligned"]
    t = cue_span.root
    root = words.root
    lemma = t.lemma_.lower()
    hangs = "child" if root.head.i == t.i else "self" if root.i == t.i else "other"
    kind, has_words = speaker
    who = kind if kind is not None else "words" if has_words else "none"
    text = doc_text(doc)[content[0] : content[1]]
    out = [
        "bias",
        f"lemma={lemma}",
        f"pos={t.pos_}",
        f"dep={t.dep_}",
        f"tag={t.tag_}",
        f"speech={lemma in SPEECH_VERBS}",
        f"saying={t.lower_ in SAYING}",
        f"content={root.dep_}|{hangs}",
        f"content_pos={root.pos_}",
        f"content_len={_bucket(len(words))}",
        f"who={who}",
        f"headline={headline}",
        f"quote={any(q in text for q in QUOTE_MARKS)}",
        f"cue_len={min(len(cue_span), 4)}",
    ]
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is not None:
        out.append(f"obj={obj.lemma_.lower()}")
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children):
        out.append("that")
    return out


def speaker_kind(speaker: str | None, actors: ActorIndex) -> str | None:
    """The speaker's actor type, for `features`."""
    if speaker is None:
        return None
    return str(actors.by_id(speaker).type)


def kept(
    doc: Doc,
    found: list[tuple[tuple[int, int], tuple[int, int], str, tuple[str | None, bool]]],
    headline_end: int,
    model: Model | None = None,
) -> list[bool]:
    """Whether each statement is kept: `found` holds each one's cue, content, kind and speaker
    (actor type, words found); quotations are always kept."""
    model = model or load_model()
    if model is None:
        return [True] * len(found)
    return [
        kind != "indirect"
        or model.probability(features(doc, cue, content, who, cue[0] < headline_end))
        >= model.threshold
        for cue, content, kind, who in found
    ]

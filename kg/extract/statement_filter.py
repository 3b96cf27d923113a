"""Which reported statements are no statement at all: a learned check (issue 14).

The broad readers (any main verb whose subject is someone, the learned cue detector) also read
deeds as statements: `filed suit challenging the law`, `unveiled the first draft`, `chose NBC's
Lester Holt`; and on news, talk told as a deed (`shared views on X`, `spoke about X`), a
fragment (`reiterated this`), what unnamed sources or statistics say, a headline's label. A
linear model (logistic regression over cheap features of the statement: the cue's lemma, POS and
dependency, whether it is a verb of saying, how the content hangs on the cue, the content's
form (length, a clause or a phrase, a lone pronoun, a question), how the speaker is told (a
name, a pronoun, a plain noun such as `sources`), quotation, headline and a colon before the
cue) gives the probability that a reported statement is one; a statement below the threshold is
dropped. Quotations are never asked about.

Weights: `statement_filter.json`, trained by `bench/train_filter.py` on realnews-style news
stories (see README "Learned statement check"); on unless `KG_STATEMENT_FILTER=off` (or a path
to other weights).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorIndex
from kg.extract.linear_weights import LinearModel, weights_file
from kg.extract.statement_words import SAYING, SPEECH_VERBS
from kg.nlp import doc_text, lower_positions, tokens

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


@dataclass(frozen=True)
class Asked:
    """What the check reads of one reported statement: character spans of its cue and content,
    its speaker's actor type (None when it has none), the span of the speaker's words (None when
    none were found), and whether the cue is in the headline."""

    cue: tuple[int, int]
    content: tuple[int, int]
    speaker: str | None
    speaker_span: tuple[int, int] | None
    headline: bool


def features(doc: Doc, asked: Asked) -> list[str]:
    """The features of one reported statement."""
    cue_span = doc.char_span(*asked.cue, alignment_mode="expand")
    words = doc.char_span(*asked.content, alignment_mode="expand")
    if cue_span is None or words is None or not len(words):
        return ["bias", "unaligned"]
    t = cue_span.root
    root = words.root
    lemma = t.lemma_.lower()
    hangs = "child" if root.head.i == t.i else "self" if root.i == t.i else "other"
    has_words = asked.speaker_span is not None
    who = asked.speaker if asked.speaker is not None else "words" if has_words else "none"
    text = doc_text(doc)[asked.content[0] : asked.content[1]]
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
        f"headline={asked.headline}",
        f"quote={any(q in text for q in QUOTE_MARKS)}",
        f"cue_len={min(len(cue_span), 4)}",
    ]
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is not None:
        # (A name is only a name: the weights learn general words, never a story's names.)
        out.append("obj=name" if _name(obj) else f"obj={obj.lemma_.lower()}")
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children):
        out.append("that")
    out += _content_form(words, text)
    out.append(f"frame={_frame(t, root)}")
    out += _source_form(doc, asked)
    return out


# The tags of a finite verb: a content with one is a clause (`that talks would resume`),
# one without a phrase (`views on trade`, `heartfelt thanks`).
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _content_form(words: Span, text: str) -> list[str]:
    """What the content is: a few words or a clause, a lone pronoun or determiner (`this`),
    a question (`when the visit would be`)."""
    n = len([w for w in words if not w.is_punct])
    verb = (
        "finite"
        if any(w.tag_ in _FINITE for w in words)
        else "infinitive"
        if any(w.tag_ == "VB" for w in words)
        else "gerund"
        if any(w.tag_ == "VBG" for w in words)
        else "none"
    )
    out = [f"words={min(n, 4)}", f"verb={verb}"]
    if n <= 3:
        out.append(f"short_verb={verb}")
    if all(w.pos_ in ("PRON", "DET") or w.is_punct for w in words):
        out.append("pronoun_only")
    if text.rstrip().endswith("?") or words[0].tag_ in ("WDT", "WP", "WRB"):
        out.append("question")
    if words[0].lower_ in ("if", "whether"):
        out.append("question")
    return out


def _frame(cue: Token, root: Token) -> str:
    """How the content hangs on the cue: its clause (`ccomp`), its object noun phrase (`dobj`),
    the object of a preposition on the cue (`prep=about`: `spoke about X`), an infinitive
    (`xcomp`), or none of these."""
    if root.head.i == cue.i:
        return root.dep_
    head = root.head
    if head.dep_ == "prep" and head.head.i == cue.i:
        return f"prep={head.lower_}"
    return "other"


# A speaker that is a plain noun keeps its lemma (`sources`, `officials`, `statistics`,
# `statement`): general words. A name is only its kind, never the name.
_NAMES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


def _name(t: Token) -> bool:
    """Whether a word is (part of) a name: the tagger's or the entity recogniser's, or
    capitalised inside a sentence, here or where the story writes it again (a name tagged as
    a noun, first in its sentence)."""
    if t.pos_ == "PROPN" or t.ent_type_ in _NAMES:
        return True
    if not t.text[:1].isupper():
        return False
    # (The words written so, looked up by their lower case, not every word of the doc.)
    toks = tokens(t.doc)
    same = [toks[i] for i in lower_positions(t.doc, {t.lower_}) if toks[i].text == t.text]
    return any(not w.is_sent_start for w in same)


def _source_form(doc: Doc, asked: Asked) -> list[str]:
    """How the speaker is told: a name, a pronoun, a noun (its lemma and number: unnamed
    `sources`, a `statistics` or a `statement`), with an indefinite article (`a diplomat`);
    and a colon before the cue in its sentence and line (a dateline or a headline's label:
    `City: ...`)."""
    out = []
    text = doc_text(doc)
    if asked.speaker_span is not None:
        span = doc.char_span(*asked.speaker_span, alignment_mode="expand")
        if span is not None and len(span):
            head = span.root
            if head.pos_ == "PRON":
                out.append(f"source=pron:{head.lower_}")
            elif _name(head):
                out.append("source=name")
            else:
                out.append(f"source={head.lemma_.lower()}")
                out.append(f"source_tag={head.tag_}")
                if any(t.pos_ == "PROPN" for t in span):
                    out.append("source_named_noun")
            if span[0].lower_ in ("a", "an"):
                out.append("source=indefinite")
    cue = doc.char_span(*asked.cue, alignment_mode="expand")
    start = text.rfind("\n", 0, asked.cue[0]) + 1
    if cue is not None:
        start = max(start, cue.sent.start_char)
    if ":" in text[start : asked.cue[0]]:
        out.append("colon_before")
    return out


def speaker_kind(speaker: str | None, actors: ActorIndex) -> str | None:
    """The speaker's actor type, for `features`."""
    if speaker is None:
        return None
    return str(actors.by_id(speaker).type)


def kept(doc: Doc, found: list[tuple[Asked, str]], model: Model | None = None) -> list[bool]:
    """Whether each statement is kept: `found` holds each one with its kind; quotations are
    always kept."""
    model = model or load_model()
    if model is None:
        return [True] * len(found)
    return [
        kind != "indirect" or model.probability(features(doc, asked)) >= model.threshold
        for asked, kind in found
    ]

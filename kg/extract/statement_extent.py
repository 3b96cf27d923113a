"""Where a reported statement's content ends: a learned decision (issue 14).

The readers take a reported statement's content from the parse: the cue's clause, object or
`to` clause. The parse often stops the content short of what the speaker said: a clause
conjoined to it (`she hopes to win, but she knows that ...`), a phrase the parser hung on the
cue or a noun (`cited remarks Trump had made as examples of ...`), a reason or result
(`..., so thousands of victims do not mean ...`). A linear model (logistic regression over
cheap parse features of the rest of the cue's sentence: its first words, how they hang on the
content or the cue, whether they hold a verb, a verb of saying or a quotation, their length)
decides whether the content runs on to the end of the sentence. It is asked only when the
content follows its cue in one sentence and no other statement's cue or content lies in the
rest.

Weights: `statement_extent.json`, trained by `bench/train_extent.py` on the PolNeAR train
split (see README "Learned content extent"); off unless `KG_CONTENT_EXTENT=on` (or a path to
other weights): PolNeAR runs contents on further than the project's guidelines do, and on the
silver validation articles it cost a statement.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extract.linear_weights import LinearModel, weights_file
from kg.extract.statement_spans import trim_content
from kg.extract.statement_words import SPEECH_VERBS
from kg.nlp import doc_text

log = logging.getLogger(__name__)
# Its KG_* variable and default; the pipeline records it in the extractor's name when set.
SETTING = ("CONTENT_EXTENT", "off")

WEIGHTS_PATH = Path(__file__).with_name("statement_extent.json")
QUOTE_MARKS = set('"“”«»')


# Its threshold: the least probability for the content to run on to the sentence's end.
Model = LinearModel


@cache
def load_model() -> Model | None:
    """`KG_CONTENT_EXTENT=on` loads the shipped weights, a path other weights, `off` (the
    default) none: contents stay as the readers found them."""
    path = weights_file(SETTING, WEIGHTS_PATH, "content-extent", "contents are the readers' alone")
    return None if path is None else Model.read(path)


Spans = list[tuple[int, int]]


def rest_of_sentence(
    doc: Doc, cue: tuple[int, int], content: tuple[int, int], others: Spans
) -> tuple[Span, tuple[int, int]] | None:
    """The rest of the cue's sentence after the content (as tokens and trimmed offsets), when
    the model may be asked about it: the content follows the cue in that sentence, and no
    other statement's cue or content lies in the rest."""
    if content[0] < cue[1] and content[1] > cue[0] or content[1] <= cue[0]:
        return None  # the content is not after its cue
    cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if cue_span is None:
        return None
    sent = cue_span.sent
    if not (sent.start_char <= content[0] and content[1] < sent.end_char):
        return None
    text = doc_text(doc)
    start, end = trim_content(text, content[1], sent.end_char)
    if end - start < 4:
        return None
    if any(s < end and start < e for s, e in others):
        return None
    rest = doc.char_span(start, end, alignment_mode="expand")
    if rest is None or sum(t.is_alpha for t in rest) < 2:
        return None
    return rest, (start, end)


def _where(tok: Token, cue: tuple[int, int], content: tuple[int, int], rest: Span) -> str:
    """Where a token's head is: in the content, the cue, the rest, or elsewhere."""
    h = tok.head
    if h.i == tok.i:
        return "root"
    if content[0] <= h.idx < content[1]:
        return "content"
    if cue[0] <= h.idx < cue[1]:
        return "cue"
    if rest.start <= h.i < rest.end:
        return "rest"
    return "before" if h.idx < content[0] else "after"


def _bucket(n: int) -> str:
    return "1-3" if n <= 3 else "4-8" if n <= 8 else "9-15" if n <= 15 else "16+"


def features(
    doc: Doc, cue: tuple[int, int], content: tuple[int, int], rest: Span, kind: str
) -> list[str]:
    """The features of one (statement, rest of sentence) pair."""
    cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    head = cue_span.root if cue_span is not None else rest[0]
    lemma = head.lemma_.lower()
    words = [t for t in rest if not t.is_space]
    first = words[0]
    lead = next((t for t in words if not t.is_punct), first)
    last = doc.char_span(content[0], content[1], alignment_mode="expand")
    end_tok = last[-1] if last is not None and len(last) else first
    roots = [t for t in words if not (rest.start <= t.head.i < rest.end) or t.head.i == t.i]
    # What parts the content from the rest: a comma, a dash, a closing quotation mark, nothing.
    gap = "".join(doc_text(doc)[content[1] : rest.start_char].split()) or "none"
    out = [
        f"gap={gap}",
        f"gap_lead={gap}|{first.lower_ if first.is_stop else first.pos_}",
        "bias",
        f"kind={kind}",
        f"cue_speech={lemma in SPEECH_VERBS}",
        f"cue_dep={head.dep_}",
        f"first={first.lower_ if first.is_punct else first.pos_}",
        f"lead={lead.lower_}",
        f"lead_pos={lead.pos_}",
        f"lead_dep={lead.dep_}",
        f"lead_where={_where(lead, cue, content, rest)}",
        f"lead_dep_where={lead.dep_}|{_where(lead, cue, content, rest)}",
        f"first_lead={first.lower_ if first.is_punct else '-'}|{lead.lower_}",
        f"end_pos={end_tok.pos_}",
        f"end_dep={end_tok.dep_}",
        f"len={_bucket(sum(t.is_alpha for t in words))}",
        f"content_len={_bucket(sum(t.is_alpha for t in last) if last is not None else 0)}",
        f"verb={any(t.pos_ == 'VERB' for t in words)}",
        f"speech={any(t.lower_ in SPEECH_VERBS for t in words)}",
        f"quote={any(t.text in QUOTE_MARKS for t in words)}",
    ]
    for r in roots[:3]:
        where = _where(r, cue, content, rest)
        out += [f"root={r.dep_}|{where}", f"root_pos={r.pos_}|{r.dep_}|{where}"]
    # A clause with a subject of its own is more often the writer's narration going on
    # (`..., but the meeting did not take place`) than more of what was said.
    clause = next((r for r in roots if r.pos_ in ("VERB", "AUX")), None)
    if clause is not None:
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        who = "none" if subj is None else "pron" if subj.pos_ == "PRON" else "noun"
        out += [
            f"clause_subj={who}",
            f"clause_subj_where={who}|{_where(clause, cue, content, rest)}",
        ]
    return out


def extend(
    doc: Doc,
    found: list[tuple[tuple[int, int], tuple[int, int], str]],
    model: Model | None = None,
) -> list[tuple[int, int]]:
    """Each statement's content, run on to the end of its sentence where the model says so.

    `found` holds each statement's cue, content and kind; the result is the contents in the
    same order."""
    model = model or load_model()
    contents = [content for _, content, _ in found]
    if model is None:
        return contents
    spans = [s for cue, content, _ in found for s in (cue, content)]
    out = []
    for k, (cue, content, kind) in enumerate(found):
        if kind != "indirect":
            out.append(content)
            continue
        others = spans[: 2 * k] + spans[2 * k + 2 :]
        hit = rest_of_sentence(doc, cue, content, others)
        if hit is None:
            out.append(content)
            continue
        rest, (_, end) = hit
        p = model.probability(features(doc, cue, content, rest, kind))
        out.append((content[0], end) if p >= model.threshold else content)
    return out

"""Statements issued as a block: `X issued the following statement:` at the end of a line, then
paragraphs without quotation marks, each the statement's words (issue 14).

Government and UN releases print a statement under such a line rather than quoting it. The
guidelines (`../shared/eval/README.md`) make a quotation that goes on past its attribution one
statement per quoted stretch: here one per paragraph. The block ends at the article's end, at
a paragraph that opens a quotation or introduces another list (`...:`), or at a paragraph in
which someone else is reported speaking (`the delegation reiterated ...`: the release has
turned to narration; what is said there is that speaker's). The release's own voice (`we
hope`, `I believe`) goes on.

Input: the parsed `Doc`, the article, the `ActorIndex` and the statements found so far.
Output: `Found` records, kind `direct` (the words are given as written).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.speakers import speaker_of
from kg.extract.statement_patterns import BLOCK_INTRO, QUOTE_PAIRS
from kg.extract.statement_spans import Found, trim_content
from kg.extract.statement_words import FIRST_PERSON, SPEECH_VERBS
from kg.model import Article
from kg.nlp import span_at

# "issued the following statement:", "made the following remarks:", "released the following
# comment:": a noun of words announced as what follows.
FOLLOWING = re.compile(
    r"\bthe\s+following\s+(?:joint\s+|official\s+|press\s+)?(?P<noun>statements?|comments?|"
    r"remarks|message|communiqu[eé]|declaration|announcement|readout|release)\b",
    re.I,
)


def following_statement(
    doc: Doc, article: Article, actors: ActorIndex, found: list[Found]
) -> list[Found]:
    text = article.text
    out: list[Found] = []
    for m in BLOCK_INTRO.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        intro = FOLLOWING.search(text, line_start, m.start())
        if intro is None:
            continue
        noun = span_at(doc, intro.start("noun"), intro.end("noun"))
        if noun is None:
            continue
        verb = noun.root.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        att = speaker_of(verb, actors, SPEECH_VERBS)
        if att is None or att[0] is None:
            continue
        speaker, sspan, _ = att
        cue = (verb.idx, intro.end("noun"))
        for ps, pe in _paragraphs(text, m.end()):
            para = text[ps:pe]
            if para[:1] in QUOTE_PAIRS or para.rstrip().endswith(":"):
                break
            if any(ps <= f.cue[0] < pe and f.speaker is not None for f in found):
                break
            if _reports_others(doc, ps, pe):
                break
            cs, ce = trim_content(text, ps, pe)
            if ce - cs < 10 or in_noise(article, cs, ce):
                break
            out.append(Found(speaker, sspan, cue, (cs, ce), "direct", (cs, ce)))
    return out


def _reports_others(doc: Doc, start: int, end: int) -> bool:
    """Whether a verb of saying in `[start, end)` tells someone else speaking: a finite one
    whose subject is not `I` or `we` (or that the parse left without one: "the meeting
    addressed X and the delegation reiterated Y", the second subject hung on the first
    object)."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    return any(
        t.tag_ in ("VBD", "VBZ")
        and t.lower_ in SPEECH_VERBS
        and not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in t.children)
        for t in span
    )


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """The non-blank lines from `start` on, as character ranges."""
    out = []
    pos = start
    for line in text[start:].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out

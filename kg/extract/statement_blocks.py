"""Statements issued as a block: `X issued the following statement:` at the end of a line, then
paragraphs without quotation marks, each the statement's words (issue 14).

Government and UN releases print a statement under such a line rather than quoting it. The
guidelines (`../shared/eval/README.md`) make a quotation that goes on past its attribution one
statement per quoted stretch: here one per paragraph. The block ends at the article's end, at
a paragraph that opens a quotation or introduces another list (`...:`), or at a paragraph in
which another statement with a speaker is read (a report inside the release, `the delegation
reiterated ...`, is that speaker's, and narration follows it).

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
from kg.extract.statement_words import SPEECH_VERBS
from kg.model import Article

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
        noun = doc.char_span(intro.start("noun"), intro.end("noun"), alignment_mode="expand")
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
            cs, ce = trim_content(text, ps, pe)
            if ce - cs < 10 or in_noise(article, cs, ce):
                break
            out.append(Found(speaker, sspan, cue, (cs, ce), "direct", (cs, ce)))
    return out


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """The non-blank lines from `start` on, as character ranges."""
    out = []
    pos = start
    for line in text[start:].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out

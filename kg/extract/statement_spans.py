"""What the statement readers share: a statement as found (`Found`), content-span trimming,
quotation finding, and span arithmetic."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import accumulate

from kg.extract.statement_patterns import (
    QUOTE_PAIRS,
)

# Characters a quotation can open with (see `_quotes`).
_MARK = re.compile("''|[" + re.escape("".join(QUOTE_PAIRS)) + "”]")


@dataclass
class Found:
    """A statement as a reader found it: character offsets, before it becomes a `Statement`."""

    speaker: str | None
    speaker_span: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]
    kind: str
    sent: tuple[int, int]
    # A stretch of a quotation that goes on past its attribution (`"A," she said. "B."`).
    goes_on: bool = False
    # The one who relays the words when the reader knows it (`..., citing X`: the reporter).
    via: str | None = None


_DANGLING = re.compile(r"\s(?:and|but|or|and also|but also)$")


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding space, quotation marks and final punctuation from a content span."""
    while start < end and (text[start].isspace() or text[start] in "\"“”«»„'‘’,:;-–—"):
        start += 1
    full_end = end
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"“”«»„'‘’,.;:!?-–—"):
        end -= 1
    # A content cut before the clause a conjunction opens (`... corruption but`) ends before it.
    dangling = _DANGLING.search(text, start, end)
    if dangling is not None and dangling.start() > start:
        end = dangling.start()
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—"):
            end -= 1
    # A quotation that opens inside the span keeps its closing mark, even when the parser
    # left the mark (and the full stop before it) outside: `to "stay calm."`.
    inner = text[start:end]
    closing = next(
        (c for o, c in (("“", "”"), ("«", "»")) if inner.count(o) > inner.count(c)),
        '"' if inner.count('"') % 2 else None,
    )
    if closing is not None:
        # The mark is among what was trimmed, or past it after nothing but a full stop or so.
        j = text.find(closing, end, max(full_end, end + 3))
        if j >= 0 and all(c in ".,!?;:" for c in text[full_end:j]):
            return start, j + 1
    return start, end


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted stretches (inside the marks), paragraph by paragraph.

    Two apostrophes stand for a double quotation mark in some wire copy (''like this'').
    """
    return list(_quotes(text))


@functools.lru_cache(maxsize=16)
def _quotes(text: str) -> tuple[tuple[int, int], ...]:
    # Every stage that reads quotations asks for the same article's (or sentence's) quotes:
    # read each text once. The scan jumps from one mark to the next instead of visiting
    # every character.
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        i = 0
        while True:
            hit = _MARK.search(para, i)
            if hit is None:
                break
            i = hit.start()
            ch = para[i]
            if para.startswith("''", i):
                close = para.find("''", i + 2)
                end = close if close != -1 else len(para)
                out.append((pos + i + 2, pos + end))
                i = end + 2
            elif ch in QUOTE_PAIRS or (ch == "”" and not para[:i].strip() and "”" in para[i + 1 :]):
                # A paragraph may open with a reversed mark: `”Fear. I am afraid.” ― Name`.
                close = closing_mark(para, i)
                end = close if close != -1 else len(para)
                out.append((pos + i + 1, pos + end))
                i = end + 1
            else:
                i += 1
        pos += len(para) + 1
    return tuple(out)


def closing_mark(para: str, i: int) -> int:
    """Where the quotation opened at `para[i]` closes; -1 if not in the paragraph.

    Curly marks nest (`“He calls it “hell” and laughs.”`); when they do not balance, the first
    closing mark ends the quotation, as for straight marks, which cannot nest.
    """
    ch = para[i]
    first = para.find(QUOTE_PAIRS.get(ch, "”"), i + 1)
    if first == -1 and ch in _MIXED:
        # Copy that mixes straight and curly marks (`"We will stay,” she said.`): with no
        # mark of its own style to close it, the quotation ends at the other style's mark.
        return para.find(_MIXED[ch], i + 1)
    if ch != "“" or first == -1:
        return first
    depth = 1
    for j in range(i + 1, len(para)):
        depth += _NESTING.get(para[j], 0)
        if depth == 0:
            return j
    return first


_NESTING = {"“": 1, "”": -1}
_MIXED = {'"': "”", "“": '"'}


def reach(f: Found) -> int:
    """Where the words a statement was read from end."""
    return max(f.sent[1], f.content[1], f.cue[1])


_TRUE = [True]


def coverage(size: int, spans: list[tuple[int, int]]) -> list[bool]:
    """For each character, whether some span covers it (`size + 1` flags)."""
    if all(0 <= start <= end <= size for start, end in spans):
        # Each span's flags set by one slice assignment, in C: a Python loop over every
        # character of a long story cost more than the readers that ask.
        flags = [False] * (size + 1)
        for start, end in spans:
            flags[start:end] = _TRUE * (end - start)
        return flags
    # (A span reversed or out of the text counts as a difference array counts it.)
    depth = [0] * (size + 1)
    for start, end in spans:
        depth[start] += 1
        depth[end] -= 1
    return [level > 0 for level in accumulate(depth)]  # (the running depth, summed in C)


# A first line this long that ends as a sentence is the lede of a text given without its
# headline (headlines are short and seldom end in a period).
LEDE_WORDS = 25


def headline_end(text: str) -> int:
    """End of the headline: the first line, when a body follows it and it is no lede."""
    end = text.find("\n")
    first = text[:end].strip() if end != -1 else ""
    if first.endswith(".") and len(first.split()) > LEDE_WORDS:
        return 0
    return end if end != -1 and text[end:].strip() else 0


# A paragraph-opening dateline: `TEHRAN (Tasnim) – `, `UNITED NATIONS, July 27 (Xinhua) -- `,
# `TRIPOLI, Nov 04 (Xinhua): ` (a colon right after the credit or the place's capitals).
DATELINE_END = re.compile(r"[^\S\n]+(?:--?|–|—)[^\S\n]+|(?<=[)A-Z]):[^\S\n]+")
DATELINE_ASIDES = re.compile(r"\([^()\n]*\)|\b[A-Z][a-z]{2,8}\.? \d{1,2}\b")


def past_dateline(text: str, start: int, end: int) -> int:
    """Where a content span starts once a dateline the parser ran into it is left out
    (`Tasnim) – Foreign ministers … agreed`): the words of the paragraph before a dash are a
    dateline when, past any parenthesis and date, they are all capitals."""
    para = text.rfind("\n", 0, start) + 1
    m = DATELINE_END.search(text, para, min(end, para + 80))
    if m is None or m.end() <= start:
        return start
    lead = DATELINE_ASIDES.sub("", text[para : m.start()])
    # (A short one, `US - Russia talks`, is more often a pair of names than a place.)
    if sum(c.isalpha() for c in lead) < 4 or any(c.islower() or c in "()" for c in lead):
        return start
    return m.end()


def share(a: tuple[int, int], b: tuple[int, int]) -> float:
    """How much of `a` lies within `b`."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (a[1] - a[0]) if inter > 0 and a[1] > a[0] else 0.0


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / min(a[1] - a[0], b[1] - b[0])

"""The layout of an article's text the timeline reads: its paragraphs, the stretches it marks
as background, and a page's date stamp (for the year of year-less dates)."""

from __future__ import annotations

import datetime as dt
import re

from kg.nlp import TITLE_ABBREVIATIONS

# Paragraph openings and section headers that turn to background.
BACKGROUND_START = re.compile(
    r"^\s*(?:background|context|recall|reminder|for reference|earlier|previously|"
    r"let us (?:remind you|recall)|in the past)\b\s*[:,.]?",
    re.I,
)
PAGE_STAMP = re.compile(r"(?<![\d.])(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{2}|\d{4})(?![\d.])")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs: runs of lines between blank lines, or lines, when the body has no blank
    lines (JSON and HTML bodies often put one newline between paragraphs)."""
    title_end = text.find("\n\n")
    blank_lines = title_end >= 0 and re.search(r"\n[ \t]*\n", text[title_end + 2 :])
    pattern = r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*" if blank_lines else r"[^\n]+"
    out = []
    for m in re.finditer(pattern, text):
        if m.group(0).strip():
            out.extend(_lines_as_paragraphs(text, m.start(), m.end()))
    return out


# A line break after a sentence's end, before a new sentence's start: in a block between blank
# lines, a line of whole sentences is a paragraph of its own (a body whose paragraphs are
# single lines, under a deck set off by a blank line); a line broken mid-sentence is a wrap.
SENTENCE_BREAK = re.compile(r"(?<=[.!?\"”’])[ \t]*\n(?=[ \t]*[\"“‘A-Z])")


# A line's last word whose full stop is an abbreviation's, not a sentence's end: initials
# ("U.S.", "U.N.") and a title before a name ("Gen.", "Mr."), which a line may wrap after.
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]\.){2,}|(?<![\w.])(?:"
    + "|".join(
        re.escape(a[:-1])
        for a in (*TITLE_ABBREVIATIONS, "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.")
        + ("Gov.", "Adm.", "Prof.", "Rev.", "St.", "Jr.")
    )
    + r")\.)$"
)


def _lines_as_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The block `text[start:end]` split at its sentence-final line breaks (not after an
    abbreviation: "met U.S.\nPresident X" is one sentence wrapped)."""
    out, at = [], start
    for m in SENTENCE_BREAK.finditer(text, start, end):
        if _ABBREVIATION_END.search(text, max(start, m.start() - 12), m.start()):
            continue
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return out


def background_stretches(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches the text marks as background: a paragraph opening "Background:" or
    "Earlier,", and everything after a section header of its own ("Let us remind you")."""
    out: list[tuple[int, int]] = []
    for s, e in paragraphs:
        m = BACKGROUND_START.match(text[s:e])
        if not m:
            continue
        rest = text[s + m.end() : e].strip()
        if not rest:  # a header line alone: the section runs to the end of the article
            out.append((s, len(text)))
            break
        out.append((s, e))
    return out


def page_date(text: str) -> dt.date | None:
    """A date stamp anywhere on the page (a teaser's "02.06.25, 01:12"): without a publication
    date it tells the year of year-less dates, never a day."""
    for m in PAGE_STAMP.finditer(text):
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        try:
            return dt.date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            continue
    return None

"""The statement stage's text patterns: labels, headline labels, signatures, "the statement reads"
lines and quotation marks, read off the raw text rather than the parse (kept apart from the word
lists of `statement_words`)."""

from __future__ import annotations

import re

# A line that ends in a colon, and the start of the next paragraph.
BLOCK_INTRO = re.compile(r":[ \t\xa0]*\n\s*(?=\S)")
QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
STATEMENT_READS = re.compile(
    r"^\s*[-–—]?\s*(?P<cue>(?:the|this|his|her|their)\s+(?:statement|message|post|report|"
    r"document|communiqu[eé]|release|readout|announcement|note)\s+(?:reads|read|says|said|"
    r"states|stated|notes|noted))\s*[.:]?\s*$",
    re.I,
)
STATEMENT_BY = re.compile(
    r"\b(?:statement|message|post|readout|comments?|remarks?)\s+(?:by|of|from)\s+", re.I
)
LABEL_RE = re.compile(
    r"^\s*[\"“”]?(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?P<colon>:)\s+(?P<what>\S.{10,})$"
)
HEADLINE_LABEL_RE = re.compile(
    r"^\s*(?P<who>[A-Z][^:\"“”‘’]{0,60}?)(?P<colon>:)\s+(?P<what>\S+(?: \S+){2,}.*)$"
)
# Spaces include no-break ones (`”\xa0― Name\xa0`), but not a line break.
DASH_SIGNATURE = re.compile(
    r"[^\S\n]*(?P<dash>―|—|–|--)[^\S\n]*"
    r"(?P<who>[A-Z][\w.'’-]*(?:[^\S\n]+[\w.'’-]+){0,4})[^\S\n]*$",
    re.M,
)

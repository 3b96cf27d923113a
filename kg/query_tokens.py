"""Tokens of SPARQL text: strings, IRIs and comments whole, keywords, variables and braces with
their nesting depth.

Two writers of query text use it, neither as a safety check: `kg.queries.filtered` finds where
the groups of the project's own shipped queries open, to put a filter first in each, and
`kg.union.scoped_query` keeps Virtuoso's union graph out of `GRAPH ?g` blocks. Whether a
query is allowed is decided from the engines' own parsers (rdflib's in `server.analysis` and
`server.update_guard`) and by the sandbox of the query processes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:'{0,2}(?:[^'\\]|\\.))*'''|\"\"\"(?:"{0,2}(?:[^"\\]|\\.))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<name>(?:[^\W\d]|_)[\w\-.\u00b7]*(?::(?:[\w\-:%\\.]|\\.)*)?|:(?:[\w\-:%.])*)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # iri, string, var, name, pname, number, punct
    text: str
    start: int
    end: int
    depth: int  # brace nesting depth at the token

    @property
    def word(self) -> str:
        """The keyword in upper case, or '' for anything that cannot be a keyword."""
        return self.text.upper() if self.kind == "name" else ""


def tokens(text: str) -> Iterator[Token]:
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        if kind in ("ws", "comment"):
            continue
        value = m.group()
        if kind == "name" and ":" in value:
            kind = "pname"
        if kind == "punct" and value == "}":
            depth = max(0, depth - 1)
        yield Token(kind, value, m.start(), m.end(), depth)
        if kind == "punct" and value == "{":
            depth += 1

"""A small SPARQL lexer, and writers of SPARQL terms for values put into queries.

The lexer adds the Graph Store Protocol's USING clauses to an update (`add_using`) and lets
`kg query` refuse SERVICE and LOAD before running a query in-process. It is no safety check for
the server: its query processes cannot open network sockets whatever a query says
(`server.worker.sandbox`), and the graphs an update writes are read from rdflib's parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

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


@dataclass
class Analysis:
    form: str | None = None  # SELECT, ASK, CONSTRUCT, DESCRIBE for queries
    service: bool = False
    load: bool = False
    from_default: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    dataset_clause: bool = False  # an update's own USING / USING NAMED / WITH
    # A prefixed name whose prefix the text does not declare: it relies on built-in prefixes.
    undeclared_prefix: bool = False


_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def analyze(text: str, base: str | None, prefixes: Mapping[str, str]) -> Analysis:
    """What a query or update asks for, as far as safety and dataset handling need to know."""
    out = Analysis()
    toks = list(tokens(text))
    known = dict(prefixes)
    declared: set[str] = set()
    current_base = base
    for i, tok in enumerate(toks):
        word = tok.word
        if tok.kind == "pname" and tok.text.partition(":")[0] not in declared:
            prev = toks[i - 1] if i > 0 else None
            if prev is None or prev.word != "PREFIX":
                out.undeclared_prefix = True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if word == "PREFIX" and nxt is not None and i + 2 < len(toks):
            decl = toks[i + 2]
            if decl.kind == "iri":
                known[nxt.text.rstrip(":")] = _resolve(decl.text[1:-1], current_base)
                declared.add(nxt.text.partition(":")[0])
        elif word == "BASE" and nxt is not None and nxt.kind == "iri":
            current_base = _resolve(nxt.text[1:-1], current_base)
        elif word in _FORMS and out.form is None and tok.depth == 0:
            out.form = word
        elif word == "SERVICE":
            out.service = True
        elif word == "LOAD":
            out.load = True
        elif word == "FROM" and nxt is not None:
            named = nxt.word == "NAMED"
            target = toks[i + 2] if named and i + 2 < len(toks) else nxt
            resolved = _term_iri(target, known, current_base)
            (out.from_named if named else out.from_default).append(resolved or target.text)
        elif word in ("USING", "WITH") and tok.depth == 0:
            out.dataset_clause = True
    return out


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base and ":" not in iri.split("/")[0] else iri


def _term_iri(tok: Token, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if tok.kind == "iri":
        return _resolve(tok.text[1:-1], base)
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None


def add_using(text: str, default: list[str], named: list[str]) -> str:
    """An update with USING / USING NAMED clauses for the protocol's using-(named-)graph-uri.

    Every DELETE/INSERT ... WHERE operation gets the clauses before its WHERE; the DELETE WHERE
    short form cannot carry them and is left alone.
    """
    clauses = "".join(f"USING <{g}> " for g in default) + "".join(
        f"USING NAMED <{g}> " for g in named
    )
    toks = list(tokens(text))
    out: list[str] = []
    pos = 0
    for i, tok in enumerate(toks):
        if tok.depth == 0 and tok.word == "WHERE":
            prev = toks[i - 1] if i > 0 else None
            if prev is not None and prev.word == "DELETE":
                continue
            out.append(text[pos : tok.start])
            out.append(clauses)
            pos = tok.start
    out.append(text[pos:])
    return "".join(out)


def sparql_string(value: str) -> str:
    """A SPARQL string literal for arbitrary text (for values the server puts into queries)."""
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


_IRI_BAD = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def sparql_iri(value: str) -> str:
    """`<value>` for an IRI the server puts into a query; refuses characters IRIs cannot hold."""
    if _IRI_BAD.search(value):
        raise ValueError(f"not an IRI: {value!r}")
    return f"<{value}>"

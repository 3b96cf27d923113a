"""What is wrong with a SPARQL query, said so a researcher can fix it: CLI, API and HTTP alike.

Oxigraph's parser reports `error at L:C: expected one of …` with the whole character classes
of the grammar; `diagnose` turns that into a line, a column, a short list of what was expected
and, for a prefix that is not declared, the prefix by name with the known ones. `undefined_terms`
finds `pa:` terms the ontology does not define (`pa:nmae`, `pa:person`), which are no syntax
error but silently match nothing, and suggests the nearest defined term.

The query text is only scanned for `pa:` names to warn about; whether a query is valid, and what
it means, is the engine's parse alone.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg.namespaces import PA, PREFIXES, sparql_prefixes
from kg.resources import ONTOLOGY_DIR

_POSITION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)
_PREFIXED_BEFORE = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%:-]*$")
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.I)
# Strings, IRIs and comments, skipped when looking for pa: names (no warning from a literal).
_SKIPPED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s"{}|^`\\]*>|#[^\n]*'
)
_PA_NAME = re.compile(r"(?<![\w.:-])pa:([A-Za-z_][\w-]*)")
MAX_EXPECTED = 8


@dataclass(frozen=True)
class Diagnosis:
    """A query the engine refused: where, why, and what it expected there."""

    code: str  # "unknown_prefix" or "syntax_error"
    message: str
    line: int | None = None
    column: int | None = None
    expected: tuple[str, ...] = ()
    prefix: str | None = None  # the undeclared prefix, for unknown_prefix

    def fields(self) -> dict[str, object]:
        """The JSON error fields beside status, code and message."""
        out: dict[str, object] = {}
        if self.line is not None:
            out["line"] = self.line
            out["column"] = self.column
        if self.expected:
            out["expected"] = list(self.expected)
        if self.prefix is not None:
            out["prefix"] = self.prefix
        return out

    def render(self, query: str) -> str:
        """The message, then the offending line of `query` with a caret under the column."""
        if self.line is None or self.column is None:
            return self.message
        lines = query.split("\n")  # the engine counts a line after a final newline
        if not 1 <= self.line <= len(lines):
            return self.message
        text = lines[self.line - 1].expandtabs(1)
        return f"{self.message}\n  {text}\n  {' ' * (self.column - 1)}^"


@dataclass(frozen=True)
class TermWarning:
    """A `pa:` term that the ontology does not define."""

    term: str
    suggestion: str | None
    line: int
    column: int

    @property
    def message(self) -> str:
        hint = f"; did you mean {self.suggestion}?" if self.suggestion else ""
        return (
            f"{self.term} (line {self.line}, column {self.column}) is not defined by the Parley "
            f"ontology and matches nothing{hint}"
        )

    def fields(self) -> dict[str, object]:
        return {
            "term": self.term,
            "suggestion": self.suggestion,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


class QuerySyntaxError(SyntaxError):
    """A SyntaxError from the engine, with its `Diagnosis`."""

    def __init__(self, diagnosis: Diagnosis, query: str) -> None:
        super().__init__(diagnosis.render(query))
        self.diagnosis = diagnosis


def diagnose(
    error: str, query: str, prefixes: Mapping[str, str] = PREFIXES, line_offset: int = 0
) -> Diagnosis:
    """The diagnosis of the engine's error message `error` for `query`.

    `line_offset`: lines the engine saw before `query` (declarations prepended to it)."""
    found = _POSITION.search(error.strip())
    if found is None:
        return Diagnosis("syntax_error", f"invalid SPARQL: {error.strip()}")
    line = int(found.group(1)) - line_offset
    column = int(found.group(2))
    expected_text = found.group(3)
    if "Prefix not found" in expected_text:
        return _unknown_prefix(query, line, column, prefixes)
    expected_text = re.sub(r"^expected( one of)?\s*", "", expected_text.strip())
    items = _expected(expected_text)
    # Besides grammar tokens the engine may give a sentence (an unbound variable in SELECT).
    reasons = [i for i in items if len(i.split()) >= 3]
    expected = [i for i in items if i not in reasons][:MAX_EXPECTED]
    what = (
        f"expected {expected[0]}"
        if len(expected) == 1
        else f"expected one of {', '.join(expected)}"
        if expected
        else "unexpected text"
    )
    if reasons:
        what = f"{'; '.join(reasons)} ({what})" if expected else "; ".join(reasons)
    return Diagnosis(
        "syntax_error", f"invalid SPARQL at line {line}, column {column}: {what}", line, column,
        tuple(expected),
    )  # fmt: skip


def store_diagnosis(error: SyntaxError, query: str, store: object) -> Diagnosis:
    """`diagnose` for an error of `store.query(query)`: a remote store sends the built-in
    prefixes ahead of the query, so its line numbers are shifted by theirs."""
    from kg.store import Store

    offset = 0 if isinstance(store, Store) else sparql_prefixes().count("\n")
    return diagnose(str(error), query, line_offset=offset)


def _unknown_prefix(query: str, line: int, column: int, prefixes: Mapping[str, str]) -> Diagnosis:
    lines = query.splitlines()
    before = lines[line - 1][: column - 1] if 1 <= line <= len(lines) else ""
    name = _PREFIXED_BEFORE.search(before)
    prefix = (name.group(1) or "") if name else None
    if name is not None:
        column = name.start() + 1  # point at the prefixed name, not past it
    known = sorted(set(prefixes) | {p or "" for p, _ in _DECLARED.findall(query)})
    listed = ", ".join(f"{p}:" for p in known)
    if prefix is None:
        message = f"a prefix is not declared (line {line}, column {column}); known: {listed}"
    else:
        near = difflib.get_close_matches(prefix, known, n=1, cutoff=0.5)
        hint = f"did you mean {near[0]}:? " if near else ""
        message = (
            f"unknown prefix {prefix}: at line {line}, column {column}; {hint}known prefixes: "
            f"{listed} (or declare it: PREFIX {prefix}: <…>)"
        )
    return Diagnosis("unknown_prefix", message, line, column, (), prefix)


def _expected(text: str) -> list[str]:
    """The grammar's alternatives as a few readable tokens."""
    items = _split_top(text.strip())
    out: list[str] = []
    for item in items:
        item = item.strip()
        if item.startswith("["):
            if "'A'" in item or "'a'" in item:
                word = "a name"
            elif "'0'" in item:
                word = "a digit"
            else:
                inner = re.findall(r"'((?:[^'\\]|\\.)+)'", item)
                word = f'"{inner[0]}"' if len(inner) == 1 else ""
            if not word:
                continue
            item = word
        if item and item not in out:
            out.append(item)
    return out


def _split_top(text: str) -> list[str]:
    """`text` split at the commas outside brackets and quotes."""
    parts: list[str] = []
    depth, quote, start = 0, "", 0
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == "[":
            depth += 1
        elif c == "]":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
        i += 1
    parts.append(text[start:])
    return parts


@functools.cache
def ontology_terms() -> frozenset[str]:
    """The local names of every `pa:` term the ontology declares."""
    names: set[str] = set()
    for quad in ox.parse(path=str(ONTOLOGY_DIR / "parley.ttl"), format=ox.RdfFormat.TURTLE):
        s = quad.subject
        if isinstance(s, ox.NamedNode) and s.value.startswith(str(PA)):
            names.add(s.value[len(str(PA)) :])
    return frozenset(names)


def undefined_terms(query: str) -> list[TermWarning]:
    """The `pa:` terms of `query` that the ontology does not define, each with the nearest
    defined term. None when the query binds `pa:` to another namespace."""
    for prefix, iri in _DECLARED.findall(query):
        if prefix == "pa" and iri != str(PA):
            return []
    defined = ontology_terms()
    by_lower = {n.lower(): n for n in defined}
    scanned = _SKIPPED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), query)
    out: list[TermWarning] = []
    seen: set[str] = set()
    for m in _PA_NAME.finditer(scanned):
        local = m.group(1).rstrip(".")
        if local in defined or local in seen:
            continue
        seen.add(local)
        near = by_lower.get(local.lower())
        if near is None:
            close = difflib.get_close_matches(local, sorted(defined), n=1, cutoff=0.7)
            near = close[0] if close else None
        line = scanned.count("\n", 0, m.start()) + 1
        column = m.start() - (scanned.rfind("\n", 0, m.start()) + 1) + 1
        out.append(TermWarning(f"pa:{local}", f"pa:{near}" if near else None, line, column))
    return out

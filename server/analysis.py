"""What the server reads from a query before running it: its nesting and, from rdflib's parse,
its SERVICE clauses and FROM dataset.

None of this is a safety check: pool processes cannot open network sockets whatever a query
says (`server.worker.sandbox`). Reading SERVICE here only turns it into a clear 400 instead of
an engine error (or, with SILENT, an empty answer); reading FROM turns a graph that is not in
the store into a clear 400 (the engine honours FROM itself). rdflib is only asked when the words
occur at all (its parse costs milliseconds); what it cannot parse, the engine decides.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from pyparsing import ParseException, ParseResults
from rdflib import URIRef
from rdflib.plugins.sparql.algebra import translatePName, translatePrologue, traverse
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from server.errors import ApiError

# Brackets open at once, at most. Oxigraph's recursive-descent parser overflows the stack of a
# query process near 2,000; no real query comes near 100.
MAX_NESTING = 256
_BRACKETS = re.compile(r"[{}()\[\]]")


def check_nesting(text: str) -> None:
    """400 for a text with more than MAX_NESTING brackets open at once (counted over the raw
    text, strings included: an overestimate, never an underestimate)."""
    opened = text.count("{") + text.count("(") + text.count("[")
    if opened <= MAX_NESTING:
        return
    depth = 0
    for m in _BRACKETS.finditer(text):
        depth += 1 if m.group() in "{([" else -1
        if depth > MAX_NESTING:
            raise ApiError(
                400,
                "too_deeply_nested",
                f"the request nests more than {MAX_NESTING} brackets; flatten it",
            )


@dataclass(frozen=True)
class QueryShape:
    service: bool
    from_default: tuple[str, ...]
    from_named: tuple[str, ...]

    @property
    def has_dataset(self) -> bool:
        return bool(self.from_default or self.from_named)


_NOTHING = QueryShape(False, (), ())
_WORDS = re.compile(r"(?i)service|from")


def inspect_query(text: str, base: str, prefixes: Mapping[str, str]) -> QueryShape:
    """SERVICE and FROM as rdflib parses them; nothing when the words are absent or rdflib
    cannot parse the text."""
    if not _WORDS.search(text):
        return _NOTHING
    if len(text) > 4096:
        return _inspect(text, base, tuple(prefixes.items()))
    return _inspect_cached(text, base, tuple(prefixes.items()))


def _inspect(text: str, base: str, prefixes: tuple[tuple[str, str], ...]) -> QueryShape:
    header = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes)
    try:
        parsed = parseQuery(header + text)
        prologue = translatePrologue(parsed[0], base)
        query = traverse(parsed[1], visitPost=functools.partial(translatePName, prologue=prologue))
    except (ParseException, RecursionError, ValueError, KeyError, TypeError):
        return _NOTHING
    default: list[str] = []
    named: list[str] = []
    clauses = query["datasetClause"] if "datasetClause" in query else []
    for clause in clauses or []:
        if "default" in clause:
            default.append(str(clause["default"]))
        elif "named" in clause:
            named.append(str(clause["named"]))
    service = any(
        isinstance(node, CompValue) and node.name == "ServiceGraphPattern" for node in walk(query)
    )
    return QueryShape(service, tuple(default), tuple(named))


_inspect_cached = functools.lru_cache(maxsize=256)(_inspect)


def walk(node: object) -> Iterator[object]:
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, CompValue):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)) and not isinstance(item, URIRef):
            stack.extend(item)

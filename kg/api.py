"""The Python API: open a knowledge base and query it, to lists of dicts or pandas DataFrames.

    import kg
    kb = kg.open("kb")                       # a folder, or "http://host:7878" for a server
    rows = kb.query("SELECT ?name WHERE { ?a pa:name ?name } LIMIT 5")
    df = kb.query_df(kg.queries.load("statements").text)   # needs pandas
    kb.table("events")                       # a contract query's rows, its columns only
    page = kb.page("statements", {"kind": "indirect"}, limit=100)   # a shipped query, paged
    more = kb.page("statements", {"kind": "indirect"}, cursor=page.next)

Prefixes of `kg.namespaces.PREFIXES` (pa:, id:, schema:, ...) need no declaration. The default
graph is the union of all article graphs.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.diagnostics import QuerySyntaxError, store_diagnosis, undefined_terms
from kg.paging import DEFAULT_LIMIT
from kg.store import KnowledgeStore, QueryResult, Stats
from kg.stores import open_store

if TYPE_CHECKING:
    import pandas

Value = str | int | float | bool | dt.date | dt.datetime | None

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "nonNegativeInteger", "short")}
_FLOATS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}


def python_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Value:
    """A result term as a Python value: numbers, booleans and full dates typed, the rest text."""
    if term is None:
        return None
    if not isinstance(term, ox.Literal):
        return str(term.value) if not isinstance(term, ox.Triple) else str(term)
    dtype = term.datatype.value
    try:
        if dtype in _INTEGERS:
            return int(term.value)
        if dtype in _FLOATS:
            return float(term.value)
        if dtype == f"{_XSD}boolean":
            return term.value in ("true", "1")
        if dtype == f"{_XSD}date":
            return dt.date.fromisoformat(term.value)
        if dtype == f"{_XSD}dateTime":
            return dt.datetime.fromisoformat(term.value.replace("Z", "+00:00"))
    except ValueError:
        pass  # an ill-typed literal: give its text rather than fail the whole query
    return term.value


@dataclass(frozen=True)
class Page:
    """A page of a shipped query (kg.paging): its rows, and the cursor of the next page (None
    on the last)."""

    columns: list[str]
    rows: list[dict[str, Value]]
    next: str | None


class UndefinedTermWarning(UserWarning):
    """A query uses a `pa:` term that the Parley ontology does not define."""


class KnowledgeBase:
    """A knowledge base opened for reading (and writing, with `read_only=False`)."""

    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store

    def _run(self, sparql: str) -> QueryResult:
        """The store's answer; a refused query raises `QuerySyntaxError` (a SyntaxError) with
        line, column and what was expected, and an undefined `pa:` term warns
        (`UndefinedTermWarning`, with the nearest term)."""
        for term in undefined_terms(sparql):
            warnings.warn(UndefinedTermWarning(term.message), stacklevel=3)
        try:
            return self.store.query(sparql)
        except SyntaxError as err:
            raise QuerySyntaxError(store_diagnosis(err, sparql, self.store), sparql) from err

    def query(self, sparql: str) -> list[dict[str, Value]]:
        """SELECT: one dict per row (unbound variables are None); ASK: [{"result": bool}]."""
        result = self._run(sparql)
        if isinstance(result, ox.QueryBoolean):
            return [{"result": bool(result)}]
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return [{n: python_value(sol[n]) for n in names} for sol in result]
        # CONSTRUCT/DESCRIBE: one dict per triple.
        return [
            {
                "subject": python_value(t.subject),  # type: ignore[arg-type]
                "predicate": python_value(t.predicate),
                "object": python_value(t.object),  # type: ignore[arg-type]
            }
            for t in result
        ]

    def query_df(self, sparql: str) -> pandas.DataFrame:
        """The rows of `query` as a pandas DataFrame (columns in the SELECT order)."""
        try:
            import pandas as pd
        except ImportError as err:
            raise ImportError("query_df needs pandas: pip install pandas") from err
        result = self._run(sparql)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [[python_value(sol[n]) for n in names] for sol in result]
            return pd.DataFrame(rows, columns=names)
        return pd.DataFrame(self.query(sparql))

    def table(self, name: str) -> pandas.DataFrame:
        """A contract query (`actors`, `statements`, `events`) as a DataFrame of its columns."""
        from kg.tables import table_frame

        return table_frame(self.store, name)

    def page(
        self,
        name: str,
        filters: Mapping[str, str] | None = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Page:
        """A page of shipped query `name` narrowed by `filters` (`kg.queries.FILTERS`: actor,
        kind, status, place, from, to): the rows of whole groups of its first sort key (the
        article for statements and events) holding at least `limit` items, in the query's
        order; `cursor` is the `next` of the previous page. Read to the end, the pages give
        exactly the whole query's rows. ValueError for a filter, limit or cursor refused."""
        from kg import paging

        plan = paging.plan(paging.store_select(self.store), name, filters, limit, cursor)
        result = self.store.query(plan.text)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        rows = [{n: python_value(sol[n]) for n in names} for sol in result]
        return Page(names, rows, plan.next_cursor(len(rows)))

    def total(self, name: str, filters: Mapping[str, str] | None = None) -> int:
        """The number of distinct items (statements, events, actors...) of shipped query
        `name` matching `filters`; KeyError for a query that pages by offset (no items)."""
        from kg import paging

        if name not in paging.SPECS:
            raise KeyError(f"{name!r} has no item count (counted: {', '.join(paging.SPECS)})")
        (row,) = paging.store_select(self.store)(paging.total_query(name, filters))
        return paging.number(row["n"])

    def stats(self) -> Stats:
        return self.store.stats()

    def close(self) -> None:
        # Dropping the last reference releases the RocksDB lock of an embedded store.
        del self.store

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open(store: str | Path | None, read_only: bool = True) -> KnowledgeBase:  # noqa: A001
    """Open a knowledge base folder, a SPARQL server URL, or (None) a new in-memory store."""
    return KnowledgeBase(open_store(store, read_only=read_only and store is not None))

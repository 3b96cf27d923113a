"""Browsing, Datasette-style: `/events`, `/statements`, `/actors`, `/articles`.

Each listing takes its filters, sort and page from the query string, so every view is a
shareable URL, and the same URL with `.json` or `.csv` gives exactly the rows shown. Facets
count the filtered rows by kind or status and link to the narrower view.

The queries put every filter inside `GRAPH ?article { … }`, next to the pattern it narrows, so
Oxigraph starts from the index of the bound term (an actor, a kind, a place) instead of
filtering the whole graph afterwards, and they read article metadata once per row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, render_template

from kg.namespaces import BASE
from kg.sparql_text import sparql_iri, sparql_string
from server.context import kb
from server.errors import ApiError
from server.formats import csv_response
from server.kb import Row, Term
from server.listings import (
    DATE_KEYS,
    DEFAULT_SIZE,
    FACET_TTL,
    LIST_COLUMNS,
    LISTINGS,
    NUMBER_KEYS,
    SEPARATOR,
    Listing,
    Params,
    broad,
    read_params,
)
from server.views import href, humanize

bp = Blueprint("browse", __name__)


def page_query(listing: Listing, p: Params) -> str:
    """Step 1 of a page by sorting every filtered item: the filtered items ordered by the sort
    key and cut to the page (one more row than shown, to know whether a next page exists).
    What a page of actors reads, and any page no window of its key can give exactly (see
    `page_items`).

    Oxigraph sorts every item, and decodes both sides' strings and IRIs from the store at
    each comparison: a sort of 17k statements by their words took 1.2 s CPU at 2.3 M quads.
    So each key (and each item IRI breaking ties) is preceded by its first 15 characters,
    which Oxigraph holds inline and compares without a lookup (`_prefix_keys`): the same order,
    since strings sharing those characters are then compared whole. Counts and dates are
    compared inline already (NUMBER_KEYS, DATE_KEYS)."""
    key = listing.keys[p.sort]
    ids = " ".join(listing.ids)
    if listing.grouped:
        # Ordered outside the grouping: Virtuoso ignores an ORDER BY on an aggregate's alias
        # in the grouped query itself. A key read from the item alone is read once per item,
        # not once per row of `core` (actors by name: 98 -> 33 ms CPU at 2.3 M quads).
        core = listing.core(p)
        if key.read:
            core = f"{{ SELECT DISTINCT {ids} WHERE {{ {core} }} }}"
        where = f"WHERE {{ {core} {key.pattern} }}"
        grouped = f"SELECT {ids} ({key.expr} AS ?key) {where} GROUP BY {ids}"
        return _sorted(listing, p, f"{{ {grouped} }}", (p.page - 1) * p.size)
    where = f"{listing.core(p)} {_joined(listing, p)} BIND ({key.expr} AS ?key)"
    return _sorted(listing, p, where, (p.page - 1) * p.size, distinct=True)


def _joined(listing: Listing, p: Params) -> str:
    """The sort key's pattern for every item. Unfiltered (or by a statement's kind, which may
    keep most: server.listings.BROAD), as sub-SELECTs, which Oxigraph joins by hashing one
    scan of the key's property instead of a lookup per item (17k statements with their words:
    88 -> 20 ms CPU at 2.3 M quads). Otherwise a lookup per item: a scan of the whole property
    would cost a filter keeping few items more than their lookups (an actor's events newest
    first: 12 -> 20 ms CPU)."""
    key = listing.keys[p.sort]
    if not broad(listing.name, p) or not key.read:
        return key.pattern
    return key.scanned if key.required else f"OPTIONAL {key.scanned}"


def _inline(listing: Listing, p: Params) -> bool:
    """Whether the sort key's values are compared inline, with no prefix key of their own."""
    return p.sort in NUMBER_KEYS | DATE_KEYS or listing.keys[p.sort].short


def _sorted(
    listing: Listing, p: Params, where: str, offset: int, distinct: bool = False, rank: bool = False
) -> str:
    """`where` (binding the ids and ?key) in the page's order, cut at `offset`; with `rank`, the
    keys come in the order of ?rank, a number bound with them (`window_page_query`)."""
    ids = " ".join(listing.ids)
    way = "DESC" if p.descending else "ASC"
    prefixes, order = ("", ids) if p.sort in DATE_KEYS else _prefix_keys(listing.ids)
    key0 = "" if rank or _inline(listing, p) else "BIND (SUBSTR(?key, 1, 15) AS ?key0)"
    if rank:
        order = f"?rank {order}"
    elif key0:
        order = f"{way}(?key0) {way}(?key) {order}"
    else:
        order = f"{way}(?key) {order}"
    cut = f"ORDER BY {order} LIMIT {p.size + 1} OFFSET {offset}"
    select = "SELECT DISTINCT" if distinct else "SELECT"
    return f"{select} {ids} ?key WHERE {{ {where} {key0} {prefixes} }} {cut}"


def _prefix_key(var: str, n: int, named: str = "") -> str:
    """The `n`th 15-character key of the IRI in `var`, an item named as the variable `named`
    (by default `var`) is: the characters after `…/id/event/` for `?event` and n = 0, the next
    ones for n = 1."""
    start = len(BASE) + len((named or var).lstrip("?")) + 2 + 15 * n  # SUBSTR counts from 1
    return f"SUBSTR(STR({var}), {start}, 15)"


def _prefix_keys(ids: tuple[str, ...], named: str = "") -> tuple[str, str]:
    """The BINDs of two 15-character keys for the first id (`?article` -> `?article0`,
    `?article1`: the characters after `…/id/article/`, where the IRIs differ), and the ORDER BY
    of the ids, the first after its keys. These characters decide most comparisons (the date
    and name in kg.mapping's keys: the first 15 are mostly the date, which many share, so a
    second key: 17k statements by IRI 178 -> 78 ms CPU at 2.3 M quads) and keep the order of
    the IRIs. The other ids (an event or statement of the article) break the ties of the
    first: in a page's few items, or a window's, whose articles rarely repeat."""
    first = ids[0]
    binds = " ".join(f"BIND ({_prefix_key(first, n, named)} AS {first}{n})" for n in (0, 1))
    return binds, " ".join([f"{first}0", f"{first}1", *ids])


def groups_query(listing: Listing, p: Params, limit: int) -> str:
    """The first `limit` groups of the filtered items in the page's order, each with its count
    of rows (distinct items and term): one scan of the key's property grouped by its stored
    term, compared as strings only once per value. The items without the key, whose keys are
    all alike and which sort by their ids alone, are grouped by their first id's term (?tie:
    an event's or statement's article; "" for the others), and only the groups' IRIs are read
    from the store: every statement by kind, none of them direct, groups in 29 ms CPU at 2.3 M
    quads, against 45 grouped by a prefix of each statement's IRI and 89 for the page."""
    key = listing.keys[p.sort]
    ids = " ".join(listing.ids)
    # BOUND where the OPTIONAL binds the key: past a sub-SELECT, Virtuoso 7.2 takes an
    # unbound variable for a bound one.
    tie = f'BIND (IF(BOUND({key.var}), "", {listing.ids[0]}) AS ?tie)'
    where = f"{listing.core(p)} {_joined(listing, p)} {tie}"
    grouping = f"{key.var} ?tie"
    items = f"SELECT DISTINCT {ids} {grouping} WHERE {{ {where} }}"
    counted = f"SELECT {grouping} (COUNT(*) AS ?n) WHERE {{ {{ {items} }} }}"
    way = "DESC" if p.descending else "ASC"
    key0 = "" if _inline(listing, p) else "BIND (SUBSTR(?key, 1, 15) AS ?key0)"
    order = f"{way}(?key0) {way}(?key)" if key0 else f"{way}(?key)"
    binds, tie_order = _prefix_keys(("?tie",), listing.ids[0])
    where = f"{{ {counted} GROUP BY {grouping} }} BIND ({key.expr} AS ?key) {key0} {binds}"
    cut = f"ORDER BY {order} {tie_order} LIMIT {limit}"
    return f"SELECT {grouping} ?key ?n WHERE {{ {where} }} {cut}"


# A group of a window: the rows of a key's stored term (term, None), of the items without the
# key whose first id is an article (None, article), or of a term and an article (term, article).
Group = tuple[Term | None, Term | None]


@dataclass(frozen=True)
class Window:
    """The rows holding a page: those of `groups`, in the page's order; `before` rows come
    first, and the groups hold `rows` rows."""

    groups: list[Group]
    before: int
    rows: int = 0


def key_window(listing: Listing, p: Params, groups: list[Row]) -> Window | None:
    """The window of `groups` (groups_query's rows) holding the page's rows; None when a window
    cannot be exact: two stored terms with one key (`STR` of a string and of a typed literal,
    or a key equal to that of the items without one), whose rows would interleave, or items
    without the key whose first id is a blank node, which no VALUES block can name."""
    var = listing.keys[p.sort].var.lstrip("?")
    keyed = [r["key"].value if "key" in r else None for r in groups if var in r]
    keyless = {r["key"].value if "key" in r else None for r in groups if var not in r}
    if len(set(keyed)) < len(keyed) or keyless & set(keyed):
        return None
    held, before = _span(groups, (p.page - 1) * p.size, p.size + 1)
    window: list[Group] = [(r.get(var), None if var in r else r.get("tie")) for r in held]
    if any(t is None and (f is None or f.type != "uri") for t, f in window):
        return None
    return Window(window, before, sum(int(r["n"].value) for r in held))


def _span(groups: list[Row], offset: int, need: int) -> tuple[list[Row], int]:
    """The groups (in the page's order, each with its count of rows ?n) holding the `need`
    rows after `offset`, and how many rows come before the first of them."""
    before, total, held = 0, 0, []
    for r in groups:
        count = int(r["n"].value)
        if total + count <= offset:
            total += count
            before = total
            continue
        held.append(r)
        total += count
        if total >= offset + need:
            break
    return held, before


def firsts_query(listing: Listing, p: Params, window: Window, limit: int) -> str:
    """The first `limit` groups of the rows of the window's key terms by term and first id (an
    event's or statement's article), in the page's order: a window of one key's thousands of
    items (2,924 statements with one cue) sorted whole costs more (35 ms CPU at 2.3 M quads)
    than grouping its items by article (ids of the store, no string read), reading the IRIs
    of the articles only and sorting a page's worth of items (19 + 2)."""
    key = listing.keys[p.sort]
    first = listing.ids[0]
    ids = " ".join(listing.ids)
    ranked = " ".join(f"({sparql_term(t)} {i})" for i, (t, _) in enumerate(window.groups) if t)
    values = f"VALUES ({key.var} ?rank) {{ {ranked} }}"
    where = f"{values} {key.read} {listing.core(p)}"
    items = f"SELECT DISTINCT {ids} {key.var} ?rank WHERE {{ {where} }}"
    grouping = f"{key.var} ?rank {first}"
    counted = f"SELECT {grouping} (COUNT(*) AS ?n) WHERE {{ {{ {items} }} }} GROUP BY {grouping}"
    binds, order = _prefix_keys((first,))
    cut = f"ORDER BY ?rank {order} LIMIT {limit}"
    return f"SELECT {grouping} ?n WHERE {{ {{ {counted} }} {binds} }} {cut}"


def first_window(listing: Listing, p: Params, window: Window, groups: list[Row]) -> Window:
    """The part of `window` (of key terms only) holding the page's rows, by its groups of key
    term and first id (firsts_query's rows); `window` itself when a first id is a blank node,
    which no VALUES block can name."""
    var, first = listing.keys[p.sort].var.lstrip("?"), listing.ids[0].lstrip("?")
    held, before = _span(groups, (p.page - 1) * p.size - window.before, p.size + 1)
    if any(first not in r or r[first].type != "uri" for r in held):
        return window
    return Window([(r.get(var), r.get(first)) for r in held], window.before + before)


def window_page_query(listing: Listing, p: Params, window: Window) -> str:
    """The page query of the window's rows past its `before` ones: each group's items found by
    a lookup of its key term in the index of the key's property, of its article, or of both,
    and only those items sorted. The groups come in the page's order, so each is given its
    rank there: the sort compares numbers instead of reading equal keys from the store (a
    window of 2,204 statements with one text: 53 -> 26 ms CPU)."""
    key = listing.keys[p.sort]
    first = listing.ids[0]
    bound = f"BIND ({key.expr} AS ?key)"
    blocks = []
    for named, read in (
        ((key.var,), f"{key.read} {listing.core(p)}"),
        ((key.var, first), f"{key.read} {listing.core(p)}"),
        ((first,), f"{listing.core(p)} {key.pattern} FILTER (!BOUND({key.var}))"),
    ):
        shape = (key.var in named, first in named)
        ranked = " ".join(
            "(" + " ".join(sparql_term(v) for v in (t, f) if v is not None) + f" {i})"
            for i, (t, f) in enumerate(window.groups)
            if (t is not None, f is not None) == shape
        )
        if ranked:
            values = f"VALUES ({' '.join(named)} ?rank) {{ {ranked} }}"
            blocks.append(f"{{ {values} {read} {bound} }}")
    offset = (p.page - 1) * p.size - window.before
    return _sorted(listing, p, " UNION ".join(blocks), offset, distinct=True, rank=True)


def details_query(listing: Listing, items: list[tuple[str, ...]]) -> str:
    """Step 2 of a page: what is shown about exactly the page's items, named in a `VALUES`
    block. Two plain queries instead of one with LATERAL (SEP-0006), which Virtuoso lacks.

    The block opens every OPTIONAL of the details as well as the query: Oxigraph evaluates an
    OPTIONAL on its own before joining it, so without the items inside, each one would read its
    property for the whole store (5.9 s for a page of actors at 2.3 M quads, 20 ms with them)."""
    ids = " ".join(listing.ids)
    rows = " ".join("(" + " ".join(sparql_iri(v) for v in item) + ")" for item in items)
    values = f"VALUES ({ids}) {{ {rows} }}"
    details = _narrowed(listing.details, values)
    return f"SELECT {ids} {listing.select} WHERE {{ {values} {details} }} GROUP BY {ids}"


def _narrowed(details: str, values: str) -> str:
    """`details` with `values` opening each OPTIONAL outside any other one (Virtuoso fails to
    compile a page of statements with the block in the nested ones too)."""
    out, depth, optional_depth = [], 0, None
    for piece in re.split(r"(OPTIONAL \{|\{|\})", details):
        if piece == "OPTIONAL {":
            if optional_depth is None:
                optional_depth = depth
                piece += f" {values}"
            depth += 1
        elif piece == "{":
            depth += 1
        elif piece == "}":
            depth -= 1
            if depth == optional_depth:
                optional_depth = None
        out.append(piece)
    return "".join(out)


Select = Callable[[str, int | None], list[Row]]
# A window of more rows than this many pages is narrowed by article before its items are sorted
# (firsts_query), for a page among its first rows: deeper, the groups to read cost more than
# the sort (page 30 of statements by cue: 40 ms CPU for 1,502 groups).
WIDE = 4

# Every dated thing per date, across graphs: one pass over `pa:date` (10 ms at 2.3 M quads).
DATE_COUNTS = "SELECT ?d (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x pa:date ?d } } GROUP BY ?d"
# The listings whose newest-first page can be read from a window of their latest dates.
DATED = {"events": "?event", "statements": "?statement"}


def window_query(listing: Listing, p: Params, dates: list[Term]) -> str:
    """The page query of an unfiltered newest-first listing, restricted to `dates`: each a
    lookup in the index of `pa:date` instead of sorting every item of the store."""
    ids = " ".join(listing.ids)
    listed = " ".join(_literal(d) for d in dates)
    item = DATED[listing.name]
    where = f"VALUES ?kd {{ {listed} }} GRAPH ?article {{ {item} pa:date ?kd }} {listing.core(p)}"
    cut = f"ORDER BY DESC(?key) {ids} LIMIT {p.size + 1} OFFSET {(p.page - 1) * p.size}"
    return f"SELECT DISTINCT {ids} (STR(?kd) AS ?key) WHERE {{ {where} }} {cut}"


def sparql_term(term: Term) -> str:
    """A result term as SPARQL text, to put back into the next query."""
    return _literal(term) if term.type == "literal" else sparql_iri(term.value)


def _literal(term: Term) -> str:
    text = sparql_string(term.value)
    if term.lang:
        return f"{text}@{term.lang}"
    return f"{text}^^{sparql_iri(term.datatype)}" if term.datatype else text


def page_items(listing: Listing, p: Params, select: Select) -> list[Row]:
    """Step 1 of a page: its items (and one more if a next page exists) with their sort key.

    An unfiltered listing newest first (the default view of events and statements) reads a
    window of the latest dates: enough dates to hold the page by the count of everything dated
    on them, widened while the window gives fewer rows than the page needs, until it holds
    every date; then the undated items follow, and the whole query answers (keyset-like paging
    by date instead of sorting every item: 79 and 324 ms CPU -> see bench/browse.py)."""
    if listing.name in DATED and p.sort == "date" and p.descending and not p.filters:
        counts = select(DATE_COUNTS, None)
        counts.sort(key=lambda r: r["d"].value, reverse=True)
        need = p.page * p.size + 1
        while True:
            total, dates = 0, []
            for r in counts:
                if total >= need:
                    break
                dates.append(r["d"])
                total += int(r["n"].value)
            if len(dates) == len(counts):
                break  # every date: the undated items may fill the page
            found = select(window_query(listing, p, dates), p.size + 1)
            if len(found) == p.size + 1:
                return found
            need *= 4
    key = listing.keys[p.sort]
    if not listing.grouped and key.var:
        # Any other sort of events, statements or articles: the key values that hold the page,
        # then only their items sorted (statements by their words: 693 -> 73 ms CPU at 2.3 M
        # quads, bench/issue17.md).
        groups = select(groups_query(listing, p, p.page * p.size + 2), None)
        window = key_window(listing, p, groups)
        if window is not None and not window.groups:
            return []
        if window is not None:
            inside = (p.page - 1) * p.size - window.before  # the window's rows before the page
            keyed = all(f is None for _, f in window.groups)
            if keyed and len(listing.ids) > 1 and window.rows > WIDE * (p.size + 1) > inside:
                groups = select(firsts_query(listing, p, window, inside + p.size + 2), None)
                window = first_window(listing, p, window, groups)
            return select(window_page_query(listing, p, window), p.size + 1)
    return select(page_query(listing, p), p.size + 1)


def page_rows(listing: Listing, p: Params) -> list[Row]:
    """The rows of a page (and one more if a next page exists), in the page's order."""
    names = [v.lstrip("?") for v in listing.ids]
    found = page_items(listing, p, lambda query, n: kb().select(query, max_rows=n))
    items = [tuple(r[n].value for n in names) for r in found]
    if not items:
        return []
    details = kb().select(details_query(listing, items), max_rows=len(items))
    shown = {tuple(r[n].value for n in names): _sorted_lists(r) for r in details}
    return [{**shown.get(item, {}), **r} for item, r in zip(items, found, strict=True)]


def _sorted_lists(row: Row) -> Row:
    """GROUP_CONCAT joins in whatever order the engine met the values: sorted, a cell reads the
    same on every store."""
    for name in LIST_COLUMNS & row.keys():
        term = row[name]
        value = SEPARATOR.join(sorted(term.value.split(SEPARATOR)))
        row[name] = Term(term.type, value, term.lang, term.datatype)
    return row


def facet_query(listing: Listing, p: Params, var: str) -> str:
    """The filtered items counted by the facet `var`'s value. As in a page (`page_query`), an
    actor's type is read once per actor rather than per article naming it (46 -> 12 ms CPU
    for every actor at 2.3 M quads), and unfiltered, a property every item has is joined by
    hashing one scan of it (every event's kind: 40 -> 17 ms); not an OPTIONAL one, whose
    sub-SELECT would keep only the items that have it."""
    ids = " ".join(listing.ids)
    pattern, value = listing.facets[var]
    core = listing.core(p)
    if listing.grouped:
        core = f"{{ SELECT DISTINCT {ids} WHERE {{ {core} }} }}"
    if not p.filters and not pattern.startswith("OPTIONAL"):
        pattern = f"{{ SELECT * WHERE {{ {pattern} }} }}"
    items = f"SELECT DISTINCT {ids} ({value} AS ?{var}) WHERE {{ {core} {pattern} }}"
    order = f"GROUP BY ?{var} ORDER BY DESC(?n) ?{var}"
    return f"SELECT ?{var} (COUNT(*) AS ?n) WHERE {{ {{ {items} }} }} {order}"


# --- rendering ---------------------------------------------------------------------------------


def _value(row: Row, name: str) -> str:
    term = row.get(name)
    return term.value if term is not None else ""


def shown_rows(listing: Listing, rows: list[Row]) -> list[dict[str, str]]:
    """The rows as shown: each column's value, and the IRI it links to (`<column>_iri`)."""
    out = []
    for r in rows:
        item: dict[str, str] = {}
        for c in listing.columns:
            item[c.name] = _value(r, c.name)
            if c.link:
                item[f"{c.name}_iri"] = _value(r, c.link)
        out.append(item)
    return out


def url_with(listing: Listing, p: Params, fmt: str = "", **changes: str | int | None) -> str:
    args: dict[str, str | int] = dict(p.filters)
    sort = ("-" if p.descending else "") + p.sort
    if sort != listing.default_sort:
        args["sort"] = sort
    if p.page != 1:
        args["page"] = p.page
    if p.size != DEFAULT_SIZE:
        args["size"] = p.size
    for key, value in changes.items():
        if value is None or value == "":
            args.pop(key, None)
        else:
            args[key] = value
    if changes and "page" not in changes:
        args.pop("page", None)  # another filter or sort starts at the first page
    query = urlencode(args)
    return f"/{listing.name}{fmt}" + (f"?{query}" if query else "")


def view(name: str, fmt: str) -> Response | str:
    listing = LISTINGS[name]
    p = read_params(listing)
    rows = page_rows(listing, p)
    more = len(rows) > p.size
    shown = shown_rows(listing, rows[: p.size])
    columns = [c.name for c in listing.columns]
    if fmt == ".csv":
        return csv_response(columns, shown)
    facets = {var: _facet(listing, p, var) for var in listing.facets}
    next_url = url_with(listing, p, page=p.page + 1) if more else None
    prev_url = url_with(listing, p, page=p.page - 1 if p.page > 2 else None) if p.page > 1 else None
    if fmt == ".json":
        return jsonify(
            {
                "listing": name,
                "columns": columns,
                "rows": shown,
                "filters": p.filters,
                "sort": ("-" if p.descending else "") + p.sort,
                "page": p.page,
                "size": p.size,
                "next": next_url and url_with(listing, p, ".json", page=p.page + 1),
                "facets": {k: [{"value": v, "count": n} for v, n in f] for k, f in facets.items()},
            }
        )
    return render_template(
        "listing.html",
        listing=listing,
        p=p,
        rows=shown,
        facets=facets,
        next_url=next_url,
        prev_url=prev_url,
        url_with=url_with,
        humanize=humanize,
        href=href,
        json_url=url_with(listing, p, ".json"),
        csv_url=url_with(listing, p, ".csv"),
        human_date=human_date,
    )


def _facet(listing: Listing, p: Params, var: str) -> list[tuple[str, int]]:
    """The filtered rows counted by `var`, remembered for a minute (or until a write)."""

    def compute() -> list[tuple[str, int]]:
        rows = kb().select(facet_query(listing, p, var))
        return [(r[var].value if var in r else "", int(r["n"].value)) for r in rows]

    return kb().cached(f"facet:{url_with(listing, p, page=None)}:{var}", FACET_TTL, compute)


def human_date(value: str) -> str:
    """`2025-05-16` as `16 May 2025`; `--05-16` as `16 May`; other text as it is."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
            d = dt.date.fromisoformat(value[:10])
            return f"{d.day} {d.strftime('%B')} {d.year}"
        if re.fullmatch(r"--\d{2}-\d{2}", value):
            d = dt.date(2000, int(value[2:4]), int(value[5:7]))
            return f"{d.day} {d.strftime('%B')}"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            d = dt.date(int(value[:4]), int(value[5:7]), 1)
            return f"{d.strftime('%B')} {d.year}"
    except ValueError:
        pass
    return value


def _route(name: str) -> None:
    def html() -> Response | str:
        return view(name, "")

    def data(fmt: str) -> Response | str:
        if fmt not in ("json", "csv"):
            raise ApiError(404, "not_found", f"/{name} comes as .json or .csv, not .{fmt}")
        return view(name, "." + fmt)

    bp.add_url_rule(f"/{name}", f"{name}_html", html)
    bp.add_url_rule(f"/{name}.<fmt>", f"{name}_data", data)


for _name in LISTINGS:
    _route(_name)

__all__ = [
    "LISTINGS",
    "bp",
    "details_query",
    "human_date",
    "page_items",
    "page_query",
    "page_rows",
]

"""Browsing, Datasette-style: `/events`, `/statements`, `/actors`, `/articles`.

Each listing takes its filters, sort and page from the query string, so every view is a
shareable URL, and the same URL with `.json` or `.csv` gives exactly the rows shown. Facets
count the filtered rows by kind or status and link to the narrower view.

The queries put every filter inside `GRAPH ?article { … }`, next to the pattern it narrows, so
Oxigraph starts from the index of the bound term (an actor, a kind, a place) instead of
filtering the whole graph afterwards, and they read article metadata once per row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, render_template, request

from kg.model import ACTOR_TYPES, EVENT_KINDS, EVENT_STATUSES
from kg.namespaces import BASE, PREFIXES
from kg.queries import listed_days
from kg.sparql_text import sparql_iri, sparql_string
from server.context import kb
from server.errors import ApiError
from server.kb import Row, Term
from server.views import href, humanize

bp = Blueprint("browse", __name__)

PA = PREFIXES["pa"]
MAX_SIZE = 500
DEFAULT_SIZE = 50
FACET_TTL = 60.0
_WORD = re.compile(r"^[A-Za-z_]+$")
STATEMENT_KINDS = ("direct", "indirect")
SEPARATOR = "; "  # between the values of a list column
LIST_COLUMNS = {"parties", "via"}  # GROUP_CONCAT columns, see `_sorted_lists`


@dataclass(frozen=True)
class Column:
    name: str  # the SPARQL variable
    label: str
    link: str | None = None  # the variable whose IRI the cell links to
    sortable: bool = True


@dataclass
class Params:
    """The validated query string of a listing."""

    filters: dict[str, str] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False
    page: int = 1
    size: int = DEFAULT_SIZE


@dataclass(frozen=True)
class Listing:
    name: str
    title: str
    columns: tuple[Column, ...]
    filters: tuple[str, ...]
    default_sort: str
    facets: dict[str, tuple[str, str]]  # facet -> (pattern, value) of an item
    core: Callable[[Params], str]  # the filtered items, as a pattern binding `ids`
    ids: tuple[str, ...]  # the variables naming an item (a row)
    keys: dict[str, tuple[str, str]]  # sortable column -> (pattern, expression) of its key
    grouped: bool  # an item is several rows of `core`: keys are aggregates
    details: str  # what a row shows, for the items of one page
    select: str  # the aggregates of a row

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


# --- parameters --------------------------------------------------------------------------------


def _bad(message: str) -> ApiError:
    return ApiError(400, "bad_parameter", message)


def _iri(value: str) -> str:
    """An IRI given in full or as a path under /id/ (`actor/Q7747`)."""
    full = value if value.startswith(("http://", "https://")) else BASE + value.lstrip("/")
    full = full.replace(BASE + "id/", BASE, 1)
    try:
        return sparql_iri(full)
    except ValueError as err:
        raise _bad(f"{value!r} is not an IRI") from err


def _date(name: str, value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise _bad(f"{name}={value!r}: give a date as YYYY-MM-DD") from err


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise _bad(f"{name}={value!r}: one of {', '.join(allowed)}")
    return value


def read_params(listing: Listing) -> Params:
    args = request.args
    params = Params()
    for name in listing.filters:
        value = args.get(name, "").strip()
        if value:
            params.filters[name] = value
    sort = args.get("sort", listing.default_sort)
    params.descending = sort.startswith("-")
    params.sort = sort.lstrip("-")
    col = listing.column(params.sort)
    if col is None or not col.sortable:
        sortable = ", ".join(c.name for c in listing.columns if c.sortable)
        raise _bad(f"sort={sort!r}: sort by one of {sortable} (with - for descending)")
    try:
        params.page = int(args.get("page", "1"))
        params.size = int(args.get("size", str(DEFAULT_SIZE)))
    except ValueError as err:
        raise _bad("page and size are whole numbers") from err
    if params.page < 1 or not 1 <= params.size <= MAX_SIZE:
        raise _bad(f"page >= 1 and 1 <= size <= {MAX_SIZE}")
    return params


def _date_range(var: str, p: Params) -> str:
    """The date range of `p` on `var`: a range of up to a quarter as its days, which Oxigraph
    looks up in its index (kg.queries.MAX_LISTED_DAYS), else FILTERs comparing every date."""
    if var.startswith("?"):
        days = listed_days(p.filters.get("from"), p.filters.get("to"))
        if days is not None:
            return f"VALUES {var} {{ {' '.join(_xsd_date(d) for d in days)} }}"
    out = []
    if "from" in p.filters:
        out.append(f'FILTER ({var} >= "{_date("from", p.filters["from"])}"^^xsd:date)')
    if "to" in p.filters:
        out.append(f'FILTER ({var} <= "{_date("to", p.filters["to"])}"^^xsd:date)')
    return " ".join(out)


def _xsd_date(day: dt.date) -> str:
    return f'"{day.isoformat()}"^^xsd:date'


def _contains(var: str, p: Params) -> str:
    words = [w.lower() for w in p.filters.get("q", "").split()][:8]
    return " ".join(f"FILTER (CONTAINS(LCASE({var}), {sparql_string(w)}))" for w in words)


# --- the listings ------------------------------------------------------------------------------


def _events_core(p: Params) -> str:
    f = p.filters
    kind = (
        f"?event pa:eventType et:{_choice('kind', f['kind'], EVENT_KINDS)} ." if "kind" in f else ""
    )
    status = (
        f"?event pa:status st:{_choice('status', f['status'], EVENT_STATUSES)} ."
        if "status" in f
        else ""
    )
    actor = ""
    if "actor" in f:
        roles = "VALUES ?role { pa:participant pa:mediator pa:initiator }"
        actor = f"{roles} ?event ?role {_iri(f['actor'])} ."
    place = f"?event pa:place {_iri(f['place'])} ." if "place" in f else ""
    dated = f"?event pa:date ?fd . {_date_range('?fd', p)}" if "from" in f or "to" in f else ""
    return f"""GRAPH ?article {{ {actor} {place} {kind} {status}
        ?event a pa:Event . {dated} }}"""


def _statements_core(p: Params) -> str:
    f = p.filters
    kind = ""
    if "kind" in f:
        direct = _choice("kind", f["kind"], STATEMENT_KINDS) == "direct"
        kind = f"?statement a {'pa:DirectStatement' if direct else 'pa:ReportedStatement'} ."
    speaker = f"?statement pa:speaker {_iri(f['speaker'])} ." if "speaker" in f else ""
    words = f"?statement pa:content ?fc . {_contains('?fc', p)}" if "q" in f else ""
    dated = f"?statement pa:date ?fd . {_date_range('?fd', p)}" if "from" in f or "to" in f else ""
    return f"""GRAPH ?article {{ {speaker} {kind}
        ?statement a pa:Statement . {words} {dated} }}"""


def _actors_core(p: Params) -> str:
    f = p.filters
    words = f"?actor pa:name|pa:alias ?fn . {_contains('?fn', p)}" if "q" in f else ""
    # The default graph holds each fact once (kg.union), so the actors are read there rather
    # than graph by graph: 85 against 205 ms CPU for the first page of all actors at 2.3 M
    # quads. The items are DISTINCT and the article count COUNT(DISTINCT) all the same, so a
    # store read as a bag (Virtuoso before kg first writes its union graph) answers alike.
    if "type" in f:
        return (
            f"?actor a pa:{_choice('type', f['type'], ACTOR_TYPES)} ; pa:mentionedIn ?g . {words}"
        )
    # Unfiltered, `pa:mentionedIn` alone: only actors have it (the mapping gives each one of the
    # ACTOR_TYPES with it), and the type join cost 91 against 78 ms CPU for the first page by
    # article count at 2.3 M quads. The type is read where it is shown, sorted or counted.
    return f"?actor pa:mentionedIn ?g . {words}"


# An actor's type, for the type column's sort key and facet.
_ACTOR_CLASS = f"VALUES ?class {{ {' '.join('pa:' + t for t in ACTOR_TYPES)} }} ?actor a ?class ."


def _articles_core(p: Params) -> str:
    f = p.filters
    actor = f"{_iri(f['actor'])} pa:mentionedIn ?article ." if "actor" in f else ""
    words = f"?article pa:title ?ft . {_contains('?ft', p)}" if "q" in f else ""
    dated = ""
    if "from" in f or "to" in f:
        dated = f"?article pa:published ?fp . {_date_range('xsd:date(?fp)', p)}"
    return f"GRAPH ?article {{ {actor} ?article a pa:Article . {words} {dated} }}"


_EVENT_KEYS = {
    "date": ("OPTIONAL { GRAPH ?article { ?event pa:date ?kd } }", "STR(?kd)"),
    "kind": ("OPTIONAL { GRAPH ?article { ?event pa:eventType ?kk } }", "STR(?kk)"),
    "status": ("OPTIONAL { GRAPH ?article { ?event pa:status ?ks } }", "STR(?ks)"),
    "placeName": ("OPTIONAL { GRAPH ?article { ?event pa:place/pa:name ?kp } }", "STR(?kp)"),
    "title": ("OPTIONAL { GRAPH ?article { ?article pa:title ?kt } }", "STR(?kt)"),
}
_STATEMENT_KEYS = {
    "date": ("OPTIONAL { GRAPH ?article { ?statement pa:date ?kd } }", "STR(?kd)"),
    "speakerName": (
        "OPTIONAL { GRAPH ?article { ?statement pa:speaker/pa:name ?ks } }",
        "STR(?ks)",
    ),
    "cue": ("OPTIONAL { GRAPH ?article { ?statement pa:cue ?kc } }", "STR(?kc)"),
    "kind": (
        'OPTIONAL { GRAPH ?article { ?statement a pa:DirectStatement BIND ("direct" AS ?kk) } }',
        'COALESCE(?kk, "indirect")',
    ),
    "content": ("OPTIONAL { GRAPH ?article { ?statement pa:content ?kc } }", "STR(?kc)"),
    "title": ("OPTIONAL { GRAPH ?article { ?article pa:title ?kt } }", "STR(?kt)"),
}
_ACTOR_KEYS = {
    "name": ("OPTIONAL { ?actor pa:name ?kn }", "MIN(STR(?kn))"),
    "type": (_ACTOR_CLASS, "MIN(STR(?class))"),
    "articles": ("", "COUNT(DISTINCT ?g)"),
}
_ARTICLE_KEYS = {
    "published": ("OPTIONAL { GRAPH ?article { ?article pa:published ?kp } }", "STR(?kp)"),
    "title": ("OPTIONAL { GRAPH ?article { ?article pa:title ?kt } }", "STR(?kt)"),
    "source": ("OPTIONAL { GRAPH ?article { ?article pa:source ?ks } }", "STR(?ks)"),
}

LISTINGS = {
    "events": Listing(
        "events",
        "Events",
        (
            Column("date", "Date"),
            Column("kind", "Kind", link="event"),
            Column("status", "Status"),
            Column("parties", "Parties", sortable=False),
            Column("placeName", "Place", link="place"),
            Column("title", "Article", link="article"),
        ),
        ("kind", "status", "actor", "place", "from", "to"),
        "-date",
        {
            "kind": (
                "GRAPH ?article { ?event pa:eventType ?fk }",
                "STRAFTER(STR(?fk), STR(et:))",
            ),
            "status": ("GRAPH ?article { ?event pa:status ?fs }", "STRAFTER(STR(?fs), STR(st:))"),
        },
        _events_core,
        ("?event", "?article"),
        _EVENT_KEYS,
        False,
        """GRAPH ?article {
          OPTIONAL { ?event pa:eventType ?et } OPTIONAL { ?event pa:status ?st }
          OPTIONAL { ?event pa:date ?d }
          OPTIONAL { ?event pa:place ?pl OPTIONAL { ?pl pa:name ?pln } }
          OPTIONAL { ?event pa:participant ?pp . ?pp pa:name ?pn }
          OPTIONAL { ?article pa:title ?t } }""",
        "(SAMPLE(STRAFTER(STR(?et), STR(et:))) AS ?kind) "
        "(SAMPLE(STRAFTER(STR(?st), STR(st:))) AS ?status) (MIN(STR(?d)) AS ?date) "
        "(SAMPLE(?pl) AS ?place) (SAMPLE(?pln) AS ?placeName) "
        f'(GROUP_CONCAT(DISTINCT ?pn; separator="{SEPARATOR}") AS ?parties) (SAMPLE(?t) AS ?title)',
    ),
    "statements": Listing(
        "statements",
        "Statements",
        (
            Column("date", "Date"),
            Column("speakerName", "Speaker", link="speaker"),
            Column("cue", "Cue"),
            Column("kind", "Kind"),
            Column("content", "Words", link="statement"),
            Column("via", "Via", sortable=False),
            Column("title", "Article", link="article"),
        ),
        ("kind", "speaker", "q", "from", "to"),
        "-date",
        {
            "kind": (
                "OPTIONAL { GRAPH ?article { "
                '?statement a pa:DirectStatement BIND ("direct" AS ?fk) } }',
                'COALESCE(?fk, "indirect")',
            )
        },
        _statements_core,
        ("?statement", "?article"),
        _STATEMENT_KEYS,
        False,
        """GRAPH ?article {
          OPTIONAL { ?statement pa:content ?c }
          OPTIONAL { ?statement pa:speaker ?sp OPTIONAL { ?sp pa:name ?sn } }
          OPTIONAL { ?statement pa:cue ?cu } OPTIONAL { ?statement pa:date ?d }
          OPTIONAL { ?statement pa:reportedVia ?v . ?v pa:name ?vn }
          OPTIONAL { ?statement a pa:DirectStatement BIND ("direct" AS ?kindName) }
          OPTIONAL { ?statement a pa:ReportedStatement BIND ("indirect" AS ?kindName) }
          OPTIONAL { ?article pa:title ?t } }""",
        "(MIN(STR(?d)) AS ?date) (SAMPLE(?sp) AS ?speaker) (SAMPLE(?sn) AS ?speakerName) "
        "(SAMPLE(?cu) AS ?cue) (MIN(?kindName) AS ?kind) "
        "(SAMPLE(?c) AS ?content) "
        f'(GROUP_CONCAT(DISTINCT ?vn; separator="{SEPARATOR}") AS ?via) (SAMPLE(?t) AS ?title)',
    ),
    "actors": Listing(
        "actors",
        "Actors",
        (
            Column("name", "Name", link="actor"),
            Column("type", "Type"),
            Column("articles", "Articles"),
        ),
        ("type", "q"),
        "-articles",
        {"type": (_ACTOR_CLASS, "STRAFTER(STR(?class), STR(pa:))")},
        _actors_core,
        ("?actor",),
        _ACTOR_KEYS,
        True,
        """OPTIONAL { ?actor pa:name ?n }
          OPTIONAL { ?actor a ?at
                     VALUES ?at { pa:Person pa:Organization pa:Country pa:Delegation } }
          OPTIONAL { ?actor pa:mentionedIn ?ma }""",
        "(SAMPLE(?n) AS ?name) (SAMPLE(STRAFTER(STR(?at), STR(pa:))) AS ?type) "
        "(COUNT(DISTINCT ?ma) AS ?articles)",
    ),
    "articles": Listing(
        "articles",
        "Articles",
        (
            Column("published", "Published"),
            Column("title", "Title", link="article"),
            Column("source", "Source"),
        ),
        ("actor", "q", "from", "to"),
        "-published",
        {},
        _articles_core,
        ("?article",),
        _ARTICLE_KEYS,
        False,
        """GRAPH ?article { OPTIONAL { ?article pa:title ?t }
          OPTIONAL { ?article pa:published ?pb } OPTIONAL { ?article pa:source ?so } }""",
        "(SAMPLE(?t) AS ?title) (SAMPLE(?pb) AS ?published) (SAMPLE(?so) AS ?source)",
    ),
}


def page_query(listing: Listing, p: Params) -> str:
    """Step 1 of a page: the filtered items ordered by the sort key and cut to the page (one
    more row than shown, to know whether a next page exists)."""
    ids = " ".join(listing.ids)
    key_pattern, key_expr = listing.keys[p.sort]
    order = f"{'DESC' if p.descending else 'ASC'}(?key)"
    where = f"WHERE {{ {listing.core(p)} {key_pattern} }}"
    cut = f"ORDER BY {order} {ids} LIMIT {p.size + 1} OFFSET {(p.page - 1) * p.size}"
    if listing.grouped:
        # Ordered outside the grouping: Virtuoso ignores an ORDER BY on an aggregate's alias
        # in the grouped query itself.
        grouped = f"SELECT {ids} ({key_expr} AS ?key) {where} GROUP BY {ids}"
        return f"SELECT {ids} ?key WHERE {{ {{ {grouped} }} }} {cut}"
    return f"SELECT DISTINCT {ids} ({key_expr} AS ?key) {where} {cut}"


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
    ids = " ".join(listing.ids)
    pattern, value = listing.facets[var]
    items = f"SELECT DISTINCT {ids} ({value} AS ?{var}) WHERE {{ {listing.core(p)} {pattern} }}"
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
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([r[c] for c in columns] for r in shown)
        return Response(text.getvalue(), content_type="text/csv; charset=utf-8")
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

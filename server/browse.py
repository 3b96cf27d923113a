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

from kg.namespaces import BASE, ET, PREFIXES
from kg.sparql_text import sparql_iri, sparql_string
from server.context import kb
from server.errors import ApiError
from server.kb import Row
from server.views import href, humanize

bp = Blueprint("browse", __name__)

PA = PREFIXES["pa"]
MAX_SIZE = 500
DEFAULT_SIZE = 50
FACET_TTL = 60.0
_WORD = re.compile(r"^[A-Za-z_]+$")
EVENT_STATUSES = ("planned", "held", "cancelled", "postponed")
ACTOR_TYPES = ("Person", "Organization", "Country", "Delegation")
STATEMENT_KINDS = ("direct", "indirect")


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
    facets: tuple[str, ...]  # variables the filtered rows are counted by
    where: Callable[[Params], str]  # the WHERE body for these filters
    select: str  # projection and aggregates of a page
    group: str  # GROUP BY of a page
    count_of: str  # what a facet counts

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
    out = []
    if "from" in p.filters:
        out.append(f'FILTER ({var} >= "{_date("from", p.filters["from"])}"^^xsd:date)')
    if "to" in p.filters:
        out.append(f'FILTER ({var} <= "{_date("to", p.filters["to"])}"^^xsd:date)')
    return " ".join(out)


def _contains(var: str, p: Params) -> str:
    words = [w.lower() for w in p.filters.get("q", "").split()][:8]
    return " ".join(f"FILTER (CONTAINS(LCASE({var}), {sparql_string(w)}))" for w in words)


# --- the listings ------------------------------------------------------------------------------


def _events_where(p: Params) -> str:
    f = p.filters
    kind = f"et:{_choice('kind', f['kind'], _kinds())}" if "kind" in f else "?et"
    status = f"st:{_choice('status', f['status'], EVENT_STATUSES)}" if "status" in f else "?st"
    actor = ""
    if "actor" in f:
        roles = "VALUES ?role { pa:participant pa:mediator pa:initiator }"
        actor = f"{roles} ?event ?role {_iri(f['actor'])} ."
    place = f"?event pa:place {_iri(f['place'])} ." if "place" in f else ""
    dated = "?event pa:date ?d ." if "from" in f or "to" in f else ""
    return f"""
      GRAPH ?article {{
        {actor} {place}
        ?event a pa:Event ; pa:eventType {kind} ; pa:status {status} .
        {dated} {_date_range("?d", p)}
        OPTIONAL {{ ?event pa:date ?d }}
        OPTIONAL {{ ?event pa:place ?pl . OPTIONAL {{ ?pl pa:name ?pln }} }}
        OPTIONAL {{ ?event pa:participant ?p . ?p pa:name ?pn }}
      }}
      {f"BIND ({kind} AS ?et)" if "kind" in f else ""}
      {f"BIND ({status} AS ?st)" if "status" in f else ""}
      BIND (STRAFTER(STR(?et), STR(et:)) AS ?kind)
      BIND (STRAFTER(STR(?st), STR(st:)) AS ?status)"""


def _kinds() -> tuple[str, ...]:
    def compute() -> tuple[str, ...]:
        rows = kb().select("SELECT DISTINCT ?k WHERE { ?k skos:inScheme pa:EventTypes }")
        return tuple(sorted(r["k"].value[len(str(ET)) :] for r in rows))

    return kb().cached("browse:kinds", 3600.0, compute)


def _statements_where(p: Params) -> str:
    f = p.filters
    kind = ""
    if "kind" in f:
        direct = _choice("kind", f["kind"], STATEMENT_KINDS) == "direct"
        kind = f"?statement a {'pa:DirectStatement' if direct else 'pa:ReportedStatement'} ."
    speaker = (
        f"?statement pa:speaker {_iri(f['speaker'])} . BIND ({_iri(f['speaker'])} AS ?sp)"
        if "speaker" in f
        else ""
    )
    dated = "?statement pa:date ?d ." if "from" in f or "to" in f else ""
    return f"""
      GRAPH ?article {{
        {kind}
        {speaker}
        ?statement a pa:Statement ; pa:content ?content .
        {_contains("?content", p)}
        {dated} {_date_range("?d", p)}
        {"" if "speaker" in f else "OPTIONAL { ?statement pa:speaker ?sp }"}
        OPTIONAL {{ ?sp pa:name ?sn }}
        OPTIONAL {{ ?statement pa:cue ?cu }}
        OPTIONAL {{ ?statement pa:date ?d }}
        OPTIONAL {{ ?statement pa:reportedVia ?v . ?v pa:name ?vn }}
        OPTIONAL {{ ?statement a ?direct FILTER (?direct = pa:DirectStatement) }}
      }}
      BIND (IF(BOUND(?direct), "direct", "indirect") AS ?kind)"""


def _actors_where(p: Params) -> str:
    f = p.filters
    cls = f"pa:{_choice('type', f['type'], ACTOR_TYPES)}" if "type" in f else "?class"
    names = _contains("?n", p)
    classes = (
        "" if "type" in f else f"VALUES ?class {{ {' '.join('pa:' + t for t in ACTOR_TYPES)} }}"
    )
    return f"""
      {{ SELECT ?actor (SAMPLE(?n) AS ?name) (COUNT(DISTINCT ?g) AS ?articles) WHERE {{
          GRAPH ?g {{ {classes} ?actor a {cls} ; pa:mentionedIn ?g ; pa:name ?n . {names} }}
        }} GROUP BY ?actor }}
      OPTIONAL {{ ?actor a ?t VALUES ?t {{ pa:Person pa:Organization pa:Country pa:Delegation }} }}
      BIND (STRAFTER(STR(?t), STR(pa:)) AS ?type)"""


def _articles_where(p: Params) -> str:
    f = p.filters
    actor = f"{_iri(f['actor'])} pa:mentionedIn ?article ." if "actor" in f else ""
    dated = "?article pa:published ?published ." if "from" in f or "to" in f else ""
    return f"""
      GRAPH ?article {{
        {actor}
        ?article a pa:Article ; pa:title ?title .
        {_contains("?title", p)}
        {dated} {_date_range("xsd:date(?published)", p)}
        OPTIONAL {{ ?article pa:published ?published }}
        OPTIONAL {{ ?article pa:source ?source }}
      }}"""


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
        ("kind", "status"),
        _events_where,
        "?event ?article ?kind ?status (MIN(STR(?d)) AS ?date) (SAMPLE(?pl) AS ?place) "
        "(SAMPLE(?pln) AS ?placeName) "
        '(GROUP_CONCAT(DISTINCT ?pn; separator="; ") AS ?parties) (SAMPLE(?t) AS ?title)',
        "?event ?article ?kind ?status",
        "?event",
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
        ("kind",),
        _statements_where,
        "?statement ?article (MIN(STR(?d)) AS ?date) (SAMPLE(?sp) AS ?speaker) "
        "(SAMPLE(?sn) AS ?speakerName) (SAMPLE(?cu) AS ?cue) ?kind ?content "
        '(GROUP_CONCAT(DISTINCT ?vn; separator="; ") AS ?via) (SAMPLE(?t) AS ?title)',
        "?statement ?article ?kind ?content",
        "?statement",
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
        ("type",),
        _actors_where,
        "?actor ?name ?type ?articles",
        "",
        "?actor",
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
        (),
        _articles_where,
        "?article ?title ?published ?source",
        "",
        "?article",
    ),
}
# Statements and events read their article's title once per row, outside the filtered part.
_TITLE = "OPTIONAL { GRAPH ?article { ?article pa:title ?t } }"


def page_query(listing: Listing, p: Params) -> str:
    where = listing.where(p)
    if listing.name in ("events", "statements"):
        where += "\n" + _TITLE
    order = f"{'DESC' if p.descending else 'ASC'}(?{_sort_var(listing, p.sort)})"
    tie = f"?{listing.count_of.lstrip('?')}"
    group = f"GROUP BY {listing.group}" if listing.group else ""
    return (
        f"SELECT {listing.select} WHERE {{ {where} }} {group} "
        f"ORDER BY {order} {tie} LIMIT {p.size + 1} OFFSET {(p.page - 1) * p.size}"
    )


def _sort_var(listing: Listing, name: str) -> str:
    return name


def facet_query(listing: Listing, p: Params, var: str) -> str:
    return (
        f"SELECT ?{var} (COUNT(DISTINCT {listing.count_of}) AS ?n) WHERE {{ {listing.where(p)} }} "
        f"GROUP BY ?{var} ORDER BY DESC(?n) ?{var}"
    )


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
    rows = kb().select(page_query(listing, p), max_rows=p.size + 1)
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

__all__ = ["LISTINGS", "bp", "human_date", "page_query"]

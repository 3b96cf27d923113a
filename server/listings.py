"""The browse listings: each one's columns, filters, sort keys and core query, and how a request's
query string becomes its parameters (`read_params`). `server.browse` turns them into page,
detail, window and facet queries and serves them.

Every filter goes inside `GRAPH ?article { … }`, next to the pattern it narrows, so Oxigraph
starts from the index of the bound term (an actor, a kind, a place).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from flask import request

from kg.model import ACTOR_TYPES, EVENT_KINDS, EVENT_STATUSES
from kg.namespaces import BASE, PREFIXES
from kg.queries import listed_days
from kg.sparql_text import sparql_iri, sparql_string
from server.errors import ApiError

PA = PREFIXES["pa"]
MAX_SIZE = 500
DEFAULT_SIZE = 50
FACET_TTL = 60.0
_WORD = re.compile(r"^[A-Za-z_]+$")
STATEMENT_KINDS = ("direct", "indirect")
SEPARATOR = "; "  # between the values of a list column
LIST_COLUMNS = {"parties", "via"}  # GROUP_CONCAT columns, see `_sorted_lists`
# Sort keys Oxigraph compares inline already (server.browse.page_query gives them no text
# prefix key; a number has no text for SUBSTR, which Virtuoso refuses): counts, and ISO dates
# of 10 characters. Dates also go without the items' IRI prefix keys: a date has few items,
# and making the keys cost more than it saved (statements by date: 356 -> 437 ms CPU with
# them at 2.3 M quads); a count has many (actors by article count: 101 -> 43 ms with them).
NUMBER_KEYS = frozenset({"articles"})
DATE_KEYS = frozenset({"date", "published"})


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
class Key:
    """A sort key: `read` binds `var`, the stored term the key `expr` is made of, for an item.
    Unless `required`, an item without it sorts as unbound (first ascending, last descending)."""

    read: str
    var: str
    expr: str
    required: bool = False
    short: bool = False  # every value at most 15 characters: compared inline, no prefix key
    # `read` as sub-SELECTs Oxigraph joins by hashing, for every item of the store at once;
    # "" for `{ SELECT * WHERE { read } }`
    scan: str = ""

    @property
    def scanned(self) -> str:
        return self.scan or f"{{ SELECT * WHERE {{ {self.read} }} }}"

    @property
    def pattern(self) -> str:
        """The pattern joined to the items in a page's query."""
        return self.read if self.required or not self.read else f"OPTIONAL {{ {self.read} }}"


@dataclass(frozen=True)
class Listing:
    name: str
    title: str
    columns: tuple[Column, ...]
    filters: tuple[str, ...]
    default_sort: str
    facets: dict[str, tuple[str, str]]  # facet -> (pattern, value) of an item
    core: Callable[[Params], str]  # the filtered items, as a pattern binding `ids`
    # The variables naming an item (a row), in the order that breaks ties of the sort key: an
    # event or statement by its article, then by itself (server.browse.groups_query).
    ids: tuple[str, ...]
    keys: dict[str, Key]  # sortable column -> its key
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


# The filters that may keep most of a listing's items: a statement's kind has two values, so
# one of them keeps at least half the statements (every one in bench/kbgen.py's corpus; most in
# news, which reports more than it quotes). What a page joins to the items of such a filter
# (their class, their sort key) is read by hashing one scan of it, as with no filter, rather
# than by a lookup per item: every indirect statement newest first 187 -> 88 ms CPU at 2.3 M
# quads, by speaker 285 -> 116. An event's kind or status (one of ten kinds, of four statuses)
# keeps a share, for which lookups cost less (held events: 28 -> 45 ms CPU when hashed).
BROAD = {"statements": frozenset({"kind"})}


def broad(name: str, p: Params) -> bool:
    """Whether `p` filters listing `name` by nothing or by BROAD filters only."""
    return not p.filters.keys() - BROAD.get(name, frozenset())


def _hashed(pattern: str) -> str:
    """`pattern` (in the article's graph) as a sub-SELECT, which Oxigraph joins by hashing."""
    return f"{{ SELECT * WHERE {{ GRAPH ?article {{ {pattern} }} }} }}"


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
    if f and broad("statements", p):
        return f"GRAPH ?article {{ {kind} }} {_hashed('?statement a pa:Statement .')}"
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
    "date": Key("GRAPH ?article { ?event pa:date ?kd }", "?kd", "STR(?kd)"),
    # Kinds and statuses by the name shown (the IRI's last part, in the same order): short
    # enough to be compared inline (server.browse.page_query).
    "kind": Key(
        "GRAPH ?article { ?event pa:eventType ?kk }", "?kk", "STRAFTER(STR(?kk), STR(et:))"
    ),
    "status": Key("GRAPH ?article { ?event pa:status ?ks }", "?ks", "STRAFTER(STR(?ks), STR(st:))"),
    "placeName": Key(
        "GRAPH ?article { ?event pa:place/pa:name ?kp }",
        "?kp",
        "STR(?kp)",
        # The path's two steps hashed apart, as the speaker's name: 43 -> 26 ms CPU for every
        # event's place name at 2.3 M quads.
        scan="{ SELECT ?event ?article ?kp WHERE { "
        "{ SELECT * WHERE { GRAPH ?article { ?event pa:place ?kpl } } } "
        "{ SELECT * WHERE { GRAPH ?article { ?kpl pa:name ?kp } } } } }",
    ),
    "title": Key("GRAPH ?article { ?article pa:title ?kt }", "?kt", "STR(?kt)"),
}
_STATEMENT_KEYS = {
    "date": Key("GRAPH ?article { ?statement pa:date ?kd }", "?kd", "STR(?kd)"),
    "speakerName": Key(
        "GRAPH ?article { ?statement pa:speaker/pa:name ?ks }",
        "?ks",
        "STR(?ks)",
        # The path's two steps hashed apart: 97 -> 48 ms CPU for every statement's speaker
        # name at 2.3 M quads (as one sub-SELECT, the second step is a lookup per statement).
        scan="{ SELECT ?statement ?article ?ks WHERE { "
        "{ SELECT * WHERE { GRAPH ?article { ?statement pa:speaker ?ksp } } } "
        "{ SELECT * WHERE { GRAPH ?article { ?ksp pa:name ?ks } } } } }",
    ),
    "cue": Key("GRAPH ?article { ?statement pa:cue ?kc }", "?kc", "STR(?kc)"),
    "kind": Key(
        'GRAPH ?article { ?statement a pa:DirectStatement BIND ("direct" AS ?kk) }',
        "?kk",
        'COALESCE(?kk, "indirect")',
        short=True,
    ),
    "content": Key("GRAPH ?article { ?statement pa:content ?kc }", "?kc", "STR(?kc)"),
    "title": Key("GRAPH ?article { ?article pa:title ?kt }", "?kt", "STR(?kt)"),
}
_ACTOR_KEYS = {
    "name": Key("?actor pa:name ?kn", "?kn", "MIN(STR(?kn))"),
    "type": Key(_ACTOR_CLASS, "?class", "MIN(STRAFTER(STR(?class), STR(pa:)))", required=True),
    "articles": Key("", "", "COUNT(DISTINCT ?g)"),
}
_ARTICLE_KEYS = {
    "published": Key("GRAPH ?article { ?article pa:published ?kp }", "?kp", "STR(?kp)"),
    "title": Key("GRAPH ?article { ?article pa:title ?kt }", "?kt", "STR(?kt)"),
    "source": Key("GRAPH ?article { ?article pa:source ?ks }", "?ks", "STR(?ks)"),
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
        ("?article", "?event"),
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
        ("?article", "?statement"),
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

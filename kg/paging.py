"""Pages of the shipped queries: `kg query --name statements --filter kind=indirect --limit 100`.

Issue 17 asks for every shipped query with one filter in <= 100 ms at >= 1 M triples. A filter
that keeps thousands of rows cannot be answered whole in that time by Oxigraph: each joined
triple pattern costs ~5 us per row, so all 16,849 reported statements of a 2.3 M-quad store cost
2.6 s CPU whatever the query's shape (bench/issue17.md). A page of them costs ~15 ms, if the
store is told which rows the page holds before it joins anything. So a page is three small
queries (`plan`):

1. the groups: the values of the query's first sort key (the article for statements, events,
   acts and evidence; the name for actors, roles and delegations; the speaker's name for the
   timeline; the date for contacts, whose undated events are a group of their own) that the
   filtered items may have, each with an estimate of its items, in the query's order. One
   index scan of the filter's pattern and a GROUP BY: 24 ms for every reported statement;
2. the page's items: the items of the groups that make up the page (whole groups, from the
   cursor on, until they hold `limit` items), one index lookup per group;
3. the query itself, narrowed by the filters and to those items (a `VALUES` block put first in
   the GRAPH block and in each OPTIONAL that reads the item, as `kg.queries.filtered` puts a
   filter there, and a test of the page's groups).

A page holds whole groups, and the query sorts on the group first, so the pages one after the
other give exactly the rows of the whole query in its order (tests/kb/test_query_paging.py).
Its size counts items in their articles (an actor named in 80 articles counts 80, as it has
80 rows of `actors`). A page may hold more than `limit` of them (a group is never cut) or,
when items of the groups miss a pattern the query requires, fewer rows. A first page that
takes every group is the whole filtered query, with no list of items. In the timeline, a
group of more than twice `limit` items (one speaker's 1,822 statements) is cut by the values of
the second sort key, the date (`_sub_page`). The cursor is the number of groups before the
page, and after a dot the number of dates of its group before it: it is valid as long as the
store is not written.

The total (`total_query`) is the number of distinct items that match the filters (statements,
events, acts, actors...) by the pattern every row's item matches: a true count of things, not
of rows (the events query gives one row per participant and topic), run apart since it reads
every match. `kg query --name X --all` gives every row.

Queries without a spec (mediators, proposals_by_party: sorted by a date or a name that may be
unbound; negotiations_by_place: aggregated) are paged by LIMIT and OFFSET of the whole query:
the same rows, at the whole query's cost (each <= 70 ms with one filter); a full page there is
followed by a cursor, whose page may be empty. Contacts pages by its date (2,337 rows at
2.3 M quads: a first page 100 -> 26 ms CPU).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg import queries
from kg.config import DEFAULT_PAGE_LIMIT
from kg.store import KnowledgeStore

# Rows: variable -> the value as a SPARQL term (`<iri>`, `"text"`, `"5"^^<…#integer>`).
Select = Callable[[str], list[dict[str, str]]]

DEFAULT_LIMIT = DEFAULT_PAGE_LIMIT
MAX_LIMIT = 10_000

# The article IRI sorted as the shipped queries sort it: 15 characters compared inline by
# Oxigraph, the whole IRI only between articles equal in those (see ontology/queries/*.rq).
_ARTICLE_KEYS = (
    'BIND(IF(STRSTARTS(STR(?article), "https://w3id.org/parley/id/article/"), 0, '
    'IF(STR(?article) < "https://w3id.org/parley/id/article/", -1, 1)) AS ?article1) '
    'BIND(IF(?article1 = 0, SUBSTR(STR(?article), 36, 15), "") AS ?article0)'
)


@dataclass(frozen=True)
class PageSpec:
    """How a shipped query is paged.

    `group` is its first sort key and `item` the variable its OPTIONALs start from; `pattern`
    (inside `GRAPH ?article`) holds for every row's item, and `noun` names what it counts.
    `sizing` is the pattern that counts the items of each group in step 1: one triple pattern
    where it can be (a second one joined to every item of a busy filter costs ~5 us each),
    so it may count more items than the page will hold (every statement, not only reported
    ones), never fewer groups. `unsized` are filters left out of that count for the same
    reason. A group that is not the article is the name of `via` = (the variable `sizing`
    binds, its pattern in the default graph), e.g. the speaker's names.
    `keys`/`order` sort the groups as the query sorts its rows."""

    group: str
    item: str
    pattern: str
    noun: str
    sizing: str
    keys: str = ""
    order: str = ""
    via: tuple[str, str] | None = None
    unsized: frozenset[str] = frozenset()
    # Filters whose pattern already binds the item (and the article), to count by alone.
    narrowing: frozenset[str] = frozenset()
    # The second sort key (its variable, and the pattern of the query that binds it, maybe
    # OPTIONAL): a group of more than twice `limit` items is paged by its values. Only where
    # an item is a row (the timeline's statements): the roles of one actor are one item,
    # which a page by `?asOf` would read whole for each page (57 -> 97 ms CPU).
    second: tuple[str, str] | None = None
    # The pattern binding the group, when an item may lack it (`sizing` reads it in an
    # OPTIONAL, `pattern` not at all): the items without it are a group of their own, first
    # in the query's order, named by a test of `!BOUND` instead of a value (contacts: events
    # without a date).
    optional_group: str = ""

    def group_order(self) -> str:
        return self.order or self.group


_ARTICLE_ORDER = "?article1 ?article0 ?article"
# The kinds of event `contacts` reads (ontology/queries/contacts.rq).
_CONTACT_KINDS = (
    "FILTER (?et IN (<https://w3id.org/parley/event-type/phone_call>, "
    "<https://w3id.org/parley/event-type/meeting>, "
    "<https://w3id.org/parley/event-type/negotiation_round>))"
)
_NAME_KEYS = "BIND(SUBSTR(?name, 1, 15) AS ?name0)"
_NAME_ORDER = "?name0 ?name"

SPECS: dict[str, PageSpec] = {
    # Every statement has a cue, a content and its evidence (ontology/shapes.ttl).
    "statements": PageSpec(
        "?article",
        "?statement",
        "{ ?statement a pa:DirectStatement } UNION { ?statement a pa:ReportedStatement }",
        "statements",
        "?statement a pa:Statement .",
        narrowing=frozenset({"actor", "kind"}),
        keys=_ARTICLE_KEYS,
        order=_ARTICLE_ORDER,
    ),
    "events": PageSpec(
        "?article",
        "?event",
        "?event a pa:Event ; pa:eventType ?et ; pa:status ?st .",
        "events",
        "?event a pa:Event .",
        narrowing=frozenset({"actor", "kind", "status", "place"}),
        keys=_ARTICLE_KEYS,
        order=_ARTICLE_ORDER,
    ),
    "acts": PageSpec(
        "?article",
        "?item",
        "?item pa:ploverType ?pt .",
        "acts",
        "?item pa:ploverType ?pt .",
        narrowing=frozenset({"actor", "kind"}),
        keys=_ARTICLE_KEYS,
        order=_ARTICLE_ORDER,
    ),
    "evidence": PageSpec(
        "?article",
        "?node",
        "?node pa:evidence ?ev .",
        "things with evidence",
        "?node pa:evidence ?ev .",
        keys=_ARTICLE_KEYS,
        order=_ARTICLE_ORDER,
    ),
    "actors": PageSpec(
        "?name",
        "?actor",
        "?actor a ?class ; pa:name ?name ; pa:mentionedIn ?article .",
        "actors",
        "?actor pa:mentionedIn ?article .",
        via=("?actor", "?actor pa:name ?name ."),
        keys=_NAME_KEYS,
        order=_NAME_ORDER,
    ),
    "roles": PageSpec(
        "?name",
        "?actor",
        "?actor pa:hasRole ?r ; pa:name ?name .",
        "actors with a role",
        "?actor pa:hasRole ?r .",
        via=("?actor", "?actor pa:name ?name ."),
        keys=_NAME_KEYS,
        order=_NAME_ORDER,
    ),
    "delegations": PageSpec(
        "?name",
        "?delegation",
        "?delegation a pa:Delegation ; pa:name ?name .",
        "delegations",
        "?delegation a pa:Delegation .",
        via=("?delegation", "?delegation pa:name ?name ."),
        narrowing=frozenset({"actor"}),
        keys=_NAME_KEYS,
        order=_NAME_ORDER,
    ),
    # Sorted by the date, which an event may lack: whole days a page, the undated first. The
    # pattern is the query's own (two named participants of an event of those kinds), so that
    # the total counts the events that have rows; the sizing counts every event of the kinds.
    "contacts": PageSpec(
        "?date",
        "?event",
        f"?event pa:eventType ?et ; pa:status ?st ; pa:participant ?a, ?b . {_CONTACT_KINDS} "
        "FILTER (STR(?a) < STR(?b)) ?a pa:name ?nameA . ?b pa:name ?nameB .",
        "contact events",
        f"?event pa:eventType ?et . {_CONTACT_KINDS} OPTIONAL {{ ?event pa:date ?date }}",
        optional_group="?event pa:date ?date .",
        # One actor's or place's contacts are few: their whole answer (14-15 ms CPU) costs
        # less than pages read from the days of all contacts (26-30 ms).
        narrowing=frozenset({"actor", "place"}),
    ),
    "actor_timeline": PageSpec(
        "?speakerName",
        "?statement",
        "?statement a pa:Statement ; pa:speaker ?speaker . ?speaker pa:name ?speakerName .",
        "statements with a named speaker",
        "?statement pa:speaker ?speaker .",
        via=("?speaker", "?speaker pa:name ?speakerName ."),
        unsized=frozenset({"kind"}),
        second=("?date", "OPTIONAL { ?statement pa:date ?date }"),
    ),
}


@dataclass(frozen=True)
class Plan:
    """What to run for a page: `text` gives its rows. A query paged by OFFSET gives `full`
    rows on each page but the last (which may then be an empty page after a full one)."""

    text: str
    cursor: str | None  # of the next page, if there is one (see `next_cursor`)
    # Distinct (item, article) in the page; None for the whole answer or a query paged by OFFSET.
    items: int | None
    full: int | None = None
    part: bool = False  # rows of one group only, cut by its second sort key (may be < limit)

    def next_cursor(self, rows: int) -> str | None:
        """The cursor of the next page, given the number of rows `text` gave; None at the end."""
        if self.full is not None and rows < self.full:
            return None
        return self.cursor


def parse_cursor(cursor: str | None) -> tuple[int, int | None]:
    """`G` (the groups before the page) or `G.S` (and the values of the second sort key of
    group G before it) as (G, S)."""
    if cursor is None or cursor == "":
        return 0, None
    group, _, sub = cursor.partition(".")
    if not group.isdigit() or (sub and not sub.isdigit()) or cursor.endswith("."):
        raise ValueError(f"cursor {cursor!r}: give the cursor of the previous page")
    return int(group), int(sub) if sub else None


def check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit {limit}: from 1 to {MAX_LIMIT}")


def _graph_block(name: str, pattern: str, filters: Mapping[str, str], tests: bool = True) -> str:
    """`GRAPH ?article { <filters' patterns> <pattern> }`, the filters as kg.queries.filtered
    writes them for query `name` (a date range as its days or a FILTER; a one-value VALUES
    as a FILTER with `tests`, for a `pattern` that binds its variable)."""
    probe = queries.NamedQuery(name, f"SELECT * WHERE {{ GRAPH ?article {{ {pattern} }} }}", "")
    text = queries.filtered(probe, filters, in_groups=False, values_as_tests=tests)
    where = text.index("WHERE {") + len("WHERE {")
    return text[where : text.rindex("}")]


def groups_query(name: str, spec: PageSpec, filters: Mapping[str, str]) -> str:
    """Step 1: every group the filtered items may have, with an estimate of its items (see
    PageSpec.sizing), in the query's order of groups."""
    kept = {k: v for k, v in filters.items() if k not in spec.unsized}
    sizing = "" if spec.narrowing & kept.keys() else spec.sizing
    # A one-value VALUES filter stays VALUES: `sizing` may not bind its variable.
    block = _graph_block(name, sizing, kept, tests=False)
    g = spec.group
    if spec.via is None:
        inner = f"SELECT {g} (COUNT(*) AS ?n) WHERE {{ {block} }} GROUP BY {g}"
    else:
        var, named = spec.via
        per = f"SELECT {var} (COUNT(*) AS ?c) WHERE {{ {block} }} GROUP BY {var}"
        inner = f"SELECT {g} (SUM(?c) AS ?n) WHERE {{ {{ {per} }} {named} }} GROUP BY {g}"
    return f"SELECT {g} ?n WHERE {{ {{ {inner} }} {spec.keys} }} ORDER BY {spec.group_order()}"


def items_query(
    name: str, spec: PageSpec, filters: Mapping[str, str], groups: list[str | None]
) -> str:
    """Step 2: the (group, item, article) of the items of `groups` (None: the items without
    the group): the group's values first, so that each is an index lookup, or, with the
    items without it, a test of the group."""
    g, i = spec.group, spec.item
    pattern = spec.pattern
    if None in groups:
        first = _group_test(g, groups)
        pattern += f" OPTIONAL {{ {spec.optional_group} }}"
    else:
        first = f"VALUES {g} {{ {' '.join(v for v in groups if v is not None)} }}"
        pattern = f"{spec.optional_group} {pattern}"
    block = _graph_block(name, pattern, filters)
    body = block.replace("GRAPH ?article {", f"GRAPH ?article {{ {first}", 1)
    article = "" if g == "?article" else "?article"
    return f"SELECT DISTINCT {g} {i} {article} WHERE {{ {body} }}"


def _group_test(var: str, groups: list[str | None]) -> str:
    """A FILTER keeping the rows of `groups`: their values (IN), and the rows without `var`
    for None. `IN` compares with `=`, as Virtuoso 7.2 needs (see `_sub_page`)."""
    known = [v for v in groups if v is not None]
    tests = [f"{var} IN ({', '.join(known)})"] if known else []
    tests += [f"!BOUND({var})"] if None in groups else []
    return f"FILTER ({' || '.join(tests) or 'false'})"


def total_query(name: str, filters: Mapping[str, str] | None = None) -> str:
    """The number of distinct items matching `filters` (the spec's `noun`), as ?n."""
    spec = SPECS[name]
    block = _graph_block(name, spec.pattern, dict(filters or {}))
    return f"SELECT (COUNT(DISTINCT {spec.item}) AS ?n) WHERE {{ {block} }}"


def plan(
    select: Select,
    name: str,
    filters: Mapping[str, str] | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Plan:
    """The page of shipped query `name` (narrowed by `filters`, see kg.queries.FILTERS) that
    starts at `cursor` (None: the first) and holds at least `limit` items unless it is the
    last. `select` runs the small queries of steps 1 and 2 (module docstring). ValueError for
    a bad filter, limit or cursor."""
    check_limit(limit)
    start, sub = parse_cursor(cursor)
    query = queries.load(name)
    filters = dict(filters or {})
    spec = SPECS.get(name)
    if spec is None:
        if sub is not None:
            raise ValueError(f"cursor {cursor!r}: {name} pages by a number of rows")
        text = queries.filtered(query, filters) + f"\nLIMIT {limit} OFFSET {start}"
        return Plan(text, str(start + limit), None, full=limit)
    whole = queries.filtered(query, filters)  # refuses a filter the query does not take
    counted = select(groups_query(name, spec, filters))
    g, i = spec.group.lstrip("?"), spec.item.lstrip("?")

    def big(at: int) -> bool:
        """Whether group `at` is cut by the second sort key (see `_sub_page`)."""
        return spec.second is not None and int(_number(counted[at]["n"])) > 2 * limit

    if start < len(counted) and (sub is not None or big(start)):
        return _sub_page(select, query, spec, filters, counted, start, sub or 0, limit)
    pairs: list[tuple[str | None, str]] = []
    # A page's size counts its items in their articles (an actor named in 80 articles is 80
    # rows of `actors`): the unit the groups' estimates count too.
    found_items: set[tuple[str, str]] = set()
    at, need = start, limit
    # The counts are estimates: take groups until they promise `need` more items, then read
    # their items; while that gives fewer, ask for twice as many of the next groups.
    while at < len(counted) and len(found_items) < limit:
        chosen: list[str | None] = []
        promised = 0
        while at < len(counted) and (promised < need or not chosen):
            if big(at) and (chosen or pairs):
                break  # a group to cut starts a page of its own
            chosen.append(counted[at].get(g))  # None: the items without the group
            promised += int(_number(counted[at]["n"]))
            at += 1
        if not chosen:
            break
        if start == 0 and at == len(counted):
            # Every group: the whole answer, without naming its items (one speaker's 1,822
            # statements: 580 ms CPU as a list of items, 80 ms as the filtered query).
            return Plan(whole, None, None)
        found = select(items_query(name, spec, filters, chosen))
        pairs += [(r.get(g), r[i]) for r in found]
        found_items.update((r[i], r["article"]) for r in found)
        need *= 2
    text = page_text(query, filters, spec, list(dict.fromkeys(pairs)))
    return Plan(text, str(at) if at < len(counted) else None, len(found_items))


def _sub_page(
    select: Select,
    query: queries.NamedQuery,
    spec: PageSpec,
    filters: Mapping[str, str],
    counted: list[dict[str, str]],
    start: int,
    sub: int,
    limit: int,
) -> Plan:
    """A page of group `start` alone, cut by the values of the second sort key from the
    `sub`-th on (one speaker's 1,822 statements in the timeline, read by dates): the rows of
    the group with those values, in the query's order."""
    assert spec.second is not None
    var, bound = spec.second
    group = counted[start][spec.group.lstrip("?")]
    values = f"VALUES {spec.group} {{ {group} }}"
    block = _graph_block(query.name, f"{spec.pattern} {bound}", filters)
    body = block.replace("GRAPH ?article {", f"GRAPH ?article {{ {values}", 1)
    name = var.lstrip("?")
    subgroups = select(
        f"SELECT {var} (COUNT(*) AS ?n) WHERE {{ {body} }} GROUP BY {var} ORDER BY {var}"
    )
    chosen: list[str | None] = []
    rows = 0
    at = sub
    while at < len(subgroups) and (rows < limit or not chosen):
        chosen.append(subgroups[at].get(name))
        rows += int(_number(subgroups[at]["n"]))
        at += 1
    # The values (`=`, which Virtuoso 7.2 needs where sameTerm misses its own dates; the
    # store's dates are canonical, so no two terms of a value), or none for the rows without
    # the key, which sort first.
    test = _group_test(var, chosen)
    found = select(
        f"SELECT DISTINCT {spec.item} WHERE {{ "
        + body.replace("GRAPH ?article {", f"GRAPH ?article {{ {test}", 1)
        + " }"
    )
    items = " ".join(dict.fromkeys(r[spec.item.lstrip("?")] for r in found))
    items_block = f"VALUES {spec.item} {{ {items} }}"
    first = f"{items_block} FILTER ({spec.group} = {group}) {test}"
    text = queries.filtered(query, filters, page=(first, items_block))
    if at < len(subgroups):
        following: str | None = f"{start}.{at}"
    else:
        following = str(start + 1) if start + 1 < len(counted) else None
    return Plan(text, following, len(found), part=True)


def store_select(store: KnowledgeStore) -> Select:
    """A `Select` over a knowledge store (embedded or remote)."""

    def run(text: str) -> list[dict[str, str]]:
        result = store.query(text)
        if not isinstance(result, ox.QuerySolutions):
            raise ValueError("not a SELECT query")
        names = [v.value for v in result.variables]
        return [{n: str(sol[n]) for n in names if sol[n] is not None} for sol in result]

    return run


def page_text(
    query: queries.NamedQuery,
    filters: Mapping[str, str],
    spec: PageSpec,
    pairs: list[tuple[str | None, str]],
) -> str:
    """Step 3: `query` narrowed by `filters` and to the (group, item) `pairs` of the page: the
    items first in the GRAPH block, with a test of the groups, and in each group that reads
    the item."""
    if not pairs:
        # No item: the query's columns and no row (an empty VALUES block joins to nothing).
        empty = f"VALUES {spec.item} {{ }}"
        return queries.filtered(query, filters, page=(empty, empty))
    items = f"VALUES {spec.item} {{ {' '.join(dict.fromkeys(i for _, i in pairs))} }}"
    # The page's groups as a test, not a VALUES block: Oxigraph starts from the smallest VALUES
    # (names first: a page of roles 2 ms -> 6 s CPU; articles beside the items: a cross
    # product, a page of one speaker 15 -> 47 ms), and Virtuoso 7.2 does not join a VALUES
    # that binds ?article inside `GRAPH ?article { … }` with the graph when the block holds a
    # UNION (a page of acts gave every row once per article). A row of a page item in a group
    # of the page is a pair of step 2: the same rows as the pairs would give.
    test = _group_test(spec.group, list(dict.fromkeys(g for g, _ in pairs)))
    return queries.filtered(query, filters, page=(f"{items} {test}", items))


def number(term: str) -> int:
    """A count of a `Select` row: `"5"^^<…#integer>` -> 5."""
    return int(_number(term))


def _number(term: str) -> str:
    """The lexical value of a number literal `"5"^^<…#integer>` (or a plain `5`)."""
    return term.split('"')[1] if term.startswith('"') else term

"""The competency queries in `ontology/queries/`: their text and the question they answer."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.model import ACTOR_TYPES, EVENT_KINDS, EVENT_STATUSES
from kg.namespaces import BASE, ET, PA, PLOVER, ST, XSD
from kg.query_tokens import Token, tokens
from kg.resources import QUERIES_DIR
from kg.sparql_text import sparql_iri

# Queries whose output variables other tools rely on (see README, "Contract queries").
CONTRACT = {
    "actors": ["actor", "name", "type", "alias", "wikidata", "article"],
    "statements": [
        "statement",
        "article",
        "speaker",
        "speakerName",
        "cue",
        "kind",
        "content",
        "date",
        "via",
    ],
    "events": [
        "event",
        "article",
        "kind",
        "participantName",
        "mediatorName",
        "initiatorName",
        "date",
        "location",
        "venue",
        "status",
        "topic",
    ],
}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    question: str  # the comment header, without the '#' marks

    @staticmethod
    def from_file(path: Path) -> NamedQuery:
        text = path.read_text(encoding="utf-8")
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line.lstrip("#").strip())
        question = " ".join(header).removeprefix("Question:").strip()
        return NamedQuery(name=path.stem, text=text, question=question)


def all_queries(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    return {p.stem: NamedQuery.from_file(p) for p in sorted(directory.glob("*.rq"))}


def load(name: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    path = directory / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(sorted(all_queries(directory)))
        raise KeyError(f"no query named {name!r} (known: {known})")
    return NamedQuery.from_file(path)


# --- one-filter forms ---------------------------------------------------------------------------
#
# A filter is a pattern put first inside the query's `GRAPH ?article { … }`, where it narrows the
# rows before anything else is read: with a bound term (an actor, a kind, a place) Oxigraph
# starts from that term's index entries instead of reading every event and dropping rows at the
# end. The same filter written outside the GRAPH block, or as a FILTER on a name, reads the whole
# store (95 ms against 0.7 ms for one actor at 1.2 M quads, issue 17). Patterns use their own
# variables (`?f…`), so a filter never unbinds or repeats an output column.
FILTER_NAMES = ("actor", "kind", "status", "place", "from", "to")

_EVENT_FILTERS = {
    # One path, not an alternative: an actor who both takes part in and initiates an event
    # would give its rows twice.
    "actor": "?event pa:participant {v} .",
    "kind": "?event pa:eventType {v} .",
    "status": "?event pa:status {v} .",
    "place": "?event pa:place {v} .",
    "date": "?event pa:date ?fdate .",
}
_STATEMENT_FILTERS = {
    "actor": "?statement pa:speaker {v} .",
    "kind": "?statement a {v} .",
    "date": "?statement pa:date ?fdate .",
}
FILTERS: dict[str, dict[str, str]] = {
    "actors": {"actor": "VALUES ?actor {{ {v} }}", "kind": "VALUES ?class {{ {v} }}"},
    "actor_timeline": {**_STATEMENT_FILTERS, "actor": "VALUES ?speaker {{ {v} }}"},
    "acts": {
        "actor": "?item pa:speaker|pa:participant {v} .",  # a statement has no participant
        "kind": "?item pa:ploverType {v} .",
        "date": "?item pa:date ?fdate .",
    },
    "contacts": {k: _EVENT_FILTERS[k] for k in ("actor", "kind", "status", "place", "date")},
    "delegations": {"actor": "?delegation pa:sentBy {v} ."},
    "events": _EVENT_FILTERS,
    "evidence": {"actor": "VALUES ?node {{ {v} }}"},
    "mediators": {
        **{k: _EVENT_FILTERS[k] for k in ("kind", "status", "place", "date")},
        "actor": "?event pa:mediator {v} .",
    },
    "negotiations_by_place": {
        **{k: _EVENT_FILTERS[k] for k in ("kind", "status", "date")},
        "place": "VALUES ?place {{ {v} }}",
    },
    "proposals_by_party": {
        **{k: _EVENT_FILTERS[k] for k in ("kind", "status", "place", "date")},
        "actor": "?p pa:proposedBy {v} .",
    },
    "roles": {"actor": "VALUES ?actor {{ {v} }}"},
    "statements": _STATEMENT_FILTERS,
}


# A filter whose pattern depends on the UNION branch it goes in: the class the branch declares
# (`a pa:Statement`) -> its pattern. In `acts` the actor of a statement is its speaker and of
# an event a participant: one index lookup each instead of the alternative path's two, and no
# statements of the actor read in the event branch (nor events in the statement branch).
BRANCH_FILTERS: dict[str, dict[str, dict[str, str]]] = {
    "acts": {
        "actor": {
            "pa:Statement": "?item pa:speaker {v} .",
            "pa:Event": "?item pa:participant {v} .",
        }
    },
}


def filter_term(query: str, name: str, value: str) -> str:
    """The SPARQL term of filter `name` = `value` for `query`: an IRI for an actor or a place (in
    full, or as a path under /id/ such as `actor/Q7747`), a kind by its name, a date as
    YYYY-MM-DD. ValueError names what is allowed."""
    if name in ("actor", "place"):
        full = value if value.startswith(("http://", "https://")) else BASE + value.lstrip("/")
        return sparql_iri(full.replace(BASE + "id/", BASE, 1))
    if name in ("from", "to"):
        try:
            return f'"{dt.date.fromisoformat(value).isoformat()}"^^xsd:date'
        except ValueError as err:
            raise ValueError(f"{name}={value!r}: give a date as YYYY-MM-DD") from err
    if name == "status":
        return f"<{ST}{_choice(name, value, EVENT_STATUSES)}>"
    if name != "kind":
        raise ValueError(f"unknown filter {name!r} (known: {', '.join(FILTER_NAMES)})")
    if query in ("actors",):
        return f"<{PA}{_choice(name, value, ACTOR_TYPES)}>"
    if query in ("statements", "actor_timeline"):
        kinds = {"direct": "DirectStatement", "indirect": "ReportedStatement"}
        return f"<{PA}{kinds[_choice(name, value, tuple(kinds))]}>"
    if query == "acts":
        if not re.fullmatch(r"[A-Za-z_]+", value):
            raise ValueError(f"kind={value!r}: a PLOVER type such as DEMAND or CONSULT")
        return f"<{PLOVER}{value.upper()}>"
    return f"<{ET}{_choice(name, value, EVENT_KINDS)}>"


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"{name}={value!r}: one of {', '.join(allowed)}")
    return value


# A date range of at most this many days (a quarter) is written as its days (`VALUES ?fdate
# { … }`), which Oxigraph looks up in its index one by one (31 lookups for a month) instead of
# comparing every date of the store; a longer or open range is a FILTER on every date.
MAX_LISTED_DAYS = 92


def filtered(
    query: NamedQuery,
    filters: Mapping[str, str],
    *,
    in_groups: bool = True,
    page: tuple[str, str] | None = None,
    values_as_tests: bool = False,
) -> str:
    """The text of `query` narrowed by `filters` (filter name -> value, see FILTERS; `from` and
    `to` give a date range).

    Each filter's pattern goes first in the query's `GRAPH ?article` block and again first in
    every group inside it (OPTIONAL, UNION branches; not EXISTS) that reads the filtered
    variable and is more than one triple pattern (`_narrows`). Repeating it there changes no
    answer, since every row already satisfies it, but Oxigraph evaluates such an OPTIONAL or
    UNION branch on its own before joining it: without the filter inside, each one reads its
    property for the whole store. A date range compared by FILTER goes first only: repeated,
    it would compare every date of the store once per group. ValueError for a filter the
    query does not take. In a UNION branch that declares a class of BRANCH_FILTERS, the
    branch's own pattern replaces the filter's, there and in the groups inside the branch.
    `in_groups=False` puts the filters first only: the plain meaning, which the tests
    compare the narrowed form with. `page` (kg.paging) is a pair of VALUES blocks: the first
    goes first in the GRAPH block, the second (the page's items) first in each group that
    reads its variable, instead of the filters. With a page (or `values_as_tests`), a filter
    written `VALUES ?x { v }` is written `FILTER (?x = v)` instead: Oxigraph starts from the
    smallest VALUES block, and a one-value filter would then be read for the whole store
    before the page's items (a page of 100 people: 140 -> 15 ms CPU at 2.3 M quads). The
    variable is bound by the query's patterns, so the two mean the same."""
    known = FILTERS.get(query.name, {})
    everywhere: list[str] = []
    first: list[str] = []
    variants: dict[int, dict[str, str]] = {}  # index in `everywhere` -> branch class -> pattern
    for name, value in filters.items():
        key = "date" if name in ("from", "to") else name
        if key not in known:
            takes = [n for n in known if n != "date"] + (["from", "to"] if "date" in known else [])
            allowed = ", ".join(takes) or "none"
            raise ValueError(f"query {query.name!r} takes no filter {name!r} (it takes: {allowed})")
        if key != "date":
            term = filter_term(query.name, name, value)
            branch = BRANCH_FILTERS.get(query.name, {}).get(key, {})
            variants[len(everywhere)] = {c: p.format(v=term) for c, p in branch.items()}
            everywhere.append(known[key].format(v=term))
    if "from" in filters or "to" in filters:
        days = listed_days(filters.get("from"), filters.get("to"))
        if days is not None:
            listed = " ".join(f'"{d.isoformat()}"^^xsd:date' for d in days)
            everywhere.append(f"VALUES ?fdate {{ {listed} }} {known['date']}")
        else:
            tests = [
                f"?fdate {op} {filter_term(query.name, name, filters[name])}"
                for name, op in (("from", ">="), ("to", "<="))
                if name in filters
            ]
            first.append(f"{known['date']} FILTER ({' && '.join(tests)})")
    if page is not None or values_as_tests:
        everywhere = [_as_test(p) for p in everywhere]
    if not everywhere and not first and page is None:
        return query.text
    text = query.text
    groups = _groups(text)
    if not groups:
        raise ValueError(f"query {query.name!r} has no GRAPH ?article block to filter")
    if not in_groups:
        groups = groups[:1]
    classes = sorted({c for v in variants.values() for c in v})
    branches = _branch_classes(text, groups, classes)
    keys = [_key(p) for p in everywhere]
    bodies = _bodies(text, groups)
    for i, at in reversed(list(enumerate(groups))):
        inserted = everywhere + first if i == 0 else everywhere
        if branches[i]:
            inserted = [variants.get(n, {}).get(branches[i], p) for n, p in enumerate(inserted)]
        if i > 0:
            inserted = [
                p for p, key in zip(inserted, keys, strict=True) if _narrows(bodies[i], key)
            ]
        if page is not None:
            # In a group, the page's items alone: they match the filters already, and a
            # filter there would be read beside them (a page of one speaker: 49 -> 15 ms).
            if i == 0:
                inserted = [page[0], *inserted]
            else:
                inserted = [page[1]] if _narrows(bodies[i], _key(page[1])) else []
        if inserted:
            text = text[:at] + " " + " ".join(inserted) + " " + text[at:]
    prologue = "" if re.search(r"PREFIX\s+xsd:", text) else f"PREFIX xsd: <{XSD}>\n"
    return prologue + text


def _as_test(pattern: str) -> str:
    """`VALUES ?x { v }` as `FILTER (?x = v)`; another pattern as it is."""
    m = re.fullmatch(r"VALUES (\?\w+) \{ (\S+) \}", pattern)
    return f"FILTER ({m[1]} = {m[2]})" if m else pattern


def _key(pattern: str) -> str:
    """The variable a filter pattern narrows: `?event` of `?event pa:date ?fdate`."""
    return next(t.text for t in tokens(pattern) if t.kind == "var" and t.text != "?fdate")


def _narrows(body: list[Token], key: str) -> bool:
    """Whether a filter on `key` belongs first in the group of `body` (its tokens): only if the
    group reads `key`, and is more than one triple pattern. Oxigraph joins a one-pattern
    OPTIONAL row by row already (one lookup each), and a group without `key` would be read
    whole beside the filter instead of once per row (roles by actor: 88 -> 55 ms, the
    timeline of one speaker: 105 -> 77 ms CPU at 1.2 M quads)."""
    if not any(t.kind == "var" and t.text == key for t in body):
        return False
    words = [t for t in body if not (t.kind == "punct" and t.text == ".")]
    return len(words) != 3 or any(t.kind == "punct" for t in words)


def _bodies(text: str, groups: list[int]) -> list[list[Token]]:
    """The tokens inside each group of `groups` (offsets just after its `{`), nested ones too."""
    toks = list(tokens(text))
    out = []
    for at in groups:
        start = next(i for i, t in enumerate(toks) if t.start >= at)
        depth = toks[start - 1].depth
        end = next(
            i for i in range(start, len(toks)) if toks[i].text == "}" and toks[i].depth == depth
        )
        out.append(toks[start:end])
    return out


def listed_days(start: str | None, end: str | None) -> list[dt.date] | None:
    """The days from `start` to `end`, or None for an open range or one of more than
    MAX_LISTED_DAYS days."""
    if start is None or end is None:
        return None
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return None  # filter_term names the bad date
    n = (last - first).days + 1
    if n > MAX_LISTED_DAYS:
        return None
    return [first + dt.timedelta(days=i) for i in range(max(n, 0))]


def _branch_classes(text: str, groups: list[int], classes: list[str]) -> list[str]:
    """For each group of `groups` (see _groups), the class of `classes` its top-level branch
    declares (`a CLASS`), or "" (also for the GRAPH block itself). A top-level branch is a
    group one level inside the GRAPH block; it reaches to the next one."""
    if not classes:
        return [""] * len(groups)
    depth = {tok.end: tok.depth for tok in tokens(text) if tok.text == "{"}
    top = depth[groups[0]] + 1
    out, current = [""], ""
    for n, at in enumerate(groups[1:], start=1):
        if depth[at] == top:
            end = next((g for g in groups[n + 1 :] if depth[g] == top), len(text))
            declared = [c for c in classes if re.search(rf"\ba\s+{re.escape(c)}\b", text[at:end])]
            current = declared[0] if declared else ""
        out.append(current)
    return out


def _groups(text: str) -> list[int]:
    """Where the `GRAPH ?article {` block of `text` opens, and each group pattern in it: the
    offset just after its `{`. A VALUES block's braces hold data,
    not a group; an EXISTS group is evaluated once per row with the row's bindings, so it is
    narrow already (the filter in it would be one more lookup, or a whole date list, per row)."""
    toks = list(tokens(text))
    out: list[int] = []
    graph_depth: int | None = None
    in_values = False
    exists_depth: int | None = None
    for i, tok in enumerate(toks):
        if tok.word == "VALUES":
            in_values = True
        if exists_depth is not None and tok.text == "}" and tok.depth == exists_depth:
            exists_depth = None
        if tok.text != "{" or tok.kind != "punct":
            continue
        if in_values:
            in_values = False
            continue
        if exists_depth is None and i >= 1 and toks[i - 1].word == "EXISTS":
            exists_depth = tok.depth
        if exists_depth is not None:
            continue
        if graph_depth is None:
            if i >= 2 and toks[i - 2].word == "GRAPH" and toks[i - 1].text == "?article":
                graph_depth = tok.depth
                out.append(tok.end)
        elif tok.depth > graph_depth:
            out.append(tok.end)
        else:
            break
    return out

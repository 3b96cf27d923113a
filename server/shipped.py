"""The shipped queries over HTTP, a page at a time: `/queries`, `/queries/NAME` (HTML),
`/queries/NAME.json` and `/queries/NAME.csv`.

The query string takes the query's filters (`kg.queries.FILTERS`: actor, kind, status, place,
from, to), `limit` (items per page, default kg.paging.DEFAULT_LIMIT), `cursor` (from the previous
page's `next`) and, in `.json`, `total=1` for the number of items matching the filters. Each
page is kg.paging's three small queries, run in the query pool like the browse pages: at 2.3 M
quads a first page costs 30-70 ms CPU where the whole answer of a busy filter took up to 2.6 s
(bench/issue17.md). Read to the end through `next`, the pages give exactly the query's rows.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, render_template, request

from kg import paging, queries
from kg.sparql_text import sparql_iri, sparql_string
from server.context import kb
from server.errors import ApiError
from server.formats import csv_response
from server.kb import Term
from server.views import href

bp = Blueprint("shipped", __name__)

# Our own queries: no row limit of client queries (KG_MAX_ROWS) cuts their groups or pages.
ALL_ROWS = 2**31


def _term(term: Term) -> str:
    """A result term as SPARQL text, to put back into the next query."""
    if term.type == "uri":
        return sparql_iri(term.value)
    if term.type != "literal":
        raise ApiError(500, "internal", f"a page cannot name a {term.type} in a query")
    text = sparql_string(term.value)
    if term.lang:
        return f"{text}@{term.lang}"
    return f"{text}^^{sparql_iri(term.datatype)}" if term.datatype else text


def _select(text: str) -> list[dict[str, str]]:
    return [{k: _term(v) for k, v in r.items()} for r in kb().select(text, max_rows=ALL_ROWS)]


def _params(name: str) -> tuple[dict[str, str], int, str | None]:
    if name not in queries.all_queries():
        raise ApiError(404, "not_found", f"no shipped query {name!r} (see /queries)")
    filters = {k: v for k, v in request.args.items() if k in queries.FILTER_NAMES and v}
    unknown = sorted(set(request.args) - set(queries.FILTER_NAMES) - {"limit", "cursor", "total"})
    if unknown:
        raise ApiError(400, "bad_parameter", f"unknown parameter {unknown[0]!r}")
    raw = request.args.get("limit", str(paging.DEFAULT_LIMIT))
    if not raw.isdigit():
        raise ApiError(400, "bad_parameter", f"limit={raw!r}: a number of items")
    return filters, int(raw), request.args.get("cursor") or None


def url(name: str, fmt: str, filters: dict[str, str], limit: int, cursor: str | None) -> str:
    args: dict[str, str | int] = dict(filters)
    if limit != paging.DEFAULT_LIMIT:
        args["limit"] = limit
    if cursor:
        args["cursor"] = cursor
    query = urlencode(args)
    return f"/queries/{name}{fmt}" + (f"?{query}" if query else "")


def view(name: str, fmt: str) -> Response | str:
    filters, limit, cursor = _params(name)
    try:
        plan = paging.plan(_select, name, filters, limit, cursor)
    except ValueError as err:
        raise ApiError(400, "bad_parameter", str(err)) from err
    columns, rows = kb().table(plan.text, max_rows=ALL_ROWS)
    following = plan.next_cursor(len(rows))
    cells = [{c: (r[c].value if c in r else "") for c in columns} for r in rows]
    if fmt == ".csv":
        return csv_response(columns, cells)
    next_url = url(name, fmt, filters, limit, following) if following else None
    if fmt == ".json":
        out: dict[str, object] = {
            "query": name,
            "columns": columns,
            "rows": cells,
            "filters": filters,
            "limit": limit,
            "cursor": cursor,
            "next": next_url,
        }
        if request.args.get("total") and name in paging.SPECS:
            (row,) = _select(paging.total_query(name, filters))
            out["total"] = {"count": paging.number(row["n"]), "of": paging.SPECS[name].noun}
        return jsonify(out)
    links = {c for c in columns if any(r[c].type == "uri" for r in rows if c in r)}
    return render_template(
        "shipped.html",
        name=name,
        question=queries.load(name).question,
        takes=_takes(name),
        filters=filters,
        columns=columns,
        rows=cells,
        links=links,
        href=href,
        next_url=next_url,
        first_url=url(name, "", filters, limit, None) if cursor else None,
        json_url=url(name, ".json", filters, limit, cursor),
        csv_url=url(name, ".csv", filters, limit, cursor),
    )


def _takes(name: str) -> list[str]:
    known = queries.FILTERS.get(name, {})
    return [n for n in queries.FILTER_NAMES if (n if n not in ("from", "to") else "date") in known]


@bp.get("/queries")
@bp.get("/queries.json")
def index() -> Response | str:
    listed = [(q.name, q.question) for q in queries.all_queries().values()]
    if request.path.endswith(".json") or request.accept_mimetypes.best == "application/json":
        return jsonify([{"name": n, "question": t, "url": f"/queries/{n}"} for n, t in listed])
    return render_template("shipped_index.html", listed=listed)


@bp.get("/queries/<name>")
def html(name: str) -> Response | str:
    if "." in name:
        base, fmt = name.rsplit(".", 1)
        if fmt not in ("json", "csv"):
            raise ApiError(404, "not_found", f"/queries/{base} comes as .json or .csv, not .{fmt}")
        return view(base, "." + fmt)
    return view(name, "")

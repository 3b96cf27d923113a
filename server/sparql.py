"""The SPARQL 1.1 Protocol endpoint `/sparql`: queries, updates and the service description."""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Sequence

from flask import Blueprint, Response, redirect, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.diagnostics import TermWarning, diagnose, undefined_terms
from kg.namespaces import PREFIXES
from kg.sparql_text import sparql_iri
from server import describe
from server.analysis import check_nesting, inspect_query
from server.context import config, endpoint_url, kb, require_write_access
from server.errors import ApiError
from server.formats import (
    GraphFormat,
    ResultsFormat,
    choose_graph,
    choose_results,
    content_type,
    wants_html,
)
from server.kb import outbound_message
from server.protocol import Operation, read_operation
from server.update_guard import UnverifiableUpdate, add_using, article_targets
from server.worker import QueryOutcome

log = logging.getLogger(__name__)

bp = Blueprint("sparql", __name__)

# The row cap of an answer, as one RFC 8941 dictionary: `count=3, max=10000, truncated=?0`.
ROWS_HEADER = "Parley-Rows"
# A query using a `pa:` term the ontology does not define: one header per term (kg.diagnostics).
WARNING_HEADER = "Parley-Warning"


def term_warnings(text: str) -> list[TermWarning]:
    """`undefined_terms`, remembered for short texts: clients repeat the same queries, and
    reading one costs a noticeable share of a light request."""
    return _term_warnings(text) if len(text) <= 4096 else undefined_terms(text)


_term_warnings = functools.lru_cache(maxsize=256)(undefined_terms)


def normalize_newlines(text: str) -> str:
    return re.sub(r"\r\n?", "\n", text)


@bp.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    op = read_operation(request)
    if op.kind == "none":
        if wants_html(request.accept_mimetypes):
            return redirect("/query", code=303)  # type: ignore[return-value]
        return describe.service_description()
    if op.kind == "update":
        return run_update(op)
    return run_query(op)


def _check_from(iris: tuple[str, ...]) -> None:
    for iri in iris:
        try:
            exists = kb().graph_exists(iri)
        except ValueError:
            exists = False
        if not exists:
            raise ApiError(
                400,
                "outside_store",
                f"FROM <{iri}> names no graph of this store; "
                + outbound_message("fetching remote graphs"),
            )


def run_query(op: Operation) -> Response:
    deadline = kb().deadline()
    cfg = config()
    base = endpoint_url()
    check_nesting(op.text)
    shape = inspect_query(op.text, base, PREFIXES)
    if shape.service:
        raise ApiError(400, "outbound_refused", outbound_message("SERVICE (federated query)"))
    values = request.args if request.method == "GET" else request.values
    fmt_param = values.get("format") or values.get("output")
    accept = request.headers.get("Accept", "")
    # The query's form, known once the engine parsed it, decides which family is used; a family
    # the client cannot take is None, and a 406 only if the query produces it.
    results_fmt = acceptable(accept, fmt_param, graph=False)
    graph_fmt = acceptable(accept, fmt_param, graph=True)
    if results_fmt is None and graph_fmt is None:
        negotiated(accept, fmt_param, graph=False)  # raises the 406 that says why
    if op.has_dataset:
        # The protocol's dataset replaces the query's FROM clauses; graphs not in the store are
        # simply empty (never fetched).
        for iri in op.default_graphs + op.named_graphs:
            _valid_iri(iri)
        default, named = tuple(op.default_graphs), tuple(op.named_graphs)
    else:
        # FROM clauses the engine honours itself (the stored default graph is the union, no
        # query option overrides them): only a graph outside the store is refused, with a 400.
        _check_from(shape.from_default + shape.from_named)
        default, named = None, None
    job = kb().job(
        op.text,
        results=None if results_fmt is None else results_fmt.media_type,
        graph=None if graph_fmt is None else graph_fmt.media_type,
        default_graphs=default,
        named_graphs=None if default is None else named,
        base_iri=base,
    )
    try:
        outcome = kb().run(job, client=True, deadline=deadline)
    except ApiError as err:
        # The engine's parse is the one that counts: its error, told with line and column.
        raise diagnosed(err, op.text) from None
    return query_response(outcome, cfg.max_rows, term_warnings(op.text))


def diagnosed(err: ApiError, query: str) -> ApiError:
    """A malformed query's error with line, column and what was expected (kg.diagnostics)."""
    if err.code != "malformed_query":
        return err
    d = diagnose(err.message, query)
    return ApiError(400, "malformed_query", d.message, err.headers, d.fields())


def acceptable(accept: str, param: str | None, graph: bool) -> ResultsFormat | GraphFormat | None:
    """The format of one family the client takes, None if none: remembered like `negotiated`
    (every query asks for both families, and one of them usually fails)."""
    if len(accept) > 1024:
        return _acceptable(accept, param, graph)
    return _acceptable_cached(accept, param, graph)


def _acceptable(accept: str, param: str | None, graph: bool) -> ResultsFormat | GraphFormat | None:
    try:
        return _negotiate(accept, param, graph)
    except ApiError:
        return None


_acceptable_cached = functools.lru_cache(maxsize=256)(_acceptable)


def negotiated(accept: str, param: str | None, graph: bool) -> ResultsFormat | GraphFormat:
    """The format for an Accept header and `format=` value, remembered: clients send the same
    few headers, and parsing them with q-values is a noticeable share of a light request."""
    if len(accept) > 1024:
        return _negotiate(accept, param, graph)
    return _negotiate_cached(accept, param, graph)


def _negotiate(accept: str, param: str | None, graph: bool) -> ResultsFormat | GraphFormat:
    mimetypes = parse_accept_header(accept, MIMEAccept)
    return choose_graph(mimetypes, param) if graph else choose_results(mimetypes, param)


_negotiate_cached = functools.lru_cache(maxsize=128)(_negotiate)


def _valid_iri(iri: str) -> None:
    try:
        sparql_iri(iri)
    except ValueError as err:
        raise ApiError(400, "bad_request", f"graph IRI {iri!r} is not an IRI") from err


def query_response(
    outcome: QueryOutcome, max_rows: int, warnings: Sequence[TermWarning] = ()
) -> Response:
    body, headers = query_payload(outcome, max_rows, warnings)
    resp = Response(body, status=200)
    for name, value in headers:
        resp.headers[name] = value
    return resp


def query_payload(
    outcome: QueryOutcome, max_rows: int, warnings: Sequence[TermWarning] = ()
) -> tuple[bytes, list[tuple[str, str]]]:
    """The body and headers (Content-Type, row cap, Vary, warnings) answering a query."""
    body = outcome.body
    if outcome.kind == "solutions" and outcome.media_type == "application/sparql-results+json":
        # Tell JSON clients about the cap inside the document too, as its first key: readers
        # skip unknown keys, but Oxigraph's streaming parser only before the bindings.
        said = f',"warnings":{json.dumps([w.fields() for w in warnings])}' if warnings else ""
        extra = (
            f'{{"parley":{{"maxRows":{max_rows},"rowCount":{outcome.rows},'
            f'"truncated":{"true" if outcome.truncated else "false"}{said}}},'
        )
        body = extra.encode() + body.lstrip()[1:]
    headers = [("Content-Type", content_type(outcome.media_type))]
    if outcome.kind != "boolean":
        truncated = "?1" if outcome.truncated else "?0"
        headers.append(
            (ROWS_HEADER, f"count={outcome.rows}, max={max_rows}, truncated={truncated}")
        )
    headers.append(("Vary", "Accept, Origin"))
    for w in warnings:
        headers.append((WARNING_HEADER, w.message))
    return body, headers


def run_update(op: Operation) -> Response:
    require_write_access(request)
    check_nesting(op.text)
    # One line ending for rdflib and Oxigraph alike: they disagree on a bare CR in a comment,
    # and the graphs validated must be the graphs written.
    text = normalize_newlines(op.text)
    try:
        targets = article_targets(text, endpoint_url(), PREFIXES)
    except SyntaxError as err:
        raise ApiError(400, "malformed_update", str(err)) from err
    except UnverifiableUpdate as err:
        raise ApiError(400, "unverifiable_update", str(err)) from err
    if targets.load:
        raise ApiError(400, "outbound_refused", outbound_message("LOAD"))
    if targets.service:
        raise ApiError(400, "outbound_refused", outbound_message("SERVICE"))
    if op.has_dataset:
        if targets.dataset_clause:
            raise ApiError(
                400,
                "dataset_conflict",
                "using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH "
                "in the update itself",
            )
        for iri in op.default_graphs + op.named_graphs:
            _valid_iri(iri)
        # USING clauses only choose what WHERE reads; the graphs written are as parsed above.
        try:
            text = add_using(text, op.default_graphs, op.named_graphs)
        except SyntaxError as err:
            raise ApiError(400, "malformed_update", str(err)) from err
    problems = kb().update(text, endpoint_url(), targets.graphs)
    if problems:
        raise ApiError(
            422,
            "shacl_violation",
            "the update was undone: article graphs would not conform to the Parley shapes: "
            + "; ".join(problems),
        )
    log.info("update applied (%d characters)", len(op.text))
    return Response(status=204)


__all__ = [
    "ROWS_HEADER",
    "bp",
    "content_type",
    "negotiated",
    "query_payload",
    "query_response",
]

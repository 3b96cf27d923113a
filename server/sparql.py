"""The SPARQL 1.1 Protocol endpoint `/sparql`: queries, updates and the service description."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Sequence

from flask import Blueprint, Response, redirect, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.diagnostics import TermWarning, diagnose, undefined_terms
from kg.namespaces import PREFIXES
from kg.sparql_text import Analysis, add_using, analyze, cap_limit, sparql_iri
from server import describe
from server.context import config, endpoint_url, kb, require_write_access
from server.errors import ApiError
from server.formats import (
    GRAPH_FORMATS,
    RESULTS_FORMATS,
    GraphFormat,
    ResultsFormat,
    choose_graph,
    choose_results,
    wants_html,
)
from server.protocol import Operation, read_operation
from server.update_guard import UnverifiableUpdate, article_targets
from server.worker import QueryOutcome

log = logging.getLogger(__name__)

bp = Blueprint("sparql", __name__)

# The row cap of an answer, as one RFC 8941 dictionary: `count=3, max=10000, truncated=?0`.
ROWS_HEADER = "Parley-Rows"
# A query using a `pa:` term the ontology does not define: one header per term (kg.diagnostics).
WARNING_HEADER = "Parley-Warning"
_OUTBOUND = (
    "this server makes no outbound requests, so {what} is not available; query the data "
    "stored here, or load remote data with `kg ingest`"
)


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


def _check_from(iris: list[str]) -> None:
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
                + _OUTBOUND.format(what="fetching remote graphs"),
            )


# Texts up to this size are remembered with their analysis: clients repeat the same queries,
# and lexing costs as much as a point lookup. Longer ones are rare and would bloat the cache.
_CACHED_TEXT = 4096


@functools.lru_cache(maxsize=256)
def _prepare(text: str, base: str, max_rows: int) -> tuple[Analysis, str]:
    """The analysis of a query and the text to run (SELECT row cap applied). Shared between
    requests: callers must not modify the analysis."""
    analysis = analyze(text, base, PREFIXES)
    if analysis.form == "SELECT":
        return analysis, cap_limit(text, max_rows + 1)
    return analysis, text


def prepare(text: str, base: str, max_rows: int) -> tuple[Analysis, str]:
    if len(text) <= _CACHED_TEXT:
        return _prepare(text, base, max_rows)
    return _prepare.__wrapped__(text, base, max_rows)


def run_query(op: Operation) -> Response:
    cfg = config()
    base = endpoint_url()
    analysis, text = prepare(op.text, base, cfg.max_rows)
    if analysis.service:
        raise ApiError(400, "outbound_refused", _OUTBOUND.format(what="SERVICE (federated query)"))
    if analysis.load:
        raise ApiError(400, "outbound_refused", _OUTBOUND.format(what="LOAD"))
    values = request.args if request.method == "GET" else request.values
    fmt_param = values.get("format") or values.get("output")
    graph_form = analysis.form in ("CONSTRUCT", "DESCRIBE")
    # Only the family the query form produces is negotiated; the other keeps its default.
    results_fmt, graph_fmt = RESULTS_FORMATS[0], GRAPH_FORMATS[0]
    accept = request.headers.get("Accept", "")
    if graph_form:
        chosen = negotiated(accept, fmt_param, graph=True)
        assert isinstance(chosen, GraphFormat)
        graph_fmt = chosen
    else:
        chosen = negotiated(accept, fmt_param, graph=False)
        assert isinstance(chosen, ResultsFormat)
        results_fmt = chosen
    if op.has_dataset:
        # The protocol's dataset replaces the query's FROM clauses; graphs not in the store are
        # simply empty (never fetched).
        for iri in op.default_graphs + op.named_graphs:
            _valid_iri(iri)
        default, named = tuple(op.default_graphs), tuple(op.named_graphs)
    elif analysis.from_default or analysis.from_named:
        _check_from(analysis.from_default + analysis.from_named)
        default, named = tuple(analysis.from_default), tuple(analysis.from_named)
    else:
        default, named = None, None
    job = kb().job(
        text,
        original=op.text if text != op.text else None,
        results=results_fmt.media_type,
        graph=graph_fmt.media_type,
        default_graphs=None if default is None else default,
        named_graphs=None if default is None else named,
        base_iri=base,
        parse_prefixes=analysis.undeclared_prefix,
    )
    try:
        outcome = kb().run(job)
    except ApiError as err:
        raise diagnosed(err, op.text) from None
    return query_response(outcome, cfg.max_rows, undefined_terms(op.text))


def diagnosed(err: ApiError, query: str) -> ApiError:
    """A malformed query's error with line, column and what was expected (kg.diagnostics)."""
    if err.code != "malformed_query":
        return err
    d = diagnose(err.message, query)
    return ApiError(400, "malformed_query", d.message, err.headers, d.fields())


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


def content_type(media_type: str) -> str:
    if "charset=" in media_type:
        return media_type
    textual = (
        media_type.startswith("text/")
        or media_type.endswith(("json", "xml"))
        or (media_type in ("application/n-triples", "application/n-quads", "application/trig"))
    )
    return f"{media_type}; charset=utf-8" if textual else media_type


def run_update(op: Operation) -> Response:
    require_write_access(request)
    analysis = analyze(op.text, endpoint_url(), PREFIXES)
    if analysis.load:
        raise ApiError(400, "outbound_refused", _OUTBOUND.format(what="LOAD"))
    if analysis.service:
        raise ApiError(400, "outbound_refused", _OUTBOUND.format(what="SERVICE"))
    text = op.text
    if op.has_dataset:
        if analysis.dataset_clause:
            raise ApiError(
                400,
                "dataset_conflict",
                "using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH "
                "in the update itself",
            )
        for iri in op.default_graphs + op.named_graphs:
            _valid_iri(iri)
        text = add_using(op.text, op.default_graphs, op.named_graphs)
    try:
        targets = article_targets(text, endpoint_url(), PREFIXES)
    except SyntaxError as err:
        raise ApiError(400, "malformed_update", str(err)) from err
    except UnverifiableUpdate as err:
        raise ApiError(400, "unverifiable_update", str(err)) from err
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
    "prepare",
    "query_payload",
    "query_response",
]

"""Media types the server speaks, and choosing one from `Accept` (with q-values) or `format=`."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from flask import Response
from werkzeug.datastructures import MIMEAccept

from server.errors import ApiError


@dataclass(frozen=True)
class ResultsFormat:
    """A serialization of SELECT / ASK results."""

    key: str
    media_type: str
    ox_format: ox.QueryResultsFormat


@dataclass(frozen=True)
class GraphFormat:
    """A serialization of RDF (CONSTRUCT / DESCRIBE results, graphs, resource descriptions)."""

    key: str
    media_type: str
    ox_format: ox.RdfFormat
    suffix: str


def _results(key: str, fmt: ox.QueryResultsFormat) -> ResultsFormat:
    return ResultsFormat(key, fmt.media_type.split(";")[0].strip(), fmt)


def _graph(key: str, fmt: ox.RdfFormat) -> GraphFormat:
    return GraphFormat(key, fmt.media_type, fmt, fmt.file_extension)


# Media types and file suffixes are Oxigraph's own; the keys are the names `format=` takes.
# Server preference first: on equal quality the earlier entry wins.
RESULTS_FORMATS: tuple[ResultsFormat, ...] = (
    _results("json", ox.QueryResultsFormat.JSON),
    _results("xml", ox.QueryResultsFormat.XML),
    _results("csv", ox.QueryResultsFormat.CSV),
    _results("tsv", ox.QueryResultsFormat.TSV),
)
GRAPH_FORMATS: tuple[GraphFormat, ...] = (
    _graph("turtle", ox.RdfFormat.TURTLE),
    _graph("ntriples", ox.RdfFormat.N_TRIPLES),
    _graph("jsonld", ox.RdfFormat.JSON_LD),
    _graph("rdfxml", ox.RdfFormat.RDF_XML),
    _graph("trig", ox.RdfFormat.TRIG),
    _graph("nquads", ox.RdfFormat.N_QUADS),
    _graph("n3", ox.RdfFormat.N3),
)

# Generic media types clients send, and what each means for results or for graphs.
_RESULTS_ALIASES = {
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "tsv",
}
_GRAPH_ALIASES = {
    "application/json": "jsonld",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    "text/plain": "ntriples",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
}
# Names accepted in the `format` (or `output`) parameter, besides media types and keys.
_PARAM_NAMES = {
    "ttl": "turtle",
    "nt": "ntriples",
    "n-triples": "ntriples",
    "json-ld": "jsonld",
    "rdf": "rdfxml",
    "rdf+xml": "rdfxml",
    "rdf/xml": "rdfxml",
    "nq": "nquads",
    "n-quads": "nquads",
}

RESULTS_BY_KEY = {f.key: f for f in RESULTS_FORMATS}
GRAPH_BY_KEY = {f.key: f for f in GRAPH_FORMATS}
GRAPH_BY_SUFFIX = {f.suffix: f for f in GRAPH_FORMATS} | {"json": GRAPH_BY_KEY["jsonld"]}
GRAPH_BY_MEDIA = {f.media_type: f for f in GRAPH_FORMATS} | {
    k: GRAPH_BY_KEY[v] for k, v in _GRAPH_ALIASES.items()
}


def _from_param(value: str, graph: bool) -> ResultsFormat | GraphFormat:
    name = value.strip().lower()
    name = _PARAM_NAMES.get(name, name)
    if graph:
        if name in GRAPH_BY_KEY:
            return GRAPH_BY_KEY[name]
        if name in ("json", "xml"):
            return GRAPH_BY_KEY["jsonld" if name == "json" else "rdfxml"]
        media = name.split(";")[0].strip()
        if media in GRAPH_BY_MEDIA:
            return GRAPH_BY_MEDIA[media]
    else:
        if name in RESULTS_BY_KEY:
            return RESULTS_BY_KEY[name]
        media = name.split(";")[0].strip()
        for f in RESULTS_FORMATS:
            if f.media_type == media:
                return f
        if media in _RESULTS_ALIASES:
            return RESULTS_BY_KEY[_RESULTS_ALIASES[media]]
    kinds = GRAPH_BY_KEY if graph else RESULTS_BY_KEY
    raise ApiError(
        406,
        "not_acceptable",
        f"format {value!r} is not available here; use one of: {', '.join(kinds)}",
    )


def choose_results(accept: MIMEAccept, param: str | None) -> ResultsFormat:
    if param:
        fmt = _from_param(param, graph=False)
        assert isinstance(fmt, ResultsFormat)
        return fmt
    offered = [f.media_type for f in RESULTS_FORMATS] + list(_RESULTS_ALIASES)
    best = _best(accept, offered)
    if best is None:
        raise _not_acceptable(accept, [f.media_type for f in RESULTS_FORMATS])
    return _results_for_media(best)


def _results_for_media(media: str) -> ResultsFormat:
    for f in RESULTS_FORMATS:
        if f.media_type == media:
            return f
    return RESULTS_BY_KEY[_RESULTS_ALIASES[media]]


def choose_graph(accept: MIMEAccept, param: str | None) -> GraphFormat:
    if param:
        fmt = _from_param(param, graph=True)
        assert isinstance(fmt, GraphFormat)
        return fmt
    offered = [f.media_type for f in GRAPH_FORMATS] + list(_GRAPH_ALIASES)
    best = _best(accept, offered)
    if best is None:
        raise _not_acceptable(accept, [f.media_type for f in GRAPH_FORMATS])
    return GRAPH_BY_MEDIA[best]


def _best(accept: MIMEAccept, offered: list[str]) -> str | None:
    if not accept:
        return offered[0]
    # Parameters such as `charset=utf-8` name no other format; Werkzeug would count them as a
    # mismatch, so match on the bare media type.
    bare = MIMEAccept([(value.split(";")[0].strip(), q) for value, q in accept])
    return bare.best_match(offered)


def _not_acceptable(accept: MIMEAccept, offered: list[str]) -> ApiError:
    return ApiError(
        406,
        "not_acceptable",
        f"none of the requested media types ({accept.to_header()}) can be produced; "
        f"available: {', '.join(offered)}",
    )


def wants_html(accept: MIMEAccept) -> bool:
    """A browser: HTML is acceptable and preferred to every RDF type."""
    if not accept:
        return False
    listed = set(accept.values())
    if "text/html" not in listed and "application/xhtml+xml" not in listed:
        return False
    html_q = max(accept.quality("text/html"), accept.quality("application/xhtml+xml"))
    if html_q <= 0:
        return False
    rdf_q = max(accept.quality(f.media_type) for f in GRAPH_FORMATS)
    exact_rdf = any(v in GRAPH_BY_MEDIA for v in accept.values())
    return html_q > rdf_q or (html_q == rdf_q and not exact_rdf)


def content_type(media_type: str) -> str:
    """The Content-Type header for `media_type`, with a charset for textual formats."""
    if "charset=" in media_type:
        return media_type
    textual = (
        media_type.startswith("text/")
        or media_type.endswith(("json", "xml"))
        or (media_type in ("application/n-triples", "application/n-quads", "application/trig"))
    )
    return f"{media_type}; charset=utf-8" if textual else media_type


def csv_response(columns: Sequence[str], rows: Sequence[Mapping[str, str]]) -> Response:
    """A page's table as CSV: a header of `columns`, then each row's cells in that order."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([r[c] for c in columns] for r in rows)
    return Response(text.getvalue(), content_type="text/csv; charset=utf-8")

"""Parsing RDF sent by clients, refusing what could make the server reach out or blow up."""

from __future__ import annotations

import pyoxigraph as ox

from kg.rdfio import UnsafeRdf, check_safe_rdf
from server.errors import ApiError
from server.formats import GRAPH_BY_MEDIA, GraphFormat


def upload_format(media_type: str) -> GraphFormat:
    fmt = GRAPH_BY_MEDIA.get(media_type.lower())
    if fmt is None:
        known = ", ".join(sorted({f.media_type for f in GRAPH_BY_MEDIA.values()}))
        raise ApiError(
            415,
            "unsupported_media_type",
            f"cannot read {media_type or 'a body without Content-Type'}; send one of: {known}",
        )
    return fmt


def _refuse_unsafe(body: bytes, fmt: GraphFormat) -> None:
    try:
        check_safe_rdf(body, fmt.ox_format)
    except UnsafeRdf as err:
        raise ApiError(400, err.code, str(err)) from err


def parse_triples(body: bytes, media_type: str, base_iri: str) -> list[ox.Triple]:
    """The triples of an uploaded document (quads' graph names are refused, not dropped)."""
    fmt = upload_format(media_type)
    _refuse_unsafe(body, fmt)
    try:
        quads = list(ox.parse(body, format=fmt.ox_format, base_iri=base_iri))
    except SyntaxError as err:
        raise ApiError(400, "invalid_rdf", f"invalid {fmt.key} document: {err}") from err
    triples = []
    for q in quads:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            raise ApiError(
                400, "invalid_rdf", "the document names graphs; send the triples of one graph"
            )
        triples.append(q.triple)
    return triples

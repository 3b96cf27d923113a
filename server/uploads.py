"""Parsing RDF sent by clients, refusing what could make the server reach out or blow up."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pyoxigraph as ox

from server.errors import ApiError
from server.formats import GRAPH_BY_MEDIA, GraphFormat

_XML_DECL = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


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
    if fmt.ox_format == ox.RdfFormat.RDF_XML or body.lstrip().startswith(b"<"):
        if _XML_DECL.search(body):
            raise ApiError(
                400,
                "unsafe_xml",
                "XML with <!DOCTYPE> or <!ENTITY> declarations is refused (entity expansion and "
                "external entities); send the document without them",
            )
    if fmt.ox_format == ox.RdfFormat.JSON_LD:
        try:
            doc = json.loads(body)
        except ValueError as err:
            raise ApiError(400, "invalid_rdf", f"the JSON-LD is not JSON: {err}") from err
        for ctx in _contexts(doc):
            if isinstance(ctx, str) or (isinstance(ctx, dict) and "@import" in ctx):
                raise ApiError(
                    400,
                    "outbound_refused",
                    "JSON-LD remote contexts are not fetched (this server makes no outbound "
                    "requests); inline the context object instead",
                )


def _contexts(node: object) -> Iterator[object]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                yield from value if isinstance(value, list) else [value]
            yield from _contexts(value)
    elif isinstance(node, list):
        for item in node:
            yield from _contexts(item)


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

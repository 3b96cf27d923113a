"""SPARQL 1.1 Graph Store HTTP Protocol at `/gsp`: indirect (`?graph=`, `?default`) and direct
(`/gsp/...`, whose graph IRI is the request URL) identification.

Reads are public; PUT, POST and DELETE need the update token. Article graphs (IRIs under
`id/article/`) are SHACL-validated before they are written, as `kg ingest` does.

The default graph of queries holds the union of the named graphs (kg.union); the default graph
here is what it holds beyond that union, so a PUT of it reads back the same with GET.
"""

from __future__ import annotations

import logging
import uuid

import pyoxigraph as ox
from flask import Blueprint, Response, request
from rdflib import Graph

from kg.namespaces import BASE
from kg.sparql_text import sparql_iri
from kg.union import UNION_FILL, delete_update, union_update, with_union
from server.context import kb, public_base, require_write_access
from server.errors import ApiError
from server.formats import choose_graph
from server.sparql import ROWS_HEADER, query_response
from server.uploads import parse_triples
from server.worker import DEFAULT_GRAPH, serialize_triples

log = logging.getLogger(__name__)

bp = Blueprint("gsp", __name__)

ARTICLE_PREFIX = BASE + "article/"
METHODS = ["GET", "PUT", "POST", "DELETE"]
OWN_DEFAULT_TRIPLES = (
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
)


@bp.route("/gsp", methods=METHODS)
def indirect() -> Response:
    graphs = request.args.getlist("graph")
    if "default" in request.args and graphs:
        raise ApiError(400, "bad_request", "give either `graph` or `default`, not both")
    if len(graphs) > 1:
        raise ApiError(400, "bad_request", "give exactly one `graph` parameter")
    if graphs:
        return handle(graphs[0])
    if "default" in request.args:
        return handle(DEFAULT_GRAPH)
    if request.method == "POST":
        # POST to the service itself creates a new graph and says where (Location).
        return handle(public_base() + f"gsp/graphs/{uuid.uuid4()}", created_by_post=True)
    raise ApiError(400, "bad_request", "name the graph with `?graph=<IRI>` or `?default`")


@bp.route("/gsp/<path:rest>", methods=METHODS)
def direct(rest: str) -> Response:
    return handle(public_base() + "gsp/" + rest)


def handle(graph: str, created_by_post: bool = False) -> Response:
    if graph != DEFAULT_GRAPH:
        try:
            sparql_iri(graph)
        except ValueError as err:
            raise ApiError(400, "bad_request", f"{graph!r} is not an IRI") from err
    if request.method in ("GET", "HEAD"):
        return get_graph(graph)
    require_write_access(request)
    if request.method == "DELETE":
        return delete_graph(graph)
    triples = read_body(graph)
    return write_graph(graph, triples, replace=request.method == "PUT", location=created_by_post)


def get_graph(graph: str) -> Response:
    fmt = choose_graph(request.accept_mimetypes, request.args.get("format"))
    store = kb()
    if graph != DEFAULT_GRAPH and not store.graph_exists(graph):
        raise ApiError(404, "not_found", f"no graph <{graph}> in this store")
    if graph == DEFAULT_GRAPH:
        # The default graph's own triples: the rest of it is the union of the named graphs,
        # kept there for queries (kg.union), which a PUT or DELETE of it leaves in place.
        query = OWN_DEFAULT_TRIPLES
        default: tuple[str, ...] | None = None
    else:
        query, default = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", (graph,)
    job = store.job(
        query,
        graph=fmt.media_type,
        default_graphs=default,
        named_graphs=None if default is None else (),
        # A graph is returned whole: truncating one silently would corrupt it for the client.
        max_rows=2**62,
    )
    resp = query_response(store.run(job), store.config.max_rows)
    resp.headers.pop(ROWS_HEADER, None)
    return resp


def read_body(graph: str) -> list[ox.Triple]:
    base = graph or public_base()
    if request.mimetype == "multipart/form-data":
        triples: list[ox.Triple] = []
        for part in request.files.values():
            triples.extend(parse_triples(part.read(), part.mimetype, base))
        return triples
    return parse_triples(request.get_data(), request.mimetype, base)


def _validate_article(graph: str, triples: list[ox.Triple]) -> None:
    # Imported here: pyshacl takes about a second to import and only article writes need it.
    from kg.validation import validate_graph

    data = Graph()
    nt = serialize_triples(triples, ox.RdfFormat.N_TRIPLES, {})
    data.parse(data=nt.decode("utf-8"), format="nt")
    report = validate_graph(data)
    if not report.conforms:
        raise ApiError(
            422,
            "shacl_violation",
            f"<{graph}> does not conform to the Parley shapes: {report.summary()}",
        )


def write_graph(graph: str, triples: list[ox.Triple], replace: bool, location: bool) -> Response:
    if graph.startswith(ARTICLE_PREFIX):
        _validate_article(graph, triples)
    target: ox.NamedNode | ox.DefaultGraph = (
        ox.DefaultGraph() if graph == DEFAULT_GRAPH else ox.NamedNode(graph)
    )
    with kb().writing(graph) as store:
        existed = graph == DEFAULT_GRAPH or store.contains_named_graph(target)  # type: ignore[arg-type]
        quads = [ox.Quad(t.subject, t.predicate, t.object, target) for t in triples]
        try:
            if replace and existed:
                # One request, so one transaction: the old graph goes with what only it held
                # in the default graph, the new one comes with its union copy (kg.union). The
                # default graph's own triples are replaced, its union of the graphs is kept.
                if graph == DEFAULT_GRAPH:
                    drop, fill = "DROP SILENT DEFAULT", UNION_FILL
                else:
                    drop, fill = delete_update(graph), union_update(graph)
                store.update(f"{drop} ; INSERT DATA {{ {_graph_block(graph, quads)} }} ; {fill}")
            else:
                store.extend(with_union(quads))
            if isinstance(target, ox.NamedNode):
                store.add_graph(target)
        except (OSError, SyntaxError) as err:
            raise ApiError(500, "store_error", f"writing <{graph}> failed: {err}") from err
    log.info("GSP %s <%s>: %d triples", request.method, graph or "default", len(triples))
    if existed:
        return Response(status=204)
    resp = Response(status=201)
    if location:
        resp.headers["Location"] = graph
    return resp


def _graph_block(graph: str, quads: list[ox.Quad]) -> str:
    body = " ".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return body if graph == DEFAULT_GRAPH else f"GRAPH <{graph}> {{ {body} }}"


def delete_graph(graph: str) -> Response:
    with kb().writing(graph) as store:
        if graph == DEFAULT_GRAPH:
            # Its own triples go; the union of the named graphs stays (kg.union).
            store.update(f"DROP SILENT DEFAULT ; {UNION_FILL}")
            return Response(status=204)
        node = ox.NamedNode(graph)
        if not store.contains_named_graph(node):
            raise ApiError(404, "not_found", f"no graph <{graph}> in this store")
        store.update(delete_update(graph))
    return Response(status=204)

"""OpenAPI 3 description of every route, built from the app's URL map."""

from __future__ import annotations

import re

from flask import Flask

# endpoint -> (summary, tag). A route missing here still appears, with its endpoint name.
DOCS: dict[str, tuple[str, str]] = {
    "sparql.sparql": (
        "SPARQL 1.1 Protocol: `query` (GET, form POST, application/sparql-query) or `update` "
        "(form POST, application/sparql-update; needs the bearer token). Without a query, "
        "GET returns the service description.",
        "sparql",
    ),
    "gsp.indirect": ("Graph Store Protocol, indirect identification (?graph=, ?default)", "gsp"),
    "gsp.direct": ("Graph Store Protocol, direct identification (graph IRI = request URL)", "gsp"),
    "describe.void": ("VoID description of the dataset", "meta"),
    "describe.health": ("Liveness: workers answer a trivial query", "meta"),
    "describe.openapi": ("This document", "meta"),
    "pages.home": ("Home page with statistics", "pages"),
    "pages.search": ("Search actors, articles, statements and events (?q=)", "pages"),
    "pages.query_page": ("Query editor (YASGUI); ?query= prefills a shareable query", "pages"),
    "pages.resource": (
        "Linked data: any IRI minted under https://w3id.org/parley/id/ (HTML, Turtle, JSON-LD, "
        "N-Triples by Accept or .ttl/.jsonld/.nt suffix)",
        "linked data",
    ),
    "shipped.index": ("The shipped queries, each with a link to its pages", "queries"),
    "shipped.html": (
        "A shipped query a page at a time (HTML, or NAME.json / NAME.csv): its filters "
        "(actor, kind, status, place, from, to), limit, cursor (the previous page's next), "
        "total=1 in .json for the number of items matching",
        "queries",
    ),
    "static": ("Static files (CSS, vendored YASGUI)", "pages"),
}

_PARAM = re.compile(r"<(?:[^:<>]+:)?([^<>]+)>")


def build_spec(app: Flask, server_url: str) -> dict[str, object]:
    paths: dict[str, dict[str, object]] = {}
    for rule in app.url_map.iter_rules():
        path = _PARAM.sub(r"{\1}", rule.rule)
        summary, tag = DOCS.get(rule.endpoint, (rule.endpoint, "other"))
        params = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in rule.arguments
        ]
        item = paths.setdefault(path, {})
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            item[method.lower()] = {
                "summary": summary,
                "tags": [tag],
                "operationId": f"{rule.endpoint}.{method.lower()}",
                "parameters": params,
                "responses": {
                    "200": {"description": "success"},
                    "default": {
                        "description": "error",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                        },
                    },
                },
            }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Parley knowledge base", "version": "1.0"},
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": paths,
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["status", "code", "message"],
                            "properties": {
                                "status": {"type": "integer"},
                                "code": {"type": "string"},
                                "message": {"type": "string"},
                            },
                        }
                    },
                }
            }
        },
    }

"""Reading a SPARQL 1.1 Protocol request: which operation, which text, which dataset."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Request

from server.errors import ApiError

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


@dataclass
class Operation:
    kind: str  # "query", "update" or "none" (GET without a query: the service description)
    text: str = ""
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)

    @property
    def has_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def _one(values: list[str], name: str) -> str:
    if len(values) > 1:
        raise ApiError(
            400, "bad_request", f"give exactly one `{name}` parameter, not {len(values)}"
        )
    return values[0]


def _body_text(request: Request, media: str) -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(
            415, "unsupported_media_type", f"{media} bodies must be UTF-8, not {charset}"
        )
    try:
        return request.get_data(cache=True).decode("utf-8")
    except UnicodeDecodeError as err:
        raise ApiError(400, "bad_request", f"the body is not valid UTF-8: {err}") from err


def read_operation(request: Request) -> Operation:
    args = request.args
    if request.method == "GET":
        if "update" in args:
            raise ApiError(
                405, "method_not_allowed", "updates must be sent with POST", {"Allow": "POST"}
            )
        if "query" not in args:
            return Operation("none")
        return Operation(
            "query",
            _one(args.getlist("query"), "query"),
            args.getlist("default-graph-uri"),
            args.getlist("named-graph-uri"),
        )
    media = request.mimetype
    if media == FORM:
        form = request.form
        queries, updates = form.getlist("query"), form.getlist("update")
        if queries and updates:
            raise ApiError(400, "bad_request", "give either `query` or `update`, not both")
        if queries:
            return Operation(
                "query",
                _one(queries, "query"),
                args.getlist("default-graph-uri") + form.getlist("default-graph-uri"),
                args.getlist("named-graph-uri") + form.getlist("named-graph-uri"),
            )
        if updates:
            return Operation(
                "update",
                _one(updates, "update"),
                args.getlist("using-graph-uri") + form.getlist("using-graph-uri"),
                args.getlist("using-named-graph-uri") + form.getlist("using-named-graph-uri"),
            )
        raise ApiError(400, "bad_request", "the form has neither a `query` nor an `update` field")
    if media == QUERY_TYPE:
        return Operation(
            "query",
            _body_text(request, media),
            args.getlist("default-graph-uri"),
            args.getlist("named-graph-uri"),
        )
    if media == UPDATE_TYPE:
        return Operation(
            "update",
            _body_text(request, media),
            args.getlist("using-graph-uri"),
            args.getlist("using-named-graph-uri"),
        )
    shown = media or "no Content-Type"
    raise ApiError(
        415,
        "unsupported_media_type",
        f"POST to the SPARQL endpoint needs {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}; got {shown}",
    )

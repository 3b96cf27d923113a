"""A short way through for the most common request: `GET /sparql?query=...`.

Flask's request and app contexts, URL routing and response objects cost several times what
Oxigraph needs for a point lookup. This WSGI layer answers plain query GETs itself, with the
same analysis, row cap, worker pool, headers and error shape as `server.sparql`; everything
else (other paths and methods, dataset or format parameters, FROM, SERVICE, LOAD, anything it
cannot read) goes to the Flask app unchanged, so refusals and rare cases have one home.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl

from werkzeug.sansio.utils import get_current_url, get_host

from kg.diagnostics import undefined_terms
from server.config import ServerConfig
from server.errors import ApiError
from server.formats import GRAPH_FORMATS, RESULTS_FORMATS, GraphFormat, ResultsFormat
from server.kb import PREFIX_ITEMS
from server.sparql import ROWS_HEADER, diagnosed, negotiated, prepare, query_payload
from server.worker import QueryJob, QueryOutcome

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment
else:
    StartResponse = WSGIApplication = WSGIEnvironment = Any

log = logging.getLogger(__name__)

EXPOSED = f"{ROWS_HEADER}, Location"

# Status line, headers, body.
Answer = tuple[str, list[tuple[str, str]], bytes]


class QueryRunner(Protocol):
    """Runs query jobs: the worker pool in the server process, the store itself in an HTTP
    worker (`server.front_worker`)."""

    @property
    def config(self) -> ServerConfig: ...

    def run(self, job: QueryJob) -> QueryOutcome: ...


class FastPath:
    def __init__(self, runner: QueryRunner, fallback: WSGIApplication | None = None) -> None:
        self.kb = runner
        self.fallback = fallback
        self._jobs: dict[tuple[object, ...], QueryJob | None] = {}

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        answer = self.answer(environ)
        if answer is None:
            assert self.fallback is not None
            return self.fallback(environ, start_response)
        status, headers, body = answer
        start_response(status, headers)
        return [body]

    def answer(self, environ: WSGIEnvironment) -> Answer | None:
        """The whole answer to a plain query GET, or None for anything the app must handle."""
        if environ.get("PATH_INFO") != "/sparql" or environ.get("REQUEST_METHOD") != "GET":
            return None
        query_string = environ.get("QUERY_STRING", "")
        # Clients repeat the same requests: what a request asks for (the job) is worked out once
        # per query string, Accept and host; only running it is left for every request.
        key = (query_string, environ.get("HTTP_ACCEPT", ""), *(environ.get(k) for k in _HOST_KEYS))
        job = self._jobs.get(key, _UNSEEN)
        if job is _UNSEEN:
            job = self._job(environ)
            if len(query_string) <= _CACHED_QUERY_STRING:
                if len(self._jobs) >= _JOBS_KEPT:
                    self._jobs.clear()
                self._jobs[key] = job
        if not isinstance(job, QueryJob):
            return None
        text = job.original or job.query
        try:
            outcome = self.kb.run(job)
        except ApiError as err:
            return self.error(diagnosed(err, text), environ)
        body, headers = query_payload(outcome, job.max_rows, undefined_terms(text))
        headers += self._cors(environ) + [("Content-Length", str(len(body)))]
        return "200 OK", headers, body

    def _job(self, environ: WSGIEnvironment) -> QueryJob | None:
        """The job a plain query GET asks for; None when the app must handle the request."""
        text = _only_query(environ.get("QUERY_STRING", ""))
        if text is None:
            return None
        cfg = self.kb.config
        base = self._endpoint(environ)
        analysis, run_text = prepare(text, base, cfg.max_rows)
        if (
            analysis.form is None
            or analysis.service
            or analysis.load
            or analysis.from_default
            or analysis.from_named
        ):
            return None
        graph_form = analysis.form in ("CONSTRUCT", "DESCRIBE")
        try:
            chosen = negotiated(environ.get("HTTP_ACCEPT", ""), None, graph=graph_form)
        except ApiError:
            return None  # 406, with Flask's full message
        results_fmt: ResultsFormat = RESULTS_FORMATS[0]
        graph_fmt: GraphFormat = GRAPH_FORMATS[0]
        if isinstance(chosen, GraphFormat):
            graph_fmt = chosen
        else:
            results_fmt = chosen
        return QueryJob(
            query=run_text,
            original=text if run_text != text else None,
            base_iri=base,
            default_graphs=None,
            named_graphs=None,
            results_media_type=results_fmt.media_type,
            graph_media_type=graph_fmt.media_type,
            max_rows=cfg.max_rows,
            prefixes=PREFIX_ITEMS,
            parse_prefixes=analysis.undeclared_prefix,
        )

    def _cors(self, environ: WSGIEnvironment) -> list[tuple[str, str]]:
        # As `server.app._cors` does for reads: only for a request with an Origin.
        if "HTTP_ORIGIN" not in environ:
            return []
        return [
            ("Access-Control-Allow-Origin", self.kb.config.cors_origin),
            ("Access-Control-Expose-Headers", EXPOSED),
        ]

    def _endpoint(self, environ: WSGIEnvironment) -> str:
        """What `server.context.endpoint_url()` gives, from the environ alone."""
        configured = self.kb.config.base_url
        if configured:
            return (configured if configured.endswith("/") else configured + "/") + "sparql"
        scheme = environ.get("wsgi.url_scheme", "http")
        server = (environ.get("SERVER_NAME", ""), int(environ.get("SERVER_PORT") or 0))
        base = get_current_url(scheme, get_host(scheme, environ.get("HTTP_HOST"), server))
        return (base if base.endswith("/") else base + "/") + "sparql"

    def error(self, err: ApiError, environ: WSGIEnvironment) -> Answer:
        # The shape of `server.errors.error_response`, and its logging.
        if err.status >= 500:
            log.warning("%s: %s", err.code, err.message)
        body = (
            json.dumps(
                {
                    "error": {
                        "status": err.status,
                        "code": err.code,
                        "message": err.message,
                        **err.fields,
                    }
                },
                separators=(",", ":"),
            )
            + "\n"
        ).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
        headers += list(err.headers.items()) + [("Vary", "Origin")] + self._cors(environ)
        return f"{err.status} {HTTPStatus(err.status).phrase}", headers, body


_HOST_KEYS = ("wsgi.url_scheme", "HTTP_HOST", "SERVER_NAME", "SERVER_PORT", "SCRIPT_NAME")
_UNSEEN = object()
_CACHED_QUERY_STRING = 4096  # longer query strings are worked out anew each time
_JOBS_KEPT = 256  # the Host and Accept headers are the client's to choose


def _only_query(query_string: str) -> str | None:
    """The `query` parameter when it is the only parameter, given once; else None."""
    if not query_string.startswith("query=") or "&" in query_string:
        return None
    try:
        pairs = parse_qsl(query_string, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None
    if len(pairs) != 1 or pairs[0][0] != "query":
        return None
    return pairs[0][1]

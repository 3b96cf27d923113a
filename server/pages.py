"""HTML pages and linked-data dereferencing of `https://w3id.org/parley/id/...` IRIs.

Every page query binds its subject IRI before anything else and reaches further only through
small subqueries: Oxigraph's join planner does not reorder joins the way a cost-based one would.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass

from flask import Blueprint, Response, jsonify, render_template, request

from kg.namespaces import BASE, PREFIXES, sparql_prefixes
from kg.resources import QUERIES_DIR
from kg.sparql_text import sparql_iri
from server.browse import human_date
from server.context import kb
from server.describe import dataset_counts
from server.errors import ApiError
from server.formats import GRAPH_BY_SUFFIX, choose_graph, wants_html
from server.kb import Row
from server.search import PER_KIND, search_rows
from server.sparql import content_type
from server.summaries import event_head, statement_head
from server.views import (
    Neighbour,
    Span,
    curie,
    highlight,
    href,
    humanize,
    in_context,
    network_svg,
    span_kind,
)

log = logging.getLogger(__name__)

bp = Blueprint("pages", __name__)

PA = PREFIXES["pa"]
ACTOR_CLASSES = {PA + c for c in ("Person", "Organization", "Country", "Delegation")}
EVENT_ROLES = "pa:participant pa:mediator pa:initiator"


@bp.app_template_filter("href")
def _href(iri: str) -> str:
    return href(iri)


@bp.app_template_filter("curie")
def _curie(iri: str) -> str:
    return curie(iri)


@bp.app_template_filter("humanize")
def _humanize(iri: str) -> str:
    return humanize(iri)


def _v(row: Row, key: str) -> str | None:
    term = row.get(key)
    return term.value if term is not None else None


# --- home, search, query page ----------------------------------------------------------------


@bp.get("/")
@bp.get("/index.json")
def home() -> Response | str:
    store = kb()
    counts = dataset_counts()
    articles = store.select(
        "SELECT ?a ?title ?published WHERE { GRAPH ?a { ?a a pa:Article ; pa:title ?title . "
        "OPTIONAL { ?a pa:published ?published } } } ORDER BY DESC(?published) ?title LIMIT 20"
    )
    actors = store.select(
        "SELECT ?a (MIN(STR(?n)) AS ?name) ?mentions WHERE { "
        "{ SELECT ?a (COUNT(DISTINCT ?art) AS ?mentions) WHERE { ?a pa:mentionedIn ?art } "
        "GROUP BY ?a ORDER BY DESC(?mentions) ?a LIMIT 24 } ?a pa:name ?n "
        "} GROUP BY ?a ?mentions ORDER BY DESC(?mentions) ?name"
    )
    months = timeline()
    if request.path.endswith(".json"):
        return jsonify(
            {
                "counts": counts,
                "timeline": [{"month": m, "events": n, "url": u} for m, n, u in months],
                "articles": [_plain(r) for r in articles],
                "actors": [_plain(r) for r in actors],
            }
        )
    peak = max((n for _, n, _ in months), default=0)
    return render_template(
        "home.html",
        counts=counts,
        articles=articles,
        actors=actors,
        months=months,
        peak=peak,
        human_date=human_date,
    )


def _plain(row: Row) -> dict[str, str]:
    return {k: v.value for k, v in row.items()}


def timeline() -> list[tuple[str, int, str]]:
    """Events with a full date per month, every month from the first to the last: (month,
    count, the /events URL of that month)."""

    def compute() -> list[tuple[str, int, str]]:
        rows = kb().select(
            "SELECT ?m (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a pa:Event ; pa:date ?d } "
            "FILTER (DATATYPE(?d) = xsd:date) BIND (SUBSTR(STR(?d), 1, 7) AS ?m) } "
            "GROUP BY ?m ORDER BY ?m"
        )
        found = {r["m"].value: int(r["n"].value) for r in rows}
        if not found:
            return []
        first, last = min(found), max(found)
        y, m = int(first[:4]), int(first[5:7])
        out: list[tuple[str, int, str]] = []
        while f"{y:04d}-{m:02d}" <= last and len(out) < 600:
            key = f"{y:04d}-{m:02d}"
            end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
            out.append((key, found.get(key, 0), f"/events?from={key}-01&to={end}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    return kb().cached("timeline", 60.0, compute)


@bp.get("/search")
@bp.get("/search.json")
def search() -> Response | str:
    q = request.args.get("q", "").strip()
    with kb().words() as index:
        found = search_rows(q, kb().select, index)
    if request.path.endswith(".json"):
        return jsonify({"q": q, **found})
    return render_template("search.html", q=q, per_kind=PER_KIND, **found)


@dataclass(frozen=True)
class Example:
    name: str
    question: str
    text: str


def examples() -> list[Example]:
    out = []
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line.lstrip("# ").strip())
        question = " ".join(header).removeprefix("Question:").strip()
        out.append(Example(path.stem, question.split(" Contract:")[0], text))
    return out


@bp.get("/query")
def query_page() -> str:
    shared = request.args.get("query")
    default = sparql_prefixes() + (
        "\nSELECT ?actor ?name WHERE {\n  ?actor a pa:Person ; pa:name ?name .\n} LIMIT 20\n"
    )
    found = examples()
    return render_template(
        "query.html",
        initial=shared if shared else default,
        examples=found,
        examples_map={e.name: e.text for e in found},
        prefixes=PREFIXES,
    )


# --- linked data -----------------------------------------------------------------------------


@bp.get("/id/<path:rest>")
def resource(rest: str) -> Response | str:
    suffix_fmt = None
    stem, dot, ext = rest.rpartition(".")
    if dot and ext in GRAPH_BY_SUFFIX and "/" not in ext:
        suffix_fmt, rest = GRAPH_BY_SUFFIX[ext], stem
    iri = BASE + rest
    try:
        subject = sparql_iri(iri)
    except ValueError as err:
        raise ApiError(404, "not_found", f"{iri!r} is not an IRI") from err
    store = kb()
    types = {
        _v(r, "t") or "" for r in store.select(f"SELECT DISTINCT ?t WHERE {{ {subject} a ?t }}")
    }
    if suffix_fmt is None and wants_html(request.accept_mimetypes):
        return _html(iri, subject, types)
    fmt = suffix_fmt or choose_graph(request.accept_mimetypes, request.args.get("format"))
    if PA + "Article" in types:
        job = store.job(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            graph=fmt.media_type,
            default_graphs=(iri,),
            named_graphs=(),
            max_rows=2**62,
        )
    else:
        job = store.job(f"DESCRIBE {subject}", graph=fmt.media_type, max_rows=2**62)
    outcome = store.run(job)
    if outcome.rows == 0:
        raise ApiError(404, "not_found", f"nothing is known about <{iri}>")
    resp = Response(outcome.body, content_type=content_type(outcome.media_type))
    resp.headers["Vary"] = "Accept"
    resp.headers["Link"] = f'<{iri}>; rel="canonical"'
    return resp


def _html(iri: str, subject: str, types: set[str]) -> Response | str:
    if types & ACTOR_CLASSES:
        page = actor_page(iri, subject, types)
    elif PA + "Article" in types:
        page = article_page(iri, subject)
    elif PA + "Statement" in types or PA + "Event" in types:
        page = item_page(iri, subject, types)
    else:
        page = generic_page(iri, subject, types)
    resp = Response(page, content_type="text/html; charset=utf-8")
    resp.headers["Vary"] = "Accept"
    return resp


def _properties(subject: str) -> list[Row]:
    return kb().select(
        f"SELECT ?p ?o (SAMPLE(?n) AS ?oname) WHERE {{ {subject} ?p ?o "
        f"OPTIONAL {{ ?o pa:name|pa:title|pa:roleTitle ?n }} }} GROUP BY ?p ?o ORDER BY ?p ?o"
    )


def _by_property(rows: list[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        grouped[r["p"].value].append(r)
    return grouped


def actor_page(iri: str, subject: str, types: set[str]) -> str:
    store = kb()
    props = _by_property(_properties(subject))
    if not props:
        raise ApiError(404, "not_found", f"nothing is known about <{iri}>")
    names = sorted({r["o"].value for r in props.get(PA + "name", [])})
    aliases = sorted({r["o"].value for r in props.get(PA + "alias", [])} - set(names))
    wikidata = sorted(
        r["o"].value
        for r in props.get("https://schema.org/sameAs", [])
        if r["o"].value.startswith("http://www.wikidata.org/entity/")
    )
    roles = store.select(
        # One line per role (title and of whom), however many articles give it.
        f"""SELECT ?title ?of (SAMPLE(?n) AS ?ofName) (MIN(STR(?asOf)) AS ?since)
                   (MAX(STR(?asOf)) AS ?until) (COUNT(DISTINCT ?article) AS ?sources)
                   (SAMPLE(?article) AS ?article) WHERE {{
          {subject} pa:hasRole ?r . ?r pa:roleTitle ?title .
          OPTIONAL {{ ?r pa:asOf ?asOf }} OPTIONAL {{ ?r pa:inArticle ?article }}
          OPTIONAL {{ ?r pa:roleOf ?of OPTIONAL {{ ?of pa:name ?n }} }}
        }} GROUP BY ?title ?of ORDER BY (!BOUND(?since)) ?since ?title"""
    )
    statements = store.select(
        f"""SELECT ?st ?date ?kind ?cue ?content ?article ?title ?published WHERE {{
          {{ SELECT DISTINCT ?st WHERE {{ ?st pa:speaker {subject} }} }}
          ?st pa:content ?content .
          OPTIONAL {{ ?st pa:cue ?cue }} OPTIONAL {{ ?st pa:date ?date }}
          OPTIONAL {{ ?st pa:inArticle ?article .
                     OPTIONAL {{ ?article pa:title ?title }}
                     OPTIONAL {{ ?article pa:published ?published }} }}
          BIND(IF(EXISTS {{ ?st a pa:DirectStatement }}, "direct", "reported") AS ?kind)
        }} ORDER BY (!BOUND(?date)) ?date ?published ?st"""
    )
    events = store.select(
        f"""SELECT ?ev ?role ?type ?date ?status ?article WHERE {{
          {{ SELECT DISTINCT ?ev ?role WHERE {{
               VALUES ?role {{ {EVENT_ROLES} }} ?ev ?role {subject} }} }}
          OPTIONAL {{ ?ev pa:eventType ?type }} OPTIONAL {{ ?ev pa:date ?date }}
          OPTIONAL {{ ?ev pa:status ?status }} OPTIONAL {{ ?ev pa:inArticle ?article }}
        }} ORDER BY (!BOUND(?date)) ?date ?ev"""
    )
    partners = store.select(
        f"""SELECT ?other (COUNT(DISTINCT ?ev) AS ?n) (SAMPLE(?name) AS ?otherName) WHERE {{
          {{ SELECT DISTINCT ?ev WHERE {{ VALUES ?r {{ {EVENT_ROLES} }} ?ev ?r {subject} }} }}
          VALUES ?r2 {{ {EVENT_ROLES} }}
          ?ev ?r2 ?other . FILTER(?other != {subject})
          OPTIONAL {{ ?other pa:name ?name }}
        }} GROUP BY ?other ORDER BY DESC(?n) ?otherName LIMIT 24"""
    )
    neighbours = [
        Neighbour(
            r["other"].value, _v(r, "otherName") or curie(r["other"].value), int(r["n"].value)
        )
        for r in partners
    ]
    title = names[0] if names else curie(iri)
    svg = network_svg(title, neighbours) if neighbours else None
    kinds = sorted(humanize(t) for t in types if t.startswith(PA))
    articles = store.select(
        f"""SELECT ?article (SAMPLE(?t) AS ?title) (SAMPLE(?p) AS ?published) WHERE {{
          {{ SELECT DISTINCT ?article WHERE {{ {subject} pa:mentionedIn ?article }} }}
          OPTIONAL {{ GRAPH ?article {{ ?article pa:title ?t
                                       OPTIONAL {{ ?article pa:published ?p }} }} }}
        }} GROUP BY ?article ORDER BY DESC(?published) ?title"""
    )
    return render_template(
        "actor.html",
        iri=iri,
        title=title,
        names=names,
        aliases=aliases,
        wikidata=wikidata,
        kinds=kinds,
        roles=roles,
        statements=statements,
        events=events,
        svg=svg,
        neighbours=neighbours,
        articles=articles,
        props=props,
        human_date=human_date,
    )


def article_page(iri: str, subject: str) -> str:
    store = kb()
    meta = {
        r["p"].value: r["o"].value
        for r in store.select(f"SELECT ?p ?o WHERE {{ GRAPH {subject} {{ {subject} ?p ?o }} }}")
    }
    text = meta.get(PA + "text", "")
    span_rows = store.select(
        f"""SELECT ?node ?prop ?start ?end (GROUP_CONCAT(STR(?t); separator=" ") AS ?types) WHERE {{
          GRAPH {subject} {{
            ?ev pa:inArticle {subject} ; oa:start ?start ; oa:end ?end .
            ?node ?prop ?ev . OPTIONAL {{ ?node a ?t }}
          }}
        }} GROUP BY ?node ?prop ?start ?end""",
        max_rows=100_000,
    )
    spans = [
        Span(
            int(r["start"].value),
            int(r["end"].value),
            r["node"].value,
            span_kind(set((_v(r, "types") or "").split())),
            r["prop"].value,
        )
        for r in span_rows
    ]
    actors = store.select(
        f"""SELECT ?a (SAMPLE(?n) AS ?name) WHERE {{ GRAPH {subject} {{
          ?a pa:mentionedIn {subject} ; pa:name ?n }} }} GROUP BY ?a ORDER BY ?name"""
    )
    statements = store.select(
        f"""SELECT ?st ?content ?cue (SAMPLE(?n) AS ?speaker) WHERE {{ GRAPH {subject} {{
          ?st a pa:Statement ; pa:inArticle {subject} ; pa:content ?content .
          OPTIONAL {{ ?st pa:cue ?cue }} OPTIONAL {{ ?st pa:speaker ?sp . ?sp pa:name ?n }}
        }} }} GROUP BY ?st ?content ?cue ORDER BY ?st"""
    )
    events = store.select(
        f"""SELECT ?ev ?type ?date ?status WHERE {{ GRAPH {subject} {{
          ?ev a pa:Event ; pa:inArticle {subject} .
          OPTIONAL {{ ?ev pa:eventType ?type }} OPTIONAL {{ ?ev pa:date ?date }}
          OPTIONAL {{ ?ev pa:status ?status }} }} }} ORDER BY ?ev"""
    )
    if not meta:
        raise ApiError(404, "not_found", f"nothing is known about <{iri}>")
    return render_template(
        "article.html",
        iri=iri,
        meta=meta,
        pa=PA,
        title=meta.get(PA + "title", curie(iri)),
        body=highlight(text, spans),
        spans=len(spans),
        actors=actors,
        statements=statements,
        events=events,
        human_date=human_date,
    )


def _evidence(subject: str) -> list[dict[str, object]]:
    store = kb()
    rows = store.select(
        f"""SELECT ?prop ?start ?end ?article WHERE {{
          {subject} ?prop ?ev . ?ev a pa:Evidence ; oa:start ?start ; oa:end ?end ;
          pa:inArticle ?article }} ORDER BY ?start"""
    )
    texts: dict[str, tuple[str, str]] = {}
    out = []
    for r in rows:
        art = r["article"].value
        if art not in texts:
            found = store.select(
                f"SELECT ?text ?title WHERE {{ GRAPH {sparql_iri(art)} {{ "
                f"{sparql_iri(art)} pa:text ?text "
                f"OPTIONAL {{ {sparql_iri(art)} pa:title ?title }} }} }} LIMIT 1"
            )
            texts[art] = (
                (_v(found[0], "text") or "", _v(found[0], "title") or art) if found else ("", art)
            )
        text, title = texts[art]
        start, end = int(r["start"].value), int(r["end"].value)
        out.append(
            {
                "prop": r["prop"].value,
                "start": start,
                "end": end,
                "article": art,
                "title": title,
                "context": in_context(text, start, end),
            }
        )
    return out


def _provenance(subject: str) -> list[Row]:
    return kb().select(
        f"""SELECT ?run ?ended ?agent ?label ?version WHERE {{
          {subject} prov:wasGeneratedBy ?run .
          OPTIONAL {{ ?run prov:endedAtTime ?ended }}
          OPTIONAL {{ ?run prov:wasAssociatedWith ?agent
                     OPTIONAL {{ ?agent rdfs:label ?label }}
                     OPTIONAL {{ ?agent pa:version ?version }} }}
        }}"""
    )


def item_page(iri: str, subject: str, types: set[str]) -> str:
    props = _properties(subject)
    if not props:
        raise ApiError(404, "not_found", f"nothing is known about <{iri}>")
    is_event = PA + "Event" in types
    about: list[Row] = []
    if is_event:
        about = kb().select(
            f"""SELECT ?st ?content (SAMPLE(?n) AS ?speaker) WHERE {{
              {{ SELECT DISTINCT ?st WHERE {{ ?st pa:about {subject} }} }}
              ?st pa:content ?content OPTIONAL {{ ?st pa:speaker ?sp . ?sp pa:name ?n }}
            }} GROUP BY ?st ?content ORDER BY ?st"""
        )
    kinds = sorted(humanize(t) for t in types if t.startswith(PA))
    grouped = _by_property(props)
    head = event_head(subject) if is_event else statement_head(subject)
    content = next((r["o"].value for r in grouped.get(PA + "content", [])), None)
    title = ("Event: " if is_event else "Statement: ") + (
        humanize(grouped[PA + "eventType"][0]["o"].value)
        if is_event and PA + "eventType" in grouped
        else (content[:80] + ("…" if content and len(content) > 80 else ""))
        if content
        else curie(iri)
    )
    return render_template(
        "item.html",
        iri=iri,
        title=title,
        kinds=kinds,
        props=props,
        evidence=_evidence(subject),
        provenance=_provenance(subject),
        about=about,
        is_event=is_event,
        head=head,
        human_date=human_date,
    )


def generic_page(iri: str, subject: str, types: set[str]) -> str:
    props = _properties(subject)
    incoming = kb().select(f"SELECT ?s ?p WHERE {{ ?s ?p {subject} }} ORDER BY ?p ?s LIMIT 200")
    if not props and not incoming:
        raise ApiError(404, "not_found", f"nothing is known about <{iri}>")
    return render_template(
        "resource.html",
        iri=iri,
        title=curie(iri) if iri.startswith(BASE) is False else iri[len(BASE) :],
        kinds=sorted(humanize(t) for t in types),
        props=props,
        incoming=incoming,
        evidence=_evidence(subject),
        provenance=_provenance(subject),
    )

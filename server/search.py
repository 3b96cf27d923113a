"""Search over actors, articles, statements and events: one hit per resource, with a snippet.

Texts (actors' names and aliases, articles' titles and texts, statements' words) match when
one of them holds every word of the search. Events have no text of their own: an event matches
when each word names something of it, its kind (the ontology's labels of its event type:
"talks", "call", "truce"), its status, a topic of it, or a participant, mediator, initiator,
place or venue by a name or an alias (a word of it starting with the search's word); or the
sentence reporting it holds every word, looked for in the events of the articles whose text
holds them (the first PER_KIND of those, newest first).

The texts (and the names and topics events are found through) are read from the word index
beside the store (kg.wordindex) when it is in step, with the same answers as the SPARQL
queries below, which search runs otherwise (a remote store; an index being written): common
words cost 100-115 ms CPU at 2.3 M quads in SPARQL, 35-45 with the index.

Each kind of match keeps its first `PER_KIND` hits, names by name and the rest newest first
(ties on a date broken by IRI in the index; in store order by SPARQL, where sorting by IRI too
cost 35 ms): the order is read from dates, which Oxigraph compares without reading strings.
Sorting thousands of matching texts by their words, as the first search did, read two strings
at each comparison (`talks`: 287 ms CPU at 2.3 M quads, of which ~45 ms is reading the texts).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pyoxigraph as ox
from markupsafe import escape

from kg.namespaces import PREFIXES
from kg.resources import ONTOLOGY_DIR
from kg.sparql_text import sparql_iri, sparql_string
from kg.wordindex import WordIndex
from server.browse import Select, sparql_term
from server.kb import Row, Term
from server.listings import SEPARATOR
from server.views import curie, href, humanize, in_context

PA = PREFIXES["pa"]
TYPES = ", ".join(
    f"pa:{c}"
    for c in (
        "Article",
        "Country",
        "Delegation",
        "Organization",
        "Person",
        "Place",
        "Proposal",
        "Statement",
    )
)
PER_KIND = 50
MAX_WORDS = 8
# Characters either side of the words in a snippet: of an article's text, of an event's
# sentence (most are shorter: the whole sentence).
WIDTH = 80
SENTENCE = 240


@dataclass(frozen=True)
class Branch:
    kind: str  # what matched, shown with the hit
    pattern: str  # binds ?x (the hit), ?m (the text matched), ?l (its label)
    order: str  # of the branch's hits, before the first PER_KIND are kept
    snippet: bool = False  # whether the text matched is shown around the words


_BRANCHES = (
    Branch("name", "?x pa:name ?m BIND (?m AS ?l)", "?l ?x"),
    Branch("alias", "?x pa:alias ?m . ?x pa:name ?l", "?l ?x"),
    Branch("title", "?x pa:title ?m BIND (?m AS ?l) OPTIONAL { ?x pa:published ?d }", "DESC(?d)"),
    Branch(
        "statement", "?x pa:content ?m BIND (?m AS ?l) OPTIONAL { ?x pa:date ?d }", "DESC(?d)", True
    ),
    Branch("text", "?x pa:text ?m ; pa:title ?l OPTIONAL { ?x pa:published ?d }", "DESC(?d)", True),
)
# Where events sit among the kinds of match: after names, before texts.
KIND_ORDER = ("name", "alias", "event", "sentence", "title", "statement", "text")
EVENT_LINKS = "pa:participant|pa:mediator|pa:initiator|pa:place|pa:venue"
# Words that name nothing of an event ("talks in Doha", "call with Lavrov"): left out of the
# words that must each name something of it (as "in" would name India).
FUNCTION_WORDS = frozenset("a an and at between by for from in of on over the to with".split())


@functools.cache
def concept_words() -> dict[str, tuple[str, list[str]]]:
    """Each event type and status of the ontology: its preferred label and every word of its
    labels (skos:prefLabel, skos:altLabel), lower case."""
    skos = "http://www.w3.org/2004/02/skos/core#"
    schemes = {PA + "EventTypes", PA + "EventStatuses"}
    members: set[str] = set()
    labels: dict[str, list[tuple[str, str]]] = {}
    for t in ox.parse(path=str(ONTOLOGY_DIR / "parley.ttl"), format=ox.RdfFormat.TURTLE):
        s, p, o = t.subject.value, t.predicate.value, t.object
        if p == skos + "inScheme" and o.value in schemes:
            members.add(s)
        elif p in (skos + "prefLabel", skos + "altLabel") and isinstance(o, ox.Literal):
            labels.setdefault(s, []).append((p, o.value))
    out: dict[str, tuple[str, list[str]]] = {}
    for concept in sorted(members):
        pref = next((v for p, v in labels.get(concept, []) if p.endswith("prefLabel")), "")
        words = sorted({w for _, v in labels.get(concept, []) for w in v.lower().split()})
        out[concept] = (pref, words)
    return out


def concepts_named(word: str) -> list[str]:
    """The event types and statuses one of whose labels has a word starting with `word`."""
    return [
        c for c, (_, words) in concept_words().items() if any(w.startswith(word) for w in words)
    ]


def text_query(words: list[str]) -> str:
    """The hits of every text branch, each branch's first PER_KIND in its order, then their
    types (looked up for those only: a type first would be a scan of every statement)."""
    match = " && ".join(f"CONTAINS(LCASE(?m), {sparql_string(w)})" for w in words)
    parts = []
    for b in _BRANCHES:
        txt = " (?m AS ?txt)" if b.snippet else ""
        parts.append(
            f"{{ SELECT ?x ?l ?d{txt} ({sparql_string(b.kind)} AS ?k) WHERE {{ "
            f"{b.pattern} FILTER ({match}) }} ORDER BY {b.order} LIMIT {PER_KIND} }}"
        )
    return (
        "SELECT * WHERE { { "
        + " UNION ".join(parts)
        + f" }} OPTIONAL {{ ?x a ?t FILTER (?t IN ({TYPES})) }} }}"
    )


def nodes_query(words: list[str]) -> str:
    """Actors and places by a name or an alias, and events' topics, one of whose words starts
    with one of the search's words (which one is told apart in Python: a join with the words
    would read every name once per word)."""
    match = " || ".join(f"CONTAINS(?s, {sparql_string(' ' + w)})" for w in words)
    return (
        "SELECT DISTINCT ?x ?m WHERE { "
        "{ ?x pa:name ?m } UNION { ?x pa:alias ?m } "
        # Topics repeat: each one read once.
        "UNION { { SELECT DISTINCT ?m WHERE { ?e pa:topic ?m } } BIND (?m AS ?x) } "
        f'BIND (CONCAT(" ", LCASE(?m)) AS ?s) FILTER ({match}) }}'
    )


def events_query(words: list[str], nodes: dict[str, list[Term]]) -> str | None:
    """The first PER_KIND events, newest first, each word naming their kind, status, topic, or
    an actor or place of theirs; None when a word names nothing an event could have."""
    blocks: list[tuple[int, str]] = []
    for i, w in enumerate(words):
        found = []
        named = [sparql_term(n) for n in nodes.get(w, []) if n.type == "uri"]
        if named:
            found.append(f"{{ VALUES ?n{i} {{ {' '.join(named)} }} ?e {EVENT_LINKS} ?n{i} }}")
        topics = [sparql_term(n) for n in nodes.get(w, []) if n.type == "literal"]
        if topics:
            found.append(f"{{ VALUES ?t{i} {{ {' '.join(topics)} }} ?e pa:topic ?t{i} }}")
        concepts = [sparql_iri(c) for c in concepts_named(w)]
        if concepts:
            found.append(
                f"{{ VALUES ?c{i} {{ {' '.join(concepts)} }} ?e pa:eventType|pa:status ?c{i} }}"
            )
        if not found:
            return None
        # Actors and places first: a kind, a status or a topic holds hundreds of events.
        blocks.append((0 if named else 1, " UNION ".join(found)))
    ordered = [b for _, b in sorted(blocks, key=lambda b: b[0])]
    # The first word's events, checked against each other word's: joined, Oxigraph would find
    # every event of each word before matching them (~45 ms for "lavrov talks").
    body = ordered[0] + "".join(f" FILTER EXISTS {{ {b} }}" for b in ordered[1:])
    return (
        f"SELECT ?e (MAX(?date) AS ?d) WHERE {{ {{ SELECT DISTINCT ?e WHERE {{ {body} }} }} "
        f"OPTIONAL {{ ?e pa:date ?date }} }} GROUP BY ?e ORDER BY DESC(?d) ?e LIMIT {PER_KIND}"
    )


def sentence_events_query(words: list[str], articles: list[str]) -> str:
    """The first PER_KIND events, newest first, of `articles` whose reporting sentence holds
    every word: the articles whose text does (a sentence is part of its article's text)."""
    match = " && ".join(f"CONTAINS(LCASE(?s), {sparql_string(w)})" for w in words)
    values = " ".join(sparql_iri(a) for a in articles)
    # Within each article's graph: `?e pa:inArticle ?a` was read for every item of every
    # article (18 ms for 50 articles at 2.3 M quads, against 3).
    # Dates are looked up for the events found only, outside the graph's pattern (inside it,
    # Oxigraph read every event of the store: 97 ms).
    return (
        f"SELECT ?e (MAX(?date) AS ?d) WHERE {{ {{ SELECT DISTINCT ?e WHERE {{ "
        f"VALUES ?a {{ {values} }} GRAPH ?a {{ ?e pa:eventType ?k ; pa:evidence ?ev . "
        f"?ev oa:exact ?s FILTER ({match}) }} }} }} OPTIONAL {{ ?e pa:date ?date }} }} "
        f"GROUP BY ?e ORDER BY DESC(?d) ?e LIMIT {PER_KIND}"
    )


def event_details_query(events: list[str]) -> str:
    values = " ".join(sparql_iri(e) for e in events)
    return f"""SELECT ?e (SAMPLE(?k) AS ?kind) (SAMPLE(?s) AS ?sentence) (SAMPLE(?pn) AS ?place)
                  (GROUP_CONCAT(DISTINCT ?n; separator="{SEPARATOR}") AS ?parties) WHERE {{
          VALUES ?e {{ {values} }} ?e pa:eventType ?k
          OPTIONAL {{ ?e pa:evidence/oa:exact ?s }}
          OPTIONAL {{ ?e pa:participant ?p . ?p pa:name ?n }}
          OPTIONAL {{ ?e pa:place ?pl . ?pl pa:name ?pn }} }} GROUP BY ?e"""


def _v(row: Row, key: str) -> str:
    term = row.get(key)
    return term.value if term is not None else ""


def snippet(text: str, words: list[str], width: int = WIDTH) -> str:
    """`text` around the first of `words` it holds, marked; the start of it if none."""
    low = text.lower()
    for w in words:
        at = low.find(w)
        if at >= 0:
            return str(in_context(text, at, at + len(w), width=width))
    return str(escape(text[: 2 * width] + ("…" if len(text) > 2 * width else "")))


@dataclass
class Hit:
    iri: str
    label: str
    type: str
    kind: str  # the best kind of match
    date: str
    snippet: str
    matched: list[str] = field(default_factory=list)

    def merge(self, other: Hit) -> None:
        """Take in another match of the same resource: the best kind's label, date and
        snippet (or a snippet if this one had none), a type if this one had none."""
        self.matched = sorted({*self.matched, other.kind}, key=KIND_ORDER.index)
        if KIND_ORDER.index(other.kind) < KIND_ORDER.index(self.kind):
            self.kind, self.label, self.date = other.kind, other.label, other.date
            self.snippet = other.snippet or self.snippet
        elif not self.snippet:
            self.snippet = other.snippet
        if self.type == "resource":
            self.type = other.type

    def key(self) -> tuple[int, tuple[int, ...], str, str]:
        return KIND_ORDER.index(self.kind), _negated(self.date), self.label, self.iri

    def as_json(self) -> dict[str, object]:
        return {
            "iri": self.iri,
            "href": href(self.iri),
            "label": self.label or curie(self.iri),
            "type": self.type,
            "matched": self.matched,
            "snippet": self.snippet,
        }


def text_hits(words: list[str], select: Select, index: WordIndex | None = None) -> list[Hit]:
    """The hits of every text branch: from the word index when there is one, else by SPARQL."""
    if index is not None:
        return indexed_text_hits(words, select, index)
    return [
        Hit(
            _v(r, "x"),
            _v(r, "l"),
            humanize(_v(r, "t")) or "resource",
            _v(r, "k"),
            _v(r, "d"),
            snippet(_v(r, "txt"), words) if _v(r, "txt") else "",
        )
        for r in select(text_query(words), None)
    ]


def indexed_text_hits(words: list[str], select: Select, index: WordIndex) -> list[Hit]:
    """What `text_query` finds, from the word index (kg.wordindex.WordIndex.first: the same
    order, ties broken by IRI), then their types."""
    found = index.first(words, PER_KIND)
    order = [b.kind for b in _BRANCHES]
    found.sort(key=lambda h: order.index(h.field))  # the branches' order, as SPARQL's UNION
    types = _types(sorted({h.item for h in found}), select)
    hits = []
    for h in found:
        shown = next(b for b in _BRANCHES if b.kind == h.field).snippet
        text = snippet(h.value, words) if shown else ""
        for t in types.get(h.item, ["resource"]):
            hits.append(Hit(h.item, h.label, t, h.field, h.date or "", text))
    return hits


def _types(items: list[str], select: Select) -> dict[str, list[str]]:
    """The search's types (TYPES) of `items`, humanized."""
    if not items:
        return {}
    values = " ".join(sparql_iri(i) for i in items)
    query = f"SELECT ?x ?t WHERE {{ VALUES ?x {{ {values} }} ?x a ?t FILTER (?t IN ({TYPES})) }}"
    types: dict[str, list[str]] = {}
    for r in select(query, None):
        types.setdefault(_v(r, "x"), []).append(humanize(_v(r, "t")))
    return types


def sparql_nodes(words: list[str], select: Select) -> dict[str, list[Term]]:
    """For each word, what `nodes_query` finds whose name, alias or topic has a word starting
    with it."""
    nodes: dict[str, list[Term]] = {}
    for r in select(nodes_query(words), None):
        spaced = " " + _v(r, "m").lower()
        for w in words:
            if " " + w in spaced:
                nodes.setdefault(w, []).append(r["x"])
    return nodes


def indexed_nodes(words: list[str], index: WordIndex) -> dict[str, list[Term]]:
    """What `sparql_nodes` finds, from the word index."""
    nodes: dict[str, list[Term]] = {}
    for w in words:
        for h in index.nodes(w):
            if h.field == "topic":
                term = Term("literal", h.value, h.lang or None, None if h.lang else h.datatype)
            else:
                term = Term("uri", h.item)
            nodes.setdefault(w, []).append(term)
    return nodes


def event_hits(
    words: list[str], articles: list[str], select: Select, index: WordIndex | None = None
) -> list[Hit]:
    """Events each word names something of ("event"), and events of `articles` whose
    reporting sentence holds every word ("sentence")."""
    naming = [w for w in words if len(w) > 1 and w not in FUNCTION_WORDS]
    found: list[tuple[Row, str]] = []
    if naming:
        nodes = indexed_nodes(naming, index) if index else sparql_nodes(naming, select)
        query = events_query(naming, nodes)
        found = [(r, "event") for r in select(query, None)] if query is not None else []
    if articles:
        found += [(r, "sentence") for r in select(sentence_events_query(words, articles), None)]
    if not found:
        return []
    events = sorted({_v(r, "e") for r, _ in found})
    details = {_v(r, "e"): r for r in select(event_details_query(events), None)}
    labels = concept_words()
    hits: list[Hit] = []
    for r, how in found:
        d = details.get(_v(r, "e"))
        if d is None:
            continue
        kind = labels.get(_v(d, "kind"), ("", []))[0] or humanize(_v(d, "kind"))
        label = kind[:1].upper() + kind[1:]
        if _v(d, "parties"):  # in no order from the store (Virtuoso's differs)
            label += ": " + ", ".join(sorted(_v(d, "parties").split(SEPARATOR)))
        if _v(d, "place"):
            label += f", in {_v(d, 'place')}"
        sentence = snippet(_v(d, "sentence"), words, width=SENTENCE)
        hits.append(Hit(_v(r, "e"), label, "Event", how, _v(r, "d"), sentence))
    return hits


def search_rows(q: str, select: Select, index: WordIndex | None = None) -> dict[str, object]:
    """The hits for `q` (one per resource, the best kind of match first), and the kinds of
    match that had PER_KIND hits (more may have been left out); texts are found in `index`
    (kg.wordindex) when it is given, else by SPARQL, with the same answers."""
    words = [w.lower() for w in q.split() if w][:MAX_WORDS]
    if not words:
        return {"results": [], "more": []}
    hits: dict[str, Hit] = {}
    by_kind: dict[str, set[str]] = {}
    texts = text_hits(words, select, index)
    articles = sorted({h.iri for h in texts if h.kind == "text"})
    for hit in texts + event_hits(words, articles, select, index):
        by_kind.setdefault(hit.kind, set()).add(hit.iri)
        if hit.iri in hits:
            hits[hit.iri].merge(hit)
        else:
            hit.matched = [hit.kind]
            hits[hit.iri] = hit
    ordered = sorted(hits.values(), key=Hit.key)
    more = [k for k in KIND_ORDER if len(by_kind.get(k, ())) >= PER_KIND]
    return {"results": [h.as_json() for h in ordered], "more": more}


def _negated(date: str) -> tuple[int, ...]:
    """A sort key putting later dates first and undated items last."""
    return tuple(-ord(c) for c in date) + (1,) if date else (2,)

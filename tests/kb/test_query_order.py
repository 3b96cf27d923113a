"""The shipped queries that sort by article (statements, events, acts, actors) compare short
prefix keys first (`?article1 ?article0`, `?name0`), which Oxigraph holds inline: the same rows,
in the order of the plain `ORDER BY ?article …` (`?name ?article …` for actors).

On the sample articles, the synthetic corpus (tests/kb/kb_corpus.py) and hand-made graphs
whose IRIs lie outside `…/id/article/` (before and after it in text order), share their first
15 characters after it, or name actors alike in their first 15 characters: the rows in the
order of the plain sort keys, as many times as the plain query gives them.
"""

from __future__ import annotations

import io
import re
from collections import Counter

import pyoxigraph as ox
import pytest
from kb_corpus import article_text

from kg import queries
from kg.ingest import ingest
from kg.reading import parse_txt, read_path
from kg.resources import ROOT
from kg.store import KnowledgeStore, Store

# Article graph IRIs around `https://w3id.org/parley/id/article/` in text order.
GRAPHS = [
    "http://example.org/article/1",
    "https://w3id.org/parley/id/actor/not-an-article",
    "https://w3id.org/parley/id/article/2025-03-04-talks-in-porto-continue-b",
    "https://w3id.org/parley/id/article/2025-03-04-talks-in-porto-continue-a",
    "https://w3id.org/parley/id/article/2025-03-04",
    "https://w3id.org/parley/id/articles",
    "urn:example:article",
]
# The plain sort of each query: what its prefix keys stand for.
PLAIN = {
    "statements": "?article ?start",
    "events": "?article ?event ?participantName ?topic",
    "acts": "?article ?start ?item ?sourceName",
    "actors": "?name ?article ?alias",
}


def _graph(n: int, iri: str) -> str:
    """One article graph with a statement, an event and two actors named alike."""
    return f"""<{iri}> {{
  <{iri}> a pa:Article ; pa:title "Article {n}" .
  id:statement\\/s{n} a pa:Statement , pa:ReportedStatement ; pa:cue "said" ;
      pa:content "Words {n}." ; pa:contentEvidence id:evidence\\/c{n} ;
      pa:cueEvidence id:evidence\\/q{n} ; pa:speaker id:actor\\/p{n} ;
      pa:ploverType plover:CONSULT .
  id:evidence\\/c{n} oa:start {10 - n} ; oa:end 20 .
  id:evidence\\/q{n} oa:start {n} ; oa:end 9 .
  id:event\\/e{n} a pa:Event ; pa:eventType et:meeting ; pa:status st:held ;
      pa:participant id:actor\\/p{n}, id:actor\\/m{n} ; pa:ploverType plover:CONSULT .
  id:actor\\/p{n} a pa:Person ; pa:name "Permanent Representative {n % 3}" ;
      pa:mentionedIn <{iri}> .
  id:actor\\/m{n} a pa:Organization ; pa:name "Ministry" ; pa:alias "MFA {n}" ;
      pa:mentionedIn <{iri}> .
}}
"""


HAND = (
    "@prefix pa: <https://w3id.org/parley/ontology#> .\n"
    "@prefix oa: <http://www.w3.org/ns/oa#> .\n"
    "@prefix id: <https://w3id.org/parley/id/> .\n"
    "@prefix et: <https://w3id.org/parley/event-type/> .\n"
    "@prefix st: <https://w3id.org/parley/status/> .\n"
    "@prefix plover: <https://w3id.org/parley/plover#> .\n"
    + "".join(_graph(n, iri) for n, iri in enumerate(GRAPHS))
)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, KnowledgeStore]:
    root = tmp_path_factory.mktemp("order")
    samples = Store(root / "samples")
    ingest(samples, list(read_path(ROOT / "data" / "articles")), workers=1)
    corpus = Store(root / "corpus")
    ingest(corpus, [parse_txt(article_text(i), f"a{i}") for i in range(8)], workers=1)
    hand = Store(root / "hand")
    hand.load(io.BytesIO(HAND.encode()), ox.RdfFormat.TRIG)
    return {"samples": samples, "corpus": corpus, "hand": hand}


def plain(text: str, order: str) -> str:
    """The query without its prefix keys, sorted by `order`."""
    text = re.sub(r"\n\s*BIND\(.*AS \?(article[01]|name0)\)", "", text)
    return re.sub(r"ORDER BY .*", f"ORDER BY {order}", text)


def _rows(store: KnowledgeStore, text: str) -> list[dict[str, ox.Term | None]]:
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: sol[n] for n in names} for sol in result]


def _cells(row: dict[str, ox.Term | None], names: list[str]) -> tuple[str, ...]:
    return tuple(str(row[n]) for n in names)


@pytest.mark.parametrize("corpus", ["samples", "corpus", "hand"])
@pytest.mark.parametrize("name", sorted(PLAIN))
def test_prefix_keys_keep_the_plain_order(
    stores: dict[str, KnowledgeStore], corpus: str, name: str
) -> None:
    store, text = stores[corpus], queries.load(name).text
    assert "?article0" in text and plain(text, PLAIN[name]) != text
    keys = [k.lstrip("?") for k in PLAIN[name].split()]
    got, want = _rows(store, text), _rows(store, plain(text, PLAIN[name]))
    assert got and [_cells(r, keys) for r in got] == [_cells(r, keys) for r in want]
    assert Counter(_cells(r, list(r)) for r in got) == Counter(_cells(r, list(r)) for r in want)


def test_hand_articles_in_text_order(stores: dict[str, KnowledgeStore]) -> None:
    """Each hand graph once in statements, in the text order of its IRI (GRAPHS sorted)."""
    rows = _rows(stores["hand"], queries.load("statements").text)
    assert [r["article"].value for r in rows] == sorted(GRAPHS)  # type: ignore[union-attr]
    actors = _rows(stores["hand"], queries.load("actors").text)
    names = [r["name"].value for r in actors]  # type: ignore[union-attr]
    assert names == sorted(names) and len(actors) == 2 * len(GRAPHS)

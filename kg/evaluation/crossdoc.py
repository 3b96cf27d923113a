"""Cross-article identity scores: B-cubed precision and recall of actor and event clusters.

    from kg.evaluation.crossdoc import evaluate_crossdoc
    scores = evaluate_crossdoc()              # ingests data/gold/cross into a memory store
    scores.actors.precision, scores.events.recall, scores.as_dict()

Gold: `data/gold/cross/*.json`, the evaluation gold format plus `actors[].id` and `events[].id`,
identifiers of the real-world actor or event shared across the files.

Items are gold mentions: (article, gold actor) and (article, gold event). Within an article a gold
item is matched to a predicted node (actors by name, events by kind and participant overlap, as
the per-article evaluation does); the item's predicted cluster is that node's canonical IRI (the
actor IRI; the `pa:reportOf` target of an event, or the event itself when unlinked), and a gold
item nothing matched is a singleton. B-cubed then compares, item by item, the predicted cluster
with the gold cluster (Bagga and Baldwin 1998). Extraction misses lower recall; wrong merges lower
precision; missed cross-article links lower recall.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.mapping import article_iri
from kg.reading import parse_txt
from kg.store import KnowledgeStore, Store

GOLD_DIR = Path(__file__).resolve().parents[2] / "data" / "gold" / "cross"
_TITLES = re.compile(
    r"^(?:president|minister|secretary|foreign|us|russian|ukrainian|turkish|kremlin|spokesman|"
    r"of|state|the|mr|mrs|ms|dr)\s+"
)


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    items: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class CrossDocScores:
    actors: BCubed
    events: BCubed

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            name: {**asdict(score), "f1": score.f1}
            for name, score in (("actors", self.actors), ("events", self.events))
        }


def bcubed(gold: Mapping[Hashable, str], predicted: Mapping[Hashable, str]) -> BCubed:
    """B-cubed over the items of `gold` (item -> gold cluster) against `predicted` clusters."""
    items = list(gold)
    if not items:
        return BCubed(0.0, 0.0, 0)
    pred = {i: predicted.get(i, f"singleton:{i!r}") for i in items}
    by_gold: dict[str, set[Hashable]] = defaultdict(set)
    by_pred: dict[str, set[Hashable]] = defaultdict(set)
    for i in items:
        by_gold[gold[i]].add(i)
        by_pred[pred[i]].add(i)
    precision = recall = 0.0
    for i in items:
        common = len(by_gold[gold[i]] & by_pred[pred[i]])
        precision += common / len(by_pred[pred[i]])
        recall += common / len(by_gold[gold[i]])
    return BCubed(precision / len(items), recall / len(items), len(items))


def normalize_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    while (stripped := _TITLES.sub("", text)) != text:
        text = stripped
    return text


def names_match(predicted: str, gold_names: list[str], person: bool) -> bool:
    p = normalize_name(predicted)
    for g in map(normalize_name, gold_names):
        if p == g or (person and p and g and (p.split()[-1] == g or g.split()[-1] == p)):
            return True
    return False


def load_gold(gold_dir: Path = GOLD_DIR) -> list[dict[str, object]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def evaluate_crossdoc(
    gold_dir: Path = GOLD_DIR,
    store: KnowledgeStore | None = None,
    workers: int = 1,
    model: str | None = None,
) -> CrossDocScores:
    """Score actor and event clustering on the cross-article gold set.

    With no `store`, the gold articles are ingested into a fresh in-memory store first; with
    one, they must have been ingested into it already.
    """
    docs = load_gold(gold_dir)
    articles = {d["id"]: parse_txt(str(d["text"]), f"{gold_dir}/{d['id']}.json") for d in docs}
    if store is None:
        from kg.ingest import ingest

        store = Store(None)
        ingest(store, list(articles.values()), workers=workers, model=model)
    gold_actors: dict[Hashable, str] = {}
    pred_actors: dict[Hashable, str] = {}
    gold_events: dict[Hashable, str] = {}
    pred_events: dict[Hashable, str] = {}
    for doc in docs:
        graph = str(article_iri(articles[doc["id"]].key))
        actors = _predicted_actors(store, graph)
        for ga in doc["actors"]:  # type: ignore[attr-defined]
            item = (doc["id"], ga["id"])
            gold_actors[item] = ga["id"]
            names = [ga["name"], *ga.get("aliases", [])]
            for iri, pnames in actors.items():
                if any(names_match(n, names, ga["type"] == "Person") for n in pnames):
                    pred_actors[item] = iri
                    break
        events = _predicted_events(store, graph)
        used: set[str] = set()
        for ge in doc["events"]:  # type: ignore[attr-defined]
            item = (doc["id"], ge["id"])
            gold_events[item] = ge["id"]
            for iri, (kind, cluster, participants) in events.items():
                if iri in used or kind != ge["kind"]:
                    continue
                if _jaccard(participants, ge["participants"]) >= 0.5:
                    pred_events[item] = cluster
                    used.add(iri)
                    break
    return CrossDocScores(
        actors=bcubed(gold_actors, pred_actors), events=bcubed(gold_events, pred_events)
    )


def _jaccard(predicted: set[str], gold: list[str]) -> float:
    matched = {g for g in gold if any(names_match(p, [g], True) for p in predicted)}
    union = len(predicted) + len(gold) - len(matched)
    return len(matched) / union if union else 1.0


def _rows(store: KnowledgeStore, sparql: str) -> list[ox.QuerySolution]:
    return list(store.query(sparql))  # type: ignore[arg-type]


def _predicted_actors(store: KnowledgeStore, graph: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for row in _rows(
        store,
        f"SELECT ?a ?n WHERE {{ GRAPH <{graph}> {{ ?a pa:mentionedIn <{graph}> . "
        f"{{ ?a pa:name ?n }} UNION {{ ?a pa:alias ?n }} }} }}",
    ):
        out[str(row["a"].value)].add(str(row["n"].value))
    return out


def _predicted_events(store: KnowledgeStore, graph: str) -> dict[str, tuple[str, str, set[str]]]:
    out: dict[str, tuple[str, str, set[str]]] = {}
    for row in _rows(
        store,
        f"SELECT ?e ?et ?c ?pn WHERE {{ GRAPH <{graph}> {{ ?e a pa:Event ; pa:eventType ?et . "
        f"OPTIONAL {{ ?e pa:reportOf ?c }} OPTIONAL {{ ?e pa:participant/pa:name ?pn }} }} }} "
        f"ORDER BY ?e",
    ):
        iri = str(row["e"].value)
        kind = str(row["et"].value).rsplit("/", 1)[-1]
        cluster = str(row["c"].value) if row["c"] is not None else iri
        entry = out.setdefault(iri, (kind, cluster, set()))
        if row["pn"] is not None:
            entry[2].add(str(row["pn"].value))
    return out

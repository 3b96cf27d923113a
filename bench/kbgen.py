"""A synthetic knowledge base for benchmarks: realistic article graphs at any size.

Each article is a `kg.model.Extraction` built from templates (actors drawn from shared pools
with a skewed popularity, statements, events, spans into a generated text) and mapped with
`kg.mapping.to_graph`, so the graphs have exactly the shapes `kg ingest` writes. The N-Quads go
into the store with `bulk_load` (no SHACL validation: the mapping is what the shapes check).

    python bench/kbgen.py --articles 2100

Generation is deterministic for a given seed and article count; stores are cached by both and
by the source of this file and of `kg/mapping.py`, so a mapping change builds a new store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import hashlib
import random
import shutil
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.event_types import plover_type  # noqa: E402
from kg.mapping import article_iri, to_graph  # noqa: E402
from kg.model import (  # noqa: E402
    EVENT_KINDS,
    EVENT_STATUSES,
    Actor,
    Article,
    Event,
    Extraction,
    PartialDate,
    Place,
    Proposal,
    Role,
    Span,
    Statement,
)
from kg.store import Store, graph_quads  # noqa: E402
from kg.union import with_union  # noqa: E402
from kg.wordindex import WordIndex, index_path  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
VERSION = "0.1.0+bench"
GENERATED_AT = dt.datetime(2025, 6, 3, 9, 0, 0, tzinfo=dt.UTC)
# Cached stores are named after what shapes them: this generator and the RDF mapping.
_SOURCES = (
    Path(__file__),
    ROOT / "kg" / "mapping.py",
    ROOT / "kg" / "event_types.py",
    ROOT / "kg" / "union.py",
)
DEFAULT_SEED = 7

_FIRST = (
    "Anna Boris Carla Dmitri Elena Farid Greta Hakan Irina Jonas Karim Lena Marco Nadia Oleg "
    "Petra Rustem Sergei Tamara Viktor Yulia Zoran Amir Bea Chen Dana Emil Fatima Goran Hana"
).split()
_LAST = (
    "Ivanova Kovalenko Rubio Lavrov Fidan Umerov Peskov Schmidt Novak Horvat Yilmaz Costa "
    "Moreau Rossi Nowak Sato Haddad Okafor Lindqvist Petrov Shevchenko Duarte Kaya Brandt"
).split()
_COUNTRIES = (
    "Russia Ukraine Turkey France Germany Poland Italy Spain Japan China India Brazil Egypt "
    "Qatar Norway Sweden Finland Austria Hungary Romania Serbia Greece Israel Iran Canada"
).split()
_ORG_WORDS = "Ministry Council Agency Office Committee Commission Bureau Service".split()
_ROLES = (
    "Foreign Minister",
    "Defence Minister",
    "President",
    "Prime Minister",
    "spokesperson",
    "envoy",
    "ambassador",
)
_CITIES = "Istanbul Geneva Vienna Doha Riyadh Minsk Oslo Helsinki Cairo Warsaw Rome".split()
_TOPICS = (
    "exchange prisoners",
    "a ceasefire",
    "grain exports",
    "energy supplies",
    "sanctions relief",
    "humanitarian corridors",
    "nuclear safety",
)
_VERBS = ("said", "told reporters", "stated", "declared", "warned", "announced")
_CLAIMS = (
    "talks would resume next week",
    "the proposal was unacceptable",
    "both sides agreed to continue the dialogue",
    "the ceasefire must be respected",
    "more prisoners would be released",
    "the delegation was ready for a compromise",
    "sanctions would stay in place",
    "the meeting had been constructive",
)


@functools.lru_cache(maxsize=4)
def _pools(seed: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    rng = random.Random(seed)
    people = [
        (f"{f} {ln}", f"{f}-{ln}-{i}".lower())
        for i, (f, ln) in enumerate((rng.choice(_FIRST), rng.choice(_LAST)) for _ in range(3000))
    ]
    orgs = [
        (f"{c} {w}", f"{c}-{w}".lower()) for c in _COUNTRIES for w in _ORG_WORDS
    ]  # 200 organisations
    return people, orgs


class _Text:
    """Builds an article text sentence by sentence and hands out spans into it."""

    def __init__(self, title: str) -> None:
        self.parts = [title, "\n\n"]
        self.length = len(title) + 2

    def add(self, *pieces: str) -> list[Span]:
        """Append the pieces as one run of text; the span of each piece, in order."""
        spans = []
        for piece in pieces:
            spans.append(Span(self.length, self.length + len(piece), piece))
            self.parts.append(piece)
            self.length += len(piece)
        return spans

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _pick(rng: random.Random, pool: list[tuple[str, str]]) -> tuple[str, str]:
    # Skewed popularity: a few actors appear in many articles, like heads of state in the news.
    return (
        pool[min(len(pool) - 1, int(rng.paretovariate(1.2)) - 1)]
        if rng.random() < 0.5
        else (rng.choice(pool))
    )


def extraction(i: int, seed: int) -> Extraction:
    """Article number `i`: 6-12 actors, 4-12 statements, 2-4 events, every span in its text."""
    rng = random.Random(seed * 1_000_003 + i)
    people, orgs = _pools(seed)
    day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1300))
    key = f"{day.isoformat()}-bench-{i}"
    c1, c2 = rng.sample(_COUNTRIES, 2)
    city = rng.choice(_CITIES)
    title = f"{c1} and {c2} hold talks in {city}"
    t = _Text(title)
    actors: list[Actor] = []
    for name in (c1, c2):
        (span,) = t.add(name)
        t.add(" sent officials to the talks. ")
        actors.append(Actor(name.lower(), name, "Country", name.lower(), [span], {name + "n"}))
    seen = {a.key for a in actors}
    for _ in range(rng.randint(2, 5)):
        org, okey = rng.choice(orgs)
        if okey in seen:
            continue
        seen.add(okey)
        (span,) = t.add(org)
        t.add(" issued a note. ")
        actors.append(
            Actor(okey, org, "Organization", okey, [span], org_kind="Ministry", country=c1.lower())
        )
    for _ in range(rng.randint(3, 7)):
        name, pkey = _pick(rng, people)
        if pkey in seen:
            continue
        seen.add(pkey)
        role, of = rng.choice(_ROLES), rng.choice((c1, c2)).lower()
        rspan, _, nspan = t.add(role, " ", name)
        t.add(" attended. ")
        actors.append(Actor(pkey, name, "Person", pkey, [nspan], roles=[Role(role, rspan, of=of)]))
    dspan, _ = t.add(f"The {c1}n delegation", " arrived. ")
    actors.append(
        Actor(
            f"{c1.lower()}-del",
            f"{c1}n delegation",
            "Delegation",
            f"{c1.lower()}-delegation",
            [dspan],
            country=c1.lower(),
        )
    )
    speakers = [a.id for a in actors if a.type in ("Person", "Organization")]
    events: list[Event] = []
    for j in range(rng.randint(2, 4)):
        kind = rng.choice(EVENT_KINDS)
        topic = rng.choice(_TOPICS)
        place = rng.choice(_CITIES)
        lead, trig, _, topic_span, _, place_span, _ = t.add(
            "Officials ", "met", " to discuss ", topic, " in ", place, ". "
        )
        ev = Span(lead.start, place_span.end, t.text[lead.start : place_span.end])
        events.append(
            Event(
                kind=kind,
                evidence=ev,
                status=rng.choice(EVENT_STATUSES),
                participants=[c1.lower(), c2.lower()],
                mediator=rng.choice(speakers) if j == 0 else None,
                date=PartialDate(day.month, day.day, day.year if rng.random() < 0.9 else None),
                location=Place(place, place_span),
                topics=[topic_span],
                proposals=[Proposal(topic_span, proposed_by=rng.choice(speakers))]
                if rng.random() < 0.3
                else [],
                trigger=trig,
            )
        )
    for event in events:
        event.plover = plover_type(event)  # as the extractor codes them
    statements: list[Statement] = []
    for _ in range(rng.randint(4, 12)):
        speaker = rng.choice(speakers)
        claim = rng.choice(_CLAIMS)
        verb = rng.choice(_VERBS)
        name = next(a.name for a in actors if a.id == speaker)
        who, _, cue, _, content, _ = t.add(name, " ", verb, " that ", claim, ". ")
        sentence = Span(who.start, content.end + 1, t.text[who.start : content.end + 1])
        statements.append(
            Statement(
                speaker=speaker,
                cue=cue,
                content=content,
                kind="indirect",
                evidence=sentence,
                date=PartialDate(day.month, day.day, day.year),
                about=[rng.randrange(len(events))],
                speaker_span=who,
            )
        )
    article = Article(
        key=key,
        title=title,
        text=t.text,
        published=day,
        source=rng.choice(("Example Wire", "Daily Bench", "Synthetic Times")),
        author="Bench Writer",
        url=f"https://news.example.org/{key}",
        dateline=city,
    )
    return Extraction(article, actors, statements, events)


def _nquads(args: tuple[int, int, int]) -> bytes:
    start, stop, seed = args
    quads: list[ox.Quad] = []
    for i in range(start, stop):
        x = extraction(i, seed)
        graph = to_graph(x, VERSION, GENERATED_AT)
        # Each quad and its copy in the default graph, the set union `kg` keeps (kg.store).
        quads.extend(with_union(graph_quads(str(article_iri(x.article.key)), graph)))
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert data is not None
    return data


def _chunks(articles: int, seed: int, size: int = 100) -> Iterator[tuple[int, int, int]]:
    for start in range(0, articles, size):
        yield start, min(articles, start + size), seed


def build(path: Path, articles: int, seed: int = DEFAULT_SEED, jobs: int = 2) -> int:
    """Create the store at `path` (replacing it); the number of quads it holds."""
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nq = path.with_suffix(".nq.tmp")
    with open(nq, "wb") as out, ProcessPoolExecutor(jobs) as pool:
        for data in pool.map(_nquads, _chunks(articles, seed)):
            out.write(data)
    store = Store(path)  # creates the store with the ontology graph, as `kg` does
    store.raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.raw.optimize()
    n = len(store.raw)
    # The bulk load went past the word index that search reads: build it whole.
    words = WordIndex(index_path(path))
    words.sync(store.raw, everything=True)
    words.close()
    del store
    gc.collect()
    nq.unlink()
    return n


def popular_person(seed: int = DEFAULT_SEED) -> str:
    """The key of the second most frequent speaker among generated people."""
    return _pools(seed)[0][1][1]


def cached(articles: int, seed: int = DEFAULT_SEED) -> tuple[Path, int]:
    """A store with `articles` generated articles under bench/.cache, built on first use."""
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in _SOURCES)).hexdigest()[:10]
    path = CACHE / f"kb-{digest}-s{seed}-a{articles}"
    marker = path.with_suffix(".quads")
    if marker.exists() and (path / "CURRENT").exists():
        return path, int(marker.read_text())
    started = time.monotonic()
    n = build(path, articles, seed)
    marker.write_text(f"{n}\n")
    print(f"built {path.name}: {n} quads in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return path, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2100)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=None, help="default: under bench/.cache")
    args = parser.parse_args()
    if args.out is None:
        path, n = cached(args.articles, args.seed)
    else:
        path, n = args.out, build(args.out, args.articles, args.seed)
    print(f"{path}: {n} quads")


if __name__ == "__main__":
    main()

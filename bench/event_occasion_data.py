"""What `train_event_occasion.py` learns from: per gold-format story, the pipeline's output as the
event check leaves it (the doc as bytes, the events with their trigger spans, the statements) and
the timeline's reading of the story (its anchors, the story's day, the publication's), with the
date of the gold event `kg eval` pairs each predicted event with. Cached (`story_cache.py`) so
features can change without running the pipeline again. No text is written anywhere but the
local cache."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from attribution_training import TUNE_SETS
from spacy.tokens import Doc
from story_cache import CheckRecorder, StoryCache, existing_sets, pipeline

from kg.evaluation.gold import event_pairs, gold_files, load_gold
from kg.extract.event_coref import EventResult
from kg.extract.index import ActorIndex
from kg.extract.timeline import built_timeline
from kg.extract.timeline_story import Anchor
from kg.model import Article, PartialDate, Statement

log = logging.getLogger(__name__)

# Files whose change does not change what is cached: the occasion model's own.
OWN_FILES = ("event_occasion.json",)


@dataclass
class Captured:
    doc: bytes
    events: EventResult
    statements: list[Statement]
    anchors: list[Anchor]
    story_day: PartialDate | None
    published: dt.date | None


def _captured(
    doc: Doc, article: Article, index: ActorIndex, statements: list[Statement], events: EventResult
) -> Captured:
    """The events the check keeps, with what the timeline read."""
    del index  # (not read here)
    tl = built_timeline(doc)
    data = doc.to_bytes(exclude=["user_data"])
    anchors = list(tl.anchors) if tl is not None else []
    story = tl.story if tl is not None else None
    return Captured(data, events, statements, anchors, story, article.published_date)


@dataclass
class Story:
    name: str
    group: str
    captured: Captured
    # Per kept event (its index in `captured.events` after the check): the date the pipeline
    # gave it as `kg eval` reads it, and the date of its strictly paired gold event (or a
    # marker when unpaired).
    pred_dates: list[str | None]
    gold_dates: list[str | None | bool]  # False: not paired


def story(path: Path) -> Story:
    from train_events import predictions

    gold = load_gold(path)
    pipe = pipeline()
    real = pipe.event_check
    rec = CheckRecorder(_captured, real, after=True)  # the events the check keeps
    pipe.event_check = rec  # type: ignore[assignment]
    try:
        extraction = pipe.extract(gold.article)
    finally:
        pipe.event_check = real
    pred = predictions(gold.article, extraction)
    pairs = dict(event_pairs(gold, pred))
    pdates: list[str | None] = []
    gdates: list[str | None | bool] = []
    for i in range(len(extraction.events)):
        k = next((n for n, e in enumerate(pred.events) if e.iri.endswith(f"-{i + 1}")), None)
        pdates.append(pred.events[k].date if k is not None else None)
        j = pairs.get(k) if k is not None else None
        gdates.append(gold.events[j].date if j is not None else False)
    return Story(path.stem, "", rec.captured[0], pdates, gdates)


def stories(sets: Sequence[Path], cache: Path, extract: bool = True) -> list[Story]:
    """The stories of the sets, each extracted once and cached; with `extract` false, only
    those already in the cache."""
    stored: StoryCache[Story] = StoryCache(cache, "occasion", ignore=OWN_FILES)
    out = []
    for folder in existing_sets(sets):
        for path in gold_files([folder]):
            if not extract and not stored.path(path).is_file():
                continue
            s = stored.get(path, story)
            s.name, s.group = path.stem, f"{folder.parent.name}/{folder.name}"
            out.append(s)
        log.info("%s done", folder)
    stored.report()
    return out


SETS = TUNE_SETS  # the story trainers' pool (`attribution_training`)

CACHE = Path("/tmp/event_occasion_cache")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    data = stories(SETS, CACHE)
    print(len(data), sum(len(s.gold_dates) for s in data))


if __name__ == "__main__":
    # (Run through the module's name, so that the cached pickles name it, not `__main__`.)
    import event_occasion_data

    event_occasion_data.main()

"""The statement check's examples from news stories in the project's gold format (for
`train_filter.py`).

Each story runs through the whole pipeline with the check off (`KG_STATEMENT_FILTER=off`, set
by the trainer before the pipeline loads). The statements the check would ask about are the
statement finder's reported (indirect) ones, with what the check reads of them at run time
(cue, content, the rules' speaker, headline); the statements scored are the pipeline's output.
Each output statement is paired one-to-one with a gold statement by content alone (token F1 >=
0.5, `kg eval`'s content-only count): a paired statement is a positive example, an unpaired one
a negative. An output statement that is none of the asked ones (a quotation, a stance the act
reader adds) is kept whatever the check says, and counted as such.

The pipeline's output is cached per story (`story_cache.py`, keyed by the story's content and
the rules, the check's own files aside, with the doc as bytes): a change to the check's
features needs no new extraction.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc
from story_cache import StoryCache, english_vocab, existing_sets, pipeline

from kg.evaluation.gold import OVERLAP_MIN_F1, gold_files, load_gold
from kg.evaluation.matching import match_one_to_one, token_f1
from kg.extract.pipeline import Pipeline
from kg.extract.statement_filter import Asked, features, speaker_kind
from kg.extract.statement_spans import headline_end
from kg.nlp import remember_text

log = logging.getLogger(__name__)

# The check's own files: its features are computed from the captured stories at training time.
CHECK_FILES = ("statement_filter.py", "statement_filter.json")


@dataclass
class Captured:
    """A story as the check is given it, and what the pipeline makes of it with the check off."""

    path: Path
    doc: bytes
    text: str
    asked: list[Asked]  # the statement finder's reported statements
    final: list[tuple[int | None, str]]  # each output statement: the asked one it is, its content


@dataclass
class Item:
    """One output statement of a story."""

    features: list[str] | None  # None: the check never asks about it
    positive: bool  # paired with a gold statement by content


@dataclass
class Story:
    name: str  # the story's file (cross-validation folds keep a story whole)
    items: list[Item]
    gold: int  # gold statements


def capture(path: Path, pipe: Pipeline) -> Captured:
    article = load_gold(path).article
    doc = pipe.nlp(article.text)
    remember_text(doc, article.text)
    pipe.timeline(doc, article)
    index = pipe.discourse(doc, article, pipe.actors(doc, article))
    title_end = headline_end(article.text)
    asked = [
        Asked(
            (st.cue.start, st.cue.end),
            (st.content.start, st.content.end),
            speaker_kind(st.speaker, index),
            None if st.speaker_span is None else (st.speaker_span.start, st.speaker_span.end),
            st.cue.start < title_end,
        )
        for st in pipe.statements(doc, article, index)
        if st.kind == "indirect"
    ]
    final = []
    for st in pipe.from_doc(doc, article).statements:
        # (A later stage may trim a content's end: the cue and the start tell it.)
        k = next(
            (
                k
                for k, a in enumerate(asked)
                if a.cue == (st.cue.start, st.cue.end) and a.content[0] == st.content.start
            ),
            None,
        )
        final.append((k if st.kind == "indirect" else None, st.content.text))
    data = doc.to_bytes(exclude=["user_data"])  # the timeline kept there does not serialise
    return Captured(path, data, article.text, asked, final)


def story(c: Captured) -> Story:
    """The items of a captured story, with the features the check reads today."""
    gold = load_gold(c.path)
    doc = Doc(english_vocab()).from_bytes(c.doc)
    remember_text(doc, c.text)
    fs = [features(doc, a) for a in c.asked]

    def quality(k: int, j: int) -> float | None:
        f1 = token_f1(c.final[k][1], gold.statements[j].content)
        return f1 if f1 >= OVERLAP_MIN_F1 else None

    pairs = match_one_to_one(range(len(c.final)), range(len(gold.statements)), quality)
    paired = {k for k, _ in pairs}
    items = [Item(None if a is None else fs[a], k in paired) for k, (a, _) in enumerate(c.final)]
    return Story(str(c.path), items, len(gold.statements))


def news_stories(sets: Sequence[Path], cache_dir: Path) -> list[Story]:
    """The stories of the sets that are there, each extracted once (the pipeline loads on the
    first story not in the cache)."""
    stored: StoryCache[Captured] = StoryCache(cache_dir, "filter", ignore=CHECK_FILES)
    out: list[Story] = []
    for folder in existing_sets(sets):
        t0 = time.process_time()
        paths = gold_files([folder])
        for path in paths:
            c = stored.get(path, lambda p: capture(p, pipeline()))
            c.path = path  # (a copy of the story elsewhere shares the entry)
            out.append(story(c))
        log.info("%s: %d stories, %.0f s CPU", folder, len(paths), time.process_time() - t0)
    stored.report()
    return out

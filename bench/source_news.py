"""The source ranker's examples from news stories in the project's gold format (for
`train_source.py`): each statement the rules find is paired one-to-one with a gold statement by
content (token F1 >= 0.5, as `kg eval` pairs them when it ignores the speaker), and each of the
ranker's candidates is right when one of its names matches the gold speaker by the scorer's
rule (`kg.evaluation.gold`: canonical name, an alias, or a person's surname).

The pipeline's stages before the ranker run once per story and their output is cached
(`--cache`, `story_cache.py`: by the story's content and the rules, the ranker's own files
aside, with the doc as bytes): a change to the candidates' features needs no new extraction,
a change to the rules extracts the stories again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc
from story_cache import StoryCache, english_vocab, existing_sets

from kg.evaluation.gold import (
    OVERLAP_MIN_F1,
    GoldArticle,
    actor_names_score,
    gold_files,
    load_gold,
)
from kg.evaluation.matching import match_one_to_one, token_f1
from kg.extract.index import ActorIndex
from kg.extract.pipeline import Pipeline
from kg.extract.source_ranker import may_overrule, statement_candidates
from kg.model import Statement
from kg.nlp import remember_text

log = logging.getLogger(__name__)


@dataclass
class Captured:
    """A story as the ranker is given it: the rules' statements and actors, the doc as bytes."""

    path: Path
    doc: bytes
    text: str
    statements: list[Statement]
    index: ActorIndex


@dataclass
class Example:
    """One statement paired with its gold one (PolNeAR's or a news story's)."""

    features: list[list[str]]  # per candidate
    rule: int | None  # index of the rules' candidate
    right: list[bool]  # per candidate: names the gold source
    allowed: tuple[list[bool], list[bool]]  # `may_overrule`'s answer
    group: str  # the article (cross-validation folds keep an article whole)
    news: bool  # a news story's, not PolNeAR's
    named: bool  # the gold source is a name (capitalised words), as PolNeAR's scorer classes it
    source: str  # the gold source and the candidates' names (diagnostics only)


def capture(path: Path, pipe: Pipeline) -> Captured:
    gold = load_gold(path)
    article = gold.article
    doc = pipe.nlp(article.text)
    remember_text(doc, article.text)
    pipe.timeline(doc, article)
    index = pipe.discourse(doc, article, pipe.actors(doc, article))
    statements = pipe.statements(doc, article, index)
    data = doc.to_bytes(exclude=["user_data"])  # the timeline kept there does not serialise
    return Captured(path, data, article.text, statements, index)


# The ranker's own files: its features are read from the captured stories at training time.
RANKER_FILES = ("source_ranker.py", "source_ranker.json")


def captured_set(folder: Path, pipe: Pipeline, cache: StoryCache[Captured]) -> list[Captured]:
    """A set's stories before the ranker, each from the cache when there."""
    t0 = time.process_time()
    out = []
    for path in gold_files([folder]):
        c = cache.get(path, lambda p: capture(p, pipe))
        c.path = path  # (a copy of the story elsewhere shares the entry)
        out.append(c)
    log.info("%s: %d stories, %.0f s CPU", folder, len(out), time.process_time() - t0)
    return out


def story_examples(c: Captured, gold: GoldArticle) -> list[Example]:
    doc = Doc(english_vocab()).from_bytes(c.doc)
    remember_text(doc, c.text)
    with_cands = statement_candidates(doc, c.statements, c.index)
    golds = gold.statements

    def quality(st: Statement, j: int) -> float | None:
        f1 = token_f1(st.content.text, golds[j].content)
        return f1 if f1 >= OVERLAP_MIN_F1 else None

    pairs = match_one_to_one([st for st, _ in with_cands], list(range(len(golds))), quality)
    actors = {a.id: a for a in c.index.actors}
    out = []
    for i, j in pairs:
        st, cands = with_cands[i]
        g = golds[j]
        if g.speaker is None:
            continue  # (kept without candidates: they bound the ranker's recall)
        right = []
        for cand in cands:
            a = actors[cand.actor]
            names = [a.name, *sorted(set(a.aliases) - {a.name})]
            right.append(actor_names_score(names, g.speaker, gold, a.type == "Person") > 0)
        allowed = may_overrule(doc, st, cands, c.index)
        out.append(
            Example(
                features=[list(x.features) for x in cands],
                rule=next((k for k, x in enumerate(cands) if x.actor == st.speaker), None),
                right=right,
                allowed=allowed,
                group=str(c.path),
                news=True,
                named=True,
                source=f"{g.speaker} <- {[actors[x.actor].name for x in cands]}",
            )
        )
    return out


def news_examples(sets: Sequence[Path], pipe: Pipeline, cache_dir: Path) -> list[Example]:
    """The examples of the sets' stories (those of `sets` that are there): every statement
    paired with a gold one that has a speaker, with or without candidates."""
    cache: StoryCache[Captured] = StoryCache(cache_dir, "news", ignore=RANKER_FILES)
    out: list[Example] = []
    for folder in existing_sets(sets):
        for c in captured_set(folder, pipe, cache):
            out += story_examples(c, load_gold(c.path))
    cache.report()
    return out

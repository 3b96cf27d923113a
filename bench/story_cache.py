"""The trainers' cache of what the pipeline gives per gold-format story (`source_news.py`,
`train_events.py`, `train_actors.py`): the pipeline runs once per story and rules, so a trainer
whose own features change does not extract the stories again.

A story's pickle is keyed by a digest of the story file's content and a digest of the rules
(every file of the `kg` package and of its shipped data, but the trainer's own model, whose
features are read from the cached output): a change of rules never serves what older rules
gave, and an edited story is read again; a copy of a story elsewhere shares its entry, so what
depends on where a story lies (its path, its set) is set by the caller after `get`.

    cache = StoryCache(Path("/tmp/cache"), "events", ignore=("event_check.py",))
    story = cache.get(path, make)        # make(path) runs only on a miss
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Collection, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

import spacy
from spacy.vocab import Vocab

import kg
from kg.resources import DATA_DIR

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.event_coref import EventResult
    from kg.extract.index import ActorIndex
    from kg.extract.pipeline import Pipeline
    from kg.model import Article, Statement

    # The event check's place in the pipeline (`Pipeline.event_check`): the events kept.
    EventCheckStage = Callable[[Doc, Article, ActorIndex, list[Statement], EventResult], list[int]]

log = logging.getLogger(__name__)
T = TypeVar("T")


@cache
def rules_digest(ignore: tuple[str, ...] = ()) -> str:
    """A digest of the package's and the shipped data's files (rules, lexicons, gazetteer,
    weights) but those named in `ignore` (file names): what the pipeline gives a story changes
    with them."""
    digest = hashlib.sha256()
    for root in (Path(kg.__file__).parent, DATA_DIR):
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.name not in ignore:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


class StoryCache(Generic[T]):
    """Per-story pipeline output of one kind (`kind` names what is kept, so trainers may share
    a folder), under `folder/<rules digest>/`."""

    def __init__(self, folder: Path, kind: str, ignore: Collection[str] = ()) -> None:
        self.folder = folder / rules_digest(tuple(sorted(ignore)))
        self.kind = kind
        self.hits = self.misses = 0

    def path(self, story: Path) -> Path:
        return self.folder / f"{self.kind}-{file_digest(story)}.pkl"

    def get(self, story: Path, make: Callable[[Path], T]) -> T:
        """The cached output for the story file at `story`, or `make(story)`, kept."""
        path = self.path(story)
        if path.is_file():
            with open(path, "rb") as f:
                got: T = pickle.load(f)
            self.hits += 1
            return got
        value = make(story)
        self.folder.mkdir(parents=True, exist_ok=True)
        # Written aside and moved in: an interrupted run leaves no half pickle to read.
        part = path.with_suffix(f".{os.getpid()}.part")
        with open(part, "wb") as f:
            pickle.dump(value, f)
        part.replace(path)
        self.misses += 1
        return value

    def report(self) -> None:
        log.info("%s: %d stories from the cache, %d extracted", self.kind, self.hits, self.misses)


def existing_sets(sets: Sequence[Path]) -> list[Path]:
    """The sets whose folders are there. The default sets are annotated outside the project
    and need not be on this machine: a missing one is skipped with a warning, and none at all
    stops the run with a message rather than a trace."""
    found = [s for s in sets if s.is_dir()]
    for s in sets:
        if not s.is_dir():
            log.warning("no story set at %s: skipped (pass the sets there are with --sets)", s)
    if not found:
        raise SystemExit(f"none of the story sets is there: {', '.join(map(str, sets))}")
    return found


def add_sets_argument(
    ap: argparse.ArgumentParser, default: Sequence[Path], *aliases: str, dest: str = "sets"
) -> None:
    """The trainers' `--sets DIR ...` option: folders of gold-format stories, by default the
    ones listed in `attribution_training`, each skipped when not there (`existing_sets`)."""
    ap.add_argument(
        "--sets",
        *aliases,
        dest=dest,
        type=Path,
        nargs="*",
        default=list(default),
        metavar="DIR",
        help=f"folders of gold-format stories (default: {' '.join(map(str, default))});"
        " one not there is skipped",
    )


@cache
def pipeline() -> Pipeline:
    """The pipeline, loaded on the first story not in the cache (a model load takes seconds).
    (Imported here, not at the top: a trainer may set `KG_*` model paths before it loads.)"""
    from kg.extract.pipeline import Pipeline

    return Pipeline()


@cache
def english_vocab() -> Vocab:
    """English's vocabulary, for the docs the caches keep as bytes: a bare one would not know a
    word's lower case."""
    return spacy.blank("en").vocab


class CheckRecorder(Generic[T]):
    """The pipeline's event check while a trainer records what it is given (`Pipeline.
    event_check` set to it): `check` decides what is kept (None: every event, as with the check
    off), `capture` makes the record of the stage's inputs, taken before the check runs (or
    after, with `after`: the events it keeps), and a copy of it as it is then is kept."""

    def __init__(
        self,
        capture: Callable[[Doc, Article, ActorIndex, list[Statement], EventResult], T],
        check: EventCheckStage | None = None,
        after: bool = False,
    ) -> None:
        self.capture = capture
        self.check = check
        self.after = after
        self.captured: list[T] = []

    def __call__(
        self,
        doc: Doc,
        article: Article,
        index: ActorIndex,
        statements: list[Statement],
        events: EventResult,
    ) -> list[int]:
        if not self.after:
            self._keep(self.capture(doc, article, index, statements, events))
        kept = list(range(len(events.events)))
        if self.check is not None:
            kept = self.check(doc, article, index, statements, events)
        if self.after:
            self._keep(self.capture(doc, article, index, statements, events))
        return kept

    def _keep(self, record: T) -> None:
        self.captured.append(pickle.loads(pickle.dumps(record)))  # later stages change it

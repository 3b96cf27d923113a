"""The trainers' per-story cache (bench/story_cache.py): keyed by the story's content and the
rules, so an edited story or other rules never get what was kept for another."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _story_cache() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_story_cache", BENCH / "story_cache.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sc = _story_cache()


def test_a_story_is_made_once_per_content(tmp_path: Path) -> None:
    made: list[str] = []

    def make(path: Path) -> str:
        made.append(path.read_text())
        return path.read_text().upper()

    story = tmp_path / "a.json"
    story.write_text("one")
    cache = sc.StoryCache(tmp_path / "cache", "test")
    assert cache.get(story, make) == "ONE"
    assert cache.get(story, make) == "ONE"
    assert made == ["one"] and (cache.hits, cache.misses) == (1, 1)
    # A copy elsewhere is the same story; an edited one is another.
    copy = tmp_path / "b.json"
    copy.write_text("one")
    assert cache.get(copy, make) == "ONE" and made == ["one"]
    story.write_text("two")
    assert cache.get(story, make) == "TWO" and made == ["one", "two"]
    # Another cache of the same folder opened later finds what was kept.
    again = sc.StoryCache(tmp_path / "cache", "test")
    assert again.get(copy, make) == "ONE" and made == ["one", "two"]
    # Another kind of output in the same folder is kept apart.
    other = sc.StoryCache(tmp_path / "cache", "other")
    assert other.get(copy, lambda p: "else") == "else"
    assert not list((tmp_path / "cache").rglob("*.part"))


def test_the_rules_key_the_cache(tmp_path: Path) -> None:
    """Every file of the package counts: leaving one out (as a trainer leaves out its own
    model) gives another digest, and so another folder."""
    full = sc.rules_digest(())
    assert sc.rules_digest(()) == full
    assert sc.rules_digest(("index.py",)) != full
    assert sc.rules_digest(("no-such-file.py",)) == full
    a = sc.StoryCache(tmp_path, "x")
    b = sc.StoryCache(tmp_path, "x", ignore=("event_check.py",))
    assert a.folder != b.folder and a.folder.parent == b.folder.parent == tmp_path


def test_missing_sets_are_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    there = tmp_path / "there"
    there.mkdir()
    gone = tmp_path / "gone"
    with caplog.at_level(logging.WARNING):
        assert sc.existing_sets([gone, there]) == [there]
    assert str(gone) in caplog.text
    with pytest.raises(SystemExit, match="none of the story sets"):
        sc.existing_sets([gone])

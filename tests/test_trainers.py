"""The story trainers (bench/train_events.py, bench/train_actors.py): the pool they learn from by
default, how the event trainer counts kind-only matches, and what the shipped weights say of
their data."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract.linear_weights import LinearModel

BENCH = Path(__file__).resolve().parents[1] / "bench"
ROOT = BENCH.parent
# The sets held out from this session's tuning: never in a trainer's pool.
HELD_OUT = ("/work/silver52/", "/work/silver53/", "/work/.held")


@pytest.fixture
def train_events(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """bench/train_events.py as its siblings import it."""
    monkeypatch.syspath_prepend(str(BENCH))
    module = importlib.import_module("train_events")
    yield module
    sys.modules.pop("train_events", None)


def test_the_default_sets_are_the_tuning_pool_only(train_events: ModuleType) -> None:
    sets = {str(p) for p in train_events.EVENT_SETS}
    # Session 37's pool: silver40 to silver49 annotated again, silver50 and silver51.
    assert {f"/work/silver{n}/all" for n in range(40, 52)} <= sets
    assert "/work/evalsplit/realnews-tune" in sets and "data/gold" in sets
    # The sets of session 26's pool are gone from the machine: not in the default.
    assert not any(f"/work/silver{n}/" in s for n in range(20, 33) for s in sets)
    # Never a validation part nor a held-out set.
    assert not any("val" in s.rsplit("/", 1)[-1] for s in sets)
    assert not any(f"{s}/".startswith(held) for held in HELD_OUT for s in sets)


def _story(module: ModuleType, kinds: list[str], gold: list[str]) -> object:
    examples = [module.Example([], False, False, k) for k in kinds]
    return module.Story("s", "set", examples, len(gold), None, Counter(gold))


def test_a_dropped_match_whose_twin_is_kept_still_counts(train_events: ModuleType) -> None:
    # Two meetings found, one in the gold: keeping either one is one kind-only match.
    story = _story(train_events, ["meeting", "meeting", "phone_call"], ["meeting"])
    tally = train_events.tallies([(story, [0.9, 0.1, 0.2])], 0.5)
    assert tally["set"] == (0, 1, 1, 1)
    tally = train_events.tallies([(story, [0.1, 0.9, 0.9])], 0.5)
    assert tally["set"] == (0, 1, 2, 1)
    assert train_events.tallies([(story, [0.1, 0.1, 0.9])], 0.5)["set"] == (0, 0, 1, 1)


def _grouped(module: ModuleType, groups: list[str]) -> list[object]:
    """Four stories per set, each with one event the gold has and one it has not, told apart
    by a feature ("sure" or "doubt") that means the same in every set."""
    out = []
    for g in groups:
        for n in range(4):
            examples = [
                module.Example(["bias", "sure"], True, True, "meeting"),
                module.Example(["bias", "doubt"], False, False, "phone_call"),
            ]
            out.append(module.Story(f"{g}{n}", g, examples, 1, None, Counter(["meeting"])))
    return out


def test_each_set_left_out_is_scored_by_a_model_fitted_on_the_others(
    train_events: ModuleType, tmp_path: Path
) -> None:
    data = _grouped(train_events, ["north", "south", "west"])
    per_set = train_events.leave_set_out(data, 2, tmp_path, None)
    assert sorted(per_set) == ["north", "south", "west"]
    for rules, check, shipped in per_set.values():
        assert rules == (4, 4, 8, 4)  # the rules keep both events of each story
        assert check == (4, 4, 4, 4)  # the check drops the doubted one
        assert shipped is None  # no shipped weights to compare with
    # Each model read the other two sets only: 2 sets x 4 stories x 2 events.
    body = json.loads((tmp_path / "north.json").read_text())
    assert body["train_events"] == 16 and body["weights"]["doubt"] < 0
    assert train_events.report_set_out(per_set) > 0


def test_the_left_out_check_is_also_scored_against_the_shipped_weights(
    train_events: ModuleType, tmp_path: Path
) -> None:
    # Shipped weights that doubt nothing keep every event: the refit beats them as it beats
    # the rules; shipped weights that drop the doubted event tie with it.
    data = _grouped(train_events, ["north", "south", "west"])
    keeps_all = LinearModel({"bias": 5.0}, 0.5)
    per_set = train_events.leave_set_out(data, 2, None, keeps_all)
    assert all(shipped == (4, 4, 8, 4) for _, _, shipped in per_set.values())
    assert train_events.report_set_out(per_set) > 0
    drops = LinearModel({"bias": 5.0, "doubt": -10.0}, 0.5)
    per_set = train_events.leave_set_out(data, 2, None, drops)
    assert all(shipped == check for _, check, shipped in per_set.values())


def test_the_shipped_actor_weights_say_where_their_data_comes_from() -> None:
    about = json.loads((ROOT / "kg/extract/actor_model.json").read_text())["about"]
    # Session 35's refit on the new pool.
    assert "/work/silver48/all" in about and "public web pages" in about
    assert "no text" in about


def test_the_shipped_source_weights_say_where_their_data_comes_from() -> None:
    body = json.loads((ROOT / "kg/extract/source_ranker.json").read_text())
    about = body["about"]
    # Session 37's refit on its pool (it won with each silver set left out: README).
    assert "/work/silver40/all" in about and "/work/silver51/all" in about
    assert "public web pages" in about and "no text" in about
    # The statements counted are the ones the fit read: the news stories' alone when PolNeAR
    # counts 0, more when PolNeAR's are read beside them.
    paired = re.search(r"\((\d+) statements paired with gold", about)
    assert paired is not None
    if "no PolNeAR statement" in about:
        assert body["train_statements"] == int(paired.group(1))
    else:
        assert body["train_statements"] > int(paired.group(1))


def test_a_wrong_pick_is_a_speaker_other_than_the_rules_that_is_wrong(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Of settings right as often, the trainer keeps the one with fewer wrong picks: keeping
    # the rules' answer, or none, is no wrong pick.
    monkeypatch.syspath_prepend(str(BENCH))
    train_source = importlib.import_module("train_source")
    example = importlib.import_module("source_news").Example(
        features=[["a"], ["b"], ["c"]],
        rule=0,
        right=[False, True, False],
        allowed=([True] * 3, [False] * 3),
        group="story",
        news=True,
        named=True,
        source="",
    )
    assert train_source.wrong_picks([example] * 4, [0, 1, 2, None]) == 1


def test_a_left_out_set_is_scored_on_its_own_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    # The leave-one-set-out report groups examples by the folder their story lies in: a set
    # whose name begins another's takes none of the other's stories.
    monkeypatch.syspath_prepend(str(BENCH))
    train_source = importlib.import_module("train_source")
    make = importlib.import_module("source_news").Example
    sets = [Path("/work/silver4/all"), Path("/work/silver41/all"), Path("data/gold")]

    def example(story: str, right: list[bool]) -> object:
        return make([["a"], ["b"]], 0, right, ([True] * 2, [False] * 2), story, True, True, "")

    one = example("/work/silver41/all/q07.json", [False, True])
    two = example("data/gold/harbour-talks.json", [True, False])
    assert train_source.set_of(one, sets) == "/work/silver41/all"
    assert train_source.set_of(two, sets) == "data/gold"
    assert train_source.right_count([one, two], [1, 1]) == 1


@pytest.fixture
def train_filter(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """bench/train_filter.py as its siblings import it."""
    monkeypatch.syspath_prepend(str(BENCH))
    module = importlib.import_module("train_filter")
    yield module
    sys.modules.pop("train_filter", None)


def test_the_statement_check_learns_from_the_pool_and_the_newer_sets(
    train_filter: ModuleType,
) -> None:
    # Session 37's pool: silver40 to silver49 annotated again, silver50 (held out in session 36)
    # and silver51; never a validation part nor a held-out set.
    sets = {str(p) for p in train_filter.NEWS_SETS}
    assert {f"/work/silver{n}/all" for n in range(40, 52)} <= sets
    assert "/work/evalsplit/realnews-tune" in sets
    assert not any("val" in s.rsplit("/", 1)[-1] for s in sets)
    assert not any(f"{s}/".startswith(held) for held in HELD_OUT for s in sets)


def test_the_statement_check_is_scored_on_what_the_stories_keep(train_filter: ModuleType) -> None:
    # One story: a quotation (never asked), a right report and a deed read as one; 3 gold.
    items = [
        train_filter.Item(None, True),
        train_filter.Item(["bias"], True),
        train_filter.Item(["bias", "lemma=file"], False),
    ]
    story = train_filter.Story("s", items, 3)
    assert train_filter.news_f1([story], [[True, True, True]])[:3] == (2, 3, 3)
    assert train_filter.news_f1([story], [[True, True, False]])[:3] == (2, 2, 3)


def test_an_example_counted_as_nothing_teaches_nothing(train_filter: ModuleType) -> None:
    fit_logistic = train_filter.fit_logistic
    seen = [(["bias", "cue"], True)] * 6 + [(["bias", "cue"], False)] * 6
    weights = fit_logistic(seen, 1e-3, counts_as=[1.0] * 6 + [0.0] * 6)
    assert weights["cue"] > 0.5
    assert abs(fit_logistic(seen, 1e-3).get("cue", 0.0)) < 0.1


def test_the_shipped_statement_check_says_where_its_data_comes_from() -> None:
    body = json.loads((ROOT / "kg/extract/statement_filter.json").read_text())
    about = body["about"]
    assert "/work/silver31/all" in about and "/work/silver32/all" in about
    assert "public web pages" in about and "no text" in about
    asked = re.search(r"\((\d+) reported statements in", about)
    assert asked is not None and body["train_statements"] == int(asked.group(1))


@pytest.fixture
def train_actors(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """bench/train_actors.py as its siblings import it."""
    monkeypatch.syspath_prepend(str(BENCH))
    module = importlib.import_module("train_actors")
    yield module
    sys.modules.pop("train_actors", None)


def test_each_large_set_is_scored_by_the_fit_on_the_others(
    train_actors: ModuleType, tmp_path: Path
) -> None:
    # Two sets of 20 invented stories, each with a name worth keeping and a stray one, and a
    # set of two stories too small to be scored alone (it is still learned from).
    def story(name: str) -> object:
        examples = [(["bias", "acts"], True), (["bias", "stray"], False)]
        return train_actors.Story(name, examples, 2, 1, 1, ["Kept", "Stray"])

    data = [story(f"{group}/s{i}") for group in ("north/all", "south/all") for i in range(20)]
    data += [story(f"tiny/all/s{i}") for i in range(2)]
    rows = train_actors.leave_set_out(data, 5, None, tmp_path)
    assert [r.name for r in rows] == ["north/all", "south/all"]
    for r in rows:
        # Keeping every actor: 2 of 3 kept are right; the fit on the other set drops the strays.
        assert r.rules == r.baseline and abs(r.rules[0] - 2 / 3) < 1e-9
        assert r.refit == (1.0, 1.0, 1.0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["north.json", "south.json"]


TRAINERS = (
    "train_events",
    "train_actors",
    "train_filter",
    "train_source",
    "train_participants",
    "train_act_typer",
    "train_cue",
    "train_extent",
)


@pytest.mark.parametrize("name", TRAINERS)
def test_importing_a_trainer_changes_no_setting(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A trainer turns its own model off in main(): importing it (a test, a sibling script) must
    # leave the process's settings as they were (the event check is on by default, and "off"
    # would rename every extractor made afterwards).
    before = {k: v for k, v in os.environ.items() if k.startswith("KG_")}
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop(name, None)
    importlib.import_module(name)
    sys.modules.pop(name, None)
    assert {k: v for k, v in os.environ.items() if k.startswith("KG_")} == before


class _Parsed(Exception):
    """Stops a trainer's main() once its options are read."""


@pytest.mark.parametrize("name", ("train_source", "train_filter"))
def test_a_plain_run_of_a_trainer_whose_weights_stay_writes_nothing(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Their shipped weights were fitted on an older pool and stay (README): a run without
    # --out reports, and --leave-set-out compares with the shipped weights.
    monkeypatch.syspath_prepend(str(BENCH))
    module = importlib.import_module(name)
    monkeypatch.setattr(os, "environ", dict(os.environ))  # (main() turns its model off)
    seen: list[argparse.Namespace] = []
    real = argparse.ArgumentParser.parse_args

    def parse(self: argparse.ArgumentParser, *_: object) -> argparse.Namespace:
        seen.append(real(self, []))
        raise _Parsed

    monkeypatch.setattr(argparse.ArgumentParser, "parse_args", parse)
    with pytest.raises(_Parsed):
        module.main()
    assert seen[0].out is None and seen[0].baseline == module.WEIGHTS_PATH
    sys.modules.pop(name, None)


@pytest.fixture
def bench_modules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.syspath_prepend(str(BENCH))
    yield


def test_one_setting_is_chosen_by_cv_the_first_of_equals(bench_modules: None) -> None:
    from attribution_training import choose_setting

    runs: list[float] = []

    def cv(l2: float) -> float:
        runs.append(l2)
        return l2

    # Scores: L2 times the setting.
    got = choose_setting((0.1, 0.2, 0.3), (1, 2, 3), cv, lambda s, t: round(s * t, 6))
    assert got == (0.9, 0.3, 3) and runs == [0.1, 0.2, 0.3]
    # Capped at 0.6: three settings reach it, the first in grid order is kept.
    capped = choose_setting((0.2, 0.3), (3, 2), cv, lambda s, t: min(round(s * t, 6), 0.6))
    assert capped == (0.6, 0.2, 3)
    with pytest.raises(ValueError):
        choose_setting((), (1,), cv, lambda s, t: 0.0)


def test_each_set_is_left_out_once_by_name(bench_modules: None) -> None:
    from attribution_training import left_out_sets

    items = ["b/1", "a/1", "b/2", "c/1"]
    got = left_out_sets(items, lambda x: x.split("/")[0])
    assert [g for g, _, _ in got] == ["a", "b", "c"]
    assert got[1] == ("b", ["b/1", "b/2"], ["a/1", "c/1"])


class _Events:
    def __init__(self, events: list[str]) -> None:
        self.events = events


def test_the_check_recorder_keeps_what_the_check_was_given(bench_modules: None) -> None:
    from story_cache import CheckRecorder

    def check(*args: object) -> list[int]:
        events = args[-1]
        assert isinstance(events, _Events)
        events.events = events.events[:1]  # as the check drops what it does not keep
        return [0]

    def capture(*args: object) -> list[str]:
        events = args[-1]
        assert isinstance(events, _Events)
        return events.events

    before: CheckRecorder[list[str]] = CheckRecorder(capture, check)  # type: ignore[arg-type]
    assert before(None, None, None, [], _Events(["talks", "call"])) == [0]  # type: ignore[arg-type]
    after: CheckRecorder[list[str]] = CheckRecorder(capture, check, after=True)  # type: ignore[arg-type]
    after(None, None, None, [], _Events(["talks", "call"]))  # type: ignore[arg-type]
    every: CheckRecorder[list[str]] = CheckRecorder(capture)  # type: ignore[arg-type]
    assert every(None, None, None, [], _Events(["talks", "call"])) == [0, 1]  # type: ignore[arg-type]
    assert before.captured == [["talks", "call"]] and after.captured == [["talks"]]


def test_the_actor_check_is_a_stage_a_trainer_can_take_the_place_of() -> None:
    from kg.extract import actor_model
    from kg.extract.pipeline import Pipeline

    pipe = Pipeline()
    assert pipe.actor_check is actor_model.drop_unlikely
    seen: list[set[str]] = []
    pipe.actor_check = lambda doc, index, gz, keep, context: seen.append(set(keep))
    from kg.reading import parse_txt

    pipe.extract(parse_txt("Talks\n\nThe Foreign Minister of Ruritania, Anna Vell, said so.", "t"))
    assert len(seen) == 1


def test_every_trainer_names_a_left_out_sets_weights_alike(bench_modules: None) -> None:
    from attribution_training import fold_weights_path

    out = Path("/tmp/folds")
    assert fold_weights_path(out, "/work/silver41/all") == out / "silver41.json"
    assert fold_weights_path(out, "/work/evalsplit/realnews-tune") == out / "realnews-tune.json"

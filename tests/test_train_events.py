"""The event check's trainer (bench/train_events.py) refuses, in words, data it cannot
cross-validate instead of failing deep in the fit."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _train_events() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # (its sibling modules, as when run as a script)
    spec = importlib.util.spec_from_file_location("bench_train_events", BENCH / "train_events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


te = _train_events()


def _story(group: str) -> object:
    return te.Story(name=f"{group}-story", group=group, examples=[], gold=0, captured=None)


def test_one_set_is_too_few_to_leave_a_set_out() -> None:
    why = te.too_few([_story("a"), _story("a"), _story("a")])
    assert why is not None and "1 set(s)" in why


def test_two_sets_are_enough() -> None:
    assert te.too_few([_story("a"), _story("b")]) is None

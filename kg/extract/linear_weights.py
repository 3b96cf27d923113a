"""The weights files of the learned components (statement check, cue detector, content extent,
source ranker, act typer): which file a `KG_*` setting names, and a binary linear model read
from one.

    path = weights_file(SETTING, WEIGHTS_PATH, "statement-check", "every statement is kept")
    model = None if path is None else LinearModel.read(path)

A setting is `on` (the shipped file), `off` (none) or the path of other weights; a missing
file is logged and reads as `off`, so extraction runs on the rules alone.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Self

from kg.config import env

log = logging.getLogger(__name__)


@dataclass
class LinearModel:
    weights: dict[str, float]
    threshold: float  # least probability for the component to act

    @classmethod
    def read(cls, path: Path) -> Self:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=dict(data["weights"]), threshold=float(data["threshold"]))

    def probability(self, features: list[str]) -> float:
        """The logistic of the summed weights of `features`."""
        # (`map` of the dict's own `get`: no Python frame a feature, the same sum in order)
        s = sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))


def weights_file(setting: tuple[str, str], shipped: Path, what: str, without: str) -> Path | None:
    """The weights file `setting` (KG_* variable, default) names, or None: `off`, or a file
    that is not there (`what` and `without`, what happens then, go into the warning)."""
    return weights_at(env(*setting), shipped, what, without)


def weights_at(value: str, shipped: Path, what: str, without: str) -> Path | None:
    """The weights file a setting's `value` names (`on`: `shipped`), or None, as `weights_file`
    reads it: for a caller that has read the setting already (and caches by its value)."""
    if value == "off":
        return None
    path = shipped if value == "on" else Path(value)
    if not path.is_file():
        log.warning("no %s weights at %s: %s", what, path, without)
        return None
    return path

"""The same input gives the same graph in every process, whatever Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# An organisation written two ways ("Senate", "senate"): which form names it once depended on
# the iteration order of a set of strings, which changes with the hash seed of the process. The
# Senate speaks for itself, so that it stays an actor whoever the source ranker gives the
# spokesman's words to.
TEXT = (
    "Senate delays budget vote\n"
    "Canberra • Test Wire\n\n"
    "The Senate postponed the vote on the budget on Tuesday. Senator Jane Moore said the "
    "senate needed more time to read the amendments.\n\n"
    "A spokesman for the senate said the vote would take place next week, and the Senate "
    "itself confirmed the new date.\n"
)

SCRIPT = """
import sys
from kg.extract.pipeline import Pipeline
from kg.reading import parse_txt
article = parse_txt(sys.stdin.read(), "seeded")
extraction = next(Pipeline(None).extract_many([article]))
for actor in extraction.actors:
    print(actor.key, actor.name, actor.type)
"""


def _actors(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=TEXT,
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
        timeout=300,
    )
    return done.stdout


def test_actor_names_do_not_depend_on_the_hash_seed() -> None:
    runs = {seed: _actors(seed) for seed in (1, 2, 3, 4, 5)}
    assert "organization/senate Senate" in runs[1], runs[1]
    assert len(set(runs.values())) == 1, runs

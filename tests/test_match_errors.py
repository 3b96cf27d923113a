"""bench/match_errors.py: the classes of PolNeAR match errors, counted as the scorer pairs them."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from kg.evaluation.attribution import Attribution, PolnearArticle, PredAttribution
from kg.model import Article

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_match_errors", BENCH / "match_errors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


me = _module()
TEXT = "The mayor of the port town said the ferry would run again. Experts say the tide is low."


def _at(word: str) -> tuple[tuple[int, int], ...]:
    start = TEXT.index(word)
    return ((start, start + len(word)),)


def _doc() -> PolnearArticle:
    return PolnearArticle(
        name="port",
        article=Article(key="port", title="", text=TEXT),
        attributions=[
            Attribution(
                source=_at("The mayor of the port town"),
                cue=_at("said"),
                content=_at("the ferry would run again"),
            ),
            Attribution(source=_at("Experts"), cue=_at("say"), content=_at("the tide is low")),
        ],
    )


def test_a_missed_cue_a_late_start_and_a_described_source_are_counted() -> None:
    ours = PredAttribution(
        source=_at("The mayor of the port town"),
        cue=_at("said"),
        content=_at("ferry would run again"),
        speaker_name="Port Town",
        person=False,
        speaker_names=("Port Town",),
    )
    tally = me.Tally(examples=0)
    me.article_errors(_doc(), [ours], tally)
    assert tally.counts["gold attributions"] == {"found": 1, "nothing found": 1}
    assert tally.counts["cue words of gold attributions with nothing found"] == {"say": 1}
    assert tally.counts["our statements"] == {"right": 1}
    assert "named sources" not in tally.counts  # a description is no named source
    assert tally.counts["content extents (matched pairs)"] == {"starts late": 1}


def test_boundaries_within_a_quote_mark_are_the_same() -> None:
    assert me._boundary((10, 40), (9, 41)) == "same"
    assert me._boundary((5, 60), (10, 40)) == "starts early & ends late"

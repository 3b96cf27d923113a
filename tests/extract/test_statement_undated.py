"""The statement stage leaves dates to the timeline when the pipeline asks it to."""

from __future__ import annotations

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.discourse import Discourse
from kg.extract.statements import StatementFinder
from tests.extract.extract_helpers import article

TEXT = (
    "Envoys meet in Lakeport\n\n"
    "On 3 March 2021, Foreign Minister Ilse Varga said her country would reopen its consulate."
)


def test_undated_finder_finds_the_same_statements_without_dates() -> None:
    art = article(TEXT)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    idx = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    dated = StatementFinder()(doc, art, idx)
    undated = StatementFinder(dated=False)(doc, art, idx)
    assert dated and any(st.date is not None for st in dated)
    assert all(st.date is None for st in undated)
    for st in dated:
        st.date = None
    assert undated == dated

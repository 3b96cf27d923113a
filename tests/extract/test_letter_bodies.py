"""Bodies and states named by their letters: "the M23 delegation", "the DPRK delegation" (a
delegation of the body or state the letters name), and letters no entity took that act as a
body acts ("after the XYZ withdrew")."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline


def _delegations(pipeline: Pipeline, text: str) -> set[str]:
    return {a.name for a in extract(pipeline, text).actors if a.type == "Delegation"}


def test_a_delegation_named_by_letters_is_built(pipeline: Pipeline) -> None:
    text = (
        "Peace bid in the lakes region\n\n"
        "Ugandan mediators opened a fresh bid to end the fighting in eastern Congo on Monday. "
        "Officials said the M23 delegation would sit with the mediators in Entebbe, while the "
        "DPRK delegation at a separate forum in Geneva was headed by a vice minister."
    )
    found = _delegations(pipeline, text)
    assert {"M23 delegation", "DPRK delegation"} <= found


def test_letters_that_act_name_a_body(pipeline: Pipeline) -> None:
    text = (
        "Talks in doubt\n\n"
        "The Valmoran government urged the rebels to return to the table. The talks stalled "
        "in March after the PLMV-R walked out of the sessions, citing broken promises."
    )
    names = {a.name for a in extract(pipeline, text).actors}
    assert "PLMV-R" in names

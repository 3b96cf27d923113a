"""PLOVER act families read by mechanism, on sentences written for these tests (no eval text).

Each test names the mechanism it checks: measure and frame heads, light verbs of completion,
verb + preposition objects, lemma repair, announced intents of named actors, conditional
threats, attempted violence, and the doer (not the victim) deciding force vs. violence.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract_helpers import check_spans

from kg.reading import parse_txt


def extract(pipeline, body: str):  # type: ignore[no-untyped-def]
    x = pipeline.extract(parse_txt(f"Headline\n\nParis • X\n\n{body}\n", "<test>"))
    check_spans(x)
    return x


def types(pipeline, body: str) -> set[str]:  # type: ignore[no-untyped-def]
    x = extract(pipeline, body)
    out = {st.plover for st in x.statements if st.plover}
    out |= {e.plover for e in x.events if e.plover}
    return out


def test_measured_object_names_the_aid(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "400 tonnes of food": the measured thing, not the measure, is what is given.
    assert "AID" in types(pipeline, "Norway delivered 400 tonnes of food to Chad on Monday.")


def test_frame_noun_takes_its_modifier(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a mediation mission": the modifier names the act (CAMEO 045).
    assert "CONSULT" in types(
        pipeline, "Kenyan President Uhuru Kenyatta began a mediation mission in Juba."
    )
    # "cut fuel supplies": reduce material aid (CAMEO 162).
    assert "SANCTION" in types(pipeline, "Algeria reduced fuel supplies to Mali on Friday.")


def test_completion_verbs_are_light(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" in types(pipeline, "Chadian troops completed their withdrawal from Abeche.")


def test_preposition_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in types(pipeline, "Thousands of farmers took to the streets of Lima.")
    assert "MOBILIZE" in types(pipeline, "Greek forces remained on alert near the border.")


def test_border_closure_is_a_sanction(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "SANCTION" in types(pipeline, "Uganda closed its border with Sudan on Sunday.")


def test_named_actor_future_intent(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The announcer is not the actor: the actor's announced will is still its intent.
    got = types(pipeline, "Canada will provide medicine to Haiti, a Canadian minister said.")
    assert "AGREE" in got


def test_refused_concession_is_a_rejection(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "REJECT" in types(pipeline, "Peru said it would not meet the strikers' demands.")


def test_conditional_intent_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = "Ghana said it will withdraw its troops from Togo unless the talks resume."
    got = types(pipeline, body)
    assert "THREATEN" in got and "AGREE" not in got


def test_attempted_assassination_is_assault(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in types(
        pipeline, "Hamas militants attempted to assassinate the governor of Gaza."
    )
    # Only tried in a wish: no act.
    assert "ASSAULT" not in types(
        pipeline, "Hamas militants may try to assassinate the governor of Gaza."
    )


def test_victims_do_not_make_force(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A bombing that kills soldiers is still a bombing (18x), not conventional force (19x).
    got = types(pipeline, "A car bomb killed three soldiers in Mosul on Sunday.")
    assert "ASSAULT" in got and "FIGHT" not in got
    assert "FIGHT" in types(pipeline, "Tanks killed three rebels in Mosul on Sunday.")


def test_plover_split_is_stable_and_readable(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from eval_split import split_plover, validation

    src = tmp_path / "plover.txt"
    records = [{"id": "DOC", "event": "DOCUMENT"}] + [
        {"id": f"R{i}", "event": "AGREE", "text": f"Sentence {i}."} for i in range(8)
    ]
    # The source is written with trailing commas, as the published file is.
    src.write_text(json.dumps(records).replace("}]", "},]"), encoding="utf-8")
    tune_n, val_n = split_plover(src, tmp_path / "out")
    assert (tune_n, val_n) == (6, 2)
    val = json.loads((tmp_path / "out" / "plover-val.json").read_text(encoding="utf-8"))
    tune = json.loads((tmp_path / "out" / "plover-tune.json").read_text(encoding="utf-8"))
    val_ids = {r["id"] for r in val if "text" in r}
    assert val_ids == validation([f"R{i}" for i in range(8)])
    assert not val_ids & {r["id"] for r in tune}
    assert all(any(r["id"] == "DOC" for r in part) for part in (val, tune))


def test_request_warning_and_bombing(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "asked X to do": a request (CAMEO 10); "asked about" would be a question.
    assert "DEMAND" in types(pipeline, "Sweden asked Iran to free the two detained journalists.")
    assert "THREATEN" in types(pipeline, "Hezbollah warned of retaliation against Israel.")
    assert "ASSAULT" in types(pipeline, "Hamas militants detonated a bomb in Haifa.")


def test_announced_readiness_is_intent(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "is ready to" announces an intent as "will" does (CAMEO 03), whoever of its side says so.
    body = "Ghana is ready to send food aid to Mali, Defence Minister Kofi Mensah said."
    assert "AGREE" in types(pipeline, body)


def test_possible_harm_on_a_condition_is_a_threat(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "may halt ... if": a conditional threat (CAMEO 135); "may send aid" only a possibility.
    body = "Norway may halt its mediation if the fighting resumes, a Norwegian envoy said."
    assert "THREATEN" in types(pipeline, body)
    assert "AGREE" not in types(pipeline, "Norway may send food aid to Chad, an envoy said.")


def test_reopening_and_placing_under(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Reopening a border undoes its closure (CAMEO 085, RETREAT); closing it is SANCTION.
    assert "RETREAT" in types(pipeline, "Turkey reopened its border with Syria on Monday.")
    assert "SANCTION" in types(pipeline, "Turkey closed its border with Syria on Monday.")
    # "placed under house arrest": an arrest by a preposition's object (CAMEO 173).
    got = types(pipeline, "Police placed the opposition leader under house arrest in Minsk.")
    assert "COERCE" in got


def test_ordered_or_announced_nominal_acts(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The noun of an act, announced or ordered, is that act: "a suspension of air links" (16).
    body = "Kenya announced a suspension of air links with Somalia on Monday."
    assert "SANCTION" in types(pipeline, body)
    assert "RETREAT" in types(pipeline, "A Kenyan court ordered the release of 50 prisoners.")
    # The nouns already read by these verbs still are ("completed their withdrawal").
    assert "RETREAT" in types(pipeline, "Chadian troops completed their withdrawal from Abeche.")

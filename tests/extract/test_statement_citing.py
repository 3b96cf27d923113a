"""A report that names where its words come from: the cited source speaks and the reporter
relays it; the citing words are no statement (`statement_citing`). Sentences invented."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline


def _by_cue(pipeline: Pipeline, text: str) -> tuple[dict[str, tuple[str, str, str]], set[str]]:
    """The statements by cue as (speaker, relay, content) names, and every cue."""
    result = extract(pipeline, text)
    names = {a.id: a.name for a in result.actors}
    got = {
        s.cue.text: (names.get(s.speaker or "", ""), names.get(s.via or "", ""), s.content.text)
        for s in result.statements
    }
    return got, set(got)


def test_the_body_cited_speaks_and_the_reporting_ministry_relays(pipeline: Pipeline) -> None:
    text = (
        "Border commission to sit in May\n\n"
        "OSLO, May 3 - The joint border commission of Norway and Sweden will sit again on "
        "May 12, the Norwegian Foreign Ministry reported, citing the Norwegian Justice "
        "Ministry.\n"
    )
    got, cues = _by_cue(pipeline, text)
    assert "citing" not in cues
    speaker, via, content = got["reported"]
    assert "Justice" in speaker
    assert "Foreign" in via
    assert content.startswith("The joint border commission of Norway and Sweden")


def test_citing_reasons_names_no_source(pipeline: Pipeline) -> None:
    text = (
        "Envoy leaves talks\n\n"
        "OSLO, May 3 - Norwegian envoy Kari Holm said on Monday that she would leave the talks "
        "early, citing pressing concerns at home.\n"
    )
    got, _ = _by_cue(pipeline, text)
    speaker, via, _content = got["said"]
    assert speaker == "Kari Holm" and via == ""
    # Citing what someone did names no source either, though it names someone.
    text = (
        "Envoy hopeful\n\n"
        '"The region has changed for the better," Norwegian envoy Kari Holm said in May, '
        "citing the release of the detained reporters and Lars Berg's election to the council.\n"
    )
    got, _ = _by_cue(pipeline, text)
    speaker, via, _content = got["said"]
    assert speaker == "Kari Holm" and via == ""


def test_what_an_outlet_learned_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "Talks near a deal\n\n"
        'OSLO, May 3 - K24 has learned that the fourth clause of the draft was "rewritten" '
        "during the night. Envoy Kari Holm learned on Friday that the rebels had left.\n"
    )
    _, cues = _by_cue(pipeline, text)
    assert not any("learn" in cue for cue in cues)


def test_a_source_who_speaks_inside_is_one_statement(pipeline: Pipeline) -> None:
    # The source is the speaker inside: one statement, not the same words twice.
    text = (
        "Envoy ready for talks\n\n"
        "OSLO, May 3 - Norwegian envoy Kari Holm also expressed her readiness to resume the "
        "talks with the northern rebels, despite the hard winter ahead, according to her.\n"
    )
    _, cues = _by_cue(pipeline, text)
    assert "expressed" in cues
    assert not any(cue.lower().startswith("according") for cue in cues)


def test_a_country_s_press_is_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "Delegations meet\n\n"
        "OSLO, May 3 - According to Swedish media reports, Sweden raised the level of its "
        "delegation to the border talks by sending a deputy minister.\n"
    )
    _, cues = _by_cue(pipeline, text)
    assert not any(cue.lower().startswith("according") for cue in cues)


def test_a_reporter_set_after_its_verb_relays_the_clause_before(pipeline: Pipeline) -> None:
    # The wire set after its verb is taken for the verb's object by the parser.
    text = (
        "Presidents speak\n\n"
        "On Monday, the presidents of Norway and Sweden discussed the border in a phone call, "
        "reported the Nordic Example wire service with reference to the presidential press "
        "service of Norway.\n"
    )
    got, _ = _by_cue(pipeline, text)
    speaker, via, content = got["reported"]
    assert "press service" in speaker and via == ""
    assert content.startswith("On Monday, the presidents of Norway and Sweden discussed")


def test_referring_to_names_a_topic_not_a_source(pipeline: Pipeline) -> None:
    text = (
        "Envoy back from talks\n\n"
        '"We set out our view on the truce in detail," Norwegian envoy Kari Holm said, '
        "referring to Prime Minister Lars Berg's plan for a border truce.\n"
    )
    got, _ = _by_cue(pipeline, text)
    speaker, via, _content = got["said"]
    assert speaker == "Kari Holm" and via == ""


def test_an_agency_report_with_reference_to_a_source_is_one_statement(
    pipeline: Pipeline,
) -> None:
    # Both the citing reader and the agency reader see `with reference to`: one statement.
    text = (
        "Ministers confer\n\n"
        "OSLO, May 3 - The foreign ministers of Norway and Sweden agreed to meet again in "
        "June, Norden Wire reports with reference to the Norwegian Foreign Ministry.\n"
    )
    result = extract(pipeline, text)
    names = {a.id: a.name for a in result.actors}
    said = [(names.get(s.speaker or ""), s.content.text) for s in result.statements]
    assert said == [
        (
            "Norwegian Foreign Ministry",
            "The foreign ministers of Norway and Sweden agreed to meet again in June",
        )
    ]

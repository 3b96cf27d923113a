"""A body's or an outlet's report whose words are wholly another attribution is the channel of
that statement, not a second one (`statement_channels`). Sentences invented."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.pipeline import Pipeline
from kg.extract.statement_channels import drop_relaying
from kg.extract.statement_reports import section_tag
from kg.model import Span, Statement


def _cues(pipeline: Pipeline, text: str) -> dict[str, Statement]:
    return {s.cue.text: s for s in extract(pipeline, text).statements}


def _cues_and_names(pipeline: Pipeline, text: str) -> tuple[dict[str, Statement], dict[str, str]]:
    """The statements by cue, and the actors' names by id."""
    result = extract(pipeline, text)
    return {s.cue.text: s for s in result.statements}, {a.id: a.name for a in result.actors}


def test_a_ministry_relaying_its_minister_gives_one_statement(pipeline: Pipeline) -> None:
    text = (
        "Ministers speak by phone\n\n"
        "OSLO, May 3 - The Norwegian Foreign Ministry said Foreign Minister Kari Holm told her "
        "Chilean counterpart Diego Rojas that Oslo supports the ceasefire in the region.\n"
    )
    got, names = _cues_and_names(pipeline, text)
    assert "said" not in got
    told = got["told"]
    assert told.content.text == "Oslo supports the ceasefire in the region"
    assert told.via is not None and "Ministry" in names[told.via]


def test_a_quotation_inside_a_readout_stays_the_readouts(pipeline: Pipeline) -> None:
    text = (
        "Presidents talk\n\n"
        'The Norwegian Foreign Ministry said the two ministers stressed "the need to keep '
        'talking about the border."\n'
    )
    said = _cues(pipeline, text)["said"]
    assert said.content.text.startswith("the two ministers stressed")


def _statement(
    text: str, speaker: str, cue: tuple[int, int], content: tuple[int, int], who: tuple[int, int]
) -> Statement:
    return Statement(
        speaker=speaker,
        cue=Span.of(text, *cue),
        content=Span.of(text, *content),
        kind="indirect",
        evidence=Span.of(text, 0, len(text)),
        speaker_span=Span.of(text, *who),
    )


def test_a_person_reporting_anothers_words_keeps_both_layers() -> None:
    text = "Holm said Rojas told her that Chile backs the plan."
    outer = _statement(text, "a1", (5, 9), (10, 50), (0, 4))
    inner = _statement(text, "a2", (16, 20), (30, 50), (10, 15))
    assert drop_relaying(text, [outer, inner], people={"a1", "a2"}) == [outer, inner]
    # The same report by a body is the inner statement's channel.
    assert drop_relaying(text, [outer, inner], people={"a2"}) == [inner]
    assert inner.via == "a1"


def test_a_speaker_going_on_relays_no_one() -> None:
    text = "The ministry said it is ready, adding that it wants talks."
    outer = _statement(text, "a1", (13, 17), (18, 57), (0, 12))
    inner = _statement(text, "a1", (31, 37), (43, 57), (18, 20))
    assert drop_relaying(text, [outer, inner], people=set()) == [outer, inner]
    # With nothing between the inner speaker and its cue, only the speaker being the same
    # keeps both: another speaker there is relayed.
    text = "The ministry said it stressed that it wants talks."
    outer = _statement(text, "a1", (13, 17), (18, 49), (0, 12))
    inner = _statement(text, "a1", (21, 29), (35, 49), (18, 20))
    assert drop_relaying(text, [outer, inner], people=set()) == [outer, inner]
    other = _statement(text, "a2", (21, 29), (35, 49), (18, 20))
    assert drop_relaying(text, [outer, other], people=set()) == [other]


def test_a_headline_tag_named_again_is_no_speaker(pipeline: Pipeline) -> None:
    for text in (
        "Kenya: Kenya and Rift Front rebels resume peace talks in Kampala after truce confusion"
        "\n\nKenya's government and the Rift Front rebel group returned to the table in Kampala "
        "on Monday. Uganda is one of the guarantors. President Amos Wekesa said the pause had "
        "been a misunderstanding.\n",
        "Kenya: Kenya-Uganda Talks On Border Security Held\n\nNairobi - President of Kenya Amos "
        "Wekesa on Monday received the Ugandan envoy Joseph Okello in the presence of his "
        "adviser. Okello said the meeting was fruitful.\n",
    ):
        assert [s.cue.text for s in extract(pipeline, text).statements] == ["said"]


def test_a_headline_label_that_speaks_stays_a_label() -> None:
    assert section_tag("Kenya", "Kenya and Uganda sign a border accord")
    assert not section_tag("Kenya", "Uganda must withdraw its troops")
    assert not section_tag("Ken", "Kenya and Uganda sign")
    # A label ending in punctuation is found at a word's edge too.
    assert section_tag("U.S.", "U.S. and Kenya sign a trade accord")
    assert not section_tag("U.S.", "U.S.A. and Kenya sign a trade accord")


def test_a_fronted_occasion_before_the_inner_speaker_still_makes_a_channel(
    pipeline: Pipeline,
) -> None:
    text = (
        "Ministers speak by phone\n\n"
        "During the hour-long call, Petra Holm told Karl Berg that Westland had kept its side "
        "of the accord, according to the Westland foreign ministry.\n"
    )
    got, names = _cues_and_names(pipeline, text)
    assert "according to" not in got
    told = got["told"]
    assert told.content.text == "Westland had kept its side of the accord"
    assert told.via is not None and "ministry" in names[told.via].lower()


def test_a_named_persons_explanation_inside_a_ministrys_report_is_relayed(
    pipeline: Pipeline,
) -> None:
    text = (
        "Ministers speak by phone\n\n"
        "Norway's foreign ministry said the two ministers spoke by phone on Monday. In "
        "response, Holm explained to Berg the reasons behind the new border rules, the "
        "ministry said.\n"
    )
    result = extract(pipeline, text)
    names = {a.id: a.name for a in result.actors}
    got = {s.cue.text: s for s in result.statements}
    explained = got["explained"]
    assert explained.content.text == "the reasons behind the new border rules"
    assert explained.speaker is not None and "Holm" in names[explained.speaker]
    assert explained.via is not None and "ministry" in names[explained.via].lower()
    assert not any(s.content.text.startswith("In response, Holm") for s in result.statements)


def test_a_leader_s_office_read_as_the_leader_is_no_second_layer(pipeline: Pipeline) -> None:
    # The office's report was resolved to the leader who speaks inside it: one statement.
    text = (
        "Leader calls for talks\n\n"
        "OSLO. May 3 (Example Wire) - Northern leader Kari Holm has called for the border "
        "talks to restart soon, the press service of the president of the northern "
        "region said.\n"
    )
    got, _ = _cues_and_names(pipeline, text)
    assert "called" in got
    assert "said" not in got


def test_a_quoted_speaker_telling_their_own_sides_position_says_it_once(
    pipeline: Pipeline,
) -> None:
    text = (
        "Norway warns Sweden\n\n"
        "Norway on Monday again demanded the removal of the grounded ship.\n\n"
        "“The Norwegian side still demands that the Swedish side tow away the ship and "
        "restore the reef as it was,” a spokesperson for the Norwegian Foreign Ministry said "
        "in a statement on Monday.\n"
    )
    got, names = _cues_and_names(pipeline, text)
    assert "demands" not in got
    assert got["said"].content.text.startswith("The Norwegian side still demands")
    # Another speaker named inside the quotation is relayed: both layers stay.
    text = (
        "Envoy reports\n\n"
        "“In our talks on Sunday, Ruritanian President Anna Berg stressed that she wants "
        "calm along the line,” UN envoy Otto Brenner said on Monday.\n"
    )
    got, names = _cues_and_names(pipeline, text)
    assert {"said", "stressed"} <= set(got)
    assert names[got["stressed"].speaker or ""] == "Anna Berg"

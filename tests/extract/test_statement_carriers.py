"""Words reported through what carries them: a text someone issues (`issued a statement
saying ...`), an infinitive of saying set off from its clause (`continues to insist, ...,
that ...`), a subordinate clause of saying the parser hung on the main clause's words
(`While he acknowledged X, Y praised ...`), and a verb of saying before the name
that opens a quotation (`Said Jones: "..."`); dates between a verb and its preposition, and an
aside of saying between commas (`If X, he observed, Y`); `forecast` is a verb of saying."""

from __future__ import annotations

import pytest
from extract_helpers import found_statements, one_statement

from kg.extract.statement_spans import trim_content
from kg.model import Statement

HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def statements(body: str) -> list[Statement]:
    return found_statements(HEAD + body)


def one(body: str, cue: str) -> Statement:
    return one_statement(HEAD + body, cue)


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "The ministry issued a statement saying the test was a clear violation of the treaty.",
            "saying",
            "The ministry",
            "the test was a clear violation of the treaty",
        ),
        (
            "The embassy sent a note on Monday saying the envoy would not attend the talks.",
            "saying",
            "The embassy",
            "the envoy would not attend the talks",
        ),
        (
            "The ministry released a statement calling the missile test a grave provocation.",
            "calling",
            "The ministry",
            "the missile test a grave provocation",
        ),
        (
            "The senator released a letter from his doctor that says he is in good health.",
            "says",
            "his doctor",
            "he is in good health",
        ),
    ],
)
def test_a_text_speaks_for_who_wrote_or_issued_it(
    body: str, cue: str, speaker: str, content: str
) -> None:
    st = one(body, cue)
    assert st.speaker_span is not None and st.speaker_span.text == speaker
    assert st.content.text == content


def test_a_text_that_announces_a_deed_is_no_statement_of_it() -> None:
    # What the text did (announced an agreement) is an event, not words reported.
    body = "The ministry issued a statement announcing an agreement with its neighbours.\n"
    assert not [s for s in statements(body) if s.cue.text == "announcing"]


def test_an_infinitive_of_saying_set_off_from_its_clause() -> None:
    body = (
        "The minister continues to insist, most recently in an interview with a radio "
        "station, that the ceasefire deal is dead.\n"
    )
    st = one(body, "insist")
    assert st.content.text == "the ceasefire deal is dead"
    assert st.speaker_span is not None and st.speaker_span.text == "The minister"


def test_a_subordinate_clause_of_saying_keeps_its_words() -> None:
    body = (
        "While he acknowledged money was a major reason for his departure, Smith also "
        "praised the staff of the mission.\n"
    )
    st = one(body, "acknowledged")
    assert st.content.text == "money was a major reason for his departure"
    # The main verb does not take the subordinate clause's words for its own.
    assert all(
        "money" not in s.content.text for s in statements(body) if s.cue.text != "acknowledged"
    )


def test_a_verb_of_saying_before_the_name_opens_the_quotation() -> None:
    body = (
        "The senator was unimpressed by the plan. Said Jones: “I do not think she is "
        "interested in reform.”\n"
    )
    st = one(body, "Said")
    assert st.speaker_span is not None and st.speaker_span.text == "Jones"
    assert st.content.text == "I do not think she is interested in reform"
    assert st.kind == "direct"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The foreign minister called on Friday for an immediate ceasefire in the region.\n",
            "an immediate ceasefire in the region",
        ),
        (
            "The president called Monday on both sides to return to the talks in Geneva.\n",
            "both sides to return to the talks in Geneva",
        ),
    ],
)
def test_the_date_between_a_verb_and_its_preposition_is_not_what_was_said(
    body: str, content: str
) -> None:
    assert one(body, "called").content.text == content


def test_an_aside_of_saying_between_commas_says_what_follows_it() -> None:
    # The content is one range without its attribution: the clause after the aside.
    body = (
        "If the two sides can agree on a truce, he observed this week, the border could "
        "reopen by spring.\n"
    )
    st = one(body, "observed")
    assert st.content.text == "the border could reopen by spring"
    assert st.speaker_span is not None and st.speaker_span.text == "he"


def test_a_forecast_is_a_prediction_in_words() -> None:
    st = one("Sergei Lavrov forecast that the talks would resume within two years.\n", "forecast")
    assert st.content.text == "the talks would resume within two years"


def test_a_relative_clause_of_saying_reports_what_follows_its_cue() -> None:
    body = (
        "President Anton Weber promised a new wall on the border, which he said Ruritania "
        "would pay for.\n"
    )
    assert one(body, "said").content.text == "Ruritania would pay for"


def test_a_content_ends_before_a_dangling_conjunction_and_a_participle_after_its_quote() -> None:
    assert trim_content("He said the aid was tied to reforms but.", 8, 39) == (8, 35)
    body = (
        'Senator Anton Weber stressed that "the way to proceed is to work together," '
        "suggesting that the only way left might be a plain renewal of the sanctions act.\n"
    )
    assert one(body, "stressed").content.text == "the way to proceed is to work together"


def test_a_reduced_relative_in_a_reported_clause_does_not_cut_it_short() -> None:
    body = (
        "Mr. Weber said the Ruritanians released by the Example Republic were in most cases "
        "close to finishing their sentences.\n"
    )
    assert one(body, "said").content.text == (
        "the Ruritanians released by the Example Republic were in most cases close to "
        "finishing their sentences"
    )


def test_a_participle_cues_words_up_to_the_subjects_next_finite_verb() -> None:
    body = (
        'Maria Lopez opened her speech slamming candidates who think they can "outsource" '
        'the region\'s security to "dictators" and followed up with an attack on Weber.\n'
    )
    assert one(body, "slamming").content.text == (
        'candidates who think they can "outsource" the region\'s security to "dictators"'
    )

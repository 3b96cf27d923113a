"""Statements at the head of wire copy: a text given without its headline, and a person whose
surname is an outlet's name. Sentences invented."""

from __future__ import annotations

from extract_helpers import found_statements

from kg.extract.statement_spans import headline_end

LEDE = (
    "The possibility of a meeting of the foreign ministers is discussed by the parties, but "
    "certain progress is needed for this, Foreign Minister Maria Lopez told a news conference "
    "on Thursday after meeting her counterpart Anton Weber in Berlin."
)


def said(text: str) -> set[tuple[str, str]]:
    return {(s.cue.text, s.content.text) for s in found_statements(text)}


def test_a_long_first_sentence_is_the_lede_not_a_headline() -> None:
    assert headline_end(LEDE + "\n\nMore talks follow.\n") == 0
    assert headline_end("Ministers weigh a meeting\n\n" + LEDE + "\n") == len(
        "Ministers weigh a meeting"
    )
    # Restated in the body, its statement is still the lede's, not a headline's echo.
    body = "\n\nA meeting of the foreign ministers is being discussed, Lopez said later.\n"
    assert any(cue == "told" for cue, _content in said(LEDE + body))


def test_a_courtesy_title_makes_an_outlet_s_name_a_person() -> None:
    text = (
        "Envoy arrives in Beijing\n\n"
        "Assistant Secretary of State Christopher Hill arrived in Beijing on Monday.\n\n"
        "Upon his arrival, Mr. Hill said it was still not clear whether the talks would "
        "resume.\n"
    )
    assert ("said", "it was still not clear whether the talks would resume") in said(text)


def test_a_dateline_closed_by_a_colon_is_not_what_was_said() -> None:
    text = (
        "Truce terms agreed\n\n"
        "TRIPOLI, Nov 04 (Xinhua): The rival camps agreed on terms for a truce on Tuesday, "
        "the UN envoy said.\n"
    )
    assert ("said", "The rival camps agreed on terms for a truce on Tuesday") in said(text)


def test_a_clause_conjoined_to_the_verb_goes_on_with_what_was_said() -> None:
    text = (
        "Border talks\n\n"
        "Speaker Nabil Haddad said the U.S. mediation stalled but it received a push in March "
        "during a visit by the secretary of state.\n\n"
        "Foreign Minister Maria Lopez said the talks were useful, and she accused the rebels "
        "of stalling.\n"
    )
    got = said(text)
    assert (
        "said",
        "the U.S. mediation stalled but it received a push in March during a visit by the "
        "secretary of state",
    ) in got
    # A verb of saying in the conjoined clause is a saying of its own.
    assert ("said", "the talks were useful") in got


def test_a_passive_as_aside_gives_its_agent_the_clause_before() -> None:
    text = (
        "Union steps up\n\n"
        "The European Union has significantly revitalised its engagement with the region, as "
        "confirmed by the European Council in March.\n\n"
        "The talks will resume in May, as reported by Reuters.\n"
    )
    found = found_statements(text)
    got = {
        (s.cue.text, s.content.text, s.speaker_span.text if s.speaker_span else None) for s in found
    }
    assert (
        "confirmed",
        "The European Union has significantly revitalised its engagement with the region",
        "the European Council",
    ) in got
    # An outlet's relay is narration, as in the active voice.
    assert not any(s.cue.text == "reported" for s in found)


def test_an_aside_at_a_paragraph_s_end_is_not_what_was_said() -> None:
    text = (
        "Talks to resume\n\n"
        "The talks will resume in May, as Foreign Minister Maria Lopez has said.\n\n"
        "The ministers left Geneva on Friday.\n"
    )
    assert ("said", "The talks will resume in May") in said(text)


def test_the_one_quoted_as_saying_speaks_in_the_passive_too() -> None:
    text = (
        "Leaders sign border deal\n\n"
        "The presidents of Ruritania and Borduria have signed a border treaty, the press "
        "service said.\n\n"
        "\u201cThe agreement on the border testifies to the strength of our ties,\u201d Anton "
        "Weber was quoted as saying on Thursday.\n"
    )
    found = found_statements(text)
    got = {(s.cue.text, s.speaker_span.text if s.speaker_span else None) for s in found}
    # (The cue is the whole phrase of quoting: the verb with how it was said.)
    assert ("quoted as saying", "Anton Weber") in got


def test_a_capital_labelling_the_first_paragraph_is_its_dateline() -> None:
    got = said(
        "Norway and Sweden hold talks\n\n"
        "Oslo: Norwegian Prime Minister Kari Holm on Tuesday held talks with his Swedish "
        "counterpart Lars Berg on energy and fishing rights.\n\n"
        "Norway and Sweden signed two accords after the talks.\n"
    )
    assert not any(cue == ":" for cue, _words in got)

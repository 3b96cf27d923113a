"""Content-span boundaries: a partial quotation inside the writer's clause, a second
predicate of the speaker joined by `and`, and a dateline the parser ran into the content."""

from __future__ import annotations

from test_statements import run

from kg.extract.statement_spans import past_dateline


def _contents(text: str) -> set[tuple[str | None, str, str]]:
    _art, sts, name = run(text)
    return {(name.get(s.speaker), s.cue.text, s.content.text) for s in sts}


def test_partial_quotation_takes_the_writer_clause() -> None:
    got = _contents(
        "Border talks stall\n\n"
        'But after the long delay, the envoy\'s "patience is not endless", Olena Marchuk said.\n'
    )
    assert (
        "Olena Marchuk",
        "said",
        'after the long delay, the envoy\'s "patience is not endless"',
    ) in got


def test_quotation_opening_its_sentence_stays_as_quoted() -> None:
    got = _contents(
        "Border talks stall\n\n"
        'The delegation left early. "Our patience is not endless," Olena Marchuk said.\n'
    )
    assert {(cue, content) for _who, cue, content in got} == {
        ("said", "Our patience is not endless")
    }


def test_second_predicate_of_the_speaker_is_its_own_statement() -> None:
    got = _contents(
        "Council meets\n\n"
        "Olena Marchuk confirmed that the prisoner exchanges will continue and addressed "
        "the return of displaced families to their homes.\n"
    )
    assert ("Olena Marchuk", "confirmed", "the prisoner exchanges will continue") in got
    assert (
        "Olena Marchuk",
        "addressed",
        "the return of displaced families to their homes",
    ) in got


def test_coordination_inside_what_was_said_is_kept_whole() -> None:
    got = _contents(
        "Council meets\n\n"
        "Olena Marchuk said the army attacked the depot and destroyed two bridges.\n"
    )
    assert (
        "Olena Marchuk",
        "said",
        "the army attacked the depot and destroyed two bridges",
    ) in got


def test_past_dateline() -> None:
    text = "Title\nKYIV (Example Agency) – Ministers agreed on Sunday to meet again."
    start = text.index("Example")
    assert (
        text[past_dateline(text, start, len(text)) :] == "Ministers agreed on Sunday to meet again."
    )
    plain = "Title\nThe talks – which began in May – ended on Sunday."
    assert past_dateline(plain, 6, len(plain)) == 6
    pair = "Title\nUS - Russia talks resumed."
    assert past_dateline(pair, 6, len(pair)) == 6


def test_scene_setting_participle_is_no_statement() -> None:
    got = _contents(
        "Envoy plans trip\n\n"
        "Speaking on Thursday about her coming visits, Olena Marchuk said the first stop "
        "would be Vienna.\n"
    )
    assert {(cue, content) for _who, cue, content in got} == {
        ("said", "the first stop would be Vienna")
    }


def test_participle_with_a_clause_is_a_statement() -> None:
    got = _contents(
        "Envoy plans trip\n\n"
        "Adding that the border must stay open, Olena Marchuk said the first stop would be "
        "Vienna.\n"
    )
    assert ("Adding", "the border must stay open") in {(c, t) for _w, c, t in got}


def test_a_list_the_parser_cut_off_the_clause_is_still_said() -> None:
    # The parser hangs "launches" on "announced" as its object; the list is the clause's.
    got = _contents(
        "Talks resume\n\n"
        "North Korea announced it will suspend nuclear tests, long-range missile launches, and "
        "uranium enrichment activities after holding a fresh round of talks with the United "
        "States.\n"
    )
    assert {content for _who, _cue, content in got} == {
        "it will suspend nuclear tests, long-range missile launches, and uranium enrichment "
        "activities"
    }

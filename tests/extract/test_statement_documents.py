"""A text as the subject of `read`: `…, the statement read.`, `"…," reads the communique.`:
the words before it are the text's, said by whoever issued it. Sentences invented."""

from __future__ import annotations

from test_statements import run


def _said(text: str) -> set[tuple[str | None, str, str]]:
    _art, sts, name = run(text)
    return {(name.get(s.speaker), s.cue.text, s.content.text) for s in sts}


def test_a_quotation_the_statement_reads_is_its_issuers() -> None:
    got = _said(
        "Talks halted\n\n"
        "Westland's Trade Ministry said in a written statement that halting the talks was a "
        "mistake.\n\n"
        '"The sudden halt of the talks between the two sides breaks the spirit of the spring '
        'accord," the statement read.\n'
    )
    assert (
        "Westland's Trade Ministry",
        "read",
        "The sudden halt of the talks between the two sides breaks the spirit of the spring accord",
    ) in got


def test_an_unquoted_sentence_closed_by_the_release_issued_by_a_body() -> None:
    got = _said(
        "Ministers meet\n\n"
        "Petra Holm met Karl Berg in Eastport on Monday. The two ministers discussed trade and "
        "the border, the release issued by the Westland Foreign Ministry reads.\n"
    )
    assert (
        "Westland Foreign Ministry",
        "reads",
        "The two ministers discussed trade and the border",
    ) in got


def test_read_the_statement_inverted() -> None:
    got = _said(
        "Ministers meet\n\n"
        "The envoys held frank talks, according to a statement that the Westland "
        "ministry released.\n\nA second round of talks is planned in the capital on May 2, read "
        "the statement.\n"
    )
    assert any(
        cue == "read" and words == "A second round of talks is planned in the capital on May 2"
        for _who, cue, words in got
    )


def test_a_person_reading_a_text_says_nothing() -> None:
    got = _said(
        "Ministers meet\n\n"
        "After the talks on Monday ended late in the night, Petra Holm read the statement.\n"
        '"We will stay at the table," Karl Berg read the statement to reporters.\n'
    )
    assert not any(cue in ("read", "reads") for _who, cue, _words in got)

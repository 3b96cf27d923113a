"""What the source's own words rule out as its speaker: people of another state's office
when the words name the title's owner, and whom the cue addresses."""

from __future__ import annotations

from extract_helpers import read_statements as _read

from kg.extract.source_owners import addressees, ruled_out, title_owners
from kg.extract.source_ranker import Model, rank_speakers
from kg.model import Statement

OWNED = (
    "Border talks in Turku\n\n"
    "Finland's Prime Minister Karl Doss hosted Norway's Foreign Minister Anna Berg in Turku on "
    "Monday. Doss praised the mood of the meeting. The Norwegian chief of diplomacy said the "
    "ferry line would reopen in May.\n"
)
TOLD = (
    "Border talks in Turku\n\n"
    "Anna Berg met Karl Doss in Turku on Monday. Berg told Doss that the ferry line would "
    "reopen in May.\n"
)


def _speaker(statements: list[Statement], names: dict[str, str], content: str) -> str | None:
    st = next(s for s in statements if s.content.text == content)
    return names.get(st.speaker) if st.speaker else None


def test_the_owner_named_in_a_title_is_found() -> None:
    doc, index, statements, names = _read(OWNED)
    st = next(s for s in statements if s.content.text.startswith("the ferry line"))
    assert {names[a] for a in title_owners(doc, st, index)} == {"Norway"}


def test_a_title_of_one_state_is_not_given_to_the_other_state_s_leader() -> None:
    doc, index, statements, names = _read(OWNED)
    # A model that trusts whoever spoke just before would give the words to the Finnish host.
    rank_speakers(doc, statements, index, Model({"previous": 8.0}, threshold=0.0))
    assert _speaker(statements, names, "the ferry line would reopen in May") == "Anna Berg"


def test_the_one_told_is_not_who_tells() -> None:
    doc, index, statements, names = _read(TOLD)
    st = next(s for s in statements if s.content.text.startswith("the ferry line"))
    assert {names[a] for a in addressees(doc, st, index)} == {"Karl Doss"}
    # A model that prefers the cue's object would give Berg's words to Doss.
    rank_speakers(doc, statements, index, Model({"on_cue&dep=dobj": 8.0}, threshold=0.0))
    assert _speaker(statements, names, "the ferry line would reopen in May") == "Anna Berg"


def test_according_to_names_the_speaker_not_an_addressee() -> None:
    doc, index, statements, names = _read(
        "Border talks in Turku\n\n"
        "Anna Berg met Karl Doss in Turku on Monday. The ferry line will reopen in May, "
        "according to Berg.\n"
    )
    st = next(s for s in statements if "ferry" in s.content.text)
    assert addressees(doc, st, index) == set()


def test_unnamed_officials_of_a_named_state_speak_for_it() -> None:
    doc, index, statements, names = _read(
        "Border talks in Turku\n\n"
        "Finland's Prime Minister Karl Doss hosted Norway's Foreign Minister Anna Berg in Turku "
        "on Monday. Doss praised the mood of the meeting. Norwegian officials said the ferry "
        "line would reopen in May.\n"
    )
    st = next(s for s in statements if s.content.text.startswith("the ferry line"))
    everyone = [a.id for a in index.actors]
    # Not the Finnish host, whom the ranker might prefer as the last to speak.
    out = {names[a] for a in ruled_out(doc, st, everyone, index)}
    assert "Karl Doss" in out
    assert "Norway" not in out

"""People's names the model leaves untagged after a title that names a state or body."""

from __future__ import annotations

from kg import nlp
from kg.extract.name_spans import whole_names


def people(text: str) -> list[str]:
    return [e.text for e, _ in whole_names(nlp.load()(text)) if e.label_ == "PERSON"]


def test_a_name_after_a_title_with_its_state_is_a_person() -> None:
    got = people("During his talks with President of Serbia Aleksandar Vučić, the envoy spoke.")
    assert "Aleksandar Vučić" in got


def test_a_name_after_an_office_ending_in_a_body_word_is_a_person() -> None:
    got = people(
        "Deputy head of Russian President Vladimir Putin's Administration Dmitry Kozak "
        "has also arrived."
    )
    assert "Dmitry Kozak" in got


def test_capitals_after_a_state_with_no_title_before_are_no_person() -> None:
    got = people("The talks in Serbia Last Week ended without a deal.")
    assert not any("Last" in name for name in got)


def test_a_bodys_or_documents_name_after_a_title_is_no_person() -> None:
    got = people(
        "He met the new UN Envoy and Head of UN Support Mission in Libya. "
        "President Joe Biden and UN Security Council Resolution No. 2735 were cited."
    )
    assert not any("Mission" in name or "Resolution" in name for name in got)


def test_the_end_of_an_office_title_glued_before_a_name_is_cut_off() -> None:
    # The model tags "MFA Spokesperson Tomas Herrera" as one person's name.
    got = people("MFA Spokesperson Tomas Herrera told reporters on Monday that the visit would go.")
    assert "Tomas Herrera" in got
    assert not any("Spokesperson" in name for name in got)


def test_a_name_with_no_office_word_keeps_its_words() -> None:
    got = people("Tomas Herrera Lopez told reporters on Monday that the visit would go.")
    assert not any(name in ("Herrera Lopez", "Lopez") for name in got)

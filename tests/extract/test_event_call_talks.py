"""Rules no story test reached alone: a bare "the talks" after a call told as talks is that
call (`call_told_as_talks`), and a text raised to the subject of "seems"/"appears" is what is
signed (`signs_a_text`'s subject clause). Invented sentences."""

from __future__ import annotations

from kg.extract.event_call_retellings import call_told_as_talks
from kg.extract.event_mention import Mention

TEXT = (
    "Ana Ruiz and Li Wen held phone talks on Monday after a phone call on Sunday. "
    "The talks lasted an hour."
)


def _at(word: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(word, start)
    return i, i + len(word)


FIRST = (0, TEXT.index(".") + 1)
SECOND = (FIRST[1] + 1, len(TEXT))


def _call(word: str = "phone talks") -> Mention:
    return Mention("phone_call", _at(word), FIRST, participants=["a", "b"])


def _the_talks() -> Mention:
    return Mention("negotiation_round", _at("talks", SECOND[0]), SECOND, definite=True)


def test_the_talks_after_a_call_told_as_talks_is_the_call() -> None:
    call = [_call()]
    assert call_told_as_talks([call], _the_talks(), TEXT) is call


def test_the_talks_with_a_round_told_before_are_not_the_call() -> None:
    earlier_round = [Mention("negotiation_round", _at("talks"), FIRST)]
    assert call_told_as_talks([earlier_round, [_call()]], _the_talks(), TEXT) is None


def test_talks_with_parties_of_their_own_are_not_the_call() -> None:
    talks = _the_talks()
    talks.participants = ["c"]
    assert call_told_as_talks([[_call()]], talks, TEXT) is None


def test_the_talks_after_a_call_not_told_as_talks_are_not_the_call() -> None:
    assert call_told_as_talks([[_call("phone call")]], _the_talks(), TEXT) is None


def _signed(sentence: str) -> bool:
    from kg import nlp
    from kg.extract.event_signing import signs_a_text

    doc = nlp.load()(sentence)
    return signs_a_text(next(t for t in doc if t.lemma_ == "sign"))


def test_a_text_raised_to_the_subject_of_seems_is_signed() -> None:
    assert _signed("The treaty seems to have been signed on Friday.")
    assert _signed("The deal appears to have been signed on Friday.")


def test_a_person_raised_to_the_subject_of_seems_signs_no_text() -> None:
    assert not _signed("The striker seems to have been signed to a new club.")

"""The cue-agnostic reader: a main verb whose subject is someone, with what it reports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from extract_helpers import found_statements, one_statement

from kg.extract.statement_filter import load_model
from kg.model import Statement

HEAD = "Ministers weigh tariffs\n\nGeneva • Example News\n\n"


def statements(body: str) -> list[Statement]:
    return found_statements(HEAD + body)


def one(body: str, cue: str) -> Statement:
    return one_statement(HEAD + body, cue)


def test_any_verb_with_a_named_subject() -> None:
    st = one("Maria Lopez likened the tariff plan to a tax on families.\n", "likened")
    assert st.content.text == "the tariff plan to a tax on families"
    assert st.speaker_span is not None and st.speaker_span.text == "Maria Lopez"
    assert st.speaker is not None and st.kind == "indirect"


def test_people_nouns_and_pronouns() -> None:
    st = one("Regulators questioned the merger of the two banks.\n", "questioned")
    assert st.content.text == "the merger of the two banks"
    assert st.speaker is None and st.speaker_span is not None
    st = one("Maria Lopez spoke on Monday. She applauded the new budget.\n", "applauded")
    assert st.content.text == "the new budget"


def test_clause_and_to_clause() -> None:
    # A decision is an attribution in PolNeAR ("The FBI decided not to recommend charges").
    st = one("The court decided that the ban was lawful.\n", "decided")
    assert st.content.text == "the ban was lawful"
    # What someone seeks is no speech or writing under the project's guidelines (PolNeAR
    # counts it).
    assert not statements("The union sought to block the closure of the plant.\n")


@pytest.fixture
def check_off(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The readers alone, without the learned statement check (cached: cleared either side)."""
    monkeypatch.setenv("KG_STATEMENT_FILTER", "off")
    load_model.cache_clear()
    yield
    load_model.cache_clear()


def test_attitude_adjective_and_topic(check_off: None) -> None:
    # What the reader reads; whether a stance told in a few words is a statement is the
    # learned check's call (trained on news, it doubts a bare "critical of X").
    st = one("The committee was critical of the new budget.\n", "critical")
    assert st.content.text == "the new budget"
    st = one("Maria Lopez railed against the tariffs.\n", "railed")
    assert st.content.text == "the tariffs"


def test_a_verb_with_no_evidence_of_reporting_words_is_no_statement() -> None:
    # PolNeAR's annotators took "railed" for a cue in most of its uses; a verb they never saw
    # as one tells what someone did or felt, not what they said (the guidelines' scope).
    assert not statements("Maria Lopez sugarcoated the grim figures on jobs.\n")
    assert not statements("Maria Lopez lingered on the details of the tariff plan.\n")


def test_it_reports_only_a_clause() -> None:
    st = one("The report is long. It concludes that the tariffs hurt farmers.\n", "concludes")
    assert st.content.text == "the tariffs hurt farmers"
    assert not [s for s in statements("The plan is new. It covers the costs of fuel.\n")]


@pytest.mark.parametrize(
    "body",
    [
        "Maria Lopez had a long day in Geneva.\n",  # light verb
        "He took the train to Geneva.\n",
        "Maria Lopez sold the house last year.\n",  # a transaction
        "The storm damaged the roads near the border.\n",  # no one as subject
        "Maria Lopez was able to finish the report.\n",  # modality, not an attitude
        "After Maria Lopez ridiculed the plan, the vote was delayed.\n",  # not the main verb
        "Maria Lopez signed a decree on the delegation for the talks.\n",  # an event's sentence
        "Maria Lopez spoke with Ahmet Yilmaz for an hour.\n",  # whom, not what about
    ],
)
def test_not_a_statement(body: str) -> None:
    assert [(s.cue.text, s.content.text) for s in statements(body)] == []


def test_quotation_verbs_are_the_quoted_speakers() -> None:
    sts = statements('"We questioned the figures," said Maria Lopez.\n')
    assert [s.cue.text for s in sts] == ["said"]


def test_verb_already_read_is_not_read_again() -> None:
    sts = statements("Maria Lopez said that the plan was unfair.\n")
    assert [(s.cue.text, s.content.text) for s in sts] == [("said", "the plan was unfair")]


def test_talking_with_someone_or_on_a_channel_reports_no_topic() -> None:
    # Levin's `talk` verbs: whom one talks with and how are no topic; `of`/`about` is one.
    body = (
        "On October 6, President Anton Weber and President Maria Lopez spoke on the phone. "
        "Later the Ruritanian statement spoke of Turkey assuming the duty of guarding the "
        "captured militants.\n"
    )
    got = {s.cue.text: s.content.text for s in statements(body)}
    assert got == {"spoke": "Turkey assuming the duty of guarding the captured militants"}

"""The learned source ranker: candidates around a cue, and when it overrules the rules."""

from __future__ import annotations

import pytest
from extract_helpers import read_statements as _read

from kg.extract import source_ranker
from kg.extract.source_ranker import (
    Model,
    load_model,
    pick,
    rank_speakers,
    statement_candidates,
)
from kg.model import Statement

TEXT = (
    "Talks resume in Geneva\n"
    "\n"
    "Foreign Minister Lucia Ferrer met envoy Tomas Brandt in Geneva on Monday. Ferrer said the "
    "talks were useful and that a second round would follow.\n"
    "\n"
    "Brandt told reporters that the list of prisoners was almost complete.\n"
)


def _by_content(statements: list[Statement], names: dict[str, str]) -> dict[str, str | None]:
    return {s.content.text: names.get(s.speaker) if s.speaker else None for s in statements}


def test_candidates_are_the_actors_near_the_cue_with_the_rules_choice_marked() -> None:
    doc, index, statements, names = _read(TEXT)
    pairs = statement_candidates(doc, statements, index)
    assert pairs
    for st, cands in pairs:
        by_name = {names[c.actor]: c for c in cands}
        # Both people are mentioned within the window of every statement here.
        assert {"Lucia Ferrer", "Tomas Brandt"} <= set(by_name)
        rule = [c for c in cands if "rule" in c.features]
        assert [c.actor for c in rule] == ([st.speaker] if st.speaker else [])
        # The rules' speaker here is the subject of the cue.
        assert "subj_of_cue" in rule[0].features


def test_the_rules_stand_unless_the_model_is_confident() -> None:
    doc, index, statements, names = _read(TEXT)
    before = _by_content(statements, names)
    assert before["the list of prisoners was almost complete"] == "Tomas Brandt"
    # A model that trusts the rules keeps every speaker.
    rank_speakers(doc, statements, index, Model({"rule": 4.0}, threshold=0.5))
    assert _by_content(statements, names) == before
    # One that prefers whoever spoke before, beyond its threshold, overrules them; the words
    # the text gives for the speaker stay as evidence.
    spans = [s.speaker_span for s in statements]
    rank_speakers(doc, statements, index, Model({"previous": 6.0}, threshold=0.9))
    after = _by_content(statements, names)
    assert after["the list of prisoners was almost complete"] == "Lucia Ferrer"
    assert [s.speaker_span for s in statements] == spans


def test_the_shipped_model_keeps_plain_subjects() -> None:
    doc, index, statements, names = _read(TEXT)
    before = _by_content(statements, names)
    model = load_model()
    assert model is not None and model.weights
    rank_speakers(doc, statements, index, model)
    assert _by_content(statements, names) == before


def test_the_ranker_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_SOURCE_RANKER", "off")
    load_model.cache_clear()
    try:
        assert source_ranker.load_model() is None
    finally:
        load_model.cache_clear()


def test_an_unnamed_official_keeps_speaking_for_the_state() -> None:
    # The rules read "A Norwegian official" as Norway's voice; a model that prefers people
    # would put the prime minister the sentence speaks of in its place, and may not.
    doc, index, statements, names = _read(
        "Lind to meet Orlov\n\n"
        "Prime Minister Anna Lind will meet Pavel Orlov in Oslo next week. A Norwegian official "
        "said Lind would meet any candidate who asked.\n"
    )
    before = _by_content(statements, names)
    assert before["Lind would meet any candidate who asked"] == "Norway"
    rank_speakers(doc, statements, index, Model({"type=Person": 6.0}, threshold=0.5))
    assert _by_content(statements, names) == before


def test_a_group_keeps_speaking_through_its_first_named_member() -> None:
    doc, index, statements, names = _read(
        "Senators want troops\n\n"
        "Several senators, including Mark Hale and Ann Roe, said the troops should stay.\n"
    )
    before = _by_content(statements, names)
    assert before["the troops should stay"] == "Mark Hale"
    # A model set against the rules would take the other member; the rules' reading stands.
    rank_speakers(doc, statements, index, Model({"rule": -6.0}, threshold=0.5))
    assert _by_content(statements, names) == before


# Words the rules give no speaker, with actors named nearby: a model that prefers people would
# give them to the person named in the sentence before, and may not.
_NOBODY = [
    # "Jordan" (taken for the state) is no actor of the article.
    pytest.param(
        "Panel to vote\n\n"
        "Lawyer Kevin Marsh represents the miners. Rep. Jim Jordan (R-Ohio), an oversight "
        "panel member, said the committee would vote next week.\n",
        "the committee would vote next week",
        id="a name the actor stage missed",
    ),
    pytest.param(
        "Board to meet\n\n"
        "Foreign Minister Lucia Ferrer met envoy Tomas Brandt in Geneva on Monday. One Western "
        "diplomat said the board was unlikely to act.\n",
        "the board was unlikely to act",
        id="someone unnamed",
    ),
    pytest.param(
        "Race tightens\n\n"
        "Foreign Minister Lucia Ferrer met envoy Tomas Brandt in Geneva on Monday. The "
        "average of recent polls shows that the governor is trailing.\n",
        "the governor is trailing",
        id="figures no actor issued",
    ),
    pytest.param(
        "Diet under fire\n\n"
        "Dr. Sam Hale promoted the diet on his show on Monday. Senator Anna Reed criticized "
        "him. The top medical journal argued that the diet was unsafe.\n",
        "the diet was unsafe",
        id="a journal is the press",
    ),
    pytest.param(
        "Board to meet\n\n"
        "Foreign Minister Lucia Ferrer met envoy Tomas Brandt in Geneva on Monday. A source "
        "close to the talks said the board was unlikely to act.\n",
        "the board was unlikely to act",
        id="an unnamed source brought in new",
    ),
]


@pytest.mark.parametrize(("text", "content"), _NOBODY)
def test_words_no_actor_spoke_are_not_given_to_one_named_nearby(text: str, content: str) -> None:
    doc, index, statements, names = _read(text)
    assert _by_content(statements, names)[content] is None
    rank_speakers(doc, statements, index, Model({"type=Person": 6.0}, threshold=0.5))
    assert _by_content(statements, names)[content] is None


def test_figures_stay_with_the_actor_their_words_name() -> None:
    # "United Nations figures": the words name their issuer, whom the ranker may give them.
    doc, index, statements, names = _read(
        "Aid talks stall\n\n"
        "The United Nations sent envoy Tomas Brandt to the region on Monday. United Nations "
        "statistics suggest that most of the displaced are children.\n"
    )
    rank_speakers(doc, statements, index, Model({"type=Organization": 6.0}, threshold=0.5))
    assert _by_content(statements, names)["most of the displaced are children"] == "United Nations"


def test_he_is_a_person_whatever_the_model_prefers() -> None:
    doc, index, statements, names = _read(
        "Admiral speaks\n\n"
        'Admiral Tom Hale was born in Japan, which he left as a child. "I am not a Japanese '
        'admiral," he said.\n'
    )
    # A model that prefers states would give the words to Japan; "he" is a person.
    rank_speakers(doc, statements, index, Model({"type=Country": 6.0}, threshold=0.5))
    assert _by_content(statements, names)["I am not a Japanese admiral"] == "Tom Hale"


def test_a_title_one_person_holds_is_a_person_whatever_the_model_prefers() -> None:
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Tomas Brandt arrived in Oslo on Monday. Norway wants the border open. The envoy said "
        "the crossing would reopen in May.\n"
    )
    # The article gave Brandt no title, so the rules leave "the envoy" unresolved; a model
    # that prefers states to people would give the envoy's words to Norway.
    model = Model({"type=Country": 6.0, "type=Person": 5.5}, threshold=0.3)
    rank_speakers(doc, statements, index, model)
    assert _by_content(statements, names)["the crossing would reopen in May"] == "Tomas Brandt"
    # A title with its state may be someone the story does not name, who speaks for the state.
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Lucia Ferrer met Tomas Brandt in Oslo on Monday. Norway wants the border open. The "
        "Norwegian envoy said the crossing would reopen in May.\n"
    )
    rank_speakers(doc, statements, index, model)
    assert _by_content(statements, names)["the crossing would reopen in May"] == "Norway"


def test_he_read_as_an_unnamed_spokesman_keeps_speaking_for_the_body() -> None:
    doc, index, statements, names = _read(
        "Talks resume\n\n"
        "Envoy Tomas Brandt met Swedish negotiators in Oslo on Monday. A spokesman for the "
        "Norwegian Foreign Ministry said the talks were useful. He added that a second round "
        "would follow.\n"
    )
    # "He" is a person's word, but the rules read it as the spokesman, who speaks for the
    # ministry: the shipped model does not give his words to the envoy.
    rank_speakers(doc, statements, index)
    speaker = _by_content(statements, names)["a second round would follow"]
    assert speaker == "Norwegian Foreign Ministry"


def test_officials_are_no_one_person_whatever_the_model_prefers() -> None:
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Norway pressed Sweden on Saturday to reopen the border. Prime Minister Anna Lind met "
        "Pavel Orlov in Oslo. Officials said the crossing would reopen in May.\n"
    )
    # A model that prefers people would give the officials' words to Lind or Orlov.
    rank_speakers(doc, statements, index, Model({"type=Person": 6.0}, threshold=0.5))
    speaker = _by_content(statements, names)["the crossing would reopen in May"]
    assert speaker not in ("Anna Lind", "Pavel Orlov")


def test_people_named_inside_a_group_may_still_speak_for_it() -> None:
    doc, index, statements, names = _read(
        "Senators want troops\n\n"
        "Norway met Sweden on Monday. Several senators, including Mark Hale and Ann Roe, said "
        "the troops should stay.\n"
    )
    rank_speakers(doc, statements, index, Model({"type=Person": 6.0}, threshold=0.5))
    assert _by_content(statements, names)["the troops should stay"] in ("Mark Hale", "Ann Roe")


def test_a_name_missed_as_subject_of_a_conjoined_cue_is_not_replaced_by_a_bystander() -> None:
    doc, index, statements, names = _read(
        "Embassy closes\n\n"
        "Prime Minister Anna Lind praised the strike on Friday.\n\n"
        "The Japanese trade office in Oslo had suspended operations, and advised citizens to "
        "leave the country immediately.\n"
    )
    rank_speakers(doc, statements, index, Model({"type=Person": 6.0}, threshold=0.5))
    # (The actor stage keeps no actor for the trade office: its words name someone unkept.
    # An embassy is kept since embassies are bodies of their own, and speaks.)
    assert _by_content(statements, names)["citizens to leave the country immediately"] is None


def test_who_is_recalled_saying_the_words_stays_the_speaker() -> None:
    doc, index, statements, names = _read(
        "Peace push\n\n"
        "President Karl Lind appointed Senator Tom Vance as envoy in 2009.\n\n"
        '"I really want to try to do something here," Mr. Vance recalled the president '
        "telling him.\n"
    )
    # A model that trusts the cue's subject alone would give the words to Vance.
    rank_speakers(doc, statements, index, Model({"subj_of_cue": 6.0}, threshold=0.5))
    assert _by_content(statements, names)["I really want to try to do something here"] == (
        "Karl Lind"
    )


def _features(text: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """Content -> candidate's name -> its features."""
    doc, index, statements, names = _read(text)
    return {
        st.content.text: {names[c.actor]: c.features for c in cands}
        for st, cands in statement_candidates(doc, statements, index)
    }


def test_the_owner_of_the_source_words_is_marked() -> None:
    # News gives a state's ministry or officials where PolNeAR gives a name: the state that
    # owns the words is a candidate of its own kind.
    got = _features(
        "Talks resume\n\n"
        "Norway's foreign ministry said on Monday that the talks would resume in Oslo.\n"
    )
    cands = got["the talks would resume in Oslo"]
    assert "owner_of_src&type=Country" in cands["Norway"]
    assert not any(f.startswith("owner_of_src") for f in cands["Norway's foreign ministry"])


def test_a_capital_speaking_is_marked_for_every_candidate() -> None:
    # "Moscow said": the source's words are a capital, which stands for its state.
    got = _features(
        "Talks resume\n\nRussia and Ukraine met in Geneva. Moscow said the talks were useful.\n"
    )
    cands = got["the talks were useful"]
    assert set(cands) >= {"Russia", "Ukraine"}
    assert all("src=capital&type=Country" in fs for fs in cands.values())


@pytest.mark.parametrize(
    ("probs", "blocked", "threshold", "chosen"),
    [
        ([0.2, 0.8], [False, False], 0.5, 1),  # confident: the model's choice
        ([0.4, 0.6], [False, False], 0.7, 0),  # not confident enough: the rules'
        ([0.2, 0.8], [False, True], 0.5, 0),  # the best is kept out by the source's words
    ],
)
def test_the_ranker_overrules_the_rules_only_when_confident_and_allowed(
    probs: list[float], blocked: list[bool], threshold: float, chosen: int
) -> None:
    assert pick(probs, 0, ([True, True], blocked), threshold) == chosen


def test_the_latter_is_the_last_named_whatever_the_model_prefers() -> None:
    text = (
        "Talks resume\n\n"
        "Tomas Brandt met Lucia Ferrer in Oslo on Monday. The latter said the talks were useful.\n"
    )
    doc, index, statements, names = _read(text)
    # A model that prefers the subject of the sentence before would give the words to Brandt.
    rank_speakers(doc, statements, index, Model({"dep=nsubj": 6.0}, threshold=0.0))
    assert _by_content(statements, names)["the talks were useful"] == "Lucia Ferrer"
    doc, index, statements, names = _read(text.replace("The latter", "The former"))
    rank_speakers(doc, statements, index, Model({"kind=name": 6.0}, threshold=0.0))
    assert _by_content(statements, names)["the talks were useful"] == "Tomas Brandt"


def test_a_description_is_checked_against_the_titles_the_article_gives() -> None:
    got = _features(
        "Talks resume\n\n"
        "Defence Minister Karl Vos met Foreign Ministry spokeswoman Pia Lund in Oslo on Monday. "
        "The Norwegian Foreign Ministry spokeswoman told reporters that the talks were useful.\n"
    )
    cands = got["the talks were useful"]
    # The spokeswoman is the person titled so, not the minister named first.
    assert {"head_fits&type=Person", "mods_fit=some&head_fits"} <= set(cands["Pia Lund"])
    assert {"head_unfit&type=Person", "mods_fit=none"} <= set(cands["Karl Vos"])
    assert "desc_number=one&type=Person" in cands["Pia Lund"]


def test_a_plural_description_marks_the_body_it_names() -> None:
    got = _features(
        "Border stays open\n\n"
        "The Alpine Union urged Norway and Sweden on Monday to keep the border open. Alpine "
        "leaders said the crossing would stay open.\n"
    )
    # Its leaders are the union's, not one of the states named near them.
    cands = got["the crossing would stay open"]
    assert "desc_number=plural&type=Organization" in cands["Alpine Union"]
    assert "mods_fit=all&type=Organization" in cands["Alpine Union"]
    assert "mods_fit=none&type=Country" in cands["Norway"]


def test_an_office_a_pronoun_owns_may_be_its_person() -> None:
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Envoy Tomas Brandt arrived in Oslo on Monday. Norway wants the border open. His office "
        "said the crossing would reopen in May.\n"
    )
    # "His office" is no one person by its head, but the person "his" refers to may answer.
    rank_speakers(doc, statements, index, Model({"type=Person": 6.0}, threshold=0.5))
    assert _by_content(statements, names)["the crossing would reopen in May"] == "Tomas Brandt"


def test_an_actor_met_only_after_a_title_is_not_who_holds_it() -> None:
    model = Model({"type=Country": 6.0, "type=Person": 5.5}, threshold=0.3)
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Tomas Brandt arrived in Oslo on Monday. Norway wants the border open. The new envoy "
        "to Norway said the crossing would reopen in May.\n"
    )
    # The envoy is sent to Norway, not Norway itself: a model that prefers states would give
    # the words to the state the title is about.
    rank_speakers(doc, statements, index, model)
    assert _by_content(statements, names)["the crossing would reopen in May"] == "Tomas Brandt"
    # The state after the title's `of` is the one it belongs to, and may speak for it.
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Tomas Brandt arrived in Oslo on Monday. Norway and Sweden want the border open. The "
        "new envoy of Norway said the crossing would reopen in May.\n"
    )
    rank_speakers(doc, statements, index, Model({"type=Country": 6.0}, threshold=0.3))
    assert _by_content(statements, names)["the crossing would reopen in May"] == "Norway"


def test_a_spokesperson_is_not_the_minister_the_article_titles_otherwise() -> None:
    model = Model({"type=Person": 6.0}, threshold=0.3)
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Foreign Minister Lucia Ferrer met her Swedish counterpart in Oslo on Monday. The "
        "spokesperson said the crossing would reopen in May.\n"
    )
    rank_speakers(doc, statements, index, model)
    assert _by_content(statements, names)["the crossing would reopen in May"] != "Lucia Ferrer"
    # One the article titles spokesman may be "the spokesperson".
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Foreign Minister Lucia Ferrer met spokesman Tomas Brandt in Oslo on Monday. The "
        "spokesperson said the crossing would reopen in May.\n"
    )
    rank_speakers(doc, statements, index, model)
    assert _by_content(statements, names)["the crossing would reopen in May"] == "Tomas Brandt"


def test_the_premier_may_be_the_one_titled_prime_minister() -> None:
    model = Model({"type=Person": 6.0}, threshold=0.3)
    doc, index, statements, names = _read(
        "Talks on the border\n\n"
        "Prime Minister Lucia Ferrer met the Swedish envoy in Oslo on Monday. The "
        "premier said the crossing would reopen in May.\n"
    )
    rank_speakers(doc, statements, index, model)
    assert _by_content(statements, names)["the crossing would reopen in May"] == "Lucia Ferrer"


def test_a_person_named_at_the_end_of_the_source_words_is_kept() -> None:
    # "X's chief of staff Y said": the words name who speaks; a model that prefers whoever
    # spoke before (X) does not overrule the name, though it overrules a surname alone.
    doc, index, statements, names = _read(
        TEXT + "\nFerrer's chief of staff Pavel Dorn told reporters that the list was final.\n"
    )
    before = _by_content(statements, names)
    assert before["the list was final"] == "Pavel Dorn"
    rank_speakers(doc, statements, index, Model({"previous": 6.0}, threshold=0.9))
    after = _by_content(statements, names)
    assert after["the list was final"] == "Pavel Dorn"
    assert after["the list of prisoners was almost complete"] == "Lucia Ferrer"

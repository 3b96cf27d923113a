"""Bodies described apart from their state ("the exiled government", "the military junta")
are actors of their own where they take part; a state's government in plain words is not."""

from __future__ import annotations

from extract_helpers import extract


def _names(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in extract(pipeline, text).actors}


def test_rival_governments_described_in_words_are_parties(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = _names(
        pipeline,
        "Envoy meets both camps\n\n"
        "The envoy Jane Roe met on Sunday with the internationally recognised government, "
        "and later with the self-declared government in Westhaven. The self-declared "
        "government in Westhaven said it would study the plan.\n",
    )
    assert "internationally recognised government" in names
    assert "self-declared government in Westhaven" in names


def test_a_junta_that_acts_keeps_its_state_and_its_bare_mentions(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Junta extends emergency\n\n"
        "Estonia's military junta extended the state of emergency on Monday. The regional "
        "bloc asked the junta to free the detained ministers.\n",
    )
    junta = next(a for a in x.actors if a.name == "Estonia's military junta")
    assert "junta" in junta.aliases
    assert any(a.name == "Estonia" for a in x.actors)


def test_a_government_in_plain_words_or_only_ousted_is_no_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = _names(
        pipeline,
        "Army seizes power\n\n"
        "Soldiers ousted the civilian government of Latvia on Monday. The new government "
        "said the elections would be held in May.\n",
    )
    assert not any("government" in n for n in names)


def test_a_coalition_led_by_a_state_is_a_body_though_named_with_a(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = _names(
        pipeline,
        "Rebels free prisoners\n\n"
        "The rebels have been fighting against an Estonian-led military alliance since 2019. "
        "On Monday they freed forty prisoners held by the Latvia-led coalition.\n",
    )
    assert "Latvia-led coalition" in names


def test_a_junta_needs_no_modifier_to_be_a_body_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A junta is the military holding a state's power: "the junta" alone sets it apart from
    # its state.
    x = extract(
        pipeline,
        "Bloc waits for reply\n\nTallinn • X\n\n"
        "The regional bloc's envoy Mara Vint arrived in Tallinn on Tuesday. The junta said "
        "it would hold no vote before 2030.\n",
    )
    junta = next(a for a in x.actors if a.name == "junta")
    assert junta.type == "Organization"


def test_a_bare_junta_is_the_junta_the_story_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Bloc waits for reply\n\n"
        "Lithuania's junta rejected the bloc's offer of talks on Tuesday. The junta said "
        "it would hold no vote before 2030, and the bloc's envoy Mara Vint left Vilnius.\n",
    )
    juntas = [a for a in x.actors if "junta" in a.name]
    assert [a.name for a in juntas] == ["Lithuania's junta"]


def test_a_junta_word_that_only_modifies_a_title_is_no_mention_of_the_junta() -> None:
    # "junta chief Ivo Tamm" names the chief; the junta is mentioned where it stands alone.
    from extract_helpers import article

    from kg import gazetteer, nlp
    from kg.extract.actors import ActorFinder

    art = article(
        "Chief meets envoy\n\nTallinn • X\n\n"
        "The junta said on Monday it would free the ministers. Later junta chief Ivo Tamm "
        "met the envoy Rita Ots in Tallinn.\n"
    )
    index = ActorFinder(gazetteer.default())(nlp.load()(art.text), art)
    junta = next(a for a in index.actors if a.name == "junta")
    said = [art.text[m.start : m.end + 5] for m in index.mentions if m.actor == junta.id]
    assert "junta said" in said
    assert "junta chie" not in said


def test_juntas_of_two_states_stay_two_bodies(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The owning state is part of who a junta is: two states' juntas never merge.
    x = extract(
        pipeline,
        "Neighbours sign pact\n\nRiga • X\n\n"
        "Latvia's junta signed a border pact with Estonia's junta on Friday. Latvia's "
        "junta said the pact was fair, and Estonia's junta called it a first step.\n",
    )
    juntas = sorted(a.name for a in x.actors if "junta" in a.name)
    assert juntas == ["Estonia's junta", "Latvia's junta"]


def test_a_bare_junta_joins_the_junta_the_model_named() -> None:
    # The model names the junta by its full title; the later "the junta" is that body, not a
    # second one (`_named_bodies`).
    index = _index(
        "Bloc waits for reply\n\nTallinn • X\n\n"
        "The Supreme Military Junta of Estland rejected the bloc's offer of talks on Tuesday. "
        "On Wednesday the junta said it would hold no vote before 2030.\n"
    )
    juntas = [a.name for a in index.actors if "junta" in a.name.lower()]
    assert juntas == ["Supreme Military Junta of Estland"]


def test_a_junta_without_a_state_is_kept_within_its_article() -> None:
    # "the junta" alone names no one body across stories: its key holds the article's.
    index = _index(
        "Bloc waits for reply\n\nTallinn • X\n\n"
        "The junta said on Monday that it would hold no vote before 2030.\n"
    )
    junta = next(a for a in index.actors if a.name == "junta")
    assert junta.key.startswith("organization/junta-") and junta.key != "organization/junta"


def _index(text: str):  # type: ignore[no-untyped-def]
    from extract_helpers import article

    from kg import gazetteer, nlp
    from kg.extract.actors import ActorFinder

    art = article(text)
    return ActorFinder(gazetteer.default())(nlp.load()(art.text), art)


def test_a_described_government_is_the_one_government_the_story_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The description sets the body apart from no other government of the story: it is the
    # one the story names, not a second party.
    x = extract(
        pipeline,
        "Talks resume\n\n"
        "The Government of National Accord said on Monday it would attend the talks. The "
        "internationally recognised government said it wanted a ceasefire first.\n",
    )
    names = {a.name for a in x.actors}
    assert "internationally recognised government" not in names
    gna = next(a for a in x.actors if a.name == "Government of National Accord")
    assert "internationally recognised government" in gna.aliases
    assert {s.speaker for s in x.statements} == {gna.id}


def test_a_described_government_is_the_state_whose_government_the_text_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Truce plan rejected\n\n"
        "The Latvian government rejected the plan on Sunday. The transitional government "
        "said on Monday it would not sign the deal.\n",
    )
    assert "transitional government" not in {a.name for a in x.actors}
    latvia = next(a for a in x.actors if a.name == "Latvia")
    assert "transitional government" in latvia.aliases


def test_two_governments_leave_the_described_one_a_body_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    names = _names(
        pipeline,
        "Rival camps meet\n\n"
        "The Government of National Accord and the Latvian government met on Sunday. The "
        "internationally recognised government said it would not attend.\n",
    )
    assert "internationally recognised government" in names


def test_a_junta_is_the_military_body_the_story_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    # A junta is a state's military holding power: "the military junta" after "the
    # Transitional Military Council" is that council.
    x = extract(
        pipeline,
        "Deal delayed\n\n"
        "The Transitional Military Council met the protest leaders on Monday. The proposal "
        "was delayed, as the military junta retracted from a previous agreement.\n",
    )
    names = {a.name for a in x.actors}
    assert "military junta" not in names
    council = next(a for a in x.actors if a.name == "Transitional Military Council")
    assert "military junta" in council.aliases


def test_a_state_owns_the_bodies_its_name_opens_in_whole_words() -> None:
    # "Nigerian military" opens with Niger's letters, not with its name: Niger's junta is not
    # that body (`_named_bodies`); nor is a Guinea-Bissau body Guinea's.
    from kg import gazetteer
    from kg.extract.actor_described import _named_bodies, _starts_with_words

    index = _index(
        "Bloc waits for reply\n\n"
        "The Nigerian military said on Monday it would not intervene in the dispute.\n"
    )
    assert "Nigerian military" in {a.name for a in index.actors}
    assert _named_bodies(index, "junta", gazetteer.default().lookup("Niger")) == []
    assert not _starts_with_words("Guinea-Bissau military", "Guinea")
    assert _starts_with_words("Niger's military", "Niger")


def test_a_body_of_another_state_ending_in_the_name_is_a_government_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Transitional Government of South Sudan" is not Sudan's government: with the
    # Sudanese government the story names two, and the described one stays a body.
    x = extract(
        pipeline,
        "Talks resume\n\n"
        "The Transitional Government of South Sudan said on Monday it would attend the talks. "
        "The Sudanese government rejected the plan. The internationally recognised "
        "government said it wanted a ceasefire first.\n",
    )
    names = {a.name for a in x.actors}
    assert "internationally recognised government" in names
    sudan = next(a for a in x.actors if a.name == "Sudan")
    assert "internationally recognised government" not in sudan.aliases

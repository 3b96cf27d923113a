"""Pieces of names (invented texts): a hyphened surname the model cut at its hyphen is
whole, a name in another script in brackets glosses the name before it, a closing byline in
brackets credits writers, and one reader of a bracketed member list serves every stage."""

from __future__ import annotations

from extract_helpers import extract

from kg.extract.actor_lists import bracket_after, members_after
from kg.extract.index import ActorIndex, Mention


def _people(pipeline, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in extract(pipeline, text).actors if a.type == "Person"}


def test_a_hyphened_surname_cut_at_its_hyphen_is_one_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    people = _people(
        pipeline,
        "Mediators return to Dakar\n\n"
        "The talks were co-chaired by Prime Minister of Gabon Odile Mbeki-Tanoh and the envoy "
        "of the bloc on Monday evening.\n\n"
        "Envoy Ruth Amadi-Okoro told reporters a second round was planned.\n",
    )
    assert "Ruth Amadi-Okoro" in people
    assert not people & {"Ruth Amadi", "Odile Mbeki"}


def test_a_name_in_another_script_in_brackets_is_no_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.actor_candidates import Cand
    from kg.extract.actor_junk import drop_non_actors

    text = "Council spokesman Lo Wen-pei (羅文培) said on Tuesday that talks would go on."
    doc = pipeline.nlp(text)
    clusters: dict[str, list[Cand]] = {}
    for name in ("Lo Wen-pei", "羅文培"):
        at = text.index(name)
        clusters[f"per:{name}"] = [Cand(at, at + len(name), name, "PERSON")]
    drop_non_actors(doc, clusters)
    assert list(clusters) == ["per:Lo Wen-pei"]
    # (Outside brackets, a name in another script stays: the story may write it alone.)
    loose = "The spokesman 羅文培 said on Tuesday that talks would go on."
    at = loose.index("羅文培")
    alone = {"per:x": [Cand(at, at + 3, "羅文培", "PERSON")]}
    drop_non_actors(pipeline.nlp(loose), alone)
    assert list(alone) == ["per:x"]


def test_a_closing_byline_in_brackets_credits_writers() -> None:
    from kg.extract.wire_furniture import credit_spans

    line = "(By Tove Lindqvist, Amar Sethi-Rao and Nell Farrow)"
    text = f"Talks resume\n\nThe envoys met on Monday.\n\n{line}\n\nEnditem/XY\n"
    assert line in [text[s:e] for s, e in credit_spans(text)]
    prose = "Talks resume\n\nThe envoys met (by Monday, they had agreed).\n"
    assert credit_spans(prose) == []


def test_the_writers_of_a_closing_byline_are_not_actors(pipeline) -> None:  # type: ignore[no-untyped-def]
    people = _people(
        pipeline,
        "Ministers meet on fishing rights\n\n"
        "Fisheries Minister Dara Quillon said on Monday that the quota talks had gone well.\n\n"
        "(By Ilse Marrow, Joss Penhale and Kit Varga)\n\nEnditem/XY\n",
    )
    assert "Dara Quillon" in people
    assert not people & {"Ilse Marrow", "Joss Penhale", "Kit Varga"}


def test_members_after_reads_the_bracket_right_after_a_noun() -> None:
    text = "the mediators (Arland, Belmora and Cardis) said; the tour (Delmar) ended"
    index = ActorIndex()
    for name, actor in [("Arland", "a1"), ("Belmora", "a2"), ("Cardis", "a3"), ("Delmar", "a4")]:
        at = text.index(name)
        index.mentions.append(Mention(at, at + len(name), actor))
    noun_end = text.index("mediators") + len("mediators")
    assert [m.actor for m in members_after(text, noun_end, index)] == ["a1", "a2", "a3"]
    assert bracket_after(text, text.index(" said")) is None  # (no bracket right after)
    assert members_after(text, text.index("mediators"), index) == []  # (a word goes between)


def _actors(pipeline, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a.name: a.type for a in extract(pipeline, text).actors}


def test_an_acronym_after_a_body_name_ending_on_a_place_is_the_bodys(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        pipeline,
        "Chad seeks an end to the rebels\n\n"
        "Chad wants the disbanding of a rival militia, the Popular Forces for the "
        "Liberation of Chad (PFLC), which exiles formed in 1998.\n"
        "The deal calls for the disarmament of the PFLC.\n",
    )
    assert found.get("Popular Forces for the Liberation of Chad") == "Organization"


def test_the_state_of_a_title_no_one_is_named_for_acts_where_the_title_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        pipeline,
        "Leaders hold a mini-summit\n\n"
        "The plan was drafted at a small gathering between the Prime Minister of Gabon, "
        "President of Chad, Prime Minister of Niger and President of Mali.\n",
    )
    assert {"Gabon", "Chad", "Niger", "Mali"} <= set(found)


def test_a_state_named_with_its_title_holder_is_no_actor_by_the_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        pipeline,
        "Envoy meets president\n\n"
        "The envoy met the President of Chad, Idriss Kamara, in the capital on Monday.\n",
    )
    assert "Chad" not in found


def test_a_state_alongside_another_in_an_act_is_a_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        pipeline,
        "Mediators press on\n\n"
        "Norway has for a year been mediating the talks alongside Chile and Peru, officials "
        "said on Monday.\n",
    )
    assert {"Norway", "Chile", "Peru"} <= set(found)


def test_an_initiative_whose_talks_the_story_names_is_a_process(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        pipeline,
        "Peace talks to resume\n\n"
        "The president has named the government delegation to the Kelora Initiative, the "
        "mediator said in a letter to the parties.\n\n"
        '"Under the Kelora Peace Initiative, the sessions restart on Monday," the letter '
        "said.\n",
    )
    assert not any("Initiative" in n for n in found)


def test_an_initiative_the_story_writes_as_a_body_stays() -> None:
    from kg.extract.actor_candidates import Cand
    from kg.extract.actor_junk import _a_process

    text = "The Nuclear Danger Initiative said on Monday that the plan was sound."
    body = [Cand(4, 29, "Nuclear Danger Initiative", "ORG")]
    assert not _a_process(text, body)
    talks = "The Danger Initiative talks resumed. The Danger Initiative said so."
    assert _a_process(talks, [Cand(4, 21, "Danger Initiative", "ORG")])


def test_a_body_whose_unnamed_head_acts_is_a_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        pipeline,
        "Traders sign deals\n\n"
        "The President of the Chamber of Commerce of Chad signed three deals on Monday.\n",
    )
    assert "Chamber of Commerce of Chad" in found


def test_a_body_name_cut_at_of_before_another_body_name_is_one_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.name_spans import whole_names

    doc = pipeline.nlp(
        "Chad's two envoys and the head of the Union of Chadian Chambers of Industry signed "
        "three deals in Niamey on Monday."
    )
    names = [e.text for e, nested in whole_names(doc) if not nested]
    assert "the Union of Chadian Chambers of Industry" in names
    assert "the Union" not in names

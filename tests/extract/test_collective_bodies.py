"""Collective bodies a story names as a group ("the Co-Chairs", "the Special Envoys", "the
Troika"): one actor with its members, the speaker of what the group and a "they" after it say."""

from __future__ import annotations

from extract_helpers import extract, speakers_by_content

ENVOYS = (
    "Harbour talks resume\n\n"
    "The Joint Mediators for Eastland (from Norway, Canada and the Arab League) gathered in "
    "Vienna on Tuesday with the rebel leadership.\n\n"
    "The Joint Mediators voiced strong backing for a lasting truce along the river. They "
    "warned that attacks on aid convoys would carry a heavy price. They also said a second "
    "round could open within weeks.\n"
)


def test_a_capitalised_group_with_a_member_list_is_one_actor_and_speaks() -> None:
    index, got = speakers_by_content(ENVOYS)
    groups = [a for a in index.actors if a.name == "Joint Mediators for Eastland"]
    assert len(groups) == 1
    group = groups[0]
    assert group.type == "Organization"
    members = {index.by_id(m).name for m in group.members}
    assert {"Norway", "Canada"} <= members
    # The group and the "they" after it speak, not a member listed beside it.
    assert got["strong backing for a lasting truce along the river"][0] == group.name
    assert got["attacks on aid convoys would carry a heavy price"][0] == group.name
    assert got["a second round could open within weeks"][0] == group.name


def test_a_group_named_by_its_number_is_an_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Border deal signed\n\n"
        "Norway, Canada and Chile, known as the Quartet that backs the process, welcomed the "
        "deal signed by the two governments on Friday.\n",
    )
    quartet = [a for a in x.actors if a.name == "Quartet"]
    assert quartet and quartet[0].members
    # Its members coordinated as the subject: the first of them speaks, as for any pair.
    names = {a.id: a.name for a in x.actors}
    assert [names.get(s.speaker or "") for s in x.statements] == ["Norway"]


def test_a_group_spelt_out_as_named_people_speaks_through_the_first(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Envoys meet\n\n"
        "On Monday the Co-Chairs of the Lakeside Talks, Anna Berg, Piet Molen and Sara Quist, "
        "said that the next round would open in May.\n",
    )
    names = {a.id: a.name for a in x.actors}
    said = [s for s in x.statements if "next round" in s.content.text]
    assert said and names.get(said[0].speaker or "") == "Anna Berg"


def test_a_headline_capital_alone_makes_no_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Eastland Facilitators Ready To Resume Talks\n\n"
        "The facilitators of the stalled talks said on Sunday that they stood ready to resume "
        "them.\n",
    )
    assert not [a for a in x.actors if "facilitators" in a.name.lower()]


def test_the_group_alone_and_its_they_speak_as_one() -> None:
    index, got = speakers_by_content(
        "Lake talks end\n\n"
        "The fifth round of the Lakeside Talks closed in Geneva on Thursday, with the "
        "Co-Chairs urging restraint along the shore. The Co-Chairs told the delegates about "
        "plans for a monitoring office. They thanked the hosts for the arrangements.\n"
    )
    group = next(a.name for a in index.actors if "Co-Chairs" in a.name)
    assert got["plans for a monitoring office"][0] == group
    assert got["the hosts for the arrangements"][0] == group


def test_two_groups_with_one_head_word_are_two_actors() -> None:
    # Two bodies of envoys, told apart by their capitalised names: each speaks for itself.
    index, got = speakers_by_content(
        "Valley talks\n\n"
        "The Special Envoys for Eastland met the rebel council in Brell on Tuesday. Later the "
        "Coastal League Envoys said the harbour should stay open to grain ships.\n"
    )
    names = {a.name for a in index.actors if "Envoys" in a.name}
    assert "Special Envoys for Eastland" in names
    assert got["the harbour should stay open to grain ships"][0] != "Special Envoys for Eastland"


def test_a_group_is_no_one_body_across_stories(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, ENVOYS)
    group = next(a for a in x.actors if a.name == "Joint Mediators for Eastland")
    assert group.key != "organization/joint-mediators-for-eastland"
    assert group.key.startswith("organization/joint-mediators-for-eastland-")


def test_the_envoys_of_a_state_are_its_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    x = extract(
        pipeline,
        "Rebels meet envoys\n\n"
        "Norway sent a delegation to the border town. The Envoys of Norway met the rebel "
        "council in Brell on Monday and said the road to the port would reopen soon.\n",
    )
    assert not [a for a in x.actors if "Envoys" in a.name]


def test_a_group_listed_as_people_speaks_later_through_the_first(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The group is spelt out as three named people when it is introduced; what "the
    # Co-Chairs" say afterwards is told of the first of them, as of any coordination of people.
    x = extract(
        pipeline,
        "Envoys meet\n\n"
        "The Co-Chairs of the Lakeside Talks (Anna Berg, Piet Molen and Sara Quist) met the "
        "delegations on Monday. The Co-Chairs said that the next round would open in May.\n",
    )
    names = {a.id: a.name for a in x.actors}
    said = [s for s in x.statements if "next round" in s.content.text]
    assert said and names.get(said[0].speaker or "") == "Anna Berg"

"""Sub-bodies, offices and delegations built as actors (bod34): a person's office named by a
pronoun speaks as a body of its own; a state's delegation keeps the forum it is sent to in its
name; delegations named by a capital, by a group's member word or in a pair of sides."""

from __future__ import annotations

import pytest
from extract_helpers import article, extract, speaker

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.pipeline import Pipeline
from kg.model import Actor


def _actors(text: str) -> list[Actor]:
    art = article(text)
    return ActorFinder(gazetteer.default())(nlp.load()(art.text), art).actors


def _delegations(text: str) -> list[str]:
    return sorted(a.name for a in _actors(text) if a.type == "Delegation")


def test_a_delegation_keeps_the_forum_it_is_sent_to() -> None:
    names = _delegations(
        "Talks resume\n\nOldtown • X\n\n"
        "The Estonian delegation to the Border Settlement Commission handed over a list of "
        "names on Monday, the mediator Pia Lund said.\n"
    )
    assert names == ["Estonian delegation to the Border Settlement Commission"]


def test_a_delegation_to_a_state_is_no_forum() -> None:
    """Guard, passes without its change too: a delegation sent to a state is its sender's."""
    names = _delegations(
        "Visit\n\nOldtown • X\n\n"
        "The Estonian delegation to the Netherlands met the trade minister on Monday.\n"
    )
    assert names == ["Estonian delegation"]


def test_delegations_named_by_their_capitals() -> None:
    names = _delegations(
        "Talks resume\n\nOldtown • X\n\n"
        "The mediator Pia Lund will meet separately with the delegations of Tallinn and "
        "Riga on Monday.\n"
    )
    assert names == ["delegation of Riga", "delegation of Tallinn"]


def test_a_group_named_in_the_plural_sends_the_delegation_of_its_member_word() -> None:
    names = _delegations(
        "Talks stall\n\nOldtown • X\n\n"
        "The Houthis rejected the plan on Monday, their leader Karim al-Houthi said. The "
        "talks collapsed once the Houthi delegation stayed away from Oldtown.\n"
    )
    assert names == ["Houthi delegation"]


def test_a_pair_of_sides_names_two_delegations() -> None:
    names = _delegations(
        "Talks delayed\n\nOldtown • X\n\n"
        "The truce meeting in Oldtown slipped by a week, as the rebel and government "
        "delegations told reporters on Saturday.\n"
    )
    assert names == ["government delegation", "rebel delegation"]


def test_a_pair_of_a_side_and_a_named_body() -> None:
    names = _delegations(
        "Talks delayed\n\nOldtown • X\n\n"
        "The Northern Freedom Front rejected the agenda. The government and Northern "
        "Freedom Front delegations refused to share one table on Monday.\n"
    )
    assert "government delegation" in names and len(names) == 2


def test_a_team_takes_the_name_delegation_where_the_text_uses_it() -> None:
    names = _delegations(
        "Talks in Oldtown\n\nOldtown • X\n\n"
        "The Estonian team arrived in Oldtown on Monday. Fish quotas top the list of the "
        "Estonian delegation, the mediator Pia Lund said.\n"
    )
    assert names == ["Estonian delegation"]


# An office's words: the story, a word of the saying, its speaker and the body it came `via`.
OFFICE_SAYINGS = [
    pytest.param(
        "Prime Minister Tomas Varga of Eastland met the visiting envoy Pia Lund on Monday. "
        "Varga visited the northern crossing on Monday to inspect the new bridge, his office "
        "said in a note to reporters.",
        "northern crossing",
        "Varga's office",
        None,
        id="his office speaks as the office of its owner",
    ),
    pytest.param(
        "Foreign Minister Ana Rudd of Westland spoke to reporters on Sunday.\n\n"
        "A statement by her office said Rudd received the visiting trade commissioner and "
        "the two discussed tariffs on grain.",
        "tariffs on grain",
        "Rudd's office",
        None,
        id="a statement by her office is the office's",
    ),
    pytest.param(
        "Prime Minister Tomas Varga of Eastland on Monday urged both parties to respect the "
        "truce along the river, his office said.",
        "truce along the river",
        "Tomas Varga",
        "Varga's office",
        id="his office relaying its owner's words gives the owner",
    ),
    pytest.param(
        "Prime Minister Tomas Varga of Eastland on Monday offered to host the next round of "
        "the river talks, his office said.",
        "host the next round",
        "Tomas Varga",
        "Varga's office",
        id="an offer its owner made is the owner's",
    ),
    pytest.param(
        "The office of the EU envoy to Cyprus, Pia Lund, announced on Monday that the two "
        "parties had agreed to free all detainees held since the spring.",
        "free all detainees",
        "office of the EU envoy to Cyprus",
        None,
        id="the office of an envoy speaks for the envoy",
    ),
    pytest.param(
        "Westland Foreign Minister Ana Rudd met the visiting envoy in Oldtown on Monday, her "
        "office said. Trade and border crossings were discussed, the foreign ministry said.",
        "visiting envoy",
        "foreign ministry",
        None,
        id="a minister's office is the ministry the story names",
    ),
]


@pytest.mark.parametrize(("body", "word", "who", "via"), OFFICE_SAYINGS)
def test_an_offices_saying_has_its_speaker(
    pipeline: Pipeline, body: str, word: str, who: str, via: str | None
) -> None:
    x = extract(pipeline, f"Office news\n\nOldtown • X\n\n{body}\n")
    st = next(st for st in x.statements if word in st.content.text)
    assert speaker(x, st.speaker) == who
    assert (speaker(x, st.via) if st.via else None) == via


def test_a_bare_ministry_is_the_one_of_its_kind_named_before(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Ministers discuss grain\n\nOldtown • X\n\n"
        '"Exports must resume soon," the Russian Foreign Ministry said on Monday.\n\n'
        "The two ministers also discussed the war in Syria.\n\n"
        '"Both sides want calm on the border with Syria," the Foreign Ministry said.\n',
    )
    calm = next(st for st in x.statements if "calm on the border" in st.content.text)
    exports = next(st for st in x.statements if "Exports must resume" in st.content.text)
    assert calm.speaker == exports.speaker
    assert not any("Syria" in a.name and a.type == "Organization" for a in x.actors)


def test_his_accompanying_delegation_is_his_states(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Premier receives trade minister\n\nOldtown • X\n\n"
        "Prime Minister Tomas Varga received the visiting Norwegian Trade Minister Ola Berg "
        "and his accompanying delegation in Oldtown on Monday, and the two discussed fish "
        "exports.\n",
    )
    delegations = [a for a in x.actors if a.type == "Delegation"]
    assert [a.name for a in delegations] == ["Norwegian delegation"]
    assert "his accompanying delegation" in delegations[0].aliases


def test_its_delegation_is_the_delegation_of_the_state_named_before(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Truce talks\n\nOldtown • X\n\n"
        "The mediator told Sweden that Norway agreed to add a civilian envoy to its "
        "delegation for the next round.\n",
    )
    assert "Norwegian delegation" in [a.name for a in x.actors if a.type == "Delegation"]


def test_two_people_of_one_surname_get_two_offices(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Border talks\n\nOldtown • X\n\n"
        "President Ana Park of Eastland toured the river port on Monday, her office said.\n\n"
        "Defence Minister Tomas Park of Westland inspected the northern garrison on Tuesday, "
        "his office said.\n",
    )
    port = next(st for st in x.statements if "river port" in st.content.text)
    garrison = next(st for st in x.statements if "northern garrison" in st.content.text)
    assert port.speaker != garrison.speaker
    assert speaker(x, port.speaker) == "Ana Park's office"


def test_an_office_takes_the_family_name_written_first(pipeline: Pipeline) -> None:
    x = extract(
        pipeline,
        "Leader tours dam\n\nOldtown • X\n\n"
        "Chairman Kim Sol Chan of Eastland visited the new dam on Monday. Kim later inspected "
        "the border posts on the eastern ridge, his office said.\n",
    )
    offices = [a.name for a in x.actors if a.name.endswith("office")]
    assert offices == ["Kim's office"]

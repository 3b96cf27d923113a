"""No actor without a name: the actor index refuses a blank one where actors are made, so no
stage after it (a surname read as the name's last word, a title's portfolio) meets one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from extract_helpers import extract

from kg.extract.actor_missions import add_body
from kg.extract.delegations import country_actor
from kg.extract.index import ActorIndex
from kg.gazetteer import Entry

EXTRACT_DIR = Path(__file__).resolve().parents[2] / "kg" / "extract"


@pytest.mark.parametrize("blank", ["", " ", "\n", " \t "])
def test_index_refuses_a_blank_name(blank: str) -> None:
    index = ActorIndex()
    assert index.new("Jane Roe", "Person", "person/jane-roe") is not None
    assert index.new(blank, "Organization", "organization/x") is None
    assert [a.name for a in index.actors] == ["Jane Roe"]
    # The next actor takes the id the refused one would have had: ids count actors.
    made = index.new("Example Council", "Organization", "organization/example-council")
    assert made is not None and made.id == "a2"


def test_rename_keeps_a_name() -> None:
    index = ActorIndex()
    actor = index.new("Council", "Organization", "organization/council")
    assert actor is not None
    assert not index.rename(actor, "   ", "organization/")
    assert (actor.name, actor.key) == ("Council", "organization/council")
    assert index.rename(actor, "Example Council", "organization/example-council")
    assert actor.name == "Example Council"


def test_callers_cope_with_a_refused_actor() -> None:
    index = ActorIndex()
    # A state entry without a name gives no actor, and its caller no id.
    assert country_actor(index, Entry(id="x", name=" ", type="Country")) is None
    # A body whose words are the article alone: no body, and no mention of one.
    found: dict[str, str] = {}
    add_body(index, found, "ministry:x", "the ", None, 10, 14)
    assert index.actors == [] and index.mentions == [] and found == {}
    # A body with a name keeps it when the fuller form offered is blank.
    add_body(index, found, "ministry:y", "Example Ministry", None, 0, 16)
    add_body(index, found, "ministry:y", "the " + " " * 20, None, 20, 44)
    assert [(a.name, a.key) for a in index.actors] == [
        ("Example Ministry", "organization/example-ministry")
    ]


def test_actors_are_made_by_the_index_only() -> None:
    """Every `Actor(...)` of the extraction is the index's, where the name is checked."""
    makers = []
    for path in sorted(EXTRACT_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Actor"
            ):
                makers.append(path.name)
    assert makers == ["index.py"]


# Texts whose words could give a name with nothing in it: a title alone, honorifics alone,
# punctuation where names stand, editors' brackets, possessive endings, empty paragraphs,
# quotation marks alone, a dateline alone.
ODD_TEXTS = [
    "Minister\n\nMinister.\n",
    "President\n\nThe President said. The Minister said. President, Minister.\n",
    "Mr.\n\nMr. said it. Mrs. told them. Dr. and Ms. and Sen. agreed.\n",
    "Ambassador\n\nThe Ambassador, the Envoy and the Special Envoy met the Foreign Minister.\n",
    "...\n\n— — —\n\n- / – / — said the - - of the / /.\n",
    "[ ]\n\n[ ] said [ ]. [Mr.] [the] met [ ] in [ ].\n",
    "’s\n\n’s ’s the ’s said. The ’s delegation met the ' delegation.\n",
    "Talks\n\n\n\n\n\nThe talks ended.\n\n\n\n\n\n",
    "Quotes\n\n“”\n\n“ ” “...” he said. \"\" she said. ' ' they said.\n",
    "Talks\n\nMOSCOW • Example News\n\nMOSCOW:\n",
    "Talks\n\nGENEVA, May 3 (Example News) -\n",
    "Campaign\n\nThe ’s campaign said. The campaign of the said.\n",
    "Delegations\n\nThe delegation of the delegation met the delegations of and .\n",
    "Government\n\nThe government of said. The Government of , the Government of - said.\n",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_texts_give_no_blank_actor(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    x = extract(pipeline, text)
    assert all(a.name.strip() for a in x.actors), [a.name for a in x.actors]
    # Every later use of a name has a word to read.
    assert all(a.name.split()[-1] for a in x.actors)


def test_blank_names_never_reach_the_extraction(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Property-style: odd pieces joined into articles in every rotation, a named person
    after them, give actors with names only, and the person is still one of them."""
    pieces = [
        "Minister.",
        "“ ”",
        "[ ] said.",
        "— —",
        "The ’s said.",
        "",
        "Mr. said.",
        "GENEVA:",
    ]
    named = "Jane Roe, the Example Council's chair, said the talks would resume."
    for shift in range(len(pieces)):
        order = pieces[shift:] + pieces[:shift] + [named]
        text = "Odd pieces\n\n" + "\n\n".join(order) + "\n"
        x = extract(pipeline, text)
        names = [a.name for a in x.actors]
        assert all(n.strip() for n in names), (shift, names)
        assert any(n == "Jane Roe" for n in names), (shift, names)


def test_dropping_an_actor_clears_what_the_kept_ones_say_of_it() -> None:
    from kg.model import Role, Span

    index = ActorIndex()
    state = index.new("Eastland", "Country", "country/eastland")
    other = index.new("Westland", "Country", "country/westland")
    envoy = index.new("Jane Roe", "Person", "person/jane-roe")
    team = index.new("Eastland delegation", "Delegation", "delegation/eastland")
    assert state and other and envoy and team
    envoy.country = state.id
    envoy.roles = [Role("envoy", Span.of("the Eastland envoy", 4, 18), of=state.id)]
    team.country = other.id
    team.members = [envoy.id, state.id]
    index.drop({state.id})
    assert [a.name for a in index.actors] == ["Westland", "Jane Roe", "Eastland delegation"]
    assert envoy.country is None and envoy.roles[0].of is None
    # What names an actor that stays is kept.
    assert team.country == other.id and team.members == [envoy.id]

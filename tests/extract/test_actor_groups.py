"""A group named by its members' plural, by their word with a group noun ("movement",
"militia") and by the word alone is one body (invented names)."""

from __future__ import annotations

from kg.extract.actor_candidates import Cand
from kg.extract.actor_names import join_groups
from kg.gazetteer import Entry


def _cand(text: str, key: str, label: str = "ORG", entry: Entry | None = None) -> Cand:
    return Cand(0, len(text), text, label, entry=entry, cluster=key)


def test_the_word_with_a_group_noun_joins_the_word_alone() -> None:
    clusters = {
        "org:varani movement": [_cand("Varani movement", "org:varani movement")],
        "org:varani": [_cand("Varani", "org:varani"), _cand("Varani", "org:varani")],
    }
    join_groups(clusters)
    assert list(clusters) == ["org:varani movement"]
    assert len(clusters["org:varani movement"]) == 3


def test_a_state_and_a_body_of_its_word_stay_apart() -> None:
    state = Entry(id="ruritania", name="Ruritania", type="Country")
    clusters = {
        "ruritania": [_cand("Ruritanias", "ruritania", "GPE", state)],
        "org:ruritania group": [_cand("Ruritania group", "org:ruritania group")],
    }
    join_groups(clusters)
    assert set(clusters) == {"ruritania", "org:ruritania group"}


def test_two_bodies_of_one_word_leave_the_word_alone() -> None:
    clusters = {
        "org:varani movement": [_cand("Varani movement", "org:varani movement")],
        "org:varani rebels": [_cand("Varani rebels", "org:varani rebels")],
        "org:varani": [_cand("Varani", "org:varani")],
    }
    join_groups(clusters)
    assert set(clusters) == {"org:varani movement", "org:varani rebels", "org:varani"}


def test_a_people_s_name_never_joins_a_group() -> None:
    clusters = {
        "org:varani": [_cand("Varani", "org:varani")],
        "per:varanis": [_cand("Varanis", "per:varanis", "PERSON")],
    }
    join_groups(clusters)
    assert set(clusters) == {"org:varani", "per:varanis"}

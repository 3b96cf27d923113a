"""Speaker classes seen on stories no rule was tuned on: a name folded into an opening phrase,
a participle of saying hung on the reported clause, a part of a group that names its members,
and a pronoun in words a relay reports after them."""

from __future__ import annotations

from extract_helpers import article
from spacy.tokens import Doc

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder
from kg.extract.discourse import Discourse
from kg.extract.speakers import fronted_subject
from kg.extract.statements import StatementFinder


def speakers(text: str) -> dict[str, str | None]:
    """Cue -> the name of the speaker the stage found for it."""
    art = article(text)
    doc = nlp.load()(art.text)
    idx = Discourse(gazetteer.default())(doc, art, ActorFinder(gazetteer.default())(doc, art))
    name = {a.id: a.name for a in idx.actors}
    return {s.cue.text: name.get(s.speaker or "") for s in StatementFinder()(doc, art, idx)}


def test_name_folded_into_an_opening_phrase_speaks() -> None:
    # The parse the model gives some wire copy: the name as an apposition of the opening
    # phrase's last noun, and the verb of saying without a subject.
    words = ["In", "talks", "with", "his", "counterpart", ",", "Minister", "Berg", "said", "it"]
    heads = [8, 0, 1, 4, 2, 4, 7, 4, 8, 8]
    deps = ["prep", "pobj", "prep", "poss", "pobj", "punct", "compound", "appos", "ROOT", "dobj"]
    pos = ["ADP", "NOUN", "ADP", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PRON"]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos)
    subj = fronted_subject(doc[8])
    assert subj is not None and subj.text == "Berg"
    # Without the comma that sets the name off, it is the phrase's own.
    words[5] = "and"
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert fronted_subject(doc[8]) is None


def test_participle_after_a_reported_clause_is_the_reporters() -> None:
    got = speakers(
        "Talks\n\nOslo • X\n\nJonas Berg said the two delegations will hold a second round "
        "in Bergen on Monday, adding that several trade accords would also be signed.\n"
    )
    assert got.get("said") == "Jonas Berg"
    assert got.get("adding") == "Jonas Berg"


def test_part_of_a_group_naming_its_members() -> None:
    got = speakers(
        "Vote\n\nOslo • X\n\nA number of other states, including Chile and Portugal, have "
        "said they back the resolution.\n"
    )
    assert got.get("said") == "Chile"


def test_pronoun_in_words_a_relay_reports_is_not_the_relay() -> None:
    got = speakers(
        "Call\n\nOslo • X\n\nJonas Berg told his Danish counterpart that Norway welcomes the "
        "accord, spokesman Erik Dahl said. He stressed that talks remain the only way, Dahl "
        "added.\n"
    )
    assert got.get("told") == "Jonas Berg"
    assert got.get("stressed") == "Jonas Berg"


def test_pronoun_reporting_words_about_someone_is_not_them() -> None:
    got = speakers(
        "Talks\n\nOslo • X\n\nJonas Berg ruled out new talks with his rival. Lars Holm "
        '"is not a partner for peace," he told the assembly.\n'
    )
    assert got.get("told") == "Jonas Berg"


def test_member_named_at_the_close_of_its_description_speaks() -> None:
    # The parser hangs the name on the last noun of the description, not on "member".
    got = speakers(
        "Truce\n\nOslo • X\n\nBoth Chile and Peru belong to the Andean Community and the "
        "Pacific Alliance. The largest member of the Pacific Alliance and the Andean "
        "Community, Brazil, welcomed news of the truce.\n"
    )
    assert got.get("welcomed") == "Brazil"

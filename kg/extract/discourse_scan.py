"""What the discourse stage's reader asks of each word before reading it: whether it may be a
reference at all (by the doc's columns, no `Token` made), and how a word it meets enters the
history (`Seen`): as a subject, of which verb, in which clause."""

from __future__ import annotations

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from kg.extract.discourse_seen import VOICE_NOUNS, Seen
from kg.extract.discourse_words import (
    FEMALE,
    MALE,
    MEMBER_NOUNS,
    NEUTER,
    PERSON_NOUNS,
    PLURAL,
    SAYING_LEMMAS,
    after_according,
    is_subject,
    main_clause,
    subject_verb,
)
from kg.extract.speakers import opening_subject
from kg.nlp import columns, hash_of, lower_positions

PRONOUNS = MALE | FEMALE | NEUTER | PLURAL  # (once, not a new set for every token)


def may_refer_words(doc: Doc) -> list[bool]:
    """For each word, whether it may be a reference at all, by the doc's columns alone: a
    pronoun, a noun heading a phrase (what `_Reader._resolve` reads), or a word for a person
    or a member (what `named_later` reads). Most words are none of these, and need no `Token`
    made."""
    cols = columns(doc)
    pron = cols.pos == POS_IDS["PRON"]
    pron[lower_positions(doc, PRONOUNS)] = True  # (found by form: no test of every word)
    noun = (cols.pos == POS_IDS["NOUN"]) | (cols.pos == POS_IDS["PROPN"])
    noun &= cols.dep != hash_of("compound")
    described = cols.lemma_in(PERSON_NOUNS | MEMBER_NOUNS)
    return (pron | noun | described).tolist()  # type: ignore[no-any-return]


def seen_here(
    actor: str, n: int, tok: Token, quoted: bool, person: bool, pronoun: bool = False
) -> Seen:
    """The history's record of `actor` met at `tok` in sentence `n`."""
    subject = is_subject(tok)
    verb = subject_verb(tok)
    if not subject and opening_subject(tok.sent.root) == tok:
        subject, verb = True, tok.sent.root  # (a misparse: the name opens the sentence)
    # The source of an "according to" speaks as much as the subject of "said" does: a "he"
    # that goes on quoting after "According to X, ... Y ..." is X, not Y whom X spoke of.
    speaker = (subject and verb.lemma_.lower() in SAYING_LEMMAS) or after_according(tok)
    main = subject and main_clause(verb)
    voice = tok.tag_ == "NN" and tok.lemma_.lower() in VOICE_NOUNS and not person
    return Seen(actor, n, tok.i, subject, main, speaker, quoted, pronoun, voice)

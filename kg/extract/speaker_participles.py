"""Speakers of participles of saying: whose words a participle after a comma reports when the
parse gave it no subject of its own or a wrong one (`X praised the parties, the government and
the track, indicating that …`; `added that the rebels wish to …, saying …`). `kg.extract.speakers`
asks them before it reads the verb's subject.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from kg.extract.claim_nouns import CLAIM_NOUNS
from kg.extract.saying_proper import UTTERING


def subject(verb: Token) -> Token | None:
    """The verb's active subject, if the parse gave it one."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def trailing_participle_subject(verb: Token) -> Token | None:
    """ "X praised the efforts of the parties and the government, announcing that ...": a
    participle set off by a comma after its clause speaks for that clause's subject, however
    the parse hung it on the noun before the comma (as a reduced relative of "government").
    A noun that is itself a subject keeps its own participle ("the minister, speaking to
    reporters, said": the minister's, read elsewhere)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i > verb.i:
        return None
    if noun.dep_ == "nsubj" and not participle_subject(noun.head, noun):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    for a in noun.ancestors:
        subj = subject(a) if a.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.i < noun.i and not participle_subject(a, subj):
            return subj
    return None


def participle_subject(verb: Token, subj: Token) -> bool:
    """Whether `subj` is a noun the parse made the subject of a participle after a comma
    ("X praised the parties, the government and the track, indicating that ...": no
    auxiliary makes "indicating" finite; the noun closes the object's list)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "conj")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and subj.left_edge.i > 0
        and verb.doc[subj.left_edge.i - 1].text == ","
    )


def reporters_participle(verb: Token, speech_verbs: Collection[str]) -> bool:
    """`verb` is a participle of saying after a comma, hung on a reported clause whose own
    verb is not one of saying proper, under a verb of saying. (A wish or a thought there,
    "added that the rebels wish to ..., saying", is part of the report: the participle goes
    on with the reporter, not with the clause's subject.)"""
    clause = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or clause.dep_ != "ccomp" or verb.i < clause.i:
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    lemma = verb.lemma_.lower()
    return (
        lemma in speech_verbs
        and clause.lower_ not in UTTERING
        and clause.head.lemma_.lower() in speech_verbs
    )


def subject_up(verb: Token) -> Token | None:
    """The verb's subject, or, for a participle without one ("The minister touched upon X,
    confirming that ...", the reporter a participle too), that of the clause it goes on."""
    while (subj := subject(verb)) is None and verb.dep_ in ("advcl", "conj", "xcomp"):
        verb = verb.head
    return subj


def claims_participle(verb: Token, speech_verbs: Collection[str]) -> bool:
    """`verb` is a participle of saying after a comma, hung on the `that` clause of a noun of
    saying ("reports that ...", "claims that ...") that is the object of a verb."""
    clause = verb.head
    noun = clause.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or clause.dep_ not in ("acl", "ccomp"):
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.i < clause.i:
        return False
    return (
        verb.lemma_.lower() in speech_verbs
        and noun.pos_ == "NOUN"
        and noun.lower_ in CLAIM_NOUNS
        and noun.dep_ == "dobj"
        and clause.lower_ not in UTTERING
    )

"""People's names the model tags as nothing after a title that names their office with a state
or body: "President of Serbia Aleksandar Vučić", "the Turkish Foreign Ministry Sedat Onal",
"Putin's Administration Dmitry Kozak"."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.actor_unnamed import name_words
from kg.extract.roles import BODY_WORDS, HONORIFICS, PORTFOLIOS, ROLE_HEADS

# Capitalised nouns that end the name of an office or body before its holder's name.
_OFFICE_ENDS = {"administration", "ministry", "office", "department", "government", "council"}
_LOOK_BACK = 8


def untagged_people(doc: Doc) -> list[SpacySpan]:
    """Two or three capitalised proper nouns no entity took, right after a state's or body's
    name (or a word that ends an office's name), with a title's head word shortly before in
    the same sentence and no capital, preposition or number after them. A title that names
    its state or body puts the holder's name right after it, where the model ends its tags."""
    out: list[SpacySpan] = []
    names = name_words(doc, _name_word)
    k = 1
    while k < len(doc):
        end = k
        while end < len(doc) and end - k < 3 and names[end]:
            end += 1
        if end - k >= 2 and _office_before(doc[k - 1]) and _titled(doc, k):
            if end == len(doc) or not _continues(doc, end):
                out.append(SpacySpan(doc, k, end, label="PERSON"))
                k = end
                continue
        k += 1
    return out


def titled_person(ent: SpacySpan) -> SpacySpan:
    """A person's name the model tagged as a body, right after a title that names its office
    with a state or body ("Chairperson of the Union Commission | Jane Roe Doe", "President of
    Eastland | Tom Ode"): two to four capitalised name words, no word of a body's or an
    office's name among them, and a title's head word shortly before. Relabelled a person's."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.ent_id_ or not 2 <= len(ent) <= 4 or ent.start == 0:
        return ent
    if not all(_holder_word(t) and t.lower_ not in _OFFICE_TAIL for t in ent):
        return ent
    if not (_office_before(doc[ent.start - 1]) and _titled(doc, ent.start, HONORIFICS)):
        return ent
    if ent.end < len(doc) and _continues(doc, ent.end):
        return ent
    return SpacySpan(doc, ent.start, ent.end, label="PERSON")


def _name_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and len(tok) > 1
        and not tok.ent_type_
        and tok.lower_ not in ROLE_HEADS
        and tok.lower_ not in HONORIFICS
        and tok.lower_ not in _OFFICE_TAIL
    )


def _continues(doc: Doc, end: int) -> bool:
    """Whether the words from `end` carry a name of a thing on: a capital ("Mission Chief"), a
    preposition ("Support Mission in Libya") or a number ("Resolution No. 2735")."""
    tok = doc[end]
    if tok.is_title or tok.ent_type_ == "PERSON" or tok.pos_ == "ADP" or tok.like_num:
        return True
    return tok.text == "." and end + 1 < len(doc) and doc[end + 1].like_num


def _office_before(tok: Token) -> bool:
    """The last word of a state's or body's name, or of an office's name."""
    if tok.ent_type_ in ("GPE", "ORG") and tok.ent_iob_ != "O":
        nxt = tok.doc[tok.i + 1]
        return nxt.ent_iob_ != "I" or nxt.ent_type_ != tok.ent_type_
    return tok.is_title and tok.lower_ in _OFFICE_TAIL


def _titled(doc: Doc, start: int, also: frozenset[str] | set[str] = frozenset()) -> bool:
    """A title's head word (or a word of `also`) in the words before `start`, within its
    sentence."""
    sent_start = doc[start].sent.start
    return any(
        (t.lower_ in ROLE_HEADS or t.lower_ in also) and t.is_title
        for t in doc[max(sent_start, start - _LOOK_BACK) : start - 1]
    )


# Words that end the name of what a title is about ("envoy for the Western Balkans", "Minister
# of National Defense", "Head of the National Intelligence Service") before its holder's name.
_HOLDER_OF = {"of", "for", "to"}


def holder_after_office(ent: SpacySpan) -> tuple[SpacySpan, SpacySpan] | None:
    """ "(special envoy for) the Western Balkans Stuart Peach", "(Minister of) National Defense
    Jane Roe": the model glues the place or body a title names to its holder's name, which
    follows it. Split when a title's head word comes right before "of", "for" or "to" and the
    entity, and the entity ends in two name words after a capitalised word: the place or body
    (a part of the title) and the person."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "NORP") or len(ent) < 3:
        return None
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    cut = ent.end - 2
    if cut - start < 1 or not all(_holder_word(t) for t in doc[cut : ent.end]):
        return None
    if ent.end < len(doc) and (doc[ent.end].ent_type_ or doc[ent.end].is_title):
        return None  # ("Service Ibrahim" | "Kalın": the name goes on past the entity)
    if not (doc[cut - 1].is_title and doc[cut - 1].pos_ == "PROPN"):
        return None  # ("the Endowment for International Peace": no place or body before)
    k = _portfolio_start(doc, ent.start - 1)
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in _HOLDER_OF or doc[k - 1].lower_ not in ROLE_HEADS:
        return None
    return SpacySpan(doc, ent.start, cut, label=ent.label_), SpacySpan(
        doc, cut, ent.end, label="PERSON"
    )


def _portfolio_start(doc: Doc, k: int) -> int:
    """Where the first portfolio of a title naming two ends ("Minister of Foreign Affairs and"
    before "International Cooperation Jane Roe"): the model tags only the second; `k` itself
    when no "and" stands there."""
    if k < 2 or doc[k].lower_ != "and":
        return k
    j = k - 1
    while j > 0 and k - j <= 4 and doc[j].is_title and doc[j].lower_ not in ROLE_HEADS:
        j -= 1
    return j if j < k - 1 and doc[j].lower_ in _HOLDER_OF else k


def _holder_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and len(tok) > 1
        and tok.lower_ not in ROLE_HEADS
        and tok.lower_ not in HONORIFICS
        and tok.lower_ not in _OFFICE_ENDS
        and tok.lower_ not in BODY_WORDS
    )


# Words that end the name of an office or body a title names, never a word of a person's name
# ("Minister for External Affairs | Jane Roe", "Contact Group | Tom Ode", "Minister of
# Information | Jane Roe").
_OFFICE_TAIL = (
    BODY_WORDS | _OFFICE_ENDS | PORTFOLIOS | {"cooperation", "operations", "spokesperson"}
)


def office_word(tok: Token) -> bool:
    """Whether the word ends the name of an office or body ("Affairs", "Group"): no given name."""
    return tok.lower_ in _OFFICE_TAIL


def _glued_office(tok: Token) -> bool:
    """An office's word the model glues to a holder's name: the end of an office's name, or
    a title in the plural ("Deputy Prime Ministers | Jane Roe and ...")."""
    word = tok.lower_
    return word in _OFFICE_TAIL or (word.endswith("s") and word[:-1] in ROLE_HEADS)


def without_office(ent: SpacySpan) -> SpacySpan:
    """A person's name without the end of the office title the model glued before it
    ("(Minister for External) Affairs Roe", "MFA Spokesperson Tom Ode"): the
    words up to the last office or body word go when only capitalised name words follow it.
    A name the gazetteer tagged is left as it is."""
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.ent_id_:
        return ent
    cut = max((i for i, t in enumerate(ent[:-1]) if _glued_office(t)), default=-1)
    rest = ent[cut + 1 :]
    if cut < 0 or not all(_holder_word(t) for t in rest):
        return ent
    return SpacySpan(ent.doc, ent.start + cut + 1, ent.end, label="PERSON", span_id=ent.id_)

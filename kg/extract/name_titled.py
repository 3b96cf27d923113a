"""People's names the model tags as nothing after a title that names their office with a state
or body: "President of Serbia Aleksandar Vučić", "the Turkish Foreign Ministry Sedat Onal",
"Putin's Administration Dmitry Kozak"."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.roles import HONORIFICS, ROLE_HEADS

# Capitalised nouns that end the name of an office or body before its holder's name.
_OFFICE_ENDS = {"administration", "ministry", "office", "department", "government", "council"}
_LOOK_BACK = 8


def untagged_people(doc: Doc) -> list[SpacySpan]:
    """Two or three capitalised proper nouns no entity took, right after a state's or body's
    name (or a word that ends an office's name), with a title's head word shortly before in
    the same sentence and no capital, preposition or number after them. A title that names
    its state or body puts the holder's name right after it, where the model ends its tags."""
    out: list[SpacySpan] = []
    k = 1
    while k < len(doc):
        end = k
        while end < len(doc) and end - k < 3 and _name_word(doc[end]):
            end += 1
        if end - k >= 2 and _office_before(doc[k - 1]) and _titled(doc, k):
            if end == len(doc) or not _continues(doc, end):
                out.append(SpacySpan(doc, k, end, label="PERSON"))
                k = end
                continue
        k += 1
    return out


def _name_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and len(tok) > 1
        and not tok.ent_type_
        and tok.lower_ not in ROLE_HEADS
        and tok.lower_ not in HONORIFICS
        and tok.lower_ not in _OFFICE_ENDS
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
    return tok.is_title and tok.lower_ in _OFFICE_ENDS


def _titled(doc: Doc, start: int) -> bool:
    """A title's head word in the words before `start`, within its sentence."""
    sent_start = doc[start].sent.start
    return any(
        t.lower_ in ROLE_HEADS and t.is_title
        for t in doc[max(sent_start, start - _LOOK_BACK) : start - 1]
    )

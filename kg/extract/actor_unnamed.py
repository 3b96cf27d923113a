"""Names the model missed that the sentence itself shows to be an actor's: a proper name called
a body ("the Greek gas producer Helios Gas", "state-owned Saudi Petrochem"), capitalised names
right after a title ("Presidents Muhammadu Buhari of Nigeria") and a state's body named by
what it is ("the Israeli Air Force", "Russia's central bank").

Input: a parsed `Doc`. Output: spans the actor stage (`kg.extract.actors`) adds as candidates
(`unnamed_bodies`, `unnamed_people`, `state_bodies`), and `called_body`, which also turns an
unknown "place" the sentence calls a body into one ("the South American group Andino").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import compress

import numpy
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.actor_evidence import says
from kg.extract.roles import HONORIFICS, is_role_word
from kg.nlp import columns, entities, hash_of

# Nouns that say a name is a body's: "the Greek gas producer Helios Gas", "the South American
# group Andino", "X, a state-owned company".
BODY_NOUNS = {
    "company",
    "firm",
    "producer",
    "supplier",
    "group",
    "bloc",
    "alliance",
    "coalition",
    "militia",
    "party",
    "movement",
    "organisation",
    "organization",
    "agency",
    "airline",
    "carrier",
    "bank",
    "lender",
    "operator",
    "giant",
    "conglomerate",
    "corporation",
    "manufacturer",
    "maker",
    "contractor",
    "consortium",
    "union",
    "faction",
    "charity",
    "foundation",
    "watchdog",
    "regulator",
    "exporter",
    "refiner",
    "insurer",
    "utility",
}


def called_body(tok: Token) -> bool:
    """Whether the sentence calls the name headed by `tok` a body: a body noun right before it
    that it belongs with ("the gas producer Helios Gas"), in apposition ("Andino, the trade
    bloc") or an owner's word ("state-owned Saudi Petrochem")."""
    doc = tok.doc
    k = tok.i
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].head.i == tok.i:
        k -= 1  # the name's own first words ("Saudi" of "Saudi Petrochem")
    before = doc[k - 1] if k > 0 else None
    if (
        before is not None
        and before.is_lower
        and before.lower_ in BODY_NOUNS
        and (before.head.i == tok.i or tok.head.i == before.i)
    ):
        return True
    if any(c.dep_ == "amod" and c.lower_.endswith("owned") for c in tok.children):
        return True
    # Not "the movement of X": a body noun before "of" names what X does, not what it is.
    return says(tok, BODY_NOUNS, of_phrase=False)


def unnamed_bodies(doc: Doc) -> list[SpacySpan]:
    """Proper names no entity took that the sentence calls a body ("the Greek gas producer
    Helios Gas", "state-owned Saudi Petrochem"): the name's words, the state's adjective it starts
    with included."""
    out: list[SpacySpan] = []
    cols = columns(doc)
    asked = (cols.pos == POS_IDS["PROPN"]) & (cols.ent_type == 0) & cols.is_alpha
    asked &= cols.dep != hash_of("compound")
    for i in numpy.flatnonzero(asked).tolist():
        tok = doc[i]
        if not (tok.is_title or tok.is_upper) or not called_body(tok):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == tok.i:
            start -= 1
        if _cut(doc, start, tok.i + 1):
            continue
        out.append(SpacySpan(doc, start, tok.i + 1, label="ORG"))
    return out


_NAME_GLUE = {"of", "for", "and", "&"}


def _cut(doc: Doc, start: int, end: int) -> bool:
    """Whether the words are only a piece of a longer name the parse broke up ("Services" of
    "Citizenship and Immigration Services", "Club" of "Club for Growth")."""
    if start > 0 and (doc[start - 1].lower_ in _NAME_GLUE or doc[start - 1].pos_ == "PROPN"):
        return True
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in _NAME_GLUE
        and doc[end + 1].is_title
        and not doc[end + 1].is_sent_start
    )


def unnamed_people(doc: Doc) -> list[SpacySpan]:
    """Two or more capitalised proper names no entity took, right after a title or an
    honorific ("Presidents Muhammadu Buhari of Nigeria", "Foreign Minister Jane Roe"), or
    right after "<office> of <state>", initials included ("the Foreign Minister of Ruritania
    J. K. Doe"): a person's name, the title being the evidence the model lacked."""
    out: list[SpacySpan] = []
    names = name_words(doc)
    # Only a name's word can begin one, so only the words before those are asked whether
    # they are titles (a few a story), not every word of the doc.
    resume = 1  # past the last name found
    for k in compress(range(len(names)), names):
        if k < resume or not _titled(doc, k - 1):
            continue
        end = k
        while end < len(doc) and end - k < 4 and names[end]:
            end += 1
        if end - k >= 2:
            out.append(SpacySpan(doc, k, end, label="PERSON"))
            resume = end
    for k in _after_office_of_state(doc):
        end = k
        while end < len(doc) and end - k < 6 and (names[end] or _INITIAL.match(doc[end].text)):
            end += 1
        # (Initials alone are no name: a full word must close it.)
        if end - k >= 2 and names[end - 1]:
            out.append(SpacySpan(doc, k, end, label="PERSON"))
    return out


# An initial of a name ("A.", "K.", "M.U.M."): a capital and a full stop.
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")


def _after_office_of_state(doc: Doc) -> list[int]:
    """The token right after "<office> of (the) <state>", where wire copy writes the holder's
    name with no comma ("the Foreign Minister of Ruritania J. K. Doe"): the model, seeing no
    title right before it, often takes no entity there."""
    out = []
    for ent in entities(doc):
        if ent.label_ != "GPE" or ent.end >= len(doc):
            continue
        j = ent.start - 1 - (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
        if (
            j >= 1
            and doc[j].lower_ == "of"
            and any(t.is_title and is_role_word(t.lower_) for t in doc[max(0, j - 4) : j])
        ):
            out.append(ent.end)
    return out


def _titled(doc: Doc, i: int) -> bool:
    """Whether token `i` is a capitalised title or honorific ("Minister", "Mr."): each word
    asked once by its hash, not again for each doc."""
    o = doc[i].orth
    is_title = _TITLED.get(o)
    if is_title is None:
        if len(_TITLED) >= _TITLED_MAX:
            _TITLED.clear()
        is_title = _TITLED[o] = _title_word(doc.vocab.strings[o])
    return is_title


# `_title_word` by the word's hash (a hash names one string in every vocabulary), so that the
# words every story writes are not looked up in the string store again for each doc.
_TITLED: dict[int, bool] = {}
_TITLED_MAX = 65536


# (Bounded: a long ingest meets numbers, addresses and typos without end; the same few
# thousand words recur from story to story.)
@lru_cache(maxsize=65536)
def _title_word(text: str) -> bool:
    title = text.lower().rstrip(".")  # `Token.lower_` is the text's `str.lower()`
    return text[:1].isupper() and (
        title in HONORIFICS or is_role_word(title) or is_role_word(title.rstrip("s"))
    )


def name_words(doc: Doc, test: Callable[[Token], bool] | None = None) -> list[bool]:
    """`test` (by default `name_word`) of every token, in order: asked only of the proper
    nouns no entity took that are capitalised words of letters (no other token is a name's
    word: each test asks that too), found in the doc's columns, so the scans over every
    position read a list instead of making tokens."""
    out = [False] * len(doc)
    cols = columns(doc)
    asked = (cols.pos == POS_IDS["PROPN"]) & cols.is_title & cols.is_alpha & (cols.ent_type == 0)
    for i in numpy.flatnonzero(asked).tolist():
        out[i] = (test or name_word)(doc[i])
    return out


def name_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.is_title
        and tok.is_alpha
        and not is_role_word(tok.lower_)
        and tok.lower_ not in HONORIFICS
    )


# The bodies of a state that news names by what they are, after the state's adjective or
# possessive ("the Israeli Air Force", "Russia's central bank"): bodies under the guidelines
# ("bodies described in words are actors"); whether one acts in the story is checked later.
STATE_BODY_PHRASES = {
    ("air", "force"),
    ("navy",),
    ("army",),
    ("central", "bank"),
    ("coast", "guard"),
    ("national", "guard"),
    ("border", "guard"),
    ("supreme", "court"),
    ("constitutional", "court"),
    ("security", "forces"),
    ("special", "forces"),
    ("interior", "ministry"),
    ("justice", "ministry"),
    ("finance", "ministry"),
    ("economy", "ministry"),
    ("health", "ministry"),
    ("intelligence", "service"),
    ("intelligence", "services"),
    ("intelligence", "agency"),
    ("intelligence",),  # "talks brokered by Egyptian intelligence"
    ("presidency",),  # "the Turkish presidency said": the head of state's office
    ("revolutionary", "guards"),
    ("parliament",),
}
_LONGEST = max(len(p) for p in STATE_BODY_PHRASES)
# Words for one body: "Egyptian intelligence" and "the Egyptian intelligence agency".
_ONE_BODY = {"intelligence service": "intelligence", "intelligence services": "intelligence"}
_ONE_BODY["intelligence agency"] = "intelligence"


def state_bodies(doc: Doc) -> list[tuple[SpacySpan, SpacySpan, str]]:
    """A state's adjective or possessive and a body's words right after it ("Israeli Air
    Force", "Russia's central bank"), as one name: the name, the state's words and the body's
    words (lower case)."""
    out: list[tuple[SpacySpan, SpacySpan, str]] = []
    for ent in entities(doc):
        if ent.label_ not in ("NORP", "GPE"):
            continue
        k = ent.end
        if ent.label_ == "GPE":
            if k >= len(doc) or doc[k].lower_ not in ("'s", "’s"):
                continue
            k += 1
        for n in range(_LONGEST, 0, -1):
            words = tuple(t.lower_ for t in doc[k : k + n])
            if len(words) == n and words in STATE_BODY_PHRASES and not _glosses(doc, ent.start):
                body = _ONE_BODY.get(" ".join(words), " ".join(words))
                out.append((SpacySpan(doc, ent.start, k + n, label="ORG"), ent, body))
                break
    return out


def _glosses(doc: Doc, start: int) -> bool:
    """Whether the words from `start` stand in brackets right after a name, explaining it
    ("the Sejm (lower chamber of the Polish parliament)", "the Rada (Ukraine's parliament)"):
    a gloss of the body named before, no body of its own."""
    for k in range(start - 1, max(start - 8, 0) - 1, -1):
        if doc[k].text in (")", "]") or doc[k].is_sent_end:
            return False
        if doc[k].text == "(":
            return k > 0 and doc[k - 1].pos_ == "PROPN"
    return False

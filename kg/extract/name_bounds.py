"""Where a name begins and ends when the model draws its bounds wrong: courtesy titles it takes
for a name ("Datuk Seri", "H. E.", "Shri" glued to a given name) and a body's name it ends
before the place the body serves ("Support Mission | in Eastland")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.roles import BODY_WORDS, HONORIFICS, ROLE_HEADS
from kg.nlp import span_text

# Courtesy titles of South and South-East Asian and diplomatic usage that precede a name and
# are no part of it ("Shri", "Datuk Seri", "H. E."); English ones for their abbreviations.
_COURTESY = {
    "shri",
    "shrimati",
    "smt",
    "datuk",
    "dato",
    "datin",
    "excellency",
    "mr",
    "mrs",
    "ms",
    "monsignor",
    "msgr",
}


# Words that are a courtesy title only after another one ("Datuk Seri", "Tan Sri"): alone,
# they begin names ("Sri Mulyani").
_COURTESY_AFTER = {"seri", "sri"}


def _name_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and tok.lower_ not in ROLE_HEADS


def _courtesy_at(ent: SpacySpan, i: int) -> int:
    """How many tokens from `ent[i]` on make one courtesy title (0: none)."""
    word = ent[i].lower_.rstrip(".")
    if word in _COURTESY or (i > 0 and word in _COURTESY_AFTER):
        return 1
    if word == "tan" and i + 1 < len(ent) and ent[i + 1].lower_ == "sri":
        return 1
    if ent[i].text in ("H.E.", "H.E") or (
        ent[i].text == "H." and i + 1 < len(ent) and ent[i + 1].text in ("E.", "E")
    ):
        return 1 if ent[i].text.startswith("H.E") else 2  # "His (Her) Excellency"
    return 0


def courtesy_length(ent: SpacySpan) -> int:
    """How many of a person's name's first tokens are courtesy titles."""
    i = 0
    while i < len(ent) and (n := _courtesy_at(ent, i)):
        i += n
    return i


def without_courtesy(ents: list[SpacySpan]) -> list[SpacySpan]:
    """People's names without the courtesy titles the model took in (a courtesy title makes a
    name the model took for a body's a person's: "H. E. Jane Roe"): a name that is only
    titles ("Datuk Seri" before "Anwar ...") is none; one the model cut after a title's word
    ("Shri Ram" | "Kumar Verma") is whole again once the title goes, as two people's names
    never touch without a word between them."""
    out: list[SpacySpan] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        k += 1
        n = courtesy_length(ent) if ent.label_ in ("PERSON", "ORG") and not ent.ent_id_ else 0
        if n and ent.label_ == "ORG" and not all(_name_word(t) for t in ent[n:]):
            n = 0  # ("H.E. the Chair's Office"): a courtesy before a body's words
        if n == 0:
            out.append(ent)
            continue
        if n == len(ent):
            continue
        end = ent.end
        nxt = ents[k] if k < len(ents) else None
        if nxt is not None and nxt.label_ == "PERSON" and nxt.start == ent.end:
            end = nxt.end
            k += 1
        out.append(SpacySpan(ent.doc, ent.start + n, end, label="PERSON"))
    return out


# Heads of the names of bodies that serve in a place ("Support Mission in Eastland", "Integrated
# Office in Westland", "Monitoring Mission to Northland"): the place ends the body's name.
_SERVING = {"mission", "office"}
_LONGEST_QUALIFIER = 5


def _qualifier_word(tok: Token) -> bool:
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.ent_type_
        and tok.lower_ not in ROLE_HEADS
        and tok.lower_ not in HONORIFICS
    )


def with_place_served(ent: SpacySpan) -> SpacySpan:
    """A body's name with the place it serves ("the Multinational Security Support Mission"
    | "in Eastland"; "UN" "Support Mission in Westland"): a body's name, or a body's name and the
    capitalised words after it that no entity took, ending on "Mission" or "Office", then
    "in" or "to" and a place. (Only capitalised words: "the UN office in Geneva" is a
    description, not a name.)"""
    doc = ent.doc
    if ent.label_ != "ORG":
        return ent
    k = ent.end
    while k < len(doc) and k - ent.end < _LONGEST_QUALIFIER and _qualifier_word(doc[k]):
        k += 1
    head = k - 1
    if head < ent.start or doc[head].lower_ not in _SERVING or not doc[head].is_title:
        return ent
    if k == ent.end and ent.ent_id_:
        return ent  # a body the gazetteer knows by this name
    if k + 1 >= len(doc) or doc[k].lower_ not in ("in", "to") or doc[k + 1].ent_type_ != "GPE":
        return ent
    if doc[k + 1].ent_iob_ != "B":
        return ent
    end = k + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    return SpacySpan(doc, start, end, label="ORG")


# Words that qualify a title before its head ("Deputy Minister of", "Special Representative of").
_TITLE_QUALIFIERS = {"deputy", "vice", "special", "first", "acting", "prime"}


def office_title(ent: SpacySpan) -> bool:
    """Whether a body's name the model tagged is a title: a role's head word, in the singular
    or plural and after at most one qualifier, right before "of" ("the Minister of Foreign
    Affairs of", "Deputy Ministers of Defence"). Its holder is the actor; left as a body,
    it loses its title word and becomes "of Foreign Affairs"."""
    if ent.label_ != "ORG" or "of" not in span_text(ent).lower() or ent.ent_id_:
        return False  # (no "of", no title: asked before the entity's root, which is walked to)
    words = [t for t in ent if t.lower_ != "the"]
    if words and words[0].lower_ in _TITLE_QUALIFIERS:
        words = words[1:]
    if len(words) < 3 or words[1].lower_ != "of" or not words[0].is_title:
        return False
    head = words[0].lower_
    return head in ROLE_HEADS or (head.endswith("s") and head[:-1] in ROLE_HEADS)


_LONGEST_AND_PHRASE = 3


def with_and_phrase(ent: SpacySpan) -> SpacySpan:
    """A body's name the model ended before the second half of its complement ("Alliance for
    Justice" | "and Democracy", "Union for Reform" | "and Unity in X"): a name of no
    gazetteer entry holding "for" or "of", then "and", up to three capitalised words that
    name no known place, person or body, and a place after "in" or "of" that ends it. The
    words after must not go on in capitals (another body's name) or be a name known by
    itself ("the Council for Peace and Russia")."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.ent_id_ or not any(t.lower_ in ("for", "of") for t in ent[1:]):
        return ent
    k = ent.end
    if k + 1 >= len(doc) or doc[k].lower_ != "and":
        return ent
    end = k + 1
    while end < len(doc) and end - k <= _LONGEST_AND_PHRASE and _and_word(doc[end]):
        end += 1
    if end == k + 1:
        return ent
    if end + 1 < len(doc) and doc[end].lower_ in ("in", "of") and doc[end + 1].ent_id_:
        if doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_iob_ == "B":
            end += 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
    if end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
        return ent
    return SpacySpan(doc, ent.start, end, label="ORG")


def _and_word(tok: Token) -> bool:
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.ent_id_
        and tok.ent_type_ not in ("PERSON", "ORG")
        and tok.lower_ not in ROLE_HEADS
    )


def touching(ent: SpacySpan, nxt: SpacySpan) -> bool:
    """Whether two people's names the model tagged touch, a space apart ("Jane Maria" "Roe"):
    two people are never named without a word or a mark between them, so it is one name cut
    in two. (Not a name the gazetteer knows after it: "Ana Trump" may be two tags of it.)"""
    return (
        ent.label_ == "PERSON"
        and nxt.label_ == "PERSON"
        and nxt.start == ent.end
        and not nxt.ent_id_
        and not ent.ent_id_
        and ent[-1].whitespace_ == " "
        and all(t.is_title and t.is_alpha for t in (ent[-1], nxt[0]))
    )


def surname_after(ent: SpacySpan, place: Callable[[str], bool]) -> Token | None:
    """The surname written after a one-word name the gazetteer tagged as someone famous's
    ("Ana" | "Novak" where the gazetteer knows a "Jorge Ana"): a capitalised proper noun no
    entity took, which is no title, body word or place. The two words are one name of another
    person; the famous person's name stands alone or after a given name of its own."""
    if len(ent) != 1 or ent.end >= len(ent.doc):
        return None
    nxt = ent.doc[ent.end]
    if nxt.pos_ != "PROPN" or not nxt.is_alpha or not nxt.is_title or nxt.ent_type_:
        return None
    low = nxt.lower_
    if low in HONORIFICS or low in ROLE_HEADS or low in BODY_WORDS or place(nxt.text):
        return None
    return nxt


# Zones a clock time is given in ("1500 GMT"): capitals the model takes for a body's name.
_TIME_ZONES = {"gmt", "utc", "cet", "cest", "eet", "eest", "est", "edt", "pst", "pdt", "msk", "bst"}
# Words that never open a name: a name the model starts on one began after it.
_NOT_OPENING = {"of", "for", "to", "in", "on", "with", "by", "from", "at", "and", "or", "but"}


def _plural_abbreviation(text: str) -> bool:
    """ "MoUs", "NGOs": an abbreviation with a plural ending names a kind of thing, no actor."""
    return len(text) >= 3 and text.endswith("s") and text[0].isupper() and text[-2].isupper()


def named_part(ent: SpacySpan) -> SpacySpan | None:
    """The entity without the words no name begins with: a gerund ("Echoing | Jane Roe"), a
    lower-case preposition or conjunction; None when nothing named is left, or when the entity
    is a clock's time zone or a plural abbreviation."""
    start = ent.start
    doc = ent.doc
    while start < ent.end and (
        doc[start].lower_ in _NOT_OPENING
        and doc[start].is_lower
        or (doc[start].tag_ == "VBG" and start + 1 < ent.end)
    ):
        start += 1
    if start == ent.end:
        return None
    if ent.end - start == 1 and (
        doc[start].lower_ in _TIME_ZONES or _plural_abbreviation(doc[start].text)
    ):
        return None
    if start == ent.start:
        return ent
    return SpacySpan(doc, start, ent.end, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)

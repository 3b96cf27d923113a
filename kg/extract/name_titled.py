"""People's names the model tags as nothing after a title that names their office with a state
or body: "President of Serbia Aleksandar Vučić", "the Turkish Foreign Ministry Sedat Onal",
"Putin's Administration Dmitry Kozak"."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.actor_unnamed import name_words
from kg.extract.discourse_words import MISSION_TITLES, SAYING_LEMMAS
from kg.extract.roles import BODY_WORDS, HONORIFICS, OFFICE_TITLES, PORTFOLIOS, ROLE_HEADS

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
        while end < len(doc) and (names[end] or _middle_initial(doc, end, names)):
            if sum(names[k : end + 1]) > 3:
                break  # (three name words at most: a longer run is a body's name)
            end += 1
        run = end - k >= 2 and names[end - 1]  # (tested first: most positions start none)
        noun = run and _person_noun(doc[k - 1])
        if run and (noun or (_office_before(doc[k - 1]) and _titled(doc, k))):
            # (A middle initial makes the run a person's name, whatever follows it; so does
            # a person's noun before it, unless a capital carries the run on.)
            initial = any(not names[i] for i in range(k, end))
            free = end == len(doc) or initial or (noun and not doc[end].is_title)
            if free or not _continues(doc, end):
                out.append(SpacySpan(doc, k, end, label="PERSON"))
                k = end
                continue
        k += 1
    return out


def _middle_initial(doc: Doc, i: int, names: list[bool]) -> bool:
    """A capital and its full stop between two name words ("Jane Q. Roe")."""
    if not (0 < i < len(doc) - 1 and names[i - 1] and names[i + 1]):
        return False  # (asked first: the token is made only between two name words)
    text = doc[i].text
    return len(text) == 2 and text[0].isupper() and text[1] == "."


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


# Verbs whose subject is a person when the model knows the name for nothing else: speaking,
# and meeting ("Roe met in Brussels with ...").
_PERSON_VERBS = SAYING_LEMMAS | {"meet"}


def person_in_slot(ent: SpacySpan) -> SpacySpan:
    """A name the model tags a place or a body, the gazetteer knowing it as neither, in a
    person's slot: right after a person's title or courtesy title ("President Roščić"), or,
    when written with letters outside English's alphabet (a transliterated surname the model
    has seldom seen), as the subject of a verb of saying or meeting ("said Dramé"). Relabelled
    a person's, its letters as written."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "ORG", "NORP") or ent.ent_id_ or not 1 <= len(ent) <= 3:
        return ent
    if not all(_holder_word(t) and t.lower_ not in _OFFICE_TAIL for t in ent):
        return ent
    start = ent.start
    while start > 0 and ent.start - start < 2 and _name_word(doc[start - 1]):
        start -= 1  # the given names the model left untagged ("Jane | Roščić")
    if start > 0 and _title_word(doc[start - 1]):
        return SpacySpan(doc, start, ent.end, label="PERSON")
    if start > 0 and _office_before(doc[start - 1]) and _titled(doc, start):
        return SpacySpan(doc, start, ent.end, label="PERSON")  # ("Minister of Eastland | ...")
    if start == ent.start and (_foreign_subject(ent) or _with_a_person(ent)):
        return SpacySpan(doc, start, ent.end, label="PERSON")
    return ent


def _title_word(tok: Token) -> bool:
    """A capitalised title or courtesy title right before a name ("President", "Mr."), or a
    person's noun in lower case ("mediator", "counterpart")."""
    if tok.is_title and (tok.lower_ in ROLE_HEADS or tok.lower_.rstrip(".") in HONORIFICS):
        return True
    return _person_noun(tok)


# Nouns for a person that a name follows in apposition ("his counterpart Jane Roe").
_PERSON_NOUNS = OFFICE_TITLES | MISSION_TITLES | {"counterpart", "president-elect"}


def _person_noun(tok: Token) -> bool:
    """A lower-case noun for a person right before a name ("the mediator | Jane Roe")."""
    return tok.is_lower and tok.pos_ == "NOUN" and tok.lower_ in _PERSON_NOUNS


def _with_a_person(ent: SpacySpan) -> bool:
    """Whether a name the model tagged a place is coordinated with a person's name it tagged
    ("Roe and Ode"): a body's name beside a person's is common, a place's unknown to the
    gazetteer is a foreign surname."""
    if ent.label_ != "GPE":
        return False
    root = ent.root
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)


def _foreign_subject(ent: SpacySpan) -> bool:
    """One word with a letter outside English's alphabet, subject of saying or meeting."""
    if len(ent) != 1 or ent.text.isascii():
        return False
    tok = ent[0]
    return tok.dep_ == "nsubj" and tok.head.lemma_ in _PERSON_VERBS


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
    first = min(start - _LOOK_BACK, _title_start(doc, start - 1, sent_start))
    return any(
        (t.lower_ in ROLE_HEADS or t.lower_ in also) and t.is_title
        for t in doc[max(sent_start, first) : start - 1]
    )


# The small words inside a long title's name ("Deputy Minister of Foreign Affairs and
# International Cooperation", "Chairperson of the Council of the Assembly of Eastland").
_TITLE_GLUE = {"of", "the", "for", "and", "to", "on", "'s", "’s", "-", "&"}
_LONGEST_TITLE = 20


def _title_start(doc: Doc, k: int, sent_start: int) -> int:
    """Where the run of capitalised words and title glue that ends at `k` begins: a title
    naming a body within a body within a state is longer than the fixed look-back, but every
    word of it is capitalised or a glue word."""
    j = k
    while j > sent_start and k - j < _LONGEST_TITLE:
        tok = doc[j - 1]
        if not (tok.is_title or tok.is_upper or tok.lower_ in _TITLE_GLUE):
            break
        j -= 1
    return j


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

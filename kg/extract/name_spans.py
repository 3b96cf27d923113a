"""Names the model mis-spans and words that stand for a named actor: "Syrian Observatory for
Human Rights" behind the gazetteer's adjective, a title in apposition that makes a name a
person's, "the North" for North Korea, "the Trump campaign" for a person's campaign."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.form_hits import find_names, is_word_char
from kg.extract.index import ActorIndex, Mention, crosses, in_noise
from kg.extract.name_acronyms import with_acronym_phrase
from kg.extract.name_bounds import (
    named_part,
    office_title,
    touching,
    with_and_phrase,
    with_place_served,
    without_courtesy,
)
from kg.extract.name_titled import (
    holder_after_office,
    office_word,
    person_in_slot,
    titled_person,
    untagged_people,
    without_office,
)
from kg.extract.roles import (
    HONORIFICS,
    OFFICE_TITLES,
    ROLE_GLUE,
    ROLE_HEADS,
    role_after,
    role_before,
)
from kg.model import Article
from kg.nlp import doc_text, entities

# Words that end a name of a body in capitals after a state's adjective only if they are not
# a title ("Syrian Foreign Minister") or an outlet ("Syrian State Television").
_NOT_BODY_WORDS = {"tv", "television", "radio", "news", "agency", "times", "post", "press"}


def named_after_adjective(ent: SpacySpan) -> SpacySpan:
    """ "Syrian Observatory for Human Rights": the gazetteer tags "Syrian" as a state's
    adjective before the model runs, so the model never sees the body's name; the capitalised
    words after the adjective that no entity took name a body, adjective included."""
    if ent.label_ != "NORP" or not ent.ent_id_:
        return ent
    doc = ent.doc
    k, last = ent.end, ent.end
    while k < len(doc) and k - ent.end < 8 and doc[k].ent_type_ == "":
        tok = doc[k]
        if tok.is_title and tok.is_alpha and not tok.is_sent_start:
            if tok.lower_ in ROLE_HEADS or tok.lower_ in HONORIFICS:
                return ent
            last = k + 1
        elif tok.lower_ not in ("of", "for", "and", "on"):
            break
        k += 1
    words = [t for t in doc[ent.end : last] if t.is_title]
    glued = len(words) < last - ent.end  # "Center for Policy Research"
    if len(words) < (2 if glued else 3) or words[-1].lower_ in _NOT_BODY_WORDS:
        return ent  # two bare words may be a description: "Arabian Facilitators"
    return SpacySpan(doc, ent.start, last, label="ORG")


# Words that join a body's name to the state or body it belongs to ("Parliament of Iraq",
# "Coalition to Defeat ISIS"); other words an entity cannot end on ("Crete and", "Rally in").
_JOINING = {"of", "for", "on", "against"}
MEMBER_WORDS = {"leader", "member", "head"}
# Words of an office or a title, never of a person's name ("Envoy", "Minister", "Dr").
_TITLE_WORDS = OFFICE_TITLES | ROLE_HEADS | HONORIFICS
_CONNECTORS = _JOINING | {"and", "or", "in", "at", "to", "the", "from", "with", "by"}


def whole_names(doc: Doc) -> list[tuple[SpacySpan, bool]]:
    """The document's entities with the names the gazetteer cut in two made whole again, each
    with whether it is only a part of another name (`nested`).

    The gazetteer's names are set before the model runs, so a body named after one of them
    ("the Parliament of Iraq", "the Global Coalition to Defeat ISIS") comes out of the model
    as "the Parliament of" before "Iraq": an entity never ends on "of" or "to Defeat" by
    choice. Such a body name is joined with the name after it, which is then a part of it.
    An entity that ends on another small word ("Crete and", "Democratic Rally in"), or one
    whose words before "of" are a person's or people's ("Patrice Talon of", "Leaders of"),
    loses the small word."""
    surnames = {e[-1].text for e in entities(doc) if e.label_ == "PERSON" and len(e) >= 2}
    ents = [
        _without_owner(
            _with_given_name(
                _with_surname(
                    _with_hyphened_part(
                        _with_suffix(
                            without_office(named_after_adjective(person_in_slot(titled_person(e))))
                        )
                    )
                )
            ),
            surnames,
        )
        for e in without_courtesy(_named_parts(doc))
    ]
    out: list[tuple[SpacySpan, bool]] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        k += 1
        if office_title(ent):
            continue  # "the Minister of Foreign Affairs of": a title, its holder the actor
        if nxt is not None and (
            _initial_splits(ent, nxt) or _particle_splits(ent, nxt) or touching(ent, nxt)
        ):
            # "Vladimir V. Putin": the model ends a name at its middle initial's full stop;
            # "Mohamed Bashir" | "Abu Nommo": before a surname's particle.
            out.append((SpacySpan(doc, ent.start, nxt.end, label="PERSON"), False))
            k += 1
            continue
        if (split := holder_after_office(ent)) is not None:  # ("envoy for the Balkans Jane Roe")
            out += [(split[0], True), (split[1], False)]
            continue
        cut = _cut_end(ent)
        if cut == ent.end:
            whole = with_place_served(ent)
            whole = _with_of_phrase(ent) if whole is ent else whole
            whole = with_and_phrase(ent) if whole is ent else whole
            whole = with_acronym_phrase(ent) if whole is ent else whole
            out.append((whole, False))
            while k < len(ents) and ents[k].start < whole.end:
                k += 1  # the place its "of" phrase ends on: a word of its name, no mention
            continue
        joins = (
            ent.label_ == "ORG"
            and nxt is not None
            and all(t.is_title for t in doc[ent.end : nxt.start])
            and nxt.start - ent.end <= 2
            # (The gazetteer's name, or a body's name right after: "the Federation of" |
            # "Eastlandish Chambers of Trade", which a body's name never ends on "of" before.)
            and (bool(nxt.ent_id_) or (nxt.label_ == "ORG" and nxt.start == ent.end))
            and nxt.label_ in ("GPE", "ORG")
            and doc[cut].lower_ in _JOINING | {"to"}
            and not _people(ent, cut)
        )
        if joins:
            assert nxt is not None
            out.append((SpacySpan(doc, ent.start, nxt.end, label="ORG"), False))
            out.append((nxt, True))
            k += 1
        elif cut > ent.start:
            # A name the titles before it make a person's ("President X of") is one.
            titled = ent.label_ == "ORG" and _people(ent, cut) and not _person_word(doc[cut - 1])
            label = "PERSON" if titled else ent.label_
            out.append((SpacySpan(doc, ent.start, cut, label=label, kb_id=ent.kb_id_), False))
    return out + [(_with_hyphened_part(person), False) for person in untagged_people(doc)]


def _named_parts(doc: Doc) -> list[SpacySpan]:
    """The document's entities without the words no name begins with (`named_part`)."""
    parts = (named_part(e) for e in entities(doc))
    return [p for p in parts if p is not None]


# Generational suffixes the model leaves after a person's name ("Joseph R. Biden Jr.").
_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _with_suffix(ent: SpacySpan) -> SpacySpan:
    """A person's name with the generational suffix right after it: the suffix is part of the
    fullest form the text uses, which names the actor."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc):
        return ent
    nxt = doc[ent.end]
    if nxt.text not in _SUFFIXES or nxt.ent_type_ or not ent[-1].whitespace_:
        return ent
    return SpacySpan(doc, ent.start, ent.end + 1, label="PERSON", kb_id=ent.kb_id_, span_id=ent.id_)


def _with_hyphened_part(ent: SpacySpan) -> SpacySpan:
    """A person's name with the second half of a hyphened surname the model cut at the hyphen
    ("Maria Lund|-Okafor"): a hyphen written tight between two capitalised words joins them
    into one word of the name, never a name and something after it."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or ent[-1].whitespace_:
        return ent
    hyphen, part = doc[ent.end], doc[ent.end + 1]
    if hyphen.text != "-" or hyphen.whitespace_ or not part.is_title or not part.is_alpha:
        return ent
    if part.ent_type_ and part.ent_type_ != "PERSON":
        return ent
    return SpacySpan(doc, ent.start, ent.end + 2, label="PERSON", kb_id=ent.kb_id_, span_id=ent.id_)


def _with_surname(ent: SpacySpan) -> SpacySpan:
    """A person's name with the surname the model left out right after it: capitalised proper
    nouns of no entity (one or two: "Ana Lucia | Vera Cruz") whose last the parse makes
    the head of the name ("junta leader Min Aung | Hlaing", "Envoy Salim Ahmed | Salem"), and
    no title or body word."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc) or ent.kb_id_:
        return ent
    if not ent[-1].whitespace_ or ent[-1].dep_ not in ("compound", "nmod"):
        return ent
    for last in range(ent.end, min(ent.end + 2, len(doc))):
        tok = doc[last]
        if not _bare_name_word(tok):
            return ent
        if ent[-1].head.i == last:
            # (The words between are the surname's first: "Vera" of "Vera Cruz".)
            if all(t.head.i == last and t.dep_ == "compound" for t in doc[ent.end : last]):
                return SpacySpan(doc, ent.start, last + 1, label="PERSON", span_id=ent.id_)
            return ent
        if not tok.whitespace_:
            return ent
    return ent


def _bare_name_word(tok: Token) -> bool:
    """A capitalised proper noun of no entity, and no title or body word."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and not tok.ent_type_
        and tok.lower_ not in _TITLE_WORDS
    )


# Particles that say "son (daughter) of": a name never opens on one, a given name comes first.
_FILIAL = {"bin", "ibn", "bint"}
# Particles that begin a surname of several words ("Abu Nommo", "bin Farhan", "Van Hollen").
SURNAME_PARTICLES = {"abu", "bin", "ibn", "bint", "al", "el", "ould", "van", "von", "de", "da"}
# Of those, the Arabic articles, joined to the name by a hyphen ("al-Rashid"); the others stand
# apart as a word ("van Dijk", "bin Zayed"). A family name opens on one, and the model often
# tags the family name alone and leaves the given name before it untagged.
HYPHENED_PARTICLES = {"al", "el"}


def _with_given_name(ent: SpacySpan) -> SpacySpan:
    """A person's name with the given name the model left out right before its "bin" ("Minister
    of Defense Prince Khalid | bin Salman") or its family name's "al-" ("spokesman Omar |
    al-Farsi"): a capitalised proper noun of no entity, and no title or body word. Cut, the
    name is the family's ("bin Salman") and joins a brother."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.start == 0 or ent.kb_id_:
        return ent
    prev = doc[ent.start - 1]
    particle = ent[0].lower_ in _FILIAL or (
        ent[0].lower_ in HYPHENED_PARTICLES and ent[1].text == "-"
    )
    if not particle or not _bare_name_word(prev) or not prev.whitespace_:
        return ent
    return SpacySpan(doc, ent.start - 1, ent.end, label="PERSON", span_id=ent.id_)


def _without_owner(ent: SpacySpan, surnames: set[str]) -> SpacySpan:
    """A body's name without the person's possessive the model took in ("Tsvangirai's Movement
    for Democratic Change", where "Morgan Tsvangirai" is named): the body is named, its leader
    only describes it. (Not "People's Liberation Army": "People" is no one's surname.)"""
    if ent.label_ != "ORG" or len(ent) < 4 or ent[1].text not in ("'s", "’s"):
        return ent
    if ent[0].text not in surnames or not ent[2].is_title:
        return ent
    return SpacySpan(ent.doc, ent.start + 2, ent.end, label="ORG", span_id=ent.id_)


def _initial_splits(ent: SpacySpan, nxt: SpacySpan) -> bool:
    """Whether a person's name ending on an initial ("Vladimir V.") goes on in the next
    entity right after it ("Putin")."""
    last = ent[-1].text
    return (
        ent.label_ == "PERSON"
        and nxt.label_ == "PERSON"
        and nxt.start == ent.end
        and len(ent) >= 2
        and len(last) == 2
        and last[0].isupper()
        and last[1] == "."
    )


def _particle_splits(ent: SpacySpan, nxt: SpacySpan) -> bool:
    """Whether a person's name goes on in the person's name right after it that begins with a
    surname's particle ("Mohamed Bashir" "Abu Nommo"): one name the model cut in two."""
    return (
        ent.label_ == "PERSON"
        and nxt.label_ == "PERSON"
        and nxt.start == ent.end
        and len(nxt) >= 2
        and nxt[0].lower_.split("-")[0] in SURNAME_PARTICLES
    )


# Last words of bodies' names that an "of" or "for" phrase in capitals may continue
# ("Progressive Party of Working People", "Federation for Human Rights").
_BODY_HEADS = {
    "party",
    "movement",
    "front",
    "council",
    "union",
    "federation",
    "association",
    "congress",
    "league",
    "alliance",
    "organisation",
    "organization",
    "commission",
    "committee",
    "institute",
    "foundation",
    "coalition",
    "society",
    "centre",
    "center",
}


def _with_of_phrase(ent: SpacySpan) -> SpacySpan:
    """A body's name the model ended before its "of" or "for" phrase ("Progressive Party" of
    "Progressive Party of Working People"): joined with the capitalised words after it that no
    entity took, up to four, none a title. The phrase may open with "the", join hyphenated
    words and end on a place after an inner "of" or "in" ("Alliance for the Re-liberation of
    Somalia"): such a name is spelt out whole where the model saw only "the Alliance"."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent[-1].lower_ not in _BODY_HEADS or ent.end + 1 >= len(doc):
        return ent
    if doc[ent.end].lower_ not in ("of", "for"):
        return ent
    first = ent.end + 2 if doc[ent.end + 1].lower_ == "the" else ent.end + 1
    k = end = first
    while k < len(doc) and k - first < 8:
        tok = doc[k]
        if tok.lower_ in ROLE_HEADS or tok.lower_ in HONORIFICS:
            return ent
        if tok.is_title and not tok.ent_type_:
            k = end = k + 1
        elif hyphen_joins(tok) and end == k:
            k = end = k + 2  # "Re-liberation": the hyphen and the word after it
        elif tok.lower_ in ("of", "in", "and") and end == k and k > first:
            k += 1
        elif tok.ent_type_ in ("GPE", "LOC") and end < k and doc[k - 1].lower_ in ("of", "in"):
            k = end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            break
        else:
            break
    if end == first or (end < len(doc) and doc[end].is_title):
        return ent  # nothing after "of", or more capitals than a name's phrase has
    if first > ent.end + 1 and end - first < 2:
        return ent  # "the" and one word: "the Council of the Americas" is the gazetteer's
    return SpacySpan(doc, ent.start, end, label=ent.label_, kb_id=ent.kb_id_)


def hyphen_joins(tok: Token) -> bool:
    """A hyphen written without spaces between two words of a name ("Re-liberation")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and doc[tok.i + 1].is_alpha
    )


def hyphen_glued(tok: Token) -> bool:
    """Whether a word ends a hyphenated compound begun by a title ("President-Elect",
    "Minister-Designate")."""
    return (
        tok.i >= 2
        and hyphen_joins(tok.doc[tok.i - 1])
        and (tok.doc[tok.i - 2].lower_ in ROLE_HEADS or tok.doc[tok.i - 2].lower_ in HONORIFICS)
    )


def _cut_end(ent: SpacySpan) -> int:
    """Where an entity's name ends without the small words it was cut after: "of" in
    "Parliament of", "of the" in "Associated Press of the", "to Defeat" in "Coalition to
    Defeat"; its end when it is whole."""
    last = ent[-1]
    if last.lower_ in _CONNECTORS:
        cut = last.i
        while cut - 1 > ent.start and ent.doc[cut - 1].lower_ in _CONNECTORS:
            cut -= 1  # "The Associated Press of the": both small words go
        return cut
    if len(ent) > 2 and ent[-2].lower_ == "to" and last.is_title:
        return last.i - 1
    return ent.end


def _people(ent: SpacySpan, cut: int) -> bool:
    """Whether the words before the cut name people, not a body: a title before them or
    before the name they are coordinated with ("Presidents Muhammadu Buhari of Nigeria and
    Patrice Talon of"), or a noun for people ("Leaders of")."""
    doc = ent.doc
    words = doc[ent.start : cut]
    if _person_word(words[-1]) or (ent.start > 0 and _person_word(doc[ent.start - 1])):
        return True
    head = words.root
    for _ in range(4):
        if any(_person_word(t) for t in doc[max(head.left_edge.i - 1, 0) : head.i]):
            return True
        if head.dep_ != "conj":
            break
        head = head.head
    return False


def _person_word(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    people = OFFICE_TITLES | ROLE_HEADS | HONORIFICS | MEMBER_WORDS
    return word in people or (word.endswith("s") and word[:-1] in people)


def titled_after(doc: Doc, i: int) -> bool:
    """ "Jane Doe, Minister of State for Foreign Affairs, ...": a title in apposition."""
    role = role_after(doc, i)
    if role is None:
        return False
    words = doc_text(doc)[role[0] : role[1]].split()
    return words[0].lower() in ROLE_HEADS  # "Minister ...", not "the Kremlin spokesman"


def titled_before(doc: Doc, span: SpacySpan) -> bool:
    """A title with its complement right before the name ("Former US Ambassador to the United
    Nations Nikki Haley"), or a title the name stands in apposition to ("a State Department
    spokesperson, Morgan Ortagus,"). Not a title that ends in "for" or "of": "the spokesman
    for Example Relief Agency" names the body he speaks for."""
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in ROLE_HEADS:
        return True
    role = role_before(doc, span.start)
    return role is not None and doc[span.start - 1].lower_ not in ROLE_GLUE


_HALF = re.compile(r"\b[Tt]he (North|South)\b(?!\s*[-–]?\s*[A-Z])")


def add_halves(article: Article, index: ActorIndex) -> None:
    """ "the North" and "the South" stand for North and South Korea (or Sudan and South
    Sudan...) where the story names the states of both halves."""
    names = {a.name: a.id for a in index.actors if a.type == "Country"}
    halves: dict[str, str] = {}
    for name, aid in names.items():
        first, _, rest = name.partition(" ")
        other = {"North": "South", "South": "North"}.get(first)
        if other and (f"{other} {rest}" in names or rest in names):
            halves[first] = aid
    taken = [(m.start, m.end) for m in index.mentions]
    for hit in _HALF.finditer(article.text):
        half = halves.get(hit.group(1))
        s, e = hit.start(1), hit.end(1)
        if half and not crosses(article, s, e, taken):
            index.mentions.append(Mention(s, e, half))


def inside_longer_name(ent: SpacySpan) -> bool:
    """ "Latin America", "Northern Ireland", "New Mexico", "South China Sea": the gazetteer
    knows a word as a state's name ("America" for the United States), but a capitalised word
    compounded onto it (or with it onto a name after), that no entity took but as a place and
    that is no title, makes a longer name: another place."""
    doc = ent.doc
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1]
    root = ent.root
    # "South China Sea": both words name the sea they modify, as one place's name; the model
    # may tag "the South" a place of its own.
    shared_head = root.dep_ == "compound" and prev.head == root.head and root.head.is_title
    inside = ent.start <= prev.head.i < ent.end
    return (
        prev.pos_ == "PROPN"
        and prev.is_title
        and prev.dep_ == "compound"
        and (inside or shared_head)
        and prev.ent_type_ in ("", "LOC")
        and prev.lower_.rstrip(".") not in HONORIFICS
        and prev.lower_ not in ROLE_HEADS
        # "Al Sisi": the Arabic article written apart is part of the person's own name.
        and not (prev.lower_ in HYPHENED_PARTICLES and ent.label_ == "PERSON")
        # "President-Elect Biden": the end of a hyphenated title, no word of a longer name
        and not hyphen_glued(prev)
    )


def add_glued(doc: Doc, article: Article, index: ActorIndex) -> None:
    """ "(EIRNS)—U.S. and Russian diplomats": punctuation glued to a name hides it from the
    tokenizer, so the model never saw it. Other occurrences of a state's or body's name the
    article uses elsewhere, found where no token boundary lets the model see them, are
    mentions too. Token-aligned occurrences the model passed over stay unread: there the
    model saw the words and decided."""
    text = article.text
    forms: dict[str, str] = {}
    for m in index.mentions:
        if m.nested or index.by_id(m.actor).type not in ("Country", "Organization"):
            continue
        form = text[m.start : m.end]
        if len(form) >= 2 and form[:1].isupper():
            forms.setdefault(form, m.actor)
    if not forms:
        return
    # Not joined by hyphens: "U.S.-Russian", "US-brokered" only modify.
    hits = find_names(text, sorted(forms, key=len, reverse=True), _glued_start, _glued_end)
    taken = [(m.start, m.end) for m in index.mentions]
    for s, e, form in hits:
        if doc.char_span(s, e) is not None or in_noise(article, s, e):
            continue
        if any(ts < e and s < te for ts, te in taken):
            continue
        index.mentions.append(Mention(s, e, forms[form]))
        taken.append((s, e))


def _glued_start(text: str, i: int) -> bool:
    """No word character, full stop or hyphen before (`(?<![\\w.-])`)."""
    return i == 0 or not (is_word_char(text[i - 1]) or text[i - 1] in ".-")


def _glued_end(text: str, i: int) -> bool:
    """No word character or hyphen after (`(?![\\w-])`)."""
    return i >= len(text) or not (is_word_char(text[i]) or text[i] == "-")


def given_name_before(ent: SpacySpan, place: Callable[[str], bool]) -> Token | None:
    """The given name written before a surname the gazetteer tagged alone ("Tom" before
    "Vance"): a capitalised proper noun no entity took that is no title or honorific ("Sen.
    Vance", "President Trump" are the famous person)."""
    if len(ent) != 1 or ent.start == 0:
        return None
    prev = ent.doc[ent.start - 1]
    if prev.pos_ != "PROPN" or not prev.is_alpha or not prev.is_title:
        return None
    # (The model may take a given name it does not know for a place: "Melania" as a GPE;
    # `place` tells the names of real places; or for a person of its own, cut from the
    # surname the gazetteer took: "Hunter" | "Biden".)
    alone = prev.ent_type_ == "PERSON" and prev.ent_iob_ == "B" and not prev.ent_id_
    if prev.ent_type_ not in ("", "GPE") and not alone:
        return None
    if prev.ent_type_ == "GPE" and place(prev.text):
        return None
    if prev.lower_ in HONORIFICS or prev.lower_ in ROLE_HEADS or prev.lower_ in HYPHENED_PARTICLES:
        return None  # ("Al Sisi": the Arabic article is part of the famous name)
    if office_word(prev):
        return None  # "Minister for External Affairs Jane": the end of the title, no given name
    if hyphen_glued(prev):
        return None  # "President-Elect Trump": the end of a hyphenated title, no given name
    return prev


def opens_quote(tok: Token) -> bool:
    """Whether the token opens a quotation (a chant, "Dump Trump", is no one's name)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text in ('"', "“", "‘", "'")


# Particles a name may open with in lower case ("al-Assad", "de Mistura", "van der Bellen").
_PARTICLES = {"al", "el", "ad", "as", "ash", "at", "de", "da", "di", "du", "dos", "das", "del"}
_PARTICLES |= {"van", "von", "der", "den", "bin", "ibn", "ben", "le", "la", "ul", "e", "y"}


def lower_words(surface: str) -> bool:
    """Whether words the model took for a name open in lower case with no name particle: the
    words are common ones ("restraint &", "economics of clean energy")."""
    first = surface.split()[0] if surface.split() else ""
    if not first[:1].islower():
        return False
    return first.split("-")[0].rstrip("'’") not in _PARTICLES


# A plural honorific before names lists several people ("Messrs Kiir and Machar").
_LISTED = re.compile(r"(?:Messrs|Mmes|Mesdames)\.?\s+")


def listed_surnames(name: str) -> list[tuple[int, int]]:
    """The character ranges of the names a plural honorific lists ("Messrs Kiir, Machar and
    Lamamra": three people), none where it lists none."""
    head = _LISTED.match(name)
    if head is None:
        return []
    return [
        (head.end() + m.start(), head.end() + m.end())
        for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", name[head.end() :])
    ]

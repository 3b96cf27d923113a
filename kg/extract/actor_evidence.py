"""Evidence that a name the model proposes is no actor of the story: a place, a thing, a venue
or a document's author named only to name the document.

The guidelines: an actor speaks, acts, fills an event role or is an affected party; places used
only as locations, venues, buildings, projects and forums named only inside an event's or a
document's name are not actors. The model types many such names as organisations ("Crete",
"Abqaiq", "EuroAfrica Interconnector", "Economy of Turkey").

Input: spaCy spans of one candidate actor's mentions. Output: yes or no questions the actor
stage (`kg.extract.actors`) asks before it keeps an organisation.
- `known_place`: a city of the GeoNames cache (population 15,000 or more) or a US state;
- `is_place` / `is_thing`: a mention the sentence itself calls a place ("our biggest island
  Crete", "Maidan Wardak province") or a thing ("X, a similar project"; a name whose head word
  is a thing's: "Project of Common Interest", "Economy of Turkey");
- `no_role`: no mention acts (subject, agent, owner, object, party of "with", "between", ...)
  and some mention is a venue ("at the UN General Assembly", "the annual meeting of X") or
  only names a document ("UN Security Council resolution 2259");
- `outlet_name`, `place_acronym`, `portfolio`: a name shaped as an outlet's ("Cyprus Mail"),
  an acronym in brackets after a place ("Kurdistan Region (KRI)"), words in brackets after a
  title ("Joint Secretary (Internal Security)").
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.entity_roles import LINKING, acts
from kg.extract.roles import HONORIFICS, PORTFOLIOS, is_role_word
from kg.gazetteer import normalize
from kg.gazetteer_places import city_and_state_names

log = logging.getLogger(__name__)

# Cities below this size share their names with too many people and firms to tell apart.
_MIN_POPULATION = 15000


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Names of the GeoNames cities (15,000 people or more) and the US states, as written.

    Only the main name, never the alternate names: those include acronyms that are also
    bodies' ("SDF", "PKK") and names that are also movements' ("Hamas")."""
    names = city_and_state_names(_MIN_POPULATION)  # from a compact file after the first run
    log.debug("place gazetteer: %d names", len(names))
    return frozenset(n for n in names if len(n) > 2)


def known_place(surface: str) -> bool:
    """Whether the words are the name of a known city or US state ("Abqaiq", "Ohio")."""
    return surface in _places()


# Nouns that say a name is a place's: "the island of Crete", "Idlib province".
PLACE_NOUNS = {
    "island",
    "islands",
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "governorate",
    "county",
    "peninsula",
    "port",
    "capital",
    "municipality",
    "oblast",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "mountain",
    "valley",
    "river",
    "sea",
    "gulf",
    "strait",
    "desert",
    # (features of the land named after a place: "the hills of Yb")
    "hill",
    "plateau",
    "plain",
    "lake",
    "bay",
}

# Nouns that say a name is a thing's, never an actor's: projects, infrastructure, agreements,
# phenomena. A name whose head word is one of these ("Project of Common Interest", "EastMed
# Pipeline", "Economy of Turkey") or that the sentence calls one ("EuroAfrica Interconnector,
# a similar project") names no actor.
THING_NOUNS = {
    "project",
    "projects",
    "pipeline",
    "interconnector",
    "corridor",
    "cable",
    "economy",
    "agreement",
    "treaty",
    "accord",
    "deal",
    "initiative",
    # Documents a talks' story names with capitals ("the Terms of Reference", "the Annex on
    # Normalization", "the Ufa Agreements"): what the parties wrote or signed, no actor.
    "agreements",
    "treaties",
    "accords",
    "deals",
    "terms",
    "annex",
    "points",
    "protocol",
    "memorandum",
    "roadmap",
    "declaration",
    "communique",
    "programme",
    "program",
    "plan",
    "strategy",
    "zone",
    "field",
    "bridge",
    "dam",
    "canal",
    "highway",
    "railway",
    "airport",
    "pandemic",
    "epidemic",
    "phenomenon",
    "storm",
    "hurricane",
    "cyclone",
    "typhoon",
    "drought",
}

# What the sentence may call a work or an outlet ("Fight Club, the film"; "Univision, the
# Spanish-language broadcaster"): things too, and the outlets reporting the story are no actors.
CALLED_THINGS = {
    "film",
    "movie",
    "book",
    "novel",
    "song",
    "album",
    "series",
    "documentary",
    "newspaper",
    "daily",
    "tabloid",
    "magazine",
    "broadcaster",
    "channel",
    "website",
    "outlet",
    "weekly",
}

# Head words that also end bodies' names ("World Food Programme", "Nuclear Threat Initiative"):
# a thing only where the sentence calls the name one.
_BODY_HEADS = {"programme", "program", "initiative", "plan", "strategy"}

# Nouns a venue is named by: "the annual meeting of the General Assembly".
_OCCASIONS = {"meeting", "session", "sideline", "sidelines", "margin", "margins", "summit"}
# Prepositions that place something at a venue: "demands justice at the General Assembly".
_VENUE_PREPS = {"at", "during", "inside"}
# Documents a body is named in without acting in the story: "Security Council resolution 2259".
_DOCUMENTS = {"resolution", "resolutions", "charter"}
# Buildings a body owns, named as where something happens.
_BUILDINGS = {"headquarters", "building", "offices", "premises", "campus", "compound"}
# Prepositions whose object is a party, agent, source or addressee: "talks with X",
# "between X and Y", "condemned by X", "a letter from X", "told to X".
PARTY_PREPS = {"with", "between", "against", "by", "from", "to", "among", "toward", "towards"}


def first_conjunct(tok: Token) -> Token:
    """ "Crete and Cyprus": the second stands where the first does."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


# Prepositions whose object is where something is or happens ("in Anytown", "near Anyriver").
_WHERE_PREPS = {"in", "at", "near", "into", "inside", "across", "throughout"}
# Words of going somewhere: their "to" leads to a place ("flew to Anytown", "a visit to ..."),
# where "wrote to" or "spoke to" leads to someone.
_GOING = {"travel", "fly", "go", "come", "arrive", "return", "head", "visit", "trip", "journey"}


def where_only(span: SpacySpan) -> bool:
    """Whether a one-word name stands where a place does: the object of "in", "at", "near"
    ..., or of the "to" of going ("a visit to Anytown"), after "the", or a known city not
    acting ("between Anytown and Othertown"); a name the model took for a person's that only
    ever stands so is a place's. A title or honorific before it makes it a person's ("to
    President Doe")."""
    if len(span) != 1:
        return _names_where(span)
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (
        before.pos_ == "PROPN"
        or is_role_word(before.lower_)
        or before.lower_.rstrip(".") in HONORIFICS
    ):
        return False  # a title's, or the last word of a longer name the model cut ("J Doe")
    if before is not None and before.lower_ == "the" and span.root.tag_ != "NNPS":
        return True  # "the banks of the Anyriver": no one's name takes "the"
    tok = first_conjunct(span.root)
    if known_place(span.text) and tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "visit":
        return True  # "the mission visited Anytown": one visits places, and meets people
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in _WHERE_PREPS or (
        prep.lower_ == "to" and prep.head.lemma_.lower() in _GOING
    )


# Nouns whose "in X" is a person's as well as a place's ("confidence in Jane Roe").
_IN_SOMEONE = {"confidence", "trust", "faith", "interest", "belief", "role", "part"}


def _names_where(span: SpacySpan) -> bool:
    """`where_only` for a name of two or three words the model took for a person's ("Port
    Nira", "Vale do Sul"): the object of "in", "near", "into" ..., or of "visited"; not after
    a title ("in Minister Jane Roe's view") nor after a noun whose "in" leads to someone."""
    if len(span) > 3 or not all(t.pos_ == "PROPN" or t.is_lower for t in span):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (is_role_word(before.lower_) or before.lower_ in HONORIFICS):
        return False
    # (The name itself, not the first of a list: the parser may hang a person's name after
    # a place on it, "after talks in Anytown, Jane Roe, head of ...".)
    tok = span.root
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "visit":
        return True
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in _WHERE_PREPS - {"at"}
        and prep.head.lemma_.lower() not in _IN_SOMEONE
    )


def _head_word(span: SpacySpan) -> str:
    """The word a name is a name of: the one before "of" or "on" ("Economy of Turkey", "Annex
    on Normalization"), else the last."""
    words = [t.lower_ for t in span]
    at = next((i for i, w in enumerate(words) if i > 0 and w in ("of", "on")), None)
    if at is not None:
        return words[at - 1]
    return words[-1] if words else ""  # (a span of white space only: no word)


def says(tok: Token, nouns: set[str], of_phrase: bool = True, modifier: bool = True) -> bool:
    """Whether the sentence calls the name at `tok` one of `nouns`: in apposition ("our
    biggest island Crete", "X, a similar project"), as a noun the name modifies ("Maidan Wardak
    province") or as the noun it follows "of" after ("the island of Crete")."""
    if tok.dep_ in (("appos", "compound") if modifier else ("appos",)) and tok.head.lower_ in nouns:
        return True
    if any(c.dep_ == "appos" and c.lower_ in nouns for c in tok.children):
        return True
    if (
        of_phrase
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lower_ in nouns
    ):
        return tok.head.head.i < tok.i and tok.head.head.dep_ != "nsubj"
    return False


# Last words of the names of places that are no states or cities ("Scarborough Shoal",
# "Golan Heights", "Spratly Islands"); a state so named is in the gazetteer ("Solomon Islands").
_PLACE_HEADS = {"shoal", "reef", "atoll", "islands", "heights", "strait", "gulf", "peninsula"}
# First words of Arabic place names ("Tell Tamer", "Ain Issa", "Ras al-Ain", "Beit Hanoun",
# "Kafr Nabl", "Wadi Khaled"): hill, spring, cape, house, village, valley, monastery,
# mountain; and Spanish "Ciudad" ("Ciudad Juárez"); the model often tags such names as
# people's. (Not "Tal", a given name.)
_PLACE_OPENERS = {"tell", "ain", "ras", "beit", "kafr", "wadi", "deir", "jabal", "jebel", "ciudad"}


def place_shaped(surface: str) -> bool:
    """Whether a name of two words or more is shaped as a place's by its first or last word."""
    words = surface.lower().split()
    return len(words) >= 2 and (words[0] in _PLACE_OPENERS or words[-1] in _PLACE_HEADS)


def is_place(span: SpacySpan) -> bool:
    """Whether the sentence calls this mention a place ("the island of Crete"); the noun
    right before the name counts whatever the parse ("our largest island Crete")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lower_ in PLACE_NOUNS:
        return True
    return place_shaped(span.text) or says(span.root, PLACE_NOUNS)


PLACES_NOUNS = {n[:-1] + "ies" if n.endswith("y") else n + "s" for n in PLACE_NOUNS}


def called_a_place(span: SpacySpan) -> bool:
    """`is_place`, also for a name listed after another ("the cities of Ghadames and Sabha"),
    where the model took the towns for people."""
    tok = first_conjunct(span.root)
    return is_place(span) or says(tok, PLACE_NOUNS | PLACES_NOUNS, modifier=False)


def a_product(span: SpacySpan) -> bool:
    """Whether a firm's name stands for one of its products: an indefinite article before it
    ("struck by a Volvo XC90", "an Airbus A320", "bought a Toyota"), unless the name only
    modifies a common noun ("a Hamas commander")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in ("a", "an"):
        return False
    root = span.root
    # (With a model's name after it, the firm's name is a compound too: "a Volvo XC90".)
    return root.dep_ != "compound" or not root.head.is_lower


def is_thing(span: SpacySpan) -> bool:
    """Whether the name is a thing's: by its head word or by what the sentence calls it."""
    if _head_word(span) in THING_NOUNS - _BODY_HEADS:
        return True
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in LINKING:
        # "EuroAfrica Interconnector is a similar project"
        if any(c.dep_ == "attr" and c.lower_ in THING_NOUNS for c in root.head.children):
            return True
    # Not "the GOP field", "a Gazprom pipeline": a body may modify a thing's noun.
    return says(root, THING_NOUNS | CALLED_THINGS, modifier=False)


def _acts(tok: Token) -> bool:
    """Whether a mention fills an actor's place in its clause: it does or says something
    (subject), suffers or receives it (object), owns something, or is the party, agent,
    source or addressee a preposition names."""
    tok = first_conjunct(tok)
    dep = tok.dep_
    if dep == "nsubj":
        if tok.head.lemma_ in LINKING:
            return any(c.dep_ == "acomp" for c in tok.head.children)
        return True
    if dep in ("nsubjpass", "dobj", "dative", "agent", "ROOT"):
        return True
    if dep == "poss":
        # "the think tank's Washington headquarters": where it happens, not who does it
        return tok.head.lower_ not in _DOCUMENTS and tok.head.lower_ not in _BUILDINGS
    if dep == "pobj":
        return tok.head.lower_ in PARTY_PREPS
    if dep == "compound":
        return tok.head.lower_ not in _DOCUMENTS
    return False


def _venue(tok: Token) -> bool:
    tok = first_conjunct(tok)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in _VENUE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_ in _OCCASIONS


def _building(tok: Token) -> bool:
    """ "at the Atlantic Council's Washington headquarters": the body's building is a venue."""
    building = tok.head
    return (
        tok.dep_ == "poss"
        and building.lower_ in _BUILDINGS
        and building.dep_ == "pobj"
        and building.head.lower_ in _VENUE_PREPS | {"in", "outside", "near"}
    )


def _document(tok: Token) -> bool:
    return tok.dep_ in ("compound", "poss") and tok.head.lower_ in _DOCUMENTS


def no_role(spans: list[SpacySpan]) -> bool:
    """Whether a body named in these mentions never acts and is named as a venue or only to
    name a document: the guidelines' venue, or a forum named inside an event's name."""
    roots = [s.root for s in spans]
    if any(_acts(r) for r in roots):
        return False
    return any(_venue(r) or _building(r) or _document(r) for r in roots)


def no_body(doc: Doc, mentions: list[tuple[int, int]], known: bool) -> bool:
    """Whether the body mentioned at these character ranges is no actor of the story: a name
    the gazetteer does not know (`known` false) that the text calls a place or a thing, or a
    known city that never acts; any body that never acts and is named as a venue or only to
    name a document (`no_role`)."""
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in mentions]
    found = [s for s in spans if s is not None]
    if not found:
        return False
    if not known and any(
        is_place(s)
        or is_thing(s)
        or place_acronym(s)
        or a_product(s)
        or office_holders(s)
        or portfolio(s)
        for s in found
    ):
        return True
    if not known and any(known_place(s.text) for s in found):
        # A city's name is also a firm's or a pollster's ("a Gallup poll found"): the name is
        # a place where it does nothing a body does, nor what a capital does for its state
        # ("the plant at Abqaiq", "flew in from Hanover", "Abqaiq was the target").
        if not any(_acts(s.root) and (s.root.dep_ == "compound" or acts(s)) for s in found):
            return True
    return no_role(found)


def office_holders(span: SpacySpan) -> bool:
    """Whether a name is a plural title ("the Heads of State of Central Asia", "Foreign
    Ministers of the G7"): the people who hold the office, named together, not a body."""
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    return (
        len(words) > 2
        and words[0].tag_ in ("NNS", "NNPS")
        and words[0].lower_.endswith("s")
        and is_role_word(words[0].lower_[:-1])
        and words[1].lower_ == "of"
    )


# Last words of news outlets' names ("Cyprus Mail", "Business Insider", "Al-Masirah TV"); not
# "Journal": a journal's study is a source ("a study in the British Medical Journal found").
_OUTLET_WORDS = {
    "news",
    "times",
    "post",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "chronicle",
    "insider",
    "tv",
    "television",
    "radio",
    "broadcasting",
    "magazine",
    "weekly",
    "daily",
    "mail",
    "ajansi",  # Turkish "agency": "Anadolu Ajansı" (`normalize` folds the dotless "ı")
}


# A word and a channel number run together, as news brands are named ("France24",
# "Kurdistan24"); no person's or state's name is (short ones are forums: "G20", "COP28").
_BRAND = re.compile(r"[A-Z][a-z]{4,}\d{1,3}")


def outlet_name(surface: str) -> bool:
    """Whether a name is shaped as a news outlet's ("Cyprus Mail", "Yahoo News",
    "Kurdistan24"): the outlets reporting the story are no actors of it."""
    words = surface.split()
    if len(words) == 1:
        return bool(_BRAND.fullmatch(surface))
    # ("Daily Example": the word opens a paper's name as often as it closes one.)
    return normalize(words[-1]) in _OUTLET_WORDS or normalize(words[0]) == "daily"


def _in_brackets_after(span: SpacySpan) -> Token | None:
    """The word before the parenthesis a mention stands alone in: "Kashmir" of "Indian Held
    Kashmir (IHK)", "secretary" of "Joint secretary (Internal Security)"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc):
        return None
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return None
    return doc[span.start - 2]


def place_acronym(span: SpacySpan) -> bool:
    """An acronym in brackets after a place's name is the place's ("Indian Held Kashmir
    (IHK)")."""
    before = _in_brackets_after(span)
    if before is None or before.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    return not _ends_a_body_name(before)


def _ends_a_body_name(place: Token) -> bool:
    """Whether a place's name closes a capitalised name by "of" or "for" ("the Forces for the
    Liberation of Eastland"): the model tags the place apart, but the acronym in brackets
    after it spells the whole name, a body's."""
    doc = place.doc
    i = place.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1  # (to the place name's first word)
    j = i - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 1 and doc[j].lower_ in ("of", "for") and doc[j - 1].is_title


def portfolio(span: SpacySpan) -> bool:
    """Words in brackets after a title name the title's portfolio or abbreviate it, not a
    person or a body ("Joint Secretary (Internal Security)", "Minister of Foreign Affairs
    (MoFA)"); so do portfolio words right before a title ("Defence Minister")."""
    before = _in_brackets_after(span)
    if before is not None:
        if is_role_word(before.text):
            return True
        # Back over the title's capitalised words and glue to its head word, which the
        # acronym begins with ("Minister of Foreign Affairs (MoFA)"; not "commander of the
        # Popular Mobilization Forces (PMF)", a body's name after a title).
        doc = span.doc
        i = before.i
        while i > before.i - 6 and i >= 0 and (doc[i].is_title or doc[i].lower_ in _GLUE):
            if is_role_word(doc[i].text):
                return doc[i].lower_[0] == span.text[:1].lower()
            i -= 1
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        after is not None
        and is_role_word(after.text)
        and all(t.lower_ in _PORTFOLIO_WORDS for t in span)
    ):
        return True
    return _after_a_title(span)


def _after_a_title(span: SpacySpan) -> bool:
    """ "Assistant Secretary of State for Middle Eastern Affairs", "the minister for Foreign
    Affairs": affairs after a title's "for" or "of" are the title's portfolio, not a body."""
    doc = span.doc
    if (
        not len(span)
        or span[-1].lower_ != "affairs"
        or span.start == 0
        or doc[span.start - 1].lower_ not in _GLUE
    ):
        return False
    i = span.start - 2
    while (
        i > span.start - 8
        and i >= 0
        and (doc[i].is_title or doc[i].lower_ in _GLUE or is_role_word(doc[i].text))
    ):
        if is_role_word(doc[i].text):
            return True
        i -= 1
    return False


_GLUE = {"of", "for", "and"}
# Words of a minister's portfolio, which alone name no body ("Defence" of "Defence Minister").
_PORTFOLIO_WORDS = PORTFOLIOS | {"affairs", "home"}


def portfolio_at(doc: Doc, start: int, end: int) -> bool:
    """`portfolio` for the mention at these characters."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and portfolio(span)


def posted_on(tok: Token) -> bool:
    """Whether a channel's name is where words are posted ("took to Facebook", "condemned the
    attack on Twitter"), not the firm that acts."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "to", "via", "through")

"""Where an event happens: its place ("in Istanbul", "the Budapest summit", "in Turkey, where
she met ...") and venue ("at the Dolmabahce Palace"), read from the event word's dependency
neighbourhood; and the names compounded before a topic word ("the Syria peace talks"), which
say what the talks are about, not where or between whom.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.timeline_words import PLACE_TYPES
from kg.gazetteer import Gazetteer
from kg.model import Article, EventKind, Place, Span

VENUE_WORDS = re.compile(
    r"\b(?:Palace|Hotel|Hall|House|Center|Centre|Building|Residence|Castle|Mansion|Villa|"
    r"Stadium|Airport|Base|Headquarters|Embassy|Office)\b"
)
REGION_WORDS = {
    "region",
    "regions",
    "oblast",
    "oblasts",
    "province",
    "provinces",
    "district",
    "districts",
    "city",
    "cities",
    "area",
    "areas",
    "territory",
    "territories",
}
# What a conflict's talks are about, not who holds them: "the Syria peace talks".
TOPIC_MODIFIERS = {"peace", "ceasefire", "truce", "security", "nuclear", "settlement"}


def topic_compounds(head: Token) -> set[int]:
    """Names compounded before a topic word of the event noun ("Syria" in "Syria peace
    talks") tell what the talks are about, not who holds them."""
    mods = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    topic = [c.i for c in mods if c.lower_ in TOPIC_MODIFIERS]
    if not topic:
        return set()
    return {x.i for c in mods if c.i < min(topic) for x in c.subtree}


# Participles by which a gathering's phrase tells where it took place.
HELD_PARTICIPLES = {
    "held", "hosted", "convened", "organised", "organized", "staged", "conducted", "scheduled",
    "planned", "signed",
}  # fmt: skip


def places(
    head: Token, kind: EventKind, article: Article, gz: Gazetteer | None
) -> tuple[Place | None, Place | None]:
    text = article.text
    location = venue = None
    starts = [head]
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ in ("VERB", "AUX"):
        starts.append(head.head)
        # "is expected to take place in Istanbul"
        starts.extend(c for c in head.head.children if c.dep_ == "xcomp")
    # "signed an agreement in Beijing", "strikes killed the commander in Khan Younis": the
    # parse hangs the place on the verb's object
    objects = [
        c for v in starts if v.pos_ == "VERB" for c in v.children if c.dep_ == "dobj" and c != head
    ]
    # "met his counterpart Amir Khan Muttaqi in Kabul": or on the name in apposition to it
    starts.extend([*objects, *(a for o in objects for a in o.children if a.dep_ == "appos")])
    # "the first round, held in Istanbul on May 2": the participle that tells where it was held
    starts.extend(c for c in head.children if c.dep_ == "acl" and c.lower_ in HELD_PARTICIPLES)
    if kind == "attack":
        # "a shooting by two gunmen in California": the place may hang on the attacker
        starts.extend(
            o
            for c in head.children
            if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for o in c.children
            if o.dep_ == "pobj"
        )
    topical = topic_compounds(head)  # "the Gaza ceasefire talks" need not be in Gaza
    # "the Istanbul talks", "the Budapest summit": a name before the event word places it only
    # when no preposition does; "the Idlib refugee talks in Ankara" are held in Ankara.
    named = next(
        (
            Place(name=c.text, span=Span.of(text, c.idx, c.idx + len(c)))
            for c in reversed(list(head.children))
            if c.i not in topical
            and c.dep_ in ("compound", "nmod")
            and c.ent_type_ in ("GPE", "LOC")
            and not _paired(c)
            and (gz is None or gz.lookup(c.text) is None)
        ),
        None,
    )
    clause = head if head.pos_ == "VERB" else head.head  # "where he held talks"
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
        # "in Turkey, where she met the minister": the place the clause hangs on.
        if clause.head.ent_type_ in ("GPE", "LOC"):
            s, e = clause.head.idx, clause.head.idx + len(clause.head)
            location = Place(name=text[s:e], span=Span.of(text, s, e))
    seen: set[int] = set()
    queue = list(starts)
    preps: tuple[str, ...] = ("in", "at", "near")
    if kind == "attack":
        preps = ("in", "at", "near", "on", "of")
    elif head.lemma_.lower() in ("visit", "trip", "travel"):
        preps = ("in", "at", "near", "to")  # "a visit to Cyprus"
    while queue:
        tok = queue.pop(0)
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in preps or c.i in seen:
                continue
            seen.add(c.i)
            for pobj in (x for x in c.children if x.dep_ == "pobj"):
                pobj = _named_by(pobj)
                toks = _cut_at_prep(pobj)
                toks = [t for t in toks if not t.is_space]
                # A headline's attribution is no part of the place: "in Pyongyang: Seoul".
                cut = next((k for k, t in enumerate(toks) if t.text in (":", "|")), None)
                toks = toks[:cut] if cut is not None else toks
                while toks and toks[0].dep_ == "det":
                    toks = toks[1:]
                while toks and toks[-1].is_punct:
                    toks = toks[:-1]
                if not toks:
                    continue
                s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
                name = text[s:e]
                is_place = any(t.ent_type_ in PLACE_TYPES or t.ent_type_ == "EVENT" for t in toks)
                if VENUE_WORDS.search(name) and venue is None and name[:1].isupper():
                    venue = Place(name=name, span=Span.of(text, s, e))
                elif (
                    is_place
                    and location is None
                    and not in_noise(article, s, e)
                    and (
                        pobj.ent_type_ in ("GPE", "LOC")
                        or pobj.lower_ in REGION_WORDS
                        and any(t.ent_type_ in ("GPE", "LOC") for t in toks)
                    )
                ):
                    location = Place(name=name, span=Span.of(text, s, e))
                queue.append(pobj)
    if location is None:
        location = named
    if location is None:
        location = _destination(head, text)
    if location is not None and gz is not None:
        # A capital the gazetteer identifies keeps one identity (place/Q649) across articles.
        location.wikidata = gz.city_wikidata(location.name)
    return location, venue


def _paired(name: Token) -> bool:
    """A name hyphened to another ("the Bhutan-Sri Lanka commission", "India-Pakistan talks")
    names the two sides, not the place."""
    toks = list(name.subtree)
    first, last = toks[0], toks[-1]
    doc = name.doc
    before = doc[first.i - 1].text if first.i > 0 else ""
    after = doc[last.i + 1].text if last.i + 1 < len(doc) else ""
    hyphens = ("-", "–")
    return any(t.text in hyphens for t in toks) or before in hyphens or after in hyphens


# Verbs of travel ("flew to Kyiv"), read by event_args and event_modality too.
TRAVEL_LEMMAS = frozenset({"travel", "fly", "go", "come", "arrive", "return", "head"})
TRIP_NOUNS = {"visit", "trip", "tour", "stay"}
# Common nouns that name a place one leaves or returns to ("left the Egyptian capital").
PLACE_NOUNS = {"capital", "country", "city"}


def left_or_returned(tok: Token) -> bool:
    """`The delegation has left the Egyptian capital`, `the envoys returned to Niamey`: someone
    leaves or comes back to a named place (the guidelines' arrivals, `other`); not "left the
    talks", "left office" nor "returned to the negotiating table"."""
    if tok.lower_ == "left" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True  # "left for Jeddah": the trigger's pattern named the place
    if tok.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if tok.lower_ == "left":
        places = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        places = [
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
            if o.dep_ == "pobj"
        ]
    return any(p.ent_type_ in ("GPE", "LOC") or p.lemma_.lower() in PLACE_NOUNS for p in places)


def _destination(head: Token, text: str) -> Place | None:
    """Where a traveller met someone: "travelled to Greece, meeting the prime minister",
    "during her last visit to Cyprus, she met ...": the place the travel or the visit goes to."""
    goals: list[Token] = []
    if head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp", "conj"):
        if head.head.lemma_.lower() in TRAVEL_LEMMAS:
            goals.append(head.head)
    if head.pos_ == "VERB":
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("during", "on", "in"):
                goals.extend(
                    x for x in c.children if x.dep_ == "pobj" and x.lemma_.lower() in TRIP_NOUNS
                )
    for g in goals:
        for prep in (c for c in g.children if c.dep_ == "prep" and c.lower_ in ("to", "in")):
            for pobj in (x for x in prep.children if x.dep_ == "pobj"):
                if pobj.ent_type_ in ("GPE", "LOC"):
                    toks = [t for t in _cut_at_prep(pobj) if t.dep_ != "det" and not t.is_punct]
                    s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
                    return Place(name=text[s:e], span=Span.of(text, s, e))
    return None


# Nouns of a settlement that its name follows: "the southwestern Turkish city of Antalya".
SETTLEMENT_NOUNS = {"city", "town", "port", "village", "resort", "island"}


def _named_by(pobj: Token) -> Token:
    """The name of "the city of Antalya", "the capital of Kazakhstan" is the place itself; any
    other phrase is its own."""
    if pobj.lemma_.lower() not in SETTLEMENT_NOUNS:
        return pobj
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((x for x in of.children if x.dep_ == "pobj"), None) if of is not None else None
    return name if name is not None and name.ent_type_ in ("GPE", "LOC") else pobj


def _cut_at_prep(pobj: Token) -> list[Token]:
    """The place phrase without trailing modifiers: "the Çırağan Palace" of "… in Istanbul"."""
    toks = [pobj]
    for t in pobj.subtree:
        if t.i == pobj.i:
            continue
        inside = True
        a = t
        while a.i != pobj.i:
            if a.dep_ in ("prep", "relcl", "acl") and a.head.i == pobj.i:
                inside = False
                break
            a = a.head
        if inside:
            toks.append(t)
    return sorted(toks, key=lambda t: t.i)


def visited_host(head: Token, actors: ActorIndex, gz: Gazetteer | None) -> list[str]:
    """`Meloni visited Tunis`, `her visit to Tunis`: a visit to a capital is a visit to its
    state, which hosts it, when the text names that state as an actor (a party named, never one
    inferred: a state the story does not name is not added)."""
    trip = head.pos_ == "NOUN" and head.lemma_.lower() in ("trip", "travel", "journey")
    if gz is None or not (head.lower_.startswith("visit") or trip):
        return []
    if head.pos_ == "VERB":
        places = [c for c in head.children if c.dep_ == "dobj"]
    else:
        to = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "to"]
        places = [x for p in to for x in p.children if x.dep_ == "pobj"]
    out: list[str] = []
    for place in places:
        if place.ent_type_ != "GPE":
            continue
        hit = gz.city_country(place.text)
        if hit is None or not hit[1]:
            continue  # a city that is not its state's capital stands for no host
        out += [a.id for a in actors.actors if a.type == "Country" and a.name == hit[0].name][:1]
    return out

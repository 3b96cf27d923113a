"""Which actors act in a story: places, venues, modifiers, datelines and outlets do not.

A state, body or person is an actor of the story where some mention of it stands in an actor's
place (subject, owner, object, agent, a party after "with", "between", "against" ...), or a
pronoun or description resolved to it does (the discourse stage passes those); a name used
only as a location ("talks in Kazakhstan"), a modifier ("Sudan Armed Forces", "Turkish
President") or a topic ("talks on Sudan") is not. The guidelines are in the eval README.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from kg.extract.actor_evidence import PLACE_NOUNS
from kg.extract.actor_lists import counting_noun, listed_after_name, listed_members
from kg.extract.delegations import headed_in_titles
from kg.extract.event_lists import visit_list_member
from kg.extract.event_members import in_member_clause
from kg.extract.index import ActorIndex
from kg.extract.name_compounds import compound_heads
from kg.extract.roles import SPEAKER_NOUNS, is_role_word
from kg.nlp import doc_text, span_at

log = logging.getLogger(__name__)


# Where a mention of a state stands when the state acts or is a party: subject, owner, object,
# agent, or the object of a preposition that joins parties ("talks between X and Y", "a call
# with X", "a war against X"). People and bodies are parties after more prepositions ("spoke
# to X", "a letter from X").
_PARTY_PREPS = {"with", "between", "by", "against", "among", "amongst", "versus", "vs"}
# A state or a person "alongside" another acts with it ("mediating alongside Eastland", "...
# alongside Mr Roe"); a body there is mostly what a description of people resolved to
# ("alongside leaders of the bloc's member states"), not a party.
_ALONGSIDE = "alongside"
_PERSON_PREPS = _PARTY_PREPS | {"to", "from", "for", "toward", "towards", "upon"}
# Nouns of what one party directs at another: "from X" is who does it, "to X" who receives
# it (not "a visit to X" or "flights from X": places). Not `cue_acts.WORDS_GIVEN`, which
# holds words of reporting too: "Reporting from Bogota, Colombia" names no party.
_DIRECTED_ACTS = frozenset(
    """support backing opposition criticism condemnation objection pressure request invitation
    offer assistance help aid message letter apology condolence gratitude thanks appeal
    demand warning threat praise protest""".split()
)


def _directed(head: Token) -> bool:
    """Whether a preposition's head is a directed act's noun, or a verb whose object is one
    (the parser hangs "from X" on the verb of "won support from X")."""
    nouns = (
        [head, *(c for c in head.children if c.dep_ == "dobj")] if head.pos_ == "VERB" else [head]
    )
    return any(n.lemma_.lower() in _DIRECTED_ACTS for n in nouns)


_ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "dative", "attr", "oprd", "agent"}
# Words whose "on X" names a party they act on, not a place or a topic.
_ACTS_ON = {
    "call",
    "impose",
    "press",
    "pressure",
    "sanction",
    "attack",
    "strike",
    "embargo",
    "tariff",
    "ban",
    "restriction",
    "war",
    "assault",
    "raid",
    "blockade",
    "declare",
    "fire",
    "prevail",
    "rely",
    "depend",
}
_PARTS_OF_PLACES = {
    "city",
    "region",
    "province",
    "capital",
    "territory",
    "part",
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "border",
    "coast",
    "outskirts",
    "area",
    "people",
    "citizen",
    "civilian",
    "resident",
    "population",
    "map",
    "history",
}
# Parts of a state's land: "Afghanistan's Maidan Wardak province" names a place.
_LAND = {"city", "region", "province", "capital", "territory", "district", "border", "coast"}
# People who act for a state or body: "officials from Ghana", "delegates from the AU".
_PEOPLE = {
    "official",
    "delegate",
    "representative",
    "diplomat",
    "negotiator",
    "envoy",
    "minister",
    "mediator",
    "observer",
    "expert",
    "delegation",
    "team",
}
# States and the people who act for them: a state "including" after them is one of them.
_STATES_PEOPLE = _PEOPLE | {
    "country",
    "state",
    "nation",
    "member",
    "partner",
    "ally",
    "government",
    "chief",
    "leader",
    "participant",
}
# Nouns for states as such, which names in apposition list ("European partners – Germany").
STATE_ROLE_NOUNS = {"country", "state", "nation", "partner", "ally", "member", "power", "neighbour"}
# Nouns for a group of states whose members a list of names in apposition gives ("the P5+1
# group - A, B and C"): the members act where the group does.
_STATE_GROUPS = {"group", "bloc", "grouping", "coalition", "alliance"}
# Nouns of a vote's sides, which a list of states in apposition gives ("4 in favour (A, B),
# with 2 abstentions (C, D)"): each state listed voted, an act.
_VOTES = {"favour", "favor", "abstention", "veto"}
# Verbs whose object is a place ("visited Cyprus", "left Kyiv").
_PLACE_VERBS = {"leave", "reach", "enter", "tour", "cross", "return", "travel", "fly"}


def _first_title(title: Token) -> Token:
    """The first title of a list of titles the parser hung one on another ("the President of
    A, Prime Minister of B and President of C": appositions and conjuncts of the first)."""
    while title.dep_ in ("appos", "conj") and title.head != title and is_role_word(title.head.text):
        title = title.head
    return title


def _unnamed_holder(title: Token) -> bool:
    """Whether a title names no holder: no person's name in its phrase or right beside it
    ("the President of Eastland, Jane Roe", "Jane Roe, President of Eastland", "President of
    Eastland Jane Roe"), and no name of its own ("President Roe" the model tagged whole)."""
    if title.ent_type_ or title.dep_ == "appos":
        return False
    doc = title.doc
    first, last = title.left_edge.i, title.right_edge.i
    near = doc[max(first - 2, 0) : min(last + 4, len(doc))]
    return not any(t.ent_type_ == "PERSON" for t in near)


def acts(tok: Token, atype: str) -> bool:
    """Whether a mention headed by `tok` is an actor's, not a place's or a modifier's."""
    if atype != "Country" and _misparsed(tok):
        return True
    if _in_a_part(tok):
        return True
    if atype == "Country" and visit_list_member(tok):
        return True  # "visited A, B and C": each state visited is a party of its visit
    if in_member_clause(tok):
        return True  # "the talks, which include A, B and C": each one listed takes part
    while tok.dep_ == "conj" and tok.head != tok:
        if tok.head.pos_ == "NOUN" and not any(c.dep_ == "cc" for c in tok.head.children):
            # "seven countries, the United Kingdom, France, ...": a list of names after a
            # noun with no "and" of its own is in apposition to it, which the parser read as
            # coordination: it says what the noun is, as an apposition does. States so
            # listed act where a noun of states does ("delegates from guarantor countries,
            # A, B and C"), as in an apposition below; after other nouns they are mostly
            # places ("the region's capitals, A, B and C").
            if atype != "Country":
                return acts(tok.head, atype)
            noun: Token | None = tok.head
            if tok.head.lemma_.lower() not in STATE_ROLE_NOUNS | _STATE_GROUPS | _PARTS:
                noun = counting_noun(tok.head, STATE_ROLE_NOUNS)  # ("countries of the talks, A")
            # (Not the states a group is "of": "a group of seven countries, A, B and C" says
            # what the group is made of.)
            return noun is not None and noun.head.lower_ != "of" and acts(noun, atype)
        tok = tok.head
    dep = tok.dep_
    if dep == "nmod" and tok.right_edge.tag_ == "POS":
        dep = "poss"  # "the Government of Yemen's flexibility": the parser's nmod, an owner
    if dep in _ACTING_DEPS:
        if dep == "dobj" and atype == "Country" and tok.head.lemma_.lower() in _PLACE_VERBS:
            return False
        if dep == "poss" and atype == "Country":
            # "Afghanistan's Maidan Wardak province", "Niger's president": a part of the
            # state's land or a title, as with "of" below; not "Russia's position".
            head = tok.head.lemma_.lower()
            return not is_role_word(tok.head.text) and head not in _LAND
        return True
    if dep == "pobj":
        prep = tok.head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True  # "according to X" (or "to X sources"): X is who says it
        including = prep.lower_ == "including" and (
            atype != "Country" or prep.head.lemma_.lower() in _STATES_PEOPLE
        )
        if (prep.lower_ in ("as", "like") or including) and prep.head != prep:
            # "countries such as X", "German firms including X": X is what the noun before
            # it is, and acts where that noun does (states "including" are mostly places,
            # "destinations including Spain", unless the noun is states or their people:
            # "defence chiefs of members and partners, including Finland").
            noun = prep.head.head if prep.head.lower_ == "such" else prep.head
            atype = "Organization" if including else atype
            return noun.pos_ in ("NOUN", "PROPN") and noun != tok and acts(noun, atype)
        if prep.lower_ in ("on", "upon", "at", "against") and (
            prep.head.lemma_.lower() in _ACTS_ON
        ):
            return True  # "called on X to act", "sanctions on X": X is a party, not a place
        if prep.lower_ == "of":
            # "the efforts of X", "at the request of X"; not a title ("President of X"), nor
            # a part of a state's land or people ("the north of X", "the people of X").
            head = prep.head.lemma_.lower()
            if atype != "Country" and prep.head.lower_ in _VOICES:
                return True  # "an official of the ministry said": the body they speak for
            if is_role_word(prep.head.text):
                title = _first_title(prep.head)
                if _unnamed_holder(title):
                    # "a summit of the President of Eastland and ...", "accompanied by the
                    # head of the mission": a title no name holds stands for its office,
                    # and the state or body acts where the title does.
                    return acts(title, "Organization")
            return not is_role_word(prep.head.text) and not (
                atype == "Country"
                and (head in _PARTS_OF_PLACES | PLACE_NOUNS or prep.head.pos_ == "PROPN")
            )
        if prep.lower_ == "from" and (
            is_role_word(prep.head.text) or prep.head.lemma_.lower() in _PEOPLE
        ):
            return True  # "officials from Ghana": the state their people act for
        if prep.lower_ in ("from", "to") and _directed(prep.head):
            return True  # "support from Ghana", "sent condolences to Ghana": who gives, who gets
        if prep.lower_ == _ALONGSIDE:
            return atype != "Organization"
        return prep.lower_ in (_PARTY_PREPS if atype == "Country" else _PERSON_PREPS)
    if dep == "appos" and tok.head != tok:
        # "two guarantors - Russia and Ukraine - are at war": a state in apposition acts
        # where a noun of the parties' parts does (not "the city of Aleppo, Syria").
        # So does one that names the states a noun of states counts ("the guarantor
        # countries (Cuba, Chile and Norway)", "Ukraine's partners – Germany, Italy").
        head = tok.head.lemma_.lower()
        if head in _VOTES:
            return True  # ("4 in favour (A, B)", "two abstentions (C, D)"): who voted so
        if atype != "Country" or head in _PARTS or head in STATE_ROLE_NOUNS | _STATE_GROUPS:
            return acts(tok.head, atype)
        if listed_after_name(tok):
            return acts(tok.head, atype)  # ("A, the B Isles, C and D signed"): a list
        counted = counting_noun(tok.head, STATE_ROLE_NOUNS)
        if counted is not None:
            return acts(counted, atype)
        return False
    if dep in ("compound", "nmod") and atype == "Person" and tok.head.ent_type_ == "PERSON":
        # "including Donald J. Trump and Senators Ted Cruz": a name the parser hung on the next
        # person's name (no name modifies a name) stands where that name does; right before
        # it, the two are one name the model cut ("Sayyid Ali Hosseini" "Khamenei").
        between = tok.doc[tok.i + 1 : tok.head.i]
        return any(t.ent_type_ != "PERSON" for t in between) and acts(tok.head, atype)
    if dep in ("amod", "compound", "nmod") and tok.head != tok:
        # "a Russian missile strike", "US sanctions": the state is the doer of the deed the
        # noun names, not a modifier only.
        # "YPG militia", "Hamas fighters": the body is the group those people make up.
        group = atype == "Organization" and tok.head.lemma_.lower() in _GROUP_MEMBERS
        return tok.head.lemma_.lower() in _DEEDS or group
    return False


# Parts a state or body plays in talks or a conflict ("Russia and Ukraine as mediators").
_PARTS = {
    "mediator",
    "guarantor",
    "observer",
    "facilitator",
    "sponsor",
    "signatory",
    "party",
    "side",
    "participant",
}


def _in_a_part(tok: Token) -> bool:
    """Whether the name, or one coordinated with it, is given a part in the talks by an "as"
    ("Russia, Ukraine and the OSCE as mediators, and the EU and the US as observers"): each
    name of the coordination plays it, however the parser attached the list."""
    top = tok
    while top.dep_ == "conj" and top.head != top and top.head.pos_ == "PROPN":
        top = top.head
    group = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
    return any(
        c.lower_ == "as"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in _PARTS for p in c.children)
        for t in group
        for c in t.children
    )


def _misparsed(tok: Token) -> bool:
    """Whether the parser lost a name's place in its clause: a name coordinated with a verb
    ("a meeting between Giuliani, claiming ..., and Andriy Yermak" read as "helped ... and
    Yermak") or attached by no relation it knows ("with Sens. Robert Menendez (D-N.J.), Joe
    Manchin III (D-W.Va.)"). A person or body named in a clause is a party there far more
    often than a place or a modifier is, so such a name counts as acting."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return True
    return tok.dep_ == "dep" and tok.pos_ in ("PROPN", "NUM")  # ("III" of "Joe Manchin III")


# People a body's name modifies to say they are its own, acting as it.
_GROUP_MEMBERS = {"militia", "fighter", "rebel", "militant", "insurgent", "guerrilla", "gunman"}


# Nouns of deeds whose modifying state does them.
_DEEDS = {
    "attack",
    "strike",
    "airstrike",
    "shelling",
    "bombing",
    "bombardment",
    "raid",
    "offensive",
    "invasion",
    "incursion",
    "sanction",
    "blockade",
    "assault",
}


# Who speaks for a body "of" it ("sources of the ministry" too).
_VOICES = SPEAKER_NOUNS | {"sources"}


# Last words of the names of buildings, venues and gatherings ("Wells Fargo Arena",
# "Dolmabahce Palace", "Munich Security Conference", "Democratic National Convention").
_VENUE_OR_FORUM = {
    "palace",
    "hotel",
    "hall",
    "stadium",
    "arena",
    "square",
    "airport",
    "mosque",
    "cathedral",
    "church",
    "museum",
    "resort",
    "castle",
    "mansion",
    "villa",
    "tower",
    "towers",
    "plaza",
    "auditorium",
    "summit",
    "conference",
    "convention",
    "forum",
    "address",
    "games",
    "olympics",
}


_BUILDING_BODIES = {"embassy", "consulate", "consulate-general"}


def is_venue_or_forum(name: str) -> bool:
    """A building, venue or gathering by its name's last word, "of"/"for" phrases aside
    ("Conference of Presidents" names a body; "Palace of Nations" a place all the same)."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in _VENUE_OR_FORUM:
        return True
    # An embassy named with the city it stands in ("the Embassy of X in Y") is the building
    # or its staff's place; the mission acts only where it is a verb's subject, as above.
    lower = [w.lower() for w in words]
    return "in" in lower[1:] and any(w in _BUILDING_BODIES for w in lower[: lower.index("in")])


def labels_a_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    colon = text[start:end].rstrip().endswith(":") or text[end : end + 2].lstrip().startswith(":")
    # A name ("Dana Ruiz:") or a transcript's capitals ("WALLACE:"), not a heading ("Background:").
    label = text[start:end].rstrip(": ")
    return colon and not text[line_start:start].strip() and (" " in label or label.isupper())


def _named_in_titles(doc: Doc, index: ActorIndex, keep: set[str]) -> set[str]:
    """The states named by name (not by adjective) in the title of a person who acts ("Prime
    Minister of Denmark Mette Frederiksen", "Belarus President Aleksandr Lukashenko"): the
    state is a party at its level wherever its office holder is one. "The Danish Prime
    Minister" names no state: adjective-only mentions are none by the guidelines."""
    out: set[str] = set()
    for a in index.actors:
        if a.id not in keep or a.type != "Person":
            continue
        for r in a.roles:
            if r.of is None or r.of in keep or index.by_id(r.of).type != "Country":
                continue
            for m in index.mentions:
                if m.actor != r.of or not (r.span.start <= m.start and m.end <= r.span.end):
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and all(t.ent_type_ != "NORP" for t in span):
                    out.add(r.of)
    return out


def prune(doc: Doc, index: ActorIndex, acting: set[str]) -> None:
    """Keep the actors that act somewhere in the story: a mention in an actor's place, or a
    pronoun or description resolved to them there (`acting`); delegations, and the states
    and bodies they belong to, stay."""
    keep: set[str] = set(acting)
    # A person the story names with their office ("senior policy adviser Jake Sullivan",
    # "former US President Barack Obama") is named for the part they play in it.
    keep |= {a.id for a in index.actors if a.type == "Person" and a.roles}
    # A delegation the text names with its heads ("a Turkish delegation, headed by X and Y,
    # visited ...") is introduced as a party, wherever the parser hangs it.
    keep |= {a.id for a in index.actors if a.type == "Delegation" and a.members}
    keep |= headed_in_titles(index, keep)
    # "Eastland-Westland relations", "the Eastland-Westland talks": names joined into one
    # modifier name the parties of what it qualifies.
    # (States and bodies only: "Jane-Marie Roe" is one person's hyphenated name.)
    bodies = {a.id for a in index.actors if a.type in ("Country", "Organization")}
    chained = compound_heads(doc_text(doc), [m for m in index.mentions if m.actor in bodies])
    keep |= {m.actor for m in chained.values()} | {
        m.actor for m in index.mentions if (m.start, m.end) in chained
    }
    for m in index.mentions:
        if m.nested or m.actor in keep:
            continue
        atype = index.by_id(m.actor).type
        span = span_at(doc, m.start, m.end)  # (the discourse reader made most already)
        if span is None:
            continue
        # (Every token whose head lies outside the mention: the parser may split a name.)
        heads = [t for t in span if not span.start <= t.head.i < span.end or t.head == t]
        if is_venue_or_forum(index.by_id(m.actor).name):
            # A palace, a hotel or a conference acts only as the subject of a verb ("the
            # Elysee Palace said"); elsewhere it is where things happen or what they are.
            if any(t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") for t in heads):
                keep.add(m.actor)
        elif any(acts(t, atype) for t in heads):
            keep.add(m.actor)
        elif atype != "Country" and labels_a_line(doc_text(doc), m.start, m.end):
            keep.add(m.actor)  # "Dana Ruiz: the plan costs too much": the line is theirs
    keep |= _named_in_titles(doc, index, keep)
    keep |= listed_members(doc_text(doc), index)  # ("the co-chairs (A, B and C)")
    for a in index.actors:
        if a.id in keep and a.country and a.type == "Delegation":
            keep.add(a.country)
        if a.id in keep:
            keep.update(a.members)
    for a in index.actors:
        for r in a.roles:
            if r.of not in keep:
                r.of = None
        if a.country not in keep:
            a.country = None  # (a state named only as the adjective of its government)
        a.members = [m for m in a.members if m in keep]
    dropped = {a.id for a in index.actors if a.id not in keep}
    if not dropped:
        return
    log.debug("dropping actors that do not act: %s", sorted(dropped))
    index.drop(dropped)

"""Meeting or talks: the guidelines' line between a `meeting` (an encounter that is not told as
negotiating: a visit, a reception, a summit attended) and a `negotiation_round` (any session
that negotiates: talks, a round, consultations on a deal, a ceasefire or a treaty).

The word "met" or "meeting" alone does not decide it. Three things in the mention's own
dependencies do:
- who meets: a negotiator ("met with the chief negotiator"), whose office is to negotiate. An
  envoy is not one ("met UN Envoy Maria Holguin" is a meeting): many envoys visit and report;
  nor are the mediators or a peace envoy met by one side ("met Qatari mediators", "the US
  peace envoy met Taliban officials"): the sides do not negotiate with each other there (in
  the tuning pool and the owners' realnews gold, such meetings are meetings in four stories
  of three sets).
- what for: a purpose clause that negotiates ("met to negotiate the release"), or one that
  discusses, finalises or concludes a deal-like thing ("met to discuss a ceasefire"). Other
  purposes ("to discuss nuclear disarmament", "to discuss the results of the talks") leave a
  meeting.
- which session: a meeting placed in a series ("the next meeting of the contact group",
  "another meeting between A and B") is a session of a standing process between sides.

A signing is an `agreement_signing` only when what is signed is an agreement between parties: a
bill, a law or a decree signed (into law) is a state's own enactment, which the guidelines count
with cabinet approvals and ratifications as `other` ("the December 20 signing of the Defence
Bill", "the president signed a decree").

Words elsewhere in the sentence or the story (a "talks" of another occurrence) do not retype a
mention: a summit convened to review past talks is still a summit.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.discourse_titles import TOP_OFFICES
from kg.extract.event_in_person import by_video, told_by_phone, told_in_person
from kg.extract.event_kind_frames import (
    DEAL_NOUNS,
    DISPUTE_NOUNS,
    ENACTMENTS,
    LIGHT_VERBS,
    MEDIATING,
    arranged_by_mediator,
    deal_like,
    light_of,
    of_a_mechanism,
    settled_at,
)
from kg.extract.event_kinds_work import (
    at_issue,
    means_to_deal,
    mediation_beside,
    restart_aimed_at,
    signed_at_close,
)
from kg.extract.event_mention import ordinal_number, ordinal_of
from kg.model import EventKind
from kg.nlp import is_to_clause

# Heads that may be either: a visit, a summit or a reception is an encounter by its word.
MEETING_HEADS = {"meet", "meeting"}
# Journeys that are a round only by the purpose told with them ("visit Sanaa to negotiate").
PURPOSED_VISITS = {"visit"}
# Whose office is to negotiate ("chief negotiator", "Qatari mediators", "US peace envoy",
# "special envoy for peace").
NEGOTIATOR_RE = re.compile(r"\b(?:negotiators?|mediators?|peace envoys?|envoys? for peace)\b", re.I)
# A third party between sides, whose visits to one side are encounters ("the UN envoy").
THIRD_PARTY_RE = re.compile(r"\b(?:envoys?|mediators?)\b", re.I)
# Who makes a meeting with them a round: a negotiator (not the mediators, met by one side).
MEETS_NEGOTIATOR_RE = re.compile(r"\bnegotiators?\b", re.I)
# Purpose verbs that work a deal out when their object is deal-like.
WORKING_VERBS = {
    "discuss", "finalise", "finalize", "conclude", "agree", "reach", "hammer", "hash", "thrash",
}  # fmt: skip
# How a party's name reaches its title: "Khalilzad, a US peace envoy", "the envoy for peace".
TITLE_DEPS = {"appos", "conj", "compound", "amod", "prep", "pobj", "det", "poss", "punct", "cc"}
PURPOSE_DEPS = {"xcomp", "advcl", "acl", "relcl"}
# What a session is about: "a meeting on the ceasefire", "talks over the deal".
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}


def mention_kind(head: Token, kind: EventKind) -> EventKind:
    """The kind of an event mention by its own words: a meeting told as negotiating is a
    `negotiation_round`, a signing of a law is `other`, talks held by telephone are a
    `phone_call` and a conversation placed where its parties are together a `meeting`
    (`event_in_person`); else the trigger's `kind`."""
    if kind == "agreement_signing" and _signs_enactment(head):
        return "other"
    if kind in ("meeting", "negotiation_round") and told_by_phone(head):
        return "phone_call"
    if kind == "phone_call" and by_video(head):
        return "negotiation_round"
    if kind == "negotiation_round" and _talks_of_people(head):
        return "meeting"
    if kind == "phone_call" and told_in_person(head):
        return "meeting"
    return gathering_kind(head, kind)


# Bare words of talks: "held talks with X" may be an encounter; "peace talks", "a round of
# talks" or "negotiations" are told as negotiating by their own words.
PLAIN_TALKS = {"talks", "discussions"}
# Modifiers by which talks negotiate: "peace talks", "ceasefire talks", "trade talks".
NEGOTIATING_MODIFIERS = DEAL_NOUNS | {"peace", "trade", "nuclear", "security", "border"}
# Counterpart words: "talks with his Mexican counterpart" (a person by their office).
COUNTERPART_NOUNS = {"counterpart", "peer"}


def _talks_of_people(head: Token) -> bool:
    """`held talks with his Georgian counterpart`, `in Eritrea for talks with President
    Isaias`: bare talks whose other side is a named person (or a counterpart), with nothing in
    their clause that negotiates (`plain_talks`), are an encounter of people: the guidelines'
    `meeting`. Talks with a state, a group or "the leaders of the militia" stay a round,
    unless they are what a visit is for (`_on_a_visit`)."""
    if not plain_talks(head):
        return False
    clause = _talks_clause(head)
    if _on_a_visit(head, clause):
        return True
    others = _talks_with(head, clause)
    if not others:
        # "Blinken and Wang Yi held talks": two people named as the doers, none after "with".
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        others = [*doers, *(x for d in doers for x in d.conjuncts)]
        if len(others) < 2:
            return False
    return all(_named_person(o) for o in others)


def plain_talks(head: Token) -> bool:
    """Bare "talks" or "discussions" with nothing in their own clause that negotiates: no
    deal-like thing, no negotiator or mediator, no "peace" before the word, no rank of a
    standing negotiation ("expert-level talks")."""
    if head.lower_ not in PLAIN_TALKS:
        return False
    if ranked_level(head) or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in NEGOTIATING_MODIFIERS
        for c in head.children
    ):
        return False
    clause = _talks_clause(head)
    # What the clause itself says, not a clause under it: "talks on key issues, after which
    # ten agreements were inked" tells what came of the talks, not what they negotiated.
    if any(
        t.lemma_.lower() in DEAL_NOUNS or t.lemma_.lower().startswith("negotiat")
        for t in _own_words(clause)
    ):
        return False
    others = _talks_with(head, clause)
    return not (any(_negotiator(t) for t in [*others, *_counterparts(clause)]) or _mediated(head))


def _talks_clause(head: Token) -> Token:
    """The verb that carries the noun ("held talks") or the noun itself."""
    return head.head if head.dep_ == "dobj" and head.head.lemma_.lower() in LIGHT_VERBS else head


def _talks_with(head: Token, clause: Token) -> list[Token]:
    """Whom the talks are with: the objects of "with" on the noun or its verb, and conjuncts."""
    others = [
        x
        for t in {head, clause}
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for x in c.children
        if x.dep_ == "pobj"
    ]
    return others + [x for o in others for x in o.conjuncts]


# Clauses under a clause: what they tell is not the clause's own.
SUBCLAUSE_DEPS = {"relcl", "advcl", "ccomp", "acl", "conj", "parataxis", "xcomp"}


def _own_words(clause: Token) -> list[Token]:
    """The clause's words without the clauses under it."""
    out = [clause]
    for t in out:  # grows as it goes
        out.extend(c for c in t.children if c.dep_ not in SUBCLAUSE_DEPS)
    return out


# Verbs and nouns of a journey or a reception whose occasion talks may be: "visited Asmara and
# held talks with", "welcoming the president to the White House for talks".
VISIT_LEMMAS = {"visit", "arrive", "travel", "welcome", "receive", "host", "trip", "fly"}


def _on_a_visit(talks: Token, clause: Token) -> bool:
    """`visited Asmara and held talks with X`, `welcomed X to the White House for talks`,
    `during his visit, held talks with X`: talks told as the occasion of a visit, with nothing
    that negotiates, are a visit's encounter (the guidelines' `meeting` covers "a visit")."""
    if clause.dep_ == "conj" and clause.head.lemma_.lower() in VISIT_LEMMAS:
        return True
    if any(c.dep_ == "conj" and c.lemma_.lower() in VISIT_LEMMAS for c in clause.children):
        return True
    if talks.dep_ == "pobj" and talks.head.lower_ == "for":
        return talks.head.head.lemma_.lower() in VISIT_LEMMAS
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("during", "on")
        and any(x.dep_ == "pobj" and x.lemma_.lower() in VISIT_LEMMAS for x in c.children)
        for c in clause.children
    )


def _named_person(noun: Token) -> bool:
    """A person the text names ("Defense Minister Oleksii Reznikov"), a counterpart, or one
    office holder the text names beside ("top Chinese diplomat Wang Yi")."""
    if noun.ent_type_ == "PERSON" or noun.lemma_.lower() in COUNTERPART_NOUNS:
        return True
    if noun.tag_ == "NNP" and noun.lower_ in OFFICE_NOUNS:
        # "President of Ghana John Mahama": the title heads the phrase, the person's name
        # sits under its "of" phrase.
        return any(x.ent_type_ == "PERSON" for x in noun.subtree)
    if noun.tag_ != "NN":
        return False
    return noun.lemma_.lower() in OFFICE_NOUNS or _titled_name(noun)


def _titled_name(noun: Token) -> bool:
    """`the speaker of the parliament Ana Ruiz`, `the head of the army, Jon Vela`: one holder of
    a post the text names right after it, which the parser hangs on the noun or on the object
    of its "of" (a body led by someone, "a delegation led by X", is not so named)."""
    owners = [noun]
    owners += [
        x for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
    ]
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for o in owners for c in o.children)


# One holder of an office, named by it ("the foreign minister", "top Chinese diplomat").
OFFICE_NOUNS = {
    "president", "minister", "premier", "chancellor", "diplomat", "secretary", "king",
    "emir", "prince", "envoy", "ambassador",
}  # fmt: skip


def _signs_enactment(head: Token) -> bool:
    """`signed the bill`, `the bill was signed`, `the signing of the Defence Bill`."""
    signed: list[Token] = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            signed.extend(x for x in c.children if x.dep_ == "pobj")
    return any(t.lemma_.lower() in ENACTMENTS for t in signed)


def gathering_kind(head: Token, kind: EventKind) -> EventKind:
    """`negotiation_round` for a meeting mention told as negotiating (by its parties or its
    purpose), else `kind` unchanged."""
    if kind == "meeting" and head.lemma_.lower() in PURPOSED_VISITS:
        # "envoys will visit the capital to negotiate a truce": the visit is the session its
        # purpose names; a visit for anything else stays the guidelines' encounter.
        purposes = [c for c in head.children if c.dep_ in PURPOSE_DEPS]
        return "negotiation_round" if any(map(_negotiating_purpose, purposes)) else kind
    if kind != "meeting" or head.lemma_.lower() not in MEETING_HEADS:
        return kind
    if any(_negotiator(t, MEETS_NEGOTIATOR_RE) for t in _counterparts(head)):
        return "negotiation_round"
    if any(_negotiating_purpose(c) for c in head.children if c.dep_ in PURPOSE_DEPS):
        return "negotiation_round"
    if _mediated(head) or _on_a_deal(head) or _works_out(head) or settled_at(head):
        return "negotiation_round"
    if mediation_beside(head) or signed_at_close(head):
        return "negotiation_round"
    if ranked_level(head):
        return "negotiation_round"
    if _between_sides(head) or _consultative(head) or of_a_mechanism(head):
        return "negotiation_round"
    met = {*_counterparts(head), *_counterparts(light_of(head))}
    if of_a_series(head) and not any(_negotiator(t, THIRD_PARTY_RE) for t in met):
        # "his next meeting with the UN envoy": the envoy's visits to one side are a series of
        # encounters, not sessions between the sides.
        return "negotiation_round"
    return kind


# Nouns that name the opposed parties of a dispute: "the two sides met", "the warring parties
# will meet".
SIDE_NOUNS = {"side", "party"}


def _between_sides(head: Token) -> bool:
    """`the two sides met in Oslo`, `the warring parties will meet in Geneva`, `a meeting
    between the sides`: a meeting whose parties are named as the sides of a dispute is a
    session between them, which the guidelines count as a `negotiation_round`. Sides met by
    someone else ("the mediator met the parties") are that one's encounters with each."""
    return any(
        t.lemma_.lower() in SIDE_NOUNS and t.tag_ == "NNS" and t.dep_ != "dobj"
        for t in _counterparts(head, subjects=True)
    )


# Modifiers that name a gathering as consulting ("a consultative meeting", "a negotiating
# meeting"): the lexicon's consultations, told with a meeting word.
CONSULTING_MODIFIERS = {"consultative", "consultation", "negotiating", "negotiation"}


def _consultative(head: Token) -> bool:
    """`their first consultative meeting`: a meeting named by consulting is a round."""
    return head.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in CONSULTING_MODIFIERS for c in head.children
    )


# Words that place a meeting in a standing series: "the next meeting", "another meeting", "a
# regular meeting", "the previous meeting"; "first" or "last" need no series at all.
SERIES_WORDS = {"next", "another", "previous", "regular", "subsequent"}


def of_a_series(head: Token) -> bool:
    """`the next meeting of the contact group`, `another meeting between A and B`, `a regular
    meeting of the delegations`: a meeting placed in a series is a session of a standing
    process between sides, which the guidelines count as a `negotiation_round` (in the tuning
    pool, 10 of 11 such gold meetings across six sets). The word must modify the meeting
    itself: "next week's meeting" dates it. A meeting counted past the first ("a fourth
    meeting in Tartu", "the 11th meeting of the working group") is placed so too (6 of 8
    such gold meetings in five sets are rounds; the two left are a ministerial meeting of a
    mediated process and a second summit of two leaders told by "they")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() != "meeting":
        return False
    if any(c.dep_ in ("amod", "det") and c.lower_ in SERIES_WORDS for c in head.children):
        return True
    # "the 11th meeting of the working group", "will hold a fourth meeting in Tartu": a
    # meeting counted past the first is a sitting of a series too, unless it counts the
    # encounters of leaders ("the third meeting between the two presidents": their summits).
    ordinal = ordinal_of([c.text for c in head.children if c.dep_ in ("amod", "nummod")])
    if ordinal is None or ordinal_number(ordinal) == 1:
        return False
    # Its clause must tie it to its parties: its own "of" or "between" phrase, or a verb that
    # holds it ("they will hold a fourth meeting"); a bare "the sixth meeting is planned"
    # names none (`event_series` reads such a session against the story's).
    parties = _counterparts(head)
    if not parties and head.dep_ != "dobj":
        return False
    # The leaders may be the subject of the verb that holds it ("President X and President Y
    # will hold a second meeting", "the two presidents held a second meeting"); "the two men"
    # counts the encounters of two people as well.
    return not any(
        _leaders(t) or t.lower_ in PEOPLE_NOUNS for t in _counterparts(head, subjects=True)
    )


# Plain words for people: what they count are the encounters of persons, not sittings.
PEOPLE_NOUNS = {"men", "women"}


# Heads of state and of government, whose encounters are summits: the one-word top offices
# ("president", "king"), and the words for any of them ("leader", "monarch").
LEADER_NOUNS = {office for office in TOP_OFFICES if " " not in office} | {"leader", "monarch"}
# Links from a party to the words that name its office: its conjuncts ("X and Y"), titles
# ("President X") and appositions ("X, the president").
LEADER_TITLE_DEPS = {"conj", "compound", "appos"}


def _leaders(party: Token) -> bool:
    """Whether a party, or a party conjoined to it, is named by a leader's office."""
    words = [party]
    for t in words:  # grows as it goes: the title words and conjuncts below each word
        words.extend(c for c in t.children if c.dep_ in LEADER_TITLE_DEPS)
    return any(t.lemma_.lower() in LEADER_NOUNS for t in words)


# Levels that rank a gathering's standing, not the officials who negotiate at it.
STANDING_LEVELS = {"high", "higher", "highest", "top", "senior", "low", "lower", "summit"}


def ranked_level(head: Token) -> bool:
    """`a government-level meeting`, `the home secretary-level meet`, `expert-level talks`:
    a session named by the rank of the officials who sit at it is a round of a standing
    negotiation between states (the guidelines' "expert-level"); `high-level meetings` only
    rank the encounter."""
    for level in (c for c in head.children if c.lower_ == "level" and c.dep_ in LEVEL_DEPS):
        ranks = [c for c in level.children if c.dep_ in LEVEL_DEPS | {"npadvmod"}]
        ranks += [c for c in head.children if c.dep_ == "npadvmod" and c.i < level.i]
        if ranks and not any(r.lower_ in STANDING_LEVELS for r in ranks):
            return True
    return False


LEVEL_DEPS = {"compound", "amod", "nmod"}


# Verbs by which a session works differences out, and what it works out: "the meeting failed to
# resolve the snags", "the meeting produced an agreement", "narrowed the gaps".
SETTLING_VERBS = {"resolve", "bridge", "narrow", "settle", "overcome", "produce", "yield", "reach"}
DIFFERENCES = DISPUTE_NOUNS | {
    "snag", "gap", "agreement", "deal", "breakthrough", "compromise", "accord",
}  # fmt: skip


def _works_out(head: Token) -> bool:
    """`a 90-minute meeting ... failed to resolve snags between the US and Russia`: a meeting
    whose own clause settles (or fails to settle) differences negotiates."""
    verb = _own_verb(head)
    if verb is None:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(
        v.lemma_.lower() in SETTLING_VERBS
        and any(o.dep_ == "dobj" and o.lemma_.lower() in DIFFERENCES for o in v.children)
        for v in verbs
    )


# Words that open a clause but that the parser may read as a preposition ("after a meeting
# ... failed": "after" takes "meeting" as its object and leaves "failed" without a subject).
CLAUSE_OPENERS = {"after", "before", "until", "since"}


def _own_verb(head: Token) -> Token | None:
    """The verb `head` is the subject of: its head, or, where the parser read "after X
    failed" as "after X" + a verb with no subject, the subjectless verb right after X."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return head.head
    if head.dep_ != "pobj" or head.head.lower_ not in CLAUSE_OPENERS:
        return None
    after = head.right_edge.i + 1
    if after >= len(head.doc):
        return None
    verb = head.doc[after]
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "conj", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


# What a session may be a part of that negotiates: "as part of the dialogue", "of the process".
PROCESS_NOUNS = {"dialogue", "process", "talks", "negotiation", "negotiations"}


# Where a mention names whom it meets: its subject and object, "with", "between", "of".
PARTY_DEPS = {"nsubj", "nsubjpass", "dobj"}
PARTY_PREPS = {"with", "between", "of"}


def _mediated(head: Token) -> bool:
    """`a meeting mediated by Qatar`, `met under Egyptian mediation`, `X facilitated a meeting
    between A and B`, `a meeting ... as part of the dialogue`: a third party mediates, or the
    meeting is a session of a negotiating process, which only a session between sides needs."""
    # The parties met are not a mediation of it: one side meeting the mediators ("met Qatari
    # mediators", "after meeting with the mediators") is an encounter, not talks between sides.
    near = [c for c in head.children if c.dep_ not in PARTY_DEPS]
    near += [
        x
        for c in head.children
        if c.dep_ == "prep" and c.lower_ not in PARTY_PREPS
        for x in c.children
    ]
    if any(t.lemma_.lower().startswith(MEDIATING) for t in near):
        return True
    if head.dep_ == "dobj" and head.head.lemma_.lower().startswith(MEDIATING):
        return True
    if head.dep_ == "dobj" and arranged_by_mediator(head.head):
        return True
    own = [head, head.head] if head.dep_ in ("nsubj", "nsubjpass") else [head]
    return any(_part_of_process(c) for t in own for c in t.children if c.dep_ == "prep")


def _part_of_process(prep: Token) -> bool:
    """`as part of the EU-facilitated dialogue`: the phrase makes the session a part of talks."""
    if prep.lower_ != "as":
        return False
    for part in (x for x in prep.children if x.dep_ == "pobj" and x.lower_ == "part"):
        for of in (c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(o.lemma_.lower() in PROCESS_NOUNS for o in of.children if o.dep_ == "pobj"):
                return True
    return False


def _on_a_deal(head: Token) -> bool:
    """`a ceasefire meeting`, `met on the hostage deal`, `a meeting about the truce`, `talks
    over the border dispute`: what the session is about is a deal-like thing or what divides
    the sides."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in DEAL_NOUNS for c in head.children):
        return True
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS:
            if any(deal_like(x) or at_issue(x) for x in c.children if x.dep_ == "pobj"):
                return True
    return False


def _counterparts(head: Token, subjects: bool = False) -> list[Token]:
    """The parties the mention names: its subject and object, the objects of its "with" and
    "of" phrases ("met with X", "a meeting of the mediators"), for the verb also its subject;
    with `subjects`, also the subject of the verb a meeting noun is the subject or object of
    ("the sides held a meeting") and the subject of "to meet" ("the parties are to meet")."""
    found: list[Token] = []
    for c in head.children:
        if c.dep_ in PARTY_DEPS:
            found.append(c)
        elif c.dep_ == "prep" and c.lower_ in PARTY_PREPS:
            found.extend(x for x in c.children if x.dep_ == "pobj")
    if subjects and head.dep_ in ("dobj", "xcomp"):
        found.extend(c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return found


def _negotiator(party: Token, office: re.Pattern[str] = NEGOTIATOR_RE) -> bool:
    """A party named as a negotiator, with its appositions and conjuncts ("Zalmay Khalilzad, a
    US peace envoy"), not the clauses under it."""
    words = [party]
    for t in words:  # grows as it goes: the title words below each word
        words.extend(c for c in t.children if c.dep_ in TITLE_DEPS)
    return any(office.search(_with_next(t)) for t in words)


def _with_next(t: Token) -> str:
    """The word with the two after it, so "peace envoy" is seen from "peace" and "envoy for
    peace" from "envoy"."""
    return t.doc[t.i : t.i + 3].text


# Verbs of attempting that pass a purpose on: "met to attempt to conclude a deal", "to seek to
# conclude a truce".
ATTEMPT_VERBS = {"try", "seek", "attempt", "aim", "help"}
# Purposes that settle what divides the parties, whatever it is ("to resolve the standoff").
RESOLVING_VERBS = {"resolve", "settle", "defuse"}


def _negotiating_purpose(clause: Token) -> bool:
    """`to negotiate ...`, or `to discuss / finalise a ceasefire`: an infinitive purpose that
    works out a deal, also through a verb of attempting (`to try to conclude a truce`)."""
    if clause.pos_ != "VERB" or not is_to_clause(clause):
        return False
    lemma = clause.lemma_.lower()
    if lemma in ATTEMPT_VERBS:
        return any(_negotiating_purpose(c) for c in clause.children if c.dep_ == "xcomp")
    if lemma in RESOLVING_VERBS:
        return True
    if lemma.startswith("negotiat"):
        return True
    if lemma not in WORKING_VERBS:
        return False
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    objects += [x for o in objects for x in o.conjuncts]
    return any(deal_like(o) or means_to_deal(o) or at_issue(o) for o in objects)


# Words by which a clause's act is placed before or after another occurrence: "after the talks",
# "ahead of the talks", "prior to the talks".
SEQUENCE_PREPS = {"after", "before", "following", "since", "until"}
SEQUENCE_ADVERBS = {"ahead", "prior", "subsequent"}


def sequel_of(head: Token) -> int | None:
    """`met the rebel leader ahead of peace talks`, `before the talks`: the event word names
    the occurrence the clause's act comes before or after, not the act itself. The token the
    phrase of sequence hangs on (`met`), or None: one reading gives both whether the word is
    a sequel and what it is the sequel of. Talks an act aims to restart come after it too
    (`restart_aimed_at`)."""
    aimed = restart_aimed_at(head)
    if aimed is not None:
        return aimed
    if head.dep_ != "pobj":
        return None
    prep = head.head
    if prep.lower_ in SEQUENCE_PREPS:
        return prep.head.i
    if prep.lower_ in ("of", "to") and prep.head.lower_ in SEQUENCE_ADVERBS:
        return prep.head.head.i  # "ahead of the talks": the adverb hangs on the act
    if prep.lower_ == "of" and _setting(prep.head):
        # "met X on the sidelines of the summit": the summit is the occasion the encounter
        # was held beside, another occurrence with its own attendees.
        return prep.head.head.head.i
    return None


# Nouns of the margin of a gathering: "on the sidelines of", "on the margins of", "on the
# fringes of", "at the side line of".
SETTING_NOUNS = {"sideline", "sidelines", "margin", "margins", "fringe", "fringes"}


def _setting(noun: Token) -> bool:
    """`the sidelines` of a gathering, the object of a preposition of place ("on", "at")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "at"):
        return False
    if noun.lower_ in ("line", "lines"):
        return any(c.lower_ == "side" for c in noun.children)
    return noun.lower_ in SETTING_NOUNS

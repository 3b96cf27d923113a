"""One event word, several occurrences: "met separately with A and B", "met with both A and
B", "met with the IMF, then with President Trump", "is to meet A's leader and B's leader",
"held bilateral meetings with A, B and C": one encounter with each counterpart, each with the
other parties of the mention.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.event_apart import (
    APART_ADVERBS,
    paired_stops,
    phrase_members,
    subject_groups,
    told_apart,
)
from kg.extract.event_lists import (
    Day,
    counterpart_lists,
    listed_days,
    separate_members,
    series_counterparts,
    toured_states,
    visited_states,
    without_joined,
)
from kg.extract.event_mention import Mention
from kg.extract.event_parties_context import sequence_counterparts
from kg.extract.event_sides import met_objects
from kg.extract.event_states import gazetteer_state, state_of
from kg.extract.index import ActorIndex
from kg.extract.timeline_ask import event_date
from kg.extract.timex import MONTHS
from kg.gazetteer import Gazetteer, normalize
from kg.model import PartialDate, Place, Span
from kg.nlp import doc_text

# Adverbs that make a meeting with several people several meetings, one with each: those
# that part a plural subject, and "respectively".
SEPARATELY = APART_ADVERBS | {"respectively"}
# Their adjectives on a plural noun: "held separate meetings", "during their respective talks".
SEPARATE = {"separate", "respective"}


def distribute(
    head: Token, mention: Mention, actors: ActorIndex, gz: Gazetteer | None
) -> list[Mention]:
    """`she met twice with both A and B`, `met separately with A and B`: one meeting with each
    of the counterparts joined by "both ... and" (or told as separate), each an occurrence of
    its own with the other parties of the mention; else the mention itself."""
    dated = _listed_dates(head)
    session = _session(head, mention)
    if dated:
        # ("met in June and October": meetings in two months, no schedule of sittings)
        session = session if head.pos_ == "NOUN" else mention
        # "the next four meetings were held in March, June and November": one on each date.
        return [replace(session, indefinite=True, date=_member_date(w, mention)) for w in dated]
    paired = paired_stops(head)
    if paired:
        # "held in Lima in 2011 and in Quito in 2013": one in each place, on its own date
        text = doc_text(head.doc)
        return [
            replace(
                mention,
                indefinite=True,
                location=_place(text, place),
                date=_member_date(day, mention),
            )
            for place, day in paired
        ]
    days = listed_days(head)
    if days:
        # "are set to meet on May 3, May 5 and May 9": one meeting on each day.
        return [
            replace(session, indefinite=True, date=_day_date(head.doc, d, mention)) for d in days
        ]
    subjects = subject_groups(head, actors)
    if subjects:
        # "A and B met separately with C": one meeting of each with C (the adverb parts the
        # subject's members, not the counterparts they met).
        return _one_with_each(mention, subjects)
    visited = visited_states(head, actors)
    if not visited:
        visited = toured_states(head, actors)
        stops = {a for a, _ in visited}
        if visited and all(p in stops for p in mention.participants):
            # "X announced plans for visits to A, B and C": who plans the visits makes them
            visitor = [a for a in _planner(head, actors) if a not in stops]
            mention = replace(mention, participants=mention.participants + visitor)
    each = {a for a, _ in visited}
    rest = [p for p in mention.participants if p not in each]
    if visited and (rest or _visitor_told(head)):
        # "has visited A, B and C this year": one visit to each state, held there (by a visitor
        # the clause names: a visit by no one known is no party's).
        text = doc_text(head.doc)
        visits = _one_with_each(mention, [[a] for a, _ in visited])
        return [
            replace(v, location=Place(name=text[s:e], span=Span.of(text, s, e)))
            for v, (_, (s, e)) in zip(visits, visited, strict=True)
        ]
    in_series = series_counterparts(head, actors)
    if in_series:
        # "ran a string of consultations, with A and B": one with each, one party meeting
        # each counterpart in turn, no session of the sides together (a `meeting`, unless
        # the noun itself negotiates)
        kind = mention.kind if head.lemma_.lower() in NEGOTIATING_NOUNS else "meeting"
        return _one_with_each(replace(mention, kind=kind), in_series)
    listed = counterpart_lists(head, actors)
    if listed:
        # "had phone calls with the presidents of A, B and C": one call with each.
        # (Each may be the one a later sentence tells again, "the call with B": no first
        # telling of its own.)
        return _one_with_each(mention, listed, mention.indefinite)
    if head.pos_ == "NOUN" and (
        any(c.dep_ == "amod" and c.lower_ in SEPARATE for c in head.children)
        or _bilateral_plural(head)
    ):
        # "held separate phone conversations on Wednesday with A and B": the "with" phrase
        # hangs on the noun or, past a time, on the verb that holds it.
        objects = met_objects(head) + (met_objects(head.head) if head.dep_ == "dobj" else [])
        apart = True
    elif head.pos_ == "VERB":
        objects = met_objects(head)
        apart = told_apart(head, SEPARATELY)
    else:
        return [mention]
    for obj in objects:
        if not (apart or any(_both(x) for x in obj.children)):
            continue
        named = [_named_in(t, actors) for t in (obj, *obj.conjuncts)]
        if _bilateral_plural(head):
            # "bilateral meetings with A, B and an informal chat with C": each named one (the
            # parse may join a list by commas as appositions)
            named = _listed(obj, actors)
            # (whom the encounter joined to the meetings names is not met in them)
            aside = {a for c in head.conjuncts for a in _actors_in(c, actors)}
            mention = replace(
                mention, participants=[p for p in mention.participants if p not in aside]
            )
        elif apart and len(named) < 2:
            # "separate meetings with the Xland minister, Ana Ruiz, and Westland's Tom Vela",
            # "separate meetings with the foreign ministers of A and B": the parse hangs the
            # list's members under an apposition or the states under the plural post.
            named = separate_members(obj, actors)
            if len(named) < 2 or not all(named):
                named = phrase_members(obj, actors) or named
        if len(named) < 2 or not all(named):
            continue
        return _one_with_each(mention, named)
    if head.pos_ == "VERB" and head.lemma_.lower() in ENCOUNTER_VERBS:
        # "will meet A of one state and B of another": one encounter with each, though no
        # "both" or "separately" says so (one encounter has one counterpart side).
        for obj in objects:
            named = [_named_in(t, actors) for t in (obj, *obj.conjuncts)]
            if len(named) < 2 or not all(named):
                continue
            if _people_apart(named, actors, gz) or (
                mention.status == "planned" and _people_of_one_host(named, actors, gz)
            ):
                return _one_with_each(mention, named)
    # "met with the IMF, then with President Trump": one meeting with each, in turn.
    # (read after "both ... and", which names no order of encounters)
    turns = sequence_counterparts(head, actors)
    if turns:
        each = {a for group, _w in turns for a in group}
        rest = [p for p in mention.participants if p not in each]
        return [
            replace(
                mention,
                participants=rest + g,
                indefinite=True,
                date=event_date(head.doc, w.idx, w.idx + len(w)) or mention.date,
            )
            for g, w in turns
        ]
    return [mention]


def _planner(head: Token, actors: ActorIndex) -> list[str]:
    """The actors the subject of the verb whose clause holds the noun names (past a verbal
    preposition: "will meet X following visits to A and B" are the subject's visits)."""
    verb = next((a for a in head.ancestors if a.pos_ == "VERB" and a.dep_ != "prep"), None)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
    return [a for s in subjects for a in _actors_in(s, actors)]


def _visitor_told(head: Token) -> bool:
    """The clause tells who visits, though the mention's parties do not hold them: a subject
    ("I visited A, B and C", a pronoun the discourse stage names later) or the noun a
    headline's "to visit" describes ("Minister to visit A, B and C"). Each stop is a visit
    of its own whoever the visitor is; a visit told by no one is no party's."""
    return head.dep_ == "acl" or any(c.dep_ == "nsubj" for c in head.children)


# Nouns of sessions that negotiate by their own word.
NEGOTIATING_NOUNS = {"negotiation", "round"}


# Plural nouns of encounters that "bilateral" makes one per counterpart: "held bilateral
# meetings with A, B and C" are three meetings (a bilateral meeting has two sides).
BILATERAL_NOUNS = {"meeting", "talk", "talks", "consultation", "discussion"}


def _bilateral_plural(head: Token) -> bool:
    return (
        head.tag_ == "NNS"
        and head.lemma_.lower() in BILATERAL_NOUNS
        and any(c.dep_ == "amod" and c.lower_ == "bilateral" for c in head.children)
    )


def _actors_in(tok: Token, actors: ActorIndex) -> list[str]:
    words = list(tok.subtree)
    return actors.all_at(words[0].idx, words[-1].idx + len(words[-1]))


def _listed(obj: Token, actors: ActorIndex) -> list[list[str]]:
    """The actors each member of a list names, members joined as conjuncts or appositions,
    once each; members that name no one are left out."""
    members, todo = [], [obj]
    while todo:
        tok = todo.pop(0)
        members.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("conj", "appos")]
    out: list[list[str]] = []
    for tok in sorted(members, key=lambda t: t.i):
        toks = without_joined(tok, ("conj", "cc", "preconj", "appos"))
        start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
        group = list(dict.fromkeys(actors.all_at(start, end)))
        if group and group not in out:
            out.append(group)
    return out


def _one_with_each(
    mention: Mention, named: list[list[str]], indefinite: bool = True
) -> list[Mention]:
    """One occurrence with each group of counterparts, each with the mention's other parties.
    Each is by default an occurrence told here for the first time (like "a meeting"): it
    joins one told before only by the same day or place, not by the visitor they share."""
    each = {a for group in named for a in group}
    rest = [p for p in mention.participants if p not in each]
    return [
        replace(
            mention,
            participants=rest + g,
            indefinite=indefinite,
            apart=sorted(each - set(g) - set(rest)),
        )
        for g in named
    ]


# Verbs of one party's encounter with another ("is to meet A and B", "received A and B").
ENCOUNTER_VERBS = {"meet", "receive"}


def _people_apart(named: list[list[str]], actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """Each member of the list names a person first, each known (by the article's roles or
    the gazetteer) to act for a state of their own: a visitor "is to meet" the leaders of two
    states in two encounters, while two of one state (a prime minister and a foreign minister),
    or of a state not known, may receive a visitor together (one meeting in the owners'
    realnews gold and in the tuning pool)."""
    firsts = [g[0] for g in named]
    if any(actors.by_id(a).type != "Person" for a in firsts):
        return False
    states = [_state_key(a, actors, gz) for a in firsts]
    return all(states) and len(set(states)) == len(states)


def _people_of_one_host(named: list[list[str]], actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """Each member of the list names a person first, all known to act for one state: a
    visitor's programme ("is scheduled to meet with the president, the prime minister and the
    speaker") lists the calls paid one by one, while a report of a meeting held names all who
    sat in it ("met with the president and the prime minister"), so only a planned encounter
    is read as one with each (the tuning pool's gold, both ways). Every state must be known: a
    member of no known state may be of another side ("will next meet the Secretary of State
    and the EU's foreign policy chief": one round of talks)."""
    firsts = [g[0] for g in named]
    if any(actors.by_id(a).type != "Person" for a in firsts):
        return False
    states = [_state_key(a, actors, gz) for a in firsts]
    return all(states) and len(set(states)) == 1


def _state_key(actor_id: str, actors: ActorIndex, gz: Gazetteer | None) -> str | None:
    """The state a person acts for, folded: the article's state actor (`state_of`), else the
    gazetteer's state of the person or of an adjective in their title ("Spanish Foreign
    Minister"), though the article names no such state as an actor."""
    state = state_of(actor_id, actors, gz)
    if state is not None:
        return normalize(actors.by_id(state).name)
    if gz is None:
        return None
    actor = actors.by_id(actor_id)
    known = gazetteer_state(actor, gz)
    if known is not None:
        return normalize(known.name)
    for role in actor.roles:
        for word in role.title.split():
            adjective = gz.adjective(word)
            if adjective is not None:
                return normalize(adjective.name)
    return None


def _named_in(conjunct: Token, actors: ActorIndex) -> list[str]:
    """The actors one member of a coordination names ("Turkish Cypriot Leader Ersin Tatar"),
    without the members joined to it."""
    joined = [x for x in conjunct.children if x.dep_ in ("conj", "cc", "preconj")]
    toks = [t for t in conjunct.subtree if not any(t in x.subtree for x in joined)]
    start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
    return list(dict.fromkeys(actors.all_at(start, end)))


# How the parse joins the members of a list of dates ("in March, June and November").
LIST_DEPS = {"conj", "appos", "npadvmod"}
# Plural nouns of occurrences that a list of dates tells apart, one on each date.
COUNTED_NOUNS = {"meeting", "round", "session", "call", "conversation", "visit", "summit"}


def _listed_dates(head: Token) -> list[Token]:
    """`The next four meetings were held in March, June, September and November`, `met in
    June and October`: the dates a plural occurrence noun's own verb, or an encounter verb,
    lists ("in" or "on" with two or more dates joined), each the date of one of them (for a
    verb, months or years only); else empty."""
    if head.pos_ == "VERB" and head.lemma_.lower() in ENCOUNTER_VERBS:
        holder = head  # "met in June and October": one meeting in each month
    elif head.tag_ != "NNS" or head.lemma_.lower() not in COUNTED_NOUNS:
        return []
    elif head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return []
    else:
        holder = head.head
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            continue
        for first in (x for x in prep.children if x.dep_ == "pobj" and x.ent_type_ == "DATE"):
            members = [first, *(t for t in first.subtree if t.dep_ in LIST_DEPS)]
            if len(members) < 2 or not all(t.ent_type_ == "DATE" for t in members):
                continue
            if holder is head and not _months_or_years(members):
                continue  # "met on May 9 and 10": one meeting may last two days
            return members
    return []


def _months_or_years(members: list[Token]) -> bool:
    """`in June and October`, `in 2011 and 2013`: months' names only or years only, joined by
    "and" (not "on May 30, 2025", a day and its year): spans no one meeting fills twice."""
    months = all(t.lower_ in MONTHS for t in members)
    years = all(t.shape_ == "dddd" and t.lower_.startswith(("19", "20")) for t in members)
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for t in members for c in t.children)
    return (months or years) and joined


# Words of sittings between sides (not of a visit or a summit, which the guidelines count as
# meetings however they are scheduled).
SITTING_WORDS = {"meet", "meeting", "session", "round"}


def _session(head: Token, mention: Mention) -> Mention:
    """The mention as one sitting of a series the clause dates one by one ("the next four
    meetings were held in March, June ...", "will meet on May 3, May 5 and May 9"): the same
    sides meeting on a schedule of dates are sessions of a process, rounds of negotiation (the
    guidelines' "any session that negotiates"; no visit or reception comes on such a list)."""
    if mention.kind != "meeting" or head.lemma_.lower() not in SITTING_WORDS:
        return mention
    return replace(mention, kind="negotiation_round", negotiating=True)


def _day_date(doc: Doc, day: Day, mention: Mention) -> PartialDate:
    """The date of one listed day: the timeline's where it reads that month and day (it knows
    the year a list crosses into), else that day in the year of its reading or the mention's."""
    read = event_date(doc, day.start, day.end)
    if read is not None and (read.month, read.day) == (day.month, day.day):
        return read
    year = read.year if read is not None else mention.date.year if mention.date else None
    return PartialDate(year=year, month=day.month, day=day.day)


YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _member_date(member: Token, mention: Mention) -> PartialDate | None:
    """The date one member of a list names: a month of its own year ("in December 2010") or of
    the year the clause gives ("last year - in March, June"), else the member's own anchor on
    the timeline."""
    month = MONTHS.get(member.lower_)
    # The member's own year ("in December 2010") before the clause's.
    own = next((int(c.text) for c in member.children if YEAR_RE.fullmatch(c.text)), None)
    year = own or (mention.date.year if mention.date else None)
    if month is not None and year is not None:
        return PartialDate(year=year, month=month, day=None)
    return event_date(member.doc, member.idx, member.idx + len(member)) or mention.date


def _both(tok: Token) -> bool:
    """The "both" of "both A and B", as the parser hangs it on A: a correlative conjunction
    or, before a name, a determiner."""
    return tok.lower_ == "both" and tok.dep_ in ("preconj", "det")


def _place(text: str, place: Token) -> Place:
    """The place one member of a list of stops names ("New York", not its date or list)."""
    toks = [t for t in place.subtree if t.ent_type_ == place.ent_type_ and t.dep_ != "conj"]
    start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
    return Place(name=text[start:end], span=Span.of(text, start, end))

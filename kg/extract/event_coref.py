"""Within-article event coreference: the mentions of one occurrence become one `Event`;
different occurrences stay apart by kind, date, place and parties.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kg.extract.actors import ActorIndex
from kg.extract.event_apart import told_apart_from
from kg.extract.event_call_retellings import (
    call_news,
    call_retold,
    call_told_as_talks,
    weak_call_of,
)
from kg.extract.event_copies import fold_copies
from kg.extract.event_course import told_course
from kg.extract.event_mention import (
    Mention,
    ProposalMention,
    background,
    days_apart,
    event_word,
    in_headline,
    linked,
    retold_earlier,
    same_day,
)
from kg.extract.event_people import new_person, people_apart
from kg.extract.event_person_states import told_state
from kg.extract.event_place_keys import place_key, same_place
from kg.extract.event_process import next_round, same_process
from kg.extract.event_states import group_sides, same_truce, side, state_of, telling_sides
from kg.extract.event_unplaced import unplaced_people
from kg.extract.event_visits import VISIT_WORDS, talks_of_a_visit, visit_days
from kg.extract.event_years import year_after, year_modifier
from kg.extract.mention_tellings import arranged, continued, done, in_sequence, told_planned
from kg.extract.timex import with_zone
from kg.gazetteer import Gazetteer
from kg.model import (
    Article,
    Event,
    EventKind,
    EventStatus,
    Proposal,
    Span,
    Statement,
    trim_space,
)


@dataclass
class EventResult:
    events: list[Event] = field(default_factory=list)
    triggers: list[list[tuple[int, int]]] = field(default_factory=list)  # per event
    statements: list[Statement] = field(default_factory=list)  # acts done in words


def merge(
    mentions: list[Mention],
    proposals: list[ProposalMention],
    article: Article,
    actors: ActorIndex,
    gz: Gazetteer | None,
) -> EventResult:
    """Mentions grouped into events, each group one `Event`; proposals go to the agenda of the
    event whose sentence names them, else of the last talks or meeting before them."""
    groups: list[list[Mention]] = []
    for m in mentions:
        m.headline = in_headline(article.text, m.sent[0])
    for m in mentions:
        if m.date is None and not m.undated:
            m.date = year_modifier(article.text, m)
        if m.date is None and not m.undated:
            m.date = year_after(article.text, m)
            m.year_after = m.date is not None
        fits = [
            g
            for g in reversed(groups)
            if (
                _visit_purpose(g, m, article.text)
                or _compatible(g, m, actors, gz, article.published_date, article.text)
            )
            and not told_apart_from(g, m)
        ]
        if not fits:
            call = call_retold(groups, m, article.text, actors, gz)
            if call is not None:
                m.retells_call = True
                # Who the call's own words do not name is what was discussed ("discussed Eastmark").
                sides = group_sides(call, actors, gz)
                m.participants = [p for p in m.participants if side(p, actors, gz) in sides]
                fits = [call]
        if not (m.date or m.location or m.participants or m.indefinite or m.earlier):
            # A bare "the attack" points to an occurrence of the story's time, not to one the
            # text dates months back for comparison ("the deadliest since an assault in
            # Ghazni in August 2018 ... the attack had killed twelve").
            fits = [g for g in fits if not background(g, article.published_date)] or fits
            if m.definite:
                # "the summit" with nothing of its own is the headline's summit, the story's
                # news, before any other summit the body told of since.
                word = event_word(article.text, m)
                fits = [
                    g
                    for g in fits
                    if any(x.headline and event_word(article.text, x) == word for x in g)
                ] or fits
        if m.kind == "attack" and m.definite and not m.date:
            # "killed Soleimani in an airstrike ... the December 31 attack on the embassy ...
            # carried out the airstrike at the airport": an attack word names its means, so a
            # definite one points back to an attack told with the same word before another.
            # (Not gatherings: "met" is told again as "the meeting" or "the visit".)
            word = event_word(article.text, m)
            fits = [g for g in fits if any(event_word(article.text, x) == word for x in g)] or fits
        if m.definite:
            # "talks held beside a trade forum ... both praised that meeting": an occurrence
            # told only as the setting of another is pointed back to by its own word, not by
            # the other's.
            word = event_word(article.text, m)
            fits = [
                g
                for g in fits
                if not all(x.sequel_of is not None for x in g)
                or any(event_word(article.text, x) == word for x in g)
            ] or fits
        call = call_told_as_talks(groups, m, article.text)
        if call is not None:
            fits = [call]
        # "those negotiations" after a meeting that followed the talks: an anaphor takes the
        # last occurrence of its own kind before one of the kindred kind.
        target = next((g for g in fits if any(x.kind == m.kind for x in g)), None) or next(
            iter(fits), None
        )
        if target is not None:
            target.append(m)
        else:
            groups.append([m])
    same_process(groups, actors, gz)
    next_round(groups, actors, gz)
    result = EventResult()
    built: list[list[Mention]] = []
    for g in groups:
        if not any(
            x.participants
            or x.struck
            or x.delegates
            or x.date
            or x.location
            or x.venue
            or arranged(x)
            or x.family  # an occasion noun is singled out by its own words (`event_occasions`)
            for x in g
        ):
            continue  # a bare "the talks" with nothing to anchor it
        if all(x.kind == "phone_call" and x.weak for x in g) and not any(
            len(x.participants) >= 2 for x in g
        ):
            continue
        result.events.append(build_event(g, article, actors, gz))
        built.append(g)
    fold_copies(
        built,
        result.events,
        lambda g: build_event(g, article, actors, gz),
        actors,
        gz,
        article.published_date,
    )
    for g in built:
        result.triggers.append([x.trigger for x in g] + [r for x in g for r in x.role_words])
    for p in proposals:
        target_idx = None
        for i, trig in enumerate(result.triggers):
            if any(p.sent[0] <= s < p.sent[1] for s, _e in trig):
                target_idx = i
        if target_idx is None:
            before = [
                i
                for i, ev in enumerate(result.events)
                if ev.kind in ("negotiation_round", "meeting")
                and min(s for s, _ in result.triggers[i]) < p.span[0]
            ]
            target_idx = before[-1] if before else None
        if target_idx is not None:
            result.events[target_idx].proposals.append(
                Proposal(text=Span.of(article.text, *p.span), proposed_by=p.by)
            )
    return result


NEGOTIATOR_RE = re.compile(
    r"\bdelegation\b|\bnegotiat|\bhead of (?:the )?(?:\w+ )?(?:team|side)\b|\benvoy\b", re.I
)
STATE_LEVEL = {"meeting", "negotiation_round", "phone_call", "agreement_signing"}


# Meeting words that say nothing of what the encounter was ("after a meeting in Ankara").
BARE_MEETING_WORDS = {"meet", "met", "meeting"}


def build_event(
    g: list[Mention], article: Article, actors: ActorIndex, gz: Gazetteer | None
) -> Event:
    text = article.text
    # A word that only tells the group's call again names no other kind of occurrence.
    kinds = {x.kind for x in g if not x.retells_call}
    # The body's first telling names the occurrence, read in its own clause ("X and Y held
    # talks", "peace negotiations"): a headline ("Holds Talks With") is a summary in few words
    # that parses worse. Only a bare "meeting" in the body says less than the headline's word.
    first = next((x for x in g if not x.headline), g[0])
    if event_word(text, first) in BARE_MEETING_WORDS:
        first = g[0]
    kind: EventKind = first.kind
    if all(x.headline for x in g if x.kind != "phone_call") and "phone_call" in kinds:
        kind = "phone_call"  # the headline's "holds talks with", told by phone (`call_news`)
    elif "negotiation_round" in kinds and (
        first.kind not in ("meeting", "phone_call")
        or any(x.negotiating for x in g)
        or any(
            x.kind == "negotiation_round"
            and x.sequel_of is None
            and y.kind == "meeting"
            and x.sent == y.sent
            and linked(x, y)
            for x in g
            for y in g
        )
    ):
        # "met ... for talks" is a round of talks (the two words joined in the parse: "after
        # the meeting, X praised the talks of his country with Y" tells of two occurrences);
        # a meeting named first and only later called "the talks" stays a meeting
        # (delegations still make it talks, below), unless a meeting word of its own is told
        # as negotiating.
        kind = "negotiation_round"
    elif "phone_call" in kinds and any(not x.weak for x in g if x.kind == "phone_call"):
        kind = "phone_call"
    if kind == "negotiation_round" and talks_of_a_visit(g, text):
        kind = "meeting"
    participants: list[str] = []
    for x in g:
        for p in x.participants:
            if p not in participants:
                participants.append(p)
    for x in g:
        participants.extend(p for p in x.delegates if p not in participants)
    for x in g:
        participants.extend(p for p in x.struck if p not in participants)
    if kind in ("meeting", "negotiation_round"):
        # "the head of the Russian delegation, Vladimir Medinsky": a negotiator the sentence
        # names takes part, at the level of people.
        for mention in actors.mentions:
            a = actors.by_id(mention.actor)
            if (
                a.id not in participants
                and a.type == "Person"
                and any(x.sent[0] <= mention.start < x.sent[1] for x in g)
                and any(NEGOTIATOR_RE.search(r.title) for r in a.roles)
                and not any(a.id in x.apart for x in g)  # the counterpart of another
            ):
                participants.append(a.id)
    # Parties at every level: a delegation acts for its state, and so does a person who holds
    # a post of it (the state only when the article names it as an actor: never inferred).
    for p in list(participants) if kind in STATE_LEVEL else []:
        country = state_of(p, actors, gz) or told_state(p, actors, text)
        if country and country not in participants:
            participants.append(country)
    explicit = {x.status for x in g if x.explicit_status}
    if explicit == {"planned"} and any(done(x) or x.ongoing for x in g):
        # "met ... to sign an agreement. The agreement was signed by the ministers": what was
        # arranged and is then told in the past tense happened; so did what is told as under
        # way ("are meeting today ... the meeting is expected to discuss").
        explicit = set()
    status: EventStatus = "held"
    for word in ("planned", "postponed", "cancelled"):  # the strongest word wins
        if word in explicit:
            status = word  # type: ignore[assignment]
    best = max(
        g,
        key=lambda x: (
            len(x.participants) + (x.date is not None) + (x.location is not None),
            -x.trigger[0],
        ),
    )
    # The most precise date the mentions give: the day rather than its month.
    own = [x for x in g if not x.told]
    date = next((x.date for x in own if x.date and x.date.day), None) or next(
        (x.date for x in own if x.date), None
    )
    timed = next((x for x in g if x.time), None)
    ev = Event(
        kind=kind,
        evidence=Span.of(text, *trim_space(text, *best.sent)),
        status=status,
        participants=participants,
        mediator=next((x.mediator for x in g if x.mediator), None),
        initiator=next((x.initiator for x in g if x.initiator), None),
        date=date,
        time=with_zone(timed.time, timed.zone, date) if timed and timed.time else None,
        time_text=Span.of(text, *timed.time_text) if timed and timed.time_text else None,
        location=next((x.location for x in g if x.location), None),
        venue=next((x.venue for x in g if x.venue), None),
        trigger=Span.of(text, *best.trigger),
    )
    for third in {ev.mediator, *(c for x in g for c in x.co_mediators)} - {None}:
        if third in ev.participants:
            ev.participants.remove(third)  # type: ignore[arg-type]
    if (
        ev.initiator in ev.participants
        and ev.initiator is not None
        and actors.by_id(ev.initiator).type == "Country"
        and kind == "phone_call"
    ):
        ev.participants.remove(ev.initiator)
    topics: list[tuple[int, int]] = []
    for x in g:
        for t in x.topics:
            if t not in topics:
                topics.append(t)
    ev.topics = [Span.of(text, s, e) for s, e in topics]
    return ev


def _visit_purpose(g: list[Mention], m: Mention, text: str) -> bool:
    """`m` is what a visit of the group is for, told in the same clause ("will visit Dhaka on
    Monday to hold talks with his counterpart"): the talks are the visit's occasion, one
    occurrence whose parties are the visitor, the host state and the counterpart."""
    if m.kind not in ("meeting", "negotiation_round") or m.retells_call:
        return False
    for x in g:
        if x.kind not in ("meeting", "negotiation_round") or x.sent != m.sent:
            continue
        if x.status != m.status or not linked(x, m) or not x.path or not m.path:
            continue
        if event_word(text, x) in VISIT_WORDS and x.path[0] in m.path[1:3]:
            return True  # the visit governs the talks' infinitive ("visit ... to hold talks")
    return False


def _named_in(g: list[Mention], m: Mention, actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """`m`, a gathering told by its name, is the group's: the group has that name, tells it
    in `m`'s clause, or is an unnamed one of the same parties ("the Security Council meeting
    ... this session of the Council")."""
    if any(x.name == m.name or (x.sent == m.sent and linked(x, m)) for x in g):
        return True
    mine = {side(p, actors, gz) for p in m.participants}
    return not any(x.name for x in g) and bool(mine) and mine <= group_sides(g, actors, gz)


def _same_bodies(mine: set[str], parts: set[str], actors: ActorIndex) -> bool:
    """Two tellings name the same states and bodies, two at least, and differ only in people
    whose state the article does not tell ("Kabul hosted envoys of A, B and C": one telling names
    the host's prime minister, the other the first envoy): the same parties, not two occasions."""
    bodies = {p for p in mine if actors.by_id(p).type != "Person"}
    return len(bodies) >= 2 and bodies == {p for p in parts if actors.by_id(p).type != "Person"}


def _compatible(
    g: list[Mention],
    m: Mention,
    actors: ActorIndex,
    gz: Gazetteer | None,
    published: dt.date | None,
    text: str,
) -> bool:
    kinds = {x.kind for x in g if not x.retells_call}
    family = {"meeting", "negotiation_round"}
    news_call = call_news(g, m, actors, gz)
    retold = weak_call_of(g, m, actors, gz)  # "spoke with" told of the meeting again
    if m.kind not in kinds and not (m.kind in family and kinds & family or news_call or retold):
        return False
    if any(x.family != m.family or x.trigger == m.trigger for x in g):
        # "the debate" does not point back to an election, nor to an arrival; the occurrences
        # one word was split into (`event_distribute`: "meetings with A and B") stay apart
        return False
    if m.name and not _named_in(g, m, actors, gz):
        return False  # "the Berlin Conference" is neither another gathering nor one told unnamed
    if same_truce(g, m, actors, gz):
        return True
    if any(x.welcome != m.welcome for x in g) and not any(x.sent == m.sent for x in g):
        return False  # the welcome on arrival is neither the visit nor the talks it opens
    if m.ordinal and any(x.ordinal and x.ordinal != m.ordinal for x in g):
        return False  # "the first round" is not the second round told before
    if any(in_sequence(x, m) or in_sequence(m, x) for x in g):
        return False  # "will meet X after the round of talks": the meeting is not the round
    dates = {x.date for x in g if x.date}
    if m.date and dates and not all(same_day(m.date, d) for d in dates):
        # "met in Almaty on Friday for two days of talks. The negotiations ended on Saturday":
        # the end or the next day of one occurrence, told by a verb of its course.
        if not (m.phase and not m.indefinite and all(days_apart(m.date, d) for d in dates)):
            if not (visit_days(g, m, dates, actors, gz, text) or told_course(g, m, dates)):
                return False
    locs = [place_key(x.location.name, gz) for x in g if x.location]
    mloc = place_key(m.location.name, gz) if m.location else None
    here = mloc is not None and any(same_place(mloc, p) for p in locs)
    if mloc and locs and not here:
        # Two explicit places, neither inside the other: the summit in Anchorage is not the
        # meeting in Washington, the Cairo talks are not the Doha talks.
        return False
    if m.repeat and not (any(x.sent == m.sent for x in g) or all(x.headline for x in g)):
        # A new occurrence, though the headline may tell of it: not one the body has told.
        return False
    if (
        all(x.repeat for x in g)
        and not m.repeat
        and not (m.explicit_status and m.status == "planned")
        and not any(x.sent == m.sent for x in g)
    ):
        return False  # "another meeting in September. The talks were led by": the story's own
    earlier = m.earlier or any(x.earlier for x in g)
    if earlier and not any(x.sent == m.sent for x in g) and not retold_earlier(g, m):
        return False  # an earlier occurrence is neither the headline's news nor the next one
    # What happened is not what is planned: a past round and the next one.
    if m.explicit_status and m.status == "planned" and any(done(x) for x in g):
        return False
    if (
        m.explicit_status
        and m.status == "planned"
        and continued(text, m)
        and any(x.headline and not x.explicit_status for x in g)
    ):
        # "U.S. comments on breakdown of talks ... will return in two weeks to continue
        # negotiations": talks to be continued are the next round, not the headline's news.
        return False
    if m.explicit_status and m.status == "cancelled" and any(done(x) for x in g):
        return False  # the round held in Rome is not the talks called off for Geneva
    if done(m) and all(x.explicit_status and x.status == "planned" for x in g):
        return False
    if done(m) and m.date and any(x.explicit_status and x.status == "cancelled" for x in g):
        # "had called off the talks last year ... held talks on March 3": a dated occurrence
        # told as held is not the one told as called off.
        return False
    if done(m) and told_planned(g, published):
        # Nor is a telling in the past tense the occurrence told as planned, though an
        # untensed word ("the summit") joined the plan: "will meet in Baghdad soon ... the
        # meeting is the latest of a series ... Baghdad recently hosted the fifth round".
        return False
    parts = telling_sides(g, actors, gz)
    mine = telling_sides([m], actors, gz)
    if (
        m.date
        and not dates
        and background([m], published)
        and not (len(mine) >= 2 and mine == parts)
        and (m.year_after or not any(x.sent == m.sent for x in g))
    ):
        # "In May 2014, it traded five detainees for Bergdahl": an occurrence dated months or
        # years before the story is not the story's undated one ("the prisoner swap"), unless
        # the very same parties say so ("the agreement Turkey and Libya signed"). A year closing
        # the word's phrase keeps it apart even in the sentence of the story's own ("the meeting
        # is the latest of a series of meetings since 2021").
        return False
    if m.kind == "prisoner_exchange" and any(
        x.kind == m.kind and x.sent == m.sent and linked(x, m) for x in g
    ):
        # "the release of 100 soldiers of A in exchange for 100 of B": each word of one swap
        # names one side's prisoners, so its tellings in one clause share no party.
        return True
    # The headline tells its parties in part ("Iraqi Parliament votes for expulsion of US
    # troops"): the body's first telling of its news is not told apart by them.
    headline = all(x.headline for x in g)
    if (
        len(mine) >= 2
        and len(parts) >= 2
        and not (mine <= parts or parts <= mine)
        and not _same_bodies(mine, parts, actors)
        and not (m.definite and unplaced_people(mine, parts, actors, gz))
        and not m.joined
        and (not headline or _other_states(mine, parts, actors))
    ):
        # One occurrence has one set of parties: Trump-Putin is not Trump-Zelensky, the envoy's
        # meeting in Ankara is not hers in Athens. The headline may name its parties in other
        # words ("Chairperson Steinmeier"), but not another state: Erdogan's call with Putin is
        # not the headline's call with Zelenskyy.
        return False
    shared, apart = people_apart(g, m, actors, gz)
    if m.kind == "meeting" and kinds == {"meeting"} and shared and apart:
        return False  # one visitor, a different person of the other side
    told_with = any(x.sent == m.sent and linked(x, m) for x in g)  # one telling, several words
    if not (m.joined or m.retells_call or told_with) and apart:
        # One occurrence has one set of people: "the minister met the envoy ... he met the
        # other minister" are two meetings, though both are between the same two states.
        return False
    if m.also and not m.joined and new_person(g, m, actors):
        # "paid a visit to the capital ... he also met his counterpart": another encounter of the
        # visit, with someone the visit's tellings did not name, is an occurrence of its own.
        return False
    if (
        mine
        and parts
        and not (mine & parts)
        and not (m.joined or m.phase or (headline and not _other_sides(m, parts, actors, gz)))
    ):
        # No party in common: Erdogan at a pipeline's opening ceremony is not the Cairo
        # meeting of four other ministers that day (unless he joins it: "joined the talks").
        # The headline may name its parties in other words ("Almagro Met ...": "the
        # Secretary General met"), but not a body telling between two other sides ("After
        # collapsing talks with Washington": Russia's talks with the Taliban): the headline
        # waits for the telling whose parties it names.
        return False
    # A meeting and talks of one sentence are one occurrence when one word governs the other
    # ("met in Geneva for the first round of talks"), not when the sentence only names both
    # ("after a meeting with ambassadors, he recalled the peace talks").
    near = any(x.sent == m.sent and (x.kind == m.kind or linked(x, m)) for x in g)
    # The headline sums up the story: an indefinite mention may be the body's first telling
    # of the headline's event, but once the body has told of it, "a Kabul car bombing" is a
    # new occurrence, not that one again.
    if m.indefinite and not (near or all(x.headline for x in g)):
        # "a meeting" introduces an occurrence, "the meeting" points back: an indefinite one
        # is an earlier-told occurrence only when the same day or place says so.
        # So do the very same parties, two or more, of the same kind ("Trump's call with
        # Zelensky ... a call between Trump and Zelensky in late July"), when no place of its
        # own ("a meeting in Nairobi") or day tells them apart.
        same = (
            len(mine) >= 2
            and (mine == parts or _same_bodies(mine, parts, actors))
            and mloc is None
            and all(x.kind == m.kind for x in g)
        )
        # A word of another kind with a place of its own ("sent envoys for talks ... held a
        # meeting in the capital") opens an occurrence the group, told nowhere, is not: the
        # same day alone does not join them.
        placed_apart = mloc is not None and not locs and m.kind not in kinds
        same_day_told = bool(m.date and m.date.day and m.date in dates) and not placed_apart
        return same_day_told or here or same
    headline_told = any(x.headline for x in g)
    if m.kind not in kinds and mine and not parts and not (near or m.definite or headline_told):
        # "a new initiative aimed at renewing talks between the foes ... to travel to Riyadh
        # for meetings with Saudi officials": a meeting told with parties of its own is not
        # talks the body told without any in another clause (nor the reverse), unless it
        # points back ("the meeting"). The headline's talks are the story's, whatever word
        # the body uses ("arrange Russia-Ukraine peace talks ... the delegations will meet").
        return False
    if not (mine or m.date or mloc) or not (parts or dates or locs):
        return True  # an anaphoric "the call" joins the last one
    if m.definite and not (mine or m.indefinite or m.repeat or m.earlier or locs or m.date):
        return True  # "... in an airstrike. The strike took place in Iraq": where it was
    if near or any(x.headline for x in g):
        return True  # the same sentence, or the headline that sums the story up
    if (
        not (parts and (m.date or mloc))
        and not (m.indefinite or m.repeat or m.earlier)
        and m.definite
    ):
        # "a summit in Rome ... During the summit, the Pope said": "the summit" points back to
        # the one told without parties, and brings its own.
        return True
    if (
        m.definite
        and not mine
        and not dates
        and not (m.indefinite or m.repeat or m.earlier)
        and all(x.kind == m.kind for x in g)
    ):
        # "A planned summit between Kenya and Uganda was postponed. The summit had been
        # scheduled for Friday": the definite word brings its day to an undated occurrence.
        return True
    course = (
        m.phase
        and m.definite
        and m.date is not None
        and bool(dates)
        and all(days_apart(m.date, d) for d in dates)
    )
    return bool(mine & parts) or bool(m.date and m.date in dates) or here or course


def _other_states(mine: set[str], parts: set[str], actors: ActorIndex) -> bool:
    """The two sets of sides differ only by states (a state on one side the other lacks)."""
    return all(actors.by_id(p).type == "Country" for p in mine ^ parts)


def _other_sides(m: Mention, parts: set[str], actors: ActorIndex, gz: Gazetteer | None) -> bool:
    """The body telling is between two or more sides, none of them a person, and its host or
    mediator is none of the headline's parties: a person whose state the article does not tell
    ("Hulusi Akar and Jens Stoltenberg discussed") may stand for the headline's state
    ("Türkiye's defense chief holds talks"), and "Oman hosts talks" names the host of the talks
    between Iran and the United States; a state or a group stands only for itself."""
    mine = {side(p, actors, gz) for p in m.participants}
    thirds = {side(p, actors, gz) for p in (m.mediator, *m.co_mediators) if p}
    return (
        len(mine) >= 2
        and all(actors.by_id(p).type != "Person" for p in mine)
        and not thirds & parts
    )

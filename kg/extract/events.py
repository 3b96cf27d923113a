"""Diplomatic events: calls, meetings, talks, signings, exchanges, ceasefires, attacks, arrivals.

Input: the parsed `Doc`, the article and the `ActorIndex`.
Output: `EventResult` — one `Event` per real event (repeated mentions merged) and, for each, the
character ranges of its trigger words (the pipeline links statements through them).

Each trigger word (`event_triggers`) is read with its dependency neighbourhood: its modality
(`event_modality`: held, planned, cancelled, postponed, proposed, negated), its arguments
(`event_args`: participants, place, mediator, initiator, topics) and its date and time from the
sentence. Mentions of one occurrence are then merged (`event_coref`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract import event_args as args
from kg.extract import event_discussions as discussions
from kg.extract import event_topics
from kg.extract.actors import ActorIndex, in_noise
from kg.extract.clause_paths import invited_to
from kg.extract.event_appointments import APPOINTMENT_TRIGGERS, post_parties, took_post
from kg.extract.event_callers import caller, initiator_told_apart
from kg.extract.event_calls import (
    CALL_TRIGGERS,
    SPOKE_TRIGGERS,
    SPOKEN_TRIGGERS,
    called_parties,
    called_someone,
    spoke_with_party,
    spoken_with_person,
)
from kg.extract.event_coref import EventResult, merge
from kg.extract.event_course import told_days
from kg.extract.event_dated_texts import (
    DATED_TEXT_TRIGGERS,
    SIGNED_TEXT_TRIGGERS,
    dated_text,
    signed_text,
)
from kg.extract.event_decisions import DECISION_TRIGGERS, decided, resigner
from kg.extract.event_distribute import distribute
from kg.extract.event_guests import welcome_on_arrival
from kg.extract.event_habits import habitual, vague_future
from kg.extract.event_heads import delegation_parties, other_time, party_heads, tense_of
from kg.extract.event_hosts import add_hosts
from kg.extract.event_in_person import told_by_phone
from kg.extract.event_intent import not_an_occurrence
from kg.extract.event_kinds import SEQUENCE_PREPS, mention_kind, plain_talks, sequel_of
from kg.extract.event_meals import (
    CALLED_ON_TRIGGERS,
    MEAL_TRIGGERS,
    called_on,
    meal_parties,
    shared_meal,
)
from kg.extract.event_members import listed_members
from kg.extract.event_mention import (
    OCCASION_PREPS,
    Mention,
    ProposalMention,
    harm_words,
    ordinal_of,
    role_words,
)
from kg.extract.event_modality_phrases import going_on
from kg.extract.event_modality_status import past, status_of
from kg.extract.event_observance import drop_observed
from kg.extract.event_occasions import family as occasion_family
from kg.extract.event_occasions import occasion_doers
from kg.extract.event_occurrence import also_told, definite, earlier, indefinite, repeated, series
from kg.extract.event_pairs import acted_upon, reciprocal_parties, resolve_pairs
from kg.extract.event_parties_context import continued_parties, group_parties
from kg.extract.event_parties_targets import attack_targets
from kg.extract.event_places import visited_host
from kg.extract.event_process import share_parties
from kg.extract.event_proposals import proposal_context
from kg.extract.event_relations import RELATION_TRIGGERS, dated_by_its_object, relation_act
from kg.extract.event_scenes import add_attendees, part_of_gathering, where_doers
from kg.extract.event_seizures import SEIZURE_TRIGGERS, seized_power, seizure_parties
from kg.extract.event_senses import event_sense
from kg.extract.event_series import series_sides
from kg.extract.event_sides import article_sides, post_holders
from kg.extract.event_sittings import sitting_name
from kg.extract.event_story_day import date_headline_news
from kg.extract.event_story_sides import pair_sides
from kg.extract.event_swaps import SWAP_TRIGGERS, swap_parties, traded_for
from kg.extract.event_tellings import dated_below, told_of
from kg.extract.event_thirds import set_thirds_apart, story_thirds
from kg.extract.event_triggers import PARSED_TRIGGERS, TRIGGERS
from kg.extract.event_trips import JOURNEY_TRIGGERS, TRIP_TRIGGERS, set_off_done, set_out, trip_told
from kg.extract.event_violence import VIOLENCE_TRIGGERS, ongoing, violent_deed
from kg.extract.pattern_scan import finditer, lowered
from kg.extract.timeline_ask import event_date
from kg.extract.timeline_words import saying_at
from kg.extract.timex import after, before_day, find_times
from kg.gazetteer import Gazetteer
from kg.model import Article, EventKind, PartialDate, Place, Span
from kg.nlp import doc_text, entities, sentences, span_at

__all__ = ["EventFinder", "EventResult"]

log = logging.getLogger(__name__)

# Prepositions by which a clause's act answers an attack told as its reason, or looks into it
# ("a report from an investigation into the attacks").
REASON_PREPS = {"for", "over", "into"}


class EventFinder:
    """The event stage; `__call__(doc, article, actors) -> EventResult`."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gz = gazetteer

    def __call__(self, doc: Doc, article: Article, actors: ActorIndex) -> EventResult:
        mentions: list[Mention] = []
        proposals: list[ProposalMention] = []
        anchor = article.published_date
        # Each trigger pattern scans the text once: its matches are both the mentions read
        # below and, all together, where any event word starts (`starts`).
        # Some words are read by a sense of their own: decisions (`event_decisions`), deeds of
        # violence named by nouns (`event_violence`).
        # (`finditer`: the same matches, each pattern tried only where one can begin.)
        text, low = article.text, lowered(article.text)
        found: list[tuple[EventKind, list[re.Match[str]], Callable[[Token], bool] | None]] = [
            (kind, list(finditer(pattern, text, low)), None)
            for pattern, kind in TRIGGERS + PARSED_TRIGGERS
        ]
        found += [(k, list(finditer(p, text, low)), decided) for p, k in DECISION_TRIGGERS]
        found += [(k, list(finditer(p, text, low)), violent_deed) for p, k in VIOLENCE_TRIGGERS]
        # Words common in other senses ("called", "released") count as event words only in
        # the sense read (else the date of "called a meeting on Monday" would go to "called").
        # An agreement noun names a signing only with its own day (`event_dated_texts`).
        for sense_of, triggers in (
            (traded_for, SWAP_TRIGGERS),
            (called_someone, CALL_TRIGGERS),
            (spoke_with_party, SPOKE_TRIGGERS),
            (spoken_with_person, SPOKEN_TRIGGERS),
            (discussions.discussed_with_party, discussions.DISCUSSION_TRIGGERS),
            (discussions.discussed_by_phone, discussions.PHONE_DISCUSSION_TRIGGERS),
            (dated_text, DATED_TEXT_TRIGGERS),
            (signed_text, SIGNED_TEXT_TRIGGERS),
            (relation_act, RELATION_TRIGGERS),
            (shared_meal, MEAL_TRIGGERS),
            (called_on, CALLED_ON_TRIGGERS),
            (trip_told, TRIP_TRIGGERS),
            (set_out, JOURNEY_TRIGGERS),
            (seized_power, SEIZURE_TRIGGERS),
            (took_post, APPOINTMENT_TRIGGERS),
        ):
            found += [(k, *_in_sense(doc, finditer(p, text, low), sense_of)) for p, k in triggers]
        starts = sorted(m.start() for _k, hits, _s in found for m in hits)
        for kind, hits, sense in found:
            deciding = sense is decided
            for m in hits:
                if in_noise(article, m.start(), m.end()):
                    continue
                span = span_at(doc, m.start(), m.end())  # (made once: `_in_sense` asked too)
                if span is None:
                    continue
                head = span.root
                if any(x.trigger[0] <= m.start() < x.trigger[1] for x in mentions):
                    continue
                # A dated text of agreement is presupposed concluded, whatever its clause says
                # of it ("they must implement the May 11 declaration").
                presupposed = sense is dated_text
                if not presupposed and proposal_context(head):
                    proposals.append(
                        ProposalMention(
                            event_topics.np_span(head),
                            event_topics.proposer(head, actors),
                            (head.sent.start_char, head.sent.end_char),
                        )
                    )
                    continue
                if (
                    (not presupposed and not_an_occurrence(head))
                    or (kind == "attack" and ongoing(head))
                    or not event_sense(head, kind)
                    or (sense is not None and not sense(head))
                    or series(head)
                    or habitual(head)
                    or vague_future(head)
                    or instead_of(head)
                    or in_title(head)
                    or (kind == "attack" and _verbal_attack(head))
                ):
                    continue
                mention = self._mention(
                    mention_kind(head, kind), span, head, article, actors, anchor, starts
                )
                mention.negotiating = kind == "meeting" and mention.kind == "negotiation_round"
                mention.plain = mention.kind == "negotiation_round" and plain_talks(head)
                if presupposed and before_day(mention.date, anchor):
                    mention.status, mention.explicit_status = "held", True
                if sense is relation_act:  # done, in the past: "suspended" is no postponement
                    mention.status, mention.explicit_status = "held", True
                    if dated_by_its_object(head):
                        mention.date, mention.undated = None, True  # the pact's own day
                if sense is set_out and set_off_done(head):
                    mention.status, mention.explicit_status = "held", True
                if sense is seized_power:  # a coup told in passing: done, a family of its own
                    mention.status, mention.explicit_status = "held", True
                    mention.family = "seizure"
                    # Only those its own phrase names: a coup told in passing has no part in
                    # the story's encounters, whose parties the clause around it may name.
                    mention.participants = seizure_parties(head, actors)
                if sense is took_post:  # an office given or taken: done, a family of its own
                    mention.status, mention.explicit_status = "held", True
                    mention.family = "appointment"
                    # The appointee, the appointer and the post's body, as its clause names
                    # them: not the parties of the encounter the clause's sentence tells.
                    mention.participants = post_parties(head, actors)
                if kind == "attack" and mention.explicit_status and mention.status == "planned":
                    continue  # "will attack them": a threat or a possibility, no attack yet
                if kind == "attack" and _campaign(head, mention, article.text):
                    continue
                if sense is called_someone:
                    more = called_parties(head, actors)
                    mention.participants += [p for p in more if p not in mention.participants]
                    if len(mention.participants) < 2:
                        continue  # "Obama called Abedini": a call between two the text names
                if sense in (shared_meal, called_on):  # "paid a courtesy call on X": X too
                    more = meal_parties(head, actors)
                    mention.participants += [p for p in more if p not in mention.participants]
                if sense is traded_for:  # "freed X for Y": who gave Y back is a side too
                    more = swap_parties(head, actors)
                    mention.participants += [p for p in more if p not in mention.participants]
                mention.participants = post_holders(head, mention.participants, actors)
                if deciding:
                    # "accepted the resignation of X": X's resignation, decided on
                    more = resigner(head, actors)
                    mention.participants += [p for p in more if p not in mention.participants]
                    if not mention.participants:
                        continue  # a decision by no one named is no event of the guidelines
                mentions.extend(distribute(head, mention, actors, self.gz))
        mentions.sort(key=lambda x: x.trigger[0])
        _delegations(doc, mentions, actors)
        add_attendees(doc, mentions, actors)
        group_parties(doc, mentions, actors)
        continued_parties(doc, mentions)  # "will reconvene in December": the same sides
        resolve_pairs(doc, mentions, article.text, actors, self.gz)
        reciprocal_parties(doc, mentions)
        _sides(doc, mentions, article.text, actors)
        share_parties(mentions)
        result = merge(mentions, proposals, article, actors, self.gz)
        drop_observed(doc, result)  # a truce only kept or carried out: no occurrence alone
        date_headline_news(doc, article, mentions, result)  # the headline's news: its day
        add_hosts(result.events, actors, self.gz)  # talks hosted by a third state it mediates
        # A party the story calls a mediator anywhere stands apart from the sides it mediates.
        thirds = story_thirds(doc, actors, self.gz)
        set_thirds_apart(result.events, thirds, actors, self.gz)
        # Truces, exchanges and talks that name one side or none: the story's pair of sides.
        pair_sides(doc, article.text, mentions, result, actors, thirds, self.gz)
        _unnamed_sides(doc, result, actors)
        series_sides(doc, result, actors)  # "the last such meeting": the story's sides
        initiator_told_apart(doc, result.events, actors)  # "The call was initiated by X"
        return result

    def _mention(
        self,
        kind: EventKind,
        span: SpacySpan,
        head: Token,
        article: Article,
        actors: ActorIndex,
        anchor: dt.date | None,
        others: list[int],
    ) -> Mention:
        text = article.text
        sent = head.sent
        m = Mention(kind, (span.start_char, span.end_char), (sent.start_char, sent.end_char))
        # A call with no medium of its own ("spoke with"); "talks, by telephone" states one.
        m.weak = (
            kind == "phone_call"
            and not re.search(r"phone|call", span.text, re.I)
            and not told_by_phone(head)
        )
        m.family = occasion_family(head) if kind == "other" else None
        m.name = sitting_name(head) if kind == "meeting" else None
        m.welcome = kind == "meeting" and welcome_on_arrival(head)
        m.participants = args.participants(head, kind, actors, self.gz)
        if kind in GATHERINGS:  # "the talks, which include A, B and C"
            listed = listed_members(head, actors)
            m.participants += [a for a in listed if a not in m.participants]
        if m.family is not None:
            m.participants += [a for a in occasion_doers(head, actors) if a not in m.participants]
        if kind in ("meeting", "other"):  # a visit's or a trip's host state
            host = visited_host(head, actors, self.gz)
            m.participants += [a for a in host if a not in m.participants]
        m.status, m.explicit_status = status_of(head)
        m.past = past(head)
        m.repeat = repeated(head)
        m.days = told_days(head)
        m.also = also_told(head)
        m.earlier = earlier(head)
        m.indefinite = indefinite(head)
        m.definite = definite(head)
        m.occasion = head.dep_ == "pobj" and head.head.lower_ in OCCASION_PREPS
        m.sequel_of = sequel_of(head)
        m.date = mention_date(text, sent, span.start_char, others, anchor)
        if m.occasion and head.head.lower_ in SEQUENCE_PREPS and not dated_below(head):
            # "agreed on a ceasefire [date], a decision that came after a meeting in Luanda":
            # the clause's date is the ceasefire's; the meeting came before it, undated.
            m.date = None
        if (
            kind == "attack"
            and head.dep_ == "pobj"
            and head.head.lower_ in REASON_PREPS
            and not dated_below(head)
        ):
            # "accepted responsibility in December for the murder", "sanctions over the
            # attack": the clause's day is the later act's; the attack it answers is undated.
            m.date = None
        # "has invited them to talks on March 20": the day is the talks' (`date_for` gives
        # none for the day of the inviting), not the day of a telling; "Clinton told the
        # AIPAC meeting", "At the opening of the summit, X said": the telling was made at
        # the occasion, on its day. A day after the story's is no telling's ("had confirmed
        # their attendance at a summit on March 20"): it is the occasion's.
        m.told = (
            told_of(head)
            and not invited_to(head)
            and saying_at(head) is None
            and not after(m.date, anchor)
        )
        # "joined the talks"; "the meeting (was) attended by the foreign minister": who joins
        # or attends joins the occurrence, another person of a side already there
        # (`event_coref`).
        m.joined = (
            head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in JOINING
        ) or any(c.dep_ == "acl" and c.lemma_.lower() in JOINING for c in head.children)
        if kind in GATHERINGS and (part_of_gathering(head) is not head or where_doers(head)):
            # "at the opening of the summit, X said": X acts at a gathering told of, whose
            # attendees differ from telling to telling (not a sign of another occurrence)
            m.joined = True
        m.phase = head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in COURSE
        m.ordinal = ordinal_of(
            [*span.text.split(), *(c.text for c in head.children if c.dep_ in ("amod", "nummod"))]
        )
        if (
            kind in ("ceasefire", "prisoner_exchange")
            and head.dep_ == "dobj"
            and (head.head.lower_.startswith("sign"))
        ):
            # "signed a seven-day ceasefire on Saturday": the day and the past tense are the
            # signing's (an event of its own); the truce takes effect when the text says.
            m.date, m.past = None, False
        if before_day(m.date, anchor):
            m.past = True  # dated before the day of the story: it has happened, as a past tense
        elif head.pos_ != "VERB" and after(m.date, anchor):
            m.past = False  # "confirmed their attendance at a summit on May 3": the summit is ahead
        if not m.explicit_status and not m.past and after(m.date, anchor):
            m.status, m.explicit_status = "planned", True  # dated after the story: ahead
        m.ongoing = not m.explicit_status and going_on(head)
        times = find_times(text, sent.start_char, sent.end_char)
        if times:
            t = min(times, key=lambda x: abs(x.start - span.start_char))
            m.time, m.zone, m.time_text = t.time, t.zone, (t.start, t.end)
        m.location, m.venue = args.places(head, kind, article, self.gz)
        if m.location is None:
            m.location = _visited_place(head, text)
        named = args.mediators(head, actors)
        m.co_mediators = named[1:]
        m.mediator = named[0] if named else None
        m.initiator = args.initiator(head, actors) or caller(head, kind, actors)
        m.topics = event_topics.topics_of(sent)
        m.role_words = role_words(head)
        if kind == "attack":
            m.role_words += harm_words(head)
            struck = attack_targets(head, actors)  # "the killing of Soleimani": aimed at him
            m.struck = [p for p in struck if p not in m.participants]
        m.path = [head.i, *(a.i for a in head.ancestors)]
        m.reported = [a.i for a in (head, *head.ancestors) if a.dep_ == "ccomp"]
        return m


# Verbs of an occurrence's course: "the talks ended", "the negotiations continued".
COURSE = {"end", "conclude", "close", "continue", "resume", "finish", "wrap", "enter", "last"}
# Verbs whose subject comes to an occurrence others hold: "joined the talks".
JOINING = {"join", "attend"}
GATHERINGS = {"meeting", "negotiation_round"}
# The kinds a sentence naming heads of delegation gives them to: its gatherings, and every
# mention of kind `other` in it (a journey among them: "a delegation, headed by X, left for
# Cairo").
DELEGATED_KINDS = GATHERINGS | {"other"}
# How many sentences back a sentence about the delegations still tells of the last gathering
# ("... the 6th Ministerial Meeting. He welcomed his counterparts. The delegations are led by").
DELEGATION_REACH = 3


def _delegations(doc: Doc, mentions: list[Mention], actors: ActorIndex) -> None:
    """The heads of delegation a sentence names take part in the gathering of that sentence,
    else in the last gathering told within `DELEGATION_REACH` sentences before it."""
    sents = sentences(doc)
    # The last sentence that gave delegates to gatherings, and those gatherings: a sentence
    # that goes on about the teams ("X will lead the other delegation") with no gathering of
    # its own within reach still tells of them.
    last: tuple[int, list[Mention]] = (-DELEGATION_REACH - 1, [])
    for k, sent in enumerate(sents):
        found = delegation_parties(sent, actors)
        # "The Union Committee was led by X": the head of a party of the gathering
        heads = party_heads(sent, actors)
        if not found and not heads:
            continue
        here = [m for m in mentions if m.sent == (sent.start_char, sent.end_char)]
        gatherings = [m for m in here if m.kind in DELEGATED_KINDS]
        if not here:
            start = sents[max(0, k - DELEGATION_REACH)].start_char
            tense = tense_of(sent)
            before = [
                m
                for m in mentions
                if m.kind in GATHERINGS
                and start <= m.trigger[0] < sent.start_char
                and not other_time(m, tense)
            ]
            gatherings = before[-1:]
            if not gatherings and k - last[0] <= DELEGATION_REACH:
                gatherings = last[1]
        if not here and not found:
            # "X led Norway" with no gathering and no team in its sentence tells of a career
            heads = [h for h in heads if not h.active]
        if gatherings and (found or heads):
            last = (k, gatherings)
        for m in gatherings:
            m.delegates.extend(a for a in found if a not in m.delegates)
            for party, people, _ in heads:
                if party in m.participants or party in m.delegates:
                    m.delegates.extend(a for a in people if a not in m.delegates)


SIDES_RE = re.compile(r"\b(?:the|both)(?: two| [\w-]+)? (?:parties|sides)\b", re.I)


def _sides(doc: Doc, mentions: list[Mention], text: str, actors: ActorIndex) -> None:
    """`the truce has enabled the parties to meet`, with no pair named together: the parties
    are the sides the article names (`event_sides`), as a set."""
    thirds = {x.mediator for x in mentions if x.mediator} | {
        c for x in mentions for c in x.co_mediators
    }
    for m in mentions:
        if m.kind == "attack" or len(m.participants) >= 2:
            continue
        said = SIDES_RE.search(text, *m.sent)
        if said is None or acted_upon(doc, said.start(), said.end(), m):
            continue
        found = article_sides(doc, actors, m.sent, thirds)
        m.participants = found + [p for p in m.participants if p not in found]


def _unnamed_sides(doc: Doc, result: EventResult, actors: ActorIndex) -> None:
    """Talks that no mention names a party of ("the first round of negotiations took place")
    are talks between the sides the story names (`event_sides`), when it names two to four.
    After the grouping, so that parties read from no word of theirs tell no occurrence apart."""
    thirds = {e.mediator for e in result.events if e.mediator}
    for event, triggers in zip(result.events, result.triggers, strict=True):
        if event.kind != "negotiation_round" or event.participants or not triggers:
            continue
        span = doc.char_span(*triggers[0], alignment_mode="expand")
        if span is None:
            continue
        sent = (span.sent.start_char, span.sent.end_char)
        event.participants = article_sides(doc, actors, sent, thirds)


# Verb forms among the event words: capitalised inside a sentence, they are words of a title
# ("on NBC's ''Meet the Press''"), not a verb of the sentence. (Not forms that are also nouns
# of an event's name: "the State Visit".)
VERB_FORMS = {
    "meet", "meets", "met", "visited", "speak", "spoke", "talked", "signed", "attacked",
    "struck", "phoned", "called",
}  # fmt: skip


def in_title(head: Token) -> bool:
    """The event word is a verb form capitalised inside a body sentence."""
    if head.lower_ not in VERB_FORMS or not head.text[:1].isupper() or head.is_sent_start:
        return False
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and (before.is_punct and before.text not in ("''", '"', "\u201c")):
        return False  # after a colon or a dash a sentence may start again
    if before is not None and before.i == head.sent.start:
        return False  # a quotation that opens the sentence: "Met with him twice," she said
    return "\n" in doc_text(head.doc)[: head.idx]  # (the headline is title-cased)


def _in_sense(
    doc: Doc, hits: Iterable[re.Match[str]], sense: Callable[[Token], bool]
) -> tuple[list[re.Match[str]], Callable[[Token], bool]]:
    """The matches whose word is read in `sense`, with the sense (for `found`)."""
    kept = []
    for m in hits:
        span = span_at(doc, m.start(), m.end())
        if span is not None and sense(span.root):
            kept.append(m)
    return kept, sense


def instead_of(head: Token) -> bool:
    """`instead of making an immediate visit`, `rather than meeting`: what was not done."""
    for t in (head, *head.ancestors):
        link = t.head
        if t.dep_ == "pcomp" and link.lower_ in ("of", "than"):
            if any(c.lower_ in ("instead", "rather") for c in (*link.children, *link.lefts)):
                return True
            if link.i > 0 and head.doc[link.i - 1].lower_ in ("instead", "rather"):
                return True
    return False


# Prepositions that name where or at whom a violent attack was aimed.
STRIKE_PREPS = {"on", "against", "in", "at", "near", "outside", "inside"}


def _verbal_attack(head: Token) -> bool:
    """`Rubio's Biggest Attack Yet`: an attack a person owns and aims at no place or target is
    one in words (the statement stage's), not a violent one."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ == "line":
        return True  # "a new line of attack": a way of arguing
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ != "PERSON":
        return False
    aims = [
        c
        for c in head.children
        if c.dep_ == "prep"
        and c.lower_ in STRIKE_PREPS
        and not any(x.ent_type_ in ("DATE", "TIME") for x in c.children)  # "on Monday"
    ]
    # "Clinton's aggressive attack on Trump": one person's attack on another person, at no
    # place, is one in words too.
    return all(
        x.ent_type_ == "PERSON" for c in aims for x in c.children if x.dep_ == "pobj"
    ) and all(c.lower_ in ("on", "against") for c in aims)


def _visited_place(head: Token, text: str) -> Place | None:
    """`European leaders visited Kyiv on May 10`: the place a verbal visit names as its object
    is where the visit happened (and sets it apart from talks elsewhere that day)."""
    if head.pos_ != "VERB" or not head.lower_.startswith("visit"):
        return None
    for c in head.children:
        if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC"):
            ent = next((e for e in entities(head.doc) if e.start <= c.i < e.end), None)
            s, e = (ent.start_char, ent.end_char) if ent is not None else (c.idx, c.idx + len(c))
            return Place(name=text[s:e], span=Span.of(text, s, e))
    return None


def _campaign(head: Token, mention: Mention, text: str) -> bool:
    """`providing airstrikes with the Royal Saudi Air Force` (since 2015): a bare plural with
    no day and no place tells a campaign, not one attack with a place or time (the
    guidelines' `attack`). The headline's bare plural ("hit by drone attacks") is the story's."""
    if head.tag_ != "NNS" or "\n" not in text[: head.idx]:
        return False
    if any(c.dep_ in ("det", "nummod", "poss") for c in head.children):
        return False
    day = mention.date is not None and mention.date.day is not None
    return not day and mention.location is None


def mention_date(
    text: str, sent: SpacySpan, here: int, triggers: list[int], anchor: dt.date | None
) -> PartialDate | None:
    """The date of the event word at `here`: the one place an event's date is read, from the
    article's timeline (the anchor attached to the word's own clause, not one nearer another
    event word of the sentence)."""
    return event_date(sent.doc, here, here + 1, triggers, anchor)

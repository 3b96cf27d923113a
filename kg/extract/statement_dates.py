"""Statement dates, once events are known: the timeline's answer, or the day of an event at
which the words were said.

    date_statements(timeline, statements, events, triggers, actors, gz)

Runs in the pipeline's linking step, after statements and events: a saying with no anchor of
its own in its sentence or paragraph may still be dated by an event ("told the signing
ceremony": the ceremony's day; a remark relayed by someone who met the speaker: the day they
met). A continued saying ("Trump continued", "he added"), or the speaker's next words in the
paragraph of a saying dated by its own anchor, keeps the day of the speaker's last saying; the
paragraph before carries a recent day to its own speaker (a saying of theirs, an occurrence
they took part in). A present perfect is background, but not in a lede that tells the
day's news ("The UN chief has called Saturday's agreement ..."). Otherwise it takes the story's
day, or none: when the text marks it as background (a perfect, a standing position, a
participle of a background verb, a document's words), or when the text has just turned to a day
before the story's and the saying's paragraph narrates that day (another's words there are
dated at it), or to the speaker's words long ago.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.clause_paths import OTHER_TIME_MARKS, modifier_clause, path_between
from kg.extract.event_state_adjectives import adjective_state
from kg.extract.timeline import Timeline
from kg.extract.timeline_story import Anchor, saying_day
from kg.extract.timeline_words import (
    BACKGROUND_ADVERBS,
    SAYING_LEMMAS,
    STANCE_VERBS,
    background_verb,
    clause_verb,
    present_perfect,
)
from kg.extract.timex import after, day_of
from kg.gazetteer import Gazetteer
from kg.model import Event, PartialDate, Statement

# How far (dependency edges) an event word may stand from a cue and still date the saying:
# "told reporters after the meeting" (2), "told the signing ceremony" (1).
EVENT_REACH = 3


def date_statements(
    timeline: Timeline,
    statements: Sequence[Statement],
    events: Sequence[Event],
    triggers: Sequence[Sequence[tuple[int, int]]],
    actors: ActorIndex | None = None,
    gz: Gazetteer | None = None,
) -> None:
    """Set every statement's `date`: its own anchor (in its sentence or paragraph); else the
    day of an event at which it was said ("told the signing ceremony", a relayed remark made
    when the relay met the speaker); else the story's day, or None for background."""
    quoted = [(st.content.start, st.content.end) for st in statements]
    # The last saying of each speaker so far, in text order: "he continued" goes on with it.
    last: dict[str, PartialDate | None] = {}
    said: dict[str, Statement | None] = {}  # each speaker's last saying, if dated by its own
    own: set[int] = set()  # statements dated by an anchor of their own sentence
    for st in sorted(statements, key=lambda s: s.cue.start):
        cue, content = (st.cue.start, st.cue.end), (st.content.start, st.content.end)
        date, how = timeline.statement_date(cue, content, quoted)
        if how == "anchor":
            own.add(id(st))
        verb = timeline.token_at(*cue)
        if how in ("story", "paragraph") and (
            (_perfect_or_recent(verb) and not _lede_news(timeline, verb))
            or _standing(verb)
            or _under_background(timeline, verb)
            or _from_a_document(verb)
            or _time_clause(verb)
        ):
            date, how = None, "background"
        if (
            how == "story"
            and st.speaker in last
            and (_continuing(verb) or _same_paragraph(timeline, said.get(st.speaker), st))
        ):
            # "he continued"; or the speaker's next words in the paragraph of their dated
            # saying ("In a press release issued the following day, the ministry denounced
            # ... They invited the countries to open dialogue")
            date, how = last[st.speaker], "continued"
        found = None
        if how == "story":
            # An occasion its own sentence tells ("told the meeting") comes first; then the
            # day of the speaker's last words, dated by their own anchor, in a later paragraph.
            found = _event_near(timeline, cue, quoted, events, triggers)
            mine = said.get(st.speaker) if st.speaker is not None else None
            if found is None and mine is not None and _runs_on(timeline, mine, st, quoted):
                date, how = mine.date, "continued"
        if how == "story":
            found = found or _went_on(timeline, st, statements, own, events, triggers)
            if found is None and st.via is not None and st.speaker is not None:
                found = _meeting_of(st.speaker, st.via, events, timeline.story)
            if found is not None:
                date = found
            elif verb is not None and verb.tag_ == "VBD" and (turned := timeline.turned_to(verb)):
                # The text has turned to a recent day before the story's: a saying of the
                # one it told acting at that day goes on at it; another's keeps the story's
                # occasion (a source quoted after a recalled step of the story speaks on the
                # day of the news, as the guidelines' default has it), unless its paragraph
                # already tells words said at that day: the paragraph then narrates that
                # past occasion, and another's reaction in it came on a day not given.
                # (A week gives its agent's words no day: `saying_day`.)
                if _agent_at(timeline, turned, st, actors, gz):
                    date, how = saying_day(turned), "background"
                    own.add(id(st))  # (their words in the next paragraph go on at it)
                elif _narrates(timeline, st, statements, turned):
                    date, how = None, "background"
            elif verb is not None and verb.tag_ == "VBD":
                recalled = _recalled_speaker(timeline, st, statements, own)
                if recalled is not None:
                    date, how = recalled[0], "paragraph"
        st.date = date
        if st.speaker is not None:
            last[st.speaker] = date
            if how != "continued":  # (words that go on keep the day they go on from)
                said[st.speaker] = st if how == "anchor" else None
    for st in statements:
        outer = _reported_in(st, statements) if id(st) not in own else None
        if outer is not None and outer.date is not None:
            # "«The Secretary-General has expressed his appreciation ...», he said": a saying
            # told in another's words is known from that report, on the report's day.
            st.date = outer.date
        if timeline.published is not None and after(st.date, timeline.published):
            # Words reported were said by the time they were published: a story whose occasion
            # runs past its stamp (a dateline a time zone ahead, a visit it announces for the
            # next day) has its sayings on the publication day.
            st.date = day_of(timeline.published)


def _narrates(
    timeline: Timeline, st: Statement, statements: Sequence[Statement], turned: Anchor
) -> bool:
    """Whether an earlier saying of the paragraph of `st` is dated at the day `turned`
    ("On August 16 the mediators announced ... // The mediators called the talks useful.
    However, the rebels accused ...": the second paragraph goes on at August 16)."""
    para = timeline.paragraph_of(st.cue.start)
    return any(
        other.date == turned.value and timeline.paragraph_of(other.cue.start) == para
        for other in statements
        if other.cue.start < st.cue.start and other.speaker != st.speaker
    )


def _agent_at(
    timeline: Timeline,
    turned: Anchor,
    st: Statement,
    actors: ActorIndex | None,
    gz: Gazetteer | None,
) -> bool:
    """Whether the speaker of `st` is one the subject of the clause a day the text turned to
    is told at names ("On Tuesday, Foreign Minister Ruiz rejected the plan. // Ruiz said
    ..."; "On Monday, the Arlish president and his Kellian counterpart spoke by phone. // The
    Arlish presidency said ..."): their words are told of that occasion. Compared as actors
    (the speaker, the actors its words name, the state each belongs to), not as words: a
    shared title ("Foreign Minister") joins no one."""
    if turned.governor is None or st.speaker_span is None:
        return False
    if actors is None:
        return False  # (no actors known: no one is told of)
    verb = clause_verb(timeline.doc[turned.governor])
    subjects = [k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")]
    told: set[str] = set()
    for k in subjects:
        told |= _named(timeline, *_head_words(k), actors, gz)
    speaker = {st.speaker} if st.speaker is not None else set()
    span = st.speaker_span
    head = timeline.token_at(span.start, span.end)
    start, end = _head_words(head) if head is not None else (span.start, span.end)
    named = _named(timeline, start, end, actors, gz) | _with_states(speaker, actors)
    return bool(told & named)


# Clauses that describe a noun phrase's referent ("Ruiz, who will succeed Vell", "Ruiz,
# appointed by Vell"): other people named there are not the phrase's referent. (An apposition
# names the referent itself: "the envoy, Lars Brenner," is kept.)
_DESCRIBING = ("relcl", "acl")


def _head_words(tok: Token) -> tuple[int, int]:
    """The character span of `tok`'s phrase up to a describing clause after its head."""
    words = list(tok.subtree)
    cut = next(
        (k.left_edge.i for k in tok.rights if k.dep_ in _DESCRIBING),
        words[-1].i + 1,
    )
    kept = [w for w in words if w.i < cut and not (w.is_punct and w.i == cut - 1)]
    kept = kept or [tok]
    return kept[0].idx, kept[-1].idx + len(kept[-1])


def _named(
    timeline: Timeline, start: int, end: int, actors: ActorIndex, gz: Gazetteer | None
) -> set[str]:
    """The actors the words at `[start, end)` stand for or name (nested names and a state's
    adjective too: "the Thai foreign ministry" names Thailand), with the states they belong to."""
    found = set(actors.within(start, end, nested=True))
    resolved = actors.resolve(start, end)
    if resolved is not None:
        found.add(resolved)
    words = timeline.doc.char_span(start, end, alignment_mode="expand")
    for t in words if words is not None else ():
        if t.pos_ in ("ADJ", "PROPN"):
            state = adjective_state(t, actors, gz)
            if state is not None:
                found.add(state)
    return _with_states(found, actors)


def _with_states(ids: set[str], actors: ActorIndex) -> set[str]:
    """`ids` and the states the organisations and people among them belong to."""
    known = {a.id: a for a in actors.actors}
    return ids | {c for i in ids if i in known and (c := known[i].country) is not None}


def _runs_on(
    timeline: Timeline, before: Statement, st: Statement, quoted: Sequence[tuple[int, int]]
) -> bool:
    """Whether the speaker's last saying, dated by its own anchor, was at the story's day or
    a recent one: their next words `st` with no time of their own, in a later paragraph, go
    on at it ("Lee announced on Sunday ... // The talks come after ... on Friday. // '...,'
    Lee said"); not once the text has turned to another day in a main clause since ("On
    August 16 the US announced ... // The US called the talks useful, while Hamas accused
    ...", "On Saturday, the talks went on"), outside anyone's words."""
    if before.date is None:
        return False
    for a in timeline.anchors:
        if not before.cue.end <= a.start < st.cue.start or a.governor is None:
            continue
        if a.value != before.date and timeline.doc[a.governor].dep_ == "ROOT":
            if not _within(a.start, quoted):
                return False
    if timeline.published is not None and before.date == day_of(timeline.published):
        return True  # ("said on Monday" in a story of Monday whose lede tells of an earlier day)
    return before.date == timeline.story or timeline.recent_day(before.date)


def _same_paragraph(timeline: Timeline, before: Statement | None, st: Statement) -> bool:
    """Whether `before` (a saying dated by its own anchor) stands in the paragraph of `st`."""
    if before is None:
        return False
    para = timeline.paragraph_of(st.cue.start)
    return para >= 0 and para == timeline.paragraph_of(before.cue.start)


def _went_on(
    timeline: Timeline,
    st: Statement,
    statements: Sequence[Statement],
    own: set[int],
    events: Sequence[Event],
    triggers: Sequence[Sequence[tuple[int, int]]],
) -> PartialDate | None:
    """The recent day the paragraph before (or the last one before it to tell a time, over
    paragraphs that tell none: `_told_back`) told its speaker at: a saying of theirs dated by
    its own anchor, or a held occurrence they took part in ("On August 16, the mediators
    announced the end of the talks. // The mediators called the talks constructive"). A day
    told of someone else ("Fidan said Tuesday ... // The ministry said") does not carry: each
    source speaks on its own occasion. Only a saying told in the simple past."""
    verb = timeline.token_at(st.cue.start, st.cue.end)
    if verb is None or verb.tag_ != "VBD" or st.speaker is None:
        return None
    spoke = [o.cue.start for o in statements if o is not st and o.speaker == st.speaker]
    before = _told_back(timeline, verb, spoke)
    if before is None:
        return None
    s, e = before
    days = [
        (other.cue.start, other.date)
        for other in statements
        if id(other) in own and other.speaker == st.speaker and s <= other.cue.start < e
    ]
    days = [(at, day) for at, day in days if day == timeline.story or timeline.recent_day(day)]
    if days:
        # Their own dated words come before an occurrence they took part in: "Ruiz said on
        # Thursday ... He spoke after his talks with the envoy on Wednesday" goes on at Thursday.
        return max(days, key=lambda d: d[0])[1]
    said = [(o.content.start, o.content.end) for o in statements]
    held = [
        (spans[0][0], ev.date)
        for ev, spans in zip(events, triggers, strict=True)
        if spans and ev.status == "held" and st.speaker in ev.participants
        if any(s <= a < e and not _within(a, said) for a, _b in spans)
    ]
    # (Only a day a main clause there is told at: not one named in someone's words, nor the
    # day of an occurrence named in passing, "spoke after his talks with the envoy on Monday".)
    told = {a.value for a in timeline.told if s <= a.start < e and not _within(a.start, said)}
    held = [(at, day) for at, day in held if day in told and timeline.recent_day(day)]
    return max(held, key=lambda d: d[0])[1] if held else None


def _within(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether offset `at` lies in one of `spans` (an event word in what someone said is
    their words' occurrence, not one the narrator tells them at)."""
    return any(s <= at < e for s, e in spans)


# How many paragraphs back, over paragraphs that tell no time, a speaker's words may go on at
# the day told of them: 'On Monday, Lopez and Weber spoke by phone. // "...," the ministry
# said. // The two leaders discussed ... // They stressed ...': wire copy's one-sentence
# paragraphs.
REACH_BACK = 3


def _told_back(timeline: Timeline, verb: Token, spoke: Sequence[int]) -> tuple[int, int] | None:
    """The paragraph before that of `verb` (`Timeline.paragraph_before`), and, while none of
    them tells a time nor holds another saying of the speaker (`spoke`: where their cues
    are; their last words are the ones to go on from), the ones before it, up to
    `REACH_BACK` paragraphs in all."""
    before = timeline.paragraph_before(verb)
    if before is None:
        return None
    start, end = before
    para = timeline.paragraph_of(start)
    for _ in range(REACH_BACK - 1):
        if para <= 0 or any(start <= a.sent < end for a in timeline.anchors):
            break
        if any(start <= at < end for at in spoke):
            break
        para -= 1
        start = timeline.paragraphs[para][0]
    return start, end


def _recalled_speaker(
    timeline: Timeline, st: Statement, statements: Sequence[Statement], own: set[int]
) -> tuple[PartialDate | None] | None:
    """The past the paragraph before recalls the same speaker's words at, long before the
    story's, which their words go on in, undated: a year ('"The state is falling apart," he
    said in 2012. // He argued against intervention as well'). None when the paragraph
    before recalls no such saying of theirs."""
    verb = timeline.token_at(st.cue.start, st.cue.end)
    before = timeline.paragraph_before(verb) if verb is not None else None
    if before is None or st.speaker is None:
        return None
    mine = [
        other
        for other in statements
        if id(other) in own and other.speaker == st.speaker
        if before[0] <= other.cue.start < before[1]
    ]
    if not mine:
        return None
    date = max(mine, key=lambda o: o.cue.start).date
    # Only a saying dated by a year alone: one recalled at a month ("said last month") is
    # as often followed by the speaker's words of the day.
    return (None,) if date is None else None


def _reported_in(st: Statement, statements: Sequence[Statement]) -> Statement | None:
    """The statement whose quoted words hold this one's cue, if any."""
    for other in statements:
        if other is not st and other.kind == "direct":
            if other.content.start <= st.cue.start < other.content.end:
                return other
    return None


# Verbs of a position held (with the timeline's own `insist`, `maintain`, `believe`, ...): in
# the simple present ("the US government claims Zagros flies arms", "Moscow accuses Kyiv of
# ...", "Iran denies any role") they tell a standing position, said on no one day. The
# reporting present of saying ("says", "tells", "writes", "notes") keeps the story's day.
STANDING = {
    "claim",
    "accuse",
    "deny",
    "blame",
    "reject",
    "regard",
    "view",
    "see",
    "think",
    "suspect",
    "fear",
    "doubt",
    "dispute",
    "allege",
    "consider",
    "deem",
    "believe",
    "insist",
    "maintain",
    "argue",
    "contend",
    "hold",
    # Habits of speech ("Admiral Harris refers to those islands as Chinese bases", "he
    # talks about how his forces must be ready"): no saying on a day.
    "refer",
    "talk",
    "describe",
    # A standing figure ("the agency estimates that 900 families have fled"): a count
    # kept up to date, not words said on a day.
    "estimate",
}


# Cues that go on with the speaker's last saying ("Trump continued", "he added", "went on"):
# said on the occasion of that saying, whatever day it was.
CONTINUING = {"continue", "add", "go"}


def _continuing(verb: Token | None) -> bool:
    if verb is None or verb.lemma_.lower() not in CONTINUING:
        return False
    return verb.lemma_.lower() != "go" or any(k.lower_ == "on" for k in verb.children)


def _standing(verb: Token | None) -> bool:
    """A cue in the simple present that tells a position held (`STANDING`), outside any
    quotation's own words."""
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in STANDING or verb.lower_.removesuffix("s") in STANDING


# Sources that are documents ("according to a recent report", "a study found"): published on
# some day the text does not give, not said at the story's occasion.
DOCUMENTS = {"report", "study", "survey", "poll", "analysis", "data", "figures", "estimate",
             "estimates", "statistics", "research", "document", "documents"}  # fmt: skip


def _from_a_document(verb: Token | None) -> bool:
    """ "According to a recent report from ...", "In the analysis of the institute, ...": a
    saying whose source is a document."""
    if verb is None or verb.lower_ not in ("according", "in"):
        return False
    to = next((k for k in verb.children if k.lower_ == "to"), None) if verb.lower_ != "in" else verb
    source = next((k for k in to.children if k.dep_ == "pobj"), None) if to else None
    return source is not None and source.lemma_.lower() in DOCUMENTS


def _under_background(timeline: Timeline, verb: Token | None) -> bool:
    """A participle that goes with a verb told as background ("Trump has consistently
    targeted Mexico, calling border-crossers rapists"; "He has called China expansionist,
    accusing it of ..."): the saying shares its head's time, none the text gives. (Not under
    the lede's news: "Zarif has described the talks as very good, saying ..." shares its day.)"""
    if verb is None:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("continue", "keep"):
        return True  # "Republicans continue to warn": a habit, on no one day
    if verb.tag_ != "VBG":
        return False
    framing = _absolute_with(verb)
    if framing is not None:
        # ("have soured, with Arlen accusing ...": the state of affairs the perfect tells;
        # "exchanged views, with both sides reaffirming ...": the day's own talks.)
        return _perfect_or_recent(framing) or _standing(framing) or background_verb(framing)
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head  # "calling ... and threatening": the first participle's head
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "conj") or head.pos_ not in ("VERB", "AUX"):
        return False
    perfect = _perfect_or_recent(head) and not _lede_news(timeline, head)
    return perfect or _standing(head) or background_verb(head)


def _absolute_with(verb: Token) -> Token | None:
    """The verb whose clause an absolute "with" phrase of the participle `verb` goes with
    ("tensions have grown, with Arlen accusing Bosk of arming the rebels": "grown"), if it
    stands in one: the phrase tells what goes on around that clause, at its time."""
    prep = verb.head
    if verb.dep_ == "acl" and prep.dep_ == "pobj":
        prep = prep.head  # (the parser also hangs the participle on its subject)
    elif verb.dep_ not in ("pcomp", "pobj"):
        return None
    if prep.lower_ != "with" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _time_clause(verb: Token | None) -> bool:
    """A saying told in an adverbial clause of time on a verb that is no saying: "extradition
    was requested after the group claimed responsibility"."""
    if verb is None or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    # ("requested it after the group claimed responsibility": a saying in a clause told only
    # as the time of another is the other act's past, on no day the text gives.)
    if not any(k.dep_ == "mark" and k.lower_ in OTHER_TIME_MARKS for k in verb.children):
        return False
    return verb.head.lemma_.lower() not in SAYING_LEMMAS


# Adverbs that make a perfect in the lede a repeated or standing position: those of a
# saying's background, and "ever", "never", "recently" ("has recently said": not the day's
# news, though "said recently" keeps the story's day, `background_verb`).
_REPEATED = BACKGROUND_ADVERBS | {"ever", "never", "recently"}


def _lede_news(timeline: Timeline, verb: Token | None) -> bool:
    """A saying in the present perfect that is the lede's news ("The UN chief has called
    Saturday's agreement an important development"; after a dateline, a standfirst or a
    first sentence of the day's news, "KIEV, April 19. Poroshenko has said that ..."): the
    perfect tells the news of now, said on the story's day, when that is the publication's
    (after a lede of an earlier day, "The envoys met on Friday. // The minister has alleged
    that ...", it tells the state of things since: background). Not a repeated or standing
    position ("has repeatedly warned", "has insisted"): that is background wherever it
    stands."""
    if verb is None:
        return False
    start = verb.sent.start_char
    if start != timeline.news_lede and not (
        start in timeline.lede_sentences
        and timeline.published is not None
        and timeline.story == day_of(timeline.published)
    ):
        return False
    if verb.lemma_.lower() in STANCE_VERBS:
        return False
    return not any(k.lower_ in _REPEATED for k in verb.children)


def _perfect_or_recent(verb: Token | None) -> bool:
    """A saying in the present perfect ("have alleged", "has reported") or marked "recently"
    is told as background to the story's occasion, on no day the text gives: the perfect
    reports a state of things now, not a saying on a day."""
    if verb is None:
        return False
    kids = list(verb.children)
    if any(k.dep_ == "advmod" and k.lower_ == "recently" and not _opens_content(k) for k in kids):
        return True
    if verb.tag_ == "VBG" and any(k.dep_ == "aux" and k.lower_ in ("has", "have") for k in kids):
        return any(k.dep_ == "aux" and k.lower_ == "been" for k in kids)  # "has been lobbying"
    return present_perfect(verb)


def _opens_content(adverb: Token) -> bool:
    """An adverb after its verb that the reported clause opens with ("said recently the two
    countries saw an improvement": its time, which the parse hangs on the saying)."""
    after = adverb.doc[adverb.i + 1] if adverb.i + 1 < len(adverb.doc) else None
    return (
        adverb.i > adverb.head.i
        and after is not None
        and not after.is_punct
        and (after.lower_ != "that")
    )


def _event_near(
    timeline: Timeline,
    cue: tuple[int, int],
    quoted: Sequence[tuple[int, int]],
    events: Sequence[Event],
    triggers: Sequence[Sequence[tuple[int, int]]],
) -> PartialDate | None:
    tok = timeline.token_at(*cue)
    if tok is None:
        return None
    best: tuple[int, PartialDate] | None = None
    story = timeline.story.as_date() if timeline.story else None
    for ev, spans in zip(events, triggers, strict=True):
        if ev.status != "held":
            continue
        for s, e in spans:
            # (The cheap tests first: dating an event word reads its whole clause.)
            if any(q0 <= s < q1 and not q0 <= cue[0] < q1 for q0, q1 in quoted):
                continue  # an event word of what someone said
            word = timeline.token_at(s, e)
            if word is None or word.sent.start != tok.sent.start or word.i == tok.i:
                continue
            date = timeline.date_for(s, e) or ev.date
            day = date.as_date() if date else None
            if date is None or (story and day and day > story):
                continue  # said at an event still to come: not a day the saying can have
            path = path_between(tok, word)
            if path is None or path[2] or path[0] > EVENT_REACH:
                continue
            if modifier_clause(tok, word, ("relcl",)):
                continue  # "Witkoff, who visited Moscow last week, said": not its occasion
            if best is None or path[0] < best[0]:
                best = (path[0], date)
    return best[1] if best else None


def _meeting_of(
    speaker: str, via: str, events: Sequence[Event], story: PartialDate | None
) -> PartialDate | None:
    """The last held, dated encounter of a speaker with the one who relays their words."""
    limit = story.as_date() if story else None
    found: list[tuple[dt.date, PartialDate]] = []
    for ev in events:
        day = ev.date.as_date() if ev.date else None
        if ev.status != "held" or day is None or ev.date is None:
            continue
        if ev.kind not in ("meeting", "negotiation_round", "phone_call"):
            continue
        if speaker in ev.participants and via in ev.participants and (not limit or day <= limit):
            found.append((day, ev.date))
    return max(found)[1] if found else None

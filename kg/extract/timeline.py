"""Time anchoring: which day (or month) each clause of an article speaks of.

Input: the parsed `Doc` and the `Article`. Output: a `Timeline`, which every later stage asks
for dates instead of reading the sentence itself:

    timeline = TimelineFinder()(doc, article)       # or timeline_for(doc, article), cached
    timeline.date_for(start, end, rivals)           # an event word's date, or None
    timeline_ask.anchors_on(doc, word)              # the times the timeline hung on a word
    timeline.statement_date(cue, content, quoted)   # (date, how) of a saying
    timeline.story                                  # the day of the occasion the story covers

Every time expression (`timex.find_timexes`) is resolved against the publication date, a bare
weekday forwards when its clause speaks of the future ("will meet on Friday"); "the day
before", "earlier in the day", "that evening", "hours later" against the reference time: the
day the text last spoke of. Each is attached to the word it modifies in the dependency parse
(its governor), and a date belongs to the clause it is attached to: "told reporters on Tuesday
that the meeting ..." dates the telling, not the meeting, because the path from "meeting" to
"Tuesday" leaves the reported clause. A week, a season or a year ("last week", "this fall", "in
2021") anchors a clause too: a week or a season leaves an event or a saying undated rather than
at the story's date (real-news annotators leave "visited last week" null), and a year leaves a
saying undated ("he said in 2012"). A "when" clause takes the time it follows ("deepened in
January 2019 when he declared"), whatever the parse hangs it on. The reference time ("the
following day") is the last day told in a clause, not one named on a thing ("the November 27
accord"), and none once a clause is told at a month or a year ("met in July 2008 ... the day
before").

The story's occasion is the day its lede speaks of in its main clause ("The UN on Wednesday
welcomed ..."), when that is within a week before publication (`timeline_story` tells it).
Which event words tell that news by their form alone (the headline's present, the lede's
present perfect) `timeline_news` says.
A saying with no anchor of its own takes the day its paragraph goes on at, else the story's,
unless the text marks it as background: by its own words ("has repeatedly warned", "had
proposed", "insists"), which outweigh the paragraph's day, or by a "Background:" paragraph.
(`statement_dates` goes on from there: the recent day the paragraph before told the same
speaker at, or none when the text has just turned to a day before the story's.) An event with
no anchor in its sentence gets a day only when the text links it to one: its paragraph (or,
for a verb, the lede's paragraph just before) goes on at the story's day in an earlier
sentence's main clause, and it is told as a past occurrence of that news (not said, not a
present perfect, not background). A wrong day costs as much as a missing one, and a carried
day is right only while the paragraph tells the story's news.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token

from kg.extract.clause_paths import (
    clause_tense,
    closer,
    earlier_or_later_clause,
    invited_to,
    invited_to_then,
    modifier_clause,
    other_clause,
    path_between,
    reported_past,
    subject_predicate,
)
from kg.extract.timeline_acts import (
    day_beside,
    dealt_on,
    done_at,
    hung_on_object,
    next_clause,
    object_time,
    plan_told_at,
    set_out_for,
    superseded,
    target_day,
    told_before_verb,
    told_together,
    when_of,
    when_time,
)
from kg.extract.timeline_news import clause_time, headline_news, perfect_news
from kg.extract.timeline_resolve import (
    after_span,
    halts,
    narrated,
    recalls_span,
    resolve,
)
from kg.extract.timeline_story import (
    Anchor,
    in_dateline,
    named_today,
    own_saying_day,
    quoted_days,
    reported_news_cue,
    saying_day,
    story_time,
    tells_clause,
    told_by_clause,
    told_in_lede,
)
from kg.extract.timeline_text import background_stretches, page_date, paragraphs
from kg.extract.timeline_words import (
    EARLIER_WORDS,
    PAST_WEEK,
    SEQUEL_WORDS,
    adds_act,
    apposed_clause,
    background_verb,
    clause_verb,
    governor_of,
    in_name,
    on_the_saying,
    saying_at,
    takes_up,
    topic_noun,
)
from kg.extract.timex import Timex, day_of, find_timexes
from kg.model import Article, PartialDate
from kg.nlp import doc_text, span_at, with_lower

log = logging.getLogger(__name__)

# How far before publication a day told in the paragraph before may still date a saying.
CARRY_WINDOW = dt.timedelta(days=14)
_KEY = "parley.timeline"


@dataclass
class Timeline:
    doc: Doc
    published: dt.date | None
    story: PartialDate | None
    anchors: list[Anchor] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    background: list[tuple[int, int]] = field(default_factory=list)  # background stretches
    # The start of the lede's sentence when it tells same-day news ("have signed an accord").
    news_lede: int | None = None
    lede: int | None = None  # the start of the lede's first sentence, whatever its tense
    lede_sentences: tuple[int, ...] = ()  # the starts of the lede's sentences

    # --- events -----------------------------------------------------------------------------

    def date_for(self, start: int, end: int, rivals: Sequence[int] = ()) -> PartialDate | None:
        """The date of the event word at `start:end`: the anchor of its sentence attached to
        its own clause, not one nearer another event word (`rivals`: their start offsets) nor
        one beyond a reported clause boundary. None when the text gives none."""
        tok = self.token_at(start, end)
        if tok is None:
            return None
        while tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "phone talks": the phrase's head is the event word, no rival
        when = when_time(tok, self._in_sentence(tok), doc_text(self.doc))
        if when is not None:
            return when  # "at odds since 2009, when the army crossed": the time it defines
        others = []
        for r in rivals:
            other = self.token_at(r, r + 1) if r != start else None
            if other is not None and other.sent.start == tok.sent.start and other.i != tok.i:
                if not (done_at(other, tok) or done_at(tok, other) or told_together(tok, other)):
                    others.append(other)
        best: tuple[int, int, Anchor] | None = None
        for a in self._in_sentence(tok):
            gov = self.doc[a.governor] if a.governor is not None else None
            if gov is None:
                continue
            gov = object_time(gov, tok, a.start, others)
            path = path_between(tok, gov)
            if path is None or (path[1] and not reported_past(tok)):
                continue  # beyond a reported or framed clause
            if path[2] and not subject_predicate(tok, gov):
                continue
            if (
                gov.pos_ in ("NOUN", "PROPN")
                and gov.i != tok.i
                and tok not in gov.subtree
                and not hung_on_object(tok, gov, a.start)
                and not told_before_verb(tok, gov, a.end)
            ):
                continue  # "the May 11 Declaration": that thing's date, not this event's
            if next_clause(tok, gov):
                continue  # "hosts the talks, and it announced on Friday that": the saying's
            if plan_told_at(tok, gov, a.value, self.published):
                continue  # "told the radio on Friday, without saying when the meeting will be"
            if (
                other_clause(tok, gov)
                and not apposed_clause(tok, gov)
                and not told_before_verb(tok, gov, a.end)
            ):
                continue  # "arrived for the talks, which will be held tomorrow"
            if earlier_or_later_clause(tok, gov) or earlier_or_later_clause(gov, tok):
                continue  # "cancelled the trip last month after the North sent a letter";
                # "their first meeting since the deal was signed in August"
            if gov.pos_ in ("ADJ", "NUM") and gov.i != tok.i:
                continue  # "the talks, the first since 2022, ...": a count's bound
            if self._halting(tok, gov, a):
                continue  # "the talks were suspended last week": the day of the suspension
            if a.value is None and gov.i != clause_verb(tok).i and self._sequel(a):
                continue  # "withdrew in May 2018 and subsequently reimposed": the later verb's
            if superseded(gov):
                continue  # "originally planned for March 3, was postponed": an old plan
            setting_out = set_out_for(tok)
            if setting_out is not None and setting_out.i == gov.i:
                continue  # "flew on Sunday to Havana for peace talks": the day of the flight
            if invited_to(tok) and gov.i != tok.i and not invited_to_then(gov, a.start):
                continue  # "on Friday invited them to talks": the day of the invitation
            mine = (path[0], abs(a.start - start))
            if self._put_off_to(tok, gov, a):
                mine = (-1, 0)  # "scheduled for Thursday, were postponed to next month"
            elif dealt_on(tok, gov):
                mine = (mine[0] + 10, mine[1])  # "agreed on January 15, took effect on ..."
            if any(closer(o, gov, a.start, mine) for o in others):
                continue
            if best is None or mine < best[:2]:
                best = (*mine, a)
        if best is None and headline_news(tok):
            return self.story  # "UN chief welcomes inauguration of ...": the story's news
        if best is None and any(k.lower_ in EARLIER_WORDS for k in tok.children):
            return None  # "during their recent meeting": some earlier day, not the story's
        if best is None:
            said = saying_at(tok)
            if said is not None:
                # "made the statement at the opening of the meeting": the occasion was on
                # the day the words were said.
                cue = (said.idx, said.idx + len(said))
                date, how = self.statement_date(cue, (cue[0], cue[0]))
                return date if how != "background" else None
        if best is None and (self._lede_news(tok) or self._past_lede_news(tok)):
            return self.story  # "Myanmar and Bangladesh have signed an accord": the news
        if best is None and not any(a.value is not None for a in self._in_sentence(tok)):
            return self._carried(tok)
        if best is not None and best[2].grain == "week":
            # "visited last week": the annotators leave a week undated, unless a day of
            # it stands beside it ("next week on Tuesday").
            day = day_beside(self.anchors, best[2], doc_text(self.doc))
            return day.value if day is not None else None
        return best[2].value if best else None

    def _carried(self, tok: Token) -> PartialDate | None:
        """The reference time the paragraph goes on at, for an event its own sentence gives
        no time: "Late on Sunday, Trump announced ... The announcement was made after Trump
        had a phone conversation with Erdogan." Only a past occurrence the narrator tells as
        such (not a plan, not a recalled background fact), and only the day of the main
        clause of an earlier sentence of the same paragraph (TimeML's narrative reference
        time), when that day is the story's occasion: the paragraph tells the story's news.
        A day named in passing, or a past one the text recalls ("On November 27, Turkey and
        Libya signed ... Athens expelled the ambassador over it"), does not carry: the
        expulsion came days later."""
        verb = clause_verb(tok)
        if clause_tense(tok) != "past" or self._background(verb):
            return None
        if any(k.lower_ in ("has", "have") for k in verb.children if k.dep_ == "aux"):
            return None  # "has been recognized by UNESCO": a state now, not the day's news
        if any(t.ent_type_ == "DATE" for t in tok.subtree if t.i != tok.i):
            return None  # its phrase tells a time of its own ("the 2015 airstrikes")
        reported = self._reported_news(tok)
        if reported is not None:
            return reported  # "X arrived in Rome, the ministry said": the report's own day
        path = path_between(tok, tok.sent.root)
        if path is None or path[1]:
            return None  # what was said or framed ("said the attacks were revenge for ...")
        carried = self._paragraph_anchor(tok, ())
        if carried is None and (adds_act(verb) or self._goes_on(tok)):
            return self.story  # "... summit of North American leaders Wednesday. // As they
            # met in Ottawa, ...": one-sentence paragraphs and added acts keep the lede's day
        if carried is not None and carried.value is not None and carried.grain in ("day", "month"):
            before = self.doc[tok.sent.start - 1].sent if tok.sent.start > 0 else None
            if before is not None and before.start_char == carried.sent and takes_up(tok, before):
                return carried.value  # "On November 1, they met. The sides signed a deal."
        if carried is None or carried.grain != "day" or carried.value != self.story:
            return None
        return carried.value

    def _reported_news(self, tok: Token) -> PartialDate | None:
        """The story's day for a past event a saying reports (`reported_news_cue`), when
        the saying is dated to it: same-day wire copy leaves the event's day to the report's."""
        cue = reported_news_cue(tok)
        if cue is None or self.story is None or clause_time(tok):
            return None
        date, _ = self.statement_date((cue.idx, cue.idx + len(cue)), (tok.idx, tok.idx))
        return date if date == self.story else None

    def _lede_news(self, tok: Token) -> bool:
        """Whether the event word is the subject or object of the present perfect the lede
        tells its same-day news in (`news_lede`), or that verb itself, and the story's day
        is the publication's: "After two days of talks, the two sides have signed an
        accord"; "A meeting between the two presidents has ended in Ankara"."""
        if self.news_lede is None or tok.sent.start_char != self.news_lede:
            return False
        if self.published is None or self.story != day_of(self.published):
            return False
        return perfect_news(tok)

    def _past_lede_news(self, tok: Token) -> bool:
        """`told_in_lede` in a lede that names no time, on a story told at the publication's
        day: "An envoy met the rebel leaders in the capital"."""
        if self.lede is None or tok.sent.start_char != self.lede or self.published is None:
            return False
        if self.story != day_of(self.published) or self._in_sentence(tok):
            return False
        return not halts(clause_verb(tok)) and told_in_lede(tok)

    def _goes_on(self, tok: Token) -> bool:
        # A verb, or what its clause tells ("During the visit, they held talks"), of a
        # paragraph that opens on the story's day.
        told = tok.pos_ == "VERB" or told_by_clause(tok)
        return told and self._opens_on_story(tok)

    def _opens_on_story(self, tok: Token) -> bool:
        """Whether the paragraph before that of `tok` is the one the story's day was read
        from (any day of it is the story's) and nothing in between names a time."""
        before = self.paragraph_before(tok)
        if before is None or self.story is None:
            return False
        told = [a for a in self.anchors if before[0] <= a.sent < before[1] and a.grain == "day"]
        return bool(told) and all(a.value == self.story for a in told)

    def _sequel(self, a: Anchor) -> bool:
        return doc_text(self.doc)[a.start : a.end].lower() in SEQUEL_WORDS

    def _halting(self, tok: Token, gov: Token, a: Anchor) -> bool:
        """Whether the anchor dates a verb that halts or calls off the event (`tok` its
        subject or object) rather than the event: "the talks were suspended last week" was
        held before, on a day not given; "postponed until June" gives the day it is now
        planned for."""
        if not halts(gov) or tok.head.i != gov.i:
            return False
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        return not target_day(doc_text(self.doc), a.start, a.end)

    def _put_off_to(self, tok: Token, gov: Token, a: Anchor) -> bool:
        """Whether the anchor is the day the event (`tok` the subject or object of `gov`)
        is put off to: it outweighs the day it was scheduled for."""
        if not halts(gov) or tok.head.i != gov.i:
            return False
        return target_day(doc_text(self.doc), a.start, a.end)

    # --- statements -------------------------------------------------------------------------

    def statement_date(
        self,
        cue: tuple[int, int],
        content: tuple[int, int],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> tuple[PartialDate | None, str]:
        """The day a saying was made and how it was found: ("anchor") its own anchor in its
        sentence, outside what was said (`content`, and `quoted`: the contents of the other
        statements, unless this saying lies within them); ("background") none, for a saying its
        own words put outside any day ("has repeatedly warned"); ("paragraph") the anchor of the
        main clause of an earlier sentence of its paragraph; ("background") none, in a stretch
        the text marks as background; ("story") the day of the occasion."""
        tok = self.token_at(*cue)
        if tok is None:
            return self.story, "story"
        outside = [q for q in quoted if not (q[0] <= cue[0] < q[1])] + [content]
        here = self._in_sentence(tok)
        when = when_of(tok, here, doc_text(self.doc))
        if when is not None:
            return own_saying_day(when, doc_text(self.doc)), "anchor"
        best: tuple[int, int, Anchor] | None = None
        for a in here:
            gov = self.doc[a.governor] if a.governor is not None else None
            within = any(s <= a.start < e for s, e in outside)
            if within and not on_the_saying(a.start, gov, outside):
                continue  # what was said
            if in_dateline(doc_text(self.doc), a):
                continue  # the day the story was filed ("UNITED NATIONS, March 20 (Xinhua)")
            path = path_between(tok, gov) if gov is not None else None
            if path is not None and path[2] and self._after_quotation(content, a):
                # '... said, "They need to stand by us", while addressing the press
                # yesterday': the parse hangs the time inside the quotation it follows.
                path = (path[0], path[1], False)
            if path is None or path[2] or gov is None or not self._may_date_saying(a, gov, tok):
                continue  # inside the reported clause: what was said, not when
            if modifier_clause(tok, gov, ("relcl",)):
                continue  # "Zelensky, who met Trump on Friday, said": when he met him
            if a.grain == "year" and gov.i != tok.i:
                continue  # "said, referring to the list Cuba was put on in 2021": its year
            if topic_noun(tok, gov, a.start):
                continue  # "pointing to the December 31 attack": what it is about
            mine = (path[0], abs(a.start - cue[0]))
            if best is None or mine < best[:2]:
                best = (*mine, a)
        if best is not None:
            return own_saying_day(best[2], doc_text(self.doc)), "anchor"
        if background_verb(tok):
            return None, "background"  # its own words put it outside any day the text gives
        carried = self._paragraph_anchor(tok, outside)
        if carried is not None:
            return saying_day(carried), "paragraph"
        if self.in_background(tok.idx):
            return None, "background"
        return self.story, "story"

    def _after_quotation(self, content: tuple[int, int], a: Anchor) -> bool:
        """Whether the anchor follows the saying's quoted words, past their closing mark."""
        between = doc_text(self.doc)[content[1] : a.start]
        return content[1] <= a.start and any(q in between for q in ('"', "”", "''"))

    def _may_date_saying(self, a: Anchor, gov: Token, cue: Token) -> bool:
        """A saying is not dated after publication, nor by the week or year of a thing named
        in its sentence ("ahead of next week's summit")."""
        value = saying_day(a)
        if value is not None and self.published is not None:
            last = (self.published + dt.timedelta(days=1)).timetuple()[:3]
            when = (value.year or 0, value.month or 1, value.day or 1)
            if value.year is not None and when > last:
                return False
        return gov.i == cue.i or gov.pos_ not in ("NOUN", "PROPN") or value is not None

    def paragraph_before(self, tok: Token) -> tuple[int, int] | None:
        """The paragraph before the one of `tok`, when its own paragraph names no time
        before it: wire copy puts each sentence in a paragraph of its own, so "On August 16,
        the mediators announced the end of the talks. // The mediators called the
        discussions constructive" may go on at August 16 (`recent_day` says which days)."""
        para = self.paragraph_of(tok.idx)
        if para <= 0:
            return None
        # `tok.sent` walks the parse to the sentence's edges: read it once, not per anchor.
        p0, start = self.paragraphs[para][0], tok.sent.start_char
        if any(p0 <= a.sent < start for a in self.anchors):
            return None  # its own paragraph has turned to a time of its own
        return self.paragraphs[para - 1]

    def turned_to(self, tok: Token) -> Anchor | None:
        """The anchor by which the text has turned to a recent day before the story's
        occasion by the sentence of `tok`, if it has: the day its paragraph was last told at
        before it, else the day the paragraph before opens at ("Despite the pledge, the
        envoy flew home, aides disclosed on Friday."; not "Also on Monday, the ministry
        announced a recall, first announced a week before"). A saying told after it with no
        time of its own was made on some day the text does not give: not the story's ("The
        deputy minister asked the mission to think again"), unless told of the one the text
        told acting at it (`statement_dates`)."""
        para = self.paragraph_of(tok.idx)
        if para < 0:
            return None
        p0, start = self.paragraphs[para][0], tok.sent.start_char  # (the sentence walked once)
        own = [a for a in self.told if p0 <= a.sent < start]
        before = self.paragraph_before(tok) if not own else None
        # (Its opening sentence: a day told after a first sentence of the story's day recalls
        # what led to it, and the paragraph after goes back to the news.)
        first = self._first_sentence(before) if before is not None else None
        opening = [a for a in self.told if a.sent == first]
        last = own[-1] if own else opening[0] if opening else None
        if last is not None and last.grain == "week":
            # "Last week the envoy talked with ... // The envoy posted that ...": a week
            # before the story's opens what led to it.
            # ("the past week": the article does not say which week by itself.)
            words = doc_text(self.doc)[last.start : last.end].lower().split()
            words = words[1:] if words[:1] == ["the"] else words
            return last if bool(words) and words[0] in PAST_WEEK else None
        if last is None or last.grain != "day" or not self.recent_day(last.value):
            return None
        day, story = last.value.as_date(), self.story.as_date() if self.story else None  # type: ignore[union-attr]
        return last if day is not None and story is not None and day < story else None

    def _first_sentence(self, para: tuple[int, int]) -> int | None:
        span = self.doc.char_span(para[0], para[1], alignment_mode="expand")
        return span[0].sent.start_char if span is not None and len(span) else None

    @cached_property
    def told(self) -> list[Anchor]:
        """The anchors that date the main clause of their sentence itself."""
        return [a for a in self.anchors if tells_clause(self.doc, a)]

    def recent_day(self, value: PartialDate | None) -> bool:
        """A day of the days before the story's news, not the story's own (within
        `CARRY_WINDOW` before publication): a day long past opens a recalled background, not
        the occasion of later sayings."""
        day = value.as_date() if value is not None and value != self.story else None
        if day is None or self.published is None:
            return False
        return self.published - CARRY_WINDOW <= day < self.published

    def _paragraph_anchor(
        self,
        tok: Token,
        outside: Sequence[tuple[int, int]],
        within: tuple[int, int] | None = None,
    ) -> Anchor | None:
        """The last anchor of the main clause of an earlier sentence in the same paragraph:
        "On Sunday the ministers met. Lavrov said ..." The paragraph goes on at that time.
        (`within`: another stretch to read instead, the paragraph before.)"""
        para = self.paragraph_of(tok.idx)
        if para < 0:
            return None
        p0, p1 = within or (self.paragraphs[para][0], tok.sent.start_char)
        found = None
        for a in self.anchors:
            if not (p0 <= a.sent < p1) or a.governor is None:
                continue
            if any(s <= a.start < e for s, e in outside):
                continue
            gov = self.doc[a.governor]
            root = gov.sent.root
            path = path_between(root, gov)
            if path is None or path[2] or modifier_clause(root, gov):
                continue
            if gov.pos_ not in ("VERB", "AUX") or not self._may_date_saying(a, gov, gov):
                continue  # the date of a thing named, not of the sentence's own clause
            found = a
        return found

    def paragraph_of(self, offset: int) -> int:
        return next((i for i, (s, e) in enumerate(self.paragraphs) if s <= offset < e), -1)

    def in_background(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.background)

    # --- helpers ----------------------------------------------------------------------------

    def token_at(self, start: int, end: int) -> Token | None:
        span = span_at(self.doc, start, max(end, start + 1))
        return span.root if span is not None and len(span) else None

    def _in_sentence(self, tok: Token) -> list[Anchor]:
        # `tok.sent` walks the parse to the sentence's edges: read it once, not per anchor.
        start = tok.sent.start_char
        return [a for a in self.anchors if a.sent == start]

    def _background(self, verb: Token) -> bool:
        return self.in_background(verb.idx) or background_verb(verb)


class TimelineFinder:
    """The time-anchoring stage; `__call__(doc, article) -> Timeline`, cached on the doc."""

    def __call__(self, doc: Doc, article: Article) -> Timeline:
        cached = doc.user_data.get(_KEY)
        if isinstance(cached, Timeline) and cached.published == article.published_date:
            return cached
        timeline = build(doc, article)
        doc.user_data[_KEY] = timeline
        return timeline


def timeline_for(doc: Doc, article: Article) -> Timeline:
    """The article's timeline: the one the pipeline built for this doc, or a new one."""
    return TimelineFinder()(doc, article)


def built_timeline(doc: Doc) -> Timeline | None:
    """The timeline the pipeline built for this doc, if it did (nothing is built here)."""
    cached = doc.user_data.get(_KEY)
    return cached if isinstance(cached, Timeline) else None


def build(doc: Doc, article: Article) -> Timeline:
    text = article.text
    published = article.published_date
    paras = paragraphs(text)
    year_hint = None if published else page_date(text)
    anchors: list[Anchor] = []
    last_day: dt.date | None = published
    timexes = find_timexes(text, 0, len(text), published)
    for tok in with_lower(doc, SEQUEL_WORDS):
        # "then ambassador to Israel", "the then secretary": a former office, not a sequel.
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
        if after.pos_ in ("NOUN", "PROPN", "ADJ", "DET") or after.text in ("-", "–"):
            continue
        if tok.dep_ == "advmod" and tok.head.pos_ == "VERB":
            if not any(t.start <= tok.idx < t.end for t in timexes):
                timexes.append(Timex(tok.idx, tok.idx + len(tok), None, "day", "shift"))
    for tx in sorted(timexes, key=lambda t: t.start):
        if any(s < tx.end and tx.start < e for s, e in article.noise):
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or not len(span) or in_name(span):
            continue
        governor, sent = governor_of(span)
        value = resolve(tx, governor, published, last_day, year_hint)
        if tx.how == "shift" and after_span(anchors, sent):
            # "withdrew from the deal in May 2018 and subsequently reimposed sanctions": the
            # sequel follows the month its sentence last told, no day the text gives.
            value = None
        if narrated(value, governor):
            last_day = value.as_date()  # type: ignore[union-attr]
        elif recalls_span(tx, value, governor):
            # "They met again in July 2008 ... The day before": a day counted from a month or
            # a year is no day the text gives.
            last_day = None
        anchors.append(Anchor(tx.start, tx.end, value, tx.grain, governor.i, sent, tx.bound_year))
    named = named_today(text, anchors, published)
    # (A quotation's "today (Monday)" is named, not counted from the occasion: kept as named.)
    kept = {b.start for a, b in zip(anchors, named, strict=True) if b is not a}
    anchors = named
    timeline = Timeline(doc, published, None, anchors, paras, background_stretches(text, paras))
    story = story_time(doc, anchors, paras, article)
    timeline.story = story.day
    timeline.anchors = quoted_days(text, anchors, timeline.story, published, kept)
    timeline.news_lede = story.news.start_char if story.news is not None else None
    timeline.lede = story.first.start_char if story.first is not None else None
    timeline.lede_sentences = story.lede
    return timeline

"""Time anchoring: which day (or month) each clause of an article speaks of.

Input: the parsed `Doc` and the `Article`. Output: a `Timeline`, which every later stage asks
for dates instead of reading the sentence itself:

    timeline = TimelineFinder()(doc, article)       # or timeline_for(doc, article), cached
    timeline.date_for(start, end, rivals)           # an event word's date, or None
    timeline.statement_date(cue, content, quoted)   # (date, how) of a saying
    timeline.story                                  # the day of the occasion the story covers

Every time expression (`timex.find_timexes`) is resolved against the publication date, a bare
weekday forwards when its clause speaks of the future ("will meet on Friday"); "the day before",
"earlier in the day", "that evening", "hours later" against the reference time: the day the
text last spoke of. Each is attached to the word it modifies in the
dependency parse (its governor), and a date belongs to the clause it is attached to: "told
reporters on Tuesday that the meeting ..." dates the telling, not the meeting, because the path
from "meeting" to "Tuesday" leaves the reported clause. A week or a year ("last week", "in
2021") anchors a clause too: an event gets the week's month when the week lies within one
("YYYY-MM"), or none rather than the story's date; a saying never gets a week's value.

The story's occasion is the day its lede speaks of in its main clause ("The UN on Wednesday
welcomed ..."), when that is within a week before publication; otherwise the publication day.
A saying with no anchor of its own takes it, unless the text marks it as background ("has
repeatedly warned", "had proposed", "insists", a "Background:" paragraph). An event with no
anchor in its sentence gets a day only when the text links it to one: its paragraph goes on at
the story's day in an earlier sentence's main clause, and it is told as a past occurrence of
that news (not said, not a present perfect, not background). A wrong day costs as much as a
missing one, and a carried day is right only while the paragraph tells the story's news.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.clause_paths import (
    CLAUSE_EDGES,
    clause_tense,
    closer,
    earlier_or_later_clause,
    modifier_clause,
    other_clause,
    path_between,
    recalled,
    reported_past,
    speaks_of_future,
    subject_predicate,
)
from kg.extract.timeline_text import background_stretches, page_date, paragraphs
from kg.extract.timex import Timex, _of, _year_for, find_timexes, resolve_relative
from kg.model import Article, PartialDate
from kg.nlp import doc_text, with_lower

log = logging.getLogger(__name__)

# Adverbs that put a saying outside the story's occasion, at no day the text gives.
BACKGROUND_ADVERBS = {
    "repeatedly",
    "long",
    "often",
    "frequently",
    "always",
    "previously",
    "earlier",
    "already",
    "consistently",
    "regularly",
    "once",
    "formerly",
}
# Verbs that, in the simple present, report a standing position, not a saying on a day.
STANCE_VERBS = {"insist", "maintain", "argue", "believe", "contend", "hold", "consider", "want"}
STORY_WINDOW = dt.timedelta(days=7)
# Where the story's occasion is looked for: the first prose sentences of the opening paragraphs.
LEDE_PARAGRAPHS = 2
LEDE_SENTENCES = 2
# "Trump then spoke with Zelensky": the same day as the event the text last dated.
SEQUEL_WORDS = {"then", "afterwards", "subsequently", "thereafter"}
PROSPECTIVE = {"planned", "proposed", "upcoming", "next", "possible", "potential", "future"}
TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "end", "beginning", "start",
              "middle", "eve", "weekend", "hours", "sidelines", "week", "weeks"}  # fmt: skip
# Parts of an occasion a saying is made at: "at the opening of the meeting".
OCCASION_PARTS = {"opening", "close", "closing", "end", "start", "beginning", "conclusion",
                  "sidelines", "margins", "margin", "session"}  # fmt: skip
# "made the statement at the summit", "delivered remarks at the talks": a saying by its noun.
SAYING_NOUNS = {"statement", "statements", "remark", "remarks", "speech", "address",
                "comment", "comments", "announcement"}  # fmt: skip
SAYING_LEMMAS = {"say", "tell", "add", "state", "note", "stress", "speak", "declare",
                 "announce", "address", "explain", "emphasize", "emphasise", "remark", "warn",
                 "urge"}  # fmt: skip
# Verbs that halt or call off an occurrence: their day is not the occurrence's.
HALTING = {"suspend", "halt", "interrupt", "cancel", "postpone", "delay", "scrap", "shelve",
           "freeze", "pause"}  # fmt: skip
# "postponed until June", "delayed to March 11": the day it is planned for.
TARGET_PREPS = {"to", "until", "till", "for"}
_KEY = "parley.timeline"


@dataclass(frozen=True)
class Anchor:
    """One time expression of the article, resolved, with the token it modifies."""

    start: int
    end: int
    value: PartialDate | None
    grain: str
    governor: int | None  # token index in the doc
    sent: int  # start of its sentence (character offset)


@dataclass
class Timeline:
    doc: Doc
    published: dt.date | None
    story: PartialDate | None
    anchors: list[Anchor] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    background: list[tuple[int, int]] = field(default_factory=list)  # background stretches

    # --- events -----------------------------------------------------------------------------

    def date_for(self, start: int, end: int, rivals: Sequence[int] = ()) -> PartialDate | None:
        """The date of the event word at `start:end`: the anchor of its sentence attached to
        its own clause, not one nearer another event word (`rivals`: their start offsets) nor
        one beyond a reported clause boundary. None when the text gives none."""
        tok = self.token_at(start, end)
        if tok is None:
            return None
        others = []
        for r in rivals:
            other = self.token_at(r, r + 1) if r != start else None
            if other is not None and other.sent.start == tok.sent.start and other.i != tok.i:
                others.append(other)
        best: tuple[int, int, Anchor] | None = None
        for a in self._in_sentence(tok):
            gov = self.doc[a.governor] if a.governor is not None else None
            if gov is None:
                continue
            path = path_between(tok, gov)
            if path is None or (path[1] and not reported_past(tok)):
                continue  # beyond a reported or framed clause
            if path[2] and not subject_predicate(tok, gov):
                continue
            if gov.pos_ in ("NOUN", "PROPN") and gov.i != tok.i and tok not in gov.subtree:
                continue  # "the May 11 Declaration": that thing's date, not this event's
            if other_clause(tok, gov) and not _apposed_clause(tok, gov):
                continue  # "arrived for the talks, which will be held tomorrow"
            if earlier_or_later_clause(tok, gov):
                continue  # "cancelled the trip last month after the North sent a letter"
            if self._halting(tok, gov, a):
                continue  # "the talks were suspended last week": the day of the suspension
            mine = (path[0], abs(a.start - start))
            if any(closer(o, gov, a.start, mine) for o in others):
                continue
            if best is None or mine < best[:2]:
                best = (*mine, a)
        if best is None and self._headline_news(tok):
            return self.story  # "UN chief welcomes inauguration of ...": the story's news
        if best is None:
            said = saying_at(tok)
            if said is not None:
                # "made the statement at the opening of the meeting": the occasion was on
                # the day the words were said.
                cue = (said.idx, said.idx + len(said))
                date, how = self.statement_date(cue, (cue[0], cue[0]))
                return date if how != "background" else None
        if best is None and not any(a.value is not None for a in self._in_sentence(tok)):
            return self._carried(tok)
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
        verb = _clause_verb(tok)
        if clause_tense(tok) != "past" or self._background(verb):
            return None
        if any(k.lower_ in ("has", "have") for k in verb.children if k.dep_ == "aux"):
            return None  # "has been recognized by UNESCO": a state now, not the day's news
        path = path_between(tok, tok.sent.root)
        if path is None or path[1]:
            return None  # what was said or framed ("said the attacks were revenge for ...")
        if any(t.ent_type_ == "DATE" for t in tok.subtree if t.i != tok.i):
            return None  # its phrase tells a time of its own ("the 2015 airstrikes")
        carried = self._paragraph_anchor(tok, ())
        if carried is None or carried.grain != "day" or carried.value != self.story:
            return None
        return carried.value

    def _halting(self, tok: Token, gov: Token, a: Anchor) -> bool:
        """Whether the anchor dates a verb that halts or calls off the event (`tok` its
        subject or object) rather than the event: "the talks were suspended last week" was
        held before, on a day not given; "postponed until June" gives the day it is now
        planned for."""
        if gov.lemma_.lower() not in HALTING or tok.head.i != gov.i:
            return False
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        return not _target_day(doc_text(self.doc), a.start, a.end)

    def _headline_news(self, tok: Token) -> bool:
        """An event named by the headline's present-tense verb, or that verb with its object:
        the story's own news. (An event word as that verb without an object is too often a
        noun the parser took for one: "Gaza ceasefire talks".)"""
        if tok.sent.start != 0 or "\n" in doc_text(self.doc)[: tok.idx]:
            return False
        if any(k.lower_ in PROSPECTIVE for k in tok.children):
            return False  # "planned Budapest summit"
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        # "welcomes inauguration", "hold talks"; not "summit is off", a copula's state, nor a
        # headline's "delegation to arrive for talks", its future.
        if any(t.lower_ == "to" and t.dep_ == "aux" for t in tok.sent):
            return False
        present = verb.tag_ in ("VBZ", "VBP") and verb.lemma_ != "be"
        verbal = verb.i != tok.i or any(k.dep_ == "dobj" for k in tok.children)
        return present and verbal and not speaks_of_future(verb)

    # --- statements -------------------------------------------------------------------------

    def statement_date(
        self,
        cue: tuple[int, int],
        content: tuple[int, int],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> tuple[PartialDate | None, str]:
        """The day a saying was made and how it was found: ("anchor") its own anchor in its
        sentence, outside what was said (`content`, and `quoted`: the contents of the other
        statements, unless this saying lies within them); ("background") none, for a saying the
        text puts outside the story's occasion; ("story") the day of the occasion."""
        tok = self.token_at(*cue)
        if tok is None:
            return self.story, "story"
        outside = [q for q in quoted if not (q[0] <= cue[0] < q[1])] + [content]
        best: tuple[int, int, Anchor] | None = None
        for a in self._in_sentence(tok):
            if any(s <= a.start < e for s, e in outside):
                continue
            gov = self.doc[a.governor] if a.governor is not None else None
            path = path_between(tok, gov) if gov is not None else None
            if path is None or path[2] or gov is None or not self._may_date_saying(a, gov, tok):
                continue  # inside the reported clause: what was said, not when
            if modifier_clause(tok, gov, ("relcl",)):
                continue  # "Zelensky, who met Trump on Friday, said": when he met him
            mine = (path[0], abs(a.start - cue[0]))
            if best is None or mine < best[:2]:
                best = (*mine, a)
        if best is not None:
            return _saying_day(best[2]), "anchor"
        carried = self._paragraph_anchor(tok, outside)
        if carried is not None:
            return _saying_day(carried), "anchor"
        if self._background(tok):
            return None, "background"
        return self.story, "story"

    def _may_date_saying(self, a: Anchor, gov: Token, cue: Token) -> bool:
        """A saying is not dated after publication, nor by the week or year of a thing named
        in its sentence ("ahead of next week's summit")."""
        value = _saying_day(a)
        if value is not None and self.published is not None:
            last = (self.published + dt.timedelta(days=1)).timetuple()[:3]
            when = (value.year or 0, value.month or 1, value.day or 1)
            if value.year is not None and when > last:
                return False
        return gov.i == cue.i or gov.pos_ not in ("NOUN", "PROPN") or value is not None

    def _paragraph_anchor(self, tok: Token, outside: Sequence[tuple[int, int]]) -> Anchor | None:
        """The last anchor of the main clause of an earlier sentence in the same paragraph:
        "On Sunday the ministers met. Lavrov said ..." The paragraph goes on at that time."""
        para = self.paragraph_of(tok.idx)
        if para < 0:
            return None
        p0 = self.paragraphs[para][0]
        found = None
        for a in self.anchors:
            if not (p0 <= a.sent < tok.sent.start_char) or a.governor is None:
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
        span = self.doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _in_sentence(self, tok: Token) -> list[Anchor]:
        # `tok.sent` walks the parse to the sentence's edges: read it once, not per anchor.
        start = tok.sent.start_char
        return [a for a in self.anchors if a.sent == start]

    def _background(self, verb: Token) -> bool:
        if self.in_background(verb.idx):
            return True
        kids = list(verb.children)
        if any(k.dep_ in ("advmod", "npadvmod") and k.lower_ in BACKGROUND_ADVERBS for k in kids):
            return True
        if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in STANCE_VERBS:
            return True  # "insists", "maintains": a standing position
        past_perfect = verb.tag_ == "VBN" and any(k.lower_ == "had" for k in kids)
        # "had proposed" on its own is before the story; under a report ("said that he had
        # said") it is only the tense shifted back.
        return past_perfect and verb.dep_ not in CLAUSE_EDGES + ("advcl", "relcl", "conj")


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


def event_date(
    doc: Doc, start: int, end: int, rivals: Sequence[int] = (), published: dt.date | None = None
) -> PartialDate | None:
    """`date_for` on the doc's timeline, for code that holds the doc but not the article:
    the timeline the pipeline built, else one built against `published`."""
    cached = doc.user_data.get(_KEY)
    if not isinstance(cached, Timeline):
        title = doc.text.split("\n", 1)[0]
        cached = timeline_for(doc, Article(key="", title=title, text=doc.text, published=published))
    return cached.date_for(start, end, rivals)


def build(doc: Doc, article: Article) -> Timeline:
    text = article.text
    published = article.published_date
    paras = paragraphs(text)
    year_hint = None if published else page_date(text)
    anchors: list[Anchor] = []
    last_day: dt.date | None = published
    timexes = find_timexes(text, 0, len(text), published)
    for tok in with_lower(doc, SEQUEL_WORDS):
        if tok.dep_ == "advmod" and tok.head.pos_ == "VERB":
            if not any(t.start <= tok.idx < t.end for t in timexes):
                timexes.append(Timex(tok.idx, tok.idx + len(tok), None, "day", "shift"))
    for tx in sorted(timexes, key=lambda t: t.start):
        if any(s < tx.end and tx.start < e for s, e in article.noise):
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        governor, sent = _governor(span)
        value = _resolve(tx, governor, published, last_day, year_hint)
        if value is not None and value.day is not None and value.as_date() is not None:
            last_day = value.as_date()
        anchors.append(Anchor(tx.start, tx.end, value, tx.grain, governor.i, sent))
    timeline = Timeline(doc, published, None, anchors, paras, background_stretches(text, paras))
    timeline.story = _story(timeline, article)
    return timeline


def _saying_day(a: Anchor) -> PartialDate | None:
    """The value an anchor gives a saying: not a year alone ("said in 2021" tells the
    statement's time too loosely to date it; the events it names keep their year), nor the
    Saturday that stands for a weekend ("said over the weekend": no one day)."""
    return None if a.grain in ("year", "week") else a.value


def _resolve(
    tx: Timex,
    governor: Token,
    published: dt.date | None,
    last_day: dt.date | None,
    year_hint: dt.date | None,
) -> PartialDate | None:
    if tx.how == "weekday" and published is not None and tx.weekday is not None:
        if speaks_of_future(governor):
            name = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
            return resolve_relative(name[tx.weekday], published, future=True)
        return tx.date
    if tx.how == "shift":
        return _of(last_day + dt.timedelta(days=tx.shift)) if last_day else None
    value = tx.date
    if value is not None and value.year is None and value.month and value.day and year_hint:
        value = PartialDate(value.month, value.day, _year_for(value.month, value.day, year_hint))
    if value is not None and tx.how == "absolute" and not tx.explicit_year and published:
        ahead = governor.lemma_.lower() in HALTING and _target_day(
            doc_text(governor.doc), tx.start, tx.end
        )
        value = PartialDate(value.month, value.day, _year(value, governor, published, ahead))
    return value


def _target_day(text: str, start: int, end: int) -> bool:
    """Whether the time expression at `start:end` is the day a thing is put off to
    ("postponed until June", "delayed to March 11")."""
    words = text[:start].split()[-1:] + text[start:end].split()[:1]
    return any(w.lower() in TARGET_PREPS for w in words)


def _year(
    value: PartialDate, governor: Token, published: dt.date, ahead: bool = False
) -> int | None:
    """The year of "on May 16" or "in January": by the tense of its clause, the last such day
    up to publication
    (a December article's "was signed in January") or the next one ("will meet in January");
    else the nearest. A day something is put off to (`ahead`) lies ahead, whatever the tense
    of the putting off ("was postponed until June")."""
    tense = "future" if ahead else clause_tense(governor)
    if tense is None or value.month is None:
        return value.year
    years = (published.year - 1, published.year, published.year + 1)
    for year in years[::-1] if tense == "past" else years:
        if value.day is None:  # a month: this one counts as both past and to come
            ok = (year, value.month) <= (published.year, published.month)
            if tense == "future":
                ok = (year, value.month) >= (published.year, published.month)
        else:
            try:
                when = dt.date(year, value.month, value.day)
            except ValueError:
                continue
            slack = dt.timedelta(days=2)  # a dateline a day off the publication stamp
            ok = when <= published + slack if tense == "past" else when >= published - slack
        if ok:
            return year
    return value.year


def _governor(span: Span) -> tuple[Token, int]:
    """The word a time expression modifies, and the start of the sentence it dates.

    Prepositions and time nouns are climbed over ("the call on the evening of June 1": the
    call). A date standing as a sentence of its own ("PM call with the President: 10 November
    2022", split in two by the parser) dates the sentence before it in its line.
    """
    sent = span.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if all(span.start <= t.i < span.end for t in words) and sent.start > 0:
        before = span.doc[sent.start - 1]
        if "\n" not in before.text and not before.is_space:
            prev = before.sent
            return prev.root, prev.start_char
    root = span.root
    gov = root.head if root.head.i != root.i else root
    while gov.head.i != gov.i and (gov.pos_ == "ADP" or gov.lemma_.lower() in TIME_NOUNS):
        gov = gov.head
    return gov, sent.start_char


def _apposed_clause(tok: Token, gov: Token) -> bool:
    """Whether `gov` stands in a clause on the noun the event noun is in apposition with:
    the parse makes "General Assembly" an apposition of "the United Nations (UN)" and hangs
    "which took place this week" on the name, though it tells of the assembly."""
    return tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and not other_clause(tok.head, gov)


def _clause_verb(tok: Token) -> Token:
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def saying_at(word: Token) -> Token | None:
    """The verb of a saying made at the occasion `word` names ("said at the summit", "made the
    statement at the opening of the meeting", "told the conference", "speaking during the
    talks"), when it tells of a past or present saying, not one to come."""
    occasion = word
    while (
        occasion.dep_ == "pobj"
        and occasion.head.lower_ == "of"
        and occasion.head.head.lemma_.lower() in OCCASION_PARTS
    ):
        occasion = occasion.head.head
    if occasion.dep_ == "pobj" and occasion.head.lower_ in ("at", "during"):
        verb = occasion.head.head
    elif occasion.dep_ == "dobj" and occasion.head.lemma_.lower() in ("tell", "address"):
        verb = occasion.head
    else:
        return None
    if verb.pos_ != "VERB" or speaks_of_future(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma in SAYING_LEMMAS:
        return verb
    if lemma in ("make", "deliver", "give", "issue") and any(
        c.dep_ == "dobj" and c.lower_ in SAYING_NOUNS for c in verb.children
    ):
        return verb
    return None


def _lede_day(timeline: Timeline, root: Token, published: dt.date) -> PartialDate | None:
    """The day the main clause under `root` speaks of, if it is news of the story's week."""
    doc = timeline.doc
    best: tuple[int, int, int, PartialDate] | None = None
    for a in timeline.anchors:
        day = a.value.as_date() if a.value and a.sent == root.sent.start_char else None
        if day is None or a.governor is None:
            continue
        if not (published - STORY_WINDOW <= day <= published + dt.timedelta(days=1)):
            continue  # not news of the day: a past occasion the lede recalls, or a plan
        path = path_between(root, doc[a.governor])
        # "The meeting, which they had agreed on during a call on May 16, ..." dates the
        # call, not the meeting: a modifier clause's day serves only a lede whose main
        # clause has none ("leaders met for a summit where on Sunday they signed").
        aside = int(modifier_clause(root, doc[a.governor]))
        if aside and recalled(doc[a.governor]):
            continue
        rank = (aside, path[0] if path else 99, a.start)
        if a.value is not None and (best is None or rank < best[:3]):
            best = (*rank, a.value)
    return None if best is None else best[3]


def _story(timeline: Timeline, article: Article) -> PartialDate | None:
    """The day of the occasion the story covers: a day the main clause of its lede speaks of,
    within the week before publication; else the publication day. The lede is the first
    sentence of prose that gives such a day among the opening sentences: a subtitle or a
    scene-setting sentence often comes first ("Sanders praises Obama after meeting on policy."
    before "... took a detour from the campaign trail Wednesday to meet ..."). Without a
    publication date, the first full day in the opening paragraphs."""
    doc, published = timeline.doc, timeline.published
    body = [
        p
        for p in timeline.paragraphs
        if p[0] > 0 and not any(s <= p[0] and p[1] <= e for s, e in article.noise)
    ]
    # Prose paragraphs, past datelines and bylines on lines of their own.
    prose = [p for p in body if len(article.text[p[0] : p[1]].split()) >= 8][:LEDE_PARAGRAPHS]
    sents = [
        sent
        for sent in doc.sents
        if any(s <= sent.start_char < e for s, e in prose) and len(sent) >= 8
    ][:LEDE_SENTENCES]
    if published is not None:
        for sent in sents:
            day = _lede_day(timeline, sent.root, published)
            if day is not None:
                return day
    if published is not None:
        return _of(published)
    opening = body[:3]
    for a in timeline.anchors:
        if a.grain == "day" and a.value and any(s <= a.start < e for s, e in opening):
            return a.value
    return None

"""The story's occasion: the day the news an article covers happened, which a saying with no
time of its own takes (`kg.extract.timeline`).

The occasion is the day its lede speaks of in its main clause ("The UN on Wednesday welcomed
..."), when that is within a week before publication. A feature's lede often sets a scene
with no day ("Standing in the midst of a vast arena, Donald Trump stared into the screens")
and its news comes a few paragraphs on ("he offered promises Monday"), or its sayings were
made on a day the body tells ("Corker said in a telephone interview Wednesday", twice and
more): then the day of a clause told in the opening paragraphs, or the day the body's clauses
are most often told at, when it is recent (a week back recalls what led to the news).
Otherwise the publication day. A day in a quotation ("I didn't come here tonight") is the
speaker's, and a dateline's ("MEXICO CITY, Feb. 8 (UPI)") the publication's, not the
occasion's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.extract import timex
from kg.extract.clause_paths import modifier_clause, path_between, recalled, speaks_of_future
from kg.extract.statement_spans import headline_end, past_dateline
from kg.extract.statement_words import BACK_POINTING
from kg.extract.timeline_words import SAYING_LEMMAS, addressed_at, clause_verb, present_perfect
from kg.extract.timex import day_of
from kg.model import Article, PartialDate
from kg.nlp import doc_text, sentences

STORY_WINDOW = dt.timedelta(days=7)
# Where the story's occasion is looked for: the first prose sentences of the opening paragraphs.
LEDE_PARAGRAPHS = 3
LEDE_SENTENCES = 3
# Past the lede: the opening paragraphs whose told day is the occasion by itself; further on,
# a day is the occasion only when the body tells at least `STORY_REPEATS` clauses at it.
OPENING_PARAGRAPHS = 6
STORY_REPEATS = 2
# A day told past the lede is the occasion only when it is this recent: a week back ("But
# Trump revealed on September 7 that ...") recalls what led to the news.
BODY_WINDOW = dt.timedelta(days=3)
# How many days before publication the occasion may lie for a quotation's "today" to be its.
QUOTE_LAG = dt.timedelta(days=2)
# How many " | " bars make a line a page's row of fields rather than prose.
FIELD_BARS = 2


@dataclass(frozen=True)
class Anchor:
    """One time expression of the article, resolved, with the token it modifies."""

    start: int
    end: int
    value: PartialDate | None
    grain: str
    governor: int | None  # token index in the doc
    sent: int  # start of its sentence (character offset)
    bound_year: int | None = None  # a span's bound's year (`Timex.bound_year`)


class Story(NamedTuple):
    """What `story_time` reads of the story's opening."""

    day: PartialDate | None  # the day of the occasion the story covers
    news: Span | None  # the lede's first sentence, when it tells same-day news (`_news_now`)
    first: Span | None  # the lede's first sentence, whatever its tense (`told_in_lede`)
    lede: tuple[int, ...]  # the starts of the lede's sentences (`lede_sentences`)


def story_time(
    doc: Doc, anchors: Sequence[Anchor], paragraphs: Sequence[tuple[int, int]], article: Article
) -> Story:
    """The day of the occasion the story covers (see the module's docstring), the lede's
    first sentence when it tells same-day news in the present perfect (`_news_now`), the
    lede's first sentence whatever its tense (`told_in_lede` reads it), and where the lede's
    sentences start; the sentences only with a publication date. Without one, the day is the
    first full day in the opening paragraphs. (One reading of the body serves all four.)"""
    body, prose, sents = _body(doc, paragraphs, article)
    if article.published_date is None:
        return Story(_first_day(anchors, body), None, None, ())
    first = sents[0] if sents else None
    news = first if first is not None and _news_now(first.root) else None
    lede = lede_sentences(prose, sents)
    day = _story_day(doc, anchors, prose, lede, sents, news, article.published_date)
    return Story(day, news, first, tuple(sent.start_char for sent in lede))


def lede_sentences(prose: Sequence[tuple[int, int]], sents: Sequence[Span]) -> list[Span]:
    """The lede: the first `LEDE_SENTENCES` prose sentences of the opening `LEDE_PARAGRAPHS`
    prose paragraphs (`_body`), where a story tells its news."""
    return [sent for sent in sents if _within(sent, prose[:LEDE_PARAGRAPHS])][:LEDE_SENTENCES]


def _first_day(anchors: Sequence[Anchor], body: Sequence[tuple[int, int]]) -> PartialDate | None:
    for a in anchors:
        if a.grain == "day" and a.value and any(s <= a.start < e for s, e in body[:3]):
            return a.value
    return None


def _story_day(
    doc: Doc,
    anchors: Sequence[Anchor],
    prose: Sequence[tuple[int, int]],
    lede: Sequence[Span],
    sents: Sequence[Span],
    news: Span | None,
    published: dt.date,
) -> PartialDate | None:
    # (The lede's sentences open `sents`: its first is the news sentence, if any.)
    now = bool(lede) and news is not None
    for sent in lede:
        if now and sent is not lede[0]:
            # After same-day news, only a day the next sentence's own clause is told at
            # ("signed the deal in Juba on 26 August") moves the occasion; not one of what
            # someone said ("said the delegations had met until 2:30 am on Friday").
            own = _told(doc, anchors, sent.root, published)
            if own and own[0].value is not None:
                return own[0].value
            continue
        day = _lede_day(doc, anchors, sent.root, published)
        if day is not None:
            return day
    told: list[tuple[int, dt.date]] = []
    for sent in sents[len(lede) :]:
        for a in _told(doc, anchors, sent.root, published):
            at = next(i for i, (s, e) in enumerate(prose) if s <= a.start < e)
            when = a.value.as_date() if a.value else None
            if when is not None and published - when <= BODY_WINDOW:
                told.append((at, when))
    if told and told[0][0] < OPENING_PARAGRAPHS:
        return day_of(told[0][1])
    counts = Counter(day for _at, day in told).most_common(1)
    if counts and counts[0][1] >= STORY_REPEATS:
        return day_of(counts[0][0])
    return day_of(published)


def _body(
    doc: Doc, paragraphs: Sequence[tuple[int, int]], article: Article
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[Span]]:
    """The body's paragraphs, its prose paragraphs and their sentences."""
    # (After the headline; a text given without one opens on its lede.)
    after = headline_end(article.text)
    body = [
        p
        for p in paragraphs
        if p[0] >= after and not any(s <= p[0] and p[1] <= e for s, e in article.noise)
    ]
    # Prose paragraphs, past datelines and bylines on lines of their own, and a page's stamp
    # of fields ("By A. Writer | The Daily | Updated: 2017-05-17 07:49"): its day is the
    # page's, not one the story is told at.
    prose = [
        p
        for p in body
        if len(article.text[p[0] : p[1]].split()) >= 8
        and article.text[p[0] : p[1]].count(" | ") < FIELD_BARS
    ]
    # (A clause: "MANILA, Oct 11, 2020, Bloomberg." opening the lede's paragraph is a dateline.)
    sents = [
        sent
        for sent in sentences(doc)
        if _within(sent, prose) and len(sent) >= 8 and any(t.pos_ in ("VERB", "AUX") for t in sent)
    ]
    return body, prose, sents


REPORTING = SAYING_LEMMAS | {"report"}


def told_in_lede(tok: Token) -> bool:
    """Whether the event word `tok`, in a lede sentence that names no time, is the news its
    main clause tells in the simple past, active or passive: the verb itself, its subject or
    object, or the occasion it happened during ("An envoy met the rebels in the capital";
    "The first round was held in the capital"; "During a phone call, the ministers
    discussed ..."). Same-day news: wire copy leaves the day out of a lede on the day's
    occasion. Not what was negated or counted ("held five rounds"); the caller leaves out
    what was halted. A lede told as reported ("..., the agency reported") tells its news in
    the reported clause."""
    root = tok.sent.root
    if root.lemma_.lower() in REPORTING:
        told = [k for k in root.children if k.dep_ in ("ccomp", "parataxis") and k.i < root.i]
        root = told[0] if told else root
    if any(k.dep_ == "neg" for k in root.children):
        return False
    aux = [k for k in root.children if k.dep_ in ("aux", "auxpass")]
    simple = root.tag_ == "VBD" and not aux
    passive = root.tag_ == "VBN" and [k.lower_ for k in aux] in (["was"], ["were"])
    if not (simple or passive) or any(k.dep_ == "nummod" for k in tok.children):
        return False
    if tok.i == root.i:
        return True
    if tok.head.i == root.i:
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj")
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "during" and prep.head.i == root.i


def _news_now(root: Token) -> bool:
    """Whether a lede with no day of its own tells its news in the present perfect ("Myanmar
    and Bangladesh have signed an accord", "A meeting ... has ended in Ankara, reports the
    agency"): wire copy's news of the day, whose occasion a day someone reports in the next
    sentences does not set."""
    verbs = [root, *(k for k in root.children if k.dep_ == "ccomp")]
    return any(
        v.tag_ == "VBN" and any(k.dep_ == "aux" and k.lower_ in ("has", "have") for k in v.children)
        for v in verbs
    )


def _within(sent: Span, paragraphs: Sequence[tuple[int, int]]) -> bool:
    return any(s <= sent.start_char < e for s, e in paragraphs)


def _lede_day(
    doc: Doc, anchors: Sequence[Anchor], root: Token, published: dt.date
) -> PartialDate | None:
    """The day the main clause under `root` speaks of, if it is news of the story's week."""
    best: tuple[int, int, int, PartialDate] | None = None
    for a in _of_the_week(doc, anchors, root, published):
        gov = doc[a.governor]  # type: ignore[index]
        if gov.pos_ == "PROPN" and not addressed_at(gov.head, gov, a.start):
            continue  # "MEXICO CITY, Feb. 8 (UPI)": a dateline's day, the publication's
            # (not "told the Senate Committee on Tuesday": the telling's)
        path = path_between(root, gov)
        # "The meeting, which they had agreed on during a call on May 16, ..." dates the
        # call, not the meeting: a modifier clause's day serves only a lede whose main
        # clause has none ("leaders met for a summit where on Sunday they signed").
        aside = int(modifier_clause(root, gov))
        if (aside or (path is not None and path[2])) and recalled(gov):
            continue  # (so too a reported one: "explained that he had warned two days ago")
        rank = (aside, path[0] if path else 99, a.start)
        value = a.value
        if value is not None and not aside and _said_of(root, gov, path):
            # "On Friday the talks could not open, the minister said": a lede that reports
            # what someone said of what did not (or may yet) happen tells the news of its
            # publication's day, the saying's. One that reports what happened ("the envoys
            # met in the capital Sunday, officials said") has its occasion at that day, the
            # saying reporting it being made then or just after (a saying reported in turn
            # keeps its day: "X said on Monday ..., aides said"); unless the saying is told
            # in the present perfect ("X has said that the demands were received on Sunday"):
            # the perfect tells the saying as the news of now, what it reports as before it.
            if not _befell(gov) or present_perfect(root):
                value = day_of(published)
        elif value is not None and not aside and speaks_of_future(gov):
            # "A delegation will hold talks in Ankara on Thursday", "will pay a visit on
            # October 8-9": a lede that announces a plan tells the news of its publication's
            # day, whichever day the plan is for.
            value = day_of(published)
        if value is not None and (best is None or rank < best[:3]):
            best = (*rank, value)
    return None if best is None else best[3]


def _said_of(root: Token, gov: Token, path: tuple[int, bool, bool] | None) -> bool:
    """Whether `gov`, which a time dates, lies in the words a saying at the root reports
    and is no saying itself."""
    if path is None or not path[2] or root.lemma_.lower() not in REPORTING:
        return False
    return gov.lemma_.lower() not in REPORTING


def _befell(gov: Token) -> bool:
    """Whether the clause of `gov`, a word in reported words, tells what happened: a verb in
    the simple past, or a passive one with "was"/"were", not negated ("the envoys met",
    "a communique was issued"; not "could not take place", "have not met", "will meet")."""
    verb = clause_verb(gov)
    kids = list(verb.children)
    if any(k.dep_ == "neg" for k in kids):
        return False
    aux = [k.lower_ for k in kids if k.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and aux in (["was"], ["were"])


def _told(doc: Doc, anchors: Sequence[Anchor], root: Token, published: dt.date) -> list[Anchor]:
    """The anchors of the story's week that date the main clause under `root` itself, up to
    publication."""
    if _now_with_past(root):
        return []
    out = []
    for a in _of_the_week(doc, anchors, root, published):
        day = a.value.as_date() if a.value else None
        if day is not None and day <= published and tells_clause(doc, a):
            if not speaks_of_future(doc[a.governor]):  # type: ignore[index]
                out.append(a)  # (a plan's day is not one the news was told at)
    return out


def tells_clause(doc: Doc, a: Anchor) -> bool:
    """Whether an anchor dates the main clause of its sentence itself: not a reported or
    modifier clause's, nor a thing's own day, nor a quotation's."""
    if a.governor is None:
        return False
    gov = doc[a.governor]
    root = gov.sent.root
    path = path_between(root, gov)
    if path is None or path[2] or modifier_clause(root, gov) or not _clause_time(gov, a):
        return False
    return not _quoted(doc_text(doc), root.sent.start_char, a.start)


def _of_the_week(
    doc: Doc, anchors: Sequence[Anchor], root: Token, published: dt.date
) -> list[Anchor]:
    """The anchors of the sentence of `root` on a day of the story's week (up to the day
    after publication), outside quotations: not a past occasion recalled, nor a plan."""
    start = root.sent.start_char
    out = []
    for a in anchors:
        day = a.value.as_date() if a.value and a.sent == start else None
        if day is None or a.governor is None:
            continue
        if not (published - STORY_WINDOW <= day <= published + dt.timedelta(days=1)):
            continue
        if day > published and _ahead(doc_text(doc), a):
            continue  # "the envoy, who arrives tomorrow", "the talks scheduled for June 2":
            # a plan, not the occasion (only a dated day may run a day past the stamp)
        if a.grain == "week":
            continue  # "met this weekend": its Saturday stands for no one day (`saying_day`)
        if _not_the_clause_time(doc[a.governor], day, published):
            continue
        if in_dateline(doc_text(doc), a):
            continue  # "UNITED NATIONS, March 20 (Xinhua) -- ...": the dateline's day, the
            # publication's, even when the parser hangs it on the lede's verb
        if _quoted(doc_text(doc), start, a.start):
            continue  # "I didn't come here tonight": the speaker's time, not the story's
        out.append(a)
    return out


def _now_with_past(root: Token) -> bool:
    """Whether the main clause under `root` tells a state of now in the simple present, not
    a saying ("The postponement comes as officials yesterday declared ..."; "The visit
    follows talks on Monday"): the days its adverbial clauses and objects name are the
    circumstances of the news, not its occasion."""
    return present_state(root)


def _not_the_clause_time(gov: Token, day: dt.date, published: dt.date) -> bool:
    """Whether a day the parse hangs on a verb cannot be the time its clause tells: a past
    day on a verb in the simple present ("the trip follows talks with the king on Monday")
    is the day of a thing in it, the verb's own time being now. (The reporting
    present, "says on Monday", keeps its day.)"""
    return day < published and present_state(gov)


def present_state(gov: Token) -> bool:
    """Whether `gov` is a verb in the simple present that tells no saying ("follows",
    "comes"; not "says", nor one with an auxiliary)."""
    if gov.pos_ not in ("VERB", "AUX") or gov.tag_ not in ("VBZ", "VBP"):
        return False
    if gov.lemma_.lower() in REPORTING:
        return False
    return not any(k.dep_ in ("aux", "auxpass") for k in gov.children)


def _ahead(text: str, a: Anchor) -> bool:
    """Whether a day after publication is one told as still to come: a relative day
    ("tomorrow", a weekday counted forwards), or one a thing is set for ("scheduled for June
    2"). A dateline's or a time zone's day may run a day past the stamp, but is written out."""
    before = text[: a.start].split()[-1:]
    relative = not any(c.isdigit() for c in text[a.start : a.end])
    return relative or any(w.lower() in ("for", "until", "till", "to") for w in before)


def in_dateline(text: str, a: Anchor) -> bool:
    """Whether an anchor is the day of a paragraph-opening dateline ("UNITED NATIONS, March
    20 (Xinhua) --"): the day the story was filed, not one a clause is told at."""
    return past_dateline(text, a.start, len(text)) != a.start


def _clause_time(gov: Token, a: Anchor) -> bool:
    """Whether an anchor dates its verb's clause: on a verb, or after the verb's object
    that the parser hung it on ("offered promises Monday", "told CNBC Saturday"), not a
    thing's own day ("Monday's meeting")."""
    if gov.pos_ in ("VERB", "AUX"):
        return True
    return gov.dep_ == "dobj" and gov.idx < a.start and gov.head.pos_ == "VERB"


def _quoted(text: str, start: int, at: int) -> bool:
    """Whether `at` lies within a quotation opened after `start` (its sentence's start), or
    in an earlier sentence of its paragraph ('"After our last contacts, we conveyed the
    text. On September 12, we received new proposals," he said.'): a quotation that goes on
    into the next paragraph opens again there."""
    paragraph = text.rfind("\n", 0, start) + 1
    if _open_quote(text[paragraph:at]):
        return True
    # A sentence that opens within a quotation ('... last week and we are ready," Maduro said
    # on Thursday.') is read from the paragraph's start: its closing mark opens nothing.
    return not _open_quote(text[paragraph:start]) and _open_quote(text[start:at])


def _open_quote(before: str) -> bool:
    if before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1 or before.count("''") % 2 == 1


# Words that count a day from the speaker's now: in a quotation, the day it was said.
SPEAKERS_DAY = re.compile(
    r"(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\Z", re.I
)


def quoted_days(
    text: str,
    anchors: Sequence[Anchor],
    story: PartialDate | None,
    published: dt.date | None,
    named: Collection[int] = (),
) -> list[Anchor]:
    """The anchors with a quotation's "today", "tonight" or "yesterday" counted from the day
    of the occasion the story covers rather than from publication, when that day is just
    before it: in '"We met them tonight," he said' of a story told the morning after, the
    speaker's night is the occasion's (the saying is dated to it, too). An anchor starting
    at one of `named` is a day the writer named (`named_today`): it stays."""
    day = story.as_date() if story is not None and story.day else None
    if day is None or published is None or not dt.timedelta(0) < published - day <= QUOTE_LAG:
        return list(anchors)
    out = []
    for a in anchors:
        value = a.value.as_date() if a.value is not None and a.grain == "day" else None
        if value is not None and a.start not in named and _speakers_day(text, a):
            a = replace(a, value=day_of(value - (published - day)))
        out.append(a)
    return out


def _speakers_day(text: str, a: Anchor) -> bool:
    """Whether `a` is a quoted "today", "tonight" or "yesterday": the speaker's day."""
    return bool(SPEAKERS_DAY.search(text[a.start : a.end])) and _quoted(text, a.sent, a.start)


# "today" with the writer's weekday beside it: "announced today, Monday", "today (Monday)".
NAMED_TODAY = re.compile(r"(?:today|tonight)(?:\s*,\s*|\s*\(\s*)\Z", re.I)
# How far before the publication stamp the writer's named day may lie: a story filed late in
# the evening and stamped after midnight, or a day or two on.
NAMED_LAG = dt.timedelta(days=2)


def named_today(text: str, anchors: Sequence[Anchor], published: dt.date | None) -> list[Anchor]:
    """The anchors with a "today" the writer names the weekday of ("announced today,
    Monday", "today (Monday)") on that weekday: a story stamped after midnight, or a day or
    more later, tells its "today" by the day it was written, which the weekday names."""
    out = list(anchors)
    if published is None:
        return out
    for i, a in enumerate(out[:-1]):
        named = out[i + 1]
        if not NAMED_TODAY.match(text[a.start : named.start]):
            continue
        weekday = WEEKDAYS.get(text[named.start : named.end].strip().lower())
        if weekday is None:
            continue
        # (The weekday beside "today" is the writer's day, whatever the clause's tense.)
        back = (published.weekday() - weekday) % 7
        if dt.timedelta(days=back) <= NAMED_LAG and back:
            value = day_of(published - dt.timedelta(days=back))
            out[i], out[i + 1] = replace(a, value=value), replace(named, value=value)
    return out


# A weekday's name -> its number (Monday 0), as `datetime.weekday` counts.
WEEKDAYS = {name: n for n, name in enumerate(timex.WEEKDAYS)}


def saying_day(a: Anchor) -> PartialDate | None:
    """The value an anchor gives a saying: not the Saturday that stands for a weekend ("said
    over the weekend": no one day); no year alone, whether the saying's own anchor ("he said
    in 2012", "Last year, McConnell said") or carried ("In 2008, Putin complained ... Obama
    claimed ..."): the guidelines date a saying by its day or month, and annotators leave a
    year alone undated. Nor a week ("said last week", "earlier this week"): realnews leaves
    it undated (SOURCES.md, d06 and e05)."""
    if a.grain in ("year", "week"):
        return None
    return a.value


def own_saying_day(a: Anchor, text: str) -> PartialDate | None:
    """The value a saying's own anchor gives it (one in its clause, not carried from another
    sentence): as `saying_day`, but a week before the story's that lies within one month
    gives that month ("Hezbollah said last week that ..." in a story of October 12: 2020-10).
    The guidelines resolve a saying's anchor against the publication date and write a month
    alone as YYYY-MM; the pool's annotators (s40 ... s51) date a saying told last week so.
    The story's own week ("earlier this week") they date at the story's day or not at all,
    as realnews left an event-like report of the week null (d06): none, as before; nor a
    weekend, whose Saturday stands for no one day."""
    words = set(text[a.start : a.end].lower().split())
    last = bool(words & PAST_WEEKS) and "this" not in words
    if a.grain == "week" and last and a.value is not None and a.value.day is None:
        return a.value
    return saying_day(a)


# The words of a week before the story's own ("last week", "the previous week"); not "past":
# "the past week" is the story's own seven days, which gets no month.
PAST_WEEKS = {"last", "previous"}


def reported_news_cue(tok: Token) -> Token | None:
    """The saying that reports the event word `tok` as a plain past fact, when there is one:
    "The envoy arrived in Lisbon, the ministry said"; "the agency reported that the two
    sides met in Oslo"; "the treaty was signed there, according to the statement". The
    event is the reported clause's verb, or its subject or object, told in the simple past
    (active, or passive with "was"/"were"), not negated, counted or recalled (past perfect):
    wire copy reports the day's news so, leaving its day to the report's. The cue is the
    saying's verb, or "according" for "according to"."""
    verb = clause_verb(tok)
    if tok.i != verb.i and not (tok.head.i == verb.i and tok.dep_ in _CORE_ROLES):
        return None
    if any(k.dep_ == "det" and k.lower_ in BACK_POINTING or k.dep_ == "poss" for k in tok.children):
        return None  # "the call was held at her request": an occurrence told before, its day's
    if any(k.dep_ in ("neg", "nummod") for k in (*verb.children, *tok.children)):
        return None
    if any(k.lemma_.lower() == "time" for k in verb.children):
        return None  # "spoke to him six times": a count over many days, not the day's news
    if any(k.dep_ == "nsubj" and k.lower_ in ("i", "we") for k in verb.children):
        return None  # "we had long talks": the speaker's own account, not a report of news
    aux = [k.lower_ for k in verb.children if k.dep_ in ("aux", "auxpass")]
    if not (verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and aux in (["was"], ["were"])):
        return None
    head = verb.head
    if verb.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in REPORTING:
        return None if speaks_of_future(head) else head
    told = [k for k in verb.children if k.dep_ in ("ccomp", "parataxis") and k.i > verb.i]
    cue = next((k for k in told if k.lemma_.lower() in REPORTING), None)
    if cue is None:
        cue = next((k for k in verb.children if k.dep_ == "prep" and k.lower_ == "according"), None)
    return cue


def told_by_clause(tok: Token) -> bool:
    """Whether the event word is what its clause tells: the verb itself, its subject or
    object, or the occasion the main clause's act was done in ("discussed trade in meetings
    with the premier", "During the visit, the two leaders held talks")."""
    verb = clause_verb(tok)
    if tok.i == verb.i:
        return True
    if tok.head.i == verb.i:
        return tok.dep_ in ("nsubj", *_CORE_ROLES)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("during", "in") or prep.head.i != verb.i:
        return False
    return verb.dep_ in ("ROOT", "conj")  # (not a modifier's: "the openness expressed during")


# Where an event word stands to the verb of its clause when that clause tells it.
# (Not a subject of the active: "the meeting showed that ..." tells what it meant.)
_CORE_ROLES = ("nsubjpass", "dobj")

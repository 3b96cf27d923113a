"""What later stages ask of the doc's timeline (`kg.extract.timeline`) about one word,
instead of reading dates from the text themselves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg.extract.timeline import built_timeline, timeline_for
from kg.extract.timeline_story import Anchor
from kg.model import Article, PartialDate


def anchors_on(doc: Doc, word: Token) -> list[Anchor]:
    """The time expressions the doc's timeline attached to `word` (their governor): what a
    later stage asks instead of reading dates itself. None when no timeline was built."""
    timeline = built_timeline(doc)
    if timeline is None:
        return []
    return [a for a in timeline.anchors if a.governor == word.i]


# How far before the news a day or month still counts as the news's own time: a head "at the
# session on 30 December" of a story published on 2 January heads the talks the story tells;
# one at a session half a year back heads an earlier round. (A distance, not the calendar
# year: the turn of the year does not move a session into another time.)
NEWS_SEASON = dt.timedelta(days=90)


def other_year(doc: Doc, word: Token) -> bool:
    """Whether the timeline dates the clause of `word` by a year alone ("led the party in
    1995") or by a day or month further than `NEWS_SEASON` before the story's day (the
    publication date when the timeline found none): another time than the news the story
    tells."""
    timeline = built_timeline(doc)
    if timeline is None:
        return False
    story = timeline.story.as_date() if timeline.story is not None else None
    news = story or timeline.published
    for a in anchors_on(doc, word):
        if a.grain == "year":
            return True
        last = _last_day(a.value) if a.value is not None else None
        if last is not None and news is not None and news - last > NEWS_SEASON:
            return True
    return False


def _last_day(value: PartialDate) -> dt.date | None:
    """The last day a day or month of a known year covers (None without its year)."""
    if value.year is None or value.month is None:
        return None
    if value.day is not None:
        return dt.date(value.year, value.month, value.day)
    first_of_next = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def event_date(
    doc: Doc, start: int, end: int, rivals: Sequence[int] = (), published: dt.date | None = None
) -> PartialDate | None:
    """`date_for` on the doc's timeline, for code that holds the doc but not the article:
    the timeline the pipeline built, else one built against `published`."""
    cached = built_timeline(doc)
    if cached is None:
        title = doc.text.split("\n", 1)[0]
        cached = timeline_for(doc, Article(key="", title=title, text=doc.text, published=published))
    return cached.date_for(start, end, rivals)

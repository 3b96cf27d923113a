"""What later stages ask of the doc's timeline (`kg.extract.timeline`) about one word,
instead of reading dates from the text themselves."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.timeline import built_timeline
from kg.extract.timeline_story import Anchor


def anchors_on(doc: Doc, word: Token) -> list[Anchor]:
    """The time expressions the doc's timeline attached to `word` (their governor): what a
    later stage asks instead of reading dates itself. None when no timeline was built."""
    timeline = built_timeline(doc)
    return timeline.on_word(word) if timeline is not None else []


def other_year(doc: Doc, word: Token) -> bool:
    """Whether the timeline dates the clause of `word` by a year alone ("led the party in
    1995") or by a day or month of a year before publication's: another time than the
    news the story tells."""
    timeline = built_timeline(doc)
    published = timeline.published if timeline is not None else None
    for a in anchors_on(doc, word):
        if a.grain == "year":
            return True
        year = a.value.year if a.value is not None else None
        if year is not None and published is not None and year < published.year:
            return True
    return False

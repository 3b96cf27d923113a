"""The story's day for the occurrence its headline tells (`events` after the grouping).

A headline sums up the story's news: an occurrence it names as such (not one it reports as
welcomed, confirmed or announced), told as held, is the occasion the story covers. When no
sentence of the body that tells of it names any time (a day, a week, a year: those date it or
leave it undated on purpose), its day is the story's (the day the lede speaks of, else the
publication's: `timeline_story`). A planned, called-off or put-off one is not the day's news,
nor is a counted series ("five rounds of talks")."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.event_coref import EventResult
from kg.extract.event_mention import Mention
from kg.extract.timeline import timeline_for
from kg.model import Article


def date_headline_news(
    doc: Doc, article: Article, mentions: list[Mention], result: EventResult
) -> None:
    """Give the story's day to each undated, held event the headline names as news."""
    timeline = timeline_for(doc, article)
    if timeline.story is None:
        return
    timed = {a.sent for a in timeline.anchors}  # sentences that name a time
    by_trigger = {m.trigger: m for m in mentions}
    for event, triggers in zip(result.events, result.triggers, strict=True):
        if event.date is not None or event.status != "held":
            continue
        told = [by_trigger[t] for t in triggers if t in by_trigger]
        if not any(m.headline and not m.told for m in told):
            continue
        body = [m for m in told if not m.headline]
        if any(m.sent[0] in timed for m in body):
            continue  # "visited last week": the body times it, or leaves it undated
        if any(counts_occurrences(doc, m) for m in body):
            continue  # "have so far held five rounds of talks": a series, no day's news
        event.date = timeline.story


def counts_occurrences(doc: Doc, m: Mention) -> bool:
    """The mention counts occurrences ("five rounds", "two meetings"): a cardinal above one on
    a plural noun of it, its word or the unit noun its phrase opens with. A year is no count
    ("the 2031 summit": a singular head, a date's number)."""
    span = doc.char_span(m.trigger[0], m.trigger[1], alignment_mode="expand")
    if span is None:
        return False
    return any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") and c.ent_type_ != "DATE"
        for t in span
        if t.tag_ in ("NNS", "NNPS")
        for c in t.children
    )

"""A bare "the ministry" that speaks where the text named no ministry but a minister: "Foreign
Minister Jane Roe spoke with her counterpart, the ministry said" is the minister's state's
foreign ministry.

Wire copy often names the minister first and gives the ministry's readout as the source
without naming the ministry. The guidelines make the body that speaks an actor; without one
the statement lost its speaker. The minister's state is the one the title names ("Russian
Foreign Minister ...") or else the one the story was filed from.

Input: the parsed `Doc`, the article, the `ActorIndex` of the actor stage and the gazetteer.
Output: the index with the ministry added (or found again, `add_body`) and a mention for the
first "the ministry" that speaks; later ones are resolved by the discourse stage (`_body`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.actor_generic import speaks_or_acts
from kg.extract.actor_missions import add_body, known_ministry, ministers_ministry, ministry_name
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.extract.wire_furniture import dateline_spans
from kg.gazetteer import Entry, Gazetteer
from kg.model import Article

_BARE = re.compile(r"\b[Tt]he ministry\b(?! of\b)")


def filed_from(article: Article, gz: Gazetteer) -> Entry | None:
    """The state the story was filed from: its dateline ("Kyiv • UNN", "ISLAMABAD:")."""
    places = [article.dateline] if article.dateline else []
    places += [article.text[s:e] for s, e in dateline_spans(article.text)[:1]]
    for place in places:
        hit = gz.city_country(place) or gz.city_country(place.title())
        if hit:
            return hit[0]
    return None


def add_ministers_ministry(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """The first speaking "the ministry" before which no ministry but a minister was named."""
    for m in _BARE.finditer(article.text):
        if in_noise(article, m.start(), m.end()):
            continue
        if any(mm.start < m.end() and m.start() < mm.end for mm in index.mentions):
            continue
        if any(
            mm.start < m.start() and "ministry" in index.by_id(mm.actor).name.lower()
            for mm in index.mentions
        ):
            return  # a ministry named before: the discourse stage resolves "the ministry"
        span = doc.char_span(m.start() + 4, m.end(), alignment_mode="expand")
        if span is None or not speaks_or_acts(span):
            continue
        hit = ministers_ministry(index, gz, m.start(), None, filed_from(article, gz))
        if hit is None:
            return
        kind, state = hit
        known = known_ministry(index, gz, state, kind)
        if known is not None:  # (named only later: the same body)
            index.mentions.append(Mention(m.start() + 4, m.end(), known))
            return
        # Named as `add_ministries` names "the foreign ministry" after a minister.
        name = ministry_name(state, kind)
        add_body(index, {}, f"ministry:{kind}:{state.id}", name, state, m.start(), m.end())
        return

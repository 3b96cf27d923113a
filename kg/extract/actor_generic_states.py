"""Which state's body a generic one is: "the Foreign Ministry", "the Ministry of Defense" named by
kind alone. The guidelines make it the ministry of the state the context is about; the body of that
kind the text named last wins over a nearer state ("the Eastland Foreign Ministry said ... the
Foreign Ministry added"), then a delegation's state, the state the story was filed from, and the
states the sentence and the one before it name.

Input: the parsed `Doc`, the actor stage's candidates, the article and the gazetteer. Output: the
candidates, qualified in place (entry and cluster, or a text "... of <state>").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.actor_candidates import Cand
from kg.extract.actor_ministers import filed_from
from kg.extract.delegations import DELEGATION_RE, strip_the
from kg.gazetteer import Entry, Gazetteer, normalize
from kg.model import Article


def resolve_generic(gz: Gazetteer, doc: Doc, cands: list[Cand], article: Article) -> None:
    """Qualify "the Ministry of Defense" with the state the context is about: the body of
    that kind the text named last before it ("the Eastland Foreign Ministry said ... the
    Foreign Ministry added": the same ministry, whatever state the sentence mentions),
    else the state the sentence is about."""
    last: dict[str, Entry] = {}  # kind -> the institution of that kind named last
    for c in sorted(cands, key=lambda c: c.start):
        if c.entry is not None and c.entry.template:
            last[c.entry.template] = c.entry
        if c.entry or c.label != "ORG":
            continue
        kind = gz.generic_kind(c.text)
        if not kind:
            continue
        if kind in last:
            c.entry, c.cluster = last[kind], last[kind].id
            continue
        country = _context_country(gz, doc, cands, c, article)
        if country is None:
            continue
        inst = gz.institution(country.id, kind)
        if inst:
            c.entry, c.cluster = inst, inst.id
            last[kind] = inst
        else:
            c.text = f"{strip_the(c.text)} of {country.name}"
            c.cluster = f"org:{normalize(c.text)}"


def _context_country(
    gz: Gazetteer, doc: Doc, cands: list[Cand], c: Cand, article: Article
) -> Entry | None:
    sent = doc.char_span(c.start, c.end, alignment_mode="expand")
    if sent is None:
        return None
    s = sent.sent
    sentence = article.text[s.start_char : s.end_char]
    # "Envoys of the Ministry of Defense were part of the delegation": the state of
    # the delegation last named.
    if re.search(r"\bdelegation\b", sentence, re.I):
        before = article.text[: s.end_char]
        for m in reversed(list(DELEGATION_RE.finditer(before))):
            e = gz.adjective(m.group(1)) or gz.lookup(m.group(1))
            if e and e.type == "Country":
                return e
    prev_start = s.start_char
    if s.start > 0:
        prev_start = doc[s.start - 1].sent.start_char
    near = [x for x in cands if prev_start <= x.start < s.end_char and x.entry]
    near.sort(key=lambda x: (x.start < s.start_char, abs(x.start - c.start)))
    states: list[Entry] = []
    for x in near:
        assert x.entry is not None
        state = x.entry if x.entry.type == "Country" else None
        if state is None and x.entry.country:
            state = gz.entries.get(x.entry.country)
        if state is not None:
            states.append(state)
    home = filed_from(article, gz)
    # A bare "the Foreign Office" in a story filed from Islamabad that names Pakistan is
    # Pakistan's, also where India, the other side, stands nearer in the sentence.
    if home is not None and (
        not states or home in states or any(x.entry == home for x in cands if x.start < c.start)
    ):
        return home
    return states[0] if states else None

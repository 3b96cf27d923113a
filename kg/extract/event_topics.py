"""What an event is about and who proposed it: the objects of verbs of discussing in its
sentence ("discussed the ceasefire") and the owner or subject above a proposal's noun."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.actors import ActorIndex

TOPIC_VERBS = {
    "discussed",
    "discuss",
    "discussing",
    "touched",
    "focused",
    "addressed",
    "covered",
    "raised",
    "talked",
}


def np_span(tok: Token) -> tuple[int, int]:
    toks = [tok]
    for c in tok.children:
        if c.dep_ in ("conj", "cc", "punct", "relcl", "appos"):
            continue
        toks.extend(c.subtree)
    toks.sort(key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def proposer(tok: Token, actors: ActorIndex) -> str | None:
    for a in tok.ancestors:
        for c in a.children:
            if c.dep_ in ("poss", "nsubj"):
                who = actors.at(c.idx, c.idx + len(c))
                if who is None:
                    sub = list(c.subtree)
                    who = actors.at(sub[0].idx, sub[-1].idx + len(sub[-1]))
                if who:
                    return who
    return None


def topics_of(sent: SpacySpan) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for t in sent:
        if t.lower_ in TOPIC_VERBS and t.pos_ == "VERB":
            for c in t.children:
                obj = None
                if c.dep_ == "dobj":
                    obj = c
                elif c.dep_ == "prep" and c.lower_ in ("upon", "on", "about"):
                    obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                elif c.dep_ == "prt":
                    for cc in t.children:
                        if cc.dep_ == "prep":
                            obj = next((x for x in cc.children if x.dep_ == "pobj"), None)
                if obj is not None:
                    s, e = np_span(obj)
                    out.append((s, e))
    return out

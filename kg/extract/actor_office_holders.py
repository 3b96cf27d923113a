"""Office holders the text names by their office alone: "the Secretary-General welcomes ...",
"the Director-General said". An international body has one holder of such an office, so the
bare title with "the" is a person, though no name is given.

The guidelines make a person named by their office an actor when they speak, act or take part
(the training sets' gold names them by the title, "Secretary-General", or with their body,
"UN Secretary-General"); one mentioned in passing ("the envoy of the Secretary-General") is not.
Where the story names the holder ("Secretary-General Jane Roe"), the title is that person's
and the discourse stage resolves it; nothing is added here.

Input: the parsed `Doc`, the article and the `ActorIndex` of the actor stage (after
`add_unnamed_holders`, which makes "the UN Secretary-General" a holder when "UN" is a body's
mention). Output: the index with one holder per office (found again or added, with the title as
its role) and a mention for every "the <title>" of it, the words being the evidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.entity_roles import acts
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.gazetteer import slug
from kg.model import Actor, Article, Role, Span

# Offices with one holder per body, written as a title ("the Secretary-General"): a bare
# "the President" or "the Minister" is someone the story names, these seldom are.
_TITLE = re.compile(r"\b[Tt]he (?P<title>Secretary[- ]General|Director[- ]General)\b")


def _key(title: str) -> str:
    return title.lower().replace("-", " ")


def add_title_holders(doc: Doc, article: Article, index: ActorIndex) -> None:
    """Each office of `_TITLE` the story names without a holder's name (module docstring)."""
    text = article.text
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _TITLE.finditer(text):
        start, end = m.span("title")
        if in_noise(article, start, end) or _named_after(doc, end):
            continue
        found.setdefault(_key(m.group("title")), []).append((start, end))
    for key, spans in found.items():
        if _held_by_name(index, key):
            continue  # ("Secretary-General Jane Roe ... the Secretary-General said")
        holder = _title_holder(index, key)
        free = [(s, e) for s, e in spans if not _taken(index, s, e)]
        if holder is None:
            if not any(_acts(doc, s, e) for s, e in free):
                continue  # an office in passing ("the envoy of the Secretary-General")
            s, e = free[0]
            holder = index.new(text[s:e], "Person", f"person/{slug(text[s:e])}-{article.key[:8]}")
            if holder is None:
                continue
            holder.roles.append(Role(title=text[s:e], span=Span.of(text, s, e)))
        index.mentions += [Mention(s, e, holder.id) for s, e in free]


def _named_after(doc: Doc, end: int) -> bool:
    """Whether a name follows the title ("Secretary-General Jane Roe", "the Secretary-General,
    Jane Roe,"): the holder is named, and the title is theirs."""
    after = doc.char_span(end, len(doc.text), alignment_mode="expand")
    if after is None or len(after) == 0:
        return False
    nxt = after[0]
    if nxt.pos_ == "PROPN" and nxt.is_title and not nxt.is_sent_start:
        return True
    return nxt.text == "," and len(after) > 1 and after[1].ent_type_ == "PERSON"


def _held_by_name(index: ActorIndex, key: str) -> bool:
    """A person of the story named with a name holds the office (their role is the title)."""
    return any(
        a.type == "Person"
        and not _key(a.name).endswith(key)
        and any(_key(r.title).endswith(key) for r in a.roles)
        for a in index.actors
    )


def _title_holder(index: ActorIndex, key: str) -> Actor | None:
    """The one person the story names by this office already ("UN Secretary-General")."""
    holders = [a for a in index.actors if a.type == "Person" and _key(a.name).endswith(key)]
    return holders[0] if len(holders) == 1 else None


def _taken(index: ActorIndex, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in index.mentions)


def _acts(doc: Doc, start: int, end: int) -> bool:
    """The holder speaks or acts here: the subject of a clause or the agent after "by"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and acts(span) and span.root.dep_ != "poss"

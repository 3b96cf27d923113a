"""Acronyms tied to what they stand for, over the actors every pass of the actor stage made.

The candidate stage ties an acronym to a body among the model's names ("Rapid Support Forces
(RSF)": `actor_candidates.join_acronyms`; "the TO" beside "the Trade Office":
`actor_junk.join_initials`). Bodies the later passes add (an office named by its holder's
title, a state's department in lower case, a mission with its place) come after that, so their
acronyms stayed actors of their own: one body counted twice, and a statement of the acronym's
credited to another actor than the name's. And an acronym the text spells out for a thing ("a
memorandum of understanding (MOU)") names no actor at all.

Input: the article's text and the `ActorIndex` after the body passes. Output: the index with
each acronym's actor folded into the body it stands for (its mentions then the body's, so the
acronym becomes an alias) and the actors of acronyms of things dropped.
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.actor_junk import acronym_initials
from kg.extract.alias_forms import merge_actors
from kg.extract.index import ActorIndex, Mention
from kg.extract.roles import BODY_WORDS
from kg.nlp import doc_text, entities

log = logging.getLogger(__name__)

# An acronym in brackets: capitals, perhaps a small letter or two inside ("MoFA"), up to 8.
_BRACKET = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
# What may stand between a body's name and the bracket that spells its acronym: nothing, or
# the place or field the name goes on with ("the Support Mission in Eastland (ESM)", "the
# Relief Office for this region (RORE)"), written without a comma.
_COMPLEMENT = re.compile(
    r"\s*|\s+(?:in|to|for|on)\s+(?:(?:the|that|this)\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,2}\s*"
)
# Lower-case words before a bracket: the thing an acronym may spell ("memorandum of
# understanding (MOU)").
# (Tried only where a lower-case word begins: a match inside a word is one from its first
# letter, which `finditer` tries before; `re` would otherwise try every letter of the text.)
_LOWER_WORDS = re.compile(r"(?<![a-z])((?:[a-z][a-z-]*\s+){1,6})\(([A-Z]{2,6})\)")
# Heads of lower-case words that still name a body ("the prime minister's office (PMO)").
_BODY_HEADS = BODY_WORDS | {"department", "directorate", "bureau", "administration", "services"}


def tie_acronyms(text: str, index: ActorIndex) -> None:
    """Fold each acronym's actor into its body's, and drop the actors of things' acronyms."""
    if "(" in text:
        _defined(text, index)
    _spelled(index)
    if "(" in text:
        _things(text, index)


def _acronym_actor(text: str, index: ActorIndex, short: str) -> str | None:
    """The actor named by the acronym alone (each of its names is these letters), known to no
    gazetteer: a body the gazetteer knows by its acronym is whole already."""
    names: dict[str, set[str]] = {}
    for m in index.mentions:
        names.setdefault(m.actor, set()).add(text[m.start : m.end])
    for actor_id, texts in names.items():
        actor = index.by_id(actor_id)
        if actor.wikidata or actor.type not in ("Organization", "Person"):
            continue
        if {t.removeprefix("the ") for t in texts} == {short}:
            return actor_id
    return None


def _defined(text: str, index: ActorIndex) -> None:
    """ "the Stabilization Mission in Eastland (MISE)": the bracket after a body's name (and
    the place it goes on with) spells the acronym of that body, whatever language its letters
    come from."""
    for m in _BRACKET.finditer(text):
        short = m.group(1)
        if sum(ch.isupper() for ch in short) < 2:
            continue
        body = _body_before(text, index, m.start())
        short_id = _acronym_actor(text, index, short)
        if body is not None and short_id is not None and short_id != body:
            log.debug("acronym %s stands for %s", short, index.by_id(body).name)
            merge_actors(index, index.by_id(short_id), index.by_id(body))
        elif body is not None and short_id is None and index.by_id(body).type == "Organization":
            _name_by_acronym(text, index, short, body)


def _name_by_acronym(text: str, index: ActorIndex, short: str, body: str) -> None:
    """The acronym the text defines for a body names that body wherever it stands alone
    ("the Intergovernmental Authority on Development (IGAD) regional bloc ... IGAD first
    proposed the meeting"), though the model tagged it nowhere: each such word is a mention
    of the body (and so one of its aliases), unless another name covers it."""
    taken = [(m.start, m.end) for m in index.mentions]
    for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
        s, e = m.span()
        if text[s - 1 : s] == "(" or any(a < e and s < b for a, b in taken):
            continue  # (the bracket itself is the name's definition, not a mention)
        index.mentions.append(Mention(s, e, body))


def _body_before(text: str, index: ActorIndex, bracket: int) -> str | None:
    """The body whose named mention ends right before `bracket`, or before a complement."""
    best = None
    for m in index.mentions:
        if m.nested or m.kind != "name" or m.end > bracket or bracket - m.end > 40:
            continue
        if index.by_id(m.actor).type != "Organization":
            continue
        if _COMPLEMENT.fullmatch(text, m.end, bracket) and (best is None or m.end > best.end):
            best = m
    return best.actor if best is not None else None


def _spelled(index: ActorIndex) -> None:
    """ "the PMO" beside "the Prime Minister's Office", "the MFA of Eastland" beside "the
    Ministry of Foreign Affairs of Eastland": an acronym (with the same "of ..." after it)
    that spells the initials of one body of the story is that body (of two such, neither)."""
    for actor in list(index.actors):
        if actor.wikidata or actor.type != "Organization" or actor not in index.actors:
            continue
        short, _, owner = actor.name.partition(" of ")
        capitals = "".join(ch for ch in short if ch.isupper())
        if " " in short or len(capitals) < 2 or len(capitals) < len(short) - 1:
            continue
        tail = f" of {owner}" if owner else ""
        bodies = [
            a.id
            for a in index.actors
            if a.id != actor.id
            and a.type == "Organization"
            and a.name.endswith(tail)
            and " " in a.name.removesuffix(tail)
            and capitals in acronym_initials(a.name.removesuffix(tail))
        ]
        if len(bodies) == 1:
            log.debug("acronym %s spells %s", actor.name, index.by_id(bodies[0]).name)
            merge_actors(index, actor, index.by_id(bodies[0]))


def _things(text: str, index: ActorIndex) -> None:
    """ "signed a memorandum of understanding (MOU)": lower-case words whose initials spell
    the acronym and whose head is no body's word name a thing, and "the Eastland Border
    Talks (EBT)" talks; the acronym's actor is none."""
    drop = set()
    for m in _LOWER_WORDS.finditer(text):
        words, short = m.group(1).split(), m.group(2)
        if words[-1] in _BODY_HEADS:
            continue
        # (With its small words or without: "memorandum of understanding", "letter of
        # intent" (LOI), "letter of common purpose" (LCP).)
        spelled = any(
            short in (_spell(words[k:]), _spell([w for w in words[k:] if w not in _SMALL]))
            for k in range(len(words))
        )
        actor_id = _acronym_actor(text, index, short) if spelled else None
        if actor_id is not None and actor_id not in index.acting:
            log.debug("acronym of a thing: %s", short)
            drop.add(actor_id)
    for m in _BRACKET.finditer(text):
        short = m.group(1)
        words = text[max(0, m.start() - 80) : m.start()].split()
        if not words or words[-1].lower() not in _FORUM_HEADS:
            continue
        spelled = any(
            _spell([w for w in words[k:] if w.lower() not in _SMALL]) == short
            for k in range(len(words))
        )
        actor_id = _acronym_actor(text, index, short) if spelled else None
        if actor_id is not None and actor_id not in index.acting:
            log.debug("acronym of talks: %s", short)
            drop.add(actor_id)
    if drop:
        index.drop(drop)


# Heads of the names of talks and forums ("the Northport Border Discussions (NBD)"): the
# guidelines make a forum named only as the talks' name no actor; its acronym is none either.
_FORUM_HEADS = {"discussions", "talks", "dialogue", "negotiations", "process", "format"}
_SMALL = {"of", "the", "and", "for", "on", "in", "to"}


def _spell(words: list[str]) -> str:
    return "".join(w[0] for w in words).upper()


# A body's or a state's letters: capitals, digits after the first letter ("DPRK", "M23"). The
# one pattern of them, which `body_delegations` reads too.
LETTERS = r"[A-Z][A-Z0-9]{1,6}"
# The letters as a word of their own, perhaps with a hyphened suffix ("SPLM-IO"); tried on the
# text (cheap) before any token is read.
_LETTERS = re.compile(rf"(?<![\w-]){LETTERS}(?:-[A-Z]{{1,4}})?(?![\w-])")


# A word in lower case that is not an article: a line that has none before the letters is a
# dateline or a sentence's first words, where capitals are an agency's or a title's.
_LOWER_WORD = re.compile(r"\b(?!the\b)[a-z]{2,}\b")
# A number after the letters: a document's or a thing's number ("ABC 2510"), no body's.
_NUMBERED = re.compile(r"\s+\d")


def untagged_acronyms(doc: Doc, title_end: int) -> list[SpacySpan]:
    """Letters no entity of the model took that act as a body acts: the subject of a verb
    ("after the ABC withdrew"), the agent of a passive ("run by ABC"), or joined to a body the
    model tagged ("the XYZ and ABC groups"). The small model tags a body's letters it has not
    seen rarely; the guidelines count a body named by its acronym alone like any other. Not
    in the title line (capitals there are the headline's), nor in brackets (the letters of a
    name said before them, read with that name)."""
    text = doc_text(doc)
    found = [m for m in _LETTERS.finditer(text) if m.start() >= title_end]
    if not found:
        return []
    tagged = [(e.start_char, e.end_char) for e in entities(doc)]
    out: list[SpacySpan] = []
    for m in found:
        s, e = m.span()
        if sum(ch.isalpha() for ch in m.group(0)) < 3 or text[s - 1 : s] == "(":
            continue  # ("PM", "HH": a title's letters)
        line = text[text.rfind("\n", 0, s) + 1 : s]
        if not _LOWER_WORD.search(line) or _NUMBERED.match(text, e):
            continue  # ("NORTHPORT, May 2 (XNA)", "The XYZ said", "Resolution ABC 2510")
        if any(a < e and s < b for a, b in tagged):
            continue
        span = doc.char_span(s, e)
        if span is None or _shouting(span) or not _acts_as_body(span.root):
            continue
        if not (_joined_to_body(span.root) or _said_as_body(text, m.group(0))):
            continue  # ("after GDP fell", "AIDS killed", "the CEO quit": a thing's letters)
        out.append(SpacySpan(doc, span.start, span.end, label="ORG"))
    return out


# Plural or collective nouns a body's letters go before as its members or its team ("the XYZ
# rebels", "ABC's fighters", "the XYZ delegation"): a thing's letters (GDP, AIDS) never do.
_MEMBER_NOUNS = (
    "rebels|fighters|militants|militia|militiamen|forces|troops|delegation|delegates|"
    "negotiators|leaders|leadership|members|spokesman|spokeswoman|spokesperson|officials|"
    "commanders|envoys?|movement|party|faction"
)


def _said_as_body(text: str, letters: str) -> bool:
    """Whether the text gives the letters a second body clue: spelled out before them in
    brackets ("... (ABC)"), said before a member noun, possessive or not ("the ABC rebels",
    "ABC's fighters"), or a faction's suffix after a hyphen ("ABC-IO": a body split in two).
    Letters that act once with no such clue are as often a thing's (GDP, AIDS) or a title's
    (CEO) as a body's."""
    if "-" in letters or f"({letters})" in text:
        return True
    member = rf"(?<![\w-]){re.escape(letters)}(?:['’]s)? (?:{_MEMBER_NOUNS})\b"
    return re.search(member, text) is not None


def _joined_to_body(tok: Token) -> bool:
    """Whether the letters are a conjunct of a body the model tagged ("the XYZ and ABC
    groups"): the tagged body is the second clue."""
    return tok.dep_ == "conj" and tok.head.ent_type_ == "ORG"


def _shouting(span: SpacySpan) -> bool:
    """Whether a word in capitals beside the letters is capitalised too (a dateline, a
    headline written in capitals): no body's letters alone."""
    doc = span.doc
    near = [doc[k] for k in (span.start - 1, span.end) if 0 <= k < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in near)


def _acts_as_body(tok: Token) -> bool:
    """Whether the letters at `tok` stand where a body acts (see `untagged_acronyms`)."""
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
        return True
    return _joined_to_body(tok)

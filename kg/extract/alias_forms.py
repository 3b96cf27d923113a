"""The forms an article uses for an actor besides its name, recorded as the actor's aliases.

The annotation guidelines make an alias of every other form the text uses for an actor: a
title written before the name ("Secretary-General Antonio Guterres", "White House spokesman
Josh Earnest") and a definite description that stands for it ("the Russian minister", "the
North Korean leader", "members of the Security Council"). The actor stage records the
names; this records the rest, once the discourse stage has resolved the descriptions:
- a name with the title or description the text writes right before it, in the same noun
  phrase ("Republican nominee Donald Trump");
- a definite description resolved to one actor ("the GOP nominee"), unless the article also
  resolves the same words to another actor: an alias names one actor.
Not recorded: pronouns; indefinite descriptions ("a State Department spokesman" is no form
of the ministry but an unnamed member of it); texts ("the statement"); "the Russian side",
which stands for the state or for its delegation as the story goes; and a description that
ends in another actor's name ("the President of Ukraine"), whose last word would read as
that actor's name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from kg.extract.index import ActorIndex

# Discourse reference kinds (`Mention.kind`) whose words name the actor they stand for.
FORM_KINDS = ("role", "description", "body", "member")
_DEFINITE = ("the",)
_POSTMODIFIED = re.compile(r"\s(?:of|for|at|in|from|with)\s", re.IGNORECASE)
# A party letter with its state after a name: " (R-S.C.)", " (D)", ", R-Ky.".
_PARTY = re.compile(r" \([DRI](?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\)|, [DRI]-[A-Z][A-Za-z.]+")
_QUANTIFIERS = {"many", "some", "several", "few", "most", "other", "fellow", "all", "both", "no"}
_FUNCTION_WORDS = {"the", "of", "a", "an"}
# Words before a name that date or qualify a title without being one ("former", "then").
_PREFIX_DEPS = ("compound", "amod", "nmod", "det", "punct", "nummod", "poss", "case")


def record_forms(
    doc: Doc, index: ActorIndex, positions: Mapping[str, Sequence[str]] = MappingProxyType({})
) -> None:
    """Add to each actor's aliases the titled and described forms the article uses for it.

    `positions` gives the offices the gazetteer knows for an actor: a description of a person
    is a form of them only when the titles the article writes for them, or those offices,
    hold all its words ("the Republican nominee" for one whose title is "Republican
    nominee"): a person guessed from salience alone ("the New York businessman") gets no
    alias, since an alias is a claim about who the words name.
    """
    text = doc.text
    forms: dict[str, set[str]] = defaultdict(set)  # normalized words -> actors
    written: dict[str, str] = {}
    titles: dict[str, list[str]] = defaultdict(list)
    for a in index.actors:
        titles[a.id] += [r.title.lower() for r in a.roles]
        titles[a.id] += [p.lower() for p in positions.get(a.id, ())]
    for m in index.mentions:
        if m.nested:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        start = _title_start(span)
        if start is not None:
            _note(text[start : m.end], m.actor, forms, written)
            titles[m.actor].append(text[start : m.start].lower())
        party = _PARTY.match(text, m.end)
        if party is not None:
            # "Sen. Jane Roe (D-Ore.)": the party and state written after a legislator's name
            # belong to the name as written, as a post-nominal does.
            _note(text[m.start : party.end()], m.actor, forms, written)
            if start is not None:
                _note(text[start : party.end()], m.actor, forms, written)
    types = {a.id: a.type for a in index.actors}
    for r in index.refs:
        if r.kind not in FORM_KINDS:
            continue
        words = text[r.start : r.end]
        if words.split()[0].lower() not in _DEFINITE and r.kind != "member":
            continue
        if r.kind == "member" and not re.sub(r"^the\s+", "", words.lower()).startswith("member"):
            continue  # "the head of X" resolved to X for want of a named head: not X's form
        if any(m.actor != r.actor and m.end == r.end for m in index.mentions):
            continue  # "the President of Ukraine": its last word would read as Ukraine
        if r.kind == "body" and types.get(r.actor) == "Country":
            continue  # "the government" read as the state for want of a named one: no name of it
        if types.get(r.actor) == "Person" and _POSTMODIFIED.search(words):
            continue  # "the head of the delegation": its last word names the group, not him
        if types.get(r.actor) == "Person" and [
            a for a, t in titles.items() if types.get(a) == "Person" and _fits(words, t)
        ] != [r.actor]:
            continue  # only a description that fits this one person's titles names him
        _note(words, r.actor, forms, written)
    by_id = {a.id: a for a in index.actors}
    for key, actors in forms.items():
        if len(actors) != 1:
            continue
        (actor,) = actors
        if actor in by_id and written[key] != by_id[actor].name:
            by_id[actor].aliases.add(written[key])


def _fits(description: str, titles: Sequence[str]) -> bool:
    """Whether one title holds every word of a description but its article ("the")."""
    words = [w for w in re.findall(r"[\w-]+", description.lower()) if w not in _FUNCTION_WORDS]
    return bool(words) and any(all(w in t.split() for w in words) for t in titles)


def _title_start(span: Span) -> int | None:
    """Where a title or description written before a name starts, in the name's own noun
    phrase ("White House spokesman [Josh Earnest]", "NBC's [Dante Chinni]", "the
    nonpartisan [Congressional Budget Office]"); None when only an article precedes it."""
    root = span.root
    first = span.start
    k = span.start - 1
    while k >= 0:
        tok = span.doc[k]
        if (
            tok.dep_ not in _PREFIX_DEPS
            or not _under(tok, root)
            or tok.text in (",", "(", '"')
            or tok.pos_ == "PRON"  # "his spokesman X": the words are about someone else
            or tok.lower_ in _QUANTIFIERS  # "many Democrats": some members, not the party
        ):
            break
        first = k
        k -= 1
    prefix = span.doc[first : span.start]
    if not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in prefix):
        return None
    return int(prefix[0].idx)


def _under(tok: Token, root: Token) -> bool:
    t = tok
    for _ in range(6):
        if t.i == root.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _note(words: str, actor: str, forms: dict[str, set[str]], written: dict[str, str]) -> None:
    words = re.sub(r"^\W+|[\s,;:]+$", "", " ".join(words.split()))  # ("» UN spokesman X")
    key = words.lower()
    if key.startswith("the "):
        key = key[4:]
    if not key:
        return
    forms[key].add(actor)
    written.setdefault(key, words)

"""Collective bodies the story names as a group: "the Co-Chairs of the talks", "the Special
Envoys (from A, B and C)", "the Troika".

The guidelines make a body that speaks or acts an actor, and its words its own, not those of
one of its members; but a group the story spells out as named people speaks through the first
of them, as any coordination of people does (`members_speak`). A group of office holders acting
jointly, written with capitals as the name of a body ("the Co-Chairs", "the Special Envoys"),
or a body named by the number of its members ("the Troika", "the Quartet"), is no named entity
to the model: the system gave what the group said to a member listed beside it, or to no one,
and the group was not an actor.

Input: the parsed `Doc`, the article and the `ActorIndex` of the actor stage. Output: the index
with one Organization per such group (named by its fullest form in the text, with a capitalised
"of"/"for" complement: "Co-Chairs of the Geneva Talks"), a mention at each of its forms (a
lower-case repetition of the head, "the co-chairs", as well), and its members: the named
actors of a list set beside it in parentheses or with "from", or of the coordination it is
"known as". The discourse stage then reads the group like any body named, and a "they" after
it as the group (`group_subject`).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from kg.extract.actor_lists import members_after
from kg.extract.discourse_words import SUBJECT_DEPS
from kg.extract.index import ActorIndex, Mention, record_mentions
from kg.extract.roles import JOINT_FUNCTIONS, NUMBER_BODIES
from kg.gazetteer import slug
from kg.model import Actor, Article, Statement
from kg.nlp import doc_text, lower_positions, tokens

log = logging.getLogger(__name__)

# Words a text must hold for a group to be possible: most texts hold none, and are skipped.
_CUES = tuple(sorted({f + "s" for f in JOINT_FUNCTIONS} | NUMBER_BODIES))
# Their forms as one token ("co-chairs" where the tokenizer keeps the hyphen).
_WORDS = frozenset(_CUES) | {f"co-{f}s" for f in JOINT_FUNCTIONS}
# Words that may stand between the group's head and its member list ("the Envoys (from ...)").
_LIST_OPENERS = {"(", "from", "of"}


def _head_word(tok: Token) -> str | None:
    """The group word `tok` heads, lower-case and singular ("chair" for "Co-Chairs", "troika"),
    or None when it heads none."""
    lower = tok.lower_.removeprefix("co-")
    if lower in NUMBER_BODIES:
        return lower
    if lower.endswith("s") and lower[:-1] in JOINT_FUNCTIONS:
        return lower[:-1]
    return None


def _start(toks: list[Token], head: Token, floor: int) -> int:
    """The first token of the group's name: the capitalised modifiers before the head and a
    prefix joined to it by a hyphen ("OSCE Minsk Group Co-Chairs", "the Special Envoys")."""
    i = head.i
    while i - 1 >= floor:
        prev = toks[i - 1]
        hyphen = prev.text == "-" and not prev.whitespace_
        joined = i - 2 >= floor and toks[i - 2].text[:1].isalpha() and not toks[i - 2].whitespace_
        if hyphen and joined:
            i -= 2
            continue
        if (
            prev.text[:1].isupper()
            and prev.dep_ in ("compound", "amod", "nmod")
            and prev.head.i > prev.i
        ):
            i -= 1
            continue
        break
    return i


def _complement_end(toks: list[Token], head: Token, limit: int) -> int:
    """The end (token index) of a capitalised complement after "of"/"for" ("of the Geneva
    International Discussions", "for Libya"); the head's own end when there is none."""
    end = head.i + 1
    if end + 1 >= limit or toks[end].lower_ not in ("of", "for"):
        return end
    j = end + 1
    if toks[j].lower_ == "the":
        j += 1
    if j >= limit or not toks[j].text[:1].isupper():
        return end
    while j < limit and (toks[j].text[:1].isupper() or toks[j].lower_ in ("of", "and", "the", "-")):
        j += 1
    while toks[j - 1].lower_ in ("of", "and", "the", "-"):
        j -= 1  # (a name does not end in a function word)
    return j


def _forms(doc: Doc, title_end: int) -> dict[str, list[tuple[int, int, bool]]]:
    """Group word -> its forms in the text: (first token, end token, capitalised). A headline
    capitalises every word, so its forms are not read as capitalised."""
    toks = tokens(doc)
    out: dict[str, list[tuple[int, int, bool]]] = {}
    for i in lower_positions(doc, _WORDS):  # (the group words only, not every token)
        tok = toks[i]
        word = _head_word(tok)
        if word is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        sent = tok.sent
        capital = tok.text[:1].isupper() and tok.idx >= title_end
        start = _start(toks, tok, sent.start)
        if capital and start == sent.start and word not in NUMBER_BODIES:
            # ("Envoys said": a plural opening a sentence is capitalised as any word is.)
            capital = False
        out.setdefault(word, []).append((start, _complement_end(toks, tok, sent.end), capital))
    return out


def _members(doc: Doc, index: ActorIndex, head: Token, end_char: int) -> list[str]:
    """The named actors listed beside the group: in parentheses or after "from" right after it
    ("the Envoys (from A, B and C)"), or the coordination it is "known as" ("A, B and C, known as
    the Troika")."""
    text = doc_text(doc)
    after = text[end_char : end_char + 8].lstrip()
    out: list[str] = []
    if after[:1] == "(" or after[:5].lower() == "from ":
        if after[:1] == "(":
            out = []
            for m in members_after(text, end_char, index):
                if m.actor not in out:
                    out.append(m.actor)
        else:
            stop = text.find(".", end_char)
            out = index.within(end_char, stop if stop >= 0 else len(text))
        # ("the Co-Chairs (A of Eastland, B of Westland)": the people, not whose they are.)
        people = [a for a in out if index.by_id(a).type == "Person"]
        out = people or out
    elif (right := head.right_edge.idx + len(head.right_edge)) > end_char:
        # ("The Co-Chairs - A, B and C - said", "the Co-Chairs of the talks, A, B and C,
        # said": the people set beside it in its own phrase.)
        out = [a for a in index.within(end_char, right) if index.by_id(a).type == "Person"]
    if (
        not out
        and head.dep_ == "pobj"
        and head.head.lower_ == "as"
        and head.head.head.lower_ == "known"
    ):
        named = head.head.head.head  # ("A, B and C, known as the Troika": A)
        for t in [named, *named.conjuncts]:
            if (actor := index.at(t.idx, t.idx + len(t))) is not None and actor not in out:
                out.append(actor)
    return out


def add_groups(doc: Doc, article: Article, index: ActorIndex) -> set[str]:
    """Add the story's named groups to `index` (see the module); return their ids."""
    text = doc_text(doc)
    lower = text.lower()
    if not any(cue in lower for cue in _CUES):
        return set()
    toks = tokens(doc)
    made: set[str] = set()
    for word, forms in _groups(index, toks, _forms(doc, len(article.title))):
        spans = [
            (toks[s].idx, toks[e - 1].idx + len(toks[e - 1]), capital) for s, e, capital in forms
        ]
        # The fullest form names the group, a capitalised one before a lower-case one.
        s0, e0, _c = max(spans, key=lambda f: (f[2], f[1] - f[0]))
        name = text[s0:e0]
        # (The actor stage may have named it already: "the Troika" is tagged now and then.)
        free = [not _same_span(index, s, e) for s, e, _c in spans]
        actor = _named_group(index, spans, word)
        if actor is None and any(free):
            # (No one body across stories: "the Co-Chairs" of one story are not another's.)
            key = f"organization/{slug(name)}-{article.key[:8]}"
            actor = index.new(name, "Organization", key)
        if actor is None:
            continue
        made.add(actor.id)
        for (s, e, _capital), (ts, te, _c2), add in zip(spans, forms, free, strict=True):
            if add:
                index.mentions.append(Mention(s, e, actor.id))
            head = toks[te - 1] if _head_word(toks[te - 1]) else _group_head(toks, ts, te)
            for member in _members(doc, index, head, e):
                if member not in actor.members and member != actor.id:
                    actor.members.append(member)
            if head.dep_ in SUBJECT_DEPS:
                index.acting.add(actor.id)
        if actor.members:
            index.acting.add(actor.id)  # (introduced as a party, whatever the parse)
        record_mentions(actor, index, text)
        log.debug("group %s (members %s)", name, actor.members)
    if made:
        index.mentions.sort(key=lambda m: (m.start, -m.end))
    return made


def _named_group(index: ActorIndex, spans: list[tuple[int, int, bool]], word: str) -> Actor | None:
    """The actor the actor stage made of one of the group's forms, if its name holds the group
    word."""
    for s, e, _c in spans:
        for m in index.mentions:
            if m.start == s and e == m.end and not m.nested:
                actor = index.by_id(m.actor)
                if word in actor.name.lower():
                    return actor
    return None


def _groups(
    index: ActorIndex, toks: list[Token], forms: dict[str, list[tuple[int, int, bool]]]
) -> list[tuple[str, list[tuple[int, int, bool]]]]:
    """The story's groups: (group word, forms). A capitalised form with words of its own
    beside the head ("the Special Envoys for Eastland", "the Arab League Envoys") names its
    group by those words; one whose words all stand in a fuller one's is that group ("the
    Lake Forum Co-Chairs" of "the Northern Lake Forum Co-Chairs"). A bare head ("the Envoys",
    "the envoys") joins the only group with that head, or makes the group when no form
    qualifies it ("the Troika"), and is no one's when two groups share it. A group of a state's
    people ("the Eastland Envoys", "the Envoys of Eastland") is the state's (`_states_own`):
    no group."""
    out: list[tuple[str, list[tuple[int, int, bool]]]] = []
    for word, all_forms in forms.items():
        named: dict[tuple[str, ...], list[tuple[int, int, bool]]] = {}
        bare: list[tuple[int, int, bool]] = []
        for form in sorted(all_forms, key=lambda f: f[0] - f[1]):  # (fullest first)
            s, e, capital = form
            if not capital or e - s == 1:
                bare.append(form)
                continue
            words = tuple(t.lower_ for t in toks[s:e] if t.text[:1].isupper())
            key = next((k for k in named if set(words) <= set(k)), words)
            named.setdefault(key, []).append(form)
        groups = list(named.values())
        if len(groups) == 1:
            groups[0] += bare
        elif not groups:
            groups = [bare]
        for group in groups:
            if not any(capital for _s, _e, capital in group):
                continue  # (a lower-case "the mediators" is no body's name)
            if any(_states_own(index, toks, s, e) for s, e, _c in group):
                continue  # ("the US and Saudi Facilitators": the states' people, read as theirs)
            out.append((word, sorted(group)))
    return out


def _states_own(index: ActorIndex, toks: list[Token], start: int, end: int) -> bool:
    """Whether a state names the group's members before its head ("the Eastland and Westland
    Envoys") or in an "of" complement ("the Envoys of Eastland"): they are each state's
    people, whom the discourse stage reads as the state's. A "for" complement names what
    they work for ("the Special Envoys for Eastland"): a body of their own."""
    head = _group_head(toks, start, end)
    lo, hi = toks[start].idx, head.idx
    if head.i + 1 < end and toks[head.i + 1].lower_ == "of":
        hi = toks[end - 1].idx + len(toks[end - 1])
    return any(
        lo <= m.start < hi and index.by_id(m.actor).type == "Country" for m in index.mentions
    )


def _same_span(index: ActorIndex, start: int, end: int) -> bool:
    """Whether a name of the actor stage covers the whole of `[start, end)`."""
    return any(m.start <= start and end <= m.end and not m.nested for m in index.mentions)


def _group_head(toks: list[Token], start: int, end: int) -> Token:
    """The group word within a form (the form may end in its "of" complement)."""
    return next((t for t in toks[start:end] if _head_word(t)), toks[end - 1])


def members_speak(statements: list[Statement], index: ActorIndex) -> None:
    """A group the story spells out as named people ("the Co-Chairs, A, B and C, said")
    speaks through the first of them, as any coordination of people does in this system's
    reading ("X and Y agreed": X); a group of states or bodies speaks as itself."""
    first: dict[str, str] = {}
    for a in index.actors:
        people = [m for m in a.members if index.by_id(m).type == "Person"]
        if len(people) >= 2 and len(people) == len(a.members):
            first[a.id] = people[0]
    if not first:
        return
    for st in statements:
        if st.speaker in first:
            st.speaker = first[st.speaker]

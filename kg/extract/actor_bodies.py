"""Bodies named in full by their name's shape: capitalised words headed by a word that says
what kind of body it is ("the Ruritanian National Army", "the Harbour Protection Unit", "the
Northland Permanent Council"), where the model tagged no entity or only a piece of the name
(the state's adjective, "Permanent Council").

Input: a parsed `Doc`, the article and the actor stage's candidates. Output: the candidates
with these names (`with_titled_bodies`); whether a body acts in the story is checked later.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.actor_candidates import Cand
from kg.extract.index import crosses
from kg.extract.name_compounds import HYPHENS
from kg.extract.timex import WEEKDAYS
from kg.gazetteer import Gazetteer
from kg.model import Article
from kg.nlp import entities, with_pos_lower

# Words that head a body's name. Not "Conference", "Summit", "Forum" or "Talks": their names
# are occasions more often than bodies; not "Office" or "House": often buildings.
HEADS = {
    "army",
    "forces",
    "force",
    "council",
    "front",
    "commission",
    "committee",
    "party",
    "ministry",
    "agency",
    "directorate",
    "unit",
    "group",
    "mission",
    "corporation",
    "movement",
    "alliance",
    "coalition",
    "congress",
    "department",
    "navy",
    "guard",
    "militia",
    "brigade",
    "brigades",
    "organisation",
    "organization",
    "authority",
}
# Words that end a name before its head but name no body of their own with it: "the
# Saturday Council" is not a name, nor "Monday's Party".
_NOT_NAME = {
    *WEEKDAYS,
    "the",
    "a",
    "an",
    "this",
    "that",
    "its",
    "their",
    "his",
    "her",
    "our",
}
_LONGEST = 8  # tokens of a name before its head (a hyphen is one)


def with_titled_bodies(
    doc: Doc, article: Article, cands: list[Cand], blocked: list[tuple[int, int]], gz: Gazetteer
) -> tuple[list[Cand], list[tuple[int, int]]]:
    """`cands` with the bodies named in full (`titled_bodies`) that cross no other candidate
    and no span in `blocked` (datelines, outlets), and the ranges of those names. The model's
    pieces of such a name ("Permanent Council") give way to the whole; a known name or a
    state's adjective inside it ("OSCE", "Chilean") stays, named inside another name (the
    discourse reads the body as that state's)."""
    out = list(cands)
    whole: list[tuple[int, int]] = []
    for span in titled_bodies(doc, len(article.title)):
        s, e = span.start_char, span.end_char
        inside = [c for c in out if s <= c.start and c.end <= e]
        taken = [(c.start, c.end) for c in out if c not in inside] + blocked
        if crosses(article, s, e, taken):
            continue
        if any((c.start, c.end) == (s, e) or gz.generic_kind(c.text) for c in inside):
            # (A state's "Foreign Ministry" is read as that state's institution elsewhere.)
            continue
        out = [c for c in out if c not in inside or c.entry]
        whole.append((s, e))
        entry = gz.lookup(span.text)
        out.append(Cand(s, e, span.text, "ORG", entry, entry.id if entry else ""))
    return out, whole


def titled_bodies(doc: Doc, title_end: int) -> list[SpacySpan]:
    """Capitalised words ending in a body's head word ("Harbour Protection Unit"), at least
    two words, where the model took no entity that covers the whole: the name as an ORG span.
    A name in the story's title is skipped (a title capitalises every word), and so is a head
    followed by another capitalised word ("Council Resolution 77": the name goes on)."""
    out: list[SpacySpan] = []
    for tok in with_pos_lower(doc, "PROPN", HEADS) + with_pos_lower(doc, "NOUN", HEADS):
        if tok.lower_ not in HEADS or not tok.is_title or tok.idx < title_end:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and not nxt.is_sent_start and nxt.is_alpha:
            continue
        if nxt is not None and nxt.text in HYPHENS and not (tok.whitespace_ or nxt.whitespace_):
            continue  # ("Army-Unity Council": the name goes on after the hyphen)
        if _of_phrase_after(doc, tok.i):
            continue  # ("Department of Justice": the name goes on, not read here)
        start = tok.i
        while start > 0 and tok.i - start < _LONGEST and _name_word(doc[start - 1], tok):
            start -= 1
        while start < tok.i and doc[start].text in HYPHENS:
            start += 1
        if start == tok.i or _glued_before(doc, start):
            continue
        span = SpacySpan(doc, start, tok.i + 1, label="ORG")
        if span.start_char < title_end or _covered(span) or _joins_states(span):
            continue
        out.append(span)
    return out


def _of_phrase_after(doc: Doc, i: int) -> bool:
    """Whether "of" or "for" and a capitalised word follow the head at `i`."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("of", "for"):
        return False
    word = doc[i + 2] if doc[i + 2].lower_ != "the" or i + 3 >= len(doc) else doc[i + 3]
    return word.text[:1].isupper() and not any(t.is_sent_start for t in doc[i + 1 : word.i + 1])


def _name_word(word: Token, head: Token) -> bool:
    """Whether `word` (before `head`) is a capitalised word of the name `head` ends, in the
    same sentence."""
    same_sentence = not any(t.is_sent_start for t in word.doc[word.i + 1 : head.i + 1])
    if not same_sentence or word.lower_ in _NOT_NAME or word.like_num:
        return False
    if word.text in HYPHENS:
        # A hyphen inside a name ("Army-Unity Council", "Ka-Lo"): glued to capitalised words
        # on both sides.
        before = word.doc[word.i - 1] if word.i > 0 else None
        return (
            before is not None
            and not before.whitespace_
            and not word.whitespace_
            and before.text[:1].isupper()
        )
    if word.is_sent_start and word.pos_ != "PROPN":
        return False  # ("Rebel Forces said"): a sentence's first word is capitalised anyway
    text = word.text
    if not text[:1].isupper():
        return False  # ("-Westland-OSCE" of "Eastland-Westland-OSCE", glued to what comes before)
    if "-" in text:  # ("Afro-Asian", "Ka-Lo")
        return all(p[:1].isupper() for p in text.split("-") if p)
    return word.is_alpha or text.isupper()


def _glued_before(doc: Doc, start: int) -> bool:
    """Whether the name's first word is glued by a hyphen to the word before it ("Eastland-
    Westland-OSCE Contact Group"): a compound naming its parties, not read here."""
    if start == 0 or doc[start - 1].whitespace_:
        return False
    before = doc[start - 1].text
    return before.endswith(HYPHENS) or before.startswith(HYPHENS)


def _joins_states(span: SpacySpan) -> bool:
    """Whether the name holds two states' names ("the Eastland-Westland Joint Commission"):
    the two states' forum, whose parties are the states, not a body of its own."""
    return (
        sum(
            1
            for e in entities(span.doc)
            if e.label_ == "GPE" and span.start <= e.start and e.end <= span.end
        )
        >= 2
    )


def _covered(span: SpacySpan) -> bool:
    """Whether one entity of the model already covers the whole name."""
    return any(
        e.start_char <= span.start_char and span.end_char <= e.end_char
        for e in entities(span.doc)
        if e.label_ in ("ORG", "NORP", "GPE", "PERSON")
    )

"""Bodies described in words where they speak: "Niger's governing military council confirmed
...", "South Sudanese civil society groups pleaded ...", "the UN mission said", "according to a
statement issued by the Danish ministry", "the political office of the rebels reported".

The guidelines make a body that issues a statement the speaker, and a body described in words
an actor. No name covers such a description, so the speaker was lost, and the learned source
ranker then gave the words to the state or body named inside them ("Niger", "UN"): the
description's owner, not the body that spoke. A description with a name in it (a state's
adjective or possessive, an acronym, "of"/"in" a name) whose head is a body's word, standing
where a source stands, is a body of its own, named as the text names it (without "the"). The
other passes come first: a government described in lower case is its state (`add_governments`),
ministries by portfolio, press services and leaders' offices have their own names.

Input: the parsed `Doc`, the article and the `ActorIndex` after the other body passes. Output:
the index with the bodies added and a mention of each where it speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actor_missions import add_body
from kg.extract.delegations import state_within
from kg.extract.discourse_words import TEXT_NOUNS, after_according
from kg.extract.index import ActorIndex, in_noise
from kg.extract.statement_words import QUOTE_VERBS
from kg.gazetteer import Gazetteer
from kg.model import Article
from kg.nlp import with_pos_lower

# The words that head a body's description ("the military council", "civil society groups").
# ("government" is not among them: a government described in lower case is its state.)
SPEAKING_BODY_HEADS = {
    "council",
    "mission",
    "office",
    "ministry",
    "team",
    "junta",
    "committee",
    "commission",
    "command",
    "directorate",
    "presidency",
    "secretariat",
    "department",
    "agency",
    "groups",
}
# Words of the press: "the Omani news agency", "the government media office" report the words
# of others (an outlet is no actor of the story).
_PRESS_WORDS = {"news", "media", "newspaper", "wire"}
# Entity labels that name something a body can belong to.
_NAME_LABELS = ("NORP", "GPE", "ORG")


def add_speaking_bodies(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """Each body described in words where it speaks, that no name covers (module docstring)."""
    found: dict[str, str] = {}
    # (A body's word in capitals, "the Secretariat of X", is the model's proper noun.)
    heads = sorted(
        [
            *with_pos_lower(doc, "NOUN", SPEAKING_BODY_HEADS),
            *with_pos_lower(doc, "PROPN", SPEAKING_BODY_HEADS),
        ],
        key=lambda t: t.i,
    )
    for tok in heads:
        if tok.lower_ not in SPEAKING_BODY_HEADS or not _speaks(tok):
            continue
        if index.overlaps(tok.idx, tok.idx + len(tok)):
            continue  # (a name or an earlier pass covers the body's word)
        span = _described(tok)
        if span is None or (tok.pos_ == "PROPN" and span[1] == tok.i):
            continue  # (in capitals, only with the name it belongs to after it: "of X")
        first, last = span
        if any(t.lower_ in _PRESS_WORDS for t in doc[first : last + 1]):
            continue
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        if in_noise(article, start, end):
            continue
        name = article.text[start:end]
        state = state_within(doc, first, last, gz)
        add_body(index, found, f"speaking:{name.lower()}", name, state, start, end)


def _speaks(tok: Token) -> bool:
    """Whether the noun stands where a source does: the subject of a verb of saying, the
    source after "according to", or the issuer of a text ("a statement released by X")."""
    head = tok.head
    if tok.dep_ == "nsubj":
        return head.lower_ in QUOTE_VERBS
    if tok.dep_ != "pobj":
        return False
    if after_according(tok):
        return True
    if head.lower_ != "by":
        return False
    said = head.head
    if said.pos_ == "VERB":
        if said.lower_ in QUOTE_VERBS:
            return True  # "it was announced by X"
        said = said.head  # "a statement released by X"
    return said.lemma_.lower() in TEXT_NOUNS  # ("a statement by X")


def _described(tok: Token) -> tuple[int, int] | None:
    """The token range of the description, without its determiner, when a name is in it:
    before the noun, or after it by "of", "in" or "to" ("the political office of the Taliban",
    "the bloc's mission to Westland": a mission sent to a state is named by it)."""
    lefts = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")]
    first = min((c.left_edge.i for c in lefts), default=tok.i)
    while first < tok.i and tok.doc[first].dep_ in ("det", "predet", "case"):
        first += 1
    last = tok.i
    named = any(_name(t) for t in tok.doc[first : tok.i])
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("of", "in", "to")):
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        if obj is not None and _name(obj) and prep.i == tok.i + 1:
            named, last = True, _end_of_name(obj)
    return (first, last) if named else None


def _name(t: Token) -> bool:
    return t.ent_type_ in _NAME_LABELS or (t.pos_ == "PROPN" and t.is_title)


def _end_of_name(obj: Token) -> int:
    """The last token of the name after "of"/"in", without what hangs on it after a comma."""
    last = obj.i
    while last + 1 < len(obj.doc) and obj.doc[last + 1].ent_iob_ == "I":
        last += 1
    return last

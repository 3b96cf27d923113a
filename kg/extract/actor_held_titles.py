"""Titles a body or a state gives, taken for a person's name, whose holder the text names.

A title is no name ("High Commissioner", "the Forum Chairman", "the Eastland Minister of
Trade"): where the text names the holder right after it, in apposition or after the place
they serve in ("the Forum Chairman, Eastland's Prime Minister Jane Roe, said";
"Eastland High Commissioner in Northtown Jane Roe said"), the title is that person's and
its mentions are theirs, not another person's. A title with no holder named after it is the
one other person's of the story who holds it by a role the text gives them or by the
gazetteer's positions ("the UN Secretary-General" where the story names the holder); else it
stays as the stages before made it (an office the story names by title only).

Input: the parsed `Doc`, the actor stage's `ActorIndex` and the gazetteer. Output: the index
with such title actors folded into their holders.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract.actor_names import TITLE_QUALIFIERS, title_only_name, title_word
from kg.extract.index import ActorIndex, Mention
from kg.extract.roles import PORTFOLIOS
from kg.gazetteer import Entry, Gazetteer
from kg.model import Actor

log = logging.getLogger(__name__)

# The portfolio after a title ("Minister of Trade", "High Representative for ...").
_PORTFOLIO = re.compile(r"\s+(?:of|for)\s+\S.*$")
# A body's acronym as news writes it before a title ("the PIF Chairman", "the U.N. Envoy").
_BODY_ACRONYM = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z]{2,6}")
# Words between a title and its holder's name: where the holder serves, the title's body
# ("Envoy in Northtown", "Representative of the Forum Chair (FCR)").
_BETWEEN_PREPS = {"in", "of", "for", "at"}
_BETWEEN_PUNCT = {",", "(", ")", "/", "-", "–", "'s", "’s"}
_HOLDER_REACH = 20  # tokens: a holder named further on is named in another phrase


def held_title(surface: str, known: Callable[[str], bool]) -> bool:
    """Whether words taken for a person's name are a title: perhaps the body or state that
    gives it first (`known`: the gazetteer knows the words as a name or an adjective; or an
    acronym), then a title only (`title_only_name`), perhaps a portfolio after "of" or "for"
    ("High Commissioner", "the Forum Chairman", "Eastlandish Minister of Trade")."""
    words = [w for w in _PORTFOLIO.sub("", surface).split() if w.lower() != "the"]
    at = next((i for i, w in enumerate(words) if title_word(w)), None)
    if at is None or not title_only_name(" ".join(words[at:])):
        return False
    while at > 0 and words[at - 1].lower() in TITLE_QUALIFIERS:
        at -= 1  # ("High Commissioner": the qualifier is the title's)
    body = " ".join(words[:at])
    return not body or bool(_BODY_ACRONYM.fullmatch(body)) or known(body)


def _between(tok: Token) -> bool:
    """Whether a token may stand between a title and its holder's name: punctuation of an
    apposition, a preposition of where they serve, a name's or a title's word."""
    if tok.text in _BETWEEN_PUNCT or tok.lower_ in _BETWEEN_PREPS or tok.lower_ == "the":
        return True
    if tok.lower_ == "and":  # ("... for Trade and Fisheries Policy")
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_title
    return tok.pos_ in ("PROPN", "NOUN", "ADJ") and (tok.is_title or tok.is_upper)


def _holder_after(doc: Doc, index: ActorIndex, m: Mention, people: set[str]) -> str | None:
    """The person whose name follows the title mention `m` in its phrase, or None."""
    starts = {x.start: x.actor for x in index.mentions if x.actor in people and not x.nested}
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    sent_end = span.sent.end
    for tok in doc[span.end : min(sent_end, span.end + _HOLDER_REACH)]:
        holder = starts.get(tok.idx)
        if holder is not None and holder != m.actor:
            return holder
        if not _between(tok):
            return None
    return None


def _title_key(title: str) -> frozenset[str]:
    """The words that make a title what it is, in any order and form: its title words, their
    qualifiers and its portfolio ("Minister of Foreign Affairs" and "Foreign Minister" alike)."""
    words = {re.sub(r"['’]s?$", "", w).lower().rstrip(".,") for w in title.split()}
    return frozenset(w for w in words if title_word(w) or w in TITLE_QUALIFIERS or w in PORTFOLIOS)


def _giver(title: str, gz: Gazetteer) -> Entry | None:
    """The body or state named before a title's words ("the U.N. Envoy": the UN)."""
    words = [w for w in title.split() if w.lower() != "the"]
    at = next((i for i, w in enumerate(words) if title_word(w) or w.lower() in TITLE_QUALIFIERS), 0)
    body = " ".join(words[:at])
    return (gz.lookup(body) or gz.adjective(body)) if body else None


def _same_title_holder(index: ActorIndex, gz: Gazetteer, title: Actor) -> str | None:
    """The one other person of the story who holds the title by a role the text gives them
    or by the gazetteer's positions of theirs ("Jane Roe, Eastland's Trade Minister" for
    "the Eastlandish Minister of Trade"), of the same body or state where the
    title names one; None for none or several."""
    key = _title_key(title.name)
    giver = _giver(title.name, gz)
    found = set()
    for a in index.actors:
        if a.type != "Person" or a.id == title.id:
            continue
        entry = gz.entry_of(a.name, a.wikidata)
        held = [(r.title, index.by_id(r.of).name if r.of else None) for r in a.roles]
        held += [(p, None) for p in (entry.positions if entry else ())]
        for words, of in held:
            if _title_key(words) != key:
                continue
            givers = {x for x in (_giver(words, gz), of and gz.lookup(of)) if x is not None}
            if giver is None or giver in givers or giver.name in words:
                found.add(a.id)
    return found.pop() if len(found) == 1 else None


def fold_held_titles(doc: Doc, index: ActorIndex, gz: Gazetteer) -> None:
    """Fold each person of `index` named only by a title (`held_title`) into its holder: the
    one person the text names right after each of its mentions, else the one other person
    of the story who holds that title (`_same_title_holder`)."""

    def known(words: str) -> bool:
        return bool(gz.lookup(words) or gz.adjective(words))

    people = {a.id for a in index.actors if a.type == "Person"}
    folded = set()
    for a in index.actors:
        if a.type != "Person" or not held_title(a.name, known):
            continue
        mine = [m for m in index.mentions if m.actor == a.id and not m.nested]
        holders = {_holder_after(doc, index, m, people - {a.id}) for m in mine}
        if len(holders) != 1 or None in holders:
            holders = {_same_title_holder(index, gz, a)}
        holder = holders.pop()
        if holder is None or holder in folded:
            continue
        log.debug("a title held by the person named after it: %s", a.name)
        for m in index.mentions:
            if m.actor == a.id:
                m.actor = holder
        folded.add(a.id)
    if folded:
        index.drop(folded)

"""Delegations named by the side they speak for: "the government delegation", "the rebel
delegation", "the government negotiating delegation", "the Government peace panel".

The guidelines make delegations participants when the text speaks of delegations or sides,
and a body described in words an actor. In talks between a government and rebels the text
often names the sides' delegations by the side's word alone, with no state's adjective before
it ("the government delegation" beside "the rebel delegation"): no name covers them, and the
state-delegation pass needs an adjective, so the delegation was lost. (With an adjective,
"the Eastland government delegation" is that state's delegation, found there.)

Input: the article and the `ActorIndex` after the delegation passes. Output: the index with
one delegation per side word (named at its fullest, without its article), a mention for each
of its wordings, marked as acting where it is named.
"""

from __future__ import annotations

import re

from kg.extract.index import ActorIndex, Mention, in_noise
from kg.extract.pattern_scan import finditer, lowered
from kg.gazetteer import Gazetteer, slug
from kg.model import Article

# The side's word, what kind of delegation it sends, and the delegation's noun.
_SIDE_DELEGATION = re.compile(
    r"\b(?P<side>[Gg]overnment|[Rr]ebel|[Oo]pposition)(?:['’]s)?"
    r"(?: (?:negotiating|peace|negotiation))? (?:delegation|panel|negotiating team)\b"
)
# Sides that are bodies, not a state: the one body's delegation the story named otherwise
# ("the Eastland Liberation Front delegation") is what "the rebel delegation" means.
_ARMED_SIDES = {"rebel", "opposition"}
# Words of a body that states make up ("African Union", "United Nations", "Arab League",
# "Organization of American States"): such a body mediates or watches talks between a
# government and rebels; its delegation is never the rebels' or the opposition's.
_STATES_BODY_WORDS = {
    "union", "nations", "league", "community", "organization", "organisation", "states", "bloc",
}  # fmt: skip
# A capitalised word right before the side's word names whose side it is ("Eastland
# government delegation", "Eastland's"): the state-delegation pass reads those. (Not an
# article that opens a sentence.)
_OWNER_BEFORE = re.compile(r"\b(?!(?:The|A|An)\s)[A-Z][\w’'.-]*\s+$")


def add_side_delegations(article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """Each side's delegation named by its side word alone (module docstring). Its key holds
    the article's: a side's word names no one body across stories, so "the government
    delegation" of two articles must stay two actors."""
    text = article.text
    found: dict[str, str] = {}
    for m in finditer(_SIDE_DELEGATION, text, lowered(text)):
        start, end = m.start(), m.end()
        noun = text.rindex(" ", start, end) + 1  # ("government" alone may be the state's)
        if in_noise(article, start, end) or _named(index, noun, end):
            continue
        if _OWNER_BEFORE.search(text, max(0, start - 40), start):
            continue
        side = m.group("side").lower()
        name = m.group(0)
        if side not in found and side in _ARMED_SIDES:
            _body_delegation(index, found, side, gz)
        actor = index.by_id(found[side]) if side in found else None
        if actor is None:
            made = index.new(name, "Delegation", _key(name, article))
            if made is None:
                continue
            found[side] = made.id
            index.acting.add(made.id)
            actor = made
        elif actor.key.startswith("delegation/side-") and len(name) > len(actor.name):
            index.rename(actor, name, _key(name, article))  # the fullest form
        index.mentions.append(Mention(start, end, actor.id))


# Two sides' delegations in one phrase: "the government and rebel delegations", "the
# government and Eastland Front delegations" (a body named by its name on one side).
_SIDE = r"[Gg]overnment|[Rr]ebel|[Oo]pposition"
_NAME = r"[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}"
_PAIRED = re.compile(
    rf"\b(?P<a>{_SIDE}|{_NAME}) and (?:the )?(?P<b>{_SIDE}|{_NAME})"
    r"(?: (?:negotiating|peace|negotiation))? delegations\b"
)


def add_paired_delegations(article: Article, index: ActorIndex) -> None:
    """ "the government and rebel delegations": one delegation per side, each named "<side>
    delegation" as a lone side's would be (`add_side_delegations`), or, for a body named on
    one side ("the government and Eastland Front delegations"), "<body> delegation". States'
    adjectives ("the Eastlandish and Westlandish delegations") are the state pass's."""
    text = article.text
    if " delegations" not in text:
        return
    for m in _PAIRED.finditer(text):
        if in_noise(article, m.start(), m.end()) or not any(
            _SIDE_WORD.fullmatch(m.group(g)) for g in ("a", "b")
        ):
            continue  # (two names: a state's or a body's pass reads them)
        found = [(g, _paired_side(article, index, m, g)) for g in ("a", "b")]
        sides = [(g, side) for g, side in found if side is not None]
        if len(sides) < 2:
            continue
        for g, (name, key, country) in sides:
            known = next((a for a in index.actors if a.key == key or a.name == name), None)
            actor = known or index.new(name, "Delegation", key, country=country)
            if actor is None:
                continue
            index.mentions.append(Mention(m.start(g), m.end(), actor.id))
            index.acting.add(actor.id)


_SIDE_WORD = re.compile(_SIDE)


def _paired_side(
    article: Article, index: ActorIndex, m: re.Match[str], g: str
) -> tuple[str, str, str | None] | None:
    """The name, key and state of the delegation of side `g` of a paired phrase, or None
    where the word is neither a side's word nor the name of a body the story named."""
    word = m.group(g)
    if _SIDE_WORD.fullmatch(word):
        # (The side's delegation the side pass named: "the government negotiating delegation".)
        side = next(
            (
                a
                for a in index.actors
                if a.key.startswith("delegation/side-") and a.name.split()[0] == word.lower()
            ),
            None,
        )
        if side is not None:
            return side.name, side.key, side.country
        name = f"{word.lower()} delegation"
        return name, _key(name, article), None
    named = [
        index.by_id(mm.actor)
        for mm in index.mentions
        if mm.start < m.end(g) and m.start(g) < mm.end
    ]
    # (The body's pass may have named its delegation already: "Front delegations".)
    delegation = next((a for a in named if a.type == "Delegation"), None)
    if delegation is not None:
        return delegation.name, delegation.key, delegation.country
    body = next((a for a in named if a.type == "Organization"), None)
    if body is None:
        return None
    name = re.sub(r"^The ", "", word)
    return f"{name} delegation", f"delegation/{slug(body.name)}", body.country


def _named(index: ActorIndex, start: int, end: int) -> bool:
    """Whether another pass named a body at the delegation's noun; a person's mention that
    holds it is the title of the delegation's head ("the government delegation's chief"),
    which names the delegation all the same."""
    return any(
        m.start < end and start < m.end and index.by_id(m.actor).type != "Person"
        for m in index.mentions
    )


def _body_delegation(index: ActorIndex, found: dict[str, str], side: str, gz: Gazetteer) -> None:
    """ "the rebel delegation" where the story named one body's delegation (no state's): that
    delegation, not one more. A delegation of a body of states (`_STATES_BODY_WORDS`) is no
    side's: it is the mediator's or an observer's."""
    bodies = [
        a
        for a in index.actors
        if a.type == "Delegation"
        and a.country is None
        and a.id not in found.values()
        and not _of_states(a.name, gz)
    ]
    if len(bodies) == 1:
        found[side] = bodies[0].id


def _of_states(name: str, gz: Gazetteer) -> bool:
    """Whether the delegation `name` is that of a body states make up, by the words of the
    body's name or of its gazetteer entry's name ("ECOWAS delegation": "Economic Community of
    West African States")."""
    body = re.sub(r"\s+delegation$", "", name)
    entry = gz.lookup(body)
    words = f"{body} {entry.name if entry else ''}".lower().split()
    return any(w in _STATES_BODY_WORDS for w in words)


def _key(name: str, article: Article) -> str:
    """The key of a delegation this pass names (marked, so only those take a fuller name),
    kept within its article (`add_side_delegations`)."""
    return f"delegation/side-{slug(name)}-{article.key[:8]}"

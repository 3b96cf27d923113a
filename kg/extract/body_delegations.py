"""A body's delegation: "the Hamas delegation", "a delegation from the National Liberation
Army", "the Houthi delegation" (a group's member word). A body's delegation needs the body to
be an actor of the article already; a state's delegation is `delegations.py`'s."""

from __future__ import annotations

import re

from kg.extract.actor_acronyms import LETTERS
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.extract.pattern_scan import finditer, lowered
from kg.gazetteer import slug
from kg.model import Article

# A body's or state's name: capitalised words, or its letters (`actor_acronyms.LETTERS`).
_BODY = rf"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|{LETTERS}\b)"
BODY_DELEGATION = re.compile(
    # (A headline capitalises the word: "ECOWAS Delegation Engages Leaders".)
    rf"\b{_BODY}(?:['’]s)? [Dd]elegations?\b"
    rf"|\b[Dd]elegations? (?:of|from) (?:both )?(?:the )?{_BODY}(?:,? and (?:the )?{_BODY})?"
    rf"|\b(?:mediation|negotiating) team (?:of|from) (?:the )?{_BODY}"
)


def _body_at(index: ActorIndex, text: str, start: int, end: int) -> str | None:
    """The actor a body's name before "delegation" names: `ActorIndex.at`, or else a name the
    actor stage read as inside a longer phrase. A role ("head of the X delegation") holds the
    body's name as a modifier of its title, yet the delegation it speaks of is named all the
    same."""
    named = index.at(start, end)
    if named is not None and index.by_id(named).type == "Person":
        # ("the Houthi delegation" beside "Abdulmalik al-Houthi": the group's word.)
        return _group_of_member(index, text[start:end]) or named
    if named is not None:
        return named
    inside = [m for m in index.mentions if m.nested and start <= m.start and m.end <= end]
    if inside:
        return max(inside, key=lambda m: m.end - m.start).actor
    return _group_of_member(index, text[start:end])


def _group_of_member(index: ActorIndex, word: str) -> str | None:
    """The one body the word before "delegation" names, by its name or, for a group named in
    the plural, its member's word ("Houthi" of "the Houthis"); a person of that name (the
    tagger's reading of one mention) heads a delegation but sends none."""
    forms = {word, f"{word}s"}
    found = {
        a.id
        for a in index.actors
        if a.type == "Organization" and re.sub(r"^[Tt]he ", "", a.name) in forms
    }
    return found.pop() if len(found) == 1 else None


def add_body_delegations(article: Article, index: ActorIndex) -> None:
    text = article.text
    for m in finditer(BODY_DELEGATION, text, lowered(text)):
        if in_noise(article, m.start(), m.end()):
            continue
        # Every body first: the delegation's mention spans them all and would hide the next.
        bodies = [
            (k, _body_at(index, text, m.start(k), m.end(k)))
            for k in range(1, (m.lastindex or 0) + 1)
            if m.group(k) is not None
        ]
        for k, body_id in bodies:
            body = index.by_id(body_id) if body_id else None
            if body is not None and body.type == "Country" and _letters_before(text, m, k):
                _state_by_letters(index, body.id, m.group(k), m.start(), m.end())
                continue
            if body is None or body.type != "Organization":
                continue  # states have theirs already; a person heads one, is none
            # The body's whole name where the pattern took only its first words ("delegation
            # from the National Liberation Army": not "National Liberation delegation").
            # (Its first words too where the pattern began inside it: "House of
            # Representatives delegation", not "Representatives delegation".)
            whole = [
                mm
                for mm in index.mentions
                if mm.actor == body_id and mm.start <= m.start(k) < mm.end
            ]
            end = max([m.end(k)] + [mm.end for mm in whole])
            start = min([m.start(k)] + [mm.start for mm in whole])
            key = f"delegation/{slug(body.name)}"
            deleg = next((a for a in index.actors if a.key == key), None)
            if deleg is None:
                deleg = index.new(
                    f"{re.sub(r'^(?:The|An|A) ', '', text[start:end])} delegation",
                    "Delegation",
                    key,
                    country=body.country,
                )
                if deleg is None:
                    continue
            index.mentions.append(Mention(m.start(), max(m.end(), end), deleg.id))


def _state_by_letters(index: ActorIndex, state: str, letters: str, start: int, end: int) -> None:
    """ "the DPRK delegation": a state named by its letters, which the state delegations'
    pattern (adjectives and names of states) does not read; the state's delegation, named as
    the text names it, unless the state has one already."""
    deleg = next((a for a in index.actors if a.type == "Delegation" and a.country == state), None)
    if deleg is None:
        deleg = index.new(
            f"{letters} delegation", "Delegation", f"delegation/{slug(letters)}", country=state
        )
    if deleg is not None:
        index.mentions.append(Mention(start, end, deleg.id))


def _letters_before(text: str, m: re.Match[str], k: int) -> bool:
    """Whether group `k` is letters in capitals right before "delegation" ("the DPRK
    delegation"), not the first letters of a longer name ("a delegation of DR Congo")."""
    return m.group(k).isupper() and bool(_DELEGATION_NEXT.match(text, m.end(k)))


_DELEGATION_NEXT = re.compile(r"(?:['’]s)? [Dd]elegations?\b")

"""The state a person acts for as the discourse model tells it, when the roles read with the
name give none: the words that stand for the person ("his Iranian counterpart", resolved by
the discourse stage) and the fuller forms of the name ("Israel's Lapid", "the Philippines'
Foreign Secretary Enrique Manalo"). A person taking part in talks or a call is one level of the
parties; the state is another (the guidelines' "every level"), when the article names it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.index import ActorIndex
from kg.model import Actor

# The references that describe a person by a post ("his Iranian counterpart", "the Kuwaiti
# emir"); pronouns and sides tell no state.
POST_REFS = {"role", "description"}
# A state named after these words is where the post is held or whom it deals with ("envoy to
# Ukraine", "ambassador in Kyiv"), not the state the person acts for.
AWAY_WORDS = {"to", "in", "for", "at", "with", "on", "from", "against"}


def told_state(actor_id: str, actors: ActorIndex, text: str) -> str | None:
    """The one state that the person's descriptions and name forms name as theirs; None when
    they name none, or more than one ("the Ethiopian and Eritrean leaders")."""
    person = actors.by_id(actor_id)
    if person.type != "Person":
        return None
    phrases = [
        text[r.start : r.end] for r in actors.refs if r.actor == actor_id and r.kind in POST_REFS
    ]
    phrases += [_before_name(alias, person) for alias in person.aliases]
    phrases += [r.title for r in person.roles]
    found: set[str] = set()
    for phrase in phrases:
        found.update(_states_in(phrase, actors))
    return found.pop() if len(found) == 1 else None


def _before_name(alias: str, person: Actor) -> str:
    """The words of a name form before the name itself ("Israel's" of "Israel's Lapid"): the
    name's own words may be a state's ("Georgia")."""
    words = person.name.split()
    for word in (words[0], words[-1]):
        at = alias.find(word)
        if at >= 0:
            return alias[:at]
    return ""


def _states_in(phrase: str, actors: ActorIndex) -> set[str]:
    """The states (actors of the article) named in `phrase` by name, alias or adjective, before
    any word that sends the post abroad."""
    words = re.findall(r"[\w.-]+", phrase)
    cut = next((i for i, w in enumerate(words) if w.lower() in AWAY_WORDS), len(words))
    head = " ".join(words[:cut])
    named = {a.id for a in actors.actors if any(_names(f, head) for f in (a.name, *a.aliases))}
    if any(actors.by_id(a).type == "Organization" for a in named):
        return set()  # "the U.N. Syria envoy": the body's envoy, on a mission to the state
    return {a for a in named if actors.by_id(a).type == "Country"}


def _names(form: str, phrase: str) -> bool:
    # (A form not in the phrase is not named by it: its pattern is not made.)
    return form in phrase and _form_pattern(form).search(phrase) is not None


@lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern[str]:
    """The form as a whole word; kept, as every post's phrase is asked about every actor."""
    return re.compile(rf"(?<![\w.-]){re.escape(form)}(?![\w-])")

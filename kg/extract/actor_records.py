"""The actor records of the actor stage: one per cluster of candidate mentions (its name, type
and key), and at the stage's end the states and bodies named only as modifiers dropped.
"""

from __future__ import annotations

from collections import Counter

from kg.extract.actor_candidates import Cand, fullest, text_name
from kg.extract.actor_names import untitled
from kg.extract.index import ActorIndex
from kg.extract.names import canonical_person
from kg.extract.roles import BODY_WORDS
from kg.gazetteer import normalize, slug
from kg.model import Actor, ActorType, Article


def make_actor(key: str, members: list[Cand], article: Article, index: ActorIndex) -> Actor | None:
    """The actor of a cluster, added to `index`; None for a cluster that names none."""
    entry = next((m.entry for m in members if m.entry), None)
    if entry:
        atype: ActorType = entry.type  # type: ignore[assignment]
        return index.new(
            text_name(entry, members),
            atype,
            entry.wikidata or f"{atype.lower()}/{slug(entry.name)}",
            org_kind=entry.org_kind,  # type: ignore[arg-type]
            wikidata=entry.wikidata,
        )
    if all(m.nested for m in members):
        return None  # only ever a modifier ("State" in "Secretary of State")
    if article.source and any(normalize(m.text) == normalize(article.source) for m in members):
        return None  # the outlet publishing the article
    votes: Counter[str] = Counter()
    for m in members:
        weight = 2 if len(m.text.split()) > 1 else 1
        votes[m.label] += weight
    atype = (
        "Person" if key.startswith("per:") or votes["PERSON"] >= votes["ORG"] else "Organization"
    )
    if votes["PERSON"] == 0 and key.startswith("org:"):
        atype = "Organization"
    name = fullest(members)
    if atype == "Person" and _body_named(name):
        atype = "Organization"
    name = untitled(name) if atype == "Person" else name
    if atype == "Person" and len(name.split()) == 1:
        # A surname alone is no evidence of who it is: keep it apart from other articles.
        akey = f"person/{slug(name)}-{article.key[:8]}"
    elif atype == "Person":
        # One key for every form of a person's name, so articles agree on who it is.
        akey = f"person/{slug(canonical_person(name))}"
    else:
        akey = f"{atype.lower()}/{slug(name)}"
    return index.new(name, atype, akey)


# Words that close a body's name, besides `BODY_WORDS` ("National Congress", "Oil Corporation").
_BODY_ENDS = BODY_WORDS | {"congress", "corporation", "movement", "services"}


def _body_named(name: str) -> bool:
    """Whether a name the model took for a person's ends on a body's word ("Eastland Liberation
    Front", "Intelligence Services"): no person's name ends so."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _BODY_ENDS


def drop_modifiers(index: ActorIndex) -> None:
    """A state or body named only inside a title ("US" in "US Secretary of State") is not
    an actor of the story; the title keeps its words."""
    named = {m.actor for m in index.mentions if not m.nested}
    needed = {a.country for a in index.actors if a.country}
    gone = {a.id for a in index.actors if a.id not in named and a.id not in needed}
    if gone:
        index.drop(gone)

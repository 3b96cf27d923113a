"""Delegations of bodies that are not states: "the Hamas delegation", "delegations from both
the SAF and the RSF". A state's delegation is found with the state (`ActorFinder`); here the
body must already be an actor of the article, and its delegation is an actor of its own."""

from __future__ import annotations

import re

from kg.extract.index import ActorIndex, Mention, in_noise
from kg.gazetteer import slug
from kg.model import Actor, Article

_BODY = r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{2,6})"
BODY_DELEGATION = re.compile(
    rf"\b{_BODY}(?:['’]s)? delegations?\b"
    rf"|\b[Dd]elegations? (?:of|from) (?:both )?(?:the )?{_BODY}(?:,? and (?:the )?{_BODY})?"
)


def add_body_delegations(article: Article, index: ActorIndex) -> None:
    text = article.text
    for m in BODY_DELEGATION.finditer(text):
        if in_noise(article, m.start(), m.end()):
            continue
        # Every body first: the delegation's mention spans them all and would hide the next.
        bodies = [
            (k, index.at(m.start(k), m.end(k)))
            for k in range(1, (m.lastindex or 0) + 1)
            if m.group(k) is not None
        ]
        for k, body_id in bodies:
            body = index.by_id(body_id) if body_id else None
            if body is None or body.type != "Organization":
                continue  # states have theirs already; a person heads one, is none
            key = f"delegation/{slug(body.name)}"
            deleg = next((a for a in index.actors if a.key == key), None)
            if deleg is None:
                deleg = Actor(
                    id=f"a{len(index.actors) + 1}",
                    name=f"{text[m.start(k) : m.end(k)]} delegation",
                    type="Delegation",
                    key=key,
                    country=body.country,
                )
                index.actors.append(deleg)
            index.mentions.append(Mention(m.start(), m.end(), deleg.id))

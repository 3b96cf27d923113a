"""Delegations and governments: "the Russian delegation", "delegations of Ghana and Togo",
"the Hamas delegation", "the Norwegian Government". A state's delegation or government is an
actor of its own that belongs to the state (added as an actor where the text has not named it
yet); a body's delegation needs the body to be an actor of the article already."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.index import ActorIndex, Mention, in_noise
from kg.gazetteer import Entry, Gazetteer, slug
from kg.model import Actor, Article
from kg.nlp import doc_text

# Right after a delegation: "The delegation included ...", "delegation, headed by ...".
DELEGATION_MEMBERS_CUE = re.compile(
    r",?\s*(?:(?:which|that|who)\s+)?(?:(?:was|is|will be|has been)\s+)?"
    r"(?:headed by|led by|included|includes|include|including|consists of|consisted of|"
    r"consisting of|comprises|comprised|comprising|composed of)\b",
    re.I,
)


_ADJ = r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|U\.?S\.?)"
_GOVERNMENT = re.compile(
    r"\b(?:[Tt]he )?(?:(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?|U\.S\.|US|UK) Government"
    r"|Government of (?:the )?(?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?))\b"
)
DELEGATION_RE = re.compile(rf"\b{_ADJ}(?:'s)? delegation\b|\bdelegation of (?:the )?{_ADJ}")
_DELEGATION_ANY = re.compile(
    rf"\b(?:the )?{_ADJ}(?:['’]s)? delegations?\b"
    rf"|\b(?:[Tt]he )?[Dd]elegations? of (?:the )?{_ADJ}(?: and (?:the )?{_ADJ})?"
    r"|\b[Tt]he delegation\b"
)


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


def add_state_delegations(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """`the Russian delegation`, `delegations of Ghana and Togo`: a state's delegation is an
    actor of its own, whose state is an actor too; `the delegation` is the one named last."""
    text = article.text
    last: str | None = None
    by_country: dict[str, str] = {}
    for m in _DELEGATION_ANY.finditer(text):
        if in_noise(article, m.start(), m.end()):
            continue
        names = [g for g in m.groups() if g]
        countries = [
            e for e in (gz.adjective(n) or gz.lookup(n) for n in names) if e and e.type == "Country"
        ]
        targets: list[str] = []
        for e in countries:
            cid = country_actor(index, e)
            if e.id not in by_country:
                adj = e.adjectives[0] if e.adjectives else e.name
                name = f"{adj} delegation"
                d = Actor(
                    id=f"a{len(index.actors) + 1}",
                    name=name,
                    type="Delegation",
                    key=f"delegation/{slug(e.name)}",
                    country=cid,
                )
                index.actors.append(d)
                by_country[e.id] = d.id
            targets.append(by_country[e.id])
        if not countries and last is not None and m.group(0).lower().startswith("the "):
            targets = [last]  # "the delegation": the one named last
        for t in targets:
            index.mentions.append(Mention(m.start(), m.end(), t))
        if targets:
            last = targets[-1]
            _delegation_members(doc, index, targets[-1], m.end())
    # Country names inside "Russian delegation" modify it; they are not participants.
    spans = [
        (mm.start, mm.end) for mm in index.mentions if index.by_id(mm.actor).type == "Delegation"
    ]
    for mm in index.mentions:
        if index.by_id(mm.actor).type == "Country" and any(
            s <= mm.start and mm.end <= e for s, e in spans
        ):
            mm.nested = True


def add_governments(article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """`the Norwegian Government`, `Government of Yemen`: a state's government is a body
    of its own, named as the text names it where the gazetteer does not know it."""
    text = article.text
    found: dict[str, str] = {}  # entry or name key -> actor id
    for m in _GOVERNMENT.finditer(text):
        if in_noise(article, m.start(), m.end()):
            continue
        who = m.group("adj") or m.group("of")
        country = gz.adjective(who) or gz.lookup(who)
        if country is None or country.type != "Country":
            continue
        inst = gz.institution(country.id, "government")
        name = strip_the(m.group(0))
        key = inst.id if inst else f"gov:{country.id}"
        if key not in found:
            existing = next((a for a in index.actors if inst and a.name == inst.name), None)
            if existing is None:
                existing = Actor(
                    id=f"a{len(index.actors) + 1}",
                    name=inst.name if inst else name,
                    type="Organization",
                    key=(inst.wikidata if inst else None)
                    or f"organization/{slug(inst.name if inst else name)}",
                    org_kind="GovernmentBody",
                    wikidata=inst.wikidata if inst else None,
                    country=country_actor(index, country),
                )
                index.actors.append(existing)
            found[key] = existing.id
        s, e = m.start(), m.end()
        if text[s:e].lower().startswith("the "):
            s += 4
        # The words replace what the model read inside them ("Government of", "Norwegian").
        for mm in index.mentions:
            if s <= mm.start and mm.end <= e:
                mm.nested = True
        index.mentions.append(Mention(s, e, found[key]))


def country_actor(index: ActorIndex, e: Entry) -> str:
    """The actor of state `e`, added if the article has none yet."""
    for a in index.actors:
        if a.type == "Country" and a.name == e.name:
            return a.id
    a = Actor(
        id=f"a{len(index.actors) + 1}",
        name=e.name,
        type="Country",
        key=e.wikidata or f"country/{slug(e.name)}",
        wikidata=e.wikidata,
    )
    index.actors.append(a)
    return a.id


def _delegation_members(doc: Doc, index: ActorIndex, deleg: str, pos: int) -> None:
    span = doc.char_span(pos - 1, pos, alignment_mode="expand")
    if span is None:
        return
    sent = span.sent
    cue = DELEGATION_MEMBERS_CUE.match(doc_text(doc), pos)
    if not cue:
        return
    actor = index.by_id(deleg)
    for m in index.mentions:
        if cue.end() <= m.start < sent.end_char and not m.nested:
            member = index.by_id(m.actor)
            if member.type in ("Person", "Organization") and m.actor not in actor.members:
                actor.members.append(m.actor)


def strip_the(text: str) -> str:
    return re.sub(r"(?i)^the\s+", "", text)

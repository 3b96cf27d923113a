"""A state's missions, police, ministries and a leader's administration named by
description: "the US Embassy in London", "the Embassy of Japan in Kyiv", "Israeli police",
"Northamptonshire police", "the Hamas-run health ministry in Gaza", "the Ukrainian health
ministry", "his administration", "the Trump campaign".

The guidelines count bodies described in words as actors; the model tags such descriptions
rarely (an adjective and a common noun), so the speaker of "the embassy said" or "police said"
was lost or went to the nearest state. An embassy or consulate is its state's body, named as
the text names it at the fullest ("US Embassy in London"); its later short forms ("the U.S.
Embassy") are the same actor. Police are named by the state or place before the word, a
ministry by its portfolio and its state or territory.

Input: the `ActorIndex` of the actor stage, the article and the gazetteer. Output: the index
with the bodies added (or found again) and a mention for each description.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.actor_generic import says_something
from kg.extract.delegations import country_actor, state_named
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.extract.names import canonical_person
from kg.extract.pattern_scan import finditer, lowered
from kg.extract.roles import PORTFOLIO_PATTERN
from kg.gazetteer import Entry, Gazetteer, slug
from kg.model import Article
from kg.nlp import span_at

_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_MISSION = re.compile(
    rf"\b(?:[Tt]he )?(?:(?P<adj>{_PLACE}|U\.S\.|US|UK)(?:['’]s)? (?P<kind>[Ee]mbassy|[Cc]onsulate)"
    rf"|(?P<kind2>Embassy|Consulate) of (?:the )?(?P<of>{_PLACE}))"
    rf"(?: (?:in|to) (?P<where>{_PLACE}))?"
)
_POLICE = re.compile(
    rf"\b(?P<where>{_PLACE}|U\.S\.|UK)(?:['’]s)? [Pp]olice\b(?! (?:officer|chief))"
)


_MINISTRY = re.compile(
    rf"\b(?:[Tt]he )?(?:(?P<pre>[A-Z][\w-]*(?: [A-Z][a-z]+)?)(?:['’]s)? )?"
    rf"(?P<kind>{PORTFOLIO_PATTERN}) [Mm]inistry(?: (?:in|of) (?P<where>{_PLACE}))?"
)


def add_ministries(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """A ministry named by its portfolio and its state or territory ("the Ukrainian health
    ministry", "Gaza's health ministry", "the Hamas-run health ministry in Gaza") that no
    name or gazetteer entry covers already: a body named as the text names it."""
    text = article.text
    found: dict[str, str] = {}
    # (`finditer`: the same matches; a text without "ministry" is not scanned at all.)
    for m in finditer(_MINISTRY, text, lowered(text)):
        pre, where = m.group("pre"), m.group("where")
        if in_noise(article, m.start(), m.end()):
            continue
        ks, ke = m.span("kind")
        if any(mm.start < ke and ks < mm.end for mm in index.mentions):
            continue  # the model or the state bodies' pass named it
        state = state_named(where, gz) or state_named(pre.removesuffix("-run") if pre else None, gz)
        name = m.group(0)
        if pre is None and where is None:
            # "the foreign ministry" after "Russian Deputy Foreign Minister Grigory Karasin":
            # the ministry of the state whose minister of that portfolio the text named last,
            # where no ministry was named before (that one it is, found in the discourse).
            named = any(
                mm.start < m.start() and index.by_id(mm.actor).org_kind == "Ministry"
                for mm in index.mentions
            )
            kind = _portfolio(m.group("kind"))
            hit = None if named else ministers_ministry(index, gz, m.start(), kind, None)
            if hit is None and not named and _says_first(doc, m.start(), m.end(), name):
                # "the foreign ministry said" with no state to give it: the body that speaks,
                # named as the text names it (the discourse resolves "the ministry" later).
                add_body(index, found, f"ministry:{kind}:", name, None, m.start(), m.end())
                continue
            if hit is None or not name.lower().startswith("the "):
                continue
            state = hit[1]
            name = ministry_name(state, m.group("kind").lower())
        capital = gz.city_country(pre) if pre and state is None else None
        if capital is not None and capital[1]:
            state = capital[0]  # "Riyadh's foreign ministry": a capital stands for its state
        place = where or (pre if pre and not pre.endswith("-run") else None)
        if state is None and (place is None or not _a_place_at(doc, text, place, m)):
            continue
        known = known_ministry(index, gz, state, m.group("kind"))
        if known is not None:
            # "Riyadh's foreign ministry" after "the Saudi foreign ministry": one body.
            start = m.start() + 4 if m.group(0).lower().startswith("the ") else m.start()
            index.mentions.append(Mention(start, m.end(), known))
            continue
        key = f"ministry:{m.group('kind').lower()}:{state.id if state else place}"
        add_body(index, found, key, name, state, m.start(), m.end())


def _says_first(doc: Doc, start: int, end: int, name: str) -> bool:
    span = span_at(doc, start, end)
    return name.lower().startswith("the ") and span is not None and says_something(span)


# A minister's title by portfolio ("Deputy Foreign Minister", "Defense Affairs Minister").
PORTFOLIO_MINISTER = re.compile(rf"\b({PORTFOLIO_PATTERN})(?: affairs)? minister$", re.I)


def ministers_ministry(
    index: ActorIndex, gz: Gazetteer, before: int, kind: str | None, filed: Entry | None
) -> tuple[str, Entry] | None:
    """The portfolio and state of the ministry of the minister (or deputy) whose title the
    text named last before `before`, of portfolio `kind` where given: the state the title
    names, else `filed` (the state the story was filed from), if any."""
    titles = [
        (r.span.start, r.of, _portfolio(hit.group(1)))
        for a in index.actors
        if a.type == "Person"
        for r in a.roles
        if r.span.start < before
        and (r.of or filed is not None)
        and (hit := PORTFOLIO_MINISTER.search(r.title))
        and (kind is None or _portfolio(hit.group(1)) == kind)
    ]
    if not titles:
        return None
    _start, of, found = max(titles)
    owner = index.by_id(of) if of else None
    state = state_named(owner.name, gz) if owner is not None and owner.type == "Country" else filed
    return (found, state) if state is not None else None


def _portfolio(word: str) -> str:
    """A portfolio's key, one spelling for both ("Defense" and "defence": `defence`)."""
    return word.lower().replace("defense", "defence")


def ministry_name(state: Entry, kind: str) -> str:
    """A ministry named by its state and portfolio ("the South Korean foreign ministry"), the
    words a reader would use."""
    adjective = state.adjectives[0] if state.adjectives else f"{state.name}'s"
    return f"the {adjective} {kind} ministry"


def known_ministry(index: ActorIndex, gz: Gazetteer, state: Entry | None, kind: str) -> str | None:
    """The actor already made of the gazetteer's ministry of that portfolio of `state`."""
    entry = gz.lookup(f"{state.name} {kind.lower()} ministry") if state else None
    if entry is None or entry.type != "Organization":
        return None
    key = entry.wikidata or f"organization/{slug(entry.name)}"
    return next((a.id for a in index.actors if a.key == key or a.name == entry.name), None)


def _a_place_at(doc: Doc, text: str, place: str, m: re.Match[str]) -> bool:
    start = text.index(place, m.start())
    span = span_at(doc, start, start + len(place))
    return span is not None and all(t.ent_type_ in ("GPE", "LOC") for t in span)


def add_missions(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """Embassies, consulates and police named by description (module docstring)."""
    text = article.text
    found: dict[str, str] = {}  # state id (and kind) -> actor id
    low = lowered(text)  # (`finditer`: the same matches; only texts with the words scanned)
    for m in finditer(_MISSION, text, low):
        state = state_named(m.group("adj") or m.group("of"), gz)
        if state is None or in_noise(article, m.start(), m.end()):
            continue
        kind = (m.group("kind") or m.group("kind2")).lower()
        add_body(index, found, f"{kind}:{state.id}", m.group(0), state, m.start(), m.end())
    for m in finditer(_POLICE, text, low):
        where = m.group("where")
        state = state_named(where, gz)
        if in_noise(article, m.start(), m.end()) or (state is None and not _a_place(doc, m)):
            continue
        key = f"police:{state.id if state else where.lower()}"
        add_body(index, found, key, m.group(0), state, m.start(), m.end())


def _a_place(doc: Doc, m: re.Match[str]) -> bool:
    """Whether the words before "police" name where the force serves ("Northamptonshire
    police", which the small model may tag as a person's name: people own no police), not a
    sentence's first word ("Meanwhile police said"), unless the model calls it a place, nor a
    day ("Monday police")."""
    span = span_at(doc, *m.span("where"))
    if span is None:
        return False
    if span[0].is_sent_start:
        # First in its sentence only where the model calls it a place ("Northamptonshire").
        return all(t.ent_type_ in ("GPE", "LOC") for t in span)
    return all(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in span)


def add_body(  # (the body of `key`, added once; a mention of it at start..end)
    index: ActorIndex,
    found: dict[str, str],
    key: str,
    name: str,
    state: Entry | None,
    start: int,
    end: int,
) -> None:
    if name.lower().startswith("the "):
        start, name = start + 4, name[4:]  # (the article is no part of the name)
    if key not in found:
        # (The state's actor first: it may be made now, and takes an id of its own.)
        country = country_actor(index, state) if state else None
        made = index.new(
            name,
            "Organization",
            f"organization/{slug(name)}",
            org_kind="Ministry" if key.startswith("ministry:") else "GovernmentBody",
            country=country,
        )
        if made is None:
            return
        found[key] = made.id
    actor = index.by_id(found[key])
    if len(name) > len(actor.name):
        index.rename(actor, name, f"organization/{slug(name)}")  # the fullest form
    for mm in index.mentions:
        if start <= mm.start and mm.end <= end and mm.actor != actor.id:
            mm.nested = True  # ("US" in "the US Embassy": the state names the embassy's)
    index.mentions.append(Mention(start, end, found[key]))


# "his administration": the government of the person named last, as the text names it
# elsewhere ("the Obama administration"), so "the administration said" has its speaker.
_LEADER = re.compile(
    r"\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Gg]overnor|[Mm]ayor|[Cc]hancellor)\b"
)
_THEIR_ADMINISTRATION = re.compile(r"\b(?:[Hh]is|[Hh]er)(?: own)? administration\b")


def add_administrations(article: Article, index: ActorIndex) -> None:
    """`his administration` right after a person is "<surname> administration", a body."""
    for m in _THEIR_ADMINISTRATION.finditer(article.text):
        if in_noise(article, m.start(), m.end()):
            continue
        # The person named last before, within a few sentences, is whom "his" stands for.
        before = [mm for mm in index.mentions if mm.end <= m.start() < mm.end + 300]
        last = max(before, key=lambda mm: mm.end, default=None)
        person = index.by_id(last.actor) if last else None
        if person is None or person.type != "Person" or len(person.name.split()) < 2:
            continue
        if not (person.wikidata or any(_LEADER.search(r.title) for r in person.roles)):
            continue  # ("an envoy said his administration": whose, we cannot tell)
        name = f"{person.name.split()[-1]} administration"
        body = next((a for a in index.actors if a.name.lower() == name.lower()), None)
        if body is None:
            body = index.new(name, "Organization", f"organization/{slug(name)}", "GovernmentBody")
        if body is None:
            continue
        index.mentions.append(Mention(m.start(), m.end(), body.id))


# "the Trump campaign", "Clinton's presidential campaign": a person's campaign speaks as a body
# of its own ("the Clinton campaign said"), and news sources name it so.
_CAMPAIGN = re.compile(
    r"(?:['’]s)?\s+(?:(?:presidential|re-?election|Senate|primary|Democratic|Republican)\s+)?"
    r"[Cc]ampaign\b"
)


def add_campaigns(article: Article, index: ActorIndex) -> None:
    """One Organization actor per person whose campaign the story names, mentioned by the whole
    phrase (the person's name inside it becomes a modifier, as a state's in "US delegation")."""
    people = {a.id: a for a in index.actors if a.type == "Person"}
    campaigns: dict[str, str] = {}  # person id -> campaign actor id
    for m in list(index.mentions):
        person = people.get(m.actor)
        hit = _CAMPAIGN.match(article.text, m.end) if person and not m.nested else None
        if person is None or hit is None or in_noise(article, m.start, hit.end()):
            continue
        if person.id not in campaigns:
            key = f"organization/{slug(canonical_person(person.name))}-campaign"
            actor = index.new(f"{person.name} campaign", "Organization", key)
            if actor is None:
                continue
            campaigns[person.id] = actor.id
        m.nested = True
        index.mentions.append(Mention(m.start, hit.end(), campaigns[person.id]))

"""Delegations and state bodies: "the Russian delegation", "delegations of Ghana and Togo",
"the Norwegian Government", "Kenya's foreign ministry". A state's delegation, government or
ministry is an actor of its own that belongs to the state (added as an actor where the text
has not named it yet); a body's delegation ("the Hamas delegation") is
`body_delegations.py`'s."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.index import ActorIndex, Mention, in_noise
from kg.extract.pattern_scan import finditer, lowered
from kg.gazetteer import Entry, Gazetteer, slug
from kg.model import Actor, Article
from kg.nlp import doc_text, entities, span_at

# Right after a delegation: "The delegation included ...", "delegation, headed by ...".
DELEGATION_MEMBERS_CUE = re.compile(
    r",?\s*(?:(?:which|that|who)\s+)?(?:(?:was|is|will be|has been)\s+)?"
    r"(?:headed by|led by|included|includes|include|including|consists of|consisted of|"
    r"consisting of|comprises|comprised|comprising|composed of)\b",
    re.I,
)


_ADJ = r"([A-Z][a-zà-öø-ž]+(?:[ -][A-Z][a-zà-öø-ž]+)?|U\.?S\.?)"
# A state's government, cabinet, ministries and forces named by description: "the Norwegian
# Government", "Kenya's foreign ministry", "the Ethiopian military", "Government of Yemen".
_BODY_KINDS = (
    r"[Ff]oreign [Mm]inistry|[Ff]oreign [Oo]ffice|[Dd]efen[cs]e [Mm]inistry|[Ii]nterior [Mm]inistry"
    r"|[Gg]overnment|[Cc]abinet|[Mm]ilitary|[Aa]rmy|[Aa]rmed [Ff]orces|[Ff]orces"
)
_GOVERNMENT = re.compile(
    r"\b(?:[Tt]he )?(?:(?P<adj>[A-Z][a-z]+(?: [A-Z][a-z]+)?|U\.S\.|US|UK)(?:['’]s)? "
    rf"(?P<kind>{_BODY_KINDS})"
    r"|(?P<kind2>[Gg]overnment|Cabinet) of (?:the )?(?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?))\b"
)
# The gazetteer's template for each kind of body (`Gazetteer.institution`).
_TEMPLATES = {
    "foreign ministry": "mfa",
    "foreign office": "mfa",
    "defence ministry": "mod",
    "defense ministry": "mod",
    "government": "government",
    "cabinet": "government",
    "military": "armed_forces",
    "army": "armed_forces",
    "armed forces": "armed_forces",
    "forces": "armed_forces",
}
DELEGATION_RE = re.compile(rf"\b{_ADJ}(?:['’]s)? delegation\b|\bdelegation of (?:the )?{_ADJ}")
# What kind of delegation a state sent ("a Saudi diplomatic delegation", "the Chinese
# government delegation"): still the state's delegation.
_KIND = (
    r"(?:diplomatic|technical|official|government|governmental|military|parliamentary|trade"
    r"|security|ministerial|high-level|interagency|representative)"
)
_QUALIFIED = re.compile(rf"\b{_KIND} delegations?\b")
_DELEGATION_ANY = re.compile(
    # "the Russian delegation", "Ghana and Togo's delegations", "the Togolese and Ghanaian
    # delegations": one delegation per state named.
    # ("The delegations of Ghana and Togo" at a sentence's start is the "of" form below.)
    rf"\b(?!The delegations? of )(?:the )?(?:{_ADJ}(?:['’]s)?,? and (?:the )?)?{_ADJ}(?:['’]s)?"
    rf" (?:{_KIND} )?delegations?\b"
    rf"|\b(?:[Tt]he )?(?:{_KIND} )?[Dd]elegations? of (?:the )?{_ADJ}(?:, (?:the )?{_ADJ})?"
    rf"(?:,? and (?:the )?{_ADJ})?"
    r"|\b[Tt]he delegation\b"
    # A state's negotiating team is its delegation by another word. (Not its "mediators":
    # "the Omani mediators", "Egyptian and Qatari mediators" are the states, as gold has it.)
    rf"|\b(?:the )?{_ADJ}(?:['’]s)? (?:negotiating |negotiation |mediation )?team\b"
)


def headed_in_titles(index: ActorIndex, keep: set[str]) -> set[str]:
    """The delegations named in the title of a person kept ("Jane Roe, head of the X
    delegation", "the X delegation's chief negotiator Jane Roe"): the title says the
    delegation is there with its head, a party wherever the head is one."""
    delegations = {a.id for a in index.actors if a.type == "Delegation"}
    spans = [r.span for a in index.actors if a.id in keep and a.type == "Person" for r in a.roles]
    return {
        m.actor
        for m in index.mentions
        if m.actor in delegations and any(s.start <= m.start and m.end <= s.end for s in spans)
    }


def add_state_delegations(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """`the Russian delegation`, `delegations of Ghana and Togo`: a state's delegation is an
    actor of its own, whose state is an actor too; `the delegation` is the one named last."""
    text = article.text
    last: str | None = None
    by_country: dict[str, str] = {}
    titles = [r for a in index.actors if a.type == "Person" for r in a.roles]
    for m in finditer(_DELEGATION_ANY, text, lowered(text)):
        if in_noise(article, m.start(), m.end()):
            continue
        # (The name pattern takes a capitalised article in: "An Egyptian delegation".)
        names = [re.sub(r"^(?:The|An|A)\b ?", "", g) for g in m.groups() if g]
        names = [n for n in names if n]  # ("The delegation": the article alone is no name)
        # "delegation of Venezuelan officials": the adjective's noun ends the name, and the
        # adjective does not make the delegation a modifier.
        of_form = _OF_FORM.search(m.group(0))
        tail = _noun_after(doc, m.end()) if of_form else m.end()
        forum = _forum_after(text, index, gz, tail)
        possessive = _POSSESSIVE.search(m.group(0))
        countries = [e for e in (_state_or_capital(n, gz) for n in names) if e is not None]
        heads: list[str] = []
        states: dict[str, str] = {}
        if not countries and m.group(0).lower().endswith("delegations"):
            heads = _led_by(doc, index, m.end())
            states = _heads_states(text, index, heads, gz)
            countries = [gz.entries[c] for c in states]
        targets: list[str] = []
        for e in countries:
            # "DRC delegation" where the text names the state by letters, not an adjective.
            adj = e.adjectives[0] if e.adjectives else states.get(e.id, e.name)
            # The adjective the text writes ("Nepali", not the gazetteer's "Nepalese"), or the
            # state's name where the text puts it right before the noun ("the Chad and Niger
            # delegations": the fullest form the text gives is "Chad delegation"; not a
            # possessive, "Ghana and Togo's delegations", which the adjectives name).
            as_written = [n for n in names if n == e.name and not possessive]
            adj = next((n for n in names if n in e.adjectives), None) or next(iter(as_written), adj)
            team = m.group(0).endswith("team")
            qualified = _QUALIFIED.search(m.group(0)) if len(countries) == 1 else None
            kind = f"{qualified.group(0).split()[0]} " if qualified else ""
            # "the delegations of Ghana, Togo and Benin": each is the "delegation of" its state,
            # unless the text also calls it by its adjective ("the Ghanaian delegation").
            written = _written_state(text, m, e, gz) if of_form else None
            if written and tail > m.end():
                written += text[m.end() : tail]  # "delegation of Venezuelan officials"
            name = (
                strip_the(m.group(0))
                if team
                else f"{kind}delegation of {written}"
                if written
                else f"{adj} {kind}delegation"
            )
            if len(countries) == 1 and forum > tail:
                name += text[tail:forum]  # ("the Eastland delegation to the Joint Forum")
            if e.id in by_country:
                known = index.by_id(by_country[e.id])
                # The adjective's form names a state's delegation before "delegation of"
                # does, and "delegation" before "team" (the word for a negotiating team).
                worded = " delegation of " in f" {known.name}" or known.name.endswith(" team")
                if worded and not written and not team:
                    index.rename(known, name, known.key)
            else:
                d = index.new(
                    name,
                    "Delegation",
                    f"delegation/{slug(e.name)}",
                    country=country_actor(index, e),
                )
                if d is None:
                    continue
                by_country[e.id] = d.id
            targets.append(by_country[e.id])
            _name_state(index, gz, m, e)
        for head in heads:
            # Each head leads the delegation of the state their title names.
            for e in (e for e in countries if e.id in by_country):
                deleg = index.by_id(by_country[e.id])
                if e.id in _heads_states(text, index, [head], gz) and head not in deleg.members:
                    deleg.members.append(head)
        if m.group(0).endswith("team") and not countries:
            continue  # "The team of experts": no state's
        if not names and last is not None and m.group(0).lower().startswith("the "):
            targets = [last]  # "the delegation": the one named last (not "The Hamas delegation")
        # Named only inside a person's title ("the head of the Russian negotiating delegation
        # Vladimir Medinsky") or modifying a noun ("at the delegation level"), a delegation
        # neither acts nor takes part: a modifier, dropped unless named elsewhere.
        modifier = _modifies(doc, tail) or any(
            r.span.start <= m.start() and m.end() <= r.span.end for r in titles
        )
        for t in targets:
            end = forum if len(targets) == 1 else tail
            index.mentions.append(Mention(m.start(), end, t, modifier))
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


# "delegation to the Joint Forum (JF)": the forum a standing delegation is accredited to,
# capitalised words or letters (not a state or a city: "a delegation to the Netherlands").
_TO_FORUM = re.compile(
    r" to the (?P<forum>(?:[A-Z][\w’'-]*|of|for|on|and)(?: (?:[A-Z][\w’'-]*|of|for|on|and))*)"
)


def _forum_after(text: str, index: ActorIndex, gz: Gazetteer, end: int) -> int:
    """Where the name of the forum a delegation is sent to ends, right after `end` ("the
    Westland delegation to the Border Talks"), or `end` when no forum follows: the forum
    belongs to the delegation's fullest name, as the text writes it."""
    hit = _TO_FORUM.match(text, end)
    if hit is None:
        return end
    words = hit.group("forum").split()
    while words and words[-1] in ("of", "for", "on", "and"):
        words.pop()
    if not words or not words[0][:1].isupper():
        return end
    forum = " ".join(words)
    fs = hit.start("forum")
    fe = fs + len(forum)
    if gz.city_country(forum) or state_named(forum, gz):
        return end
    if any(index.by_id(mm.actor).type == "Country" for mm in index.mentions if fs <= mm.start < fe):
        return end  # (a state named inside: "to the Republic of Eastland")
    return fe


def _name_state(index: ActorIndex, gz: Gazetteer, m: re.Match[str], e: Entry) -> None:
    """The words of `m` that name state `e` (its capital too: "the delegation of Eastville")
    as a modifier's mention of the state, where nothing else named it yet: every actor keeps
    the characters it was read from."""
    state = country_actor(index, e)
    if state is None or any(mm.actor == state for mm in index.mentions):
        return
    for k in range(1, (m.lastindex or 0) + 1):
        if m.group(k) is not None and _state_or_capital(m.group(k), gz) is e:
            index.mentions.append(Mention(m.start(k), m.end(k), state, True))
            return


def _written_state(text: str, m: re.Match[str], e: Entry, gz: Gazetteer) -> str | None:
    """The name of state `e` after "delegation(s) of", as written ("the Philippines", or a
    capital standing for it: "the delegations of Eastville and Westville"), so the delegation
    is named as the text names it."""
    for k in range(1, (m.lastindex or 0) + 1):
        if m.group(k) is None or _state_or_capital(m.group(k), gz) is not e:
            continue
        prefix = "the " if text[: m.start(k)].endswith("the ") else ""
        return f"{prefix}{m.group(k)}"
    return None


# "The delegations are led by Jane Doe, Minister of ... of Ghana, and John Roe, ... of Togo".
_LED_BY = re.compile(r"\s*(?:,\s*)?(?:(?:are|were|will be|was|is)\s+)?(?:led|headed)\s+by\b")


def _led_by(doc: Doc, index: ActorIndex, pos: int) -> list[str]:
    """The people named as heads right after "delegations (are) led by", in that sentence."""
    cue = _LED_BY.match(doc_text(doc), pos)
    span = doc.char_span(pos - 1, pos, alignment_mode="expand")
    if cue is None or span is None:
        return []
    end = span.sent.end_char
    out: list[str] = []
    for mm in sorted(index.mentions, key=lambda x: x.start):
        if cue.end() <= mm.start < end and not mm.nested and mm.actor not in out:
            if index.by_id(mm.actor).type == "Person":
                out.append(mm.actor)
    return out


def _heads_states(text: str, index: ActorIndex, heads: list[str], gz: Gazetteer) -> dict[str, str]:
    """The states (gazetteer id to the words naming them) whose office the heads' titles
    name ("Minister of Foreign Affairs of the DRC")."""
    out: dict[str, str] = {}
    for head in heads:
        for role in index.by_id(head).roles:
            state = index.by_id(role.of) if role.of else None
            entry = gz.lookup(state.name) if state and state.type == "Country" else None
            if entry is None or entry.id in out:
                continue
            inside = [
                mm
                for mm in index.mentions
                if mm.actor == role.of and role.span.start <= mm.start < role.span.end
            ]
            out[entry.id] = text[inside[0].start : inside[0].end] if inside else entry.name
    return out


def add_governments(doc: Doc, article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """`the Norwegian Government`, `Kenya's foreign ministry`, `Government of Yemen`: a
    state's government, ministry or forces is a body of its own: the gazetteer's where it
    knows it, else named as the text names it."""
    text = article.text
    found: dict[str, str] = {}  # entry or name key -> actor id
    low = lowered(text)  # (`finditer`: each pattern tried only where it can match)
    states = [
        (m, _state_of(m.group("adj") or m.group("of"), gz))
        for m in finditer(_GOVERNMENT, text, low)
    ]
    # "the Government of Juan Manuel Santos": the government of the state he led, the state
    # last named before him in the paragraph. (The text's own names for it come first.)
    led = [(m, _led_state(text, index, m, gz)) for m in finditer(_GOVERNMENT_OF_PERSON, text, low)]
    for m, country in states + led:
        if in_noise(article, m.start(), m.end()):
            continue
        if country is None or _modifies(doc, m.end()):
            continue  # not a state's, or a modifier: "army chief", "government forces"
        s, e = m.start(), m.end()
        if text[s:e].lower().startswith("the "):
            s += 4
        words = [m.span(g) for g in ("adj", "kind", "kind2", "of") if m.groupdict().get(g)] or [
            (s, e)
        ]
        named = [
            mm
            for mm in index.mentions
            if s <= mm.start <= min(w[0] for w in words) and max(w[1] for w in words) <= mm.end
            if not mm.nested and index.by_id(mm.actor).type == "Organization"
        ]
        if named:
            continue  # the model or the gazetteer named the body with its state already
        kind = " ".join(
            (m.groupdict().get("kind") or m.groupdict().get("kind2") or "government")
            .lower()
            .split()
        )
        template = _TEMPLATES.get(kind, kind)
        if m.re is _GOVERNMENT and _described(m.group(0)):
            # "the Mexican government", "the government of Ukraine": the state itself under a
            # description (as a capital stands for it), one actor with the words as an alias.
            state = country_actor(index, country)
            if state is None:
                continue
            for mm in index.mentions:
                if s <= mm.start and mm.end <= e and index.by_id(mm.actor).type != "Person":
                    mm.nested = True
            index.mentions.append(Mention(s, e, state))
            continue
        inst = gz.institution(country.id, template)
        name = strip_the(m.group(0)) if m.re is _GOVERNMENT else f"Government of {country.name}"
        key = inst.id if inst else f"{template}:{country.id}"
        if key not in found:
            existing = next((a for a in index.actors if inst and a.name == inst.name), None)
            if existing is None:
                existing = index.new(
                    inst.name if inst else name,
                    "Organization",
                    (inst.wikidata if inst else None)
                    or f"organization/{slug(inst.name if inst else name)}",
                    org_kind=(inst.org_kind if inst else None)  # type: ignore[arg-type]
                    or ("Ministry" if "ministry" in kind or "office" in kind else "GovernmentBody"),
                    wikidata=inst.wikidata if inst else None,
                    country=country_actor(index, country),
                )
                if existing is None:
                    continue
            found[key] = existing.id
        # The words replace what the model read inside them ("Government of", "Norwegian");
        # the leader named in them is an actor still.
        # A state named in the possessive ("Kenya's foreign ministry") is named, not a modifier.
        owner = m.groupdict().get("adj") is not None and text[m.end("adj")] in ("'", "’")
        for mm in index.mentions:
            if s <= mm.start and mm.end <= e and index.by_id(mm.actor).type != "Person":
                mm.nested = mm.nested or not (owner and mm.end <= m.end("adj"))
        index.mentions.append(Mention(s, e, found[key]))


def _described(words: str) -> bool:
    """Whether words name a state's government by description, in lower case ("the Syrian
    government", "the government of Ukraine"), not by its title ("the Norwegian Government",
    "Government of Yemen", "the Cabinet of Japan"): a title names a body that acts beside its
    state; the description is the state itself acting."""
    return " government" in f" {words}"


def fold_governments(index: ActorIndex, gz: Gazetteer, text: str) -> None:
    """A state's government that the model or the gazetteer made a body of its own ("the Saudi
    government" tagged "Government of Saudi Arabia") is the state when every mention of it
    describes it in lower case (`_described`): its mentions become the state's."""
    for gov in list(index.actors):
        country = _governed(gov, gz)
        if country is None:
            continue
        names = [m for m in index.mentions if m.actor == gov.id]
        if not names:
            continue
        if not all(_described(text[m.start : m.end]) for m in names):
            continue
        state = country_actor(index, country)
        if state is None:
            continue
        for m in names:
            m.actor = state
        for a in index.actors:
            a.country = state if a.country == gov.id else a.country
            a.members = [state if x == gov.id else x for x in a.members]
            for r in a.roles:
                r.of = state if r.of == gov.id else r.of
        # (Left without mentions, the body goes with the other unnamed ones at the stage's
        # end; removed now, the ids the stage gives new actors would repeat one.)
    _bare_government(index, text)


_BARE_GOVERNMENT = re.compile(r"\b[Tt]he government\b(?!\s+of\b)")


def _bare_government(index: ActorIndex, text: str) -> None:
    """ "the government" alone is the state whose government the story described ("the
    Samoan government ... The government said"), when it described one state's only and no
    government body of its own is named: the state keeps what its government says."""
    states = {
        m.actor
        for m in index.mentions
        if _described(text[m.start : m.end]) and index.by_id(m.actor).type == "Country"
    }
    bodies = [a for a in index.actors if a.type != "Country" and "government" in a.name.lower()]
    if len(states) != 1 or any(m.actor == b.id for b in bodies for m in index.mentions):
        return
    state = next(iter(states))
    for hit in _BARE_GOVERNMENT.finditer(text):
        s, e = hit.start(), hit.end()
        if not index.overlaps(s, e):
            index.mentions.append(Mention(s, e, state))


def name_governments(index: ActorIndex, gz: Gazetteer) -> None:
    """A state whose government the text describes (`fold_governments`) keeps the name the
    gazetteer gives that government ("Government of Syria") among its aliases: one actor, but
    found by the government's name too, as a reader looking for it would look."""
    for a in index.actors:
        if a.type != "Country" or not any(_described(al) for al in a.aliases):
            continue
        entry = gz.lookup(a.name)
        inst = gz.institution(entry.id, "government") if entry else None
        if inst is not None:
            a.aliases.add(inst.name)


_GOVERNMENT_NAME = re.compile(
    r"^(?:Government of (?:the )?(?P<of>.+)|(?P<adj>.+?)(?:'s|’s)? [Gg]overnment)$"
)


def _governed(body: Actor, gz: Gazetteer) -> Entry | None:
    """The state whose government the body is, by the gazetteer or by its name."""
    if body.type != "Organization":
        return None
    entry = gz.lookup(body.name)
    if entry is not None:
        known = entry.template == "government" and entry.country in gz.entries
        return gz.entries[entry.country] if known and entry.country else None
    named = _GOVERNMENT_NAME.match(body.name)
    return _state_of(named.group("of") or named.group("adj"), gz) if named else None


def _state_of(words: str, gz: Gazetteer) -> Entry | None:
    """The state an adjective or name stands for; "Then Norwegian": its last word's."""
    return state_named(words, gz) or state_named(words.split()[-1], gz)


def _state_or_capital(words: str, gz: Gazetteer) -> Entry | None:
    """The state a name or adjective stands for, or whose capital it is ("Kabul's delegation"
    is the Afghan government's, as the capital stands for the state)."""
    city = gz.city_country(words)
    return state_named(words, gz) or (city[0] if city and city[1] else None)


def state_named(words: str | None, gz: Gazetteer) -> Entry | None:
    """The state an adjective or name stands for as a whole ("Ukrainian", "Japan")."""
    if not words:
        return None
    e = gz.adjective(words) or gz.lookup(words)
    return e if e is not None and e.type == "Country" else None


def state_within(doc: Doc, first: int, last: int, gz: Gazetteer) -> Entry | None:
    """The state a name among tokens `first`..`last` stands for ("Westland's", "Westlandish")."""
    for ent in entities(doc):
        if first <= ent.start and ent.end - 1 <= last and ent.label_ in ("NORP", "GPE"):
            state = state_named(ent.text, gz)
            if state is not None:
                return state
    return None


_POSSESSIVE = re.compile(r"['’]s\b")
_OF_FORM = re.compile(r"(?i)\bdelegations? of\b")


def _noun_after(doc: Doc, end: int) -> int:
    """Where the plural noun ends that the word ending at `end` modifies, when that noun
    follows it in lower case ("Venezuelan authorities", "Syrian government officials");
    else `end`."""
    span = span_at(doc, end - 1, end)
    if span is None:
        return end
    tok = span[-1]
    head = tok.head
    if tok.dep_ not in ("amod", "compound") or head.i <= tok.i or head.i - tok.i > 3:
        return end
    between = doc[tok.i + 1 : head.i + 1]
    if not all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in between):
        return end
    # People of the state ("officials", "authorities"); a body of its own ("the Syrian
    # opposition", "the Colombian government", "armed forces") is no state's delegation.
    if head.tag_ != "NNS" or head.lower_ == "forces":
        return end
    return head.idx + len(head.text)


def _modifies(doc: Doc, end: int) -> bool:
    """Whether the words ending at `end` modify the noun after them ("army chief")."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span is not None and span[-1].dep_ in ("compound", "amod", "nmod")


_GOVERNMENT_OF_PERSON = re.compile(
    r"\b(?:[Tt]he )?Government of (?P<who>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,4})"
)


def _led_state(text: str, index: ActorIndex, m: re.Match[str], gz: Gazetteer) -> Entry | None:
    """The state of the government a person led: "used by Colombia in the Government of Juan
    Manuel Santos". None unless the words name a person and a state precedes them."""
    who = index.at(m.start("who"), m.end("who"))
    if who is None or index.by_id(who).type != "Person":
        return None
    paragraph = text.rfind("\n", 0, m.start()) + 1
    before = [
        mm
        for mm in index.mentions
        if paragraph <= mm.start < m.start() and index.by_id(mm.actor).type == "Country"
    ]
    if not before:
        return None
    state = index.by_id(max(before, key=lambda mm: mm.start).actor)
    return gz.lookup(state.name)


def country_actor(index: ActorIndex, e: Entry) -> str | None:
    """The actor of state `e`, added if the article has none yet (None: an entry without a
    name names no actor)."""
    for a in index.actors:
        if a.type == "Country" and a.name == e.name:
            return a.id
    key = e.wikidata or f"country/{slug(e.name)}"
    made = index.new(e.name, "Country", key, wikidata=e.wikidata)
    return made.id if made else None


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

"""Press services and leaders' offices named by description: "the Kremlin's press service",
"the Uzbek President's press service", "press service of the president of Uzbekistan", "the
office of former Tanzanian president Benjamin Mkapa", "the Ukrainian President's Office".

The guidelines make an unnamed official the body they speak for, and a body described in
words is an actor. The training sets' gold makes each press service and each leader's office
a body of its own, named as the text names it (realnews has none of these; its ministries
are bodies of their own too, "the Foreign Office" among them). The model tags such
descriptions rarely, so "the press service said" lost its speaker or went to the owner.

Input: the `ActorIndex` of the actor stage, the article and the gazetteer. Output: the index
with the bodies added (or found again), a mention for each description, and a mention for a
later bare "the press service" / "the office" of the one body so described.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.actor_missions import add_body
from kg.extract.delegations import state_named
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.extract.name_spans import HYPHENED_PARTICLES, SURNAME_PARTICLES
from kg.extract.names import family_first, surname_of
from kg.extract.pattern_scan import finditer, lowered
from kg.extract.speakers import DOCUMENT_NOUNS
from kg.extract.statement_words import SPEECH_VERBS
from kg.gazetteer import Entry, Gazetteer, normalize
from kg.model import Actor, Article, Span, Statement
from kg.nlp import span_at

_NAME = r"[A-Z][\w’'-]*(?:\.[\w’'-]+)*"  # ("U.S" in "U.S.", not a sentence's full stop)
_LEADER = r"(?:[Pp]resident|[Pp]residency|[Pp]rime [Mm]inister|[Hh]ead of [Ss]tate|[Cc]hancellor)"
# The owner before the words: one to three capitalised words (a state's adjective, a body, a
# person), possessive or not, maybe with "government" ("Moldovan government press service")
# or the leader's office by its adjective ("the Eastlandish presidential press service").
_OWNER = rf"(?P<owner>{_NAME}(?: {_NAME}){{0,2}}(?: government| presidential)?)(?:['’]s?)?"
# (A press service may be named "for" its owner as well as "of" it.)
_PRESS = re.compile(
    rf"\b(?:[Tt]he )?(?:{_OWNER} (?P<word>[Pp]ress[- ][Ss]ervice)"
    rf"|(?P<word2>[Pp]ress[- ][Ss]ervice) (?:of|for) (?:the )?(?P<of>(?:(?:[Pp]resident|[Hh]ead"
    rf"|[Gg]overnment|[Mm]inistry) of (?:the )?)?{_NAME}(?: {_NAME}){{0,3}}|head of state))"
)
# A leader's or a person's office by any of its words: "office", "bureau", "press office",
# "media office" (the office that speaks for its owner, whatever the text calls it).
_OFFICE_WORD = r"(?:(?:[Pp]ress|[Mm]edia) )?(?:[Oo]ffice|[Bb]ureau)"
# Holders whose office speaks for them as a leader's does: "the envoy's office", "the office
# of the Eastland leader", "the Westland envoy's office".
_HOLDER = rf"(?:{_LEADER}|[Ll]eader|(?:[Ss]pecial )?[Ee]nvoy|[Ff]acilitator|[Mm]ediator)"
_OFFICE = re.compile(
    rf"\b(?:[Tt]he )?(?:(?:(?P<adj>{_NAME}(?: {_NAME})?)(?:['’]s)? )?"
    rf"(?P<leader>{_HOLDER})['’]s (?P<word>{_OFFICE_WORD})"
    rf"|(?P<word2>[Oo]ffice) of (?:the )?(?:former )?(?:(?P<adj2>{_NAME}(?: {_NAME})?) )?{_HOLDER}"
    rf"(?: of (?:the )?(?P<of>{_NAME}(?: (?:of (?:the )?)?{_NAME}){{0,3}})"
    rf"| to (?:the )?(?P<to>{_NAME}(?: {_NAME}){{0,2}})"
    rf"| (?P<who>{_NAME}(?: {_NAME}){{1,3}}))?)"
)
# "the Turkish presidential office": the office of the state's president, by its adjective
# (a bare "the presidential office" is resolved as a description by the discourse stage).
_PRESIDENTIAL = re.compile(
    rf"\b[Tt]he (?P<adj>{_NAME}(?: {_NAME})?) (?P<leader>[Pp]residential) (?P<word>[Oo]ffice)\b"
)
# A person's office by their name ("Suu Kyi's office said"): the office speaks for them.
# (A surname may begin with a lower-case particle, `SURNAME_PARTICLES`: an Arabic article
# joined by a hyphen, "al-Rashid's bureau", another as a word of its own, "van Dijk's office";
# never a word of English such as "as" or "at" before a name.)
_PARTICLE = (
    rf"(?:(?:{'|'.join(sorted(HYPHENED_PARTICLES))})-"
    rf"|(?:{'|'.join(sorted(SURNAME_PARTICLES - HYPHENED_PARTICLES))}) )?"
)
_PERSONS_OFFICE = re.compile(
    rf"\b(?P<who>{_PARTICLE}{_NAME}(?: {_NAME}){{0,2}})['’]s (?P<word>{_OFFICE_WORD})\b"
)
_NAME_GOES_ON = re.compile(r" (?:for|on|of|and) (?:the )?[A-Z]")
_BARE = re.compile(r"\b[Tt]he (?P<what>press[- ]service|office)\b")
# Words that begin a sentence or a title, not an owner ("In a statement, the press service").
_NOT_OWNER = {"The", "A", "An", "In", "On", "Its", "His", "Her", "Their", "Said", "According"}


def add_offices(article: Article, index: ActorIndex, gz: Gazetteer) -> None:
    """Press services and leaders' offices by description (module docstring)."""
    text = article.text
    low = lowered(text)
    found: dict[str, str] = {}  # key -> actor id
    last: dict[str, list[tuple[int, str]]] = {"press": [], "office": []}
    seen: list[tuple[str, re.Match[str], str, Entry | None]] = []
    for kind, pattern in (("press", _PRESS), ("office", _OFFICE), ("office", _PRESIDENTIAL)):
        for m in finditer(pattern, text, low):
            if in_noise(article, m.start(), m.end()) or _NAME_GOES_ON.match(text, m.end()):
                continue  # ("press service of the State Commission for ...": a name cut short)
            owner = _owner(m, kind)
            ws, we = m.span("word") if m.group("word") else m.span("word2")
            if owner is None or any(mm.start < we and ws < mm.end for mm in index.mentions):
                continue  # (the model or an earlier pass named the body)
            state = _state(owner, gz)
            seen.append((f"{kind}:{_owner_key(owner, state, gz)}", m, kind, state))
    # "the President's Office" is the one leader's office the text names with its owner
    # ("the Ukrainian President's Office"), wherever that comes.
    owned = {key for key, m, kind, _s in seen if kind == "office" and not _ownerless(m)}
    leaders = {k for k, m, kind, _s in seen if kind == "office" and _leaders(m)}
    seen += _persons_offices(article, index, low, leaders)
    for key, m, kind, state in seen:
        if kind == "office" and _ownerless(m) and len(owned) == 1:
            key = next(iter(owned))
        add_body(index, found, key, m.group(0), state, m.start(), m.end())
        last[kind].append((m.end(), found[key]))
    _add_bare(article, index, last)


def _persons_offices(
    article: Article, index: ActorIndex, low: str | None, leaders: set[str]
) -> list[tuple[str, re.Match[str], str, Entry | None]]:
    """ "Suu Kyi's office", "Erdogan's office": the office of a person the text names, a body
    of its own; a leader's is the one leader's office the text named otherwise ("the Turkish
    president's office" ... "Erdogan's office")."""
    out: list[tuple[str, re.Match[str], str, Entry | None]] = []
    for m in finditer(_PERSONS_OFFICE, article.text, low):
        ws, we = m.span("who")
        if in_noise(article, m.start(), m.end()) or m.group("who").split()[0] in _NOT_OWNER:
            continue
        if any(mm.start < m.end("word") and m.start("word") < mm.end for mm in index.mentions):
            continue  # (the model or an earlier pass named the body)
        who = next((mm.actor for mm in index.mentions if mm.start <= ws and we <= mm.end), None)
        # (The model may take the name with "'s" for a title: the person named so before.)
        person = index.by_id(who) if who else _named(index, m.group("who"))
        if person is None or person.type != "Person":
            continue
        if who is None:  # (the owner's words stay a mention of the person: an alias)
            index.mentions.append(Mention(ws, we, person.id, True))
        if len(leaders) == 1 and any(_HEAD.search(r.title) for r in person.roles):
            out.append((next(iter(leaders)), m, "office", None))
        else:
            out.append((f"office:person:{person.id}", m, "office", None))
    return out


def _named(index: ActorIndex, words: str) -> Actor | None:
    """The one person whose name ends in `words` ("Suu Kyi" of "Aung San Suu Kyi")."""
    people = [a for a in index.actors if a.type == "Person" and f" {a.name}".endswith(f" {words}")]
    return people[0] if len(people) == 1 else None


def _leaders(m: re.Match[str]) -> bool:
    """An office named by its holder's title ("the president's office", "the Turkish
    presidential office"), not by a person's name."""
    return m.re in (_OFFICE, _PRESIDENTIAL) and m.group("leader") is not None


def _ownerless(m: re.Match[str]) -> bool:
    """ "the president's office": an office named by its holder's title alone."""
    return m.re is _OFFICE and m.group("leader") is not None and m.group("adj") is None


def _owner(m: re.Match[str], kind: str) -> str | None:
    """Whose service or office it is, as the text names it; None if the words before are no
    owner."""
    names = m.groupdict()
    owner = names.get("of") or names.get("who") or names.get("owner") or names.get("adj")
    owner = owner or names.get("adj2")
    if kind == "office" and owner is None:
        # "the president's office said": the office of the story's president, where "the"
        # says the reader knows whose; without "the" ("a president's office") none.
        known = m.group("leader") if m.group(0).lower().startswith("the ") else None
        return known.lower() if known else None
    if owner is not None and owner.split()[0] in _NOT_OWNER:
        return None
    return owner or None


def _state(owner: str, gz: Gazetteer) -> Entry | None:
    """The state the owner's words name: all of them ("Dominican Republic"), the first
    ("Uzbek President's") or the last ("president of Uzbekistan")."""
    words = _bare(owner).split()
    return (
        state_named(" ".join(words), gz) or state_named(words[0], gz) or state_named(words[-1], gz)
    )


def _bare(owner: str) -> str:
    return re.sub(r"['’]s?$", "", owner)


_HEAD = re.compile(r"(?i)\b(?:president|head|prime minister|chancellor)\b")
_STATE_WORDS = re.compile(r"(?i)^(?:the |republic |of |)+")


def _owner_key(owner: str, state: Entry | None, gz: Gazetteer) -> str:
    """One key for one owner however the text words it: "the Uzbek President's press
    service" and "press service of the head of Uzbekistan" are one body (the state's leader)."""
    words = _bare(owner).lower().split()
    if state is None:
        return " ".join(words)
    if _HEAD.search(owner):
        return f"leader:{state.id}"
    rest = [w for w in words if state_named(w, gz) is None]
    holder = " ".join(rest)
    if (
        not holder
        or state_named(_bare(owner), gz) is not None
        or not _STATE_WORDS.sub("", holder + " ")
    ):
        holder = "state"
    return f"{holder}:{state.id}"


def _add_bare(article: Article, index: ActorIndex, last: dict[str, list[tuple[int, str]]]) -> None:
    """A bare "the press service" (or "the office") after the text named exactly one body of
    that kind: that body."""
    for m in _BARE.finditer(article.text):
        kind = "press" if m.group("what").lower().startswith("press") else "office"
        before = {actor for end, actor in last[kind] if end <= m.start()}
        if len(before) != 1 or in_noise(article, m.start(), m.end()):
            continue
        if any(mm.start < m.end() and m.start() < mm.end for mm in index.mentions):
            continue  # (part of a named one)
        index.mentions.append(Mention(m.start() + 4, m.end(), before.pop()))


# "his office said", "a statement by her press office": the office of the person the pronoun
# stands for, a body of its own that speaks for its owner (the guidelines' "his office").
_PRONOUN_OFFICE = re.compile(
    r"\b(?P<pron>[Hh]is|[Hh]er) (?:(?:[Pp]ress|[Mm]edia|[Ii]nformation) )?(?:office|bureau)\b"
    r"(?! (?:of|for|in|at|on)\b)"
)
# "a statement (issued) by": the text noun right before the office that issued it.
_ISSUED_BY = re.compile(r"\b(?P<noun>[a-z]+)(?: (?:issued|released|published|posted))? by $")
# A leader's office the text names by the holder's title ("the prime minister's office").
_LEADERS_OFFICE = re.compile(rf"(?i)\b{_LEADER}['’]s (?:press |media )?office$|^office of ")


def add_pronoun_offices(text: str, index: ActorIndex) -> dict[str, str]:
    """ "his office said": a body named "<surname>'s office" (one per owner) with "his office"
    as a mention, so the office, not its owner, speaks where the text says the office did.
    The owner is whom the discourse stage resolved the pronoun to; a leader's office the
    text names by title ("the prime minister's office") is the same body when the owner holds
    that title. Runs after the discourse stage, whose pronoun references it reads. Returns
    each such office's owner (office id to person id), for `relay_offices`."""
    owners: dict[str, str] = {}
    made: dict[str, str] = {}  # office key -> actor id (`add_body`'s)
    if " office" not in text and " bureau" not in text:
        return owners
    for m in _PRONOUN_OFFICE.finditer(text):
        if index.overlaps(m.start(), m.end()):
            continue  # (part of a name: "His Majesty's Office")
        ps, pe = m.span("pron")
        owner_id = next(
            (r.actor for r in index.refs if r.kind == "pronoun" and r.start <= ps and pe <= r.end),
            None,
        )
        owner = index.by_id(owner_id) if owner_id else None
        if owner is None or owner.type != "Person":
            continue
        office = _office_of(text, index, owner, made, m.span())
        if office is None:
            continue
        if not any(mm.start == m.start() and mm.actor == office.id for mm in index.mentions):
            index.mentions.append(Mention(m.start(), m.end(), office.id))
        # (Added to what the stages recorded of a body named before, not recorded anew.)
        office.mentions = sorted({*office.mentions, Span.of(text, m.start(), m.end())})
        office.aliases.add(m.group(0))
        owners[office.id] = owner.id
        for r in index.refs:
            # (The office issued the text the discourse gave its owner.)
            if r.kind == "text" and r.actor == owner.id and r.start <= ps and m.end() <= r.end:
                r.actor = office.id
        issued = _ISSUED_BY.search(text, max(0, ps - 40), ps)
        if issued is not None and issued.group("noun").lower() in DOCUMENT_NOUNS:
            # (Where the discourse stage left the text unresolved: "A release by his
            # office says ..." has the office for its speaker all the same.)
            index.refs.append(Mention(issued.start(), m.end(), office.id, kind="text"))
    return owners


# The one speech act beyond the verbs of saying that a report of someone's words opens with
# ("X offered to host the talks, his office said"); "offer" alone is no cue of its own.
_OFFER = "offer"


def relay_offices(
    doc: Doc, statements: list[Statement], index: ActorIndex, owners: dict[str, str]
) -> None:
    """ "X told Y that ..., his office said": where the office's words report its owner's
    speech, the owner speaks, through the office (the guidelines' nested attribution: the
    original speaker, `via` the relaying actor); where they report a deed ("X met Y, his
    office said"), the office speaks."""
    for st in statements:
        owner = owners.get(st.speaker or "")
        if owner is None or st.via is not None or not _reports_speech(doc, st, index, owner):
            continue
        st.speaker, st.via = owner, st.speaker


def _reports_speech(doc: Doc, st: Statement, index: ActorIndex, owner: str) -> bool:
    """Whether the content makes `owner` the subject of a verb of saying or of a speech act."""
    for m in index.mentions + index.refs:
        if m.actor != owner or not (st.content.start <= m.start and m.end <= st.content.end):
            continue
        span = span_at(doc, m.start, m.end)
        if span is None or not span.root.dep_.startswith("nsubj"):
            continue
        # (Its conjuncts share the subject: "X held a call and offered to host talks".)
        for verb in (span.root.head, *span.root.head.conjuncts):
            lemma = verb.lemma_.lower()
            if verb.lower_ in SPEECH_VERBS or lemma in SPEECH_VERBS or lemma == _OFFER:
                return True
    return False


_MINISTER = re.compile(r"(?i)\b(?!prime\b)(?P<field>[a-z]+) minister\b")


def _ministry_of(index: ActorIndex, owner: Actor) -> Actor | None:
    """The one ministry the story names for the minister's field ("Foreign Minister X": the
    foreign ministry), which is the minister's office."""
    fields = {m.group("field").lower() for r in owner.roles for m in _MINISTER.finditer(r.title)}
    found = [
        a
        for a in index.actors
        if a.type == "Organization"
        and any(
            f"{f} ministry" in a.name.lower() or f"ministry of {f}" in a.name.lower()
            for f in fields
        )
    ]
    return found[0] if len(found) == 1 else None


def _short_name(text: str, index: ActorIndex, owner: Actor) -> str:
    """The word the story calls `owner` by alone where it names no other person: a one-word
    alias that is their family name ("Kim" of "Kim Jong Un"), else the last word of a name
    that cannot put the family name first; their full name otherwise (two Parks, or a
    family-first name the story never shortens)."""
    toks = normalize(owner.name).split()
    called = {text[m.start : m.end] for m in index.mentions if m.actor == owner.id}
    short = [a for a in called | owner.aliases if " " not in a.strip() and surname_of(toks, a)]
    word = short[0] if short else owner.name.split()[-1]
    if not short and family_first(toks):
        return owner.name
    others = [
        a
        for a in index.actors
        if a.type == "Person" and a.id != owner.id and surname_of(normalize(a.name).split(), word)
    ]
    return owner.name if others or len(toks) < 2 else word


def _office_of(
    text: str, index: ActorIndex, owner: Actor, found: dict[str, str], span: tuple[int, int]
) -> Actor | None:
    """The body that is `owner`'s office: one already named for them ("Roe's office"), the
    one leader's office named by title when they hold a head's office, or a new one, keyed
    by its owner as `_persons_offices` keys it (so two people of one surname get two)."""
    key = f"office:person:{owner.id}"
    if key in found:
        return index.by_id(found[key])
    name = f"{_short_name(text, index, owner)}'s office"
    forms = {n.lower() for n in (name, f"{owner.name}'s office")}
    forms |= {f.replace("'", "’") for f in forms}
    for a in index.actors:
        if a.type == "Organization" and a.name.lower() in forms:
            return a
    leaders = [
        a
        for a in index.actors
        if a.type == "Organization" and _LEADERS_OFFICE.search(a.name) and "office" in a.name
    ]
    if len(leaders) == 1 and any(_HEAD.search(r.title) for r in owner.roles):
        return leaders[0]
    ministry = _ministry_of(index, owner)
    if ministry is not None:
        return ministry
    add_body(index, found, key, name, None, *span)
    return index.by_id(found[key]) if key in found else None

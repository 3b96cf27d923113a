"""Which people of an article a description by title fits ("the Russian minister", "the South
Carolina senator"): their titles in the article and the gazetteer, and the state or body that
modifies the description."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from spacy.tokens import Token

from kg.extract.delegations import state_named
from kg.extract.discourse_pairs import GROUP_PEOPLE
from kg.extract.discourse_seen import Seen, topic
from kg.extract.discourse_words import (
    GENERIC_PERSON,
    MISSION_TITLES,
    OFFICE_NAMES,
    RANKS,
    SPOKES_NOUNS,
    TRADE_PERSON,
    after_according,
    bare_title,
    is_subject,
    role_words,
    spelled_out,
    with_the,
)
from kg.gazetteer import Entry, Gazetteer
from kg.model import Actor

# Words that make a title another office than its head noun alone ("the minister" is not the
# deputy minister or the prime minister, "the president" not the vice president).
RANK_WORDS = frozenset({"vice", "deputy", "assistant", "under", "prime", "former", "junior", "ex"})
_OWNER_LINK = re.compile(r" (?:of|for|to) ")
_WORD = re.compile(r"\w+")


def plain_fit(tok: Token, a: Actor, entry: Entry | None) -> bool:
    """Whether one of `a`'s titles holds the description's words with no rank word beside
    them that the description lacks: the same office, however it is worded ("foreign
    minister", "minister of foreign affairs" both fit "the minister"). The words must be
    the title's own, before any "of", "for" or "to" ("spokesperson for the president" is
    no president)."""
    # (whole words: "secretary" is no "undersecretary", "minister" no "administrator")
    words = set(_WORD.findall(" ".join(role_words(tok))))
    titles = [spelled_out(r.title) for r in a.roles]
    titles += [p.lower() for p in entry.positions] if entry is not None else []
    for t in titles:
        head = set(_WORD.findall(_OWNER_LINK.split(t)[0]))
        if words <= head and not (RANK_WORDS & head) - words:
            return True
    return False


def titled(
    tok: Token, mods: list[str], actors: dict[str, Actor], entries: dict[str, Entry | None]
) -> dict[str, int]:
    """People whose titles fit the description: person -> 2 for an exact fit, else 1."""
    written = written_title(tok)
    words = [*written, *role_words(tok)]
    lemma = tok.lemma_.lower()
    # (A generic word written as a title with its own words, "the High Representative",
    # names an office, which a holder's title must hold, not any official.)
    generic = lemma in GENERIC_PERSON and not written
    phrase = " ".join(words)
    leads = state_leader(tok)
    people: dict[str, int] = {}
    for a in actors.values():
        if a.type != "Person":
            continue
        titles = [spelled_out(r.title) for r in a.roles]
        entry = entries.get(a.id)
        if entry is not None:
            titles += [p.lower() for p in entry.positions]
        titles += same_offices(titles)
        fits = [t for t in titles if all(w in t for w in words)]
        if not fits and leads:
            fits = [t for t in titles if bare_title(t) in TOP_OFFICES]
        if not generic and not fits:
            continue
        if mods and not all(belongs(a, m, titles, actors, entries) for m in mods):
            continue
        if generic and not mods:
            continue
        people[a.id] = 2 if any(bare_title(t) == phrase for t in fits) else 1
    return people


def same_offices(titles: list[str]) -> list[str]:
    """The titles written with the other name of the same office (`OFFICE_NAMES`): a
    description may use either ("the Iraqi premier" is the person introduced as "Prime
    Minister X")."""
    return [
        t.replace(long, short) for t in titles for short, long in OFFICE_NAMES.items() if long in t
    ]


def written_title(tok: Token) -> list[str]:
    """The capitalised words a capitalised title is written with before its head ("the High
    Representative", "the Special Envoy": `high`, `special`), which the head alone does not
    say; none for a word in lower case or a title the parser made a name's part."""
    if not tok.text[:1].isupper() or tok.dep_ == "compound" or tok.i == tok.sent.start:
        return []
    return [
        c.lower_
        for c in tok.lefts
        if c.dep_ in ("compound", "amod")
        and c.whitespace_  # (a word of its own: "Secretary-General" is one title)
        and c.text[:1].isupper()
        and c.lower_ not in _PLAIN
        and c.ent_type_ not in ("NORP", "GPE")  # ("the Russian Representative": whose)
    ]


def title_before_name(
    tok: Token, named: Mapping[int, str], actors: Mapping[str, Actor]
) -> str | None:
    """ "X High Representative for Y Jane Doe said ... The High Representative added": a title
    written with its own words that no role the article gave fits is the person whose name
    an earlier sentence wrote right after those words (a title set before a name)."""
    written = written_title(tok)
    if not written:
        return None
    form = [*written, tok.lower_]
    doc = tok.doc
    for i in range(tok.sent.start - len(form) + 1):
        if [t.lower_ for t in doc[i : i + len(form)]] != form:
            continue
        # (The name closes the title's phrase: a few words on, in the same sentence.)
        for t in doc[i + len(form) : min(i + len(form) + 10, doc[i].sent.end)]:
            actor = named.get(t.i)
            if actor is not None and actors[actor].type == "Person":
                return actor
    return None


# Modifiers role_words already reads (no word twice in what a title must hold).
_PLAIN = frozenset({"prime", "foreign", "deputy", "defence", "defense", "vice", "special"})


# What a member named at the close of its description may be ("The largest member of the
# bloc, France, said").
MEMBER_KINDS = ("Person", "Country", "Organization")
# The offices that "the leader" or "the head of state" of a country describes.
TOP_OFFICES = {
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "emir",
    "supreme leader",
}


def state_leader(tok: Token) -> bool:
    """Whether a description names a country's leader without the office ("the Azerbaijani
    leader", "the head of state"): any top office fits it, not only a title with its words."""
    if tok.tag_ != "NN":
        return False
    if tok.lower_ == "leader":
        return any(c.dep_ in ("amod", "compound", "poss") for c in tok.lefts)
    return tok.lower_ == "head" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(x.dep_ == "pobj" and x.lower_ == "state" for x in c.children)
        for c in tok.children
    )


def belongs(
    person: Actor,
    mod: str,
    titles: list[str],
    actors: dict[str, Actor],
    entries: dict[str, Entry | None],
) -> bool:
    """Whether a person's roles or titles tie them to the state or body `mod`."""
    m = actors[mod]
    if any(r.of == mod for r in person.roles):
        return True
    if any(person.id in a.members and mod in (a.id, a.country) for a in actors.values()):
        return True  # a member of its delegation ("a US delegation headed by X": "the US envoy")
    forms = {m.name.lower(), *(a.lower() for a in m.aliases)}
    entry = entries.get(mod)
    if entry is not None:
        forms |= {x.lower() for x in (*entry.adjectives, *entry.aliases)}
    if any(f and f in t for f in forms for t in titles):
        return True
    pentry = entries.get(person.id)
    return bool(pentry and entry and pentry.country == entry.id)


def named_after_of(
    tok: Token, named: Mapping[int, str], actors: Mapping[str, Actor], body: bool = False
) -> str | None:
    """The state named right after a description by `of` ("the president of Türkiye"), which
    modifies it as "Turkish" would; with `body`, a body too ("a senior official of the
    Foreign Ministry": the body an unnamed official speaks for, as "a ministry official")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "of" or nxt.head != tok:
        return None
    obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    actor = named.get(obj.i) if obj is not None else None
    kinds = ("Country", "Organization") if body else ("Country",)
    return actor if actor is not None and actors[actor].type in kinds else None


def first_of_states(
    tok: Token,
    named: Mapping[int, str],
    actors: dict[str, Actor],
    entries: dict[str, Entry | None],
) -> list[str]:
    """ "the Ethiopian and Eritrean leaders", "the Russian and Turkish ministers", "the
    ministers of Chad and Niger": people of two states named together, as a subject: the first
    state's speak for them (as the first of a pair does): its people whose titles fit the
    noun, any office for "leaders"."""
    lemma = tok.lemma_.lower()
    if lemma not in GROUP_PEOPLE:
        return []
    # The states' words: before the noun (as adjectives, or names the parser hangs on it as
    # `nmod`), or after it by `of`.
    words = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    words += [x for c in tok.rights if c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]
    first = None
    for c in words:
        state = named.get(c.i)
        if state is not None:
            if any(x.dep_ == "conj" and named.get(x.i, state) != state for x in c.children):
                first = state
    if first is None or tok.tag_ != "NNS" or actors[first].type != "Country":
        return []
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []  # (elsewhere, "met the X and Y leaders", the group is both parties)
    out = []
    for a in actors.values():
        if a.type != "Person":
            continue
        titles = [spelled_out(r.title) for r in a.roles]
        entry = entries.get(a.id)
        titles += [p.lower() for p in entry.positions] if entry is not None else []
        fits = lemma == "leader" and titles or [t for t in titles if lemma in t]
        # (An office of the state itself: "Greek" in someone's title may be a people's.)
        sentry = entries.get(first)
        of_state = any(r.of == first for r in a.roles) or bool(
            entry and sentry and entry.country == sentry.id
        )
        if fits and of_state:
            out.append(a.id)
    return out


def closing_name(tok: Token, named: Mapping[int, str], actors: Mapping[str, Actor]) -> str | None:
    """`The largest member of the bloc, France, said`, `A report by the rapporteur, Jane Roe,
    found`: a description in subject place whose last words, set off by commas, name an
    actor of one of MEMBER_KINDS is that actor, whichever noun of the description the parser hung
    the name on."""
    if not is_subject(tok):
        return None
    last = tok.right_edge.i
    doc = tok.doc
    for c in tok.subtree:
        if c.dep_ != "appos" or c.i <= tok.i or (actor := named.get(c.i)) is None:
            continue
        end = c.right_edge.i
        # (Closed by a comma that ends the subject: not "the head of X, a Y group, and Z".)
        closed = end + 1 < len(doc) and doc[end + 1].text == "," and end + 1 >= last
        opened = doc[c.left_edge.i - 1].text == ","
        if closed and opened and actors[actor].type in MEMBER_KINDS:
            return actor
    return None


# Unnamed people who speak for a body, not for the person the story follows ("the official").
UNNAMED_ROLES = GENERIC_PERSON - {"diplomat", "negotiator"}
# Descriptions by what someone does on a mission, not by an office ("the envoy").
# (Words of rank, `RANKS`, leave a bare title bare: "the top diplomat".)


def bare_title_holder(
    tok: Token,
    history: list[Seen],
    actors: Mapping[str, Actor],
    entries: Mapping[str, Entry | None],
) -> str | None:
    """ "X received the envoys ... The Minister commended them", "according to the envoy": a
    bare title in a source's place that no title the article or the gazetteer gives anyone
    fits (the caller has asked `titled`) is the person the story follows, when nothing known
    of them gives them an office; a mission ("the envoy", "the diplomat") anyone who leads no
    state. (The guidelines: the speaker is the canonical actor also when named by a role.)"""
    lemma = tok.lemma_.lower()
    if not with_the(tok) or tok.tag_ not in ("NN", "NNP") or not _source_place(tok):
        return None
    if lemma in SPOKES_NOUNS or lemma in TRADE_PERSON or lemma in UNNAMED_ROLES:
        return None  # (they speak for someone else, or for a body, or are an epithet)
    if any(c.dep_ in ("amod", "compound", "prep") and c.lower_ not in RANKS for c in tok.children):
        return None  # ("the Russian minister", "the head of X": a description of its own)

    def fits(a: str) -> bool:
        if actors[a].type != "Person":
            return False
        entry = entries.get(a)
        titles = [r.title.lower() for r in actors[a].roles]
        titles += [p.lower() for p in entry.positions] if entry is not None else []
        if lemma in MISSION_TITLES:
            return not any(bare_title(t) in TOP_OFFICES for t in titles)
        return not titles

    return topic(history, tok, fits)


def _source_place(tok: Token) -> bool:
    """Whether a description stands where a source does: a subject, "according to" it, or
    whom a report quotes ("quoted the envoy as saying")."""
    if is_subject(tok):
        return True
    if after_according(tok):
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("quote", "cite")


def stateless_fit(
    tok: Token,
    mods: list[str],
    actors: Mapping[str, Actor],
    entries: Mapping[str, Entry | None],
    gz: Gazetteer,
) -> Callable[[str], bool]:
    """ "X, the envoy of the UN, arrived ... The Lebanese diplomat is to meet": a singular
    description with a state word, that no one `titled` holds, fits a person of whom the
    article and the gazetteer give no other state (their own may be what the description
    first tells), and whose titles hold its noun unless it fits anyone who speaks for a state
    ("diplomat", "official"). The caller keeps to the person in view."""
    lemma = tok.lemma_.lower()
    states = {e.id for m in mods if actors[m].type == "Country" and (e := entries.get(m))}
    if not states or len(states) < len(mods):
        return lambda _a: False  # (a modifier that names no state: no one's state to fit)

    def fits(a: str) -> bool:
        person = actors[a]
        if person.type != "Person":
            return False
        entry = entries.get(a)
        titles = [spelled_out(r.title) for r in person.roles]
        titles += [p.lower() for p in entry.positions] if entry is not None else []
        if lemma not in GENERIC_PERSON and not any(lemma in t for t in titles):
            return False  # ("the Lebanese minister": a minister; "the diplomat": anyone's)
        own = {entry.country} if entry is not None and entry.country else set()
        # ("US envoy X": a state word of a title is theirs, but not in a title with a body
        # they serve: "the UN envoy for Libya" is sent there.)
        serving = [spelled_out(r.title) for r in person.roles if _serves_body(r.of, actors)]
        for title in (t for t in titles if t not in serving):
            words = title.split()
            spans = (" ".join(words[k : k + n]) for n in (1, 2, 3) for k in range(len(words)))
            own |= {e.id for phrase in spans if (e := state_named(phrase, gz)) is not None}
        for ref in (person.country, *(r.of for r in person.roles)):
            if ref is not None and ref in actors and actors[ref].type == "Country":
                own |= {e.id} if (e := entries.get(ref)) is not None else set()
        return not own or states <= own

    return fits


def _serves_body(ref: str | None, actors: Mapping[str, Actor]) -> bool:
    return ref is not None and ref in actors and actors[ref].type == "Organization"

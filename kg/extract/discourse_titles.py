"""Which people of an article a description by title fits ("the Russian minister", "the South
Carolina senator"): their titles in the article and the gazetteer, and the state or body that
modifies the description."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from kg.extract.discourse_words import GENERIC_PERSON, bare_title, role_words, spelled_out
from kg.gazetteer import Entry
from kg.model import Actor


def titled(
    tok: Token, mods: list[str], actors: dict[str, Actor], entries: dict[str, Entry | None]
) -> dict[str, int]:
    """People whose titles fit the description: person -> 2 for an exact fit, else 1."""
    words = role_words(tok)
    lemma = tok.lemma_.lower()
    phrase = " ".join(words)
    people: dict[str, int] = {}
    for a in actors.values():
        if a.type != "Person":
            continue
        titles = [spelled_out(r.title) for r in a.roles]
        entry = entries.get(a.id)
        if entry is not None:
            titles += [p.lower() for p in entry.positions]
        fits = [t for t in titles if all(w in t for w in words)]
        if lemma not in GENERIC_PERSON and not fits:
            continue
        if mods and not all(belongs(a, m, titles, actors, entries) for m in mods):
            continue
        if lemma in GENERIC_PERSON and not mods:
            continue
        people[a.id] = 2 if any(bare_title(t) == phrase for t in fits) else 1
    return people


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
    forms = {m.name.lower(), *(a.lower() for a in m.aliases)}
    entry = entries.get(mod)
    if entry is not None:
        forms |= {x.lower() for x in (*entry.adjectives, *entry.aliases)}
    if any(f and f in t for f in forms for t in titles):
        return True
    pentry = entries.get(person.id)
    return bool(pentry and entry and pentry.country == entry.id)


def state_after_of(tok: Token, named: Mapping[int, str], actors: Mapping[str, Actor]) -> str | None:
    """The state named right after a description by `of` ("the president of Türkiye"), which
    modifies it as "Turkish" would."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "of" or nxt.head != tok:
        return None
    obj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    actor = named.get(obj.i) if obj is not None else None
    return actor if actor is not None and actors[actor].type == "Country" else None

"""The gazetteer: states, institutions and office holders that extraction knows by name.

Data lives in `data/gazetteer.json` (see its `note`); this module indexes it for lookup by
surface form, adjective and city, and produces EntityRuler patterns.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.mojibake import repair

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.json"

# Label the EntityRuler gives each entry type; adjectives are NORP as in OntoNotes.
RULER_LABELS = {"Country": "GPE", "Organization": "ORG", "Person": "PERSON"}

# A Wikidata item identifier. The gazetteer's QIDs become `schema:sameAs wd:Q…` links, so a
# malformed one is a load error rather than a silently broken IRI.
QID = re.compile(r"Q[1-9][0-9]*")


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    type: str  # "Country", "Organization" or "Person"
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None  # entry id of the state it belongs to
    org_kind: str | None = None
    template: str | None = None  # generic institution kind ("mfa", "mod", ...)
    positions: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    gender: str | None = None  # "f" or "m" for people, for pronoun agreement


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Fold a surface form for lookup: case, accents, punctuation, leading article, possessive.

    Cached: every stage folds the same article's names over and over (about 500 calls per
    article); a pure function of its string."""
    text = unicodedata.normalize("NFKD", repair(text))  # "PeÃ±a" folds as "Peña" does
    text = "".join(c for c in text if not unicodedata.combining(c))
    # (Turkish dotless "ı" has no accent to strip: "Ajansı" folds as "Ajansi" is written.)
    text = text.replace("’", "'").replace("ı", "i").lower().strip()
    text = _POSSESSIVE.sub("", text)
    text = _ARTICLE.sub("", text)
    text = _DOTS.sub("", text)
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


# `normalize`'s patterns, compiled once (`re.sub` of a pattern string looks it up on each call).
_POSSESSIVE = re.compile(r"'s$")
_ARTICLE = re.compile(r"^the\s+")
_DOTS = re.compile(r"[.\u2019']")
_NON_WORD = re.compile(r"[^\w]+")


# British and American spellings of the words of bodies' names ("Organisation for Security
# and Co-operation", "Ministry of Defence", "Centre for ..."): one body however an outlet
# spells it. Applied to normalized forms (lower case, hyphens as spaces).
_SPELLINGS = (
    (re.compile(r"\bco operat"), "cooperat"),
    (re.compile(r"isation"), "ization"),
    (re.compile(r"\bdefence\b"), "defense"),
    (re.compile(r"\bcentre\b"), "center"),
    (re.compile(r"\bprogramme\b"), "program"),
    (re.compile(r"\blabour\b"), "labor"),
)


@lru_cache(maxsize=65536)
def spelling(norm: str) -> str:
    """A normalized form with its British spellings made American (`_SPELLINGS`). Cached as
    `normalize` is: each lookup of a name the gazetteer lacks asks it (six patterns a form)."""
    for pattern, american in _SPELLINGS:
        norm = pattern.sub(american, norm)
    return norm


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", repair(text)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)  # normalized form -> entry id
    by_spelling: dict[str, str] = field(default_factory=dict)  # `spelling` of a form -> entry id
    by_adjective: dict[str, str] = field(default_factory=dict)  # "russian" -> "russia"
    cities: dict[str, tuple[str, bool]] = field(default_factory=dict)  # norm -> (country, capital)
    city_qids: dict[str, str] = field(default_factory=dict)  # norm -> Wikidata QID, where confirmed
    # norm -> the region listed as its place ("Anchorage" lies in "Alaska"), below the state
    city_within: dict[str, str] = field(default_factory=dict)
    city_names: list[str] = field(default_factory=list)
    generic: dict[str, str] = field(default_factory=dict)  # "foreign ministry" -> "mfa"
    templates: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, mfa) -> id
    outlets: set[str] = field(default_factory=set)  # normalized names of news outlets
    by_qid: dict[str, str] = field(default_factory=dict)  # Wikidata QID -> entry id

    def outlet(self, surface: str) -> bool:
        return normalize(surface) in self.outlets

    def lookup(self, surface: str) -> Entry | None:
        norm = normalize(surface)
        eid = self.by_alias.get(norm) or self.by_spelling.get(spelling(norm))
        return self.entries[eid] if eid else None

    def entry_of(self, name: str, wikidata: str | None) -> Entry | None:
        """The entry of an actor: by its name, else by its Wikidata ID (an actor named by the
        article's fuller form, "Joseph R. Biden Jr.", keeps the entry it was resolved to)."""
        entry = self.lookup(name)
        if entry is None and wikidata:
            eid = self.by_qid.get(wikidata)
            entry = self.entries[eid] if eid else None
        return entry

    def adjective(self, surface: str) -> Entry | None:
        eid = self.by_adjective.get(normalize(surface))
        return self.entries[eid] if eid else None

    def city_country(self, surface: str) -> tuple[Entry, bool] | None:
        hit = self.cities.get(normalize(surface))
        return (self.entries[hit[0]], hit[1]) if hit else None

    def region_of(self, surface: str) -> str | None:
        """The region of the gazetteer a city lies in, folded ("alaska" for "Anchorage")."""
        return self.city_within.get(normalize(surface))

    def city_wikidata(self, surface: str) -> str | None:
        """The Wikidata QID of a city in the gazetteer (capitals so far), for `Place.wikidata`."""
        return self.city_qids.get(normalize(surface))

    def institution(self, country_id: str, template: str) -> Entry | None:
        eid = self.templates.get((country_id, template))
        return self.entries[eid] if eid else None

    def generic_kind(self, surface: str) -> str | None:
        return self.generic.get(normalize(surface))

    def ruler_patterns(self) -> list[dict[str, str]]:
        """EntityRuler phrase patterns; `id` carries the entry id through to `ent.ent_id_`."""
        patterns: list[dict[str, str]] = []
        seen: set[str] = set()
        for e in self.entries.values():
            label = RULER_LABELS[e.type]
            for form in _with_curly((e.name, *e.aliases, *printed_forms(e))):
                if len(form) < 2 or form in seen:
                    continue
                seen.add(form)
                patterns.append({"label": label, "pattern": form, "id": e.id})
            for adj in e.adjectives:
                if adj not in seen:
                    seen.add(adj)
                    patterns.append({"label": "NORP", "pattern": adj, "id": e.id})
        # Cities are places, never actors, but the small model often mistypes them ("Kyiv" as
        # PERSON); a GPE label without an entry id keeps them out of the actor list.
        for city in self.city_names:
            if city not in seen:
                seen.add(city)
                patterns.append({"label": "GPE", "pattern": city, "id": f"city:{slug(city)}"})
        return patterns


# A state's name of two words joined by "and" or a hyphen ("Eastland and Westland",
# "Northland-Bissau"), which the news also prints the other way ("Eastland-Westland",
# "Northland Bissau").
_JOINED = re.compile(r"([A-Z][a-z]+)(?: and |-)([A-Z][a-z]+)")


def printed_forms(e: Entry) -> tuple[str, ...]:
    """Other spellings of a state's name the news prints: "Eastland-Westland" for "Eastland
    and Westland", "Northland Bissau" for "Northland-Bissau". Found as the entry, they stay
    its aliases as printed (a reader's form of the name)."""
    if e.type != "Country":
        return ()
    out: list[str] = []
    for form in (e.name, *e.aliases):
        m = _JOINED.fullmatch(form)
        if m is None:
            continue
        first, second = m.groups()
        out.append(f"{first}-{second}" if " and " in form else f"{first} {second}")
    return tuple(out)


def _with_curly(forms: tuple[str, ...]) -> list[str]:
    """The forms, and each one with an apostrophe also as news prints it ("People’s Liberation
    Army"): the ruler matches token texts exactly, and lookups fold the two already."""
    out = list(forms)
    out += [f.replace("'", "\u2019") for f in forms if "'" in f]
    return out


def _entry(raw: dict[str, object], etype: str) -> Entry:
    def strs(key: str) -> tuple[str, ...]:
        value = raw.get(key) or []
        assert isinstance(value, list)
        return tuple(str(v) for v in value)

    def opt(key: str) -> str | None:
        value = raw.get(key)
        return str(value) if value else None

    return Entry(
        id=str(raw["id"]),
        name=str(raw["name"]),
        type=etype,
        aliases=strs("aliases"),
        wikidata=_qid(opt("wikidata"), str(raw["id"])),
        country=opt("country"),
        org_kind=opt("org_kind"),
        template=opt("template"),
        positions=strs("positions"),
        adjectives=strs("adjectives"),
        gender=opt("gender"),
    )


def _qid(value: str | None, where: str) -> str | None:
    if value is not None and not QID.fullmatch(value):
        raise ValueError(f"gazetteer {where}: {value!r} is not a Wikidata QID")
    return value


def load(path: Path | None = None) -> Gazetteer:
    path = path or Path(os.environ.get("KG_GAZETTEER", DEFAULT_PATH))
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    gz = Gazetteer()
    for key, etype in (
        ("countries", "Country"),
        ("organizations", "Organization"),
        ("people", "Person"),
    ):
        for raw in data.get(key, []):
            e = _entry(raw, etype)
            gz.entries[e.id] = e
            if e.wikidata:
                gz.by_qid.setdefault(e.wikidata, e.id)
            for form in (e.name, *e.aliases, *printed_forms(e)):
                n = normalize(form)
                if n in gz.by_alias and gz.by_alias[n] != e.id:
                    log.debug("alias %r of %s already names %s", form, e.id, gz.by_alias[n])
                    continue
                gz.by_alias[n] = e.id
                gz.by_spelling.setdefault(spelling(n), e.id)
            for adj in e.adjectives:
                gz.by_adjective.setdefault(normalize(adj), e.id)
            if e.template and e.country:
                gz.templates[(e.country, e.template)] = e.id
    for city, info in data.get("cities", {}).items():
        gz.cities[normalize(city)] = (info["country"], bool(info.get("capital")))
        if info.get("within"):
            gz.city_within[normalize(city)] = normalize(info["within"])
        qid = _qid(info.get("wikidata"), city)
        if qid:
            gz.city_qids[normalize(city)] = qid
        gz.city_names.append(city)
    gz.outlets = {normalize(name) for name in data.get("outlets", [])}
    for kind, forms in data.get("generic_institutions", {}).items():
        for form in forms:
            gz.generic[normalize(form)] = kind
    return gz


@lru_cache(maxsize=4)
def default() -> Gazetteer:
    return load()

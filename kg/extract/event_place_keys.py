"""Places as event coreference compares them: "Kiev" is "Kyiv", "Sharm el-Sheikh" lies in
"Egypt", two cities of one state are two places."""

from __future__ import annotations

from dataclasses import dataclass

from kg.gazetteer import Gazetteer, normalize


@dataclass(frozen=True)
class PlaceKey:
    """A place as coreference compares it: which place it is (the city's Wikidata item where
    the gazetteer knows it, so "Kiev" is "Kyiv"; else its folded name) and the places of the
    gazetteer it lies in (its region, its state)."""

    ident: str
    within: frozenset[str] = frozenset()


def place_key(name: str, gz: Gazetteer | None) -> PlaceKey:
    if "," in name:  # "Benghazi, Libya": the city, within the state named after it
        city, within = (part.strip() for part in name.split(",", 1))
        inner, outer = place_key(city, gz), place_key(within, gz)
        return PlaceKey(inner.ident, inner.within | {outer.ident} | outer.within)
    if gz is None:
        return PlaceKey(normalize(name))
    hit = gz.city_country(name)
    if hit:
        region = gz.region_of(name)
        around = {normalize(hit[0].name)} | ({place_key(region, gz).ident} if region else set())
        return PlaceKey(gz.city_wikidata(name) or normalize(name), frozenset(around))
    state = gz.lookup(name)
    if state is not None and state.type == "Country":
        return PlaceKey(normalize(state.name))
    return PlaceKey(normalize(name))


def same_place(a: PlaceKey, b: PlaceKey) -> bool:
    """One place, or one inside the other ("Sharm el-Sheikh" and "Egypt", "Anchorage" and
    "Alaska"); two cities of one state are two places."""
    return a.ident == b.ident or a.ident in b.within or b.ident in a.within

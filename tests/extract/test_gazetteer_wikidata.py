"""The gazetteer's Wikidata links: well formed, each confirmed in data/wikidata-provenance.json,
one identity per item, and emitted as `schema:sameAs wd:Q…` in an article's RDF."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from extract_helpers import article

from kg import gazetteer
from kg.extract.pipeline import Pipeline
from kg.gazetteer import QID, normalize
from kg.mapping import place_iri, to_graph
from kg.namespaces import SCHEMA, WD

DATA = Path(__file__).resolve().parents[2] / "data"
SECTIONS = ("countries", "organizations", "people")


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return _load("gazetteer.json")


@pytest.fixture(scope="module")
def provenance() -> dict[str, Any]:
    return _load("wikidata-provenance.json")


def _entry_qids(raw: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e["wikidata"] for s in SECTIONS for e in raw[s] if e.get("wikidata")}


def _city_qids(raw: dict[str, Any]) -> dict[str, str]:
    return {city: info["wikidata"] for city, info in raw["cities"].items() if info.get("wikidata")}


def _confirmed(record: dict[str, Any], qid: str, sources: dict[str, Any]) -> None:
    assert record["qid"] == qid
    assert record["evidence"], qid
    for ev in record["evidence"]:
        # A named source is a stored file (repo, path); an index source quotes what it says.
        assert ev["source"] in sources or ev["source"].startswith("index:"), ev
        assert ev["says"].strip(), ev


def test_every_qid_is_well_formed_and_confirmed(
    raw: dict[str, Any], provenance: dict[str, Any]
) -> None:
    entries, cities = _entry_qids(raw), _city_qids(raw)
    assert len(entries) > 200 and len(cities) > 100  # the checks below must have work to do
    for eid, qid in entries.items():
        assert QID.fullmatch(qid), (eid, qid)
        assert eid in provenance["entries"], f"{eid} ({qid}) has no provenance"
        _confirmed(provenance["entries"][eid], qid, provenance["sources"])
    for city, qid in cities.items():
        assert QID.fullmatch(qid), (city, qid)
        assert city in provenance["cities"], f"{city} ({qid}) has no provenance"
        _confirmed(provenance["cities"][city], qid, provenance["sources"])


def test_provenance_describes_the_gazetteer_as_it_is(
    raw: dict[str, Any], provenance: dict[str, Any]
) -> None:
    """No stale record: a QID dropped or changed in the gazetteer is dropped here too."""
    entries, cities = _entry_qids(raw), _city_qids(raw)
    assert {k: v["qid"] for k, v in provenance["entries"].items()} == entries
    assert {k: v["qid"] for k, v in provenance["cities"].items()} == cities
    unverified = provenance["unverified"]
    for eid in (*unverified["people"], *unverified["organizations"]):
        assert eid not in entries
    for section, listed in (("people", "people"), ("organizations", "organizations")):
        ids = {e["id"] for e in raw[section]}
        assert set(unverified[listed]) == ids - set(entries)


def test_one_entry_per_wikidata_item(raw: dict[str, Any]) -> None:
    """An item has one canonical entry; two city names with one QID name the same city."""
    seen: dict[str, str] = {}
    for eid, qid in _entry_qids(raw).items():
        assert qid not in seen, f"{qid} is both {seen[qid]} and {eid}"
        seen[qid] = eid
    by_qid: dict[str, set[str]] = {}
    for city, qid in _city_qids(raw).items():
        assert qid not in seen, f"{qid} is both {seen[qid]} and the city {city}"
        by_qid.setdefault(qid, set()).add(raw["cities"][city]["country"])
    assert all(len(countries) == 1 for countries in by_qid.values())


def test_a_malformed_qid_fails_to_load(tmp_path: Path, raw: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(raw))
    broken["countries"][0]["wikidata"] = "Q0889"
    path = tmp_path / "gazetteer.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(ValueError, match="not a Wikidata QID"):
        gazetteer.load(path)


def test_loaded_gazetteer_carries_the_links() -> None:
    gz = gazetteer.load()
    spain = gz.lookup("Spain")
    assert spain is not None and spain.wikidata == "Q29"
    assert gz.city_wikidata("Kiev") == gz.city_wikidata("Kyiv") == "Q1899"
    assert gz.city_wikidata(normalize("Lisbon")) == "Q597"
    assert gz.city_wikidata("Springfield") is None


def test_a_state_and_a_capital_get_their_wikidata_iris(pipeline: Pipeline) -> None:
    text = (
        "Spain and Morocco hold talks in Lisbon\n"
        "\n"
        "Spanish and Moroccan envoys met in Lisbon on Monday. Spain said the talks on fisheries "
        "were constructive, and Morocco agreed.\n"
    )
    x = pipeline.extract(article(text))
    graph = to_graph(x, pipeline.version)
    spain = next(a for a in x.actors if a.name == "Spain")
    assert spain.wikidata == "Q29"
    linked = {o for o in graph.objects(None, SCHEMA.sameAs)}
    assert WD["Q29"] in linked and WD["Q1028"] in linked  # Spain, Morocco
    place = next(ev.location for ev in x.events if ev.location is not None)
    assert place.name == "Lisbon" and place.wikidata == "Q597"
    assert (place_iri(place), SCHEMA.sameAs, WD["Q597"]) in graph


def test_a_capital_is_the_one_its_states_wikidata_row_names(
    raw: dict[str, Any], provenance: dict[str, Any]
) -> None:
    """A city marked capital and confirmed by a country table is that country's capital there:
    the row quoted is the row of the city's own country (by the country's QID)."""
    country_qid = {e["id"]: e.get("wikidata") for e in raw["countries"]}
    checked = 0
    for city, info in raw["cities"].items():
        record = provenance["cities"].get(city)
        if not info.get("capital") or record is None:
            continue
        for ev in record["evidence"]:
            if ev["source"] == "conzept":
                assert ev["says"].startswith(f'"{country_qid[info["country"]]}": '), city
                assert f'"capital": "{record["qid"]}"' in ev["says"], city
                checked += 1
    assert checked > 150  # every capital of the table, not only the big powers'
    for city in ("Athens", "Rome", "Vienna", "Havana", "Nairobi", "Bangkok"):
        assert raw["cities"][city]["capital"] is True, city

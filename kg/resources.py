"""Where the files shipped with Parley live (ontology, queries, gazetteer)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
QUERIES_DIR = ONTOLOGY_DIR / "queries"
DATA_DIR = ROOT / "data"

"""Settings resolved from CLI flags, then `KG_*` environment variables, then defaults."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_STORE = Path("kb")
# Items per page of a shipped query (kg.paging), here so the CLI can show it without loading it.
DEFAULT_PAGE_LIMIT = 100


def env(name: str, default: str) -> str:
    return os.environ.get(f"KG_{name}", default)


def store_path(flag: Path | None) -> Path:
    if flag is not None:
        return flag
    return Path(env("STORE", str(DEFAULT_STORE)))


def default_workers() -> int:
    return int(env("WORKERS", str(os.cpu_count() or 1)))

"""Parley: a knowledge graph of actors, statements and negotiations from news articles.

import kg
kb = kg.open("kb")            # see kg.api
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from kg.api import KnowledgeBase, open  # noqa: A004

__all__ = ["KnowledgeBase", "open", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import kg.reading` (workers, the CLI) does not load the store and rdflib.
    if name in ("open", "KnowledgeBase"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

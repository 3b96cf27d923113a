"""Writers of SPARQL terms for values the server and the CLI put into queries.

(Reading queries is left to the engines' parsers: rdflib's in `server.analysis` and
`server.update_guard`, Oxigraph's in the sandboxed query processes.)
"""

from __future__ import annotations

import re


def sparql_string(value: str) -> str:
    """A SPARQL string literal for arbitrary text (for values the server puts into queries)."""
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


_IRI_BAD = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def sparql_iri(value: str) -> str:
    """`<value>` for an IRI the server puts into a query; refuses characters IRIs cannot hold."""
    if _IRI_BAD.search(value):
        raise ValueError(f"not an IRI: {value!r}")
    return f"<{value}>"

"""Using the knowledge base from Python (e.g. in a notebook).

.venv/bin/kg ingest data/articles --store kb
.venv/bin/python examples/notebook_example.py kb
"""

from __future__ import annotations

import sys

import kg
from kg import queries
from kg.linking import EVENT_REPORTS_QUERY


def main(store: str) -> None:
    kb = kg.open(store)  # a folder, or the URL of a SPARQL server
    print(kb.stats())

    # Rows as dicts: who speaks most often?
    rows = kb.query(
        "SELECT ?name (COUNT(?s) AS ?n) WHERE { ?s pa:speaker ?a . ?a pa:name ?name } "
        "GROUP BY ?name ORDER BY DESC(?n) LIMIT 10"
    )
    for row in rows:
        print(f"{row['n']:>4}  {row['name']}")

    # A contract query as a DataFrame, then ordinary pandas.
    statements = kb.query_df(queries.load("statements").text)
    print(statements.groupby("kind").size())

    # Events reported by several articles, with each report's status and publication date.
    reports = kb.query_df(EVENT_REPORTS_QUERY)
    if len(reports):
        shared = reports.groupby("canonical").filter(lambda g: g["article"].nunique() > 1)
        print(shared[["canonical", "published", "status", "kind", "date"]])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "kb")

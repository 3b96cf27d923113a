"""`kg eval`: extraction quality measured against gold data, read back through the knowledge base.

- `matching`: the README's matching rules (names, contents, one-to-one assignment, P/R/F1);
- `predictions`: ingest into a fresh store and read the contract queries' rows;
- `gold`, `polnear`, `plover`: the three evaluations; `report`: running and printing them.
"""

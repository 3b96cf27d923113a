"""Helpers to compare stores: N-Quads lines and canonical datasets.

A module of its own (not conftest) so test files import it by a name no other folder uses.
"""

from __future__ import annotations

import io
import re
import warnings

import pyoxigraph as ox

from kg.store import KnowledgeStore

# prov:endedAtTime records when an article was extracted: the only triple that differs between
# two ingests of the same input into two stores.
_ENDED = re.compile(r"<http://www\.w3\.org/ns/prov#endedAtTime> \"[^\"]*\"\^\^<[^>]*>")


def dump_lines(store: KnowledgeStore, drop_times: bool = False) -> list[str]:
    """The store as sorted N-Quads lines (no blank nodes in article graphs, so this is exact)."""
    buf = io.BytesIO()
    store.dump(buf, ox.RdfFormat.N_QUADS)
    lines = buf.getvalue().decode("utf-8").splitlines()
    if drop_times:
        lines = [_ENDED.sub("<ended>", line) for line in lines]
    return sorted(lines)


def canonical_dataset(nquads: bytes, drop_times: bool = False) -> dict[str, object]:
    """Graph name -> canonical form: equal exactly when the datasets are isomorphic per graph.

    Blank node labels (the ontology has some) differ between stores; rdflib's canonical
    labelling makes graphs comparable regardless.
    """
    from rdflib import Dataset
    from rdflib.compare import to_canonical_graph

    text = nquads.decode("utf-8")
    if drop_times:
        text = _ENDED.sub('<http://www.w3.org/ns/prov#endedAtTime> "0"', text)
    ds = Dataset()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own nquads parser
        ds.parse(data=text, format="nquads")
    out: dict[str, object] = {}
    for g in ds.graphs():
        if len(g):
            out[str(g.identifier)] = frozenset(to_canonical_graph(g))
    return out


def dataset_of(store: KnowledgeStore, drop_times: bool = False) -> dict[str, object]:
    buf = io.BytesIO()
    store.dump(buf, ox.RdfFormat.N_QUADS)
    return canonical_dataset(buf.getvalue(), drop_times)

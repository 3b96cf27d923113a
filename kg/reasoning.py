"""OWL consistency check of the ontology plus article graphs, with HermiT through owlready2.

SHACL (kg.validation) checks each article graph on its own; the reasoner checks what the
ontology's axioms say about the knowledge base as a whole: disjoint classes (an actor that is
both a person and a country), functional properties (an event with two statuses), the closed
list of event statuses.

Datatypes: HermiT accepts only the OWL 2 datatype map, which lacks xsd:date, xsd:gMonthDay and
xsd:time, all of which article graphs use (pa:published, pa:date, pa:asOf, pa:time). HermiT's
`ignoreUnsupportedDatatypes` option (owlready2: `ignore_unsupported_datatypes=True`) makes it
treat such literals as opaque values instead of refusing the ontology. That is sound for this
check: a reported inconsistency is real; the only thing left unchecked is the lexical form of
those literals, which the SHACL shapes already check. The ontology keeps no rdfs:range on the
properties that take those datatypes except pa:time (a single, correct range), so nothing in
the axioms depends on their values.
"""

from __future__ import annotations

import io
import logging
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import owlready2
from rdflib import Graph

from kg.resources import ONTOLOGY_DIR

log = logging.getLogger(__name__)

ONTOLOGY_PATH = ONTOLOGY_DIR / "parley.ttl"
# The IRI under which owlready2 files the merged triples; it names nothing outside this module.
_KB_IRI = "https://w3id.org/parley/kb/reasoner-input"


class ReasoningError(Exception):
    """The reasoner could not run (no Java, HermiT crashed, unreadable input)."""


@dataclass(frozen=True)
class ConsistencyResult:
    consistent: bool  # no contradiction and no unsatisfiable class
    triples: int  # triples handed to the reasoner (ontology included)
    seconds: float  # wall time of the reasoner run (loading included)
    message: str  # a one-line summary for the CLI
    # Classes HermiT proved empty: consistent data, but an ontology bug that would hide errors.
    unsatisfiable: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return self.consistent


def merged_graph(graphs: Iterable[Graph], ontology_path: Path = ONTOLOGY_PATH) -> Graph:
    """The ontology and all article graphs in one graph, as the reasoner sees them."""
    merged = Graph()
    merged.parse(ontology_path, format="turtle")
    for graph in graphs:
        for triple in graph:
            merged.add(triple)
    return merged


def to_ntriples(graph: Graph) -> bytes:
    """N-Triples, because owlready2 reads RDF/XML, OWL/XML and N-Triples but not Turtle."""
    data = graph.serialize(format="nt", encoding="utf-8")
    assert isinstance(data, bytes)
    return data


def load_world(graph: Graph) -> owlready2.World:
    """A fresh owlready2 world holding `graph`: reasoning never touches the default world."""
    world = owlready2.World()
    onto = world.get_ontology(_KB_IRI)
    onto.load(fileobj=io.BytesIO(to_ntriples(graph)), format="ntriples")
    return world


def check_consistency(
    graphs: Iterable[Graph], ontology_path: Path = ONTOLOGY_PATH
) -> ConsistencyResult:
    """Run HermiT over the ontology plus `graphs`; say whether they are consistent."""
    started = time.monotonic()
    merged = merged_graph(graphs, ontology_path)
    world = load_world(merged)
    consistent = True
    unsatisfiable: tuple[str, ...] = ()
    try:
        owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
        unsatisfiable = tuple(
            sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)
        )
    except owlready2.OwlReadyInconsistentOntologyError:
        consistent = False
    except (owlready2.OwlReadyJavaError, OSError, subprocess.SubprocessError) as err:
        raise ReasoningError(f"HermiT failed: {err}") from err
    finally:
        world.close()
    seconds = time.monotonic() - started
    if not consistent:
        verdict = "INCONSISTENT"
    elif unsatisfiable:
        verdict = f"unsatisfiable classes {', '.join(unsatisfiable)}"
    else:
        verdict = "consistent"
    message = f"{verdict}: {len(merged)} triples checked by HermiT in {seconds:.1f} s"
    log.info(message)
    return ConsistencyResult(
        consistent and not unsatisfiable, len(merged), seconds, message, unsatisfiable
    )

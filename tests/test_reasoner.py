"""HermiT (through owlready2) on the ontology plus a sample knowledge base.

The knowledge base is two article graphs built by kg.mapping from the sample extraction, sharing
their actors. owlready2 does not read Turtle, so kg.reasoning hands it N-Triples.
"""

from __future__ import annotations

import shutil
import time

import owlready2
import pytest
from fixtures_rdf import TALKS, UMEROV, knowledge_base
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.namespaces import PA, ST
from kg.reasoning import ONTOLOGY_PATH, check_consistency, load_world, merged_graph

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which(owlready2.JAVA_EXE) is None, reason="HermiT needs Java"),
]


def test_owlready2_loads_the_ontology() -> None:
    world = load_world(Graph().parse(ONTOLOGY_PATH, format="turtle"))
    try:
        person = world["https://w3id.org/parley/ontology#Person"]
        country = world["https://w3id.org/parley/ontology#Country"]
        assert isinstance(person, owlready2.ThingClass)
        assert country in person.disjoints().__next__().entities
        status = world["https://w3id.org/parley/ontology#status"]
        assert isinstance(status, owlready2.ObjectPropertyClass)
        assert owlready2.FunctionalProperty in status.is_a
        title = world["https://w3id.org/parley/ontology#title"]
        assert isinstance(title, owlready2.DataPropertyClass)
    finally:
        world.close()


def test_ontology_and_knowledge_base_are_consistent() -> None:
    started = time.monotonic()
    result = check_consistency(knowledge_base())
    assert result.consistent, result.message
    assert result.triples > 500
    assert time.monotonic() - started < 30


def test_person_that_is_a_country_is_inconsistent() -> None:
    graphs = knowledge_base()
    graphs[0].add((UMEROV, RDF.type, PA.Country))
    world = load_world(merged_graph(graphs))
    try:
        with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
            owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
    finally:
        world.close()


def test_check_consistency_reports_two_statuses() -> None:
    graphs = knowledge_base()
    # pa:status is functional and the statuses are pairwise different individuals.
    graphs[0].add((TALKS, PA.status, ST.cancelled))
    result = check_consistency(graphs)
    assert not result.consistent
    assert result.message.startswith("INCONSISTENT")


def test_no_class_is_unsatisfiable() -> None:
    result = check_consistency([])
    assert result.consistent, result.message
    assert result.unsatisfiable == ()


def test_unsatisfiable_class_is_reported() -> None:
    broken = Graph()
    broken.add((PA.Ministry, RDFS.subClassOf, PA.Country))  # a ministry cannot be a country
    result = check_consistency([broken])
    assert not result.consistent
    assert result.unsatisfiable == ("https://w3id.org/parley/ontology#Ministry",)

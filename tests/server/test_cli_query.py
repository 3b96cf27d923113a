"""`kg query` on a store folder runs in the server's sandboxed query process: no query text,
however it hides SERVICE, reaches the network, and a parser-stack overflow kills only that
process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_security import Listener, hidden_service_queries

from kg.cli import main
from server.config import MIN_QUERY_MEMORY, ConfigError, ServerConfig


@pytest.fixture
def listener() -> Iterator[Listener]:
    found = Listener()
    yield found
    found.close()


def kg_query(kb_path: Path, text: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["query", text, "--store", str(kb_path)])
    return result.exit_code, result.output


def test_no_cli_query_reaches_the_network(kb_path: Path, listener: Listener) -> None:
    for text in hidden_service_queries(listener.url):
        code, output = kg_query(kb_path, text)
        # Refused from rdflib's parse, or by the sandbox when only the engine sees SERVICE;
        # SERVICE SILENT that failed in the sandbox answers one empty solution.
        assert code == 1 and "outbound requests" in output or "(1 rows)" in output, output
    assert listener.hits == []


def test_the_engine_alone_sees_service_and_cannot_connect(
    kb_path: Path, listener: Listener
) -> None:
    # rdflib reads the comment up to the newline and sees no SERVICE; Oxigraph ends it at the
    # CR and tries to connect: the seccomp filter refuses the socket.
    code, output = kg_query(kb_path, f"SELECT * WHERE {{ # c\rSERVICE <{listener.url}> {{ }} }}")
    assert code == 1 and "tried to reach the network" in output
    assert listener.hits == []


def test_answers_come_back_from_the_query_process(kb_path: Path) -> None:
    code, output = kg_query(kb_path, "ASK { ?s a pa:Article }")
    assert (code, output.strip()) == (0, "true")
    code, output = kg_query(kb_path, "SELECT ?a WHERE { ?a a pa:Article } ORDER BY ?a LIMIT 2")
    assert code == 0 and "(2 rows)" in output
    code, output = kg_query(kb_path, "CONSTRUCT { ?a a pa:Article } WHERE { ?a a pa:Article }")
    assert code == 0 and "pa:Article" in output


def test_deep_nesting_is_refused_before_the_engine(kb_path: Path) -> None:
    code, output = kg_query(kb_path, "SELECT * WHERE " + "{" * 3000 + "}" * 3000)
    assert code == 1 and "nests more than" in output, output


def test_the_smallest_memory_ceiling_allowed_opens_a_store(
    kb_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Below it the query process aborts while opening the store, whatever the query.
    monkeypatch.setenv("KG_QUERY_MEMORY", str(MIN_QUERY_MEMORY))
    assert kg_query(kb_path, "ASK { ?s a pa:Article }") == (0, "true\n")
    with pytest.raises(ConfigError):
        ServerConfig(store=kb_path, query_memory=MIN_QUERY_MEMORY - 1)

"""Query diagnostics over HTTP: the JSON error names line, column and the expected tokens or the
unknown prefix; a `pa:` term the ontology lacks is a warning (header and JSON field)."""

from __future__ import annotations

from flask.testing import FlaskClient

JSON = "application/sparql-results+json"


def test_unknown_prefix_is_named(client: FlaskClient) -> None:
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE {\n ?a pas:name ?n }"})
    assert r.status_code == 400
    err = r.get_json()["error"]
    assert err["code"] == "malformed_query" and err["prefix"] == "pas"
    assert (err["line"], err["column"]) == (2, 5)
    assert "unknown prefix pas:" in err["message"] and "did you mean pa:?" in err["message"]


def test_syntax_error_has_line_and_column(client: FlaskClient) -> None:
    r = client.post(
        "/sparql",
        data="SELECT * WHERE {\n  ?a pa:name ?n\n  FILTER (?n = ) }",
        content_type="application/sparql-query",
    )
    assert r.status_code == 400
    err = r.get_json()["error"]
    assert err["line"] == 3 and err["column"] > 1 and err["expected"]
    assert err["message"].startswith("invalid SPARQL at line 3")


def test_undefined_term_is_a_warning(client: FlaskClient) -> None:
    r = client.get(
        "/sparql",
        query_string={"query": "SELECT ?n WHERE { ?a pa:nmae ?n }"},
        headers={"Accept": JSON},
    )
    assert r.status_code == 200
    assert "did you mean pa:name?" in r.headers["Parley-Warning"]
    (warning,) = r.get_json()["parley"]["warnings"]
    assert warning["term"] == "pa:nmae" and warning["suggestion"] == "pa:name"
    fine = client.get("/sparql", query_string={"query": "SELECT ?n WHERE { ?a pa:name ?n }"})
    assert "Parley-Warning" not in fine.headers

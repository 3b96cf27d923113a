"""The committed ontology documentation (ontology/docs/) is what kg.docs generates now."""

from __future__ import annotations

from pathlib import Path

from kg.docs import DOCS_DIR, generate_docs, load_ontology


def test_docs_are_current(tmp_path: Path) -> None:
    written = generate_docs(tmp_path)
    fresh = {p.name: p.read_text(encoding="utf-8") for p in written}
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS_DIR.glob("*.md")}
    assert sorted(committed) == sorted(fresh), "pages added or removed: run python -m kg.docs"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale pages {stale}: run python -m kg.docs (or kg docs)"


def test_one_page_per_class_with_example(tmp_path: Path) -> None:
    onto = load_ontology()
    names = {p.name for p in generate_docs(tmp_path)}
    assert "index.md" in names
    for cls in onto.classes():
        name = str(cls).rsplit("#", 1)[1]
        assert f"{name}.md" in names
    statement = (tmp_path / "Statement.md").read_text(encoding="utf-8")
    assert "```turtle" in statement and "pa:contentEvidence" in statement
    assert "| `pa:speaker` (speaker) | object property | [pa:Actor](Actor.md)" in statement
    person = (tmp_path / "Person.md").read_text(encoding="utf-8")
    assert "[wd:Q5](http://www.wikidata.org/entity/Q5)" in person
    assert "[schema:Person](https://schema.org/Person)" in person

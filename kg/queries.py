"""The competency queries in `ontology/queries/`: their text and the question they answer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.resources import QUERIES_DIR

# Queries whose output variables other tools rely on (see README, "Contract queries").
CONTRACT = {
    "actors": ["actor", "name", "type", "alias", "wikidata", "article"],
    "statements": [
        "statement",
        "article",
        "speaker",
        "speakerName",
        "cue",
        "kind",
        "content",
        "date",
        "via",
    ],
    "events": [
        "event",
        "article",
        "kind",
        "participantName",
        "mediatorName",
        "initiatorName",
        "date",
        "location",
        "venue",
        "status",
        "topic",
    ],
}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    question: str  # the comment header, without the '#' marks

    @staticmethod
    def from_file(path: Path) -> NamedQuery:
        text = path.read_text(encoding="utf-8")
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line.lstrip("#").strip())
        question = " ".join(header).removeprefix("Question:").strip()
        return NamedQuery(name=path.stem, text=text, question=question)


def all_queries(directory: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    return {p.stem: NamedQuery.from_file(p) for p in sorted(directory.glob("*.rq"))}


def load(name: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    path = directory / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(sorted(all_queries(directory)))
        raise KeyError(f"no query named {name!r} (known: {known})")
    return NamedQuery.from_file(path)

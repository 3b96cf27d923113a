"""The per-doc readings of spaCy's arrays give what walking the tokens gives."""

from __future__ import annotations

from pathlib import Path

from kg import nlp
from kg.extract.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]


def docs(pipeline: Pipeline) -> list:  # type: ignore[type-arg]
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))
    ]
    texts.append("Then they met.\n\nTHEN nothing: the claim, then\nclaims. Ḳ ΣΑΣ")
    return list(pipeline.nlp.pipe(texts))


def test_with_pos_is_the_tokens_of_that_part_of_speech(pipeline: Pipeline) -> None:
    for doc in docs(pipeline):
        for pos in ("VERB", "NOUN", "PROPN", "SPACE"):
            assert nlp.with_pos(doc, pos) == [t for t in doc if t.pos_ == pos]


def test_with_lower_is_the_tokens_of_those_words(pipeline: Pipeline) -> None:
    for doc in docs(pipeline):
        words = {"then", "claim", "claims", "the", "ςας", "nothing-at-all"}
        assert nlp.with_lower(doc, words) == [t for t in doc if t.lower_ in words]


def test_containing_and_token_after(pipeline: Pipeline) -> None:
    for doc in docs(pipeline):
        assert nlp.containing(doc, "\n") == [t.i for t in doc if "\n" in t.text]
        for i in range(0, len(doc), 7):
            for offset in (0, doc[i].idx, doc[i].idx + 1, len(nlp.doc_text(doc)) + 1):
                walked = next((x for x in doc[i + 1 :] if x.idx >= offset), None)
                assert nlp.token_after(doc, i, offset) == walked


def test_remembered_text_is_the_doc_text(pipeline: Pipeline) -> None:
    text = "Talks  in Geneva.\n\nThey met. "
    doc = pipeline.nlp(text)
    nlp.remember_text(doc, text)
    assert nlp.doc_text(doc) == doc.text == text
    other = pipeline.nlp(text)
    nlp.remember_text(other, text + "more")  # not the doc's text: not taken
    assert nlp.doc_text(other) == text


def test_written_lower_is_the_words_written_in_lower_case(pipeline: Pipeline) -> None:
    for doc in [*docs(pipeline), pipeline.nlp("")]:
        assert nlp.written_lower(doc) == {t.lower_ for t in doc if t.is_lower}
        for pos in ("NOUN", "VERB"):
            walked = {t.lower_ for t in doc if t.is_lower and t.pos_ == pos}
            assert nlp.written_lower(doc, pos) == walked

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


def test_sentences_are_the_doc_sents_and_stay_with_their_doc(pipeline: Pipeline) -> None:
    for doc in docs(pipeline):
        assert nlp.sentences(doc) == list(doc.sents)
        mine = nlp.sentences(doc)
        mine.clear()  # a caller's copy: the doc's own list is untouched
        assert nlp.sentences(doc) == list(doc.sents)
    first = pipeline.nlp("The envoys met. They left.")
    second = pipeline.nlp("The ministers talked at length in the capital on Monday.")
    assert [s.text for s in nlp.sentences(first)] == ["The envoys met.", "They left."]
    # Read after the first doc's: the second doc's own sentences, not the first one's.
    assert [s.text for s in nlp.sentences(second)] == [second.text]


def test_span_at_is_the_expanded_char_span_and_stays_with_its_doc(pipeline: Pipeline) -> None:
    for doc in docs(pipeline):
        text = nlp.doc_text(doc)
        for start in range(0, len(text), 11):
            for end in (start, start + 1, start + 6, len(text) + 3):
                walked = doc.char_span(start, end, alignment_mode="expand")
                assert nlp.span_at(doc, start, end) == walked
                assert nlp.span_at(doc, start, end) == walked  # from the doc's store
    first = pipeline.nlp("Oslo hosted the talks.")
    second = pipeline.nlp("Rome hosted the summit.")
    first_span, second_span = nlp.span_at(first, 0, 4), nlp.span_at(second, 0, 4)
    assert first_span is not None and second_span is not None
    assert (first_span.text, second_span.text) == ("Oslo", "Rome")
    assert second_span.doc is second


def test_name_and_title_word_lists_are_what_each_token_gives(pipeline: Pipeline) -> None:
    from kg.extract.actor_unnamed import _titled, name_word, name_words
    from kg.extract.roles import HONORIFICS, is_role_word

    def titled(t: object) -> bool:
        title = t.lower_.rstrip(".")  # type: ignore[attr-defined]
        return bool(t.text[:1].isupper()) and (  # type: ignore[attr-defined]
            title in HONORIFICS or is_role_word(title) or is_role_word(title.rstrip("s"))
        )

    extra = pipeline.nlp("Foreign Minister Jane Roe met Mr. John Doe and Presidents Ann Lee.")
    for doc in [*docs(pipeline), extra, pipeline.nlp("")]:
        assert name_words(doc) == [name_word(t) for t in doc]
        assert [_titled(doc, i) for i in range(len(doc))] == [titled(t) for t in doc]
    assert _titled(extra, 1) and any(name_words(extra))


def test_columns_are_the_tokens_attributes(pipeline: Pipeline) -> None:
    for doc in [*docs(pipeline), pipeline.nlp("")]:
        cols = nlp.columns(doc)
        assert nlp.columns(doc) is cols  # made once a doc
        strings = doc.vocab.strings
        assert [nlp.POS_IDS[t.pos_] for t in doc] == cols.pos.tolist()
        assert [t.dep_ for t in doc] == [strings[h] for h in cols.dep.tolist()]
        assert [t.lower_ for t in doc] == [strings[h] for h in cols.lower.tolist()]
        assert [t.ent_type_ for t in doc] == [strings[h] for h in cols.ent_type.tolist()]
        assert [t.is_title for t in doc] == cols.is_title.tolist()
        assert [t.is_alpha for t in doc] == cols.is_alpha.tolist()
        words = {"say", "the", "minister", "be", "ςας"}
        walked = [t.lemma_.lower() in words for t in doc]
        assert cols.lemma_in(words).tolist() == walked


def test_with_pos_lower_is_those_words_of_that_part_of_speech(pipeline: Pipeline) -> None:
    for doc in docs(pipeline):
        for pos in ("NOUN", "PROPN", "VERB"):
            words = {"ministry", "council", "said", "talks", "ςας", "nothing-at-all"}
            walked = [t for t in doc if t.pos_ == pos and t.lower_ in words]
            assert nlp.with_pos_lower(doc, pos, words) == walked


def test_span_text_is_the_spans_own_text(pipeline: Pipeline) -> None:
    for doc in docs(pipeline):
        nlp.remember_text(doc, doc.text)
        size = len(doc)
        for start in range(0, size, 5):
            for end in (start, start + 1, start + 3, start + 9):
                if end <= size:
                    span = doc[start:end]
                    assert nlp.span_text(span) == span.text
        for ent in nlp.entities(doc):
            assert nlp.span_text(ent) == ent.text
    unremembered = pipeline.nlp("Envoys  from Oslo arrived.\n\nThe Velmar Council met.")
    for span in [*unremembered.sents, unremembered[1:4], unremembered[2:2]]:
        assert nlp.span_text(span) == span.text


def test_kept_sentences_answer_sent_as_spacy_walks_it(pipeline: Pipeline) -> None:
    for doc in [*docs(pipeline), pipeline.nlp("Quiet. The Orvani delegation left early.")]:
        walked = [(t.sent.start, t.sent.end) for t in doc]
        spans = [doc[i : i + 4] for i in range(0, len(doc), 3)]  # some cross a sentence end
        walked_spans = [(s.sent.start, s.sent.end) for s in spans]
        nlp.keep_sentences(doc)
        assert "sent" in doc.user_token_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] == walked
        assert [(s.sent.start, s.sent.end) for s in spans] == walked_spans
        assert all(t.sent in nlp.sentences(doc) for t in doc)
    nlp.keep_sentences(pipeline.nlp(""))  # (no sentence: nothing to keep)

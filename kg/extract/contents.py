"""What a verb's complement says about whether any words were reported at all."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.model import Statement

TIME_ENTS = {"DATE", "TIME"}


def reports_no_words(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """A complement that is no content of speech: only a time ("convened on Sunday": when,
    not what), or the infinitive after "agree" ("agreed to meet again": a decision taken
    together, an event; "agreed that ..." reports words)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if verb.lemma_.lower() == "agree" and span[0].lower_ == "to" and span[0].head.pos_ == "VERB":
        return True
    words = [t for t in span if not (t.is_punct or t.is_stop)]
    return bool(words) and all(t.ent_type_ in TIME_ENTS for t in words)


def statement_says_nothing(doc: Doc, st: Statement) -> bool:
    """`reports_no_words` for a statement already made, read through its cue's verb."""
    cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    return (
        cue is not None
        and len(cue) > 0
        and reports_no_words(doc, cue.root, st.content.start, st.content.end)
    )

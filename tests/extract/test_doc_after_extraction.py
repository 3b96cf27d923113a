"""A doc the pipeline has read can still be serialised, pickled and copied: the stages' hooks
for sentences are gone once the extraction returns. Sentences invented."""

from __future__ import annotations

import pickle
import warnings

from kg.extract.pipeline import Pipeline
from kg.reading import parse_txt

TEXT = (
    "Envoys compare notes\n\nVossa • Example Desk\n\n"
    "Arland's trade envoy Pell Oster met his Brel counterpart in Vossa on Monday. "
    "The two sides will meet again in March, Oster told reporters.\n"
)


def test_a_read_doc_serialises_pickles_and_copies_cleanly(pipeline: Pipeline) -> None:
    art = parse_txt(TEXT, "<test>")
    doc = pipeline.nlp(art.text)
    pipeline.from_doc(doc, art)
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # spaCy warns (W109) of hooks it cannot serialise
        doc.to_bytes(exclude=["user_data"])
    doc.user_data.clear()  # (the stages' caches hold spans; the hooks must go on their own)
    copy = doc.copy()
    assert copy[5].sent.doc is copy  # not the original doc's sentence
    assert pickle.loads(pickle.dumps(doc)).text == doc.text

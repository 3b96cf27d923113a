"""The word table of `kg.words`: each list says what the doc's Token objects say, and the
helpers that read it answer as they did from the Token objects."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from kg.extract.act_lexicon import objects
from kg.extract.speech_acts import irrealis, modal, negated, np_span
from kg.extract.statement_syntax import content_of
from kg.nlp import comma_between, is_to_clause
from kg.words import words_of


def _np_span_of_tokens(noun: Token) -> tuple[int, int]:
    """`np_span` as it read the Token objects."""
    cut = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    toks = [t for t in noun.subtree if t.i not in cut] or [noun]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


TEXT = (
    "The Foreign Minister of Ruritania, Ana Ruiz, did not say on Monday that talks with "
    "Eastland would resume.\n\nShe said the envoys, who met in Geneva, could never agree to "
    "sign the accord, and urged both sides to return to the table."
)


def test_every_column_is_the_tokens_own(nlp: Language) -> None:
    doc = nlp(TEXT)
    words = words_of(doc)
    assert words_of(doc) is words  # made once a doc
    assert len(words) == len(doc)
    for t in doc:
        i = t.i
        assert (words.text[i], words.lower[i], words.lemma[i]) == (t.text, t.lower_, t.lemma_)
        assert (words.pos[i], words.tag[i], words.dep[i]) == (t.pos_, t.tag_, t.dep_)
        assert words.ent_type[i] == t.ent_type_
        assert (words.is_lower[i], words.is_punct[i], words.is_space[i]) == (
            t.is_lower,
            t.is_punct,
            t.is_space,
        )
        assert (words.idx[i], words.head[i]) == (t.idx, t.head.i)
        assert words.children[i] == [c.i for c in t.children]
        assert words.ancestors(i) == [a.i for a in t.ancestors]
        assert words.subtree(i) == [s.i for s in t.subtree]


def test_helpers_read_the_table_as_they_read_tokens(nlp: Language) -> None:
    doc = nlp(TEXT)
    said = next(t for t in doc if t.lower_ == "say")
    agree = next(t for t in doc if t.lower_ == "agree")
    sign = next(t for t in doc if t.lower_ == "sign")
    assert negated(said) and not negated(sign)
    assert modal(agree) == "could" and modal(said) is None
    assert irrealis(agree) and irrealis(sign)  # "could never agree to sign"
    assert is_to_clause(sign) and not is_to_clause(agree)
    content = content_of(said)
    assert content is not None
    assert doc.text[content[0] : content[1]].startswith("talks with Eastland would resume")
    envoys = next(t for t in doc if t.lower_ == "envoys")
    assert np_span(envoys) == _np_span_of_tokens(envoys)
    accord = [o.text for o in objects(sign)]
    assert accord == ["accord"]
    minister = next(t for t in doc if t.text == "Minister")
    ruiz = next(t for t in doc if t.text == "Ruiz")
    assert comma_between(minister, ruiz) and not comma_between(ruiz, ruiz)

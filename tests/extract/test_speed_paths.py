"""Fast paths that must read exactly what the slower code they replaced read."""

from __future__ import annotations

import random
from itertools import accumulate

from kg.extract import act_typer
from kg.extract.act_lexicon import verb_act
from kg.extract.event_person_states import _names
from kg.extract.pipeline import Pipeline
from kg.extract.statement_spans import coverage
from kg.nlp import sentences


def _difference_array(size: int, spans: list[tuple[int, int]]) -> list[bool]:
    depth = [0] * (size + 1)
    for start, end in spans:
        depth[start] += 1
        depth[end] -= 1
    return [level > 0 for level in accumulate(depth)]


def test_coverage_flags_each_covered_character() -> None:
    assert coverage(8, [(1, 3), (2, 5)]) == [False, True, True, True, True] + [False] * 4
    assert coverage(4, []) == [False] * 5
    assert coverage(4, [(2, 2)]) == [False] * 5  # an empty span covers nothing
    assert coverage(3, [(0, 3)]) == [True, True, True, False]


def test_coverage_reads_a_reversed_span_as_the_difference_array_does() -> None:
    spans = [(1, 5), (4, 2)]
    assert coverage(6, spans) == _difference_array(6, spans)
    assert coverage(6, spans) == [False, True, False, False, True, False, False]


def test_coverage_agrees_with_the_difference_array() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        size = rng.randint(0, 25)
        spans = []
        for _ in range(rng.randint(0, 5)):
            a, b = rng.randint(0, size), rng.randint(0, size)
            spans.append((min(a, b), max(a, b)) if rng.random() < 0.9 else (a, b))
        assert coverage(size, spans) == _difference_array(size, spans)


def test_a_state_is_named_only_as_a_whole_word() -> None:
    assert _names("Norland", "the Norland envoy to Vesta")
    assert not _names("Norland", "the Norlander envoy")
    assert not _names("Norland", "the envoy to Vesta")
    assert _names("N.L.", "the N.L. envoy")
    assert not _names("N.L.", "the N.L.-based envoy")


def _two_walk_words(sent) -> list[str]:  # type: ignore[no-untyped-def]
    """The lexicon and bag features as two walks over the sentence read them."""
    head = act_typer.head_of(sent)
    clause = {t.i for t in head.subtree}
    out = []
    for t in sent:
        if t.i not in clause:
            continue
        if t.pos_ == "VERB":
            act = verb_act(t)
            if act is not None:
                out.append(f"lex={act}")
                if t.i == head.i:
                    out.append(f"lexhead={act}")
        elif t.pos_ == "NOUN" and t.lemma_.lower() in act_typer.NOUN_ACTS:
            out.append(f"noun={act_typer.NOUN_ACTS[t.lemma_.lower()]}")
    out.extend(
        f"w={t.lemma_.lower()}"
        for t in sent
        if t.i in clause and t.pos_ in act_typer.CONTENT_POS and t.i != head.i and not t.is_stop
    )
    return out


def test_act_typer_reads_the_clause_words_in_one_walk(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(
        "Norland imposed new sanctions on Vesta after the border clash. "
        "The council condemned the attack and demanded a ceasefire, the envoy said. "
        "Officials signed a trade accord and promised to reopen the crossing."
    )
    for sent in sentences(doc):
        feats = act_typer.features(sent)
        tail = [f for f in feats if f.startswith(("lex=", "lexhead=", "noun=", "w="))]
        assert tail == _two_walk_words(sent)


# Each verb of the sentences below with the type the full reading (every verb's objects and
# senses read) gave it, recorded before the verbs no reading can type were told apart first.
VERB_TYPES = [
    ("asked", "DEMAND"),
    ("free", "RETREAT"),
    ("protested", "DISAPPROVE"),
    ("shelled", "FIGHT"),
    ("fought", "FIGHT"),
    ("blockaded", "COERCE"),
    ("told", "DEMAND"),
    ("wait", None),
    ("walked", "PROTEST"),
    ("called", "SANCTION"),
    ("rallied", "PROTEST"),
    ("pleaded", "DEMAND"),
    ("declined", "REJECT"),
    ("comment", None),
    ("met", None),
    ("praised", "SUPPORT"),
    ("cut", "SANCTION"),
]


def test_verb_act_types_every_verb_as_the_full_reading_did(pipeline: Pipeline) -> None:
    """A guard (it passes before the change too): the verbs no entry of the lexicon can type
    are told apart before their objects are read, and every verb keeps its type."""
    from kg.extract.act_lexicon import _verb_act

    doc = pipeline.nlp(
        "Norland asked Vesta to free the sailors and protested the seizure of its tanker. "
        "Rebels shelled the town, troops fought back and the navy blockaded the harbour. "
        "The envoy told reporters to wait, then walked out of the talks and called off a visit. "
        "Markets rallied as the ministers pleaded for calm and declined to comment. "
        "The council met on Friday, praised the mediators and cut ties with the junta."
    )
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")]
    assert [(t.text, _verb_act(t)) for t in verbs] == VERB_TYPES

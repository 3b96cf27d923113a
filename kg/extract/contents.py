"""What a verb's complement says about whether any words were reported at all."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.act_lexicon import VERBAL, verb_act
from kg.extract.cue_class import reports_speech
from kg.extract.statement_spans import find_quotes
from kg.extract.statement_words import TIME_ENTS
from kg.model import Statement
from kg.nlp import is_to_clause

# Verbs that tell an event's fate ("cancelled the trip", "suspended the talks"): the annotation
# guidelines make them the event's status (cancelled, postponed), not words anyone said.
FATE_LEMMAS = {
    "cancel",
    "scrap",
    "shelve",
    "abandon",
    "postpone",
    "delay",
    "reschedule",
    "defer",
    "suspend",
    "adjourn",
}


def deed(verb: Token) -> bool:
    """A verb that names something done, not said: one the act lexicon codes as a material act
    ("severed ties", "imposed a curfew", "deployed troops") or one that tells an event's fate
    ("cancelled the trip"). Read by the readers that take any verb as a cue; a verb of saying
    keeps its own sense ("charged that ..." is said)."""
    if verb.lemma_.lower() in FATE_LEMMAS:
        return True
    act = verb_act(verb)
    return act is not None and act not in VERBAL


def reports_no_words(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """A complement that is no content of speech: only a time ("convened on Sunday": when,
    not what), or the infinitive or a noun phrase after "agree" ("agreed to meet again",
    "agreed on a border": a decision taken together, an event; "agreed that ..." reports
    words)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if verb.lemma_.lower() == "agree" and span[0].lower_ == "to" and span[0].head.pos_ == "VERB":
        return True
    if verb.lemma_.lower() == "agree" and span.root.pos_ not in ("VERB", "AUX"):
        return True  # "agreed on maritime borders", "agreed a line": a deal, not words
    words = [t for t in span if not (t.is_punct or t.is_stop)]
    return bool(words) and all(t.ent_type_ in TIME_ENTS for t in words)


def purpose(verb: Token) -> bool:
    """`held talks to restore ties`, `a visit to discuss trade`: an infinitive of purpose tells
    what an act was for, not what anyone said (a `to` clause a verb governs, `vowed to
    restore ties`, is that verb's content instead)."""
    return verb.dep_ in ("advcl", "acl", "relcl") and is_to_clause(verb)


def statement_says_nothing(doc: Doc, st: Statement) -> bool:
    """`reports_no_words` for a statement already made, read through its cue's verb; or its
    cue is an infinitive of purpose; or it is no speech or writing (`cue_class`)."""
    cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    if st.kind == "indirect" and not reports_speech(
        doc, (st.cue.start, st.cue.end), (st.content.start, st.content.end)
    ):
        return True
    return purpose(cue.root) or reports_no_words(doc, cue.root, st.content.start, st.content.end)


# Who speaks in the first or second person: inside a quotation, the quoted speaker or the one
# addressed, whose own words these are.
QUOTED_PERSONS = {"i", "we", "you", "me", "us"}


def quoted_own_words(text: str, st: Statement) -> bool:
    """`"we strongly urge Iraqi leaders to ..."`, `"I have been told not to ..."`: a verb inside
    a quotation whose subject is the quoted speaker's own "I" or "we" is part of that
    quotation, not a statement of its own (the statement finder reads it so already; this is
    for the stances the act reader finds)."""
    if st.speaker_span is None or st.speaker_span.text.lower() not in QUOTED_PERSONS:
        return False
    return any(s <= st.cue.start < e for s, e in find_quotes(text))


# "made clear that ...", "made it plain that ...": a light verb with these says the clause.
PLAIN_WORDS = {"clear", "plain", "known"}


def made_plain(verb: Token) -> tuple[int, int] | None:
    """The clause of `X made (it) clear that ...`, up to a participle after it (`, saying`:
    a statement of its own), or None for any other verb."""
    if verb.lemma_.lower() != "make":
        return None
    doc = verb.doc
    adj = verb.i + 2 if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "it" else verb.i + 1
    if adj >= len(doc) or doc[adj].lower_ not in PLAIN_WORDS:
        return None
    clause = next((t for t in verb.subtree if t.i > adj and _that_clause(t)), None)
    if clause is None:
        return None
    aside = {
        x.i for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VBG" for x in c.subtree
    }
    toks = [
        x
        for x in clause.subtree
        if x.i not in aside and not (x.dep_ == "mark" and x.head.i == clause.i)
    ]
    while toks and toks[-1].is_punct:
        toks.pop()
    return (toks[0].idx, toks[-1].idx + len(toks[-1])) if toks else None


def _that_clause(verb: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)

"""Speakers of a quotation whose verb of saying the parse left without a subject: a name set
off after the quotation with its apposition (`"…," William Daley, the president's former
chief of staff, said`), or a name before the verb that the parse hung it on as a participle
(`Mitt Romney, the party's nominee, tweeted in response: "…"`); and the speaker of a whole
utterance quoted straight after a verb of saying (`She declared "What a Super Tuesday!"`),
or a name the parse took for the verb's object or the tagger for one with the verb
(`"…" tweeted Lopez`, `Said Ellis: "…"`). The quotation readers (`kg.extract.statement_quotes`)
ask them when `speaker_of` finds no subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.index import ActorIndex
from kg.extract.quotes import mark_before, quote_open
from kg.extract.speakers import Attribution, speaker_of
from kg.extract.statement_words import QUOTE_VERBS, SPEECH_VERBS
from kg.nlp import doc_text


def name_before_verb(first: Token, verb: Token, actors: ActorIndex) -> Attribution | None:
    """`"…," William Daley, the president's former chief of staff, said of …`: the parser
    may hang the name and its apposition on the quotation's words and leave the verb of
    saying after them without a subject. A name opening the words after the quotation, with
    only its apposition and commas between it and the verb, is who spoke."""
    doc = verb.doc
    end = first.i
    while end < verb.i and doc[end].pos_ == "PROPN":
        end += 1
    if end == first.i:
        return None
    name = range(first.i, end)
    for t in doc[end : verb.i]:
        # (Each word between is a comma or lies in an apposition hung on the name.)
        if t.text != "," and not any(
            a.dep_ == "appos" and a.head.i in name for a in (t, *t.ancestors)
        ):
            return None
    last = doc[end - 1]
    span = (first.idx, last.idx + len(last))
    speaker = actors.resolve(*span)
    if speaker is None:
        return None
    return speaker, span, (verb.idx, verb.idx + len(verb))


def hung_on_name(verb: Token, actors: ActorIndex) -> Attribution | None:
    """`Mitt Romney, the party's nominee, tweeted in response: "…"`: a past tense read as a
    participle hung on the name before it (`Romney [who was] tweeted`); the name, with only
    its apposition and commas between it and the verb, is the verb's subject."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "PROPN" or head.i > verb.i:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "Putin, quoted by TASS": the participle it is
    first = min((c for c in head.lefts if c.dep_ == "compound"), key=lambda c: c.i, default=head)
    return name_before_verb(first, verb, actors)


def said_straight(doc: Doc, qs: int, qe: int, actors: ActorIndex) -> Attribution | None:
    """`She declared "What a Super Tuesday!"`, `a man yelled "Stay there!"`: a whole
    utterance quoted straight after a verb of saying, with no comma or colon between: the
    verb introduces it. Whole: it opens with a capital and closes with its own end mark (a
    phrase quoted inside a clause, `said "clear evidence" was lacking`, is not)."""
    text = doc_text(doc)
    words = text[qs:qe].strip()
    if not words[:1].isupper() or words[-1:] not in ".!?":
        return None
    if words[-1] == "." and _title(doc, qs, qe):
        return None  # `wrote "The Art of the Deal."`: a work's title, not words said
    k = mark_before(text, quote_open(text, qs))
    span = doc.char_span(k, k + 1, alignment_mode="expand") if k >= 0 else None
    if span is None:
        return None
    verb = span[-1]
    if verb.lower_ not in QUOTE_VERBS or not verb.tag_.startswith("VB"):
        return None
    if verb.idx + len(verb) != k + 1:
        return None
    return speaker_of(verb, actors, SPEECH_VERBS)


def _title(doc: Doc, qs: int, qe: int) -> bool:
    """A quotation closed by a full stop that reads as a title: no verb, or every longer
    word capitalised (`"The Art of the Deal."`, `"Crippled America: How to Make America
    Great Again."`)."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return True
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        return True
    long = [t.text for t in span if t.is_alpha and len(t) >= 4]
    return bool(long) and all(w[0].isupper() for w in long)


def inverted_speaker(verb: Token, actors: ActorIndex) -> Attribution | None:
    """`"…" tweeted Lopez "…"`: after a quotation, the name right after its verb is who spoke,
    though the parser may take it for the verb's object."""
    doc = verb.doc
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == verb.i + 1:
        return None
    first, last = doc[verb.i + 1], doc[end - 1]
    sspan = (first.idx, last.idx + len(last))
    return actors.resolve(*sspan), sspan, (verb.idx, verb.idx + len(verb))


def verb_first(first: Token, mark: int, actors: ActorIndex) -> Attribution | None:
    """`Said Ellis: "…"`: a verb of saying opening its sentence with only a name between it
    and the mark; the tagger takes the verb for part of the name."""
    if first.lower_ not in QUOTE_VERBS or not first.text[:1].isupper():
        return None
    att = inverted_speaker(first, actors)
    if att is None or att[1] is None:
        return None
    name_end = att[1][1]
    rest = first.doc[mark].idx if mark < len(first.doc) else name_end
    return att if name_end == rest else None

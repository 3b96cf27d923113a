"""Speakers of a quotation whose verb of saying the parse left without a subject: a name set
off after the quotation with its apposition (`"…," William Daley, the president's former
chief of staff, said`), or a name before the verb that the parse hung it on as a participle
(`Mitt Romney, the party's nominee, tweeted in response: "…"`). The quotation readers
(`kg.extract.statement_quotes`) ask them when `speaker_of` finds no subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.index import ActorIndex
from kg.extract.speakers import Attribution


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

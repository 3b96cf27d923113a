"""Clauses the parser hung in the wrong place after a verb of saying: a `that` clause read as a
relative or adverbial clause, `that` read as the verb's object when a phrase is fronted in
the clause, a `for X to do` clause that completes the object read as the verb's own, and an
`as`/`while` aside on the object read as the verb's adverbial clause."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.statement_objects import ADDRESSED
from kg.nlp import is_to_clause


def that_clause(verb: Token) -> tuple[int, int] | None:
    """A `that` clause after the verb that the parser hung elsewhere: as a relative clause of
    the object ("told a meeting of leaders that few people understood ...") or an adverbial
    one with `that` as an adverb ("tweeted in the early hours that Machado was ..."), or as
    the object of a clause that has one ("told reporters after the meeting that Kyiv had
    handed over a list").

    A true relative clause has `that` as its subject or object; here `that` only introduces a
    clause that has a subject of its own."""
    for clause in verb.subtree:
        if clause.i <= verb.i or clause.dep_ not in ("relcl", "advcl", "acl"):
            continue
        that = next(
            (
                c
                for c in clause.lefts
                if c.lower_ == "that"
                and (
                    c.dep_ in ("mark", "advmod") or _second_object(c) or _to_addressee(verb, clause)
                )
            ),
            None,
        )
        subject = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if that is None or subject is None or subject.i < that.i or subject.lower_ == "that":
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1 : that.i]):
            continue  # another verb between: the clause is that verb's business
        last = max(x.i for x in clause.subtree)
        return verb.doc[that.i + 1].idx, verb.doc[last].idx + len(verb.doc[last])
    return None


def that_as_object(verb: Token) -> tuple[int, int] | None:
    """ "said that during the talks the sides agreed ...", "said that in order to reach a deal
    they must ...": with a phrase fronted in the clause, the parser takes `that` for the verb's
    object and hangs the phrase and the clause elsewhere. A complementiser `that` (not the
    pronoun: "said that on Monday") followed by a clause with a subject and verb of its own
    opens what was said, up to the end of the verb's words."""
    that = next(
        (c for c in verb.rights if c.dep_ == "dobj" and c.lower_ == "that" and c.pos_ == "SCONJ"),
        None,
    )
    if that is None or that.i + 1 >= len(verb.doc):
        return None
    last = max(t.i for t in verb.subtree if not t.is_punct)
    rest = verb.doc[that.i + 1 : last + 1]
    if not any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in rest
    ):
        return None
    return rest[0].idx, rest[-1].idx + len(rest[-1])


def _to_addressee(verb: Token, clause: Token) -> bool:
    """ "informed the meeting that the border would reopen": after a verb of addressing, a
    `that` clause hung on its object as a relative one is what the object was told (a relative
    on the one addressed takes `who`)."""
    return (
        verb.lemma_ in ADDRESSED
        and clause.dep_ == "relcl"
        and clause.head.dep_ == "dobj"
        and clause.head.head.i == verb.i
    )


def _second_object(that: Token) -> bool:
    """ "told reporters after the meeting that Kyiv had handed over a list": `that` parsed as
    the object of a clause that has an object of its own is no relative pronoun."""
    return that.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i != that.i for c in that.head.children
    )


def for_clause_after(verb: Token, last: Token) -> Token:
    """ "stressed the importance for all forces to leave": a `for X to do` clause right after
    the object completes the object's noun (the parser hangs it on the verb as an adverbial
    clause); what was stressed runs through it."""
    after = last.right_edge.i + 1
    for c in verb.rights:
        if c.dep_ != "advcl" or c.left_edge.i != after:
            continue
        marks = [m for m in c.children if m.dep_ == "mark"]
        if marks and marks[0].lower_ == "for" and is_to_clause(c):
            return c
    return last


# Asides that go on with what was said of an object ("noted the growth of trade, as shown by
# ...", "highlighted areas of cooperation, while also identifying obstacles", "praised the
# sides for their restraint, as shown in their statements"): the parser hangs them on the
# verb of saying, but readouts give them as part of the point made (the tuning pool's
# annotators run the content through them).
ASIDE_MARKS = {"as", "while"}


def aside_after(verb: Token, last: Token) -> Token:
    """The `as`/`while` aside right after the object ending at `last`, past a comma, when it
    is a participle with no subject of its own (a clause with one is the writer's: "while
    the talks went on"); else `last`."""
    doc = verb.doc
    comma = last.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return last
    for c in verb.rights:
        if c.dep_ != "advcl" or c.left_edge.i != comma + 1 or c.tag_ not in ("VBN", "VBG"):
            continue
        marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
        subject = any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
        if marks and marks[0] in ASIDE_MARKS and not subject:
            return c
    return last


# Verbs whose `-ing` complement right after them is a clause's subject the parser cut off
# (`said seeing so many officers there was a welcome sight`): these take clauses, never
# gerunds, so the gerund opens what was said.
_NO_GERUND = {"say", "tell"}


def gerund_subject(verb: Token) -> tuple[int, int] | None:
    """`Gomez said seeing so many police officers at Pride was a welcome sight`: the parser
    reads the gerund as the verb's complement and the rest as the gerund's clause; `say`
    takes no gerund, so the whole is the clause said, when a tensed verb follows in it."""
    if verb.lemma_.lower() not in _NO_GERUND:
        return None
    ing = next(
        (c for c in verb.rights if c.dep_ == "xcomp" and c.tag_ == "VBG"),
        None,
    )
    if ing is None or ing.left_edge.i != verb.i + 1:
        return None
    toks = list(ing.subtree)
    if not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in toks if t.i > ing.i):
        return None
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks[0].idx, toks[-1].idx + len(toks[-1])


# Marks that open and close a quotation, as the tokenizer gives them.
OPENERS = {"\u201c", '"', "\u2018", "``", "''"}
CLOSING = {"\u201d", '"', "\u2019", "''"}
# What the object of `called X "Y"` is made of: a noun phrase, names joined by `and`.
OBJECT_POS = {"DET", "PROPN", "NOUN", "PRON", "ADJ", "CCONJ", "NUM", "PART"}


def quoted_name(verb: Token) -> tuple[int, int] | None:
    """`called his executive actions "a crucial step forward"`, `called both X and Y
    "crazy"`: the name given in quotation marks, right after the object, however the parser
    hung it (an apposition, a second predicate, the object a modifier of the name). The
    object and the quoted name are what was said, as for `called the charges unfounded`.
    Only a noun phrase stands between the verb and the quotation (`called on X to ...`,
    `called him to say "..."` are other frames)."""
    doc = verb.doc
    if verb.dep_ == "relcl" or any(c.tag_ in ("WP", "WDT") for c in verb.lefts):
        return None  # "what he called a "brazen breach"": the writer's naming, in his words
    k = verb.i + 1
    while k < len(doc) and doc[k].text not in OPENERS:
        if doc[k].pos_ not in OBJECT_POS or doc[k].sent.start != verb.sent.start:
            return None
        k += 1
    if k == verb.i + 1 or k >= len(doc) - 1:
        return None
    end = next((t for t in doc[k + 1 : k + 80] if t.text in CLOSING), None)
    if end is None or end.i == k + 1:
        return None
    return doc[verb.i + 1].idx, end.idx + len(end)

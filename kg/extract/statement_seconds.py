"""A second cue of the same speaker inside a reported content (statement stage): `he confirmed
that A will persist and addressed B`, `said the talks were useful and did not rule out a
second round`, `said she thinks A, voicing hope that B`. The parser hangs the second
predicate inside the first one's words; it is a statement of its own, and the first content
ends before it (the owners' gold gives two statements, or the first one shorter)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.contents import reports_no_words
from kg.extract.statement_spans import Found, trim_content
from kg.extract.statement_words import NOT_REPORTING, SAYING, SPEECH_VERBS
from kg.nlp import doc_text, span_at

# Auxiliaries that a past participle misread as a past tense may share: "had met and discussed".
PERFECT = {"has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d"}
# Do-support of a finite verb: "and did not rule out", "and does not expect".
DO_SUPPORT = {"did", "does", "do"}
# Subjects of a clause in between that stand for the speaker (or for nothing in particular):
# with a named subject the second verb would be that one's ("said Russia attacked and claimed").
STAND_INS = {"he", "she", "they", "it", "we", "i"}


def coordinated(doc: Doc, f: Found) -> list[Found]:
    """`The Council reiterated its concern about X and encouraged donors to Y`, `he confirmed
    that A will persist and addressed B`: a second finite predicate of the speaker, joined by
    `and`, that the parser hung inside the content. It is a statement of its own, and the first
    content ends before it. Told apart from a coordination inside what was said ("said Russia
    attacked Kyiv and killed five") by its form: it agrees with the cue, not with the verb or
    noun it was hung on; or it is a verb of saying with its own words hung on a clause whose
    subject stands for the speaker ("said he shared jokes with him and added that ..."). So
    for a participle of saying set off by a comma ("said she thinks A, voicing hope that B")."""
    cue = span_at(doc, f.cue[0], f.cue[1])
    span = span_at(doc, f.content[0], f.content[1])
    if f.kind != "indirect" or cue is None or span is None or len(span) < 4:
        return [f]
    verb = cue[0]
    if verb.tag_ not in ("VBD", "VBZ", "VBG") or (verb.tag_ == "VBG" and len(cue) > 1):
        return [f]  # (not `according to`: its words are a sentence of their own)
    text = doc_text(doc)
    for w in span[2:-1]:
        if _participle_of_saying(w, verb):
            first = trim_content(text, f.content[0], doc[w.i - 1].idx)
            second = trim_content(text, _words_after(w), f.content[1])
            return _split(doc, text, f, w, (w.idx, w.idx + len(w)), first, second)
        k = _opening(doc, w)
        if not _second_predicate(doc, w, verb, k):
            continue
        first = trim_content(text, f.content[0], doc[k - 1].idx)
        second = trim_content(text, _words_after(w), f.content[1])
        return _split(doc, text, f, w, (doc[k].idx, _cue_end(w)), first, second)
    return [f]


def _split(
    doc: Doc,
    text: str,
    f: Found,
    w: Token,
    cue2: tuple[int, int],
    first: tuple[int, int],
    second: tuple[int, int],
) -> list[Found]:
    if len(text[second[0] : second[1]].split()) < 2 or first[1] - first[0] < 3:
        return [f]
    if reports_no_words(doc, w, *second):
        return [f]
    return [
        Found(f.speaker, f.speaker_span, f.cue, first, f.kind, f.sent),
        Found(f.speaker, f.speaker_span, cue2, second, "indirect", f.sent),
    ]


def _second_predicate(doc: Doc, w: Token, verb: Token, opening: int) -> bool:
    """Whether `w`, conjoined by `and`, is the cue's subject's next predicate (`opening`: the
    first token of its predicate, `_opening`)."""
    # (A past tense misread as an adjective or participle is hung on a noun: "the risk of
    # famine and encouraged donors"; one hung on an adjective is a participle after all:
    # "called the session useful and conducted in a calm mood". After a
    # participle cue, a finite verb is the sentence subject's next deed: "slamming
    # candidates who think they can outsource it and followed up with an attack".)
    same_form = (
        w.tag_ == verb.tag_
        or (verb.tag_ == "VBG" and w.tag_ in ("VBD", "VBZ") and w.head.tag_ != w.tag_)
        or (
            verb.tag_ == "VBD"
            and w.tag_ in ("JJ", "VBN")
            and w.lower_.endswith("ed")
            and w.head.pos_ in ("NOUN", "PROPN")
        )
        # "said the talks were useful and did not rule out ...": finite through `did`
        or (
            verb.tag_ in ("VBD", "VBZ")
            and w.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ in DO_SUPPORT for c in w.children)
        )
    )
    if (
        w.dep_ != "conj"
        or doc[opening - 1].lower_ != "and"
        or not same_form
        or w.lower_ in NOT_REPORTING
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in w.children)
        or any(c.dep_ == "aux" and c.lower_ in PERFECT for c in w.head.children)
    ):
        return False
    if w.head.tag_ != w.tag_:
        return True
    # Hung on a verb of its own form: the speaker's only if it is a verb of saying with words
    # of its own, hung on a clause whose subject stands for the speaker.
    return (
        w.lower_ in SAYING
        and any(c.dep_ == "ccomp" for c in w.children)
        and _stands_in(w.head, verb)
    )


def _participle_of_saying(w: Token, verb: Token) -> bool:
    """`..., voicing hope that B`, `..., adding that B`: a participle of saying after a comma
    inside the words, with no subject of its own, under clauses whose subjects stand for the
    speaker (the parser may take it for a noun's modifier: "voicing hope")."""
    doc = w.doc
    return (
        w.lower_.endswith("ing")
        and w.lower_ in SPEECH_VERBS
        and w.i > 0
        and doc[w.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children)
        and _stands_in(w.head, verb)
    )


def _stands_in(head: Token, verb: Token) -> bool:
    """Whether every clause from `head` up to the cue `verb` has no subject or one that stands
    in for the speaker ("he", "it"), so a predicate hung there is still the speaker's."""
    k = head
    while k.i != verb.i:
        subj = next((c for c in k.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ not in STAND_INS:
            return False
        if k.head.i == k.i:
            return False  # the cue is not above it: another sentence's verb
        k = k.head
    return True


def _opening(doc: Doc, w: Token) -> int:
    """The first token of `w`'s predicate: its auxiliaries, negation and adverbs before it
    ("and also expressed", "and did not rule out")."""
    k = w.i
    while k - 1 > 0 and doc[k - 1].head.i == w.i and doc[k - 1].dep_ in ("aux", "neg", "advmod"):
        k -= 1
    return k


def _cue_end(w: Token) -> int:
    """The end of the second cue: the verb and its particle ("rule out")."""
    prt = [c for c in w.children if c.dep_ == "prt" and c.i == w.i + 1]
    last = prt[0] if prt else w
    return last.idx + len(last)


def _words_after(w: Token) -> int:
    """Where the second cue's words begin: after its particle and the `that` opening them."""
    doc = w.doc
    k = w.i + 1
    while k < len(doc) and (
        (doc[k].dep_ == "prt" and doc[k].head.i == w.i)
        or (doc[k].dep_ == "mark" and doc[k].lower_ == "that")
    ):
        k += 1
    return doc[k].idx if k < len(doc) else doc[-1].idx + len(doc[-1])

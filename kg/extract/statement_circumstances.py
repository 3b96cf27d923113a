"""Where a reported content stops before the circumstances of its saying.

A reader that takes a cue's object with the phrases after it ("likened X to Y", "hailed X as
Y") also takes what the parser hung on the cue after the object to tell when or at what
occasion the words were said: "announced a truce on Friday after weeks of fighting",
"confirmed its attendance on Monday during a session in Geneva". Those phrases date or place
the saying (the statement's date reads them), they are not what was said: the guidelines'
content is the object alone ("a truce"). The cut is made only at a phrase the cue governs,
after the content's first word, that is a time (a date or time entity, or a bare time noun
phrase) or an occasion of speaking ("during the talks", "at a press conference").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.statement_asides import QUOTING_AS
from kg.extract.statement_spans import trim_content
from kg.extract.statement_words import PASSED_ON_BY, RELAYING, SPEECH_VERBS, TIME_ENTS
from kg.extract.timeline import Timeline, timeline_for
from kg.extract.timeline_words import OCCASION_PREPS
from kg.extract.timex import after
from kg.model import Article
from kg.nlp import doc_text, is_to_clause

# Occasions at which words are said: a phrase naming one after the object tells where the
# saying took place.
OCCASIONS = {
    "meeting",
    "talks",
    "conference",
    "briefing",
    "interview",
    "speech",
    "session",
    "summit",
    "call",
    "visit",
    "address",
    "ceremony",
    "rally",
    "hearing",
    "debate",
}
# The prepositions of an occasion of saying (`timeline_words`), and "ahead" of one.
SAID_AT_OCCASION = OCCASION_PREPS | {"ahead"}


# The prepositions that put a saying at a day or an hour ("on Friday", "at noon") or after
# a stretch of time it came at the end of ("after months of fighting"); others with a date
# ("a truce until Sunday", "elections in December", "a pause for a week") tell the time of
# what was said.
SAID_AT_PREPS = {"on", "at", "after", "following"}


def _time_or_occasion(dep: Token) -> str | None:
    """A phrase the cue governs that tells when ("time") or at what occasion ("occasion")
    it was said; None for any other."""
    if dep.dep_ == "npadvmod":
        return "time" if dep.ent_type_ in TIME_ENTS else None
    if dep.dep_ != "prep":
        return None
    obj = next((c for c in dep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if obj.ent_type_ in TIME_ENTS:
        # "greetings on their national day": a day of the object's own is the occasion of
        # the words, part of them; a plain date is when they were said.
        if dep.lower_ in SAID_AT_PREPS and not any(c.dep_ == "poss" for c in obj.children):
            return "time"
        return None
    if dep.lower_ in SAID_AT_OCCASION and obj.lemma_.lower() in OCCASIONS:
        return "occasion"
    return None


def _after_saying(
    timeline: Timeline, dep: Token, cue: tuple[int, int], content: tuple[int, int]
) -> bool:
    """Whether the time phrase `dep` names a day after the saying's (the story's, else the
    publication's): "announced a vote on May 3" tells when the vote is to be, not when it
    was announced."""
    start, end = dep.left_edge.idx, dep.right_edge.idx + len(dep.right_edge)
    value = next((a.value for a in timeline.anchors if start <= a.start < end), None)
    if value is None:
        return False
    said, _ = timeline.statement_date(cue, content)
    day = said.as_date() if said is not None else None
    return after(value, day or timeline.published)


def _complement(dep: Token) -> bool:
    """A clause the cue governs as what it reports (a `that` or `to` clause, a predicate)."""
    if dep.dep_ in ("ccomp", "xcomp", "oprd"):
        return True
    return dep.dep_ == "advcl" and is_to_clause(dep)


def before_circumstance(
    doc: Doc, article: Article, cue: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int]:
    """`content` cut before the first time or occasion phrase its cue governs inside it
    (the content being the cue's object and what follows it); else `content` unchanged. A
    day after the saying's stays: it is the time of what was said."""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return content
    verb = span.root
    if not verb.tag_.startswith("VB"):
        return content
    # Only after the cue's object: a topic's phrase ("warned of attacks during the holidays")
    # may tell the time of what is warned of, not of the warning.
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.idx != content[0]:
        return content
    rights = list(verb.rights)
    for k, dep in enumerate(rights):
        left = dep.left_edge
        if not (content[0] < left.idx < content[1]):
            continue
        # "urged the assembly on Tuesday to approve the plan": a complement after the time phrase
        # is still what was said, so the phrase inside it stays.
        what = _time_or_occasion(dep)
        if what is None or any(_complement(c) for c in rights[k + 1 :]):
            continue
        if what == "time" and _after_saying(timeline_for(doc, article), dep, cue, content):
            continue
        cut = trim_content(doc_text(doc), content[0], left.idx)
        return cut if cut[1] - cut[0] >= 3 else content
    return content


def before_next_act(doc: Doc, cue: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """`said the pact was unlawful and responded by expelling the envoy`: a verb of saying or
    responding joined with `and` to the reported clause, with no subject of its own, is the
    speaker's next act (the parser hangs it on the clause, whose own subject does not speak
    there); the content ends before it. A clause with a subject of its own, or a verb of
    another kind ("the talks had stalled and collapsed"), stays part of what was said."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or cue_span is None or not len(span) or not len(cue_span):
        return content
    verb, root = cue_span.root, span.root
    if verb.tag_ not in ("VBD", "VBZ") or root.pos_ not in ("VERB", "AUX"):
        return content
    # (A clause whose subject is a pronoun, "said it welcomed X and expressed Y", most often
    # has the speaker as its subject: the joined verb is then reported too.)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return content
    for c in root.rights:
        if c.dep_ != "conj" or not (span.start < c.i < span.end):
            continue
        if c.lower_ not in SPEECH_VERBS or c.tag_ not in ("VBD", "VBN", "VBZ"):
            continue
        if any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for x in c.children):
            continue
        cc = next((x for x in root.children if x.dep_ == "cc" and x.i == c.i - 1), None)
        if cc is None:
            continue
        cut = trim_content(doc_text(doc), content[0], cc.idx)
        return cut if cut[1] - cut[0] >= 3 else content
    return content


# Words that pass on what another said (the statement stage's relaying verbs, "quote" and
# "cite", a medium's "relay" and "carry"): a clause of one opening a content, with the body
# that passes the words on as its subject or its agent ("as reported by X,", "as X
# reported,", "as relayed by X,"), is the relaying layer, not what was said; so is
# "according to X," there.
_RELAYING_VERBS = RELAYING | QUOTING_AS | PASSED_ON_BY
# Openings a relaying clause can have: a cheap test before the parse is read.
_RELAY_WORDS = ("as ", "according to ")


def _relay_opening(doc: Doc, start: int, end: int) -> int | None:
    """Where the content goes on after a relaying clause that opens it and ends in a comma
    ("as reported by the local radio, the summit ..."), read from the parse: "as" marking a
    relaying verb with a subject or an agent of its own (the relaying body), or "according
    to" with its object; None if the content opens otherwise."""
    if not doc_text(doc)[start:end].lower().startswith(_RELAY_WORDS):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    first = span[0]
    if first.lower_ == "as" and first.dep_ == "mark":
        clause = first.head
        if clause.lower_ not in _RELAYING_VERBS or not any(
            c.dep_ in ("nsubj", "agent") for c in clause.children
        ):
            return None
    elif first.lower_ == "according" and span[1].lower_ == "to":
        clause = first
    else:
        return None
    last = max(clause.right_edge.i, first.right_edge.i)
    if not (span.start <= clause.left_edge.i and last + 1 < span.end):
        return None
    comma = doc[last + 1]
    if comma.text != ",":
        return None
    return comma.idx + 1


# Marks that open a quotation after a parenthetical attribution.
OPENING_QUOTES = ('"', "“", "«")


def _own_attribution(doc: Doc, start: int, end: int) -> int | None:
    """Where `..., because, as he said "...` begins inside a content: a clause of saying set
    in as a parenthetical (an adverbial clause marked "as" whose verb is a speech verb)
    right before a quotation attributes that quotation anew (a statement of its own); the
    content ends before it and before the connective and commas that lead into it."""
    text = doc_text(doc)
    if not any(q in text[start:end] for q in OPENING_QUOTES):
        return None  # (most contents hold no quotation: no parse to read)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for verb in span:
        if verb.dep_ != "advcl" or verb.lower_ not in SPEECH_VERBS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            continue
        after_it = verb.i + 1  # (the quotation may be the verb's object or hang elsewhere)
        while after_it < span.end and doc[after_it].text in (",", ":"):
            after_it += 1
        if after_it >= span.end or doc[after_it].text not in OPENING_QUOTES:
            continue
        first = verb.left_edge.i
        while first > span.start and (
            doc[first - 1].text in (",", ":") or doc[first - 1].dep_ in ("cc", "mark")
        ):
            first -= 1
        return doc[first].idx
    return None


def past_relay(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """`content` without an opening relay phrase ("as reported by X, the meeting ...") and
    cut before the speaker's own attribution of a further quotation inside it."""
    text = doc_text(doc)
    start, end = content
    opening = _relay_opening(doc, start, end)
    if opening is not None and end - opening >= 3:
        start = opening
    inner = _own_attribution(doc, start, end)
    if inner is not None and inner - start >= 3:
        end = inner
    return trim_content(text, start, end) if (start, end) != content else content

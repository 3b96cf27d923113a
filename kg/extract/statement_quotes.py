"""Statement readers for quotations: a quotation and its attribution (`"…," said X`,
`X said: "…"`, `"…" ― X`), quoted paragraphs that go on with the last speaker, a paragraph then
`- the statement reads.`, and a paragraph after a line ending in `X added:`."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.quote_speakers import (
    hung_on_name,
    inverted_speaker,
    name_before_verb,
    said_straight,
    verb_first,
)
from kg.extract.quotes import (
    blank,
    colon_before,
    goes_on_after_narration,
    mark_before,
    mid_clause_comma,
    opens_sentence,
    quote_close,
    quote_open,
    title_quoted,
)
from kg.extract.speakers import according_speaker, speaker_of
from kg.extract.statement_patterns import (
    BLOCK_INTRO,
    DASH_SIGNATURE,
    QUOTE_PAIRS,
    STATEMENT_BY,
    STATEMENT_READS,
)
from kg.extract.statement_spans import Found, find_quotes, reach, trim_content
from kg.extract.statement_syntax import content_of
from kg.extract.statement_words import (
    QUOTE_VERBS,
    SPEECH_VERBS,
)
from kg.model import Article
from kg.nlp import doc_text


def quotes(doc: Doc, article: Article, actors: ActorIndex) -> list[Found]:
    text = article.text
    out: list[Found] = []
    # The show or paper something was said on or in (`said on ABC's "This Week."`) is no
    # quotation of words: read as part of the attribution.
    quotes = [
        (a, b) for a, b in find_quotes(text) if not title_quoted(text, quote_open(text, a), a, b)
    ]
    joined: set[int] = set()
    for k, (qs, qe) in enumerate(quotes):
        if k in joined:
            continue
        if in_noise(article, qs, qe) or not text[qs:qe].strip():
            continue
        after = attribution_after(doc, quote_close(text, qe), actors)
        straight = said_straight(doc, qs, qe, actors)
        if (
            len(text[qs:qe].split()) < 4
            and not colon_sentence(doc, qs, qe, actors)
            and straight is None
        ):
            # Scare quotes ("memorandum") are not statements; a short line is when its
            # attribution follows straight on: `“You winning?” she said`.
            mark = text[qe - 1 : qe] + text[quote_close(text, qe) : quote_close(text, qe) + 1]
            # (A verb of saying right after the mark attributes it too: `"We stand ready"
            # tweeted Johnson "to ..."`.)
            inverted = after is not None and not text[quote_close(text, qe) : after[2][0]].strip()
            if after is None or not (any(c in ",?!" for c in mark) or inverted):
                continue
            lead = text[max(0, quote_open(text, qs) - 3) : quote_open(text, qs)]
            if after[2][0] - quote_close(text, qe) > 30 or not (
                quote_open(text, qs) == 0 or lead.endswith("\n") or lead.rstrip()[-1:] in '.?!”"'
            ):
                continue  # (and it opens its sentence: a whole line, not a phrase)
        if straight is None and governed_partial(doc, qs):
            continue  # `X said that the footage did not give "clear evidence," …`: X's
        before = None
        # A quotation that closes its sentence is attributed by the next one only when no
        # verb of saying introduced it: `X said, "A." Y told reporters ...` is X's.
        closed = text[:qe].rstrip("\"“”«»'’ ")[-1:] in (".", "!", "?")
        if after is None or closed or colon_before(text, quote_open(text, qs)):
            before = attribution_before(doc, quote_open(text, qs), actors) or straight
        if before is not None:
            after = None  # `X said: "A," adding that B`: the colon's verb introduces A
        att = after or before or open_paragraph_attribution(doc, quotes, k, actors)
        if att is None:
            continue
        speaker, sspan, cue = att
        # A quotation goes on past its attribution and into following quoted paragraphs:
        # `"A," she said. "B."` and a paragraph of quotation after a quoted paragraph. Each
        # stretch is a statement of its own.
        end, gaps = qe, []
        for j in range(k + 1, len(quotes)):
            ns, ne = quotes[j]
            if end == qe and after and quoted_title(text, ns, ne):
                joined.add(j)  # `"A," he said on NBC's "Meet the Press." "B."`: a title
                continue
            gap = (quote_close(text, end), quote_open(text, ns))
            if not (blank(text, *gap) or (end == qe and after and only_attribution(doc, gap, cue))):
                break
            if attribution_after(doc, quote_close(text, ne), actors):
                break  # the next quotation has a speaker of its own
            joined.add(j)
            gaps.append((end, ns))
            end = ne
        cs, ce = trim_content(text, qs, end)
        kind = "direct"
        lead_start = writer_lead(doc, quote_open(text, qs)) if after and not gaps else None
        if lead_start is not None:
            # `But despite the difficulties, Kim's "trust remains", Chung said.`: the partial
            # quotation sits in the writer's clause, and the whole clause is what was said.
            cs, ce = trim_content(text, lead_start, end)
            kind = "direct" if (qe - qs) > 0.9 * (ce - cs) else "indirect"
        sent = (
            min(cs, cue[0], sspan[0] if sspan else cs),
            max(ce, cue[1], sspan[1] if sspan else ce),
        )
        starts, ends = (cs, *(e for _s, e in gaps)), (*(s for s, _e in gaps), ce)
        for a, b in zip(starts, ends, strict=True):
            part = trim_content(text, a, b)
            out.append(Found(speaker, sspan, cue, part, kind, sent, bool(gaps)))
    return out


_TITLE_LEAD = re.compile(r"(?:\b(?:on|in|at|to|of|for|from)|['’]s)\s*$")


def quoted_title(text: str, qs: int, qe: int) -> bool:
    """A short quotation after a preposition or a possessive is the name of a show, a book or
    a paper ("on NBC's 'Meet the Press'"), not words someone said."""
    lead = text[max(0, quote_open(text, qs) - 20) : quote_open(text, qs)]
    return len(text[qs:qe].split()) <= 5 and _TITLE_LEAD.search(lead) is not None


def writer_lead(doc: Doc, opens: int) -> int | None:
    """Where the writer's words that lead into a quotation start, when the quotation does not
    open its sentence (`Kim's "trust …"`); None when it does, or when the words before it
    hold another quotation or a verb of saying (`He said, "…"`, `X told Y: "…"`)."""
    text = doc_text(doc)
    start = max(text.rfind(stop, 0, opens) for stop in ("\n", ". ", "? ", "! ")) + 1
    lead = text[start:opens]
    if not lead.strip(" .?!") or any(c in lead for c in '"“”«»:'):
        return None
    span = doc.char_span(start, opens, alignment_mode="contract")
    if span is None or any(t.lower_ in QUOTE_VERBS for t in span):
        return None
    # An opening conjunction links to the sentence before; it is not part of what was said.
    return span[1].idx if len(span) > 1 and span[0].dep_ == "cc" else start


def carried_on(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """A quotation with no attribution of its own, right after a statement's sentence, goes
    on with that statement's speaker and cue, as news copy writes it: `Smith said the port
    would reopen. "We need two more boats."`, or a quoted paragraph after `"A," Smith said.`
    It must be whole sentences: a quoted phrase is a label or a title, not a statement."""
    text = article.text
    out: list[Found] = []
    quotes = find_quotes(text)
    # (What was read inside a quotation gives way to it, unless it names its speaker.)
    kept = [
        f
        for f in found
        if f.speaker or f.kind == "label" or not any(s <= f.cue[0] < e for s, e in quotes)
    ]
    taken = [f.content for f in kept]
    for qs, qe in quotes:
        # A report the quoted words make, cue and all ("I saw that Trump said ..."), is nested
        # in the quotation: both layers stand, so it does not take the quotation's place.
        inner = [
            f.content for f in kept if f.kind == "indirect" and qs < f.cue[0] and f.content[1] <= qe
        ]
        opens, closes = quote_open(text, qs), quote_close(text, qe)
        words = text[qs:qe].rstrip(" ,")
        # The sentence's stop may stand inside the closing mark or, as much copy writes it,
        # right after it (`"... on the data".`).
        stop = words[-1:] + text[qe + 1 : qe + 2]
        if (
            len(words.split()) < 4
            or not any(c in ".?!…" for c in stop)
            or in_noise(article, qs, qe)
            or any(s < qe and qs < e for s, e in taken if (s, e) not in inner)
            or not opens_sentence(text, opens)
            or attribution_after(doc, closes, actors)
            or _attributed_within(found, qs, qe)
        ):
            continue
        before = [f for f in found + out if reach(f) <= opens]
        if not before:
            continue
        prev = max(before, key=reach)
        span = doc.char_span(*prev.cue, alignment_mode="expand")
        if span is None:
            continue
        gap_start = max(span.sent.end_char, prev.content[1], prev.cue[1])
        gap = text[gap_start:opens]
        if (gap.strip(' .?!”"’\n') or gap.count("\n") > 2) and not (
            prev.kind == "direct"
            and goes_on_after_narration(text, (gap_start, opens), opens, closes)
        ):
            continue
        cs, ce = trim_content(text, qs, qe)
        out.append(Found(prev.speaker, prev.speaker_span, prev.cue, (cs, ce), "direct", (cs, ce)))
        taken.append((cs, ce))
    return out


def _attributed_within(found: list[Found], qs: int, qe: int) -> bool:
    """Whether a quotation left open holds its own attribution (`"Japan handed over the
    Presidency to us today, Tajani wrote on X.` with no closing mark): a statement read
    inside it whose words open the quotation. Those words have their speaker and cue; they
    do not go on with the statement before."""
    return any(
        qs < f.cue[0] < qe and 0 <= f.content[0] - qs <= 1 and f.content[1] <= f.cue[0]
        for f in found
    )


def governed_partial(doc: Doc, qs: int) -> bool:
    """A quotation inside a clause that a speech verb before it reports."""
    text = doc_text(doc)
    lead = text[: quote_open(text, qs)].rstrip()
    if not lead or not (lead[-1].isalnum() or mid_clause_comma(lead, text[qs:], QUOTE_VERBS)):
        return False  # it opens a sentence or follows `said:` / `said,`
    span = doc.char_span(qs, min(len(text), qs + 1), alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    for v in first.sent:
        if v.i >= first.i:
            break
        if (
            v.lower_ in SPEECH_VERBS
            and v.tag_.startswith("VB")
            and v.left_edge.i <= first.i <= v.right_edge.i
        ):
            return True
    return False


def only_attribution(doc: Doc, gap: tuple[int, int], cue: tuple[int, int]) -> bool:
    """The words between two quotations are the first one's attribution and nothing more.

    They may hold another verb of saying that does not introduce the second quotation
    (`"A," he said, referring to the excuse, "B"`); one that does makes it its own
    (`"A," he said, adding: "B"`, `adding that "B"`)."""
    text = doc_text(doc)
    start, end = gap
    if not (start <= cue[0] < end) or end - start > 250 or "\n" in text[start:end]:
        return False
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None:
        return False
    gap_span = doc.char_span(start, end, alignment_mode="contract")
    if gap_span is not None and any(
        t.lower_ in SPEECH_VERBS
        and t.tag_.startswith("VB")
        and t.i != span[0].i
        and (
            text[t.idx + len(t) : end].strip(" ,:") in ("", "that")
            # (`"A," she said, asking Cengiz to be "patient"`: the quotation is in what
            # the second verb reports, not more of the first one.)
            or t.right_edge.idx >= end
        )
        for t in gap_span
    ):
        return False
    sent_end = span.sent.end_char
    if sent_end >= end or blank(text, sent_end, end):
        return True
    # The parser may end the sentence inside a long apposition on the speaker (`said Dan
    # Kildee, a Democrat who flew to Germany with Amir Hekmati, another freed American.`):
    # a rest with no finite verb is still the attribution.
    rest = doc.char_span(sent_end, end, alignment_mode="contract")
    return rest is not None and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest)


def attribution_after(
    doc: Doc, pos: int, actors: ActorIndex
) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
    span = doc.char_span(pos, min(len(doc_text(doc)), pos + 1), alignment_mode="expand")
    if span is None:
        return None
    i = span.start
    dash = DASH_SIGNATURE.match(doc_text(doc), pos)
    if dash:
        # A signed quotation: `"…" ― Maria Lopez` closing its paragraph.
        ss, se = dash.span("who")
        return actors.at(ss, se), (ss, se), dash.span("dash")
    # `"…," said X.` / `"…," X said.` / `"…", according to X.`: a short tail after the quote.
    tail = _tail(doc, i)
    # A quotation that closes its sentence (`…district.”`) is not attributed by the next one.
    closed = doc_text(doc)[:pos].rstrip("\"“”«»'’ ")[-1:] in (".", "!", "?")
    for t in tail:
        if t.text in (".", "!", "?", "\n", "''") or "\n" in t.text or t.text in QUOTE_PAIRS:
            break
        if closed and t.is_sent_start and t.text[:1].isupper() and len(t.sent) > 8:
            # (But a short sentence can be the attribution: `“…?” Clinton said.`, and so can
            # a longer one whose verb of saying has nothing of its own to report: `“…!”
            # Macron told the world on Thursday via Twitter.`)
            return bare_attribution(t.sent, actors)
        phrase = saying_phrase(t)
        if phrase is not None:
            # `"…," X was quoted as saying.`, `"…," X made the remarks to reporters.`
            att = speaker_of(phrase[0], actors, SPEECH_VERBS)
            return None if att is None else (att[0], att[1], (t.idx, phrase[1]))
        if t.lower_ in QUOTE_VERBS and t.tag_.startswith("VB"):
            att = speaker_of(t, actors, SPEECH_VERBS)
            if att is None or (att[1] is not None and att[1][0] < pos):
                # (No subject, or one inside the quotation: `"They were rivals," X, a
                # former aide, said`, the parse taking the quotation's words for it.)
                att = name_before_verb(doc[i], t, actors) or att
            att = att or inverted_speaker(t, actors)
            if att is None and t.i - i <= 2:
                # `"That, unfortunately," he said`: the parse took the quotation's first word
                # for the subject; a verb of saying right after the mark still attributes it
                # (the speaker ranker may name who).
                return None, None, (t.idx, t.idx + len(t))
            return att
        if t.text == "according" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to":
            # (`According to` opens the next sentence: it introduces what follows.)
            return according_speaker(doc[t.i + 2], actors, t)
    return None


# How many words after a quotation its attribution may take to reach the verb of saying.
TAIL_WORDS = 14


def _tail(doc: Doc, i: int) -> list[Token]:
    """The tokens after a quotation where its attribution is looked for: `TAIL_WORDS` words,
    not counting those of an apposition, which may describe the speaker at any length
    (`"…," Jan Vos, a fellow at a research institute in Leiden and a former envoy, said.`)."""
    out: list[Token] = []
    budget = TAIL_WORDS
    for t in doc[i:]:
        if budget <= 0:
            break
        out.append(t)
        # (The ancestors walked only as far as the first apposition, not all made first.)
        if not (t.dep_ == "appos" or any(a.dep_ == "appos" for a in t.ancestors)):
            budget -= 1
    return out


# Nouns of words spoken that a light verb makes into a verb of saying: `made the remarks`.
REMARK_NOUNS = {"remark", "remarks", "comment", "comments", "statement", "statements"}
REMARK_VERBS = {"make", "deliver", "give"}


def saying_phrase(verb: Token) -> tuple[Token, int] | None:
    """A verb of saying made of more than one word after a quotation, as the verb to ask
    for the speaker and where the phrase ends: the passive of quoting with the verb of
    saying it brings (`X was quoted by a daily as saying`: its subject spoke), or a light verb
    with a noun of words as its object (`X made the remarks`, `gave the comments`)."""
    if verb.lemma_ == "quote" and verb.tag_ == "VBN":
        for prep in verb.children:
            said = [c for c in prep.children if c.dep_ == "pcomp" and c.lower_ in SPEECH_VERBS]
            if prep.lower_ == "as" and said:
                return said[0], said[0].idx + len(said[0])
        return None
    if verb.lemma_ not in REMARK_VERBS or not verb.tag_.startswith("VB"):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lower_ not in REMARK_NOUNS:
        return None
    if any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
        return None  # `made the remarks on the treaty`: what they were about, not these
    return verb, noun.idx + len(noun)


def colon_sentence(doc: Doc, qs: int, qe: int, actors: ActorIndex) -> bool:
    """`Salih replied: "More than once."`: a short quotation a verb of saying introduces with
    a colon is what was said when it is a sentence of its own (no scare quotes)."""
    text = doc_text(doc)
    if text[qs:qe].rstrip()[-1:] not in ".?!" or not colon_before(text, quote_open(text, qs)):
        return False
    att = attribution_before(doc, quote_open(text, qs), actors)
    return att is not None and (att[0] is not None or att[1] is not None)


def open_paragraph_attribution(
    doc: Doc, quotes: list[tuple[int, int]], k: int, actors: ActorIndex
) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
    """A quotation that opens its paragraph and is left open there goes on in the next
    paragraph, which opens with a quotation mark again (news copy prints a quotation of
    several paragraphs so): its speaker is the one the quotation is attributed to where it
    closes."""
    text = doc_text(doc)
    j = k
    while j + 1 < len(quotes):
        qs, qe = quotes[j]
        opens = quote_open(text, qs)
        if not (opens == 0 or text[opens - 1] == "\n") or text[qe : qe + 1] not in ("\n", ""):
            return None  # not a paragraph of quotation left open
        ns, ne = quotes[j + 1]
        if not blank(text, qe, quote_open(text, ns)):
            return None
        j += 1
        after = attribution_after(doc, quote_close(text, ne), actors)
        if after is not None:
            return after
    return None


def bare_attribution(
    sent: Span, actors: ActorIndex
) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
    """The sentence's main verb is one of saying with a subject, and nothing after it is a
    clause, a `to` clause or a reported object: only whom, when and how it was said."""
    verb = sent.root
    if verb.lower_ not in QUOTE_VERBS or not verb.tag_.startswith("VB"):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    if content_of(verb) is not None or any(t.pos_ in ("VERB", "AUX") for t in sent if t.i > verb.i):
        return None
    return speaker_of(verb, actors, SPEECH_VERBS)


def attribution_before(
    doc: Doc, pos: int, actors: ActorIndex
) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
    text = doc_text(doc)
    k = mark_before(text, pos)
    if k < 0 or text[k] not in ":,":
        return None
    if "\n" in text[k:pos] and text[k] != ":":
        return None  # a paragraph of quotation is introduced by a colon (`He said:`)
    span = doc.char_span(k, k + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    for t in reversed(list(doc[sent.start : span.start])):
        light = _remarks_before(t, span.start, actors)
        if light is not None:
            return light
        if t.lower_ in QUOTE_VERBS and t.tag_.startswith("VB"):
            att = speaker_of(t, actors, SPEECH_VERBS)
            between = doc[t.i + 1 : span.start]
            if att is None and len(between) <= 3 and not any(x.pos_ == "VERB" for x in between):
                # `after Mr. Trump, asked about it, had said, "..."`, `X, the nominee, tweeted
                # in response: "..."`: the verb of saying just before the mark introduces the
                # quotation even when the parse hides its subject; the words are someone's
                # (the speaker ranker may still name them), unless the parse hung the verb
                # on a name set off before it, which then is its subject.
                return hung_on_name(t, actors) or (None, None, (t.idx, t.idx + len(t)))
            return att
    return verb_first(doc[sent.start], span.start, actors)


def _remarks_before(
    verb: Token, mark: int, actors: ActorIndex
) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
    """`X made the following remarks: "…"`, `gave this statement:`: a light verb whose object,
    a noun of words, ends right at the colon introduces the quotation as a verb of saying
    does; the verb's subject speaks and the cue runs from the verb to the noun."""
    if verb.lemma_ not in REMARK_VERBS or not verb.tag_.startswith("VB"):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lower_ not in REMARK_NOUNS or noun.i + 1 != mark:
        return None
    # (The parser may hang the quotation on the noun: only what precedes the colon counts.)
    if any(c.dep_ in ("prep", "relcl", "acl") and c.i < mark for c in noun.children):
        return None  # `made remarks on the treaty:`: what they were about
    att = speaker_of(verb, actors, SPEECH_VERBS)
    if att is None:
        return None
    return att[0], att[1], (verb.idx, noun.idx + len(noun))


def statement_reads(
    doc: Doc, article: Article, actors: ActorIndex, found: list[Found]
) -> list[Found]:
    """A paragraph, then `- the statement reads.`: the paragraph is the quotation."""
    text = article.text
    out: list[Found] = []
    paras: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            paras.append((pos, pos + len(line)))
        pos += len(line) + 1
    for k, (ps, pe) in enumerate(paras):
        m = STATEMENT_READS.match(text[ps:pe])
        said = DASH_SAID.match(text[ps:pe])
        if k == 0 or not (m or (said and said["cue"] in QUOTE_VERBS)):
            continue
        cs, ce = trim_content(text, *paras[k - 1])
        if in_noise(article, cs, ce) or any(f.content == (cs, ce) for f in found):
            continue
        if m:
            cue = (ps + m.start("cue"), ps + m.end("cue"))
            speaker, sspan = statement_owner(text, cs, actors, found)
        elif said is not None:
            cue = (ps + said.start("cue"), ps + said.end("cue"))
            speaker, sspan = _named_in(actors, cue[1], pe)
            if speaker is None:
                continue
        out.append(Found(speaker, sspan, cue, (cs, ce), "direct", (cs, cue[1])))
    return out


# A paragraph of words, then a line `- wrote the Chairman-in-Office, Ignazio Cassis, on X.`
# or `— said the minister.` (a convention of East European wires): the paragraph is quoted.
DASH_SAID = re.compile(r"^\s*[-–—]\s*(?P<cue>[a-z]+)\b")


def _named_in(
    actors: ActorIndex, start: int, end: int
) -> tuple[str | None, tuple[int, int] | None]:
    """The first actor named in `[start, end)`, a person before an office or a body."""
    cands = [m for m in actors.mentions if start <= m.start < end and not m.nested]
    people = [m for m in cands if actors.by_id(m.actor).type == "Person"]
    if not cands:
        return None, None
    pick = (people or cands)[0]
    return pick.actor, (pick.start, pick.end)


def block_quotes(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """`The governor added:` at the end of a line, then a paragraph without quotation
    marks: the paragraph is the quotation (transcripts, block quotes)."""
    text = article.text
    out: list[Found] = []
    for m in BLOCK_INTRO.finditer(text):
        ps = m.end()
        pe = text.find("\n", ps)
        pe = len(text) if pe < 0 else pe
        if text[ps] in QUOTE_PAIRS:
            continue  # a quotation: read with its marks
        cs, ce = trim_content(text, ps, pe)
        if ce - cs < 10 or in_noise(article, cs, ce):
            continue
        if any(f.content[0] < ce and cs < f.content[1] for f in found):
            continue
        att = attribution_before(doc, ps, actors)
        if att is None or (att[0] is None and att[1] is None):
            continue
        speaker, sspan, cue = att
        if len(text[cue[1] : m.start()].split()) > 2:
            continue  # `said three options were discussed:` introduces a list, not words
        sent = (min(cue[0], sspan[0] if sspan else cue[0]), ce)
        out.append(Found(speaker, sspan, cue, (cs, ce), "direct", sent))
    return out


def statement_owner(
    text: str, pos: int, actors: ActorIndex, found: list[Found]
) -> tuple[str | None, tuple[int, int] | None]:
    """Whose statement: the last `statement by X` before it, else the last speaker."""
    best = None
    for m in STATEMENT_BY.finditer(text, 0, pos):
        best = m
    if best:
        window_end = min(pos, best.end() + 120)
        for mm in actors.mentions:
            if best.end() <= mm.start < window_end and not mm.nested:
                # The person rather than their office: "by ... spokeswoman Tammy Bruce".
                stop = text.find(".", best.end())
                cands = [
                    x for x in actors.mentions if best.end() <= x.start < stop and not x.nested
                ]
                people = [x for x in cands if actors.by_id(x.actor).type == "Person"]
                pick = (people or cands or [mm])[0]
                return pick.actor, (pick.start, pick.end)
    prior = [f for f in found if f.content[1] <= pos and f.speaker]
    if prior:
        last = max(prior, key=lambda f: f.content[1])
        return last.speaker, None
    return None, None


# --- reported speech --------------------------------------------------------------------

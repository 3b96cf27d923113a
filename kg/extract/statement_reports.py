"""Statement readers for reported speech, read from the dependency parse: a verb of saying
with its clause or object, `according to X`, a labelled line (`WALLACE: …`), and last any
main verb whose subject is someone. (A noun of saying: `statement_nominal`.)"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from kg.extract.actors import PRONOUNS, ActorIndex, in_noise
from kg.extract.contents import deed, made_plain, reports_no_words
from kg.extract.cue_class import speech_only
from kg.extract.cue_rates import often_cue, rarely_cue
from kg.extract.event_triggers import TRIGGERS
from kg.extract.pattern_scan import lowered, search
from kg.extract.source_nouns import (
    HAPPENINGS,
    PRESS_NOUNS,
)
from kg.extract.speakers import according_speaker, document_author, speaker_of
from kg.extract.statement_asides import (
    as_aside,
    attributing_aside,
    carried_on,
    closing_attribution,
    trailing_conjunct,
)
from kg.extract.statement_frames import asked_of, framing, gloss, issued_text, said_after
from kg.extract.statement_patterns import (
    HEADLINE_LABEL_RE,
    LABEL_RE,
)
from kg.extract.statement_spans import Found, coverage, find_quotes, overlap, share, trim_content
from kg.extract.statement_syntax import (
    before_participle,
    clauses_before,
    content_of,
    described,
    for_clause,
    has_verb,
    hypothetical,
    names_a_source,
    names_people,
    opening_comma,
    participles,
    polls,
    predicate,
    relayed_reports,
    runs_on,
    someone,
    source_opening,
    with_infinitive,
)
from kg.extract.statement_words import (
    ADDRESSING,
    AUTHORED_IN_NOUNS,
    BACK_POINTING,
    DEMONSTRATIVE_ONLY,
    FIRST_SECOND,
    PACT_NOUNS,
    QUOTE_VERBS,
    SAYING,
    SPEECH_VERBS,
)
from kg.model import Article, trim_space
from kg.nlp import sentences, span_at, with_lower, with_words


def reported(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    text = article.text
    quotes = find_quotes(text)
    out: list[Found] = []
    # Only a verb of saying, one that attributes quotations, or `put` (`as she put it`) can
    # be a cue here (`as_aside`, `attributing_aside`): those words alone are read.
    for t in with_words(doc, QUOTE_VERBS, {"put"}):
        aside = attributing_aside(t) if t.lower_ not in SPEECH_VERBS else None
        if not t.tag_.startswith("VB") or (
            t.lower_ not in SPEECH_VERBS and not as_aside(t) and aside is None
        ):
            continue
        if in_noise(article, t.idx, t.idx + len(t)):
            continue
        if any(f.goes_on and f.cue[0] <= t.idx < f.cue[1] for f in found):
            continue  # the attribution of a quotation that goes on past it, already read
        # Inside a quotation: one read already, or a quoted paragraph a later reader gives to
        # the last speaker (`"A," X said. ¶ "He referred to my hands ..."`).
        quoted = any(
            f.kind in ("direct", "label") and f.content[0] <= t.idx < f.content[1] for f in found
        ) or any(qs <= t.idx < qe and _quoted_paragraph(text, qs, qe) for qs, qe in quotes)
        if quoted and t.tag_ in ("VB", "VBP"):
            continue  # a quoted speaker's own "I say", "let's say", "you tell them"
        if t.lower_ in SAYING and any(c.dep_ == "neg" for c in t.children):
            continue  # "did not say whether the talks would resume": nothing was said
        if framing(t) or gloss(t) or asked_of(t):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lower_ in HAPPENINGS:
            continue  # "the conflict has claimed 470,000 lives"
        if described(t):
            continue  # "the militia, which supports the PKK": what it is, not what it said
        content = (
            aside
            or content_of(t)
            or for_clause(t)
            or said_after(t)
            or trailing_conjunct(t)
            or closing_attribution(t)
        )
        if content is None or reports_no_words(doc, t, *content):
            continue
        content = carried_on(t, *clauses_before(t, *content))
        content = runs_on(t, *with_infinitive(t, *content))
        cs, ce = trim_content(text, *before_participle(doc, t, *content))
        if ce - cs < 3 or text[cs:ce].lower() in DEMONSTRATIVE_ONLY:
            continue
        cue_here = (t.idx, t.idx + len(t))
        if any(
            (
                (f.cue == cue_here and overlap((cs, ce), f.content) > 0.6)
                or share((cs, ce), f.content) > 0.6
                # `Speaking to X, he said, "…"` parsed with the quotation as the main clause:
                # the verb's quotation is read already, and a clause around it is no more.
                or (f.cue == cue_here and f.kind == "direct" and cs <= t.idx < ce)
            )
            and not (f.content[0] <= t.idx < f.content[1])
            for f in found + out
        ):
            # Already read as a quotation (but a report inside one is relayed, and a report
            # that only contains a partial quotation is one of its own).
            continue
        att = (
            speaker_of(t, actors, SPEECH_VERBS) or noun_saying(t, actors) or issued_text(t, actors)
        )
        if att is None:
            continue
        speaker, sspan, cue = att
        if speaker is None and sspan is None:
            continue
        if sspan and cs < sspan[0] < ce <= sspan[1] + 2:
            # The speaker the parser hung on the words' last phrase ("…, X, press secretary
            # of Y, said"): the words end before them.
            cs, ce = trim_content(text, cs, sspan[0])
        if speaker is None and sspan is not None:
            speaker, sspan = past_outlet(speaker, sspan, actors)
        if quoted and (
            speaker is None or not sspan or text[sspan[0] : sspan[1]].lower() in PRONOUNS
        ):
            # Inside a quotation only a named third party's words are relayed ("Rubio
            # stressed ..."); "he said", "they told us" are the quoted speaker's story.
            continue
        if t.lower_ not in SAYING and (
            t.tag_ == "VB" or (sspan and text[sspan[0] : sspan[1]].lower() in FIRST_SECOND)
        ):
            # "to show", "I want", "you find": wishes and findings are attributed in the
            # third person; measured on PolNeAR dev these are mostly not attributions.
            continue
        # Direct when the words are (nearly all) inside quotation marks, unless the verb is
        # too: then the quotation is someone else's report of them.
        offset = t.sent.start_char
        kind = "indirect"
        if any(
            share((cs, ce), (qs + offset, qe + offset)) > 0.9
            and not qs + offset <= t.idx < qe + offset
            for qs, qe in find_quotes(text[t.sent.start_char : t.sent.end_char])
        ):
            kind = "direct"
        sent = (t.sent.start_char, t.sent.end_char)
        out.append(Found(speaker, sspan, cue, (cs, ce), kind, sent))
    return out


def _quoted_paragraph(text: str, qs: int, qe: int) -> bool:
    """A quotation that opens its paragraph and stays in it, of a sentence or more."""
    opens = text[:qs].rstrip(" \"“‘'«")
    return (
        (not opens or opens.endswith("\n"))
        and "\n" not in text[qs:qe]
        and len(text[qs:qe].split()) >= 4
    )


def noun_saying(
    verb: Token, actors: ActorIndex
) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
    """`…, with officials saying this is for security reasons`, `a spokesman saying …`: a
    participle of saying proper on a noun has that noun for its speaker."""
    head = verb.head
    if not (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.lower_ in SAYING
        and head.i < verb.i
        and (names_people(head) or actors.at(head.idx, head.idx + len(head)) is not None)
    ):
        return None  # (a text "announcing" an agreement is the statement's words, read apart)
    start, end = head.left_edge.idx, head.idx + len(head)
    return actors.resolve(head.idx, end), (start, end), (verb.idx, verb.idx + len(verb))


def past_outlet(
    speaker: str | None, sspan: tuple[int, int], actors: ActorIndex
) -> tuple[str | None, tuple[int, int]]:
    """`According to news agency ISNA, the prosecutor general, Ali Mehr, said ...` parsed
    with the outlet as the subject: the outlet reports; the name after it within the subject
    is who spoke."""
    ss, se = sspan
    outlet_end = max((e for s, e in actors.outlets if ss <= s < se), default=None)
    if outlet_end is None:
        return speaker, sspan
    named = [
        m for m in actors.mentions if outlet_end <= m.start and m.end <= se and m.kind == "name"
    ]
    named = [m for m in named if not m.nested]
    if not named:
        return speaker, sspan
    last = named[-1]
    return last.actor, (last.start, last.end)


def according_to(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    text = article.text
    out: list[Found] = []
    for t in with_lower(doc, ("in", "according")):  # (`source_opening` reads `in` only)
        if in_noise(article, t.idx, t.idx + 1):
            continue
        source_in = source_opening(t)
        if source_in is not None:
            # "In the latest poll, Clinton led by five points": the poll says so; "In the
            # analysis of the Institute, ...": the Institute does.
            phrase_end = (opening_comma(t) or max(x.i for x in t.subtree) + 1) - 1
            speaker = actors.at(source_in.idx, source_in.idx + len(source_in))
            author = document_author(source_in)
            if speaker is None and author is not None:
                speaker = actors.resolve(author.idx, author.idx + len(author))
            if speaker is None and source_in.lower_ in AUTHORED_IN_NOUNS:
                continue  # "In the view of many, ...": no one in particular
            sspan: tuple[int, int] | None = (
                source_in.left_edge.idx,
                source_in.idx + len(source_in),
            )
            if author is not None:
                sspan = (author.left_edge.idx, author.idx + len(author))
            cue = (t.idx, t.idx + len(t))
        elif t.lower_ == "according" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to":
            if doc[t.i + 2].lower_ in ("which", "whom"):
                # "an agreement, according to which ...": a relative; the source is the noun
                # before (mostly a document, no actor), and the clause after it, not the
                # sentence's, is what it says. Narration around a document's terms.
                continue
            to = doc[t.i + 1]
            if _terms_source(doc, t):
                continue  # "According to the deal, the movement will release ...": its terms
            if _unnamed_sources(doc, t, actors):
                continue  # "according to diplomatic sources": no one, so narration
            phrase_end = max([x.i for x in to.subtree if not x.is_punct] + [to.i])
            speaker, sspan, cue = according_speaker(doc[t.i + 2], actors, t)
            if phrase_end == to.i:
                # The parser left `to` without its object (it took the source for the
                # verb's subject): the source runs to the comma.
                comma = next((x.i for x in doc[to.i + 1 : t.sent.end] if x.text == ","), None)
                if comma is not None and comma > to.i + 1:
                    phrase_end = comma - 1
                    last = doc[comma - 1]
                    sspan = (doc[to.i + 1].idx, last.idx + len(last))
                    speaker = speaker or actors.at(*sspan)
        else:
            continue
        sent = t.sent  # not before: spaCy finds a token's sentence by walking the parse
        # Before the main verb ("In addition, according to him, the summit was ..."): the
        # clause after the phrase is what was said, the opening adverbial is the writer's.
        # So after a conjunction ("reshuffled its diplomats and, according to officials,
        # adopted a new strategy"): the conjunct after the phrase is the source's.
        if (
            t.i == sent.start
            or doc[t.i - 1].is_punct
            and t.i - 1 == sent.start
            or (sent.root.i > phrase_end + 1 < sent.end and doc[phrase_end + 1].text == ",")
            or (_after_conjunction(doc, t.i) and phrase_end + 2 < sent.end)
            or _after_connective(doc, sent.start, t.i)
        ):
            if all(x.is_punct or x.is_space for x in doc[phrase_end + 1 : sent.end]):
                # The parser ran the phrase on to the end of the sentence ("According to
                # X, the move reeks ..." read as an apposition): it ends at its comma.
                comma = next((x.i for x in doc[t.i : sent.end] if x.text == ","), None)
                if comma is not None:
                    phrase_end = comma
                    if sspan is not None and sspan[1] > doc[comma].idx:
                        sspan = trim_space(text, sspan[0], doc[comma].idx)
            cs, ce = doc[phrase_end].idx + len(doc[phrase_end]), sent.end_char
        else:
            cs, ce = sent.start_char, t.idx
        cs, ce = trim_content(text, cs, ce)
        if ce - cs < 3 or any(
            (f.cue == cue and overlap((cs, ce), f.content) > 0.6)
            or (share((cs, ce), f.content) > 0.6 and not cs <= f.cue[0] < ce)
            for f in found + out
        ):
            continue  # read already (a report inside this one does not replace it)
        if source_in is not None and any(cs <= f.cue[0] < ce for f in found):
            continue  # "In a statement, X said ...": X's statement already
        out.append(
            Found(speaker, sspan, cue, (cs, ce), "indirect", (sent.start_char, sent.end_char))
        )
    return out


def _after_connective(doc: Doc, start: int, i: int) -> bool:
    """Whether only a connective opens the sentence (from token `start`) before `according to`
    at `i` ("However, according to X, ...", "Besides, according to ..."): it links to the
    sentence before, so the words after the phrase are what X says."""
    before = [x for x in doc[start:i] if not (x.is_punct or x.is_space)]
    return len(before) == 1 and before[0].pos_ in ("ADV", "CCONJ", "SCONJ")


# Sources whose "saying" is their terms, no one's words: what follows "According to the
# agreement, ..." is narration (as with "an agreement, according to which ..."). Not
# "resolution" or "statement": a body adopts those as its words.
TERMS_SOURCES = {*PACT_NOUNS, "procedure"}


def _terms_source(doc: Doc, according: Token) -> bool:
    """Whether `according to` opens its sentence with a pact's terms as the source. (Closing a
    sentence, "... carried out according to the agreements" mostly means "in keeping with",
    about a deed that may lie inside someone's words: not judged here.)"""
    to = doc[according.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:  # the parser left `to` without its object: the noun before the comma
        end = next((x.i for x in doc[to.i + 1 : to.sent.end] if x.is_punct), to.sent.end)
        obj = doc[end - 1] if end - 1 > to.i else None
    opening = all(x.is_punct or x.is_space for x in doc[according.sent.start : according.i])
    return opening and obj is not None and obj.lemma_.lower() in TERMS_SOURCES


# Who "sources" are is told by a name, a nationality or a body among their words, or by a
# determiner that points back to ones named before ("the sources", "these sources").
SOURCE_NOUNS = {"source", "sources"}
NAMING_ENTITIES = {"PERSON", "NORP", "GPE", "ORG", "FAC", "LOC"}


def _unnamed_sources(doc: Doc, according: Token, actors: ActorIndex) -> bool:
    """Whether `according to` gives sources no words of theirs name ("according to sources",
    "according to a source close to the envoys", "according to well-placed sources"): no
    actor speaks (the guidelines: an unnamed official is the body they speak for, and these
    name none), so what follows is the writer's narration, not a statement."""
    to = doc[according.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lower_ not in SOURCE_NOUNS:
        return False
    words = [x for x in obj.subtree if x.i != obj.i]
    if any(x.dep_ == "poss" or x.lower_ in BACK_POINTING and x.head.i == obj.i for x in words):
        return False
    if any(x.pos_ == "PROPN" or x.ent_type_ in NAMING_ENTITIES for x in words):
        return False  # "Egyptian sources", "a source in the Foreign Ministry"
    return not any(actors.at(x.idx, x.idx + len(x)) for x in words if x.pos_ == "NOUN")


# A stance noun is words only with its `that` clause, which this reading requires.
def clausal(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """Any main verb with someone as its subject and a clause, object or topic: `X likened
    Y to Z`, `Regulators questioned the deal`, `She was critical of the plan`.

    Cue-agnostic (PolNeAR's attributions left unread are mostly verbs seen once or twice),
    so it runs last and reads only what nothing else did. Only the sentence's main verb and
    a participle after it that shares its subject (`X praised Y, comparing him to Z`): any
    other embedded verb (relative, conjoined) is mostly narration around its point, measured
    on PolNeAR dev; and none inside a quotation (the quoted speaker's own verbs).
    """
    text = article.text
    quotes = find_quotes(text)
    quote_starts = [qs for qs, _ in quotes]
    # A verb already read as a cue, or inside what someone said, is not another source.
    taken = coverage(len(text), [f.cue for f in found] + [f.content for f in found])
    cued = coverage(len(text), [f.cue for f in found])  # (a relayed report is in the words)
    out: list[Found] = []
    for sent in sentences(doc):
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or hypothetical(root, subj):
            continue
        sent_span = (sent.start_char, sent.end_char)
        for verb, who in [(v, subj) for v in (root, *participles(root))] + relayed_reports(root):
            seen = taken if who is subj else cued
            if seen[verb.idx] or in_noise(article, verb.idx, verb.idx + 1):
                continue
            k = bisect.bisect_right(quote_starts, verb.idx) - 1
            if k >= 0 and verb.idx < quotes[k][1]:
                continue
            pred = predicate(verb)
            if pred is None or not someone(who, pred[1], actors):
                continue
            cue_tok, comp, span = pred
            # "made clear that ...", "took a swipe at": a light verb's phrase of saying,
            # whatever the verb's rates
            plain = comp == "light" or (comp == "ccomp" and made_plain(cue_tok) is not None)
            # "set out": counted apart from the verb alone
            phrasal = plain or any(c.dep_ == "prt" for c in cue_tok.children)
            if rarely_cue(cue_tok.lower_, cue_tok.lemma_.lower()) and not phrasal:
                continue  # "traveled to", "providing airstrikes": annotators read deeds
            if (
                speech_only()
                and cue_tok.tag_.startswith("VB")
                and not phrasal
                and not often_cue(cue_tok.lower_, cue_tok.lemma_.lower())
            ):
                # Under the guidelines only words count: a verb PolNeAR's annotators seldom or
                # never took for a cue ("sugarcoated", "shunned", "lingered on") tells what
                # someone did or felt ("critical of", an adjective, is judged by its class).
                continue
            if comp == "dobj" and cue_tok.lemma_.lower() in ADDRESSING:
                continue  # "addressed reporters", "told the world": to whom, not what
            cs, ce = trim_content(text, *span)
            att = speaker_of(verb, actors, SPEECH_VERBS)
            if ce - cs < 3 or att is None or reports_no_words(doc, verb, cs, ce):
                continue
            if verb.lower_ not in SPEECH_VERBS and deed(verb):
                continue  # "severed their ties", "cancelled the trip": done, not said
            if not plain and tells_event(text[sent_span[0] : sent_span[1]]):
                break
            speaker, sspan, _ = att
            cue = (cue_tok.idx, cue_tok.idx + len(cue_tok))
            out.append(Found(speaker, sspan, cue, (cs, ce), "indirect", sent_span))
    return out


def labelled(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """Transcripts and headlines: `WALLACE: Let's start ...`, `Pat Caddell: Voters worry`."""
    text = article.text
    out: list[Found] = []
    pos = 0
    # A capitals label speaks in a transcript, where there are several; one alone that
    # names no actor is a dateline ("ISLAMABAD: Pakistan and India are ...").
    caps = [m["who"] for m in map(LABEL_RE.match, text.split("\n")[1:]) if m]
    transcript = sum(w.isupper() for w in caps) > 1
    lines = text.split("\n")
    # (The story's first lines: a deck, a date or a byline may stand before the dateline.)
    leads = [n for n, line in enumerate(lines) if n > 0 and line.strip()][:3]
    for n, line in enumerate(lines):
        # A headline's label may be any short phrase: `Poll: Voters move to ...`.
        m = (HEADLINE_LABEL_RE if n == 0 else LABEL_RE).match(line)
        if m and not in_noise(article, pos, pos + len(line)):
            ss, se = pos + m.start("who"), pos + m.end("who")
            cs, ce = trim_content(text, pos + m.start("what"), pos + m.end("what"))
            speaker = actors.at(ss, se)
            if (
                (
                    speaker
                    or (m["who"].isupper() and transcript)
                    or (n == 0 and names_a_source(m["who"], ss, se, actors))
                )
                and ce - cs > 3
                # Not `Talks: 10 November 2022` (but `Poll: Clinton up 5`).
                and (n > 0 or has_verb(doc, cs, ce) or polls(m["who"]))
                # Only a report that takes up most of the line replaces it ("WALLACE: as the
                # Journal wrote, ..." is still Wallace's line).
                and not any(share((cs, ce), f.content) > 0.6 for f in found)
                and not (n == 0 and section_tag(m["who"], text[cs:ce]))
                and not (n == 0 and kicker(doc, ss, se))
                and not (n == 0 and filed_under(doc, ss, se))
                # `New Delhi: Prime Minister X held talks ...` opening the story's first
                # paragraph is its dateline: the place it is filed from, though a capital
                # elsewhere stands for its state.
                and not (n in leads and not transcript and filed_under(doc, ss, se))
            ):
                cue = (pos + m.start("colon"), pos + m.end("colon"))
                out.append(Found(speaker, (ss, se), cue, (cs, ce), "label", (ss, ce)))
        pos += len(line) + 1
    return out


def section_tag(label: str, content: str) -> bool:
    """`Kenya: Kenya and Uganda sign a border deal`: a headline label its own words name again
    is a wire's section tag (the country or topic the story is filed under), not a speaker;
    a speaker's headline words do not name the speaker in the third person."""
    # (Word edges by lookaround, not `\b`: a label may end in punctuation, "U.S.:".)
    return re.search(rf"(?<!\w){re.escape(label.strip())}(?!\w)", content) is not None


def kicker(doc: Doc, start: int, end: int) -> bool:
    """`Brel wins: Door shut on ...`: a headline label that is a clause of its own, with a
    finite verb of no saying, tells news before the colon rather than naming a speaker
    (`Brel warns: ...` names one)."""
    span = span_at(doc, start, end)
    return span is not None and any(
        t.tag_ in ("VBZ", "VBD", "VBP") and t.lower_ not in SPEECH_VERBS for t in span
    )


# Entity labels of places: a headline label that is only a place is where a story is filed.
PLACE_ENTS = {"GPE", "LOC"}


def filed_under(doc: Doc, start: int, end: int) -> bool:
    """`Somalia: Minister gives details ...`, `Burma-Myanmar: Government signs ...`,
    `Chinese state media: ...`: a headline label that is only a place (the wire's section,
    not a speaker, who is named "Somalia says") or the press (whose report is narration)."""
    span = span_at(doc, start, end)
    if span is None or not len(span):
        return False
    words = [t for t in span if not t.is_punct]
    if words and words[-1].lower_ in PRESS_NOUNS:
        return True
    return bool(words) and all(t.ent_type_ in PLACE_ENTS for t in words)


def tells_event(sentence: str) -> bool:
    """The sentence names a diplomatic event (talks, a call, a meeting, a signing): what its
    actors do there is the event stage's to read, not a statement ("Zelensky signed a decree
    on the delegation for the talks", "They discussed the negotiations").

    Attacks are left out: in political news they are mostly verbal ("his attacks on Clinton"),
    and PolNeAR counts those as statements.
    """
    low = lowered(sentence)  # (`search`: each pattern tried only where a match can begin)
    return any(search(p, sentence, low) for p, kind in TRIGGERS if kind != "attack")


def _after_conjunction(doc: Doc, i: int) -> bool:
    """Whether token `i` follows `and`, `but` or `or` (and a comma after it, if any)."""
    k = i - 1 if i > 0 and doc[i - 1].text == "," else i
    return k > 0 and doc[k - 1].lower_ in ("and", "but", "or")

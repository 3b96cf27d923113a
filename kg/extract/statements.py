"""Statements: who said what, quoted directly or reported.

Input: the parsed `Doc`, the article and the `ActorIndex` from the actor stage.
Output: `Statement` records (without `about`, which the pipeline links once events exist).

Readers run in turn and later ones skip what earlier ones found:
1. quotations with their attribution (`"…," said X`, `X said: "…"`), a paragraph followed
   by `- the statement reads.`, and a paragraph after a line ending in `X added:`;
2. reported speech read from the dependency parse: a speech verb, its subject, and its clausal
   complement or object (`X said that …`, `X emphasized …`, `X told reporters …`), or the
   clause an `as` aside is set in (`As X noted, …`, `As X put it, …`);
3. `according to X, …`;
4. last, any other main verb whose subject is someone, with its clause, object or topic
   (`Regulators questioned the deal`), and a participle after it (`…, comparing him to Z`):
   PolNeAR counts these as attributions too; but not what
   someone would do (`she would impose a tax`, `should he refuse`).
A statement found inside another one's content is relayed: `via` is the outer speaker; a verb
that is not one of saying there (`she said he hopes …`), and a report that is the clause of a
reported one unless a named person speaks (`they said the agency told them …`), are part of
the outer statement.
A headline's statement is kept only when the body does not restate it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.actors import PRONOUNS, ActorIndex, in_noise
from kg.extract.contents import reports_no_words
from kg.extract.event_triggers import TRIGGERS
from kg.extract.quotes import blank as _blank
from kg.extract.quotes import colon_before as _colon_before
from kg.extract.quotes import goes_on_after_narration, mid_clause_comma
from kg.extract.quotes import mark_before as _mark_before
from kg.extract.quotes import opens_sentence as _opens_sentence
from kg.extract.quotes import quote_close as _close
from kg.extract.quotes import quote_open as _open
from kg.extract.speakers import according_speaker, speaker_of
from kg.extract.timex import find_dates
from kg.model import Article, PartialDate, Span, Statement, trim_space
from kg.nlp import doc_text

log = logging.getLogger(__name__)


def _forms(*verbs: str) -> set[str]:
    """Inflected forms of regular verbs; irregular ones are listed in full."""
    out: set[str] = set()
    for v in verbs:
        if "|" in v:
            out.update(v.split("|"))
            continue
        stem = v[:-1] if v.endswith("e") else v
        out.update({v, v + "s", stem + "ed", stem + "ing"})
        if v.endswith("y") and v[-2] not in "aeiou":
            out.update({v[:-1] + "ies", v[:-1] + "ied"})
    return out


SPEECH_VERBS = _forms(
    "say|says|said|saying",
    "tell|tells|told|telling",
    "write|writes|wrote|written|writing",
    "speak|speaks|spoke|spoken|speaking",
    "add|adds|added|adding",
    "report",
    "confirm",
    "emphasize",
    "emphasise",
    "reiterate",
    "express",
    "stress",
    "note",
    "warn",
    "announce",
    "state",
    "declare",
    "claim",
    "insist",
    "argue",
    "explain",
    "assert",
    "acknowledge",
    "admit",
    "deny",
    "urge",
    "comment",
    "respond",
    "reply",
    "suggest",
    "believe",
    "tweet",
    "post",
    "mention",
    "reveal",
    "disclose",
    "indicate",
    "predict",
    "promise",
    "vow",
    "pledge",
    "recall",
    "point",
    "clarify",
    "underline",
    "underscore",
    "condemn",
    "criticize",
    "criticise",
    "praise",
    "welcome",
    "accuse",
    "allege",
    "estimate",
    "hope",
    "fear",
    "expect",
    "demand",
    "ask",
    "propose",
    "repeat",
    "assure",
    "hint",
    "concede",
    "contend",
    "observe",
    "remark",
    "recount",
    "signal",
    "stress",
    "maintain",
    "agree|agrees|agreed",
    "complain",
    "boast",
    "charge",
    "describe",
    "predict",
    "question",
    "wonder",
    "tout",
    "counter",
    "cite",
    "blast",
    "slam",
    "mock",
    "dismiss",
    "defend",
    "talk",
    "rail",
    "refer|refers|referred|referring",
    "brag|brags|bragged|bragging",
    "testify",
    # Sources that are not people speaking: "a poll shows", "the study found", "has learned".
    "show|shows|showed|shown|showing",
    "find|finds|found|finding",
    "learn|learns|learned|learnt|learning",
    # Labelling and demands: "called X a disgrace", "called for talks", "described X as".
    "call",
    "attack",
    # Intentions: "wants to", "plans to", "refused to".
    "want",
    "plan|plans|planned|planning",
    "refuse",
    "decline",
    "threaten",
    "support",
    "oppose",
    "endorse",
    "reject|rejects|rejected|rejecting",
)
# Verbs that attribute a quotation but report nothing alone: `She continued: "…"`, `"…," the
# crowd shouted`.
QUOTE_VERBS = SPEECH_VERBS | _forms(
    "continue",
    "conclude",
    "shout",
    "yell",
    "chant",
    "scream",
    "exclaim",
    "whisper",
    "quip|quips|quipped|quipping",
    "joke",
    "retort",
)
# Verbs of saying proper; the others attribute only in the third person and in a finite form.
SAYING = _forms(
    "say|says|said|saying",
    "tell|tells|told|telling",
    "write|writes|wrote|written|writing",
    "add|adds|added|adding",
    "report",
    "state",
    "declare",
    "announce",
    "claim",
    "insist",
    "argue",
    "explain",
    "warn",
    "note",
    "tweet",
    "post",
    "ask",
    "urge",
    "acknowledge",
    "admit",
    "deny",
    "suggest",
    "predict",
    "reply",
    "respond",
)
FIRST_SECOND = {"i", "we", "you"}
# Verbs whose object, not only a clause, is the content: "Rubio expressed his condolences".
OBJECT_VERBS = _forms(
    "emphasize",
    "emphasise",
    "reiterate",
    "express",
    "stress",
    "confirm",
    "announce",
    "note",
    "underline",
    "underscore",
    "condemn",
    "criticize",
    "criticise",
    "praise",
    "welcome",
    "reveal",
    "deny",
    "acknowledge",
    "propose",
    "demand",
    "repeat",
    "signal",
    "point",
    "predict",
    "promise",
    "pledge",
    "report",
    "disclose",
    "question",
    "reject|rejects|rejected",
    "cite",
    "blast",
    "slam",
    "mock",
    "dismiss",
    "defend",
    "mention",
    "claim",
    "accuse",
    "show|shows|showed|shown|showing",
    "find|finds|found|finding",
    "attack",
    "describe",
    "support",
    "oppose",
    "endorse",
)
# Verbs whose `to` complement is the content: "wants to ...", "urged Kyiv to ...".
XCOMP_VERBS = _forms(
    "want",
    "plan|plans|planned|planning",
    "refuse",
    "decline",
    "threaten",
    "urge",
    "ask",
    "tell|tells|told|telling",
    "promise",
    "vow",
    "pledge",
    "call",
    "warn",
    "order",
    "encourage",
    "invite",
)
# "called for a ceasefire", "called on Moscow to ...": the preposition's object is the content.
# "spoke of a crisis", "warned against cuts", "asked about the deal": the topic is the content.
PREP_CONTENT = {
    form: preps
    for verbs, preps in (
        ("call", ("for", "on")),
        ("speak|speaks|spoke|spoken|speaking", ("of", "about")),
        ("talk", ("about", "of")),
        ("write|writes|wrote|written|writing", ("about", "of")),
        ("warn", ("of", "against", "about")),
        ("ask", ("about",)),
        ("rail", ("against",)),
        ("complain", ("about", "of")),
        ("boast", ("about", "of")),
        ("brag|brags|bragged|bragging", ("about",)),
        ("point", ("to",)),
        ("refer|refers|referred|referring", ("to",)),
        ("comment", ("on",)),
        ("testify", ("about", "on")),
        # "did not respond to requests for comment": news reports the silence too.
        ("respond", ("to", "by", "with")),
        ("reply", ("to",)),
    )
    for form in _forms(verbs)
}
# Labelling: "called the charges unfounded" (object and its predicate).
LABEL_VERBS = _forms("call")
# Cognition verbs only count with a clause: "he believes that ..." but not "he believes her".
CLAUSE_ONLY = _forms(
    "believe",
    "hope",
    "fear",
    "expect",
    "wonder",
    "speak|speaks|spoke|spoken|speaking",
    "agree|agrees|agreed",
    "ask",
    "learn|learns|learned|learnt|learning",
)
# Nouns of saying whose `that` clause is the content: "the claim that ...".
CLAIM_NOUNS = {
    f"{n}{suffix}"
    for n in (
        "claim",
        "assertion",
        "allegation",
        "accusation",
        "statement",
        "warning",
        "argument",
        "suggestion",
        "insistence",
        "promise",
        "pledge",
        "admission",
        "announcement",
        "assurance",
        "charge",
        "complaint",
        "contention",
        "prediction",
        "report",
        "message",
        "remark",
        "comment",
    )
    for suffix in ("", "s")
}
# A line that ends in a colon, and the start of the next paragraph.
BLOCK_INTRO = re.compile(r":[ \t\xa0]*\n\s*(?=\S)")
QUOTE_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
STATEMENT_READS = re.compile(
    r"^\s*[-–—]?\s*(?P<cue>(?:the|this|his|her|their)\s+(?:statement|message|post|report|"
    r"document|communiqu[eé]|release|readout|announcement|note)\s+(?:reads|read|says|said|"
    r"states|stated|notes|noted))\s*[.:]?\s*$",
    re.I,
)
STATEMENT_BY = re.compile(
    r"\b(?:statement|message|post|readout|comments?|remarks?)\s+(?:by|of|from)\s+", re.I
)
LABEL_RE = re.compile(
    r"^\s*[\"“”]?(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?P<colon>:)\s+(?P<what>\S.{10,})$"
)
HEADLINE_LABEL_RE = re.compile(
    r"^\s*(?P<who>[A-Z][^:\"“”‘’]{0,60}?)(?P<colon>:)\s+(?P<what>\S+(?: \S+){2,}.*)$"
)
# Spaces include no-break ones (`”\xa0― Name\xa0`), but not a line break.
DASH_SIGNATURE = re.compile(
    r"[^\S\n]*(?P<dash>―|—|–|--)[^\S\n]*"
    r"(?P<who>[A-Z][\w.'’-]*(?:[^\S\n]+[\w.'’-]+){0,4})[^\S\n]*$",
    re.M,
)
DEMONSTRATIVE_ONLY = {"this", "it", "that", "so", "these", "those", "which", "what", "there"}

# Verbs of having, moving, becoming and doing: with a person as subject and an object they
# still report nothing ("Trump had a rally", "she took the stage"). Every other verb may
# attribute when its subject is someone (PolNeAR's attributions are mostly such verbs, each
# cue seen once or twice: "sings", "unleashed", "likened").
NOT_REPORTING = _forms(
    "be|is|was|were|been|being|are|am|'s|’s|'re|’re|'m|’m",
    "have|has|had|having|'ve|’ve",
    "do|does|did|done|doing",
    "make|makes|made|making",
    "take|takes|took|taken|taking",
    "go|goes|went|gone|going",
    "come|comes|came|coming",
    "get|gets|got|gotten|getting",
    "give|gives|gave|given|giving",
    "put|puts|putting",
    "let|lets|letting",
    "keep|keeps|kept|keeping",
    "hold|holds|held|holding",
    "lead|leads|led|leading",
    "run|runs|ran|running",
    "win|wins|won|winning",
    "lose|loses|lost|losing",
    "beat|beats|beaten|beating",
    "buy|buys|bought|buying",
    "pay|pays|paid|paying",
    "spend|spends|spent|spending",
    "meet|meets|met|meeting",
    "leave|leaves|left|leaving",
    "begin|begins|began|begun|beginning",
    "become|becomes|became|becoming",
    "stand|stands|stood|standing",
    "sit|sits|sat|sitting",
    "fall|falls|fell|fallen|falling",
    "grow|grows|grew|grown|growing",
    "bring|brings|brought|bringing",
    "send|sends|sent|sending",
    "seem",
    "appear",
    "remain",
    "use",
    "need",
    "work",
    "live",
    "join",
    "help",
    "serve",
    "face",
    "try|tries|tried|trying",
    "own",
    "earn",
    "raise",
    "receive",
    "reach",
    "include",
    "contain",
    "cost|costs|costing",
    "move",
    "visit",
    # A call is made ("called the prime minister", "called a meeting"); what a call says is
    # read as speech ("called on", "called for", "called it a disgrace").
    "call",
    "attend",
    "return",
    "host",
    "allow",
    "cause",
    "enter",
    "turn",
    # Physical acts, transactions and states.
    "sell|sells|sold|selling",
    "fly|flies|flew|flown|flying",
    "shoot|shoots|shot|shooting",
    "throw|throws|threw|thrown|throwing",
    "break|breaks|broke|broken|breaking",
    "lay|lays|laid|laying",
    "hire",
    "board",
    "open",
    "close",
    "carry|carries|carried|carrying",
    "plant",
    "push",
    "toss",
    "kill",
    "bomb",
    "crash",
    "invest",
    "contribute",
    "donate",
    "collect",
    "acquire",
    "create",
    "assemble",
    "occupy|occupies|occupied|occupying",
    "compose",
    "comprise",
    "represent",
    "surround",
    "immerse",
    "devote",
    "hand",
    "pick",
    "seal",
    "commit|commits|committed|committing",
    "achieve",
    "withdraw|withdraws|withdrew|withdrawn|withdrawing",
    "experience",
    "enjoy",
    "manage",
    "struggle",
    "scramble",
    "arrive",
    "emerge",
    "feature",
    "interview",
    "summon",
)


@dataclass
class _Found:
    speaker: str | None
    speaker_span: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int]
    kind: str
    sent: tuple[int, int]
    # A stretch of a quotation that goes on past its attribution (`"A," she said. "B."`).
    goes_on: bool = False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding space, quotation marks and final punctuation from a content span."""
    while start < end and (text[start].isspace() or text[start] in "\"“”«»„'‘’,:;-–—"):
        start += 1
    full_end = end
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"“”«»„'‘’,.;:!?-–—"):
        end -= 1
    # A quotation that opens inside the span keeps its closing mark, even when the parser
    # left the mark (and the full stop before it) outside: `to "stay calm."`.
    inner = text[start:end]
    closing = next(
        (c for o, c in (("“", "”"), ("«", "»")) if inner.count(o) > inner.count(c)),
        '"' if inner.count('"') % 2 else None,
    )
    if closing is not None:
        # The mark is among what was trimmed, or past it after nothing but a full stop or so.
        j = text.find(closing, end, max(full_end, end + 3))
        if j >= 0 and all(c in ".,!?;:" for c in text[full_end:j]):
            return start, j + 1
    return start, end


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted stretches (inside the marks), paragraph by paragraph.

    Two apostrophes stand for a double quotation mark in some wire copy (''like this'').
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        i = 0
        while i < len(para):
            ch = para[i]
            if para.startswith("''", i):
                close = para.find("''", i + 2)
                end = close if close != -1 else len(para)
                out.append((pos + i + 2, pos + end))
                i = end + 2
            elif ch in QUOTE_PAIRS or (ch == "”" and not para[:i].strip() and "”" in para[i + 1 :]):
                # A paragraph may open with a reversed mark: `”Fear. I am afraid.” ― Name`.
                close = _closing(para, i)
                end = close if close != -1 else len(para)
                out.append((pos + i + 1, pos + end))
                i = end + 1
            else:
                i += 1
        pos += len(para) + 1
    return out


def _closing(para: str, i: int) -> int:
    """Where the quotation opened at `para[i]` closes; -1 if not in the paragraph.

    Curly marks nest (`“He calls it “hell” and laughs.”`); when they do not balance, the first
    closing mark ends the quotation, as for straight marks, which cannot nest.
    """
    ch = para[i]
    first = para.find(QUOTE_PAIRS.get(ch, "”"), i + 1)
    if ch != "“" or first == -1:
        return first
    depth = 1
    for j in range(i + 1, len(para)):
        depth += _NESTING.get(para[j], 0)
        if depth == 0:
            return j
    return first


_NESTING = {"“": 1, "”": -1}


class StatementFinder:
    """The statement stage; `__call__(doc, article, actors) -> list[Statement]`."""

    def __call__(self, doc: Doc, article: Article, actors: ActorIndex) -> list[Statement]:
        found: list[_Found] = []
        found += self._quotes(doc, article, actors)
        found += self._statement_reads(doc, article, actors, found)
        found += self._block_quotes(doc, article, actors, found)
        found += self._reported(doc, article, actors, found)
        found += self._according_to(doc, article, actors, found)
        found += self._labelled(doc, article, actors, found)
        found += self._nominal(doc, article, actors, found)
        found += self._clausal(doc, article, actors, found)
        found += self._carried_on(doc, article, actors, found)
        found = [f for f in found if not in_noise(article, *f.content)]
        title_end = _title_end(article.text)
        body = [f for f in found if f.cue[0] >= title_end]
        found = body + [f for f in found if f.cue[0] < title_end and _news(f, body, article.text)]
        found = [f for f in found if not _narrated_inside(f, found, article.text)]
        found = [f for f in found if not _reported_within(f, found, doc)]
        found = [f for f in found if not _relayed_by_outlet(f, found, actors)]
        found.sort(key=lambda f: f.content[0])
        return [self._record(f, found, article) for f in found]

    # --- quotations -------------------------------------------------------------------------

    def _quotes(self, doc: Doc, article: Article, actors: ActorIndex) -> list[_Found]:
        text = article.text
        out: list[_Found] = []
        quotes = find_quotes(text)
        joined: set[int] = set()
        for k, (qs, qe) in enumerate(quotes):
            if k in joined:
                continue
            if in_noise(article, qs, qe) or not text[qs:qe].strip():
                continue
            after = self._attribution_after(doc, _close(text, qe), actors)
            if len(text[qs:qe].split()) < 4:
                # Scare quotes ("memorandum") are not statements; a short line is when its
                # attribution follows straight on: `“You winning?” she said`.
                mark = text[qe - 1 : qe] + text[_close(text, qe) : _close(text, qe) + 1]
                if after is None or not any(c in ",?!" for c in mark):
                    continue
                lead = text[max(0, _open(text, qs) - 3) : _open(text, qs)]
                if after[2][0] - _close(text, qe) > 30 or not (
                    _open(text, qs) == 0 or lead.endswith("\n") or lead.rstrip()[-1:] in '.?!”"'
                ):
                    continue  # (and it opens its sentence: a whole line, not a phrase)
            if self._governed_partial(doc, qs):
                continue  # `X said that the footage did not give "clear evidence," …`: X's
            before = None
            if after is None or _colon_before(text, _open(text, qs)):
                before = self._attribution_before(doc, _open(text, qs), actors)
            if before is not None:
                after = None  # `X said: "A," adding that B`: the colon's verb introduces A
            att = after or before
            if att is None:
                continue
            speaker, sspan, cue = att
            # A quotation goes on past its attribution and into following quoted paragraphs:
            # `"A," she said. "B."` and a paragraph of quotation after a quoted paragraph. Each
            # stretch is a statement of its own.
            end, gaps = qe, []
            for j in range(k + 1, len(quotes)):
                ns, ne = quotes[j]
                gap = (_close(text, end), _open(text, ns))
                if not (
                    _blank(text, *gap)
                    or (end == qe and after and self._only_attribution(doc, gap, cue))
                ):
                    break
                if self._attribution_after(doc, _close(text, ne), actors):
                    break  # the next quotation has a speaker of its own
                joined.add(j)
                gaps.append((end, ns))
                end = ne
            cs, ce = _trim(text, qs, end)
            sent = (
                min(cs, cue[0], sspan[0] if sspan else cs),
                max(ce, cue[1], sspan[1] if sspan else ce),
            )
            starts, ends = (cs, *(e for _s, e in gaps)), (*(s for s, _e in gaps), ce)
            for a, b in zip(starts, ends, strict=True):
                part = _trim(text, a, b)
                out.append(_Found(speaker, sspan, cue, part, "direct", sent, bool(gaps)))
        return out

    def _carried_on(
        self, doc: Doc, article: Article, actors: ActorIndex, found: list[_Found]
    ) -> list[_Found]:
        """A quotation with no attribution of its own, right after a statement's sentence, goes
        on with that statement's speaker and cue, as news copy writes it: `Smith said the port
        would reopen. "We need two more boats."`, or a quoted paragraph after `"A," Smith said.`
        It must be whole sentences: a quoted phrase is a label or a title, not a statement."""
        text = article.text
        out: list[_Found] = []
        quotes = find_quotes(text)
        # (What was read inside a quotation gives way to it, unless it names its speaker.)
        taken = [
            f.content
            for f in found
            if f.speaker or f.kind == "label" or not any(s <= f.cue[0] < e for s, e in quotes)
        ]
        for qs, qe in quotes:
            opens, closes = _open(text, qs), _close(text, qe)
            words = text[qs:qe].rstrip(" ,")
            if (
                len(words.split()) < 4
                or words[-1:] not in ".?!…"
                or in_noise(article, qs, qe)
                or any(s < qe and qs < e for s, e in taken)
                or not _opens_sentence(text, opens)
                or self._attribution_after(doc, closes, actors)
            ):
                continue
            before = [f for f in found + out if _reach(f) <= opens]
            if not before:
                continue
            prev = max(before, key=_reach)
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
            cs, ce = _trim(text, qs, qe)
            out.append(
                _Found(prev.speaker, prev.speaker_span, prev.cue, (cs, ce), "direct", (cs, ce))
            )
            taken.append((cs, ce))
        return out

    @staticmethod
    def _governed_partial(doc: Doc, qs: int) -> bool:
        """A quotation inside a clause that a speech verb before it reports."""
        text = doc_text(doc)
        lead = text[: _open(text, qs)].rstrip()
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

    @staticmethod
    def _only_attribution(doc: Doc, gap: tuple[int, int], cue: tuple[int, int]) -> bool:
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
            and text[t.idx + len(t) : end].strip(" ,:") in ("", "that")
            for t in gap_span
        ):
            return False
        sent_end = span.sent.end_char
        return sent_end >= end or _blank(text, sent_end, end)

    def _attribution_after(
        self, doc: Doc, pos: int, actors: ActorIndex
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
        tail = doc[i : min(len(doc), i + 14)]
        # A quotation that closes its sentence (`…district.”`) is not attributed by the next one.
        closed = doc_text(doc)[:pos].rstrip("\"“”«»'’ ")[-1:] in (".", "!", "?")
        for t in tail:
            if t.text in (".", "!", "?", "\n", "''") or "\n" in t.text or t.text in QUOTE_PAIRS:
                break
            if closed and t.is_sent_start and t.text[:1].isupper() and len(t.sent) > 8:
                break  # (but a short sentence can be the attribution: `“…?” Clinton said.`)
            if t.lower_ in QUOTE_VERBS and t.tag_.startswith("VB"):
                return speaker_of(t, actors, SPEECH_VERBS)
            if t.text == "according" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to":
                # (`According to` opens the next sentence: it introduces what follows.)
                return according_speaker(doc[t.i + 2], actors, t)
        return None

    def _attribution_before(
        self, doc: Doc, pos: int, actors: ActorIndex
    ) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
        text = doc_text(doc)
        k = _mark_before(text, pos)
        if k < 0 or text[k] not in ":,":
            return None
        if "\n" in text[k:pos] and text[k] != ":":
            return None  # a paragraph of quotation is introduced by a colon (`He said:`)
        span = doc.char_span(k, k + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        for t in reversed(list(doc[sent.start : span.start])):
            if t.lower_ in QUOTE_VERBS and t.tag_.startswith("VB"):
                return speaker_of(t, actors, SPEECH_VERBS)
        return None

    def _statement_reads(
        self, doc: Doc, article: Article, actors: ActorIndex, found: list[_Found]
    ) -> list[_Found]:
        """A paragraph, then `- the statement reads.`: the paragraph is the quotation."""
        text = article.text
        out: list[_Found] = []
        paras: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                paras.append((pos, pos + len(line)))
            pos += len(line) + 1
        for k, (ps, pe) in enumerate(paras):
            m = STATEMENT_READS.match(text[ps:pe])
            if not m or k == 0:
                continue
            cs, ce = _trim(text, *paras[k - 1])
            if in_noise(article, cs, ce) or any(f.content == (cs, ce) for f in found):
                continue
            cue = (ps + m.start("cue"), ps + m.end("cue"))
            speaker, sspan = self._statement_owner(text, cs, actors, found)
            out.append(_Found(speaker, sspan, cue, (cs, ce), "direct", (cs, cue[1])))
        return out

    def _block_quotes(
        self, doc: Doc, article: Article, actors: ActorIndex, found: list[_Found]
    ) -> list[_Found]:
        """`The governor added:` at the end of a line, then a paragraph without quotation
        marks: the paragraph is the quotation (transcripts, block quotes)."""
        text = article.text
        out: list[_Found] = []
        for m in BLOCK_INTRO.finditer(text):
            ps = m.end()
            pe = text.find("\n", ps)
            pe = len(text) if pe < 0 else pe
            if text[ps] in QUOTE_PAIRS:
                continue  # a quotation: read with its marks
            cs, ce = _trim(text, ps, pe)
            if ce - cs < 10 or in_noise(article, cs, ce):
                continue
            if any(f.content[0] < ce and cs < f.content[1] for f in found):
                continue
            att = self._attribution_before(doc, ps, actors)
            if att is None or (att[0] is None and att[1] is None):
                continue
            speaker, sspan, cue = att
            if len(text[cue[1] : m.start()].split()) > 2:
                continue  # `said three options were discussed:` introduces a list, not words
            sent = (min(cue[0], sspan[0] if sspan else cue[0]), ce)
            out.append(_Found(speaker, sspan, cue, (cs, ce), "direct", sent))
        return out

    def _statement_owner(
        self, text: str, pos: int, actors: ActorIndex, found: list[_Found]
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

    def _reported(
        self, doc: Doc, article: Article, actors: ActorIndex, found: list[_Found]
    ) -> list[_Found]:
        text = article.text
        out: list[_Found] = []
        for t in doc:
            if not t.tag_.startswith("VB") or (t.lower_ not in SPEECH_VERBS and not _as_aside(t)):
                continue
            if in_noise(article, t.idx, t.idx + len(t)):
                continue
            if any(f.goes_on and f.cue[0] <= t.idx < f.cue[1] for f in found):
                continue  # the attribution of a quotation that goes on past it, already read
            quoted = any(
                f.kind in ("direct", "label") and f.content[0] <= t.idx < f.content[1]
                for f in found
            )
            if quoted and t.tag_ in ("VB", "VBP"):
                continue  # a quoted speaker's own "I say", "let's say", "you tell them"
            if t.lower_ in SAYING and any(c.dep_ == "neg" for c in t.children):
                continue  # "did not say whether the talks would resume": nothing was said
            content = self._content_of(t)
            if content is None or reports_no_words(doc, t, *content):
                continue
            cs, ce = _trim(text, *content)
            if ce - cs < 3 or text[cs:ce].lower() in DEMONSTRATIVE_ONLY:
                continue
            cue_here = (t.idx, t.idx + len(t))
            if any(
                (
                    (f.cue == cue_here and _overlap((cs, ce), f.content) > 0.6)
                    or _share((cs, ce), f.content) > 0.6
                )
                and not (f.content[0] <= t.idx < f.content[1])
                for f in found + out
            ):
                # Already read as a quotation (but a report inside one is relayed, and a report
                # that only contains a partial quotation is one of its own).
                continue
            att = speaker_of(t, actors, SPEECH_VERBS)
            if att is None:
                continue
            speaker, sspan, cue = att
            if speaker is None and sspan is None:
                continue
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
                _share((cs, ce), (qs + offset, qe + offset)) > 0.9
                and not qs + offset <= t.idx < qe + offset
                for qs, qe in find_quotes(text[t.sent.start_char : t.sent.end_char])
            ):
                kind = "direct"
            sent = (t.sent.start_char, t.sent.end_char)
            out.append(_Found(speaker, sspan, cue, (cs, ce), kind, sent))
        return out

    def _content_of(self, verb: Token) -> tuple[int, int] | None:
        # A `that` clause the parser hung as an adverbial one counts too ("tweeted that ...").
        comp = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "parataxis")
            or (
                c.dep_ == "advcl"
                and c.i > verb.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            )
        ]
        if comp:
            # "The probe set off fireworks: Republicans said they ...": what follows is said.
            c = next((x for x in comp if x.i > verb.i), comp[0])
            toks = [x for x in c.subtree]
            # "said that ...": the complementiser is not part of what was said.
            while toks and (toks[0].dep_ == "mark" or toks[0].is_punct):
                toks = toks[1:]
            if not toks:
                return None
            return toks[0].idx, toks[-1].idx + len(toks[-1])
        if _as_aside(verb):
            # "As the minister noted, the talks ...": the clause it is set in is what was said.
            around = _around(verb)
            if around is not None:
                return around
        misparsed = _that_clause(verb)
        if misparsed is not None:
            return misparsed
        if _passive_act(verb):
            # "The proposal was rejected by the Kremlin": what the agent rejected.
            subj = next(c for c in verb.children if c.dep_ == "nsubjpass")
            return _edges(subj, subj)
        if verb.dep_ == "parataxis" and verb.head.i != verb.i:
            return _around(verb)
        right = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "mark")]
        lower = verb.lower_
        if lower in XCOMP_VERBS:
            # "wants to ...", "urged Kyiv to ...", "called on both sides to ...": the one
            # addressed (if any) through the `to` clause.
            addressee = _addressee(verb)
            xcomp = [c for c in right if c.dep_ == "xcomp" and _is_to_clause(c)]
            if not xcomp and addressee is not None and lower not in LABEL_VERBS:
                # "tells his supporters at a rally to ...": hung as an adverbial clause (but
                # "called Machado to thank her", "called a meeting to discuss" are purposes).
                xcomp = [c for c in verb.rights if c.dep_ == "advcl" and _is_to_clause(c)]
            if xcomp:
                return _edges(addressee if addressee is not None else xcomp[0], xcomp[-1])
        if lower in PREP_CONTENT:
            preps = PREP_CONTENT[lower]
            prep = next((c for c in right if c.dep_ == "prep" and c.lower_ in preps), None)
            if prep is not None and lower in LABEL_VERBS and prep.i != verb.i + 1:
                prep = None  # "called on Moscow", not "called the minister on Friday"
            # (A no-break space after the preposition is a token of its own: `speaking of\xa0X`.)
            obj = next((c for c in prep.rights if not c.is_space), None) if prep else None
            if prep is not None and obj is not None and c_has_object(prep):
                objs = [x for x in right if x.i > prep.i]
                return _edges(obj, objs[-1] if objs else obj)
        if lower in LABEL_VERBS:
            # "called the charges unfounded": an object and what it is called.
            dobj = next((c for c in right if c.dep_ == "dobj"), None)
            pred = [c for c in right if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "dobj")]
            if dobj is not None and any(c.i > dobj.i for c in pred):
                return _edges(dobj, right[-1])
            return None
        if lower in CLAUSE_ONLY or lower not in OBJECT_VERBS:
            return None
        # "pointed out the flaws": the particle is part of the cue; alone it says nothing.
        right = [c for c in right if c.dep_ != "prt"]
        if not right or not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in right):
            return None
        return _edges(right[0], right[-1])

    def _according_to(
        self, doc: Doc, article: Article, actors: ActorIndex, found: list[_Found]
    ) -> list[_Found]:
        text = article.text
        out: list[_Found] = []
        for t in doc:
            if in_noise(article, t.idx, t.idx + 1):
                continue
            sent = t.sent
            source_in = _source_in(t)
            if source_in is not None:
                # "In the latest poll, Clinton led by five points": the poll says so.
                phrase_end = max(x.i for x in t.subtree)
                speaker = actors.at(source_in.idx, source_in.idx + len(source_in))
                sspan: tuple[int, int] | None = (
                    source_in.left_edge.idx,
                    source_in.idx + len(source_in),
                )
                cue = (t.idx, t.idx + len(t))
            elif t.lower_ == "according" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "to":
                to = doc[t.i + 1]
                phrase_end = max([x.i for x in to.subtree] + [to.i])
                speaker, sspan, cue = according_speaker(doc[t.i + 2], actors, t)
            else:
                continue
            # Before the main verb ("In addition, according to him, the summit was ..."): the
            # clause after the phrase is what was said, the opening adverbial is the writer's.
            if (
                t.i == sent.start
                or doc[t.i - 1].is_punct
                and t.i - 1 == sent.start
                or (sent.root.i > phrase_end + 1 < sent.end and doc[phrase_end + 1].text == ",")
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
            cs, ce = _trim(text, cs, ce)
            if ce - cs < 3 or any(
                (f.cue == cue and _overlap((cs, ce), f.content) > 0.6)
                or (_share((cs, ce), f.content) > 0.6 and not cs <= f.cue[0] < ce)
                for f in found + out
            ):
                continue  # read already (a report inside this one does not replace it)
            if source_in is not None and any(cs <= f.cue[0] < ce for f in found):
                continue  # "In a statement, X said ...": X's statement already
            out.append(
                _Found(speaker, sspan, cue, (cs, ce), "indirect", (sent.start_char, sent.end_char))
            )
        return out

    def _nominal(
        self, doc: Doc, article: Article, actors: ActorIndex, found: list[_Found]
    ) -> list[_Found]:
        """A noun of saying and its `that` clause: `the police's earlier claim that ...`."""
        text = article.text
        out: list[_Found] = []
        for t in doc:
            if t.lower_ not in CLAIM_NOUNS or not t.tag_.startswith("NN"):
                continue
            if in_noise(article, t.idx, t.idx + len(t)):
                continue
            clause = next(
                (
                    c
                    for c in t.rights
                    if c.dep_ in ("acl", "ccomp")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                ),
                None,
            )
            if clause is None:
                continue
            toks = [x for x in clause.subtree if not (x.dep_ == "mark" and x.head.i == clause.i)]
            cs, ce = _trim(text, toks[0].idx, toks[-1].idx + len(toks[-1]))
            cue = (t.idx, t.idx + len(t))
            if ce - cs < 3 or any(
                _overlap(f.cue, cue) > 0 and _overlap(f.content, (cs, ce)) > 0 for f in found + out
            ):
                continue
            # Whose: "Trump's claim", "his claim", "the claim by officials".
            src = next((c for c in t.children if c.dep_ == "poss"), None)
            if src is None:
                # "Trump claims that ..." read as a noun phrase: the name before it speaks.
                src = next(
                    (
                        c
                        for c in t.children
                        if c.dep_ == "compound" and actors.at(c.idx, c.idx + len(c)) is not None
                    ),
                    None,
                )
            if src is None:
                by = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
                src = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            speaker, sspan = None, None
            if src is not None:
                sspan = (src.left_edge.idx, src.idx + len(src))
                speaker = actors.resolve(src.idx, src.idx + len(src))
            sent = (t.sent.start_char, t.sent.end_char)
            out.append(_Found(speaker, sspan, cue, (cs, ce), "indirect", sent))
        return out

    def _clausal(
        self, doc: Doc, article: Article, actors: ActorIndex, found: list[_Found]
    ) -> list[_Found]:
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
        taken = _coverage(len(text), [f.cue for f in found] + [f.content for f in found])
        out: list[_Found] = []
        for sent in doc.sents:
            root = sent.root
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subj is None or _hypothetical(root, subj):
                continue
            sent_span = (sent.start_char, sent.end_char)
            for verb in [root, *_participles(root)]:
                if taken[verb.idx] or in_noise(article, verb.idx, verb.idx + 1):
                    continue
                k = bisect.bisect_right(quote_starts, verb.idx) - 1
                if k >= 0 and verb.idx < quotes[k][1]:
                    continue
                pred = _predicate(verb)
                if pred is None or not _someone(subj, pred[1], actors):
                    continue
                cue_tok, _, span = pred
                cs, ce = _trim(text, *span)
                att = speaker_of(verb, actors, SPEECH_VERBS)
                if ce - cs < 3 or att is None or reports_no_words(doc, verb, cs, ce):
                    continue
                if _tells_event(text[sent_span[0] : sent_span[1]]):
                    break
                speaker, sspan, _ = att
                cue = (cue_tok.idx, cue_tok.idx + len(cue_tok))
                out.append(_Found(speaker, sspan, cue, (cs, ce), "indirect", sent_span))
        return out

    def _labelled(
        self, doc: Doc, article: Article, actors: ActorIndex, found: list[_Found]
    ) -> list[_Found]:
        """Transcripts and headlines: `WALLACE: Let's start ...`, `Pat Caddell: Voters worry`."""
        text = article.text
        out: list[_Found] = []
        pos = 0
        # A capitals label speaks in a transcript, where there are several; one alone that
        # names no actor is a dateline ("ISLAMABAD: Pakistan and India are ...").
        caps = [m["who"] for m in map(LABEL_RE.match, text.split("\n")[1:]) if m]
        transcript = sum(w.isupper() for w in caps) > 1
        for n, line in enumerate(text.split("\n")):
            # A headline's label may be any short phrase: `Poll: Voters move to ...`.
            m = (HEADLINE_LABEL_RE if n == 0 else LABEL_RE).match(line)
            if m and not in_noise(article, pos, pos + len(line)):
                ss, se = pos + m.start("who"), pos + m.end("who")
                cs, ce = _trim(text, pos + m.start("what"), pos + m.end("what"))
                speaker = actors.at(ss, se)
                if (
                    (
                        speaker
                        or (m["who"].isupper() and transcript)
                        or (n == 0 and _names_a_source(m["who"], ss, se, actors))
                    )
                    and ce - cs > 3
                    # Not `Talks: 10 November 2022` (but `Poll: Clinton up 5`).
                    and (n > 0 or _has_verb(doc, cs, ce) or _polls(m["who"]))
                    # Only a report that takes up most of the line replaces it ("WALLACE: as the
                    # Journal wrote, ..." is still Wallace's line).
                    and not any(_share((cs, ce), f.content) > 0.6 for f in found)
                ):
                    cue = (pos + m.start("colon"), pos + m.end("colon"))
                    out.append(_Found(speaker, (ss, se), cue, (cs, ce), "label", (ss, ce)))
            pos += len(line) + 1
        return out

    # --- records ----------------------------------------------------------------------------

    def _record(self, f: _Found, found: list[_Found], article: Article) -> Statement:
        text = article.text
        via = None
        for g in found:
            if g is f or g.speaker is None or g.speaker == f.speaker:
                continue
            if g.content[0] <= f.cue[0] < g.content[1] and f.content[1] <= g.content[1] + 1:
                via = g.speaker  # relayed: said inside another speaker's words
                break
        es, ee = trim_space(
            text, min(f.sent[0], f.content[0], f.cue[0]), max(f.sent[1], f.content[1], f.cue[1])
        )
        return Statement(
            speaker=f.speaker,
            cue=Span.of(text, *f.cue),
            content=Span.of(text, *f.content),
            kind="direct" if f.kind in ("direct", "label") else "indirect",
            evidence=Span.of(text, es, ee),
            date=_statement_date(text, f, article.published_date),
            via=via,
            speaker_span=Span.of(text, *f.speaker_span) if f.speaker_span else None,
        )


def _news(headline: _Found, body: list[_Found], text: str) -> bool:
    """Whether a headline's statement is one of its own. A labelled headline (`Sanders:
    Clinton needs to ...`) is; otherwise a headline mostly restates a statement of the body
    (the project's gold keeps only that one), and headlines are hard to parse: only a verb of
    saying proper counts, and only when the body does not say it again."""
    if headline.kind == "label":
        return True
    cue = text[headline.cue[0] : headline.cue[1]].lower()
    return cue in SAYING and not _restated(headline, body, text)


def _restated(headline: _Found, body: list[_Found], text: str) -> bool:
    """Whether the body has the headline's statement too: the same speaker or most of the same
    words (headlines paraphrase: "Flynn says Trump 'absolutely right'")."""
    words = _content_words(text[headline.content[0] : headline.content[1]])
    for f in body:
        if headline.speaker is not None and f.speaker == headline.speaker:
            return True
        other = _content_words(text[f.content[0] : f.content[1]])
        if words and len(words & other) >= 0.5 * len(words):
            return True
    return False


def _content_words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", s.lower()) if len(w) > 3}


# Cues that relay someone's words from inside another statement ("she said Rubio told ...").
RELAYING = (
    SAYING
    | {"according to"}
    | _forms(
        "accuse",
        "call",
        "cite",
        "question",
        "disclose",
        "confirm",
        "promise",
        "describe",
        "condemn",
        "criticize",
        "criticise",
        "praise",
        "welcome",
        "reject|rejects|rejected",
        "demand",
        "propose",
        "reiterate",
        "repeat",
        "stress",
        "emphasize",
        "emphasise",
    )
)


def _reach(f: _Found) -> int:
    """Where the words a statement was read from end."""
    return max(f.sent[1], f.content[1], f.cue[1])


def _narrated_inside(f: _Found, found: list[_Found], text: str) -> bool:
    """`She says it underscores that ...`, `Mulgrew said he hopes ...`, `police say he refused
    to ...`: inside someone's words, a verb that is not one of saying is part of what they
    said, not a second statement."""
    if text[f.cue[0] : f.cue[1]].lower() in RELAYING:
        return False
    return any(g is not f and g.content[0] <= f.cue[0] < g.content[1] for g in found)


def _reported_within(f: _Found, found: list[_Found], doc: Doc) -> bool:
    """`He said that Clinton once described the deal as ...`: a report that is the clause of
    another one is what the outer speaker said, not a second statement (PolNeAR dev: of 22
    such, 3 are annotated). Inside a quotation it is still relayed: a quoted spokesperson's
    "the minister reiterated ..." is the minister's."""
    span = doc.char_span(f.cue[0], f.cue[1], alignment_mode="expand")
    verb = span[0] if span is not None else None
    if verb is None or verb.dep_ not in ("ccomp", "xcomp"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lower_ in SAYING and subj is not None and subj.pos_ == "PROPN":
        return False  # "she said Fidan told him ...": a named person's words, relayed
    return any(
        g is not f and g.kind == "indirect" and g.content[0] <= f.cue[0] < g.content[1]
        for g in found
    )


def _relayed_by_outlet(f: _Found, found: list[_Found], actors: ActorIndex) -> bool:
    """`TASS reported that Ryabkov had said ...`: a news agency relaying what someone said is
    no statement of the story; the words are the original speaker's."""
    if f.speaker is not None or f.speaker_span is None:
        return False
    ss, se = f.speaker_span
    if not any(s <= ss and se <= e or ss <= s < se for s, e in actors.outlets):
        return False
    return any(g is not f and f.content[0] <= g.cue[0] < f.content[1] for g in found)


SOURCE_IN_NOUNS = {
    f"{n}{suffix}"
    for n in ("poll", "survey", "study", "report", "interview", "statement", "letter", "op-ed")
    for suffix in ("", "s")
}


def _source_in(t: Token) -> Token | None:
    """`In a poll/interview/letter, ...` opening its sentence: the poll, interview or letter."""
    if t.lower_ != "in" or t.dep_ != "prep":
        return None
    if not (t.i == t.sent.start or (t.doc[t.i - 1].is_punct and t.i - 1 == t.sent.start)):
        return None
    pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in SOURCE_IN_NOUNS:
        return None
    after = (
        t.doc[max(x.i for x in t.subtree) + 1]
        if max(x.i for x in t.subtree) + 1 < len(t.doc)
        else None
    )
    return pobj if after is not None and after.text == "," else None


def _tells_event(sentence: str) -> bool:
    """The sentence names a diplomatic event (talks, a call, a meeting, a signing): what its
    actors do there is the event stage's to read, not a statement ("Zelensky signed a decree
    on the delegation for the talks", "They discussed the negotiations").

    Attacks are left out: in political news they are mostly verbal ("his attacks on Clinton"),
    and PolNeAR counts those as statements.
    """
    return any(p.search(sentence) for p, kind in TRIGGERS if kind != "attack")


def _coverage(size: int, spans: list[tuple[int, int]]) -> list[bool]:
    """For each character, whether some span covers it (linear: a difference array)."""
    depth = [0] * (size + 1)
    for start, end in spans:
        depth[start] += 1
        depth[end] -= 1
    out: list[bool] = []
    level = 0
    for d in depth:
        level += d
        out.append(level > 0)
    return out


# `be able to`, `be likely to`: modality, not an attitude of the subject.
MODAL_ADJECTIVES = {"able", "unable", "likely", "unlikely", "due", "set", "about", "bound"}
# Prepositions that introduce what a verb is about ("railed against", "seized on"), not where
# or when it happened.
TOPIC_PREPS = {"about", "on", "of", "against", "over", "for", "with", "as", "toward", "towards"}
PEOPLE_PRONOUNS = {"he", "she", "they"}


def _someone(subj: Token, comp: str, actors: ActorIndex) -> bool:
    """A subject that can be a source: a name, a person pronoun; `it` only with a clause ("It
    argues that ...": a report or a ruling)."""
    if subj.lower_ in PEOPLE_PRONOUNS:
        return True
    if subj.lower_ == "it":
        return comp == "ccomp"
    if subj.lower_ in ("we", "i"):
        return True  # an op-ed's writer, an organisation's "we" (outside quotations)
    if actors.at(subj.idx, subj.idx + len(subj)) is not None:
        return True
    # The name of an institution or a text that the actor stage did not keep still acts in its
    # own name: "the Times published ...", "the Convention obligates ..." (PolNeAR dev: 3 of
    # 5); a bare name it did not keep is too often no one ("Ruiz thinks ...").
    institution = subj.pos_ == "PROPN" and any(c.dep_ == "det" for c in subj.children)
    return institution or names_people(subj)


# Common nouns that name someone who can speak or act: groups, institutions, relatives, and
# texts that carry a view ("the poll", "the ad"). Agent nouns (-er, -or, -ist, -ian) and
# nationality or party words (spaCy's NORP) count without being listed.
PEOPLE_NOUNS = set(
    """people official officials campaign campaigns court courts government governments
    administration committee panel legislature congress nominee nominees candidate candidates
    group groups company companies firm firms agency agencies union unions party parties bloc
    nation nations country countries state states city cities family families wife husband
    father mother daughter son siblings woman women man men one everyone expert experts
    critic critics lawmaker lawmakers colleague colleagues ally allies poll polls survey
    surveys study studies report reports article articles newspaper newspapers ad ads
    editorial""".split()
)
AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")
NOT_AGENTS = {"number", "numbers", "matter", "order", "orders", "power", "others", "other"}


def names_people(noun: Token) -> bool:
    """A common noun or unlisted name that stands for people: `regulators`, `Republicans`."""
    if noun.ent_type_ == "NORP":
        return True
    if noun.pos_ != "NOUN":
        return False
    lower = noun.lower_
    return lower in PEOPLE_NOUNS or (lower.endswith(AGENT_SUFFIXES) and lower not in NOT_AGENTS)


def _predicate(root: Token) -> tuple[Token, str, tuple[int, int]] | None:
    """The cue and content of a sentence's main predicate, if it can report anything.

    A verb other than the light and physical ones, with a clause, object or topic; or `be`
    with an adjective that takes one ("was critical of", "are afraid that", "is eager to").
    """
    if root.pos_ == "VERB" and root.tag_.startswith("VB") and root.lower_ not in NOT_REPORTING:
        comp = _complement(root)
        return (root, *comp) if comp else None
    if root.pos_ == "AUX":
        adj = next((c for c in root.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        if adj is not None and adj.lower_ in MODAL_ADJECTIVES:
            return None
        comp = _complement(adj) if adj is not None else None
        return (adj, *comp) if adj is not None and comp else None
    return None


def _complement(verb: Token) -> tuple[str, tuple[int, int]] | None:
    """What a verb reports: its clause, its `to` clause (with any object before), its object."""
    right = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "mark")]
    ccomp = next((c for c in right if c.dep_ == "ccomp"), None)
    if ccomp is not None:
        toks = [x for x in ccomp.subtree if not (x.dep_ == "mark" and x.head.i == ccomp.i)]
        return "ccomp", (toks[0].idx, toks[-1].idx + len(toks[-1]))
    xcomp = next((c for c in right if c.dep_ == "xcomp" and _is_to_clause(c)), None)
    if xcomp is not None:
        first = right[0] if right[0].dep_ == "dobj" else xcomp
        return "xcomp", _edges(first, xcomp)
    dobj = next((c for c in right if c.dep_ == "dobj"), None)
    if dobj is not None:
        # The object with what follows it: "likened RT to the BBC", "hailed Trump as ...".
        tail = [c for c in right if c.dep_ not in ("npadvmod", "advmod")]
        return "dobj", _edges(dobj, tail[-1])
    for prep in right:
        if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        # "spoke with Zelensky": with a name, `with` is whom one talks to, not what about.
        if obj is not None and not (prep.lower_ == "with" and obj.pos_ == "PROPN"):
            return "prep", _edges(obj, obj)
    return None


def _participles(root: Token) -> list[Token]:
    """`…, encouraging his supporters to vote`: a participle after the main verb with no subject
    or conjunction of its own is something more its subject does (PolNeAR dev: 11 of 23)."""
    return [
        c
        for c in root.rights
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and not any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children)
    ]


def _hypothetical(verb: Token, subj: Token) -> bool:
    """`She would impose a surcharge`, `should Clinton attempt a return`: what someone would do,
    or would do if, is a plan or a condition, not something they said (PolNeAR dev: 2 of 15
    annotated)."""
    return any(
        c.dep_ == "aux"
        and (c.lower_ in ("would", "'d", "’d") or (c.lower_ == "should" and c.i < subj.i))
        for c in verb.children
    )


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether a headline's words after its label say something (a verb), rather than name a
    date or a topic."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _polls(who: str) -> bool:
    return bool(who.split()) and who.split()[-1].lower() in SOURCE_IN_NOUNS


def _names_a_source(who: str, start: int, end: int, actors: ActorIndex) -> bool:
    """A headline label that names someone (`A lesson from Loretta Lynch:`) or a poll."""
    last = who.split()[-1].lower() if who.split() else ""
    return last in SOURCE_IN_NOUNS or any(
        start <= mm.start and mm.end <= end for mm in actors.mentions
    )


def _title_end(text: str) -> int:
    """End of the headline: the first line, when a body follows it."""
    end = text.find("\n")
    return end if end != -1 and text[end:].strip() else 0


def _passive_act(verb: Token) -> bool:
    """A passive act with its agent: `was rejected by the Kremlin`, `has been endorsed by`."""
    return (
        verb.lower_ in OBJECT_VERBS
        and any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
    )


def c_has_object(prep: Token) -> bool:
    return any(c.dep_ in ("pobj", "pcomp") for c in prep.children)


def _edges(first: Token, last: Token) -> tuple[int, int]:
    lo, hi = first.left_edge, last.right_edge
    return lo.idx, hi.idx + len(hi)


def _that_clause(verb: Token) -> tuple[int, int] | None:
    """A `that` clause after the verb that the parser hung elsewhere: as a relative clause of
    the object ("told a meeting of leaders that few people understood ...") or an adverbial
    one with `that` as an adverb ("tweeted in the early hours that Machado was ...").

    A true relative clause has `that` as its subject or object; here `that` only introduces a
    clause that has a subject of its own."""
    for clause in verb.subtree:
        if clause.i <= verb.i or clause.dep_ not in ("relcl", "advcl", "acl"):
            continue
        that = next(
            (c for c in clause.lefts if c.lower_ == "that" and c.dep_ in ("mark", "advmod")), None
        )
        subject = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if that is None or subject is None or subject.i < that.i or subject.lower_ == "that":
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1 : that.i]):
            continue  # another verb between: the clause is that verb's business
        last = max(x.i for x in clause.subtree)
        return verb.doc[that.i + 1].idx, verb.doc[last].idx + len(verb.doc[last])
    return None


def _addressee(verb: Token) -> Token | None:
    """Whom a directive is addressed to: the object ("urged Kyiv"), or after `on` ("called on
    Moscow")."""
    for c in verb.rights:
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ == "on":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.dep_ in ("xcomp", "advcl", "ccomp"):
            return None
    return None


def _is_to_clause(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


# What an `as` aside may carry besides its subject: `as he has often said since`.
ASIDE_DEPS = {"nsubj", "mark", "aux", "advmod", "prt", "punct", "neg", "npadvmod"}


def _as_aside(verb: Token) -> bool:
    """`As the minister noted, …`, `…, as officials have said.`, `As she put it, …`: an `as`
    clause of saying with nothing to say of its own, closed by punctuation (`as he welcomed the
    envoys` tells when; `as she called for talks` says something itself)."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return False
    put_it = verb.lemma_ == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )
    if not (verb.lower_ in SPEECH_VERBS or put_it):
        return False
    after = max(t.i for t in verb.subtree if not t.is_punct) + 1
    if after < len(verb.doc) and not verb.doc[after].is_punct:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    topics = PREP_CONTENT.get(verb.lower_, ())
    return all(
        c.dep_ in ASIDE_DEPS
        or (c.dep_ == "dobj" and c.lower_ == "it")
        or (c.dep_ == "prep" and c.lower_ not in topics)  # `put it in a statement`
        for c in verb.children
    )


def _around(verb: Token) -> tuple[int, int] | None:
    """`Acts of protest, he said, are acts of patriotism`: the clause the aside sits in.

    An aside at either end is left out; one in the middle stays inside the span, since the
    content is one range and the words on both sides belong to it.
    """
    head = verb.head
    # Attached to a noun ("The difference now, he said, is ..."): the clause is its verb's.
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    aside = {t.i for t in verb.subtree}
    toks = [t for t in head.subtree if t.i not in aside]
    while toks and toks[0].is_punct:
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if len(toks) < 3:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _statement_date(text: str, f: _Found, anchor: dt.date | None) -> PartialDate | None:
    """A date in the sentence but outside the content dates the saying; else publication.

    Provisional, for the stage used alone: the pipeline dates every statement from the
    article's timeline (`kg.extract.statement_dates.date_statements`)."""
    for d in find_dates(text, f.sent[0], f.sent[1], anchor):
        if not (f.content[0] <= d.start < f.content[1]):
            return d.date
    if anchor:
        return PartialDate(month=anchor.month, day=anchor.day, year=anchor.year)
    return None


def _share(a: tuple[int, int], b: tuple[int, int]) -> float:
    """How much of `a` lies within `b`."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (a[1] - a[0]) if inter > 0 and a[1] > a[0] else 0.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / min(a[1] - a[0], b[1] - b[0])

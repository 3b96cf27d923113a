"""Statements: who said what, quoted directly or reported.

Input: the parsed `Doc`, the article and the `ActorIndex` from the actor stage.
Output: `Statement` records (without `about`, which the pipeline links once events exist).

Readers run in turn and later ones skip what earlier ones found:
1. quotations with their attribution (`"…," said X`, `X said: "…"`), a paragraph followed
   by `- the statement reads.`, a paragraph after a line ending in `X added:`, and the
   paragraphs after `X issued the following statement:` (`statement_blocks`); and the words
   a text closes as the subject of `read` (`…, the statement read.`: `statement_documents`);
2. reported speech read from the dependency parse: a speech verb, its subject, and its clausal
   complement or object (`X said that …`, `X emphasized …`, `X told reporters …`), or the
   clause an `as` aside is set in (`As X noted, …`, `As X put it, …`); a verb of saying on a
   text speaks for its author or publisher (`X issued a statement saying …`);
3. `according to X, …`;
4. last, any other main verb whose subject is someone, with its clause, object or topic
   (`Regulators questioned the deal`), and a participle after it (`…, comparing him to Z`):
   PolNeAR counts these as attributions too; but not what
   someone would do (`she would impose a tax`, `should he refuse`);
5. readout frames with no verb of saying (`X is encouraged by ...`, `takes note that ...`,
   `wishes to thank ...`: `statement_attitudes`).
A second cue of the same speaker inside a content (`said A and did not rule out B`) is split
off as a statement of its own (`statement_seconds`).
A statement found inside another one's content is relayed: `via` is the outer speaker; a verb
that is not one of saying there (`she said he hopes …`), and a report that is the clause of a
reported one unless a named person speaks (`they said the agency told them …`), are part of
the outer statement.
A report that names its source (`X reported, citing Y`, `with reference to Y`) is Y's words
relayed by X, and the citing words are no statement (`statement_citing`).
A headline's statement is kept only when the body does not restate it.
Two learned steps end the stage: when switched on, a reported content the parse cut short runs
on to its sentence's end (`statement_extent`); then a reported statement the statement check
doubts (a deed read as one: `filed suit`) is dropped (`statement_filter`).

The readers live in `statement_quotes` (1) and `statement_reports` (2-4); parse helpers in
`statement_syntax`, `statement_asides` and `statement_objects` (a verb whose object is not
the words: the one addressed, a relative pronoun), word lists in `statement_words`, shared
spans in `statement_spans`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from spacy.tokens import Doc

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.cue_class import reports_speech, speech_only
from kg.extract.cue_model import proposed
from kg.extract.saying_proper import relayed_saying
from kg.extract.statement_attitudes import attitudes
from kg.extract.statement_blocks import following_statement
from kg.extract.statement_circumstances import (
    before_circumstance,
    before_next_act,
    past_relay,
)
from kg.extract.statement_citing import cited_sources
from kg.extract.statement_documents import document_reads
from kg.extract.statement_expressive import courtesies
from kg.extract.statement_extent import extend
from kg.extract.statement_filter import Asked, kept, speaker_kind
from kg.extract.statement_learned import learned_from
from kg.extract.statement_no_actor import agreed_terms, bystanders, press
from kg.extract.statement_nominal import nominal
from kg.extract.statement_quotes import block_quotes, carried_on, quotes, statement_reads
from kg.extract.statement_reports import (
    according_to,
    clausal,
    labelled,
    reported,
)
from kg.extract.statement_seconds import coordinated
from kg.extract.statement_spans import (
    Found,
    find_quotes,
    headline_end,
    past_dateline,
    share,
    trim_content,
)
from kg.extract.statement_syntax import names_people
from kg.extract.statement_words import (
    QUOTE_VERBS,
    RELAYING,
    SAYING,
    SPEECH_VERBS,
)
from kg.extract.timex import find_dates
from kg.model import Article, PartialDate, Span, Statement, trim_space
from kg.nlp import doc_text

log = logging.getLogger(__name__)

# Other stages read these from here.
__all__ = [
    "QUOTE_VERBS",
    "SPEECH_VERBS",
    "StatementFinder",
    "find_quotes",
    "headline_kept",
    "names_people",
]


class StatementFinder:
    """The statement stage; `__call__(doc, article, actors) -> list[Statement]`.

    `dated=False` leaves every statement's date None: the pipeline dates them all later from
    the article's timeline (`kg.extract.statement_dates.date_statements`), so the provisional
    date read from each sentence's own words (`_statement_date`) would go unread."""

    def __init__(self, dated: bool = True) -> None:
        self.dated = dated

    def __call__(self, doc: Doc, article: Article, actors: ActorIndex) -> list[Statement]:
        found: list[Found] = []
        found += quotes(doc, article, actors)
        found += statement_reads(doc, article, actors, found)
        found += document_reads(doc, article, actors, found)
        found += block_quotes(doc, article, actors, found)
        found += reported(doc, article, actors, found)
        found += according_to(doc, article, actors, found)
        found += learned_from(doc, article, actors)
        found += labelled(doc, article, actors, found)
        found += nominal(doc, article, actors, found)
        found += clausal(doc, article, actors, found)
        found += carried_on(doc, article, actors, found)
        found += following_statement(doc, article, actors, found)
        found += courtesies(doc, article, actors, found)
        found += attitudes(doc, article, actors, found)
        found += proposed(doc, article, actors, found)  # the learned cue detector, last
        # A content trimmed to nothing (seen on PolNeAR train) says nothing and has no span.
        found = [f for f in found if f.content[0] < f.content[1]]
        found = [g for f in found for g in coordinated(doc, f)]
        # A second predicate split off one report may be read by a reader of its own too:
        # the same words by the same speaker are one statement. (With two speakers there is
        # no telling here which is right: both stay, for the speaker ranker to judge.)
        found = [f for k, f in enumerate(found) if not any(_same(f, g) for g in found[:k])]
        # Two cues of one speaker for the same words (`responded, saying X`, `denied X, saying
        # "X"`, `"X," she added` read again as `she stated`): one statement, under the cue
        # nearest its words.
        found = [
            f
            for k, f in enumerate(found)
            if not any(
                _told_again(f, g, k < m, article.text) for m, g in enumerate(found) if m != k
            )
        ]
        # An attribution set in the middle of a sentence before its quotation ("..., in
        # keeping with protocol and also, Sanders said, "to make clear ..."") gives the
        # quotation; the words before it are the writer's.
        found = [f for f in found if not any(_narration_before(f, g, article.text) for g in found)]
        for f in found:
            f.content = (past_dateline(article.text, *f.content), f.content[1])
            f.content = _past_own_cue(article.text, f)
            f.content = _before_participle_aside(article.text, f)
            if f.kind not in ("direct", "label"):
                f.content = before_circumstance(doc, article, f.cue, f.content)
                f.content = before_next_act(doc, f.cue, f.content)
                f.content = past_relay(doc, f.content)
        found = [f for f in found if not in_noise(article, *f.content)]
        title_end = headline_end(article.text)
        body = [f for f in found if f.cue[0] >= title_end]
        head = [f for f in found if f.cue[0] < title_end and _news(f, body, article.text)]
        found = body + head
        # `X reported, citing Y`: Y speaks, X relays; the citing words say nothing themselves.
        found = cited_sources(doc, found, actors)
        # The press first: what an outlet reports is narration, and a report inside it
        # ("NPR reported X recommended ...") is then a statement of its own. PolNeAR counts
        # the press as a source: under `KG_STATEMENT_SCOPE=attribution` its reports stay.
        found = [f for f in found if not (speech_only() and press(f, actors, doc))]
        # An unnamed group ("Experts attribute this to ...", "protesters have claimed") is no
        # actor, so under the project's guidelines what it says is no statement (PolNeAR,
        # whose sources are text spans, counts it).
        found = [f for f in found if not bystanders(f, doc)]
        found = [f for f in found if not agreed_terms(f, doc)]
        found = [f for f in found if not _narrated_inside(f, found, article.text, doc)]
        found = [f for f in found if not _reported_within(f, found, doc)]
        # The learned content extent: a reported content the parse cut short runs on.
        kinds = ["direct" if f.kind in ("direct", "label") else "indirect" for f in found]
        contents = extend(doc, [(f.cue, f.content, k) for f, k in zip(found, kinds, strict=True)])
        for f, content in zip(found, contents, strict=True):
            f.content = content
        # The learned check: a reported "statement" that is a deed is dropped.
        asked = [
            Asked(
                f.cue,
                f.content,
                speaker_kind(f.speaker, actors),
                f.speaker_span,
                f.cue[0] < title_end,
            )
            for f in found
        ]
        keep = kept(doc, list(zip(asked, kinds, strict=True)))
        found = [f for f, ok in zip(found, keep, strict=True) if ok]
        # The project's guidelines, where PolNeAR (on which both learned steps are trained)
        # counts more: a wish, a stance shown in deeds or an act is not speech or writing.
        found = [
            f
            for f in found
            if f.kind in ("direct", "label") or reports_speech(doc, f.cue, f.content)
        ]
        found.sort(key=lambda f: f.content[0])
        return [self._record(f, found, article) for f in found]

    # --- quotations -------------------------------------------------------------------------

    def _record(self, f: Found, found: list[Found], article: Article) -> Statement:
        text = article.text
        via = f.via
        for g in [] if via is not None else found:
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
            date=_statement_date(text, f, article.published_date) if self.dated else None,
            via=via,
            speaker_span=Span.of(text, *f.speaker_span) if f.speaker_span else None,
        )


def _same(f: Found, g: Found) -> bool:
    return f.cue == g.cue and f.content == g.content and f.speaker == g.speaker


def _told_again(f: Found, g: Found, f_first: bool, text: str) -> bool:
    """Whether `f` is `g`'s words read again under another cue: the same speaker, and either
    `f`'s content is only `g`'s cue and words (`responded: saying X` against `saying: X`),
    or the two contents are (nearly) the same, neither cue inside the other's words, and
    `g`'s cue is nearer its words (or as near and read first)."""
    if f.speaker != g.speaker or f.cue == g.cue:
        return False
    if f.speaker is None and (f.speaker_span is None or f.speaker_span != g.speaker_span):
        return False  # no one, or two unresolved sources
    fs, fe = f.content
    if fs <= g.cue[0] and text[fs : g.cue[0]].strip() in ("", "by") and g.content[1] == fe:
        return True  # `f`'s words open with `g`'s cue: `(responded) by saying X`
    if share(f.content, g.content) < 0.9 or share(g.content, f.content) < 0.9:
        return False
    if fs <= g.cue[0] < fe or g.content[0] <= f.cue[0] < g.content[1]:
        return False  # one report inside the other (`said he expects X`): not the same words
    near_f, near_g = _gap(f), _gap(g)
    return near_g < near_f or (near_g == near_f and not f_first)


def _past_own_cue(text: str, f: Found) -> tuple[int, int]:
    """`the wall, which he said Mexico should pay for`, `which Beijing has vowed to ignore`:
    a relative clause read whole holds its own cue; what was said is what follows the cue
    (the relative word before it is the writer's link to the sentence). So for an aside read
    with the whole sentence (`If ..., he observed this week, the border could reopen`): what
    follows it, as annotators mark a content that must be one range."""
    cs, ce = f.content
    if f.kind != "indirect" or not cs < f.cue[0] < f.cue[1] < ce:
        return f.content
    start = f.cue[1]
    comma = text.find(",", start, ce)
    between = text[start:comma]
    if comma >= 0 and len(between.split()) <= 3 and not any(q in between for q in "\"“”'"):
        start = comma + 1  # the rest of the aside: `, he observed this week, the border ...`
    rest = trim_content(text, start, ce)
    return rest if len(text[rest[0] : rest[1]].split()) >= 2 else f.content


# A quotation closing, then a comma and a participle: `"... working together," suggesting`.
_QUOTE_THEN_PARTICIPLE = re.compile(r"(?:[\"”]|'')\s*,\s+[a-z]+ing\b|,(?:[\"”]|'')\s+[a-z]+ing\b")


def _before_participle_aside(text: str, f: Found) -> tuple[int, int]:
    """`stressed that "the way is to work together," suggesting that ...`: a reported content
    whose quotation closes before a participle ends there; the participle is the writer's
    gloss on the speaker (or a statement of its own), not more of the quoted words."""
    cs, ce = f.content
    if f.kind != "indirect":
        return f.content
    m = _QUOTE_THEN_PARTICIPLE.search(text, cs, ce)
    if m is None or m.start() - cs < 10:
        return f.content
    return trim_content(text, cs, m.start() + len(m.group(0).split(",")[0]) + 1)


def _narration_before(f: Found, g: Found, text: str) -> bool:
    """Whether `f` reads the words before an attribution whose quotation `g` follows it in
    the same sentence (`The summit did "too little," he added. "Europe risks a lot."` is two
    sentences: there the words before are his too)."""
    return (
        f.kind == "indirect"
        and g.kind == "direct"
        and g.cue == f.cue
        and f.content[1] <= f.cue[0]
        and g.content[0] >= f.cue[1]
        and not any(m in text[f.cue[1] : g.content[0]] for m in ".?!")
    )


def _gap(f: Found) -> int:
    """Characters between a statement's cue and its content."""
    return max(f.content[0] - f.cue[1], f.cue[0] - f.content[1], 0)


def _news(headline: Found, body: list[Found], text: str) -> bool:
    """Whether a headline's statement is one of its own. A headline mostly restates a statement
    of the body (the project's gold keeps only that one; PolNeAR annotates both): it counts
    only when the body does not say it again, labelled (`Sanders: Clinton needs to ...`) or
    not; and headlines are hard to parse: unlabelled, only a verb of saying proper counts."""
    # (PolNeAR annotates a headline's attribution beside the body's: under
    # `KG_STATEMENT_SCOPE=attribution` a restated one stays.)
    again = speech_only()
    if headline.kind == "label":
        return not (again and _restated(headline, body, text, by_speaker=False))
    cue = text[headline.cue[0] : headline.cue[1]].lower()
    return cue in SAYING and not (again and _restated(headline, body, text))


def headline_kept(st: Statement, statements: list[Statement], text: str) -> bool:
    """`_news` for a statement another stage made (a stance taken in words, read as an act):
    one in the headline is kept only when it is news of its own, by the same test (the act
    reader must not bring back a headline the statement finder left out)."""
    title_end = headline_end(text)
    if st.cue.start >= title_end:
        return True
    body = [_found(s) for s in statements if s.cue.start >= title_end]
    return _news(_found(st), body, text)


def told_inside(doc: Doc, st: Statement, statements: list[Statement]) -> Statement | None:
    """The statement in whose words a stance the act stage read (`committed`, `agreed`,
    `reaffirmed`) lies, when it is judged there as the finder's own readings are: part of
    what that speaker said (`said the units had committed terrorist acts`), not a second
    statement. None when it is a statement of its own."""
    f, others = _found(st), [_found(s) for s in statements]
    if not (_narrated_inside(f, others, doc_text(doc), doc) or _reported_within(f, others, doc)):
        return None
    inside = (s for s in statements if s.content.start <= st.cue.start < s.content.end)
    return next(inside, None)


# What a source may be that gives words without speaking them: "according to a statement"
# (not `speakers.DOCUMENT_NOUNS`, whose "words" or "view" are a speaker's).
DOCUMENTS = {
    "statement",
    "readout",
    "communique",
    "communiqué",
    "release",
    "declaration",
    "transcript",
    "text",
    "report",
    "announcement",
}


def report_sources(text: str, statements: list[Statement]) -> list[Statement]:
    """Without the sources of reports that add no speaker. `X has welcomed ..., according to a
    statement`, `According to the readout, the minister confirmed that ...`: the source names
    where the words inside (a statement whose cue and words begin within the source's, read by
    the finder or the act stage) were given, so they are one statement, not two of the same
    words. A source who speaks is a layer of its own ("..., according to the envoy": both
    layers). Words inside that ran on over the source end before it."""
    out = []
    for st in statements:
        if not st.cue.text.lower().startswith("according"):
            out.append(st)
            continue
        inner = [
            s
            for s in statements
            if s is not st
            and st.content.start <= s.cue.start < st.content.end
            and st.content.start <= s.content.start < st.content.end
        ]
        for s in inner:
            if s.content.start < st.cue.start < s.content.end:
                s.content = Span.of(text, *trim_content(text, s.content.start, st.cue.start))
        # (Its words without their stop or comma: "according to a ministry statement.")
        source = [
            w.strip(".,;:!?\"“”'’)") for w in text[st.cue.end : st.cue.end + 60].lower().split()[:4]
        ]
        # A source is no layer of its own when it is the one who speaks inside (`according
        # to the agency, he explained ...` with `he` taken for the source too): no one relays
        # their own words, and a source that only the words inside name is a medium.
        relays = st.speaker is not None and all(s.speaker != st.speaker for s in inner)
        if not inner or (relays and not DOCUMENTS.intersection(source)):
            out.append(st)
    return out


def _found(st: Statement) -> Found:
    return Found(
        st.speaker,
        (st.speaker_span.start, st.speaker_span.end) if st.speaker_span else None,
        (st.cue.start, st.cue.end),
        (st.content.start, st.content.end),
        st.kind,
        (st.evidence.start, st.evidence.end),
    )


def _restated(headline: Found, body: list[Found], text: str, by_speaker: bool = True) -> bool:
    """Whether the body has the headline's statement too: the same speaker or most of the same
    words (headlines paraphrase: "Flynn says Trump 'absolutely right'")."""
    words = _content_words(text[headline.content[0] : headline.content[1]])
    for f in body:
        if by_speaker and headline.speaker is not None and f.speaker == headline.speaker:
            return True
        other = _content_words(text[f.content[0] : f.content[1]])
        if words and len(words & other) >= 0.5 * len(words):
            return True
    return False


def _content_words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", s.lower()) if len(w) > 3}


def _narrated_inside(f: Found, found: list[Found], text: str, doc: Doc) -> bool:
    """`She says it underscores that ...`, `Mulgrew said he hopes ...`, `police say he refused
    to ...`: inside someone's words, a verb that is not one of saying is part of what they
    said, not a second statement. Any other verb of saying proper (`UTTERING`: "the envoy
    stressed that the president instructed the team to ...") is a second layer when it is
    finite with a speaker of its own, another than the outer one (`she said she recalls`
    is her own story)."""
    cue = text[f.cue[0] : f.cue[1]].lower()
    if cue in RELAYING:
        return False
    outer = [
        g
        for g in found
        if g is not f and g.content[0] <= f.cue[0] < g.content[1] and not _sourced(f, g, text)
    ]
    if not outer:
        return False
    return _part_of_outer(f, outer, doc)


def _sourced(f: Found, g: Found, text: str) -> bool:
    """`According to the ministry, Lund mentioned fishing ...`: the words `according to` tags
    open with a named speaker's verb. That verb is the statement, the source its channel
    (the guidelines' nested attribution; the channel stage drops a body's outer layer)."""
    if not text[g.cue[0] : g.cue[1]].lower().startswith("according"):
        return False
    if f.speaker_span is None or not g.content[0] <= f.speaker_span[0] < f.cue[0]:
        return False
    return not text[g.content[0] : f.speaker_span[0]].strip(" ,")


def _reported_within(f: Found, found: list[Found], doc: Doc) -> bool:
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
    if verb.lower_ in RELAYING and f.speaker is not None and subj is not None:
        # "Chung said the North Korean leader "expressed a firm determination ..."": an actor
        # the discourse stage knows, with a verb of saying proper, is relayed (the
        # guidelines give both layers of a nested attribution).
        return False
    outer = [
        g
        for g in found
        if g is not f and g.kind == "indirect" and g.content[0] <= f.cue[0] < g.content[1]
    ]
    return bool(outer) and _part_of_outer(f, outer, doc)


def _part_of_outer(f: Found, outer: list[Found], doc: Doc) -> bool:
    """Whether `f`, inside the words of the statements `outer`, is part of what they said.
    "The envoy stressed that the president instructed the team to ...": a verb of saying
    proper with a speaker of its own, another than the outer one, is relayed, a second
    statement; any other verb there is the outer speaker's."""
    if relayed_saying(f, doc):
        return any(g.speaker == f.speaker for g in outer)
    return True


def _statement_date(text: str, f: Found, anchor: dt.date | None) -> PartialDate | None:
    """A date in the sentence but outside the content dates the saying; else publication.

    Provisional, for the stage used alone: the pipeline dates every statement from the
    article's timeline (`kg.extract.statement_dates.date_statements`)."""
    for d in find_dates(text, f.sent[0], f.sent[1], anchor):
        if not (f.content[0] <= d.start < f.content[1]):
            return d.date
    if anchor:
        return PartialDate(month=anchor.month, day=anchor.day, year=anchor.year)
    return None

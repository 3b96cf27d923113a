"""Helpers shared by the extraction tests."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Token

from kg import gazetteer, nlp
from kg.extract.actors import ActorFinder, ActorIndex
from kg.extract.cue_class import cue_class
from kg.extract.discourse import Discourse
from kg.extract.event_kinds import gathering_kind
from kg.extract.pipeline import Pipeline
from kg.extract.statements import StatementFinder
from kg.extract.timeline import Timeline, TimelineFinder
from kg.model import Article, Extraction, PartialDate, Span, Statement
from kg.reading import parse_txt

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def article(text: str) -> Article:
    return parse_txt(text, "<test>")


def story(body: str, title: str = "Envoys at work", date_line: str = "14.09.2022") -> str:
    """A story with no publication field: its headline and a line of its date above `body`."""
    return f"{title}\n\n{date_line}\n\n{body}\n"


def dated_text(title: str, body: str, published: str) -> str:
    """A wire story: its publication date, headline and dateline line above `body`."""
    return f"Published: {published}\n\n{title}\n\nVossa • Example Desk\n\n{body}\n"


def story_timeline(pipeline: Pipeline, text: str) -> Timeline:
    """The timeline stage alone on a test text."""
    art = parse_txt(text, "<test>")
    return TimelineFinder()(pipeline.nlp(art.text), art)


def iso(d: PartialDate | None) -> str | None:
    return d.iso() if d else None


def word(nlp: Language, text: str, form: str) -> Token:
    """The first token of `text` written `form`."""
    return next(t for t in nlp(text) if t.text == form)


def kind_of(nlp: Language, text: str, form: str) -> str:
    """The kind `event_kinds` gives a meeting word of `text` by its own frame."""
    return gathering_kind(word(nlp, text, form), "meeting")


def extract(pipeline: Pipeline, text: str) -> Extraction:
    """The pipeline's extraction of a test text, its spans checked."""
    x = pipeline.extract(parse_txt(text, "<test>"))
    check_spans(x)
    return x


def found_statements(text: str) -> list[Statement]:
    """The statement stage alone on `text`, after the actor and discourse stages."""
    art = article(text)
    doc = nlp.load()(art.text)
    idx = Discourse(gazetteer.default())(doc, art, ActorFinder(gazetteer.default())(doc, art))
    return StatementFinder()(doc, art, idx)


def speakers_by_content(text: str) -> tuple[ActorIndex, dict[str, tuple[str | None, str]]]:
    """The actor, discourse and statement stages on `text`: the actor index, and for each
    statement's content its speaker's name (None when it has none) and the speaker's words."""
    art = article(text)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    names = {a.id: a.name for a in index.actors}
    return index, {
        s.content.text: (names.get(s.speaker) if s.speaker else None, s.speaker_span.text)
        for s in StatementFinder()(doc, art, index)
        if s.speaker_span
    }


def one_statement(text: str, cue: str) -> Statement:
    """The one statement the statement stage finds under the cue `cue` in `text`."""
    found = found_statements(text)
    under = [s for s in found if s.cue.text == cue]
    assert len(under) == 1, [(s.cue.text, s.content.text) for s in found]
    return under[0]


def check_spans(x: Extraction) -> None:
    """Every span of every record points at exactly its text."""
    text = x.article.text

    def ok(s: Span | None) -> None:
        if s is not None:
            assert text[s.start : s.end] == s.text, s

    for a in x.actors:
        for m in a.mentions:
            ok(m)
        for r in a.roles:
            ok(r.span)
    for st in x.statements:
        for s in (st.cue, st.content, st.evidence, st.speaker_span):
            ok(s)
    for e in x.events:
        for s in (e.evidence, e.time_text, e.trigger, *e.topics):
            ok(s)
        for p in e.proposals:
            ok(p.text)
        for place in (e.location, e.venue):
            if place:
                ok(place.span)


def names(x: Extraction, ids: list[str]) -> set[str]:
    return {x.actor(i).name for i in ids}


def gatherings(x: Extraction) -> list[set[str]]:
    """The participants' names of each meeting or round."""
    kinds = ("meeting", "negotiation_round")
    return [names(x, e.participants) for e in x.events if e.kind in kinds]


def speaker(x: Extraction, st_speaker: str | None) -> str | None:
    return x.actor(st_speaker).name if st_speaker else None


def cue_spans(text: str, cue: str, content: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """The character spans of a cue and its content, each at its first place in `text`."""
    c, w = text.index(cue), text.index(content)
    return (c, c + len(cue)), (w, w + len(content))


def classify_cue(text: str, cue: str, content: str) -> str:
    """`cue_class` of a cue and its content given by their words."""
    return cue_class(nlp.load()(text), *cue_spans(text, cue, content))


def read_statements(text: str):  # type: ignore[no-untyped-def]
    """The actor, discourse and statement stages on `text`: the doc, the actor index, the
    statements and each actor's name by id."""
    art = article(text)
    doc = nlp.load()(art.text)
    gz = gazetteer.default()
    index = Discourse(gz)(doc, art, ActorFinder(gz)(doc, art))
    statements = StatementFinder()(doc, art, index)
    names = {a.id: a.name for a in index.actors}
    return doc, index, statements, names


# The headline and dateline of the statement tests' invented bodies.
NEWS_HEAD = "Envoys weigh a truce\n\nGeneva • Example News\n\n"


def body_statements(body: str) -> list[Statement]:
    """The statement stage's statements in `body` under a stock headline and dateline."""
    return found_statements(NEWS_HEAD + body)


def said(body: str) -> set[tuple[str, str]]:
    """Each statement's cue and content in `body` (under a stock headline)."""
    return {(s.cue.text, s.content.text) for s in body_statements(body)}


def class_of(text: str, cue: str, content: str) -> str:
    """The cue class of the first `cue` of `text` with the first `content` as its words."""
    doc = nlp.load()(text)
    c, w = text.index(cue), text.index(content)
    return cue_class(doc, (c, c + len(cue)), (w, w + len(content)))

"""A learned cue detector: statements the rules miss (issue 14).

The rule readers know verbs and nouns of saying and a sentence's main verb. PolNeAR's
attributions they miss are mostly verbs below the main verb (conjoined, relative, `to`
clauses), nouns of stance (`disdain for`, `criticism of`) and words seen once or twice. A
linear model (logistic regression over cheap parse features: lemma, POS, dependency, head,
which complements the word has, who its subject is, quotation and headline) scores every verb
that no reader took and that has something it could report; a verb above the threshold
becomes a statement with the content the parse gives it (clause, object, topic) and the
speaker through the existing machinery (`speaker_of`). Nouns were tried and dropped: on
polnear-tune they added 0.001 content match, and on news a noun's "speaker" is too often
only a modifier.

Weights: `cue_model.json`, trained by `bench/train_cue.py` on the PolNeAR train split (see
README "Learned cue detector"); on unless `KG_CUE_MODEL=off` (or a path to other weights).
"""

from __future__ import annotations

import bisect
import logging
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.contents import deed, reports_no_words
from kg.extract.cue_class import speech_only
from kg.extract.cue_rates import often_cue
from kg.extract.linear_weights import LinearModel, weights_file
from kg.extract.source_nouns import (
    PEOPLE_PRONOUNS,
)
from kg.extract.speakers import speaker_of
from kg.extract.statement_frames import asked_of, framing, gloss
from kg.extract.statement_reports import tells_event
from kg.extract.statement_spans import (
    Found,
    coverage,
    find_quotes,
    headline_end,
    share,
    trim_content,
)
from kg.extract.statement_syntax import (
    complement,
    content_of,
    hypothetical,
    inverted_condition,
    names_people,
    someone,
)
from kg.extract.statement_words import (
    ADDRESSING,
    NOT_REPORTING,
    SPEECH_VERBS,
)
from kg.model import Article
from kg.nlp import with_pos

log = logging.getLogger(__name__)
# Its KG_* variable and default; the pipeline records it in the extractor's name when set.
SETTING = ("CUE_MODEL", "on")

WEIGHTS_PATH = Path(__file__).with_name("cue_model.json")
# Dependencies that give a word something to report: without one it cannot be a cue here.
VERB_COMPLEMENTS = {"ccomp", "xcomp", "dobj", "prep", "parataxis", "attr", "oprd"}
# Further dependents whose presence is a feature (a relative or adnominal clause, a topic).
OTHER_DEPENDENTS = {"prep", "acl", "ccomp", "relcl"}


# Its threshold: the least probability for a word to be proposed as a cue.
Model = LinearModel


@cache
def load_model() -> Model | None:
    """`KG_CUE_MODEL=on` (the default) loads the shipped weights, a path other weights, `off`
    none. Held to the rules' notion of a statement (their sources, filters and stop verbs), it
    finds more statements on PolNeAR and changes nothing on the project's diplomacy news
    (README "Learned cue detector")."""
    path = weights_file(SETTING, WEIGHTS_PATH, "cue model", "statements are the rules' alone")
    return None if path is None else Model.read(path)


def can_report(t: Token) -> bool:
    """A verb with a complement: the only words the model is asked about."""
    return t.pos_ == "VERB" and any(c.dep_ in VERB_COMPLEMENTS for c in t.children)


def _who(tok: Token | None, actors: ActorIndex) -> str:
    if tok is None:
        return "none"
    lower = tok.lower_
    if lower in PEOPLE_PRONOUNS or lower in ("i", "we"):
        return "pron"
    if lower == "it":
        return "it"
    if actors.at(tok.idx, tok.idx + len(tok)) is not None:
        return "actor"
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return tok.ent_type_
    if names_people(tok):
        return "people"
    return tok.pos_


def _subject(t: Token) -> Token | None:
    """The verb's subject, or that of the verb it is conjoined to or the `to` clause of."""
    head = t
    for _ in range(3):  # a conjoined or `to` verb speaks for its head's subject
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or head.dep_ not in ("conj", "xcomp", "advcl") or head.head == head:
            return subj
        head = head.head
    return None


def features(t: Token, actors: ActorIndex, quoted: bool, headline: bool) -> list[str]:
    """The word's features (strings; the model weighs each present one)."""
    lemma = t.lemma_.lower()
    deps = {c.dep_ for c in t.children}
    preps = [c.lower_ for c in t.rights if c.dep_ == "prep"]
    subj = _subject(t)
    who = _who(subj, actors)
    out = [
        "bias",
        f"lemma={lemma}",
        f"pos={t.pos_}",
        f"tag={t.tag_}",
        f"dep={t.dep_}",
        f"pos_dep={t.pos_}|{t.dep_}",
        f"head={t.head.lemma_.lower()}",
        f"head_dep={t.head.dep_}",
        f"who={who}",
        f"pos_who={t.pos_}|{who}",
        f"quoted={quoted}",
        f"headline={headline}",
        f"speech={lemma in SPEECH_VERBS or t.lower_ in SPEECH_VERBS}",
        f"head_speech={t.head.lower_ in SPEECH_VERBS}",
    ]
    out += [f"has={d}" for d in sorted(deps & (VERB_COMPLEMENTS | OTHER_DEPENDENTS | {"neg"}))]
    out += [f"lemma_has={lemma}|{d}" for d in sorted(deps & {"ccomp", "xcomp", "dobj", "prep"})]
    out += [f"prep={p}" for p in preps[:2]]
    out += [f"lemma_prep={lemma}|{p}" for p in preps[:1]]
    if any(c.dep_ == "mark" and c.lower_ == "that" for x in t.children for c in x.children):
        out.append("that_clause")
    if t.pos_ == "VERB" and any(c.lower_ in ("would", "could", "might") for c in t.children):
        out.append("modal")
    return out


def _content(t: Token) -> tuple[int, int] | None:
    """What the verb reports, from the parse, as the rule readers read it; not the object of
    a verb of addressing (`told a Senate panel`: to whom, not what)."""
    span = content_of(t)
    if span is not None:
        return span
    comp = complement(t)
    if comp is None or (comp[0] == "dobj" and t.lemma_.lower() in ADDRESSING):
        return None
    return comp[1]


def candidates(doc: Doc, article: Article, taken: list[bool]) -> list[tuple[Token, bool, bool]]:
    """Words the model is asked about, with whether each is quoted and in the headline: a
    verb with a complement that no reader took as a cue or content."""
    text = article.text
    quotes = find_quotes(text)
    starts = [qs for qs, _ in quotes]
    title_end = headline_end(text)
    out = []
    for t in with_pos(doc, "VERB"):
        if taken[t.idx] or not can_report(t):
            continue
        if in_noise(article, t.idx, t.idx + 1):
            continue
        k = bisect.bisect_right(starts, t.idx) - 1
        quoted = k >= 0 and t.idx < quotes[k][1]
        out.append((t, quoted, t.idx < title_end))
    return out


def proposed(
    doc: Doc, article: Article, actors: ActorIndex, found: list[Found], model: Model | None = None
) -> list[Found]:
    """Statements the model finds where the readers found none (a reader of its own, last)."""
    model = model or load_model()
    if model is None:
        return []
    text = article.text
    taken = coverage(len(text), [f.cue for f in found] + [f.content for f in found])
    scored = []
    speech = speech_only()
    for t, quoted, headline in candidates(doc, article, taken):
        if speech and not often_cue(t.lower_, t.lemma_.lower()):
            continue  # never kept below, whatever its score: not scored (speed)
        p = model.probability(features(t, actors, quoted, headline))
        if p >= model.threshold:
            scored.append((p, t))
    out: list[Found] = []
    events: dict[int, bool] = {}  # by sentence start: whether it tells a diplomatic event
    for _, t in sorted(scored, key=lambda pt: -pt[0]):
        span = _content(t)
        if span is None:
            continue
        cs, ce = trim_content(text, *span)
        if ce - cs < 3 or any(share((cs, ce), f.content) > 0.5 for f in out):
            continue
        if _not_said(t, cs, ce):
            continue
        subj = _subject(t)
        if subj is not None and not someone(subj, "ccomp", actors):
            continue  # the rules' sources only: "Ruiz thinks ..." with Ruiz no actor is no one
        sent = (t.sent.start_char, t.sent.end_char)
        if events.setdefault(sent[0], tells_event(text[sent[0] : sent[1]])):
            continue  # the event stage reads what its actors do there
        att = speaker_of(t, actors, SPEECH_VERBS)
        if att is None or (att[0] is None and att[1] is None):
            continue
        speaker, sspan, _ = att
        cue = (t.idx, t.idx + len(t))
        out.append(Found(speaker, sspan, cue, (cs, ce), "indirect", sent))
    return out


def _not_said(t: Token, cs: int, ce: int) -> bool:
    """What the rule readers already know is no statement: a scene-setting participle
    (`Speaking on Monday, ...`), a verb the rules never read as one of saying (`called the
    minister`), an inverted condition (`Should X reject ...`), the writer's gloss (`said,
    referring to ...`), a question put to the speaker (`Asked whether ...`), a deed
    (`severed ties`), a plan or condition (`she would ...`), a
    complement that is only a time or a decision taken together (`agreed to meet`)."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if t.lower_ in NOT_REPORTING or inverted_condition(t):
        return True  # "called the minister on Friday", "Should Fidan reject the offer, ..."
    if (
        framing(t)
        or gloss(t)
        or asked_of(t)
        or deed(t)
        or (subj is not None and hypothetical(t, subj))
    ):
        return True
    return reports_no_words(t.doc, t, cs, ce)

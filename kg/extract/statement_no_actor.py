"""Sources that are no actor, so that what they are said to say is no statement under the
project's guidelines: the press reporting the story (`press`), people named only by what
they are (`bystanders`), and the terms of an agreement (`agreed_terms`).
PolNeAR counts all as sources: under `KG_STATEMENT_SCOPE=attribution` their words stay."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.cue_class import speech_only
from kg.extract.discourse_words import BYSTANDER_NOUNS, MASTHEADS
from kg.extract.index import ActorIndex
from kg.extract.source_nouns import PRESS_NOUNS
from kg.extract.statement_spans import Found
from kg.extract.statement_words import PACT_NOUNS
from kg.nlp import doc_text


def press(f: Found, actors: ActorIndex, doc: Doc) -> bool:
    """`Russian media reported ...`, `according to state television`, `Kazinform cites
    Anadolu`: the press reporting the story is no actor (annotation guidelines), so what it
    reports is the story's own narration, not a statement someone made. An outlet the actor
    stage named, or a news agency, is the press whatever actor a word in its description
    resolves to ("Iranian news agency Fars"); by a press noun alone, a speaker resolved to an
    actor keeps the statement ("the ministry's newspaper")."""
    if f.speaker_span is None:
        return False
    text = doc_text(doc)
    ss, se = f.speaker_span
    source = doc.char_span(ss, se, alignment_mode="expand")
    head = source.root.idx if source is not None else se - 1
    # (The outlet heads the words, or no one else is named: "BBC's Jonathan Marcus" and
    # "X, speaking on CNBC," speak.)
    if any(
        s < se and ss < e and (s <= head < e or f.speaker is None) and not _titled(text, s)
        for s, e in actors.outlets
    ) or NEWS_AGENCY.search(text[ss:se]):
        return True
    words = re.findall(r"[\w'’-]+", text[ss:se])
    if len(words) >= 2 and words[-1] in MASTHEADS and words[-2][:1].isupper():
        return True  # "according to the Cyprus Mail": a newspaper's name heads the words
    if source is not None and _press_head(source.root):
        return True  # "Israeli media reports", "state television": the press of a country
    if f.speaker is not None:
        return False
    if (
        source is not None
        and source.root.lower_ == "reports"
        and not any(c.dep_ in ("det", "poss", "compound") for c in source.root.children)
    ):
        return True  # "..., reports said": the press at large
    low = re.findall(r"[a-z]+", text[ss:se].lower())
    # ("the Kremlin's press service", "the ministry's press office": a body's own office
    # that speaks for it, not the press.)
    if source is not None and any(_paper(t) for t in source):
        return True  # "according to the daily El Comercio"
    return any(
        w in PRESS_NOUNS and (k + 1 == len(low) or low[k + 1] not in PRESS_OFFICES)
        for k, w in enumerate(low)
    )


def _paper(tok: Token) -> bool:
    """A newspaper named by how often it comes out, its name right after ("the daily El
    Comercio"; not "on a daily basis")."""
    nxt = tok.i + 1
    return tok.lower_ in PAPER_NOUNS and nxt < len(tok.doc) and tok.doc[nxt].pos_ == "PROPN"


def _press_head(head: Token) -> bool:
    """Whether the source's words are headed by the press (`media`, `television`, `media
    reports`) with no owner: an adjective of a country or a state ("Israeli media", "state
    television") names whose press it is, not an actor who speaks; an owner ("the
    ministry's newspaper", "its television") makes it that actor's own channel."""
    if head.lower_ in ("report", "reports"):
        press = [c for c in head.children if c.dep_ == "compound" and c.lower_ in PRESS_NOUNS]
        if not press:
            return False
        head = press[0]
    if head.lower_ not in PRESS_NOUNS:
        return False
    return not any(c.dep_ == "poss" for c in (*head.children, *head.head.children))


def bystanders(f: Found, doc: Doc) -> bool:
    """The source's words, resolved to no actor, are headed by a noun for people who are no
    party to the story: experts, analysts, witnesses, protesters (`BYSTANDER_NOUNS`), or name
    no one ("someone", "no country")."""
    if f.speaker is not None or f.speaker_span is None or not speech_only():
        return False
    words = doc.char_span(*f.speaker_span, alignment_mode="expand")
    if words is None or not len(words) or any(t.pos_ == "PROPN" for t in words):
        return False  # a named expert ("expert Avinoam Idan said") is a person who speaks
    head = words.root.lemma_.lower()
    if words.root.lower_ in NO_ONE or any(
        t.dep_ == "det" and t.lower_ == "no" for t in words.root.children
    ):
        return True  # "someone told Trump that ...", "no country has shared ...": nobody speaks
    return head in BYSTANDER_NOUNS or words.root.lower_.removesuffix("s") in BYSTANDER_NOUNS


def agreed_terms(f: Found, doc: Doc) -> bool:
    """The subject of the verb of saying is an agreement or a plan the parties adopted ("the
    agreement also states that ...", "The Luanda roadmap recommends ...", "The deal calls for
    ..."): its terms bind the parties, they are no one's speech or writing reported, so they
    are the story's account of the deal, not a statement (the parties' own words about it are
    theirs). A statement, a communique or a resolution is issued by someone and speaks for
    them: not here; nor a sentence that opens "According to the agreement" (`according_to`
    judges that)."""
    if f.speaker_span is None or not speech_only():
        return False
    words = doc.char_span(*f.speaker_span, alignment_mode="expand")
    cue = doc.char_span(*f.cue, alignment_mode="expand")
    if words is None or cue is None or not len(words) or not len(cue):
        return False
    root = words.root
    if root.lemma_.lower() not in AGREEMENT_NOUNS and root.lower_ not in AGREEMENT_NOUNS:
        return False
    # The cue verb's own subject, not a noun the speaker's words merely hold ("X said the deal
    # was illegal and called for ...", "Kiir said the agreement marked a great day but called
    # for ...": the parse may hang the second verb on the reported one).
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i == cue.root.i


# The words for what parties agree to or adopt, whose terms are no one's statement: the pacts
# (`PACT_NOUNS`) and the truces. ("accords": its lemma may stay plural in a name.)
AGREEMENT_NOUNS = {*PACT_NOUNS, "accords", "truce", "ceasefire", "cease-fire"}

# Nouns after "press" that make it a body's own office speaking for the body ("the Kremlin's
# press service", "the White House press secretary"), not the press at large.
PRESS_OFFICES = {"service", "services", "office", "secretary", "department", "centre", "center"}
# Indefinite pronouns: no one in particular, so no actor to say anything.
NO_ONE = {"someone", "somebody", "anyone", "anybody", "nobody", "none"}
# A newspaper named by how often it comes out ("according to the daily El Comercio"), for a
# source resolved to no actor.
PAPER_NOUNS = {"daily", "dailies", "weekly", "weeklies"}


NEWS_AGENCY = re.compile(r"\b(?:news|press) agency\b", re.I)
# A courtesy title before an outlet's name makes it a person's ("Mr. Hill", not The Hill).
COURTESY = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$")


def _titled(text: str, start: int) -> bool:
    return COURTESY.search(text, max(0, start - 6), start) is not None

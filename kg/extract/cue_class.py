"""The class of a statement's cue: speech or writing, or a wish, a plan, a stance or a deed.

Input: the parsed `Doc`, a statement's cue and content character spans. Output: the cue's
class, and whether a reported statement with it is one under the project's guidelines.

The guidelines (`../shared/eval/README.md`) count "every attributed stretch of speech or
writing". PolNeAR, on which the learned cue detector and statement check are trained, also
counts beliefs, intentions and stances ("the Taliban wants foreign forces to leave", "seeks to
retake control", "opposed the withdrawal"); news reports those as what someone is after or
did, not as words. Where the two disagree the project's guidelines win: a reported statement
whose cue is a verb of

- desire or intention (Levin 1993, class 32.1 `want` verbs, and the verbs of trying and
  planning: "wants", "seeks", "bid to host", "plans to", "hopes to"), or a purpose ("visit
  the office to report the loss": what a deed is for);
- a thought, a fear or a decision (Levin 29.4-29.5: "believes", "suspects"; "fears",
  "decided to"; a judgment held, with no clause: "deems X a fair trade", "considers X naive"),
  except a belief a third party holds with a finite clause of its own ("the ministry
  believes the envoy is failing": `cue_minds.OPINION`), which news give as a position;
- a stance shown by what one does to a thing (support, back, oppose, endorse, with only a
  noun phrase: "supporting the government against the rebellion", "opposed the withdrawal");
- a discussion ("discussed the situation in the region"): what a talk was about, an event;
  welcoming people ("welcomed the ministers ahead of their session", "was welcomed by the
  minister upon his arrival"): a host's deed; calling on someone with nothing said of them
  ("calls the Prime Minister in the capital"); ruling a land ("ruled large parts of it");
- a political act (vote, sign, ratify, veto, ...; "voted a resolution", "signed a letter"),
  or force against a place ("attacked the embassy");
- a declaration that makes what it names so (Searle's declarations: "declared victory",
  "declared a state of emergency");
- a possibility: what someone could, might or would say ("the panel could declare the claim
  invalid", "the administration would say that ..."), not yet said;
- what someone did not say ("has not yet responded to the remarks", "did not offer
  details", "without revealing their names"), and a refusal to say something ("declined to
  comment", "refused to answer questions", "declined to specify"): what someone did not say
  is no statement (the guidelines' "declined to comment"). A refusal to do anything but give
  words ("refused to meet the king", "declined to lift the blockade") is none either
  (`cue_acts`: the tuning pool's annotators take none; PolNeAR's take some);
- words not yet said: a future or an infinitive under a verb that does not entail it ("will
  announce", "is yet to announce"); a deed as the means of a response ("responded by
  expelling the envoy"); a content of circumstances only ("refused at the time": `cue_acts`);
- a deed read from the cue's complement: a verb with no evidence of reporting words and no
  proposition ("appointed a new envoy", "established ties": `cue_acts`), and a death told by
  "claim" ("the ambush claimed four lives": `cue_acts.claimed_deed`)

is dropped, unless the words were quoted; so is one that only points at words said elsewhere
("repeating his January 2 remarks", "issued a statement"), or only describes a thing without
saying what it is ("described the meeting"). Cues of saying that
name such a thing ("expressed support", "voiced opposition", "said it wants") keep their own
class: the cue is the verb of saying there, not the wish. The deeds read from a verb and its
complement (a talk, a welcome, a call, an office's act, an assault) are `cue_deeds`'.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from kg.config import env
from kg.extract.cue_acts import (
    circumstance_only,
    claimed_deed,
    deed_done,
    means_deed,
    not_yet_said,
    quoted,
    quoted_title,
    refused_deed,
)
from kg.extract.cue_acts import in_forms as _in
from kg.extract.cue_deeds import deed_shown
from kg.extract.cue_minds import (
    DECISION_WITH_TO,
    DESIRE,
    DESIRE_WITH_TO,
    JUDGING_WITH_CLAUSE,
    LEARNING,
    OPINION,
    STANCE,
    THOUGHT,
)
from kg.extract.statement_words import verb_forms
from kg.nlp import doc_text, is_to_clause, span_at

log = logging.getLogger(__name__)
# Its KG_* variable and default; the pipeline records it in the extractor's name when set.
SETTING = ("STATEMENT_SCOPE", "speech")

CueClass = Literal[
    "speech",
    "desire",
    "thought",
    "stance",
    "act",
    "declaration",
    "pointer",
    "refusal",
    "possibility",
]

DECLARE = verb_forms("declare", "proclaim")
# Refusing to say something: nothing was said ("declined to comment", "refused to answer").
REFUSAL = verb_forms("refuse", "decline")
UNSAID = verb_forms(
    "comment",
    "say|says|said|saying",
    "speak|speaks|spoke|spoken|speaking",
    "answer",
    "elaborate",
    "specify|specifies|specified|specifying",
    "weigh",
    "discuss",
    "disclose",
    "confirm",
    "reveal",
    "identify|identifies|identified|identifying",
    "speculate",
    "divulge",
    "name",
    "detail",
    "explain",
)
# An object that says nothing was said: "said little about the plan", "gave no details".
NOTHING = {"no", "nothing", "little", "none"}
# Asking not to be named ("an official, who asked not to be identified, said"): the words
# come with the `said`; the asking says nothing.
ANONYMITY = verb_forms("ask", "request")
# The things a declaration brings about (Searle 1976): "declared victory", "declared war",
# "declared a state of emergency", "declared independence". Declaring anything else
# ("declared that ...", "declared the vote fraudulent") reports words.
DECLARED = {
    "victory",
    "war",
    "emergency",
    "independence",
    "state",
    "law",
    "curfew",
    "mourning",
    "holiday",
    "bankruptcy",
    "ceasefire",
    "truce",
    "sovereignty",
    "autonomy",
}
# Verbs that make, pass on or repeat words ("repeating his January 2 remarks", "issued a
# statement"), and the nouns that name words without giving them: such a content points at
# words said elsewhere (read there, if the text gives them), it says nothing itself.
PASSING_ON = verb_forms(
    "convey",
    "repeat",
    "reiterate",
    "echo|echoes|echoed|echoing",
    "deliver",
    "make|makes|made|making",
    "issue",
    "release",
    "publish",
    "post",
    "send|sends|sent|sending",
    "give|gives|gave|given|giving",
)
# Describing a thing, without what it is called ("described the meeting"), gives no words;
# "described the talks as productive" does.
NAMING_AS = verb_forms("describe")
# Referring to a thing with what is said of it is a point made, as readouts write it
# ("referred to the progress made in the talks", "referred to the importance of the
# alliance": the pool's annotators count it); a bare thing referred to ("refers to the
# agency's head office") is only pointed at, and so is sending people to words said elsewhere
# ("referred reporters to the ministry's statement"); "he was referring to the talks" is the
# writer glossing what a speaker meant.
REFERRING = verb_forms("refer|refers|referred|referring")
WORDS_NOUNS = set(
    """remark remarks comment comments statement statements word words speech speeches
    address message messages tweet tweets post posts letter letters""".split()
)
# What someone could, might or would say ("the panel could declare the claim invalid", "the
# administration would say that we were undermining the deal") is not said yet. "may have
# said" reports words (uncertainly), and "would later say", "would often say" tell of words
# said, in a story's past; "I should say", "I'd say" hedge what the speaker says there and then.
MODALS = {"could", "might", "may", "would", "'d", "’d", "should", "can"}
NARRATED_MODAL = {"later", "eventually", "then", "often", "always", "repeatedly", "frequently"}


def _names_words_only(noun: Token) -> bool:
    """A noun of words without what they say: "his remarks made at the ceremony", but not
    "a message blaming Iran for the attacks" (the clause hung on it is what it says)."""
    return noun.lower_ in WORDS_NOUNS and not any(
        c.dep_ in ("acl", "relcl", "ccomp", "appos") and not _in(c, PASSING_ON)
        for c in noun.subtree
    )


def _named_as(verb: Token, words: Span) -> bool:
    """Whether what the verb refers to or describes is called something: `as Y` after it."""
    return any(c.lower_ == "as" for c in verb.children) or any(t.lower_ == "as" for t in words)


def _purpose(verb: Token) -> bool:
    """Whether the verb is a purpose clause (`to` and an infinitive hung on another verb:
    "visited the camp to inform the families"), or one coordinated with a purpose clause
    ("to check their names, inform their families and to offer help"). The parser may hang
    a later bare infinitive of the coordination on the main verb: a base form with no
    subject and no auxiliary of its own, conjoined to a finite verb after that verb's own
    purpose clause, cannot be a second predicate of that verb's subject."""
    # Only a base form can share another verb's `to` ("to check ..., inform ..."): a finite
    # verb the parser hangs on an infinitive ("agreed to resume ties and thanked X") is a
    # predicate of its own.
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.tag_ != "VB":
        return False
    head = verb.head
    if (head.dep_ in ("advcl", "acl") and is_to_clause(head) and not _went_on_to(head)) or _purpose(
        head
    ):
        return True
    if head.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
    ):
        return False
    return any(
        c.dep_ in ("advcl", "acl") and c.i < verb.i and is_to_clause(c) for c in head.children
    )


def _glossed(verb: Token) -> bool:
    """Whether the verb is in the progressive ("was referring to"): the writer's gloss of
    what a speaker meant, not a point the speaker made."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children
    )


def _possible_only(verb: Token) -> bool:
    """Whether the verb says what someone could or would say, not what they said."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return (
        any(a in MODALS for a in aux)
        and "have" not in aux
        and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
        and not any(c.lower_ in NARRATED_MODAL for c in verb.children if c.dep_ == "advmod")
    )


def _not_ruled_out(verb: Token, words: Span) -> bool:
    """ "did not rule out that talks may resume", "did not exclude that ...": a possibility
    granted in words, not a refusal to say something."""
    ruling_out = verb.lemma_.lower() == "exclude" or (
        verb.lemma_.lower() == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    )
    return ruling_out and words.root.pos_ in ("VERB", "AUX") and words.root.i != verb.i


def _opinion_given(verb: Token, words: Span) -> bool:
    """ "the ministry believes the envoy is failing": a belief verb with a finite clause of
    its own, held by a third party, is a position the text attributes (`OPINION`); "I
    believe" and "we believe" are a quoted speaker's hedges, part of their own words."""
    if not _in(verb, OPINION) or _infinitive(words):
        return False
    root = words.root
    if root.pos_ not in ("VERB", "AUX") or root.i == verb.i or root.head.i != verb.i:
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in verb.children)


# Verbs of going on to the next thing: `went on to say`, `proceeded to explain`. Their
# to-clause is what was done next, not a purpose (the parser hangs it as a purpose clause).
GOING_ON = {"go", "move", "proceed"}


def _went_on_to(verb: Token) -> bool:
    """Whether a to-clause tells what its subject did next (`she went on to warn that ...`,
    `he proceeded to explain ...`) rather than what for: the words were said."""
    head = verb.head
    if head.lemma_.lower() not in GOING_ON or head.i > verb.i:
        return False
    return head.lemma_.lower() == "proceed" or any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children
    )


def _infinitive(words: Span) -> bool:
    return len(words) > 0 and words[0].lower_ == "to" and words.root.pos_ in ("VERB", "AUX")


def cue_class(doc: Doc, cue: tuple[int, int], content: tuple[int, int]) -> CueClass:
    """The class of a cue, read from its verb's lemma and the shape of its content."""
    cue_span = span_at(doc, cue[0], cue[1])
    words = span_at(doc, content[0], content[1])
    if cue_span is None or words is None or not len(cue_span) or not len(words):
        return "speech"
    verb = cue_span.root
    if verb.pos_ not in ("VERB", "AUX"):
        return "speech"  # "according to", a noun of saying, a label: no verb to judge
    if _possible_only(verb):
        return "possibility"
    if any(c.dep_ == "neg" for c in verb.children) and not _not_ruled_out(verb, words):
        return "refusal"  # "has not responded to", "did not offer details": nothing said
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return "refusal"  # "met the envoys without revealing their names": nothing said
    if _in(verb, DESIRE) or (_in(verb, DESIRE_WITH_TO) and _infinitive(words)):
        return "desire"
    if (verb.dep_ in ("advcl", "acl") and is_to_clause(verb) and not _went_on_to(verb)) or _purpose(
        verb
    ):
        return "desire"  # "families visit the ICRC to report the disappearance": a purpose
    if (_in(verb, THOUGHT) and not _opinion_given(verb, words)) or (
        _in(verb, DECISION_WITH_TO) and _infinitive(words)
    ):
        return "thought"
    clause = words.root.pos_ in ("VERB", "AUX") and words.root.i != verb.i
    if not clause and words[0].lower_ in NOTHING:
        return "refusal"  # "said little about the plan", "offered no details": nothing said
    if _in(verb, JUDGING_WITH_CLAUSE) and not clause:
        return "thought"
    if _in(verb, REFUSAL) and _infinitive(words) and _in(words.root, UNSAID):
        return "refusal"
    if _in(verb, ANONYMITY) and words[0].lower_ == "not" and _in(words.root, UNSAID):
        return "refusal"
    if _in(verb, STANCE) and not clause:
        return "stance"
    if deed_shown(verb, words, clause) or (not clause and claimed_deed(verb, words)):
        return "act"
    if _in(verb, DECLARE) and not clause and words.root.lemma_.lower() in DECLARED:
        return "declaration"
    if _in(verb, NAMING_AS) and not clause and not _named_as(verb, words):
        return "pointer"
    if _in(verb, REFERRING) and not clause and not _named_as(verb, words):
        if _glossed(verb) or any(c.dep_ == "dobj" for c in verb.children):
            return "pointer"
        last = words[-1] if not words[-1].is_punct or len(words) < 2 else words[-2]
        if last.i == words.root.i:
            return "pointer"  # the noun alone, nothing after it: a bare thing
    if _in(verb, PASSING_ON) and not clause and _names_words_only(words.root):
        return "pointer"
    # A deed read from the complement (`cue_acts`); a cue of more than one word is a frame
    # of its own ("is deeply pained by"), left to its reader.
    said = doc_text(doc)[content[0] : content[1]]
    if (len(cue_span) == 1 and deed_done(verb, words, said)) or refused_deed(verb, words, said):
        return "act"
    if means_deed(words) or circumstance_only(verb, words):
        return "act"  # "responded by expelling the envoy", "refused at the time"
    if not_yet_said(verb):
        return "possibility"  # "will announce the date", "is yet to announce"
    return "speech"


@cache
def speech_only() -> bool:
    """`KG_STATEMENT_SCOPE=speech` (the default): statements are speech or writing, as the
    project's guidelines say; `attribution`: every attribution PolNeAR counts (wishes,
    stances, unnamed groups' claims), to measure against PolNeAR on its own terms."""
    setting = env(*SETTING)
    if setting not in ("speech", "attribution"):
        log.warning("KG_STATEMENT_SCOPE=%s: not speech or attribution; speech used", setting)
    return setting != "attribution"


def reports_speech(doc: Doc, cue: tuple[int, int], content: tuple[int, int]) -> bool:
    """Whether a reported statement is speech or writing under the project's guidelines:
    its cue is one of saying, or its content holds quoted words (`opposed the plan as "a
    disgrace"`: the quotation is what was said). Always, under `KG_STATEMENT_SCOPE=attribution`."""
    if not speech_only():
        return True
    cue_span = span_at(doc, cue[0], cue[1])
    if cue_span is not None and len(cue_span) and _in(cue_span.root, LEARNING):
        return any(t.lower_ == "from" for t in cue_span)  # `has learnt from X`: X speaks
    kind = cue_class(doc, cue, content)
    if kind == "speech":
        return True
    if kind == "act" and quoted_title(doc, cue, content):
        return False  # "signed a "joint declaration"": a title quoted, no words
    return quoted(doc_text(doc)[content[0] : content[1]])

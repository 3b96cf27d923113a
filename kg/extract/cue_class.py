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
class: the cue is the verb of saying there, not the wish.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from kg.config import env
from kg.extract.act_lexicon import OBJECT_ACTS
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
from kg.extract.discourse_words import GENERIC_PERSON, MISSION_TITLES, PERSON_NOUNS
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

# Discussing or debating a matter ("discussed the hot topics on NATO's agenda", "have been
# discussing plans for co-inspections", "discussed how to strengthen ties") names what a talk
# was about, not what anyone said of it: the talk is an event; only "discussed that ..." gives
# words. (No gold set takes "discussed" for a cue; the guidelines' cues are all of saying.)
DISCUSSING = verb_forms("discuss", "debate")
# Talking together about a matter ("the two ministers talked about regional issues", "we
# talked about the next steps", "will be talking with the president about trade") is
# discussing it: a talk between parties is the event, its topic no one's words. One speaker
# talking about a matter to an audience ("talked about the wall at the rally") stays.
TALKING_TOGETHER = verb_forms("talk", "chat", "converse", "confer|confers|conferred")
# Conversing ("spoke with Pompeo about the case", "talked on the phone"): a call or a talk,
# an event; what was said is a statement only with its clause or its quoted words.
CONVERSE = verb_forms("speak|speaks|spoke|spoken|speaking") | TALKING_TOGETHER
JOINT_PRONOUNS = {"we", "they"}
# Sharing a thing ("shared the draft deal with the envoys", "shares borders with four states",
# "shared a dinner") is a deed; sharing a view or a concern ("shared his concerns over the
# shelling", "shared their thoughts on the plan") is words, and so is sharing that ...
SHARING = verb_forms("share")
SHARED_VIEWS = set(
    """view views thought thoughts concern concerns opinion opinions assessment assessments
    position positions perspective perspectives vision visions hope hopes""".split()
)
# Welcoming or greeting people ("welcomed the two ministers ahead of their session",
# "welcomed world leaders to the White House") is a host's deed; welcoming a thing ("welcomed
# the extension of the truce") is a view given.
WELCOMING = verb_forms("welcome", "greet")
GUEST_NOUNS = set(
    """guest guests visitor visitors leader leaders minister ministers delegation delegations
    delegate delegates counterpart counterparts envoy envoys president presidents official
    officials participants colleague colleagues""".split()
)
# The nouns for a person by office, function or mission that the actor stage reads ("the
# two diplomats", "the Secretary-General"), by their lemma: people one receives or calls on,
# as much as the guest nouns above.
PEOPLE_LEMMAS = PERSON_NOUNS | GENERIC_PERSON | MISSION_TITLES | {"counterpart", "delegate"}
# The one welcomed as the passive's subject: "he was welcomed by the minister", a name.
GUEST_PRONOUNS = {"he", "she", "they", "we"}
# Calling someone, with nothing said of them ("calls the Prime Minister in Colombo"), or
# calling on someone with nothing asked of them ("called on the new foreign minister and
# discussed ...": a courtesy call paid): a call made or paid, an event; "called him a liar",
# "called on X to ...", "called the experts to draw up ..." say something.
CALLING = verb_forms("call")
CALL_COMPLEMENTS = {"oprd", "xcomp", "ccomp", "attr", "acomp", "dative"}
CALL_PREPS = {"on", "upon", "for", "off", "out", "up"}
VISIT_PREPS = {"on", "upon"}
# Ruling or governing a thing ("briefly ruled large parts of the country"): power held, not
# words; "ruled out talks" and "ruled that ..." say something.
GOVERNING = verb_forms("rule", "govern")
# Acts of an office or a body done by a vote, a signature or its authority ("authorized the
# release of 14 detainees"): done, not said.
ACT = verb_forms(
    "authorize",
    "authorise",
    "vote",
    "sign",
    "countersign",
    "ratify|ratifies|ratified|ratifying",
    "veto|vetoes|vetoed|vetoing",
    "enact",
    "legislate",
    "adopt",
    "pass",
    "approve",
    "fund",
    "finance",
    "arm",
    "deploy",
)
DECLARE = verb_forms("declare", "proclaim")
# Recognising a government, a state or a person as its leader ("have recognized the
# opposition leader", "recognised the breakaway republic's independence") is a diplomatic
# act; recognising a thing said or done ("recognized the need for talks", "recognised the
# efforts of the mediators") is a view given.
RECOGNIZING = verb_forms("recognize", "recognise")
PARTY_ENTS = {"PERSON", "GPE", "ORG", "NORP"}
STATEHOOD = set(
    """government governments state states independence sovereignty regime authority
    authorities administration republic republics leader leaders president""".split()
)
# Showing a thing ("has shown an inclination to dial back", "photos show the islands") is done,
# not said; showing that something is so may be told in words.
SHOWING = verb_forms("show|shows|showed|shown|showing")
# Instruments an office issues, which act rather than say ("issued a subpoena").
ISSUING = verb_forms("issue")
# "recalled its ambassador", "recalled the troops": calling people back is a deed; "recalled
# the agreement" (words brought to mind) is not.
RECALLING = verb_forms("recall")
# (With the lexicon's recalled envoys, `OBJECT_ACTS["recall"]`, read by their lemma.)
RECALLED = set(
    """diplomat diplomats troops forces staff delegation delegations mission consul personnel
    contingent""".split()
)
INSTRUMENTS = set(
    """subpoena subpoenas warrant warrants visa visas license licenses licence licences permit
    permits passport passports decree decrees summons""".split()
)
# Denying someone a thing ("denied them permission to land") is withholding it, not words;
# denying a claim or that something is so is words.
DENYING = verb_forms("deny|denies|denied|denying")
GRANTS = INSTRUMENTS | set(
    """permission access entry passage landing clearance approval asylum bail""".split()
)
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
# "attacked the plan" may be words; "attacked the embassy" is force: a verb of assault whose
# object is a place, a building or a convoy is a deed.
ASSAULT = verb_forms("attack", "storm", "raid", "target")
PLACE_NOUNS = set(
    """embassy embassies mission missions consulate consulates building buildings base bases
    convoy convoys camp camps checkpoint checkpoints village villages town towns city cities
    station stations post posts facility facilities compound compounds ship ships vessel
    vessels tanker tankers plant plants headquarters office offices school schools hospital
    hospitals airport airports port ports refinery refineries field fields bridge bridges
    positions position republic republics region regions territory territories province
    provinces infrastructure area areas zone zones district districts""".split()
)
# (Not a state: "attacked Russia over the invasion" is as often words as force.)
PLACE_ENTS = {"FAC", "LOC"}
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


def _called_back(noun: Token) -> bool:
    """Whether a recalled object is people sent somewhere: an envoy, troops, an ambassador."""
    lower = noun.lower_
    return noun.pos_ == "NOUN" and (
        lower in RECALLED
        or noun.lemma_.lower() in OBJECT_ACTS["recall"]
        or lower.endswith(("ador", "adors"))
    )


def _a_place(noun: Token) -> bool:
    return noun.lower_ in PLACE_NOUNS or noun.ent_type_ in PLACE_ENTS


def _a_party(noun: Token) -> bool:
    """Whether a noun names a party one may recognise: a named person, state or body, or a
    government, a state or its independence."""
    return noun.ent_type_ in PARTY_ENTS or noun.lemma_.lower() in STATEHOOD | PEOPLE_LEMMAS


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


def _guests(noun: Token) -> bool:
    """Whether a noun names people one receives: a person's name, a pronoun for people or a
    noun for guests, leaders or officials."""
    return (
        noun.ent_type_ == "PERSON"
        or noun.lower_ in ("him", "her", "them", "us")
        or noun.lower_ in GUEST_NOUNS
        or (noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in PEOPLE_LEMMAS)
    )


def _greeted(verb: Token, words: Span) -> bool:
    """Whether the verb welcomes people: its content names them, or its object or its passive
    subject does, outside the content ("was welcomed by X upon his arrival"), or the object
    of a content the parse reads as a phrase with a preposition ("welcomed to Mongolia X")."""
    root = words.root
    if root.dep_ == "prep" and any(c.dep_ == "pobj" and _guests(c) for c in root.children):
        return True
    return _guests(root) or any(
        (c.dep_ in ("dobj", "nsubjpass") and _guests(c))
        or (c.dep_ == "nsubjpass" and (c.lower_ in GUEST_PRONOUNS or c.pos_ == "PROPN"))
        for c in verb.children
    )


def _rang(verb: Token, words: Span) -> bool:
    """Whether the verb calls people and says nothing of them: no complement naming them or
    asking something of them, in the parse of the verb or of its content."""
    if any(c.dep_ in CALL_COMPLEMENTS for c in verb.children):
        return False
    visit = _visit(verb)
    if visit is not None:
        return _guest_named(visit)
    if any(c.dep_ in ("prep", "prt") and c.lower_ in CALL_PREPS for c in verb.children):
        return False
    if any(t.dep_ in CALL_COMPLEMENTS or (t.dep_ == "appos" and t.pos_ == "NOUN") for t in words):
        return False  # "called him a liar": the parse may hang the name given inside
    return _guest_named(words.root)


def _guest_named(tok: Token) -> bool:
    """A guest noun, or a name with one before it (its title: "Prime Minister X")."""
    return _guests(tok) or (tok.pos_ == "PROPN" and any(_guests(t) for t in tok.lefts))


def _visit(verb: Token) -> Token | None:
    """The one called on, when nothing is asked of them ("called on the prime minister in
    the capital"): the object of `on`, with no `to` clause after it or on the verb."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in VISIT_PREPS), None)
    obj = next((x for x in prep.children if x.dep_ == "pobj"), None) if prep else None
    if obj is None:
        return None
    if any(t.lower_ == "to" and t.dep_ == "aux" for t in verb.subtree if t.i > obj.i):
        return None
    return obj


def _conversation(verb: Token) -> bool:
    """Whether the verb talks with someone ("spoke with Pompeo about the case", "spoke by
    phone"), not of something ("spoke of the need for justice")."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objs = [x.lemma_.lower() for x in prep.children if x.dep_ == "pobj"]
        if prep.lower_ == "with" or any(o in ("phone", "telephone", "video") for o in objs):
            return True
    return False


def _together(verb: Token) -> bool:
    """Whether the verb's subject is two parties or more ("A and B talked", "they talked"), or
    it talks with someone: the talk is between those who take part."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lower_ in JOINT_PRONOUNS or any(c.dep_ == "conj" for c in subj.children):
            return True
    return _conversation(verb) or any(
        t.dep_ == "prep" and t.lower_ == "with" for t in verb.subtree if t.i > verb.i
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


def _that_clause(words: Span) -> bool:
    """Whether the words are a clause that opens with `that` ("discussed that ...")."""
    return words.root.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in words.root.children
    )


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
    if _in(verb, CONVERSE) and not clause and _conversation(verb):
        return "act"
    if _in(verb, DISCUSSING) and not _that_clause(words):
        return "act"
    if _in(verb, TALKING_TOGETHER) and not _that_clause(words) and _together(verb):
        return "act"
    if _in(verb, SHARING) and not clause and words.root.lower_ not in SHARED_VIEWS:
        return "act"
    # (A passive's clause after it is when or how the guest came: "was welcomed by X
    # while Y was present".)
    if (
        _in(verb, WELCOMING)
        and (not clause or words.root.dep_ == "advcl")
        and _greeted(verb, words)
    ):
        return "act"
    if _in(verb, CALLING) and not clause and _rang(verb, words):
        return "act"
    if _in(verb, GOVERNING) and not clause and words.root.dep_ == "dobj":
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return "act"
    if _in(verb, ACT) or (_in(verb, SHOWING) and not clause):
        return "act"
    if _in(verb, DENYING) and not clause and words.root.lower_ in GRANTS:
        return "act"
    if _in(verb, ISSUING) and not clause and words.root.lower_ in INSTRUMENTS:
        return "act"
    if _in(verb, RECALLING) and not clause and _called_back(words.root):
        return "act"
    if _in(verb, ASSAULT) and not clause and _a_place(words.root):
        return "act"
    if not clause and claimed_deed(verb, words):
        return "act"
    if _in(verb, RECOGNIZING) and not clause and _a_party(words.root):
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

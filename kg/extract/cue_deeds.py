"""Cues of a deed done, not words said: a talk held, a guest welcomed, a call paid, an office's act.

Input: a cue's verb, its content span and whether that content is a clause. Output: whether
the cue, read from its lemma and its complement, names something done rather than said
(`cue_class` gives such a cue the class "act"). Each list below says what deed it names and
what reading of the same verb stays words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.act_lexicon import OBJECT_ACTS
from kg.extract.cue_acts import in_forms as _in
from kg.extract.discourse_words import GENERIC_PERSON, MISSION_TITLES, PERSON_NOUNS
from kg.extract.event_callers import PLACING_VERBS
from kg.extract.statement_words import CALL_COMPLEMENTS, NAMING, verb_forms

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
# "welcomed the visiting premiers to the palace") is a host's deed; welcoming a thing ("welcomed
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
# "called on X to ...", "called the engineers to map out ..." say something.
CALLING = verb_forms("call")
CALL_PREPS = {"on", "upon", "for", "off", "out", "up"}
VISIT_PREPS = {"on", "upon"}
# Naming a thing so (Levin 29.3 `dub` verbs: "branded the accord illegal", "termed the deal a
# first step", "labelled them as extremists") gives words only with the name given, a second
# complement; with the thing alone it is marking it ("branded its new coffee line").
NAMING_SO = verb_forms(*NAMING)
NAME_COMPLEMENTS = CALL_COMPLEMENTS - {"dative"}  # (a second object is read apart: `_name_given`)
# Taking up or turning down what was offered ("accepted the invitation", "declined the
# offer of a prison visit", "has accepted the mediation offer") answers by a deed, the
# offer's fate; accepting or declining that something is so, or with quoted words, is said.
ANSWERING_OFFERS = verb_forms("accept", "decline")
OFFERS = {
    f"{n}{suffix}"
    for n in """invitation proposal offer request plan deal term nomination appointment
    resignation mediation credential bid""".split()
    for suffix in ("", "s")
}
# Placing a call ("made a telephone call to his counterpart", "made calls to three leaders")
# is a call held, an event; a call for something or on someone ("made a call for calm",
# "made a call on both sides to ...") is an appeal, words.
PLACING = verb_forms(*PLACING_VERBS) | {"made"}  # (the irregular form listed)
APPEAL_PREPS = {"for", "on", "upon"}
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
# Showing a thing ("has shown a readiness to scale back", "photos show the islands") is done,
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


def _that_clause(words: Span) -> bool:
    """Whether the words are a clause that opens with `that` ("discussed that ...")."""
    return words.root.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in words.root.children
    )


def deed_shown(verb: Token, words: Span, clause: bool) -> bool:
    """Whether the cue names a deed: a talk between parties, a thing shared, a guest welcomed,
    a call made, a land ruled, an office's act, a thing shown, a grant denied, an instrument
    issued, people called back, a place attacked or a party recognised."""
    if _in(verb, CONVERSE) and not clause and _conversation(verb):
        return True
    if _in(verb, DISCUSSING) and not _that_clause(words):
        return True
    if _in(verb, TALKING_TOGETHER) and not _that_clause(words) and _together(verb):
        return True
    if _in(verb, SHARING) and not clause and words.root.lower_ not in SHARED_VIEWS:
        return True
    # (A passive's clause after it is when or how the guest came: "was welcomed by X
    # while Y was present".)
    if (
        _in(verb, WELCOMING)
        and (not clause or words.root.dep_ == "advcl")
        and _greeted(verb, words)
    ):
        return True
    if _in(verb, NAMING_SO) and not _name_given(verb):
        return True
    if _in(verb, ANSWERING_OFFERS) and not clause and words.root.lemma_.lower() in OFFERS:
        return True
    if _in(verb, PLACING) and not clause and _call_placed(words.root):
        return True
    if _in(verb, CALLING) and not clause and _rang(verb, words):
        return True
    if _in(verb, GOVERNING) and not clause and words.root.dep_ == "dobj":
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return True
    if _in(verb, ACT) or (_in(verb, SHOWING) and not clause):
        return True
    if _in(verb, DENYING) and not clause and words.root.lower_ in GRANTS:
        return True
    if _in(verb, ISSUING) and not clause and words.root.lower_ in INSTRUMENTS:
        return True
    if _in(verb, RECALLING) and not clause and _called_back(words.root):
        return True
    if _in(verb, ASSAULT) and not clause and _a_place(words.root):
        return True
    return _in(verb, RECOGNIZING) and not clause and _a_party(words.root)


def _name_given(verb: Token) -> bool:
    """Whether a naming verb has the name it gives: a predicate complement ("termed the deal
    a first step", "branded it illegal"), an `as` phrase (the parse may hang it on the
    object), or a second object."""
    kids = list(verb.children)
    objects = [c for c in kids if c.dep_ == "dobj"]
    return (
        any(c.dep_ in NAME_COMPLEMENTS for c in kids)
        or any(c.lower_ == "as" for o in [verb, *objects] for c in o.children)
        or len(objects) > 1
    )


def _call_placed(noun: Token) -> bool:
    """Whether a noun is a call placed to someone: "call" with nothing called for or asked
    of anyone (no `for` or `on` phrase but a day's, no clause hung on it)."""
    return noun.lemma_.lower() == "call" and not any(
        (c.dep_ == "prep" and c.lower_ in APPEAL_PREPS and not _a_day(c))
        or c.dep_ in ("acl", "relcl", "xcomp")
        for c in noun.children
    )


def _a_day(prep: Token) -> bool:
    """ "on Monday", "on 3 May": a preposition whose object is a day or a time."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)

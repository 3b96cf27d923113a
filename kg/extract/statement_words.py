"""The statement stage's word lists and line patterns: verbs and nouns of saying, verbs that
report nothing, people nouns, and the shapes of labelled, signed and `statement reads` lines."""

from __future__ import annotations

import re

# A final consonant (not w, x or y) after a single vowel letter: `admit`, `slam`, `signal`.
_DOUBLES = re.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$")


def _forms(*verbs: str) -> set[str]:
    """Inflected forms of regular verbs; irregular ones are listed in full."""
    out: set[str] = set()
    for v in verbs:
        if "|" in v:
            out.update(v.split("|"))
            continue
        stem = v[:-1] if v.endswith("e") else v
        out.update({v, v + "s", stem + "ed", stem + "ing"})
        if _DOUBLES.search(v):
            # A final consonant after one vowel doubles where the syllable is stressed
            # ("admitted", "slammed") and in British spelling ("signalled"); the form that
            # is no word ("visitted") never occurs, so both are listed.
            out.update({v + v[-1] + "ed", v + v[-1] + "ing"})
        if v.endswith("y") and v[-2] not in "aeiou":
            out.update({v[:-1] + "ies", v[:-1] + "ied"})
    return out


def verb_forms(*verbs: str) -> set[str]:
    """`_forms` for other modules: the inflected forms of verbs, irregular ones listed."""
    return _forms(*verbs)


# Verbs of communication and of judgment that news uses as cues beside `say`, by the classes
# of Levin (1993, English Verb Classes and Alternations): advising (37.9: "cautioned that",
# "recommended that") with the other directives (Searle's class: "encouraged X to", "invited
# X to", and entreaty and challenge: "implored X to", "dared X to"; their content is the `to`
# clause) and judging (33: "blamed X for", "denounced the
# deal", "hailed X as"). A class, not the verbs one article used: any of them reports words in
# a story not yet read.
ADVISING = tuple(
    """caution recommend advise counsel remind instruct encourage invite implore beseech entreat
    exhort beg|begs|begged|begging dare""".split()
)
# Naming a thing so (Levin 29.3 `dub` verbs): "termed the deal a first step", "branded the
# vote a sham", "labelled the group as extremists"; `cue_deeds` reads them as deeds where no
# name is given.
NAMING = ("term", "dub", "brand", "label")
# Complements that make "call" (or a naming verb) a naming or a demand, not a ring: "called
# him a liar", "called the talks constructive", "termed the deal a first step".
CALL_COMPLEMENTS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp", "dative"})
JUDGING = (
    "blame",
    "denounce",
    "decry",
    "deplore",
    "hail",
    "commend",
    "applaud",
    "lament",
    "characterize",
    "characterise",
    *NAMING,
    "reaffirm",
    "reassert",
    # Appreciating a thing or a party is praise given in words in a readout ("appreciated the
    # mediator for its efforts"), as commending is.
    "appreciate",
)
# Verbs whose object is whom the words are for (Levin 37.1-37.2, 37.4 "address"): with only an
# object, nothing is reported ("addressed reporters", "told the world"); the words are in a
# clause, a `to` clause or a quotation next to them.
ADDRESSING = {"tell", "address", "brief", "inform", "notify", "update", "assure", "remind"}
# Judgments with a predicative complement (Levin 29.2, the `characterize` class): "considers
# the pipeline to be a project of common interest", "deemed that ...". Only a clause or a
# `to` clause is a judgment given; an object alone is something thought over ("considered the
# proposal").
CONSIDERING = ("consider", "deem")
# Levin's `say` verbs (37.7: "proclaimed", "specified that", "divulged"), `inquire` verbs
# (37.1.2: "inquired about the talks") and `advise` verbs (37.9: "alerted", "admonished")
# that the lists above lacked; "reassure" is "assure" again.
SAY_CLASS_MORE = (
    "proclaim",
    "specify|specifies|specified|specifying",
    "divulge",
    "confess",
    "articulate",
    "inquire",
    "enquire",
    "query|queries|queried|querying",
    "alert",
    "admonish",
    "reassure",
)
# Determiners of a noun that points back to ones already told ("the sources", "this meeting").
BACK_POINTING = frozenset({"the", "this", "that", "these", "those"})
# Entity labels of a day or an hour (a time phrase of a saying or of what was said).
TIME_ENTS = frozenset({"DATE", "TIME"})
SPEECH_VERBS = _forms(
    "say|says|said|saying",
    "tell|tells|told|telling",
    "write|writes|wrote|written|writing",
    "speak|speaks|spoke|spoken|speaking",
    "add|adds|added|adding",
    "report",
    "confirm",
    # Affirming is asserting (Levin 37.7 `say` verbs); "reaffirm" is among JUDGING.
    "affirm",
    "emphasize",
    "emphasise",
    "reiterate",
    "express",
    "voice",
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
    "highlight",
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
    "maintain",
    "agree|agrees|agreed",
    "complain",
    "boast",
    "charge",
    "describe",
    "forecast|forecasts|forecasted|forecasting",
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
    # Telling someone a thing (Levin 37.2): "informed that ...", "notified the police X".
    "inform",
    "notify|notifies|notified|notifying",
    # Briefing someone on a thing is telling them of it: "briefed the envoys on the talks".
    "brief",
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
    # Thanks are given in words, as praise is: "thanked Kyiv for nominating its envoys".
    "thank",
    # Passing on a message (Levin 37.4 `transfer of message`): "conveyed the president's
    # greetings", "conveyed its concern over the shelling".
    "convey",
    # The rest of Levin's `say` (37.7) and `inquire` (37.1.2) verbs and of the `advise`
    # verbs (37.9) that news uses: a class, not the words one story used.
    *SAY_CLASS_MORE,
    *ADVISING,
    *JUDGING,
    *CONSIDERING,
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
    # An answer given in words: `Asked about the talks, she answered: "…"`.
    "answer",
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
# The speaker as subject ("we urge", "I stress"): a text speaking in its own voice.
FIRST_PERSON = {"i", "we"}
# Verbs whose object, not only a clause, is the content: "Rubio expressed his condolences".
OBJECT_VERBS = _forms(
    "affirm",
    "emphasize",
    "emphasise",
    "reiterate",
    "express",
    "voice",
    "stress",
    "confirm",
    "announce",
    "note",
    "underline",
    "underscore",
    "highlight",
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
    "thank",
    "convey",
    *JUDGING,
    "recommend",
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
    *ADVISING,
    *CONSIDERING,
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
        ("inquire", ("about", "into")),  # "inquired about the situation": what was asked
        ("enquire", ("about", "into")),
        ("rail", ("against",)),
        ("complain", ("about", "of")),
        ("boast", ("about", "of")),
        ("brag|brags|bragged|bragging", ("about",)),
        ("point", ("to",)),
        ("refer|refers|referred|referring", ("to",)),
        ("insist", ("on", "upon")),  # "insists on the resumption of the talks"
        ("comment", ("on",)),
        ("testify", ("about", "on")),
        ("tell|tells|told|telling", ("about",)),  # "told about the results of the talks"
        ("inform", ("about", "of")),
        ("remind", ("of", "about")),  # "reminded both sides of their pledge"
        # "briefed the envoys on the talks": whom is addressed, what they were told of.
        ("brief", ("on", "about")),
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
    *CONSIDERING,
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
        "thank",
        "reject|rejects|rejected",
        "demand",
        "propose",
        "reiterate",
        "repeat",
        "stress",
        "emphasize",
        "emphasise",
        # The verbs of diplomatic readouts: "the Secretary-General has expressed his
        # appreciation", quoted from a spokesman, is the Secretary-General's, relayed.
        "express",
        "voice",
        "underscore",
        "underline",
        "reaffirm",
        "commend",
        "hail",
        "acknowledge",
    )
)


# Verbs by which a medium passes on another's words, relaying only with their agent ("as
# relayed by state radio,", "as carried by the agency,"): no cue of their own ("carried the
# bags" is no saying), read only in that frame (`statement_circumstances`).
PASSED_ON_BY = _forms("relay", "carry|carries|carried|carrying")


SOURCE_IN_NOUNS = {
    f"{n}{suffix}"
    for n in ("poll", "survey", "study", "report", "interview", "statement", "letter", "op-ed")
    for suffix in ("", "s")
}
# Opening nouns that say whose judgement follows only with their author: "In the analysis of
# the Institute, ...", "In his view, ...", "In the words of the envoy, ...".
AUTHORED_IN_NOUNS = {"analysis", "assessment", "view", "opinion", "words", "estimate", "estimation"}

MODAL_ADJECTIVES = {"able", "unable", "likely", "unlikely", "due", "set", "about", "bound"}
# Prepositions that introduce what a verb is about ("railed against", "seized on"), not where
# or when it happened.
TOPIC_PREPS = {"about", "on", "of", "against", "over", "for", "with", "as", "toward", "towards"}
# Levin 37.5-37.6 (`talk`, `chitchat`): the topic only after about/of/on/over ("spoke with
# Erdogan", "talked to reporters" name whom; "spoke on the phone", "on condition of anonymity"
# the way). A noun of the channel is never the topic.
TALKING = _forms("speak|speaks|spoke|spoken|speaking", "talk", "chat", "converse", "confer")
TALK_TOPIC_PREPS = {"about", "of", "on", "over", "regarding", "concerning"}
CHANNELS = {"phone", "telephone", "line", "radio", "television", "air", "record", "condition"}

# What parties agree to or sign as their plan ("the agreement", "the MOU", "the roadmap"):
# its terms are no one's words (`statement_reports.TERMS_SOURCES`,
# `statement_no_actor.AGREEMENT_NOUNS`).
PACT_NOUNS = {
    *("accord", "agreement", "deal", "pact", "treaty"),
    *("memorandum", "mou", "roadmap", "protocol"),
}

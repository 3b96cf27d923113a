"""Verbs of a mind (a wish, a thought, learning, judging, deciding, a stance shown in deeds):
what someone is after, holds, knows or decides, which the cue class (`cue_class`) tells from
words said, and which inside another's report are part of what was reported
(`saying_proper`)."""

from __future__ import annotations

from kg.extract.statement_words import verb_forms

# Levin 32.1 (`want` verbs) and the verbs of aiming, trying and planning: what someone is
# after. Forms, irregular ones in full (`verb_forms`).
DESIRE = verb_forms(
    "want",
    "wish",
    "desire",
    "crave",
    "covet",
    "need",
    "seek|seeks|sought|seeking",
    "intend",
    "plan|plans|planned|planning",
    "aim",
    "bid|bids|bidding",
    "attempt",
    "try|tries|tried|trying",
    "strive|strives|strove|striven|striving",
    "endeavour",
    "endeavor",
    "vie|vies|vied|vying",
    "scheme",
)
# Verbs that report a thought with a clause ("hopes that the talks succeed") but a wish with an
# infinitive ("hopes to host the summit", "expects to sign"): desire only with `to` (and
# "dared to hope" is an attempt, where "dared the Turks to try" is a challenge given). Wishing
# someone well ("wished them success") stays a wish: the owners' realnews gold leaves it out.
DESIRE_WITH_TO = verb_forms("hope", "expect", "prepare", "look", "dare")
# Levin 29.4-29.5 (`declare` verbs used of a mind: believe, consider, deem; `conjecture`
# verbs: think, suppose, suspect), knowing and fearing, and deciding: what someone holds,
# knows, fears or decides to do, not what they said ("Obama deems the release a reasonable
# trade-off", "Netanyahu considers Obama naive", "the government decided to ...").
THOUGHT = verb_forms(
    "believe",
    "think|thinks|thought|thinking",
    "suppose",
    "presume",
    "suspect",
    "doubt",
    "imagine",
    "feel|feels|felt|feeling",
    "know|knows|knew|known|knowing",
    "realize",
    "realise",
    "understand|understands|understood|understanding",
    "regard",
    "see|sees|saw|seen|seeing",
    "view",
    "fear",
    "worry|worries|worried|worrying",
    "convince",
)
# Holding a belief: with a finite clause of its own a belief is given as the holder's
# position ("the ministry believes the envoy is failing"), which news attribute as they
# attribute words (the tuning pool's annotators take 7 of 12 "believe(s)" so); with an object
# and its predicate, or an infinitive, it stays a thought ("believes him honest"). "Think",
# "suspect", "fear" stay thoughts: the annotators take none, and in news they are mostly a
# quoted speaker's hedge or the writer's guess.
OPINION = verb_forms("believe")
# Coming to know (`the paper has learned that ...`, `she heard that ...`): words received, not
# given; the one who learns is no speaker (mostly the press reporting the story), even of
# quoted words (they are someone else's). Learning `from` someone makes them the speaker.
LEARNING = verb_forms("learn|learns|learned|learnt|learning", "hear|hears|heard|hearing")
# Judging (Levin 29.2): with a clause or a `to` clause a judgment given ("deemed that the
# deployment breaches the resolution", "considers the canal to be a work of shared
# interest"), with an object and its predicate a view held ("deems the release a fair trade").
JUDGING_WITH_CLAUSE = verb_forms("consider", "deem")
# Deciding to do something is a deed; deciding that something is so is a ruling given in
# words ("the court decided that the ban was lawful").
DECISION_WITH_TO = verb_forms(
    "decide", "choose|chooses|chose|chosen|choosing", "opt|opts|opted|opting"
)
# A stance shown in deeds: with only a noun phrase ("supported the government") it is not
# reported words; with a clause or a quotation it may be ("backed the claim that ...").
STANCE = verb_forms(
    "support", "back", "oppose", "endorse", "favour", "favor", "champion", "sponsor"
)

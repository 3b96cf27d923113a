"""More frames by which a meeting is told as negotiating (`event_kinds.gathering_kind`): the
mediation named beside the verb that holds it, a purpose that aims at a deal through a means
("to discuss ways of reaching a truce"), and a text the sides sign at its end.

Each reads only the mention's own dependencies, like the frames of `event_kind_frames`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_kind_frames import DISPUTE_NOUNS, ENACTMENTS, deal_like, light_of

# Nouns of the act of mediating, not of its agent: "with the mediators" names a party met.
HELP_NOUNS = {"mediation", "facilitation", "brokerage", "brokering"}


def mediation_beside(head: Token) -> bool:
    """`held their first meeting ... with the mediation of the co-chairs`, `met with the
    mediation of X`: "with" names the parties met (`_mediated` leaves it), unless its object is
    the act of mediating itself, on the meeting word or on the verb that carries the noun.
    ("Under the mediation of A, B and C held a meeting" is left as it was: its coordination
    reads as three mediators and no side, and a round then loses its sides to them.)"""
    return any(
        x.lemma_.lower() in HELP_NOUNS
        for t in {head, light_of(head)}
        for c in t.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for x in c.children
        if x.dep_ == "pobj"
    )


# Nouns of a means or a way towards something: "ways of reaching a deal", "steps towards a
# truce", "modalities for a ceasefire".
MEANS_NOUNS = {"way", "means", "step", "modality", "path", "mechanism", "option", "avenue"}
MEANS_PREPS = {"of", "for", "to", "towards", "toward"}


def means_to_deal(noun: Token) -> bool:
    """`ways of closing a deal`, `steps towards a ceasefire`: a means whose goal,
    the object of its preposition or of the gerund under it, is a deal-like thing. Discussing
    the means to a deal works the deal out as much as discussing the deal."""
    if noun.lemma_.lower() not in MEANS_NOUNS:
        return False
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS):
        for x in prep.children:
            if x.dep_ == "pobj" and deal_like(x):
                return True
            if x.dep_ == "pcomp" and any(o.dep_ == "dobj" and deal_like(o) for o in x.children):
                return True
    return False


# Verbs of putting one's name to a text.
SIGNING_VERBS = {"sign", "initial", "ink"}
# Where a meeting is placed before a signing: "signed ... after a two-day meeting", "at the
# meeting", "following the meeting".
CLOSING_PREPS = {"after", "following", "at", "during"}


def signed_at_close(head: Token) -> bool:
    """`the two teams signed a joint text after their special session`: a meeting at or
    after which two or more signers sign a text between them settled that text, a session that
    negotiated. One signer alone ("the president signed a decree after a meeting with his
    advisers") enacts his own act."""
    if head.dep_ != "pobj" or head.head.lower_ not in CLOSING_PREPS:
        return False
    verb = head.head.head
    if verb.lemma_.lower() not in SIGNING_VERBS:
        return False
    signed = [c for c in verb.children if c.dep_ == "dobj"]
    if not signed or any(t.lemma_.lower() in ENACTMENTS for t in signed):
        return False
    # Two signers joined ("A and B signed") or, where the parser leaves the second without
    # its "and", two subjects of the one verb.
    signers = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(signers) > 1 or any(s.conjuncts or s.tag_ in ("NNS", "NNPS") for s in signers)


# Verbs that bring a stalled process back: "to revive the peace talks", "efforts to restart
# negotiations", "the prospect of resuming the dialogue", "to get the talks back on track".
RESTARTING_VERBS = {
    "revive", "restart", "resume", "relaunch", "revitalise", "revitalize", "reinvigorate",
    "rekindle", "reopen", "salvage", "rescue", "unblock", "unfreeze", "jumpstart", "kickstart",
}  # fmt: skip
# Non-finite forms: an aim or a prospect, not a report that the talks went on again ("the
# sides resumed talks on Monday" tells the talks held).
AIM_TAGS = {"VB", "VBG"}


def restart_aimed_at(head: Token) -> int | None:
    """`met in Bern to restart the border negotiations`, `host a meeting to revive the stalled
    talks`: talks that an act aims to bring back are another occurrence than the act, which
    only comes before them (the guidelines' meeting, apart from the talks it prepares). The
    token of the act the aim hangs on (the first verb above the restarting verb), or None."""
    verb = head.head
    if head.dep_ not in ("dobj", "nsubj") or verb.tag_ not in AIM_TAGS:
        return None
    lemma = verb.lemma_.lower().replace("-", "")
    restarting = lemma in RESTARTING_VERBS or (
        lemma == "get" and any(c.lower_ == "back" for t in (verb, head) for c in t.children)
    )
    if not restarting or verb.dep_ not in (AIM_DEPS if verb.tag_ == "VB" else GERUND_AIM_DEPS):
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return None  # "are resuming talks": the progressive tells them under way, no aim
    # The act is the verb the aim serves ("met ... in a bid to resume"), or a
    # gathering noun it is told of ("a meeting to revive the talks").
    return next(
        (a.i for a in verb.ancestors if a.pos_ == "VERB" or a.lemma_.lower() in GATHERING_NOUNS),
        None,
    )


# Where an aim's infinitive hangs: a purpose ("met to revive"), an effort or prospect noun
# ("efforts to resume"), an object of "to get". (A clause a verb reports, a ccomp, is what
# was said or seen, no aim.)
AIM_DEPS = {"xcomp", "advcl", "acl", "relcl", "pcomp"}
# A gerund is an aim only under a preposition ("the prospect of resuming", "a bid aimed at
# reviving"); a participle clause beside the verb or its subject (", resuming talks on
# Monday, agreed") tells what was done.
GERUND_AIM_DEPS = {"pcomp"}
# Nouns of a gathering an aim may hang on.
GATHERING_NOUNS = {"meeting", "visit", "summit", "conference", "trip", "session"}


def at_issue(noun: Token) -> bool:
    """`their differences`, `the oil dispute`, `differences over the port deal`: a purpose or
    topic that is what divides the sides makes the session one that bargains over it, which
    the guidelines count as negotiating."""
    return noun.lemma_.lower() in DISPUTE_NOUNS

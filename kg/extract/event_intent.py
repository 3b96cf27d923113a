"""Event words that name what someone wishes, tries for, or what a deal would contain: no
occurrence, held or arranged (the guidelines: "not for mere possibilities or proposals").

Input: the head token of an event word. Output: whether its clause is a wish, an effort's goal
or a deal's content. (`event_modality` reads the statuses of occurrences; these name none.)
`not_an_occurrence` joins these with `event_modality`'s negated, discussed and modifying readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_in_person import SIDELINES
from kg.extract.event_modality import (
    TEXTS,
    discussed,
    goal_of_other,
    modifies_other,
    negated_or_hypothetical,
)
from kg.extract.event_modality_phrases import called_off_by_negation
from kg.nlp import is_to_clause

# Verbs of wishing and trying: their `to` complement is sought, not arranged ("wants to hold a
# summit", "hopes to meet", "seeks to sign"); "agreed", "decided", "plans to" arrange it.
WISHING = {
    "want",
    "hope",
    "wish",
    "seek",
    "aim",
    "try",
    "strive",
    "attempt",
    "like",
    "look",
    "push",
    # bidding and offering: "seven states bid to host the secretariat", "offered to host"
    "bid",
    "vie",
    "compete",
    "offer",
    "volunteer",
}
# Verbs whose clause is hoped for, whatever its tense ("hope the round will produce a truce").
HOPING = {"hope", "wish", "pray"}
# Nouns of effort: their `to` complement is a goal ("efforts to reach a ceasefire", "a bid to
# broker talks", "hopes of a truce").
# (and nouns of intent and of asking: "Kerry's determination to broker a cease-fire", "calls to
# hold talks", "pressure to reach a truce")
EFFORT_NOUNS = {
    "effort", "attempt", "bid", "push", "drive", "hope", "quest", "campaign", "try",
    "determination", "intention", "desire", "willingness", "readiness", "ambition", "resolve",
    "pressure", "call", "appeal", "demand", "request",
}  # fmt: skip
# Verbs by which what is "for" is sought: "presses for a truce", "pushed for talks", "hopes
# for a ceasefire".
SEEKING_FOR = {
    "press", "push", "hope", "call", "appeal", "lobby", "plead", "pray", "wait", "clamor",
    "clamour", "campaign", "ask", "beg", "fight", "work", "strive", "angle", "argue",
}  # fmt: skip
# What a deal, plan or draft contains: its clauses are proposals, not occurrences.
CONTAINING = {
    "include",
    "involve",
    "envisage",
    "envision",
    "foresee",
    "provide",
    "contain",
    "entail",
}
DEAL_NOUNS = {
    "deal",
    "plan",
    "proposal",
    "agreement",
    "framework",
    "initiative",
    "draft",
    "text",
    "accord",
    "roadmap",
    "package",
    "offer",
    "terms",
}


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause the event word belongs to (itself when a verb), through an
    object, a preposition or a coordination."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def sought_for(tok: Token) -> bool:
    """`U.S. presses for truce in Syria`, `pushed for talks`: the object of "for" after a word
    of seeking is sought, not done (the headline's noun "presses" included)."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in SEEKING_FOR
        and prep.head.pos_ in ("VERB", "NOUN")
    )


# Adjectives of readiness: what they take as a `to` clause is offered, not done.
READY = {"ready", "willing", "prepared", "eager", "keen", "happy", "able", "unable", "unwilling"}


def wished(tok: Token) -> bool:
    """`Macron wants to hold a summit with Putin`, `efforts to reach a ceasefire`, `they hope
    the round will produce a truce`: the event word sits in a `to` clause of a verb of wishing
    or a noun of effort, or in the clause a verb or a noun of hoping governs."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in HOPING:
        return True  # "the mediators hope the new round will produce a truce"
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in HOPING:
        return True  # "voiced the hope that a treaty would be signed soon": the noun's clause
    if not is_to_clause(verb):
        return False
    if verb.dep_ == "xcomp" and head.lemma_.lower() in WISHING:
        return True
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in READY:
        return True  # "Budapest remained ready to host the talks": offered, not arranged
    if verb.dep_ == "xcomp" and _it_is_adjective(head):
        return True  # "it is impossible to hold meetings", "it is vital to hold talks"
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in EFFORT_NOUNS:
        return True
    # The parser may take the noun for the clause's subject ("Efforts to reach ...").
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in EFFORT_NOUNS for c in verb.children):
        return True
    # "The goal, he said, is to forge a durable cease-fire": what a goal is, is sought.
    return head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in EFFORT_NOUNS | GOAL_SUBJECTS
        for c in head.children
    )


def _it_is_adjective(verb: Token) -> bool:
    """`it is impossible / important to ...`: a judgement on what the `to` clause tells, which
    says nothing of its taking place."""
    return (
        verb.lemma_.lower() == "be"
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    )


GOAL_SUBJECTS = {"goal", "aim", "objective", "purpose", "task", "mission", "priority", "idea"}


def deal_content(tok: Token) -> bool:
    """`a deal that would include a six-week ceasefire and the release of hostages`, `the
    demands include an immediate ceasefire`: what a deal, plan, draft or demand contains is its
    content (a topic), not an occurrence."""
    obj = tok
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in CONTAINING:
        return False
    verb = obj.head
    holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" or (holder is not None and holder.lower_ in ("that", "which")):
        holder = verb.head
    return holder is not None and (
        holder.lemma_.lower() in DEAL_NOUNS | DEMAND_NOUNS
        or holder.lower_.removesuffix("s") in DEAL_NOUNS | DEMAND_NOUNS
    )


# What one side asks of another: what they include is asked for, not done ("the demands
# include an immediate ceasefire", "their conditions include a prisoner swap").
DEMAND_NOUNS = {"demand", "condition", "request", "precondition", "requirement"}


# Where a topic sits: "on the agenda", "on the table"; what it is: "the main topic".
AGENDA_NOUNS = {"agenda", "table", "topic", "focus", "subject", "theme", "issue", "question"}


def on_agenda(tok: Token) -> bool:
    """`A ceasefire was on the agenda of the talks`, `a truce was the main topic`: the event
    word is a topic of talks, not an occurrence."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    for c in verb.children:
        if c.dep_ == "attr" and c.lemma_.lower() in AGENDA_NOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ == "on":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in AGENDA_NOUNS for o in c.children):
                return True
    return False


# Verbs whose object is a thing sought or offered, not done: "a resolution demanding a
# ceasefire". (Apart from `ASKING_VERBS`, whose clause asks someone to act.)
SOUGHT_OR_OFFERED = {
    "demand",
    "request",
    "seek",
    "urge",
    "want",
    "propose",
    "suggest",
    "offer",
    "need",
}


def asked_for(tok: Token) -> bool:
    """`a resolution demanding a ceasefire`, `Kyiv proposed a prisoner swap`: the event word is
    the object of a verb of asking or offering (a demand or a proposal: the content of a
    statement, not an occurrence)."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in SOUGHT_OR_OFFERED


# Verbs of asking someone to act: their infinitive clause is what is asked ("urged them to
# meet"). (timeline_words keeps a near list of its own for now: one words module for both is
# left to the statement side.)
ASKING_VERBS = {"urge", "call", "ask", "demand", "press", "appeal", "request", "encourage"}


def demanded(tok: Token) -> bool:
    """`call upon the parties to agree to and implement a new ceasefire`, `urged them to
    meet`: the clause the word sits in is what someone asks for."""
    cur = tok.head if tok.dep_ in ("dobj", "pobj", "nsubjpass") else tok
    if cur.dep_ == "prep":
        cur = cur.head
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("xcomp", "ccomp", "advcl") and cur.head.lemma_.lower() in ASKING_VERBS:
            return is_to_clause(cur)
        if cur.dep_ not in ("conj", "xcomp"):
            return False
        if cur.dep_ == "conj" and cur.tag_ in ("VBD", "VBZ"):
            # "urged the embassy to reconsider and spoke with Pompeo": a finite verb is the
            # asker's own second act, whatever the parse joins it to.
            return False
        cur = cur.head
    return False


GOAL_NOUNS = {"aim", "goal", "objective", "purpose", "view"}


# Verbs by which a session works toward an outcome: what they take is the session's aim.
ACHIEVING = {
    "reach", "secure", "achieve", "clinch", "broker", "forge", "seal", "win", "hammer",
    "finalise", "finalize", "negotiate", "restore", "agree",
}  # fmt: skip
# Word forms of sessions whose purpose clause names an aim, not a second occurrence.
SESSION_FORMS = {
    "talks", "negotiations", "negotiation", "discussions", "consultations", "meeting",
    "meetings", "round", "mediation", "dialogue", "met", "meet", "meets", "negotiate",
    "negotiating",
}  # fmt: skip


def session_aim(tok: Token) -> bool:
    """`talks to reach a ceasefire`, `held talks in Doha to secure the release of hostages`:
    the object of a `to` clause of achieving under talks (or under the verb that holds them)
    is what the session works for, not an occurrence of its own."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lower_ not in ACHIEVING:
        return False
    if not is_to_clause(verb):
        return False
    holder = verb.head
    if verb.dep_ == "acl":
        return holder.lower_ in SESSION_FORMS
    if verb.dep_ not in ("advcl", "xcomp"):
        return False
    sessions = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
    sessions += [x for c in holder.children if c.dep_ == "prep" for x in c.children]
    return any(t.lower_ in SESSION_FORMS for t in sessions)


# Verbs and adjectives after which a `to` clause of achieving tells what was done ("managed to
# reach a truce", "were able to secure the release").
SUCCEEDING = {"manage", "succeed", "able", "help", "go"}


def infinitive_aim(tok: Token) -> bool:
    """`hoping to reach an agreement on a lasting ceasefire`, `calls for the sides to achieve a
    permanent truce`, `efforts to achieve calm and reach a ceasefire`: the object of a `to`
    clause of achieving (or the topic of that object) is an aim, whoever holds it and however
    the parse hangs the clause; not an occurrence. After a verb of success ("managed to reach
    a truce") it was achieved."""
    obj = tok
    if obj.dep_ == "pobj" and obj.head.lower_ in ("on", "for") and obj.head.dep_ == "prep":
        obj = obj.head.head  # "an agreement on a ceasefire": the agreement's topic
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    if obj.dep_ != "dobj" or obj.head.lower_ not in ACHIEVING:
        return False
    verb = obj.head
    while verb.dep_ == "conj" and not is_to_clause(verb) and verb.head.i != verb.i:
        verb = verb.head  # "to achieve calm, reach a ceasefire": the first verb has the `to`
    if not is_to_clause(verb):
        return False
    return verb.head.lemma_.lower() not in SUCCEEDING


def aimed_at(tok: Token) -> bool:
    """`with the aim of building to a permanent cessation of hostilities`: a goal named, not an
    occurrence."""
    return any(a.lemma_.lower() in GOAL_NOUNS and a.pos_ == "NOUN" for a in list(tok.ancestors)[:5])


# Verbs that keep someone from what their `from` phrase names ("discouraged him from paying a
# visit", "barred them from holding talks"): it did not happen.
PREVENTING = {"discourage", "prevent", "deter", "dissuade", "bar", "stop", "ban", "keep", "refrain"}


def kept_from(tok: Token) -> bool:
    """`discouraged her from paying a visit`: prevented, not done. (A goal approached,
    "moved towards the signing", is `event_modality.goal_of_other`'s.)"""
    for t in (tok, *list(tok.ancestors)[:2]):
        link = t.head
        if t.dep_ in ("pobj", "pcomp") and link.lower_ == "from":
            return link.head.lemma_.lower() in PREVENTING
    return False


# Verbs of an outcome, by the preposition that names it ("would lead to further talks", "may
# result in a summit"), in their bare and present forms: "led to", "resulted in" tell of one.
OUTCOME_PREPS = {"lead": "to", "leads": "to", "result": "in", "results": "in"}
# Adverbs that make a present-tense outcome a possibility ("perhaps will result in talks").
MAYBE = {"maybe", "perhaps", "possibly", "hopefully", "eventually"}


def outcome_ahead(tok: Token) -> bool:
    """`a truce that would lead to negotiations`, `is meant to result in a ceasefire`: what a
    step may bring about is a prospect, not an occurrence (the guidelines: no event for a
    mere possibility). The verb must be bare (after a modal or a `to`) or hedged; a headline's
    "Talks lead to truce" tells news."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "lead to talks and a truce"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if OUTCOME_PREPS.get(verb.lower_) != prep.lower_:
        return False
    return verb.tag_ == "VB" or any(c.lower_ in MAYBE for c in verb.children)


# Nouns whose `to` clause is a courtesy or a judgement told of a meeting, not the meeting ("an
# honour to come to Norland", "the privilege to meet her"); "time" only as "it is time to" or
# "took the time to" ("set a time to meet" arranges one).
REGARD_NOUNS = {"pleasure", "honour", "honor", "privilege"}
# Words that rank someone among the doers ("the only general to see the king"): a trait of
# the doer, told of a meeting the story names elsewhere.
RANKING = {"first", "last", "only"}
TAKING_TIME = {"take", "takes", "took", "taken", "taking"}


def told_as_trait(tok: Token) -> bool:
    """`Holm, the last premier to tour Southia`, `it is time to meet`, `the minister took
    the time to meet me`, `a privilege for us to host Lind`: the `to` clause says what
    marks someone or what is fitting, not an occurrence of its own."""
    if tok.pos_ != "VERB" or not is_to_clause(tok):
        return False
    head = tok.head
    if tok.dep_ == "advcl":  # "took the time during a busy week to meet me"
        return head.lower_ in TAKING_TIME and any(
            c.dep_ == "dobj" and c.lower_ == "time" for c in head.children
        )
    if tok.dep_ not in ("acl", "relcl") or head.pos_ != "NOUN":
        return False
    if head.lower_ == "time":
        return head.dep_ == "attr" or head.head.lower_ in TAKING_TIME
    return head.lower_ in REGARD_NOUNS or any(
        c.dep_ == "amod" and c.lower_ in RANKING for c in head.children
    )


# Adjectives by which a noun names an occurrence already arranged ("the upcoming summit", "his
# planned visit"): the clause around it may tell what it is for, what is hoped of it or what
# was discussed about it, but not that it is only sought.
ARRANGED_MODS = {"upcoming", "forthcoming", "planned", "scheduled"}


def arranged(head: Token) -> bool:
    """`ahead of the premier's upcoming trip`, `preparations for the forthcoming
    summit`: an event noun with an adjective of arrangement names a planned occurrence,
    whatever aim or discussion its clause tells of (only "no" on the noun itself denies it)."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(head.children)
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in kids):
        return False
    return any(c.dep_ == "amod" and c.lower_ in ARRANGED_MODS and c.i < head.i for c in kids)


# Prepositions of the occasion at which an act is done ("will raise it at the summit").
OCCASION_AT = {"at", "during"}
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"}


def occasion_of_act(head: Token) -> bool:
    """`wants to press for open trade at this year's summit`, `plans to raise the issue during
    the upcoming meeting`: a definite gathering named as the occasion of an act is presupposed
    to take place; the wish, plan or demand is of the act done at it, not of the gathering."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj":
        return False
    prep = head.head
    fringe = prep.head
    # "(will sign the accord) on the sidelines of the summit": an occasion, wherever hung.
    at_fringe = prep.lower_ == "of" and fringe.lower_ in SIDELINES and fringe.dep_ == "pobj"
    if not at_fringe and (
        prep.lower_ not in OCCASION_AT
        or prep.dep_ != "prep"
        or prep.head.pos_ not in ("VERB", "AUX")  # "the agreement at the summit": no act at it
    ):
        return False
    kids = list(head.children)
    if any(c.dep_ == "det" and c.lower_ not in DEFINITE for c in kids):
        return False  # "at a meeting", "at no summit": not one already arranged
    return any(c.dep_ in ("det", "poss") for c in kids) or head.pos_ == "PROPN"


def not_an_occurrence(head: Token) -> bool:
    """The clause tells the word as no occurrence: negated, hypothetical, demanded, sought,
    wished, discussed, on an agenda, the content of a deal, or a modifier of another noun;
    a noun of an arranged occurrence ("the upcoming summit") is one, whatever its clause."""
    if arranged(head) or occasion_of_act(head) or called_off_by_negation(head):
        return False  # (an arranged occurrence called off is one, `cancelled`)
    text = head.head
    if head.dep_ == "compound" and text.lemma_.lower() in TEXTS and not_an_occurrence(text):
        # "worked toward a ceasefire accord", "no truce deal was reached": the agreement's
        # text names the occurrence, and what its clause tells of the text is told of it.
        return True
    return (
        negated_or_hypothetical(head)
        or demanded(head)
        or aimed_at(head)
        or goal_of_other(head)
        or discussed(head)
        or wished(head)
        or sought_for(head)
        or session_aim(head)
        or infinitive_aim(head)
        or deal_content(head)
        or on_agenda(head)
        or asked_for(head)
        or modifies_other(head)
        or kept_from(head)
        or outcome_ahead(head)
        or told_as_trait(head)
    )

"""Whether an event word names what is proposed: "proposed a truce", "a plan for talks",
"calls for a ceasefire" (a proposal, the topic of an event or the content of a statement, not an
event of its own), as opposed to an occurrence that only dates the proposal ("proposed new
curbs in the wake of a shooting", "before the talks").

Input: the trigger's head token. Output: whether it sits in a proposal's content.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import MEANS_PREPS  # ("resolve the dispute through negotiations")
from kg.extract.event_modality import PROPOSAL_WORDS
from kg.extract.event_tellings import dated_below

CALL_FOR = {"call", "calls", "called", "calling", "appeal", "appeals"}


# Prepositions and nouns that place a proposal in time ("after the talks", "amid the fighting",
# "in the wake of a shooting", "on the eve of the summit"): what they govern is no proposal.
PROPOSAL_TIME_PREPS = {
    "before",
    "after",
    "during",
    "since",
    "at",
    "following",
    "amid",
    "amidst",
    "until",
}
OCCASION_TIME_NOUNS = {"wake", "aftermath", "eve", "run-up", "sidelines", "margins", "course"}


# Nouns that call something a means to an end: "talks are the sole road to peace".
MEANS_NOUNS = {"way", "path", "means", "mechanism", "option", "alternative", "route", "avenue"}
# Verbs that join a subject to what it is called ("are", "remain").
COPULAS = {"be", "remain"}


def told_as_means(tok: Token) -> bool:
    """The event noun is named as a means, not told as an occurrence: the bare or indefinite
    object of "through" ("settle the dispute through peaceful negotiations"), or the subject
    of a copula whose predicate calls it a way or a mechanism ("talks are the sole road to
    peace"). Either
    recommends the process (a proposal, the content of a statement); neither tells a session
    held or arranged."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in MEANS_PREPS:
        # (not an occurrence the noun points at: "through the May 3 signing", "through the
        # talks": one told, by which something came about)
        return not (
            dated_below(tok, near=True)
            or any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)
        )
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.lemma_.lower() in COPULAS
        and any(c.dep_ == "attr" and c.lemma_.lower() in MEANS_NOUNS for c in verb.children)
    )


def proposal_context(tok: Token) -> bool:
    if told_as_means(tok):
        return True
    if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN"):
        return False  # "the initiative, signed by both on Friday": done to a proposal
    prev = tok
    for a in list(tok.ancestors)[:6]:
        if prev.dep_ == "prep" and prev.lower_ in PROPOSAL_TIME_PREPS:
            return False  # "proposed a truce before the talks": the talks are no proposal
        if prev.dep_ == "pobj" and prev.lower_ in OCCASION_TIME_NOUNS:
            return False  # "in the wake of a shooting, X proposed ...": the time of the proposal
        if a.lower_ in PROPOSAL_WORDS and a.lower_ != "plan":
            return True
        if (
            a.lower_ in ("plan", "plans")
            and a.i < tok.i
            and prev.dep_ in ("prep", "pobj")
            and prev.lower_ == "for"
        ):
            # "a plan for talks" proposes them; "plans for visits next month" schedule them,
            # the occurrence with a day of its own (arranged: the guidelines' `planned`)
            return not dated_below(tok, near=True)
        if a.lower_ in CALL_FOR and prev.lower_ == "for":
            return True
        if a.lower_ in ("includes", "include", "included", "including") and any(
            x.lower_ in PROPOSAL_WORDS or x.lower_ in ("plan", "plans") for x in a.ancestors
        ):
            return True
        prev = a
    return False

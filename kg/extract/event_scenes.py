"""Who takes part in a gathering by acting at it, where the gathering word's own phrase names
no one: who does what a relative clause of place tells ("a summit where the presidents signed
the treaty"), and who acts at a part of it ("at the opening of the summit, X said").

Also when a verb of holding does not hold a gathering its clause names: "held talks in the
run-up to a summit" holds the talks, not the summit.

And who a sentence lists as attending ("Among those attending were A and B"), for the
gathering told in it or just before.

Input: the gathering word's token (or the parsed `Doc` with the mentions). Output: the tokens
of the doers' phrases, or the token of the part the clause places its act at (or the mentions
with the attendees added as delegates).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.event_mention import Mention
from kg.extract.event_triggers import TRIGGERS
from kg.extract.index import ActorIndex
from kg.extract.timeline_words import clause_verb
from kg.nlp import sentences

# Parts and edges of a gathering at which someone acts at it ("at the opening of the summit",
# "on the sidelines of the talks", "during the closing session of the conference").
PARTS = frozenset(
    {"opening", "close", "closing", "end", "start", "beginning", "sideline", "sidelines",
     "margin", "margins", "session", "ceremony", "part", "day", "eve", "conclusion"}
)  # fmt: skip
# Relative words by which a clause tells what happened at the gathering.
PLACE_RELATIVES = frozenset({"where", "at which", "during which", "in which"})


def part_of_gathering(head: Token) -> Token:
    """The noun of the part of the gathering `head` names, when the gathering word names whose
    part it is ("the opening of the summit": `opening`), else `head` itself."""
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PARTS:
        return prep.head
    return head


# Pronouns by which a clause of place names the gathering's own people ("talks with X at
# which they signed a memorandum"): who "they" are is who gathered.
GATHERED_PRONOUNS = frozenset({"they", "we"})


def _of_place(clause: Token) -> bool:
    """The relative clause opens with its relative word of place ("where", "at which")."""
    first = clause.left_edge
    opening = first.lower_ if first.lower_ == "where" else ""
    if first.dep_ == "prep" and first.i + 1 < len(first.doc):
        opening = f"{first.lower_} {first.doc[first.i + 1].lower_}"
    return opening in PLACE_RELATIVES


def where_doers(head: Token) -> list[Token]:
    """The subjects of a relative clause of place on the gathering word ("an AU summit where
    on Sunday the presidents of X and Y signed the treaty"): they acted at it. Not "they":
    the gathering's own people, whom its own phrase names (`gathered_by_pronoun`)."""
    out: list[Token] = []
    for clause in head.children:
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if _of_place(clause):
            out.extend(
                c
                for c in clause.children
                if c.dep_ == "nsubj" and c.lower_ not in GATHERED_PRONOUNS
            )
    return out


def gathered_by_pronoun(verb: Token) -> Token | None:
    """The gathering word a relative clause of place hangs on, when its subject is "they"
    ("after talks with X at which they signed a memorandum", "a ceremony where they signed
    the accord"): those who act in the clause are the gathering's people, so its parties are
    the act's. None otherwise."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i or not _of_place(verb):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in GATHERED_PRONOUNS for c in verb.children):
        return None
    return verb.head


def visited_with(head: Token) -> list[Token]:
    """Who the visitor deals with where a visit's verb goes ("visited Moscow on Tuesday, where
    he discussed the talks with Putin"): the "with" phrases of a relative clause of place on
    the visit's place or day (the parse hangs it on either), when they name a person. The
    visit is the meeting with them."""
    anchors = [c for c in head.children if c.dep_ == "dobj"]
    for prep in (c for c in head.children if c.dep_ == "prep"):
        anchors.extend(x for x in prep.children if x.dep_ == "pobj")
    clauses = [
        clause
        for anchor in anchors
        for clause in anchor.children
        if clause.dep_ == "relcl" and clause.left_edge.lower_ == "where"
    ]
    # A person dealt with, not what is about a state ("spoke on relations with Russia").
    return [
        t
        for c in clauses
        for t in c.subtree
        if t.lower_ == "with"
        and clause_verb(t) == c
        and any(x.dep_ == "pobj" and x.ent_type_ == "PERSON" for x in t.children)
    ]


# Words that make a sentence a list of who attended ("Among those attending were ...",
# "Participants included ...", "Also present were ...").
ATTENDING = frozenset(
    {"attend", "attending", "attendee", "participant", "participate", "participating",
     "present", "guest", "delegate"}
)  # fmt: skip
LIST_VERBS = frozenset({"be", "include"})
# How many sentences back a list of attendees still tells of the last gathering told.
ATTENDEE_REACH = 2
GATHERINGS = frozenset({"meeting", "negotiation_round"})


def attendee_phrases(sent: SpacySpan) -> list[Token]:
    """The phrases a sentence lists as who attended ("Among those attending were A and B",
    "Participants included A and B"): the subject, object or attribute of its main verb that
    is not the phrase of attending itself; empty for any other sentence."""
    root = sent.root
    if root.lemma_.lower() not in LIST_VERBS:
        return []
    slots = [c for c in root.children if c.dep_ in ("nsubj", "dobj", "attr", "prep", "acomp")]
    told = [c for c in slots if any(_attending(t) for t in c.subtree)]
    if not told:
        return []
    return [c for c in slots if c not in told and c.dep_ in ("nsubj", "dobj", "attr")]


def _attending(tok: Token) -> bool:
    return tok.lower_ in ATTENDING or tok.lemma_.lower() in ATTENDING


def add_attendees(doc: Doc, mentions: list[Mention], actors: ActorIndex) -> None:
    """The people and bodies a sentence lists as attending take part in the gathering of that
    sentence, else in the last one told within `ATTENDEE_REACH` sentences before it (as
    delegates: parties that are no sign of which occurrence it is)."""
    for m in mentions:
        if m.definite and m.kind in GATHERINGS and _attended(doc, m):
            # "The meeting was attended by the ambassador and the deputy minister": who was
            # there, no sign that it is another meeting than the one told before.
            m.delegates.extend(a for a in m.participants if a not in m.delegates)
            m.participants = []
    sents = sentences(doc)
    for k, sent in enumerate(sents):
        phrases = attendee_phrases(sent)
        if not phrases:
            continue
        named: list[str] = []
        for p in phrases:
            for t in p.subtree:
                named.extend(a for a in actors.all_at(t.idx, t.idx + len(t)) if a not in named)
        if not named:
            continue
        start = sents[max(0, k - ATTENDEE_REACH)].start_char
        before = [
            m for m in mentions if m.kind in GATHERINGS and start <= m.trigger[0] < sent.end_char
        ]
        for m in before[-1:]:
            m.delegates.extend(a for a in named if a not in m.delegates)


def _attended(doc: Doc, m: Mention) -> bool:
    """The gathering word is the passive subject of "attended" ("the meeting was attended
    by ...")."""
    span = doc.char_span(*m.trigger, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    return head.dep_ == "nsubjpass" and head.head.lemma_.lower() == "attend"


def holds_another(verb: Token, head: Token) -> bool:
    """ "held talks on Monday in the run-up to a summit next month": the verb holds the event
    word its clause names first; a later one the parse reaches only through a preposition (a
    time or a place of the first) is not held by the verb's subject. Not the first word's own
    phrase ("held the first round of talks" holds the talks), nor a gathering at a part of
    which the first is held (its margins, its opening)."""
    if head.dep_ != "pobj" or part_of_gathering(head) is not head:
        return False  # "held a meeting on the margins of a conference": acts at the conference
    for t in verb.doc[verb.i + 1 : head.i]:
        if not any(p.fullmatch(t.text) for p, _k in TRIGGERS):
            continue
        up = head  # up through "of" phrases: "round of talks" names one occasion
        while up.i != t.i and up.dep_ == "pobj" and up.head.lower_ == "of":
            up = up.head.head
        if up.i != t.i:
            return True
    return False

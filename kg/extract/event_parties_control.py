"""Who does what a verb's clause tells, when that verb has no subject of its own: the subject
of the verb it hangs from ("Armenia and Azerbaijan agreed to exchange prisoners"), or, under a
verb of sending or asking, that verb's object ("the US sent Secretary Pompeo to join the
meeting": Pompeo joins, for the US that sent him)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.statements import SPEECH_VERBS

# Verbs whose object, not subject, does what their infinitive says: "invited Lula to visit".
OBJECT_CONTROL = {"enable", "allow", "invite", "ask", "permit", "help", "bring", "encourage"}
# Verbs of sending an envoy: the sender takes part through the one it sends.
SEND_VERBS = {"send", "dispatch", "delegate", "mandate", "task", "appoint"}
# ("acomp": through the adjective of "X is due to hold talks" to the subject of "is".)
CLIMB_DEPS = ("advcl", "conj", "xcomp", "acomp")
# Double quotation marks (an apostrophe may close a possessive: "the ministers’ talks").
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "«", "»"})


def doers(verb: Token) -> list[Token]:
    """The subjects of `verb`, else, climbing the clauses it hangs from, those of the first
    verb with one; through an infinitive under a verb of sending or asking, that verb's object
    (and, for sending, the sender too)."""
    found = [c for c in subjects(verb) if not across_quote(c, verb)]
    while not found and verb.dep_ in CLIMB_DEPS and verb.head.i != verb.i:
        via_infinitive = verb.dep_ == "xcomp"
        verb = verb.head
        lemma = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if via_infinitive and obj is not None and lemma in OBJECT_CONTROL | SEND_VERBS:
            return [obj, *doers(verb)] if lemma in SEND_VERBS else [obj]
        # "X is expected to meet Y": up from an infinitive, a passive subject is who does it
        deps = ("nsubj", "nsubjpass") if via_infinitive else ("nsubj",)
        found = [c for c in subjects(verb, deps) if not across_quote(c, verb)]
    return found


def subjects(verb: Token, deps: tuple[str, ...] = ("nsubj",)) -> list[Token]:
    """The subjects of `verb`, and those the parse hung on its auxiliary when an adverbial
    stands between them ("X had earlier on Tuesday held talks with Y": the parser makes X the
    subject of "had")."""
    found = [c for c in verb.children if c.dep_ in deps]
    if found:
        return found
    return [s for a in verb.children if a.dep_ == "aux" for s in a.children if s.dep_ in deps]


def across_quote(subj: Token, verb: Token) -> bool:
    """A quotation opens (or closes) between the subject and its verb: the parse joined a
    phrase outside the quotation to a verb inside it ('Quote from a source in the ministry:
    "The meeting took place"'), whose doer is the quotation's own subject, not the source."""
    lo, hi = sorted((subj.right_edge.i if subj.i < verb.i else subj.left_edge.i, verb.i))
    marks = sum(1 for t in subj.doc[lo + 1 : hi] if t.text in QUOTE_MARKS)
    return marks % 2 == 1


def reporting_side(head: Token) -> Token | None:
    """The speaker who tells of talks "with" someone and of no other side: the other side
    ("Lavrov said the talks with Rubio were useful": Lavrov talked with Rubio). A party named
    on the word's own side ("the talks between A and B", "his talks with") leaves none."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = list(head.children)
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ != "ADJ" for c in kids):
        return None
    if any(c.dep_ == "amod" and (c.ent_type_ or c.is_title) for c in kids):
        return None  # "the Russian talks with ..."
    clause = head.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lower_ not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and head not in c.subtree for c in clause.children):
        return None  # "X tweeted that Y was holding a meeting with Z": Y met Z, X only tells
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)

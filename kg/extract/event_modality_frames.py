"""Frames above an event word that make it no occurrence: a condition ("if the accord is
signed", "unless the mediators agree to reopen talks") or a contrast ("rather than a
truce"). What such a frame governs is a possibility or a topic of the clause, a statement's
content at most, not an event (the guidelines: "not for mere possibilities or proposals").

Input: the head token of an event word. Output: predicates `event_modality` asks.
"""

from __future__ import annotations

from spacy.tokens import Token

# Subordinators of a condition: what their clause tells holds only if the condition does.
CONDITION_MARKS = {"if", "unless"}
# Two-word openers of an alternative the clause sets aside.
CONTRAST_OPENERS = {("rather", "than"), ("instead", "of")}
# How far up the tree a word's own phrase is read (the noun, its preposition, the verb).
PHRASE_DEPTH = 3


def _condition_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKS and not _concessive(c)
        for c in verb.children
    )


def _concessive(mark: Token) -> bool:
    """`even if the rebels stay away`: a concession, the main clause holds whatever it says."""
    return mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even"


def under_condition(tok: Token) -> bool:
    """`unless the envoy agrees to reopen negotiations`: the word lies inside a condition.
    A clause that only carries one ("will resume talks on Monday if the truce holds") still
    tells what is arranged or expected, a planned event (the guidelines)."""
    return any(_condition_clause(a) for a in [tok, *tok.ancestors])


def contrasted_away(tok: Token) -> bool:
    """`wants a final settlement rather than another brief truce`: the phrase of the word
    opens with "rather than" or "instead of", the alternative not taken."""
    doc = tok.doc
    for t in [tok, *tok.ancestors][:PHRASE_DEPTH]:
        i = t.left_edge.i
        if i >= 2 and (doc[i - 2].lower_, doc[i - 1].lower_) in CONTRAST_OPENERS:
            return True
    return False

"""The members of a coordination of noun phrases: "A, B, C and D" read as four parties.

spaCy chains the conjuncts of a list rather than hanging them all on the first: in "A, B, C
and D acted" B hangs on A, C on B and D on C, so a reader that takes only the `conj` children
of the first name keeps two of the four. A list whose second member the parser took for an
apposition ("A, the B, C and D") hangs the rest on that apposition, out of reach of both.

Input: the head token of a noun phrase. Output: that token and every later member of its
coordination (`members`), nouns only: an "and" that joins clauses ("A cut ties and B
protested") or a verb the parser joined to a noun starts no member.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actor_lists import listed_after_name

# Parts of speech of a phrase that can name a party ("Lavrov", "the ministers", "he").
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# Children that make a noun the head of a clause of its own ("A is an ally and B a rival").
CLAUSE_CHILDREN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "cop"})


def nominal_member(tok: Token) -> bool:
    """A noun joined as a party, not the head of a clause of its own."""
    return tok.pos_ in NOMINAL and not any(c.dep_ in CLAUSE_CHILDREN for c in tok.children)


def members(tok: Token) -> list[Token]:
    """`tok` and the members of the coordination it heads or opens, in text order: its
    `conj` chain followed to the end (not only its direct `conj` children), and a list the
    parser hung on a name as an apposition ("A, the B, C and D": B, C and D). An earlier
    conjunct is not taken: a caller that holds a later member ("C") means that one on."""
    out = [tok]
    todo = [c for c in tok.children if c.dep_ == "conj" and nominal_member(c)]
    todo += [c for c in tok.children if c.dep_ == "appos" and listed_after_name(c)]
    while todo:
        cur = todo.pop(0)
        if cur in out:
            continue
        out.append(cur)
        todo += [c for c in cur.children if c.dep_ == "conj" and nominal_member(c)]
    return sorted(out, key=lambda t: t.i)

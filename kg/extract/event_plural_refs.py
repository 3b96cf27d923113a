"""Who a plural pronoun at an event's place stands for: the group its sentence names before it
("Lind and Ode discussed fishing rights during their meeting": both; "talks between rival factions
as they began": unnamed factions, no party), not the one actor the discourse stage picks for
a pronoun ("they" taken for the envoy who speaks of the factions).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coordination import members
from kg.extract.index import ActorIndex, Mention

PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
# Pronouns that open a relative clause about the people before them.
RELATIVE_PRONOUNS = {"who", "which", "that"}
# The places of a group a later plural pronoun points back to: a subject, who acts by or with
# ("made by the rebels to their handlers", "talks between the factions as they began").
GROUP_DEPS = {"nsubj", "nsubjpass"}
GROUP_PREPS = {"by", "between", "among", "with"}
# The discourse stage's references that stand for one party ("she", "the envoy", "the
# ministry"); "the sides" and texts stand for no single party of an event.
PARTY_REFS = {"pronoun", "role", "body", "member"}


def party_ref(tok: Token, actors: ActorIndex) -> Mention | None:
    """The discourse stage's reference to one party that covers `tok`, if any."""
    return next(
        (m for m in actors.refs if m.kind in PARTY_REFS and m.start <= tok.idx < m.end), None
    )


def plural_group(pron: Token, actors: ActorIndex) -> list[str] | None:
    """The actors of the nearest group before the plural pronoun `pron` in its sentence (a
    coordination or a plural noun), an empty list when that group names no one; None when the
    sentence has no such group before it (the discourse stage's reading then stands)."""
    if pron.lower_ not in PLURAL_PRONOUNS:
        return None
    group = next(
        (t for t in reversed(pron.sent[: pron.i - pron.sent.start]) if _group(t, actors)), None
    )
    if group is None:
        return None
    out: list[str] = []
    for t in _own_words(group):
        found = actors.all_at(t.idx, t.idx + len(t))
        if not found:
            ref = party_ref(t, actors)
            found = [ref.actor] if ref is not None else []
        out.extend(a for a in found if a not in out)
    return out


def relative_group(pron: Token, actors: ActorIndex) -> list[str] | None:
    """Every name of a coordination a relative pronoun's clause hangs on: in "it hosted Lind
    and Ode, who held talks there" the parse hangs the clause on the first conjunct, the head
    of the pair, and "who" is both; None when the clause hangs on a single name or on the last
    conjunct alone ("met Lind and Ode, who spoke after": Ode), where one party stands."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.lower_ not in RELATIVE_PRONOUNS:
        return None
    clause = pron.head
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    ante = clause.head
    group = [ante, *(t for t in members(ante) if t.i != ante.i and t.pos_ in ("NOUN", "PROPN"))]
    if ante.dep_ == "conj" or len(group) < 2:
        return None
    out: list[str] = []
    for member in group:
        found = actors.all_at(member.left_edge.idx, member.idx + len(member))
        out.extend(a for a in found[:1] if a not in out)
    # A coordination of which the text names fewer than two is no group of named parties.
    return out if len(out) >= 2 else None


def _group(tok: Token, actors: ActorIndex) -> bool:
    """A phrase that stands for several: a subject or a party by a preposition that is plural
    or joins names ("A and B"); an object only when it names someone ("wished the leaders of
    A and B success ahead of their summit"), not a thing ("held talks of their forces")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    several = tok.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children
    )
    if not several:
        return False
    if tok.dep_ in GROUP_DEPS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in GROUP_PREPS:
        return True
    return tok.dep_ == "dobj" and any(actors.all_at(t.idx, t.idx + len(t)) for t in _own_words(tok))


def _own_words(tok: Token) -> list[Token]:
    """The words of the phrase headed by `tok`, without the clauses hung on it."""
    skip: set[int] = set()
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            skip.update(x.i for x in t.subtree)
    return [t for t in tok.subtree if t.i not in skip]

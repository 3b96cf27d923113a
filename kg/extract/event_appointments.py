"""Offices given and taken: a named person appointed or named to a post ("the diplomat was
appointed to the envoy's post on Friday", "the president named her as mediator in March"),
or taking office ("took office in June", "was sworn in on Monday"). Stories of talks tell
them when a new envoy, mediator or head of delegation enters; the guidelines count such an
act, done in story time by or to a named party, as an `other` event with the appointee, the
one who appointed and the body of the post as parties.

The same words also name no act: a modifier ("the newly appointed envoy"), a time clause that
only dates another act ("since he was appointed"), a name given to a thing ("a platform
named after him"), an aim ("is expected to be named"). So only a finite past verb counts, in
a clause of its own, whose appointee is a person the parse names, and for "appointed" or
"named" only with the post it gives ("as", "to", a role noun).

Input: a trigger's head token and the `ActorIndex`. Output: whether it tells such an act
(`took_post`) and the parties its clause names (`post_parties`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.index import ActorIndex
from kg.extract.speech_acts import actors_of
from kg.model import EventKind

APPOINTMENT_TRIGGERS: tuple[tuple[re.Pattern[str], EventKind], ...] = (
    (
        re.compile(
            r"\b(?:appointed|named)\b(?! after\b)|\b(?:took|assumed) office\b|\bsworn in\b",
            re.I,
        ),
        "other",
    ),
)
GIVING_VERBS = frozenset({"appoint", "name"})
TAKING_VERBS = frozenset({"take", "assume", "swear"})
# Clauses that only date or explain another act: "since he was appointed", "when she took
# office" (the act told is the main clause's).
TIME_MARKS = frozenset({"since", "after", "before", "when", "until", "once", "as", "because"})
# Dependents that give the post: "as mediator", "to the post", "named him envoy".
POST_DEPS = frozenset({"oprd", "xcomp", "attr", "npadvmod", "dobj"})


def _finite_past(verb: Token) -> bool:
    """`appointed`, `was named`, `has taken` (not "to be named", "will be sworn in", "the
    appointed envoy")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("amod", "compound", "acl", "xcomp"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("TO", "MD") for c in aux):
        return False
    if verb.tag_ == "VBD":
        return True
    done = ("was", "were", "has", "have", "had")
    return verb.tag_ == "VBN" and any(c.lower_ in done for c in aux)


# Nouns of people in office that may stand for the appointee ("the envoy took office").
OFFICE_HOLDERS = frozenset(
    {"envoy", "mediator", "minister", "president", "ambassador", "negotiator", "diplomat",
     "representative", "secretary", "chairman", "chairperson", "chair", "commander", "leader",
     "premier", "chief", "head", "governor", "lawyer", "general"}
)  # fmt: skip


def _person(tok: Token | None) -> bool:
    """A person the parse names in the phrase ("the former envoy Ana Ruiz"), a pronoun of
    one, or a noun of a person in office."""
    if tok is None:
        return False
    if tok.lower_ in ("he", "she") or tok.lemma_.lower() in OFFICE_HOLDERS:
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON"):
        return True  # a name the tagger gave no other type (it misses rare names' type)
    return any(t.ent_type_ == "PERSON" for t in tok.subtree)


def _appointee(verb: Token) -> Token | None:
    """Who got the post: the passive subject ("X was appointed"), the object of giving
    ("appointed X"), the subject of taking ("X took office")."""
    lemma = verb.lemma_.lower()
    deps = ("nsubjpass",) if lemma == "swear" else ("nsubjpass", "nsubj")
    if lemma in GIVING_VERBS:
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        deps = ("nsubjpass",) if passive else ("dobj",)
    return next((c for c in verb.children if c.dep_ in deps), None)


def _gives_post(verb: Token, appointee: Token) -> bool:
    for c in verb.children:
        if c.i == appointee.i:
            continue
        if c.dep_ == "prep" and c.lower_ in ("as", "to"):
            return True
        if c.dep_ in POST_DEPS:
            return True
    return False


def took_post(head: Token) -> bool:
    """`X was appointed to the post`, `Y named X as mediator`, `X took office in June`, `X was
    sworn in`: an office given or taken, done (see the module docstring)."""
    verb = head
    lemma = verb.lemma_.lower()
    if lemma not in GIVING_VERBS | TAKING_VERBS or not _finite_past(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return False
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and verb.i > verb.head.i:
        return False  # "... had met him after being appointed": dating the main clause's act
    appointee = _appointee(verb)
    if appointee is None or not _person(appointee):
        return False
    if lemma in GIVING_VERBS:
        return _gives_post(verb, appointee)
    return True


def post_parties(head: Token, actors: ActorIndex) -> list[str]:
    """The appointee, the one who appointed (the subject of "appointed X", the agent of "was
    named by Y") and the actors the post's own phrase names ("to the UN post")."""
    found: list[Token] = []
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            found.append(c)
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("to", "as", "by", "from")):
            found += [x for x in c.children if x.dep_ == "pobj"]
    out: list[str] = []
    for tok in found:
        out.extend(a for a in _named(tok, actors) if a not in out)
    return out


def _named(tok: Token, actors: ActorIndex) -> list[str]:
    """The actor the word stands for ("the envoy", resolved by the discourse stage), else those
    its phrase names ("former ambassador and lawyer X": X)."""
    who = actors.resolve(tok.idx, tok.idx + len(tok))
    if who is not None:
        return [who]
    sub = list(tok.subtree)
    return actors_of(tok, actors) or actors.all_at(sub[0].idx, sub[-1].idx + len(sub[-1]))

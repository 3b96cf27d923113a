"""Pairs: actors the text names together, so that a plural description that follows ("the two
sides", "the ministers", "the leaders") names the group, and its first party speaks for it.

A group is named by coordination ("X and his counterpart Y met", "led by X, Y and Z") or by an
encounter whose subject has a partner ("X phoned Y", "X held a conversation with Y", "X met
with his counterpart Y"): the first named, or the subject, comes first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

from kg.extract.discourse_words import SUBJECT_DEPS, definite
from kg.extract.roles import is_role_word
from kg.model import Actor

# Plural descriptions of the people of a group ("the ministers agreed", "the heads of state
# noted", "the politicians agreed").
GROUP_PEOPLE = {"leader", "minister", "president", "head", "politician", "diplomat"}


class Pairs:
    """The first of the last pair the text named together, and the sentence it did so in."""

    def __init__(self, named: Mapping[int, str], actors: Mapping[str, Actor], reach: int) -> None:
        self.named, self.actors, self.reach = named, actors, reach
        self.last: tuple[str, int] | None = None

    def see(self, tok: Token, n: int) -> None:
        """Note the name at `tok` (sentence `n`) if it opens a pair (the first in a sentence).
        A pair named only as what a noun is about ("issues related to the normalization of
        relations between Armenia and Azerbaijan were discussed") leaves the parties in view
        ("Pashinyan met Michel ... The sides referred to") in place."""
        if self.last is not None and (self.last[1] == n or n - self.last[1] <= self.reach):
            if self.last[1] == n or (_topic_of_noun(tok) and not self._met(tok)):
                return
        if names_pair(tok, self.named, self.actors):
            self.last = (self.named[tok.i], n)

    def _met(self, tok: Token) -> bool:
        """Whether the person named at `tok` is one of those an encounter noun names ("the
        first meeting of X and Y took place"): the people who met, no topic."""
        return self.actors[self.named[tok.i]].type == "Person" and _of_encounter(tok)

    def first(self, n: int, person: bool = False) -> str | None:
        """The first of the pair in view from sentence `n` (only of people, if `person`)."""
        if self.last is None or n - self.last[1] > self.reach:
            return None
        actor = self.last[0]
        return actor if not person or self.actors[actor].type == "Person" else None

    def keeps_group(self, since: int, n: int) -> bool:
        """Whether a group described in sentence `since` is still in view in sentence `n`:
        near, and no pair named after it ("The chiefs of X and Y agreed ... X's minister met
        Y's. They discussed": "they" are the pair named last, not the group)."""
        return n - since <= 2 and not (self.last is not None and self.last[1] > since)

    def first_state(self, n: int) -> str | None:
        """The state of the first of the pair in view ("X and Y spoke. Both nations ...": X's
        if X is a state, else the state X holds an office of)."""
        first = self.first(n)
        if first is None or self.actors[first].type == "Country":
            return first
        states = [r.of for r in self.actors[first].roles if r.of in self.actors]
        return next((s for s in states if s and self.actors[s].type == "Country"), None)


def _topic_of_noun(tok: Token) -> bool:
    """Whether the name is the object of a preposition on a noun ("relations between X and
    Y", "the talks of X and Y"); not of `by`, which names who did it ("objections by X and
    Y": the parties that objected)."""
    return (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.lower_ != "by"
        and tok.head.head.pos_ == "NOUN"
    )


def _kind(actor: Actor) -> str:
    return "person" if actor.type == "Person" else "party"


def _named_at(tok: Token, named: Mapping[int, str]) -> str | None:
    """The actor named at `tok`, or beside it ("his counterpart Vladimir Putin")."""
    actor = named.get(tok.i)
    if actor is not None:
        return actor
    for c in tok.children:
        if c.dep_ in ("appos", "compound", "flat") and c.i > tok.i and c.i in named:
            return named[c.i]
    if is_role_word(tok.text):
        # ("met with the President of the European Council Charles Michel": the parser
        # hangs the name in the title's `of`.)
        of = [o for p in tok.children if p.lower_ == "of" for o in p.children]
        people = [o for o in of if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
        return next((named[o.i] for o in people if o.i in named), None)
    return None


def names_pair(tok: Token, named: Mapping[int, str], actors: Mapping[str, Actor]) -> bool:
    """Whether the actor named at `tok` is the first of a pair the text names together."""
    actor = named[tok.i]
    kind = _kind(actors[actor])

    def partner(t: Token) -> bool:
        other = _named_at(t, named)
        return other is not None and other != actor and _kind(actors[other]) == kind

    if _headline_pair(tok, named, partner):
        return True
    # Down coordinations and the descriptions set beside each name ("X, Minister of State,
    # Y, Minister of Foreign Affairs, and Z": the parser hangs the names on the titles).
    todo = [c for c in tok.children if c.dep_ in ("conj", "appos")]
    while todo:
        c = todo.pop()
        if c.dep_ == "conj" and partner(c):
            return True
        todo += [x for x in c.children if x.dep_ in ("conj", "appos")]
    if kind == "person" and _listed_with(tok, partner):
        return True
    # (A misparse hangs the name on its title, "President of X Ann Varga held talks": the
    # title is the subject.)
    while tok.dep_ == "pobj" and tok.head.head.dep_ in ("nsubj", "pobj"):
        if not is_role_word(tok.head.head.text):
            break
        tok = tok.head.head
    if tok.dep_ != "nsubj":
        return False
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    # ... and the clauses the subject goes on into ("X was on the phone to speak with Y",
    # "X travelled to Z to meet with Y"): a verb with no subject of its own is X's.
    verbs += [c for v in verbs for c in v.children if _subjectless_clause(c)]
    for verb in verbs:
        for c in verb.children:
            # (The parser may hang a name after its title as a modifier of the verb: "met her
            # counterpart X" as "met her counterpart" and "X".)
            if c.dep_ in ("dobj", "npadvmod") and (partner(c) or _with_partner(c, partner)):
                return True
            if kind == "person" and c.dep_ == "dobj" and _with_people(c):
                return True  # ("X had consultations with representatives of the mediators")
        if _with_partner(verb, partner):
            return True
    return False


def _headline_pair(tok: Token, named: Mapping[int, str], partner: Callable[[Token], bool]) -> bool:
    """ "Chile, Peru hold border talks": a headline opening on two names a comma joins names
    the pair, the first first (the parser makes the second the subject and hangs the first on
    it)."""
    doc = tok.doc
    if tok.sent.start != 0 or any(named.get(t.i) != named[tok.i] for t in doc[: tok.i]):
        return False
    k = tok.i + 1
    while k < tok.sent.end and named.get(k) == named[tok.i]:
        k += 1  # past the first name's other words ("South Korea, Japan ...")
    return k + 1 < tok.sent.end and doc[k].text == "," and partner(doc[k + 1])


def _subjectless_clause(tok: Token) -> bool:
    return (
        tok.dep_ in ("xcomp", "advcl")
        and tok.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _with_partner(head: Token, partner: Callable[[Token], bool]) -> bool:
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            if any(x.dep_ == "pobj" and partner(x) for x in c.children):
                return True
    return False


# Those an official holds talks with when the story does not name them.
COUNTERPARTS = {"representative", "official", "delegation", "counterpart", "envoy", "member"}
ENCOUNTERS = {"talk", "consultation", "meeting", "conversation", "call", "negotiation"}


def _with_people(noun: Token) -> bool:
    """ "had consultations with representatives of the mediators": an encounter with people
    the story describes but does not name."""
    if noun.lemma_.lower() not in ENCOUNTERS:
        return False
    objs = [o for p in noun.children if p.lower_ == "with" for o in p.children]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in COUNTERPARTS for o in objs)


# How far after a name the next one of a pair may stand over the titles between them: in a
# list, and among those an encounter noun names ("X and the First Vice-Chair of the Cabinet
# of B Y").
_LIST_REACH = 12
_MET_REACH = 16
_TITLE_POS = ("PROPN", "ADJ", "NOUN", "DET", "PUNCT")


# How many `of`s of a title may stand between an encounter noun and a name.
_TITLE_OFS = 4


def _listed_with(tok: Token, partner: Callable[[Token], bool]) -> bool:
    """ "US President X and Turkish President Y": the next name follows `and` with only titles
    between, however the parser hung the words (it may make one name a title of the other).
    Of the people an encounter noun names ("talks of the First Vice-Chair of the Cabinet of
    A X and/with the Interior Minister of the Kingdom of B Y opened in Z"),
    the titles may be long and hold `of`, and `with` joins them too. (For people: the names
    of states hold words of their own, "Republic of Congo".)"""
    doc = tok.doc
    met = _of_encounter(tok)
    joiners = ("and", "with") if met else ("and",)
    reach = _MET_REACH if met else _LIST_REACH
    joined = False
    for k in range(tok.i + 1, min(tok.i + reach, tok.sent.end)):
        t = doc[k]
        if t.lower_ in joiners:
            joined = True
        elif joined and partner(t):
            return True
        elif t.text in (".", ";") or not (t.pos_ in _TITLE_POS or (met and t.lower_ == "of")):
            return False
    return False


def _of_encounter(tok: Token) -> bool:
    """Whether the name is the object of an encounter noun's `of` ("the meeting of X"), also
    through the `of`s of a title ("the consultations of the Minister of Trade of A X")."""
    for _ in range(_TITLE_OFS):
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        tok = tok.head.head
        if _encounter(tok):
            return True
    return False


def _encounter(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ENCOUNTERS


def readout_heads(tok: Token) -> bool:
    """ "The Heads of State noted", "the Presidents": a readout's capitals for the people of a
    pair; not "the Heads of State of Central Asia", a group of its own."""
    return (
        tok.tag_ == "NNPS"
        and tok.lower_[:-1] in GROUP_PEOPLE
        and definite(tok)
        and not any(t.dep_ == "pobj" and t.head.head.i != tok.i for t in tok.subtree)
    )


def heads_group(tok: Token) -> bool:
    """ "X and his counterparts gathered": a coordinated subject is the group "they" names
    next; its first party speaks for it."""
    conj = any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
    return conj and tok.dep_ in SUBJECT_DEPS


def side_delegation(
    state: str, before: int, named: Mapping[int, str], actors: Mapping[str, Actor]
) -> str | None:
    """The one delegation of `state` the story named before token `before`: "the Russian side"
    at the table is the delegation that speaks and takes part for it ("the Turkmen side said
    a delegation of Turkmenistan arrived" is the state, named before any delegation)."""
    team = {
        a
        for i, a in named.items()
        if i < before and actors[a].type == "Delegation" and actors[a].country == state
    }
    return team.pop() if len(team) == 1 else None

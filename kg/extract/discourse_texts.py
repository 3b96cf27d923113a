"""Who issued a text the article speaks of ("a State Department statement", "a report by X",
"X's letter", "the statement"), and which body a member or head is of ("the members of the
Security Council"), for the discourse stage."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Token

from kg.extract.discourse_words import ISSUING, SUBJECT_DEPS
from kg.extract.index import ActorIndex
from kg.model import Actor
from kg.nlp import span_at

_MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")


def noun_modifiers(doc: Doc, index: ActorIndex) -> dict[int, list[str]]:
    """Head token of a noun phrase -> the actors named as its modifiers, in text order."""
    modifiers: dict[int, list[str]] = defaultdict(list)
    for m in sorted(index.mentions, key=lambda m: m.start):
        span = span_at(doc, m.start, m.end)
        if span is None or span.root.dep_ not in _MODIFIER_DEPS:
            continue
        # Up a chain of modifiers to the noun ("US/Saudi joint statement": US modifies
        # Saudi, which modifies statement), each noun on the way noting the actor.
        head = span.root.head
        for _ in range(4):
            if m.actor not in modifiers[head.i]:
                modifiers[head.i].append(m.actor)
            if head.dep_ not in _MODIFIER_DEPS or head.head == head:
                break
            head = head.head
    return modifiers


class Issuers:
    """Reads issuers in text order: `the statement` is the last statement spoken of, else
    the last text."""

    def __init__(
        self, index: ActorIndex, named: dict[int, str], modifiers: dict[int, list[str]]
    ) -> None:
        self.index = index
        self.named = named  # head token of each named mention -> its actor
        self.modifiers = modifiers  # head token -> actors modifying it
        self.last_text: str | None = None  # issuer of the last text spoken of
        self.last_of_noun: dict[str, str] = {}  # "statement" -> issuer of the last so called

    def actor_of(self, tok: Token) -> str | None:
        actor = self.named.get(tok.i)
        if actor is not None:
            return actor
        for m in self.index.refs:
            if m.start <= tok.idx < m.end:
                return m.actor
        for c in tok.children:
            if c.i in self.named and c.dep_ in ("compound", "amod", "poss"):
                return self.named[c.i]
        return None

    def issuer(self, tok: Token, definite: bool) -> str | None:
        """Who issued a text: `a State Department statement`, `a report by X`, `X's letter`,
        `a statement released by X`; `the statement` is the last one spoken of."""
        issuer = None
        mods = self.modifiers.get(tok.i, [])
        if mods:
            issuer = mods[0]
        if issuer is None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            # "her public statements": the pronoun, resolved on its own, says whose; they are
            # not the last text spoken of.
            return None
        if issuer is None:
            issuer = self._by(tok, depth=0)
        if issuer is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUING:
            # "the parents have filed a lawsuit ... The lawsuit contends": who issued it.
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                issuer = self.actor_of(subj)
        if issuer is None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through"):
            # "X said in a statement": X's statement.
            verb = tok.head.head
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                issuer = self.actor_of(subj)
        noun = tok.lemma_.lower()
        if issuer is None and definite:
            # ("A statement by the ministry said X conveyed a message from Y ... the statement
            # said": the last text of that name, not the message it told of.)
            issuer = self.last_of_noun.get(noun, self.last_text)
        if issuer is not None:
            self.last_text = issuer
            self.last_of_noun[noun] = issuer
        return issuer

    def _by(self, tok: Token, depth: int) -> str | None:
        if depth > 2:
            return None
        for c in tok.rights:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of"):
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None:
                    who = self.actor_of(obj) or self._by(obj, depth + 1)
                    if who is not None:
                        return who
                    # "released by the secretary-general's deputy spokesman Farhan Haq".
                    for x in obj.subtree:
                        if x.i in self.named:
                            return self.named[x.i]
            if c.dep_ == "acl":
                who = self._by(c, depth + 1)
                if who is not None:
                    return who
        return None


def of_group(
    tok: Token, actor_of: Callable[[Token], str | None], actors: Mapping[str, Actor]
) -> str | None:
    """`the members of the Security Council`, `the head of the delegation`: for a body's
    members, the body; for its head, a person heading it if the article names one."""
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is None:
                continue
            group = actor_of(obj)
            if group is None:
                return None
            if tok.lemma_.lower() in ("member",):
                return group
            heads = [p for p in actors[group].members if actors[p].type == "Person"]
            if tok.lemma_.lower() in ("head", "chief", "leader"):
                lead = [
                    a.id
                    for a in actors.values()
                    if a.type == "Person"
                    and any(
                        r.title.lower().startswith(tok.lemma_.lower())
                        and (r.of == group or actors[group].name.lower() in r.title.lower())
                        for r in a.roles
                    )
                ]
                if lead:
                    return lead[0]
                if heads:
                    return heads[0]
            return group
    return None

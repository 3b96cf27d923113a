"""Encounters told as separate on the subject's side: "A and B met separately with C" is two
meetings, A with C and B with C, not one of A and B with C (nor one of A with each of C's
list: the adverb sets apart those it is said of, the coordinated subject).

Input: the event verb's token and the `ActorIndex`. Output: the actors each member of the
subject's coordination names, one group per member, for `event_distribute` to make one
occurrence of each with the mention's other parties; empty when the clause tells no such
split (no adverb of separateness, a subject of one member, a member that names no one).
`told_apart_from` keeps the occurrences so split from joining one another, or the joint
occurrence the text contrasts them with, when the event stage groups mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coordination import members
from kg.extract.discourse_words import SUBJECT_DEPS
from kg.extract.event_in_person import PLACE_ENTS
from kg.extract.event_mention import Mention
from kg.extract.index import ActorIndex

# Adverbs that set apart the members of a plural subject or object ("met separately").
# Not "respectively", which pairs two lists rather than parting one.
APART_ADVERBS = frozenset({"separately", "individually"})


def told_apart(verb: Token, adverbs: frozenset[str] = APART_ADVERBS) -> bool:
    """The verb carries an adverb of separateness ("met separately", "separately met"), one
    of `adverbs`."""
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children)


def subject_groups(verb: Token, actors: ActorIndex) -> list[list[str]]:
    """`A and B separately met with C`: the actors each member of the subject names (A, B),
    two or more groups each naming someone and none naming the same; else empty. A verb
    joined to an earlier one ("arrived and met separately") takes that one's subject."""
    if verb.pos_ != "VERB" or not told_apart(verb):
        return []
    subject = _subject(verb)
    if subject is None:
        return []
    groups: list[list[str]] = []
    for member in members(subject):
        group = _own_actors(member, actors)
        if not group or any(a in g for g in groups for a in group):
            return []
        groups.append(group)
    return groups if len(groups) >= 2 else []


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, else that of the verb it is joined to by "and"."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else verb):
        subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def _own_actors(member: Token, actors: ActorIndex) -> list[str]:
    """The actors one member of a coordination names by its own words, not by the members
    joined to it or by a clause that describes it."""
    joined = [c for c in member.children if c.dep_ in ("conj", "cc", "appos", "relcl", "punct")]
    toks = [t for t in member.subtree if not any(t in x.subtree for x in joined)]
    start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
    return list(dict.fromkeys(actors.all_at(start, end)))


def told_apart_from(group: list[Mention], mention: Mention) -> bool:
    """`mention` is one of the occurrences a word told as separate and the group names a
    counterpart of another of them, or the reverse: "held separate meetings with A and B
    before the joint round of A and B" keeps the meeting with A out of the round (and out of
    the meeting with B), which sharing a party and a family would otherwise join."""
    if mention.apart and any(p in mention.apart for x in group for p in x.participants):
        return True
    return any(p in x.apart for x in group for p in mention.participants)


def phrase_members(obj: Token, actors: ActorIndex) -> list[list[str]]:
    """`met separately with the delegations of A and B`, where the actor stage read the whole
    phrase as one name for each member (each delegation's name covers the list): one group
    per actor named by exactly the phrase `obj` heads, two or more; else empty."""
    words = [t for t in obj.subtree if not t.is_punct]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    found = [m.actor for m in actors.mentions if not m.nested and (m.start, m.end) == (start, end)]
    groups = [[a] for a in dict.fromkeys(found)]
    return groups if len(groups) >= 2 else []


# Prepositions of a place or a time an occurrence is held in or on.
WHERE_WHEN = frozenset({"in", "on", "at"})


def paired_stops(head: Token) -> list[tuple[Token, Token]]:
    """`rounds held in Lima in 2011 and in Quito in 2013`, `held two rounds, one in Geneva in
    December 2010 and another in Istanbul in January 2011`: the (place, date) pairs the
    clause of the event word lists, each place followed by its own date, two pairs or more
    with places that differ: one occurrence in each place on its date. Empty unless the
    clause's place and time phrases alternate so, joined by "and"."""
    holder = _holder(head)
    if holder is None:
        return []
    preps = [t for t in _phrase_words(holder) if t.dep_ == "prep" and t.lower_ in WHERE_WHEN]
    preps += [x for p in preps for x in p.conjuncts if x.lower_ in WHERE_WHEN]
    objs = []
    for prep in sorted(set(preps), key=lambda t: t.i):
        obj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        if obj is not None and (obj.ent_type_ in PLACE_ENTS or obj.ent_type_ == "DATE"):
            objs.append(obj)
    if len(objs) < 4 or len(objs) % 2:
        return []
    pairs = list(zip(objs[::2], objs[1::2], strict=True))
    if not all(p.ent_type_ in PLACE_ENTS and d.ent_type_ == "DATE" for p, d in pairs):
        return []
    if len({p.lower_ for p, _ in pairs}) < len(pairs):
        return []
    if not any(t.lower_ == "and" for t in head.doc[pairs[0][1].i : pairs[-1][0].i]):
        return []
    return pairs


# Links to a clause of its own: its places and dates are not the holder's. (Not
# `event_kinds._own_words`'s walk: that one leaves out every "conj", but the members of an
# enumeration are nouns joined by "conj" and carry the phrases this one looks for; only a
# joined verb, "held talks in X and signed an accord in Y", starts a clause of its own.)
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "acl", "xcomp", "parataxis", "csubj"})


def _own_link(tok: Token) -> bool:
    """Whether the word belongs to the clause of the word it hangs on."""
    return tok.dep_ not in CLAUSE_DEPS and not (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"))


def _phrase_words(holder: Token) -> list[Token]:
    """The words of the holder's own clause: its phrases and the phrases under them, not other
    clauses. (The parse hangs the phrases of an enumeration on its members: "held two rounds,
    one in Geneva in December 2010 and another in Istanbul in January 2011".)"""
    out: list[Token] = []
    todo = [c for c in holder.children if _own_link(c)]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if _own_link(c)]
    return out


def _holder(head: Token) -> Token | None:
    """The verb whose phrases place and date the event word: the word itself ("met in"), the
    participle that describes the noun ("talks, held in"), or the verb it is the object or
    passive subject of ("the talks were held in")."""
    if head.pos_ == "VERB":
        return head
    held = next((c for c in head.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if held is not None:
        return held
    if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
        return head.head
    return None

"""Parties an event word's own phrase does not name outright, read from the clause around it
and from the article: one meeting per counterpart when a verb meets them one after the other
("met with the IMF, then with President Trump"), the people a plural post stands for ("the
agreement was signed by the energy ministers", "the foreign ministers agreed to meet again").
(The target of an attack: `event_parties_targets`.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.event_coref import Mention
from kg.extract.event_scenes import GATHERINGS as ROUNDS
from kg.extract.index import ActorIndex
from kg.nlp import sentences

# Adverbs that put a second counterpart of one verb after the first: two encounters.
SEQUENCE_ADVERBS = {"then", "later", "afterwards", "subsequently", "next", "separately"}
# Plural nouns of a post that stand for the several people who hold it ("the energy ministers").
GROUP_POSTS = {"minister", "leader", "president", "envoy", "negotiator", "foreign", "head",
               "delegate", "premier", "chancellor", "diplomat", "official"}  # fmt: skip
# Words of a plural post's phrase that tell how many or which, not which post.
COUNT_WORDS = {"the", "two", "three", "four", "both", "all", "these", "those", "their", "its"}
DEFINITE = {"the", "these", "those", "both", "all"}
# Slots of a verb whose fillers take part: subject, object, agent and "with" phrase.
SLOT_DEPS = {"nsubj", "nsubjpass", "dobj"}
# Prepositions by which a verb takes a nominal event word as what its subject does or agrees
# to ("agreed to a meeting", "took part in the talks"); not "ahead of", "after": other times.
FRAME_PREPS = {"to", "on", "in", "at", "for", "during"}
GATHERINGS = {"meeting", "negotiation_round", "phone_call", "agreement_signing"}
# How many sentences back "the ministers" may still be the people of the last gathering told.
GROUP_REACH = 5


def sequence_counterparts(head: Token, actors: ActorIndex) -> list[tuple[list[str], Token]]:
    """The counterparts of a verb of meeting with two "with" phrases told one after the other
    ("met with A, then with B", "met with A on Monday and then with B on Tuesday"), one group
    per phrase with the word its date is read at (a day told inside the phrase, else its
    "with"); empty when the verb has no such pair or a phrase names no one."""
    if head.pos_ != "VERB":
        return []
    withs = [t for t in head.subtree if t.lower_ == "with" and _phrase_of(t, head)]
    if len(withs) < 2 or not any(
        a.dep_ == "advmod" and a.lower_ in SEQUENCE_ADVERBS
        for w in withs[1:]
        for a in (*w.children, *head.children)
    ):
        return []
    groups = []
    for w in withs:
        toks = [t for t in w.subtree if not _in_clause(t, w) and not _later_with(t, w)]
        named = list(dict.fromkeys(a for t in toks for a in actors.all_at(t.idx, t.idx + len(t))))
        if not named:
            return []
        # The day told inside the phrase is that meeting's ("then with B on Tuesday").
        day = next((t for t in toks if t.ent_type_ == "DATE"), None)
        groups.append((named, day if day is not None else w))
    return groups


def _phrase_of(prep: Token, head: Token) -> bool:
    """A "with" phrase of the verb itself, or joined to one of its phrases by the parse ("on
    Monday and then with B": the second "with" hangs on "on")."""
    if prep.dep_ not in ("prep", "conj") or prep.i == head.i:
        return False
    tok = prep
    while tok.i != head.i:
        if tok.dep_ not in ("prep", "conj", "pobj"):
            return False
        tok = tok.head
    return True


def _later_with(tok: Token, top: Token) -> bool:
    """Whether `tok` belongs to another "with" phrase joined below `top`."""
    while tok.i != top.i:
        if tok.lower_ == "with" and tok.dep_ == "conj":
            return True
        tok = tok.head
    return False


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether `tok` stands in a relative clause below `top` ("then with Trump, where he
    denounced the agreement": the agreement is no counterpart)."""
    while tok.i != top.i:
        if tok.dep_ in ("relcl", "acl", "advcl"):
            return True
        tok = tok.head
    return False


def plural_posts(head: Token) -> list[Token]:
    """The plural post nouns without a name that fill a party slot of the event word: the
    subject, object, agent or "with" phrase of a verbal event word or of the verb that governs
    a nominal one ("the foreign ministers agreed to a future meeting")."""
    verbs = [head] if head.pos_ == "VERB" else []
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        verbs.append(head.head)  # "the ministers held talks"
    elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in FRAME_PREPS:
        verbs.append(head.head.head)  # "the ministers agreed to a future meeting"
    found: list[Token] = []
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in SLOT_DEPS and c.i != head.i:
                found.append(c)
            elif (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")) and (
                verb.i == head.i or c.dep_ == "agent"
            ):
                found.extend(x for x in c.children if x.dep_ == "pobj")
    if head.pos_ == "NOUN":
        # "The agreement was signed by the energy ministers": the agent of the passive verb
        found.extend(
            x
            for c in head.children
            if c.dep_ == "acl"
            for a in c.children
            if a.dep_ == "agent"
            for x in a.children
            if x.dep_ == "pobj"
        )
    out = []
    for tok in found:
        for t in (tok, *tok.conjuncts):
            if t.tag_ == "NNS" and t.lemma_.lower() in GROUP_POSTS and _definite(t):
                out.append(t)
    return out


def _definite(tok: Token) -> bool:
    """A definite plural that points back to people already told of ("the ministers", "both
    leaders"), not a group of its own ("leaders of political parties") nor one it names."""
    kids = list(tok.children)
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in kids) or _named(tok):
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in DEFINITE for c in kids)


def _named(tok: Token) -> bool:
    """The phrase tells whose post it is by a name or a proper adjective ("the Greek Cypriot
    and Turkish Cypriot leaders"): `event_sides.post_holders` reads those."""
    return any(
        t.ent_type_ or (t.is_title and not t.is_sent_start) for t in tok.subtree if t.i != tok.i
    )


def post_holders(tok: Token, actors: ActorIndex) -> list[str]:
    """The people the article names with the post a plural noun phrase names ("the energy
    ministers": every actor whose stated role is an energy minister); empty unless two or more
    hold it."""
    words = [t.lower_ for t in tok.subtree if t.i < tok.i and t.lower_ not in COUNT_WORDS]
    if any(not w.isalpha() for w in words):
        return []
    post = tok.lemma_.lower()
    holders = []
    for a in actors.actors:
        if a.type != "Person":
            continue
        for role in a.roles:
            title = role.title.lower().replace("-", " ").split()
            if title and title[-1] == post and all(w in title[:-1] for w in words):
                holders.append(a.id)
                break
    return holders if len(holders) >= 2 else []


def group_parties(doc: Doc, mentions: list[Mention], actors: ActorIndex) -> None:
    """Each mention whose party slot is a plural post ("the ministers") takes the people who
    hold that post in the article, else, when it names no person of its own, the people of the
    last gathering of several people told within `GROUP_REACH` sentences before it (the
    ministers who met are the ministers who agree)."""
    sents = sentences(doc)
    starts = [s.start_char for s in sents]
    for m in mentions:
        head = doc[m.path[0]] if m.path else None
        if head is None:
            continue
        groups = plural_posts(head)
        if not groups:
            continue
        found: list[str] = []
        for tok in groups:
            found.extend(post_holders(tok, actors))
        people = [p for p in m.participants if actors.by_id(p).type == "Person"]
        if not found and not people:
            k = max(i for i, s in enumerate(starts) if s <= m.sent[0])
            reach = starts[max(0, k - GROUP_REACH)]
            before = [
                x
                for x in mentions
                if x.kind in GATHERINGS and reach <= x.trigger[0] < m.sent[0] and x is not m
            ]
            for x in reversed(before):  # the last gathering of several people
                people = [
                    p
                    for p in dict.fromkeys((*x.participants, *x.delegates))
                    if actors.by_id(p).type == "Person"
                ]
                if len(people) >= 2:
                    found = people
                    break
        m.participants.extend(p for p in dict.fromkeys(found) if p not in m.participants)


# Words by which a gathering word continues one told before: "will reconvene", "meet again",
# "continue the talks" (the guidelines: a follow-up round is an event of its own, between the
# same sides). Not "further", "another": "further consultations" may be with others.
RESUMING_LEMMAS = {"reconvene", "resume", "continue"}
FOLLOWING_MODS = {"again"}
# What a follow-up may continue: talks held in person or by phone ("held telephone talks ...
# they agreed to meet in person to continue the talks").
CONTINUED = ROUNDS | {"phone_call"}


def continues(head: Token) -> bool:
    """The event word continues an occasion told before: its own word or the verb it completes
    is one of resuming, it is told "again", or its purpose is to resume ("meet in person to
    continue the talks")."""
    if head.lemma_.lower() in RESUMING_LEMMAS:
        return True
    if any(c.lower_ in FOLLOWING_MODS and c.dep_ in ("advmod", "amod") for c in head.children):
        return True
    if any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in RESUMING_LEMMAS for c in head.children
    ):
        return True
    return head.dep_ in ("dobj", "xcomp") and head.head.lemma_.lower() in RESUMING_LEMMAS


def continued_parties(doc: Doc, mentions: list[Mention]) -> None:
    """A planned meeting or round that names fewer than two parties and continues an occasion
    ("the negotiating teams will reconvene in December", "they agreed to meet again next
    month") is between the parties of the last gathering told in a sentence before it; a
    meeting word that continues talks is a round of them. Not a plan told in the past perfect
    ("had agreed to resume the talks"): made before, it tells of the story's own occasion."""
    for k, m in enumerate(mentions):
        if len(m.participants) >= 2 or m.kind not in ROUNDS or m.status != "planned":
            continue
        head = doc[m.path[0]] if m.path else None
        if head is None or not continues(head) or _past_perfect(head):
            continue
        if any(x.sent == m.sent and x.path and x.path[0] in m.path[1:] for x in mentions):
            continue  # "meet to continue the talks": the talks are what the meeting is for
        before = [
            x
            for x in mentions[:k]
            if x.kind in CONTINUED and len(x.participants) >= 2 and x.sent[0] < m.sent[0]
        ]
        if before:
            source = before[-1]
            m.participants += [p for p in source.participants if p not in m.participants]
            if m.kind == "meeting" and source.kind == "negotiation_round":
                m.kind = source.kind


def _past_perfect(head: Token) -> bool:
    return any(
        c.dep_ == "aux" and c.lower_ == "had" for a in (head, *head.ancestors) for c in a.children
    )

"""Arguments of an event word: participants, topics and proposers, read from the word's
dependency neighbourhood and resolved through the `ActorIndex` (place and venue:
`event_places`; mediator and initiator: `event_parties_roles`; both re-exported here).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.act_lexicon import verb_act
from kg.extract.actors import ActorIndex
from kg.extract.event_authors import authors
from kg.extract.event_leaders import leaders_of
from kg.extract.event_levels import backing_modifier, capital_party, kin_of, outermost
from kg.extract.event_occasion_sides import occasion_sides
from kg.extract.event_parties_control import OBJECT_CONTROL, doers, reporting_side, subjects
from kg.extract.event_parties_roles import INITIATOR_POSS_RE as INITIATOR_POSS_RE
from kg.extract.event_parties_roles import INITIATOR_RE as INITIATOR_RE
from kg.extract.event_parties_roles import INVITING_VERBS, host_of_talks, mediating
from kg.extract.event_parties_roles import MEDIATOR_ADJ_RE as MEDIATOR_ADJ_RE
from kg.extract.event_parties_roles import MEDIATOR_RE as MEDIATOR_RE
from kg.extract.event_parties_roles import actor_after as actor_after
from kg.extract.event_parties_roles import initiator as initiator
from kg.extract.event_parties_roles import inviter as inviter
from kg.extract.event_parties_roles import mediators as mediators
from kg.extract.event_places import TRAVEL_LEMMAS, topic_compounds
from kg.extract.event_places import places as places
from kg.extract.event_plural_refs import party_ref, plural_group, relative_group
from kg.extract.event_scenes import (
    GATHERED_PRONOUNS,
    gathered_by_pronoun,
    holds_another,
    part_of_gathering,
    visited_with,
    where_doers,
)
from kg.extract.event_state_adjectives import (
    adjective_state,
    adjective_states,
    body_adjective,
    nationality_of_body,
)
from kg.extract.event_triggers import TRIGGERS
from kg.extract.statements import SPEECH_VERBS
from kg.gazetteer import Gazetteer
from kg.model import EventKind
from kg.nlp import is_to_clause

PLACE_PREPS = {"in", "at", "near", "on", "against", "over", "under"}
OCCASION_PREPS = {"at", "during", "for", "in"}
SEQUEL_PREPS = {"after", "following", "before"}
# Prepositions by which an event is the means of what its clause's subject does.
MEANS_PREPS = {"via", "through"}
# Phrases of place and of other times name no parties: "in Jeddah", "since the annexation of
# the region by India".
NOT_PARTY_PREPS = PLACE_PREPS | {"since", "after", "before", "amid", "following", "until"}
GATHERINGS = {"meeting", "negotiation_round", "phone_call"}
# Verbs by which a party takes a call another made ("received a call from X").
TAKING_VERBS = {"receive", "take", "get"}
# PLOVER types of a stance taken in words: their subjects judge an event, not take part in it.
STANCE_ACTS = {"AGREE", "SUPPORT", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN"}
ARRANGE_VERBS = {
    f"{stem}{end}"
    for stem in ("prepar", "organis", "organiz", "arrang", "schedul")
    for end in ("e", "es", "ed", "ing")
}
# Verbs whose agent heads or attends the event that is their passive subject.
LEAD_VERBS = {"lead", "head", "chair", "attend", "join", "co-chair", "cochair"}
ATTEND_VERBS = {
    "attended", "joined", "led", "headed", "signed", "held", "conducted", "made", "placed", "paid"
}  # fmt: skip
TO_WHOM_VERBS = {"made", "paid"}  # "a call made to X", "a visit paid to X": X takes part
PARTY_DEPS = {
    "prep",
    "poss",
    "amod",
    "compound",
    "nmod",
    "nsubj",
    "dobj",
    "conj",
    "npadvmod",
    "pobj",
}
HELD_VERBS = {
    "agreed",
    "agree",
    "agrees",
    "reached",
    "reach",
    "signed",
    "sign",
    "declared",
    "violated",
    "observe",
    "observed",
    "completed",
    "complete",
    "fired",
    "mounted",
    "unleashed",
    "conducting",
    "holding",
    "held",
    "hold",
    "holds",
    "had",
    "have",
    "has",
    "conducted",
    "conduct",
    "began",
    "begin",
    "started",
    "start",
    "ended",
    "concluded",
    "carried",
    "carrying",
    "carry",
    "launched",
    "launch",
    "attended",
    "attend",
    "attending",
    "took",
    "joined",
    "join",
    "joining",
    # who opens or chairs a gathering takes part: "opening the summit, the president said"
    "opened",
    "opening",
    "chaired",
    "chairing",
    # who tells or addresses a gathering speaks at it: "Clinton told the AIPAC meeting"
    "told",
    "tells",
    "addressed",
    "addresses",
    "briefed",
}


def participants(
    head: Token, kind: EventKind, actors: ActorIndex, gz: Gazetteer | None = None
) -> list[str]:
    spans: list[tuple[int, int]] = []
    toks: list[Token] = []
    hosts: list[str] = []  # the state a visitor travelled to, to meet its people
    gathered: list[str] = []  # the parties of the gathering whose people "they" are

    def add_subtree(tok: Token) -> None:
        # Places and other times are not parties: skip "in Jeddah, Saudi Arabia", "on Kyiv".
        skip: set[int] = set()
        for t in tok.subtree:
            if t.i != tok.i and (
                (t.dep_ == "prep" and t.lower_ in NOT_PARTY_PREPS and not _behalf(t))
                or _next_act(t)
                or _own_clause(t)
                or _own_event(t)
                or kin_of(t)
                # "Ukraine and Eastland-backed rebels": the rebels' sponsor is no side
                or backing_modifier(t)
            ):
                skip.update(x.i for x in t.subtree)
            elif t.i != tok.i and (
                nationality_of_body(t, actors)
                or (kind == "other" and body_adjective(t, actors))  # "the Estonian parliament"
            ):
                skip.add(t.i)
        for t in tok.subtree:
            if t.i not in skip:
                spans.append((t.idx, t.idx + len(t)))
                toks.append(t)

    topical = topic_compounds(head)
    if kind == "attack":
        # Attackers, not targets: "Russia ... carrying out attacks on Ukraine".
        for c in head.children:
            if c.dep_ in ("poss", "amod", "compound", "agent") or (
                c.dep_ == "prep" and c.lower_ == "by"
            ):
                add_subtree(c)
        for author in authors(head):  # "claimed by X", "conducted by X", "ascribed to X"
            add_subtree(author)
    elif not (kind == "other" and head.pos_ == "VERB"):
        for c in head.children:
            if kind == "other" and c.dep_ == "prep" and c.lower_ not in DOER_PREPS:
                continue  # "votes for the expulsion of US troops": what is voted, no party
            if _added_thing(c):
                continue  # "the meeting, together with remarks from X": no party of it
            if c.dep_ in PARTY_DEPS and c.i not in topical and not _next_act(c):
                # (nor times: "signed the deal after refusing to, when the rebels signed it")
                if (c.lower_ not in NOT_PARTY_PREPS or _behalf(c)) and not _own_clause(c):
                    add_subtree(c)
    holders = [head]
    if head.dep_ in ("dobj", "nsubj", "nsubjpass"):
        # "opening the summit, attended by ...", "the meeting took place, attended by ...":
        # the parse hangs the participle on the verb of the gathering
        holders.append(head.head)
    for c in (c for h in holders for c in h.children):
        # "the summit, attended by the Ukrainian president"; "a call made by X to Y": Y too
        if c.dep_ in ("acl", "dep", "advcl") and c.lower_ in ATTEND_VERBS:
            for x in c.children:
                if x.dep_ == "agent" or (x.lower_ == "to" and c.lower_ in TO_WHOM_VERBS):
                    add_subtree(x)
    verb: Token | None = None
    if head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr"):
        # Up through "the first phase of a ceasefire" to the verb that governs it.
        verb = head.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
    if head.dep_ == "nsubjpass" and verb is not None and verb.lemma_.lower() in LEAD_VERBS:
        # "The talks were led by X and Y": the heads of delegation take part.
        for c in verb.children:
            if c.dep_ == "agent":
                add_subtree(c)
    # "agreed on all issues at the talks", "arrived in Cairo for talks": who does what the
    # clause says at or for the event takes part in it.
    # "at the opening of the summit, X said": the part of the gathering is where X acts.
    scene = part_of_gathering(head) if kind in GATHERINGS else head
    at_event = (
        kind in GATHERINGS
        and scene.dep_ == "pobj"
        and (
            scene.head.lower_ in OCCASION_PREPS
            # "said after a meeting with the ambassadors": who met them is who speaks after
            or scene.head.lower_ in SEQUEL_PREPS
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
            and not any(c.dep_ == "poss" for c in head.children)
        )
        # not "ready for talks"
        and (scene.head.head.pos_ == "VERB" or _there_for(scene.head) or _in_talks(scene.head))
    )
    if head.dep_ == "pobj" and head.head.lower_ in MEANS_PREPS and head.head.head.pos_ == "VERB":
        # "expressed its support via the signing of the bill": who acts by means of it does it
        for doer in doers(head.head.head):
            add_subtree(doer)
    if kind in GATHERINGS and head.pos_ in ("NOUN", "PROPN"):
        for doer in where_doers(head):  # "a summit where the presidents signed the treaty"
            add_subtree(doer)
    elif kind == "meeting" and head.pos_ == "VERB":
        for other in visited_with(head):  # "visited Moscow, where he discussed it with Putin"
            add_subtree(other)
    # "invited Israel and Hamas to talks in Doha"
    bidden = (
        head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and head.head.head == verb
        and verb.lemma_.lower() in INVITING_VERBS
    )
    if (
        verb is not None
        and verb.pos_ in ("VERB", "AUX")
        and (
            verb.lower_ in HELD_VERBS
            and not holds_another(verb, head)
            or at_event
            or bidden
            or _conducts(verb, head, kind)
        )
        and not mediating(head)
        and host_of_talks(head) is None
    ):
        invited = [c for c in verb.children if c.dep_ == "dobj"]
        if (at_event or bidden) and verb.lemma_.lower() in INVITING_VERBS and invited:
            # "Saudi Arabia invited the delegations to Jeddah for talks": the invited take part;
            # who invites asks for the talks (their initiator), no side of them.
            for c in invited:
                add_subtree(c)
        else:
            for subj in doers(verb):  # a dateline the parse made a second subject names no one
                add_subtree(subj)
            if verb.lemma_.lower() == "join":
                # "A and B will be joined by C for a summit": who is joined attends it too.
                for c in verb.children:
                    if c.dep_ in ("nsubjpass", "agent"):
                        add_subtree(c)
            if kind in GATHERINGS and head.dep_ == "dobj" and head.head.i == verb.i:
                # "held a meeting on Thursday with X": past a time or place the parse hangs
                # the "with" phrase on the verb; it still names who met.
                # "received a call on Tuesday from X": who made the call the clause receives
                taken = kind == "phone_call" and verb.lemma_.lower() in TAKING_VERBS
                sides = (
                    ("with", "between", "among", "from") if taken else ("with", "between", "among")
                )
                for c in verb.children:
                    if c.dep_ == "prep" and c.lower_ in sides:
                        add_subtree(c)
        if at_event and verb.lemma_.lower() in ADDRESS_VERBS:
            # "Xi told Lula in a phone call": who is told at the call is on it too.
            for c in verb.children:
                if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON"):
                    add_subtree(c)
        if at_event and not any(p.fullmatch(verb.text) for p, _k in TRIGGERS):
            # "raised the issue with Putin during their meeting": with whom the clause's act is
            # done at the event takes part in it too (not when the act is an event of its own:
            # "during her visit, she met with both X and Y" is her meetings' parties).
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "with":
                    add_subtree(c)
    speaker = reporting_side(head) if kind in GATHERINGS else None
    if speaker is not None:
        add_subtree(speaker)
    for side in occasion_sides(head) if kind in GATHERINGS else []:
        add_subtree(side)  # "X on a call with Y said", "had an exchange with Y in a call"
    if head.pos_ == "VERB" and kind == "other":
        # Who arrived, with whom, and no one else: "police arrived and detained the man"
        # is not the man's arrival.
        for c in head.children:
            # (and who passed what was passed: "the budget was approved by the cabinet")
            if c.dep_ in ("nsubj", "agent") or (c.dep_ == "prep" and c.lower_ == "with"):
                add_subtree(c)
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            controller = _controlling_subject(head)
            if controller is not None:
                add_subtree(controller)
    elif head.pos_ == "VERB":
        # "talks with X at which they signed a memorandum": "they" are the talks' people
        gathering = gathered_by_pronoun(head)
        of_kind = next(
            (k for p, k in TRIGGERS if gathering is not None and p.fullmatch(gathering.text)),
            None,
        )
        if gathering is not None and of_kind in GATHERINGS:
            gathered = participants(gathering, of_kind, actors, gz)
        for c in head.children:
            if gathered and c.dep_ == "nsubj" and c.lower_ in GATHERED_PRONOUNS:
                continue
            # "signed by Russia and Ukraine with Türkiye"
            if (
                c.dep_ in ("nsubj", "dobj", "agent")
                # "he was received by the president": who is met, in the passive (of a
                # signing, the passive subject is the text signed, no party)
                or (c.dep_ == "nsubjpass" and kind == "meeting")
                or (c.dep_ == "prep" and c.lower_ in ("with", "to", "between", "among"))
                or _behalf(c)
            ):
                add_subtree(c)
        if not any(c.dep_ == "nsubj" for c in head.children):
            for c in subjects(head):  # (a subject the parse hung on the auxiliary)
                add_subtree(c)
        up = head
        # "Armenia and Azerbaijan agreed to exchange prisoners": the subject of the verb
        # that governs the infinitive.
        subject = ("nsubj", "nsubjpass")  # "she is expected to visit"
        # "She travelled to Athens, meeting the minister": a participle shares the subject.
        # "will travel to Beijing to meet Xi": an infinitive of purpose shares it too.
        purpose = is_to_clause(head)
        shared = ("xcomp", "conj", "advcl") if head.tag_ == "VBG" or purpose else ("xcomp", "conj")
        # "X is due (likely, ready) to meet Y": through the adjective to the subject of "is".
        shared = (*shared, "acomp")
        if head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.lower_ in TIME_PREPS:
            # "After meeting Erdogan on Monday, Rubio flew to Riyadh": the main clause's subject
            up = head.head
            shared = (*shared, "prep")
        while up.dep_ in shared and not subjects(up, subject):
            up = up.head
            # (a subject the parse hung on the auxiliary too: "X had on Tuesday agreed to meet")
            climbed = next(iter(subjects(up, subject)), None)
            if up.lemma_.lower() in OBJECT_CONTROL:
                # "The truce enabled the parties to meet": who meets is the object.
                climbed = next((c for c in up.children if c.dep_ == "dobj"), climbed)
            if climbed is not None:
                add_subtree(climbed)
                if head.tag_ == "VBG" and up.lemma_.lower() in _TRAVEL_OR_VISIT:
                    hosts.extend(_destination_states(up, actors))
                break
    # An actor named by the event's own name is no party to it ("the Peace Summit").
    own = {m.actor for m in actors.mentions if m.start <= head.idx < m.end}
    out: list[str] = list(dict.fromkeys(hosts + gathered))
    for s, e in spans:
        for a in outermost(s, e, actors):  # "the Parliament of Estonia": not Estonia too
            if a not in out and a not in own:
                out.append(a)
    for t in toks:
        if actors.all_at(t.idx, t.idx + len(t)):
            continue
        # "the leaders of A and B met": the people who lead them take part too
        out.extend(a for a in leaders_of(t, actors, gz) if a not in out and a not in own)
        group = plural_group(t, actors)  # "A and B ... their meeting": both, as one group
        if group is None:
            group = relative_group(t, actors)  # "A and B, who held talks": both
        if group is not None:
            out.extend(a for a in group if a not in out and a not in own)
            continue
        who = unnamed_party(t, actors, gz)
        if who is None:
            who = capital_party(t, actors, gz)  # "talks between Kampala and Nairobi"
        if who is not None and who not in out and who not in own:
            out.append(who)
        if kind == "other" and body_adjective(t, actors):
            continue  # "the Iraqi parliament voted": the body acts, not its state beside it
        for state in adjective_states(t, actors, gz) if who is None else []:
            if state not in out and state not in own:
                out.append(state)
    return out


# Prepositions by which a nominal act names who does it or with whom ("the vote by the
# parliament", "the arrival of the delegation"); others tell what it is about or where.
DOER_PREPS = {"by", "of", "with", "between", "among"}


NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "attr"}


# Prepositions of time a participle's clause hangs on: "after meeting Erdogan, Rubio flew on".
TIME_PREPS = {"after", "before", "while", "since", "upon", "on", "following"}
# Verbs of travel and "visit": "She travelled to Greece, meeting the prime minister" visits
# the state.
_TRAVEL_OR_VISIT = TRAVEL_LEMMAS | {"visit"}


def _controlling_subject(verb: Token) -> Token | None:
    """Who does a verb that has no subject of its own: the subject of the clause governing
    its infinitive ("the envoy is expected to arrive on Friday") or its participle of time
    ("upon arriving in the capital, the minister held talks")."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in TIME_PREPS:
        up = verb.head.head
    elif verb.dep_ == "xcomp" and is_to_clause(verb):
        up = verb.head
    else:
        return None
    if up.dep_ == "acomp":
        up = up.head  # "is due to arrive": the subject is the copula's
    if up.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _destination_states(verb: Token, actors: ActorIndex) -> list[str]:
    """The states a verb of travel goes to ("travelled to Greece", "visited Greece"): the
    host of the meetings its participle tells of."""
    goals = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "visit"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in")):
        goals.extend(x for x in prep.children if x.dep_ == "pobj")
    return [
        a
        for p in goals
        for a in actors.all_at(p.idx, p.idx + len(p))
        if actors.by_id(a).type == "Country"
    ]


def _there_for(prep: Token) -> bool:
    """`was in Asmara for talks`: a copula that places its subject somewhere for the event
    (not "is for talks", a stance, nor "ready for talks")."""
    verb = prep.head
    return (
        prep.lower_ == "for"
        and verb.lemma_.lower() == "be"
        and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i < prep.i for c in verb.children
        )
    )


def _in_talks(prep: Token) -> bool:
    """`the United States had been in secret talks with Iran`, `she was in a meeting with the
    envoy`: a copula that places its subject in the gathering itself makes them take part."""
    return prep.lower_ == "in" and prep.head.lemma_.lower() == "be"


# Adverbs that make a "with" phrase an addition to the word it hangs on ("together with",
# "along with"), not a counterpart of the encounter it names.
ADDING_ADVERBS = {"together", "along"}


def _added_thing(prep: Token) -> bool:
    """`prep` is "together with" or "along with" on an event word: "the meeting, together with
    optimistic remarks from X, marked a reversal" counts the remarks beside the meeting, so who
    made them is no party to it."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(c.dep_ == "advmod" and c.lower_ in ADDING_ADVERBS for c in prep.children)
    )


def _behalf(prep: Token) -> bool:
    """ "signed by the minister on behalf of Peru": who one acts for is a party too."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and any(x.lower_ == "behalf" for x in prep.children)
    )


def _own_clause(tok: Token) -> bool:
    """A clause of its own below a party phrase, whose subjects do something else: a
    relative clause, or a clause in a preposition ("signed an agreement, according to which a
    section between Crete and Cyprus would cross the zone")."""
    if tok.dep_ == "relcl":
        return True
    if tok.dep_ == "prep" and tok.lower_ == "according":
        return True
    return (
        tok.dep_ == "pcomp"
        and tok.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _own_event(tok: Token) -> bool:
    """An infinitive on a party phrase's noun that is an event of its own ("signed the
    agreement to jointly meet with the crown prince"): whom it meets does not sign."""
    return (
        tok.dep_ == "acl"
        and tok.pos_ == "VERB"
        and is_to_clause(tok)
        and any(p.fullmatch(tok.text) for p, _k in TRIGGERS)
    )


def _next_act(tok: Token) -> bool:
    """A verb joined to another verb ("met Kim and handed over a letter from Moon"): the
    next act of the clause, whose objects are not parties of the first one."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX")


def unnamed_party(tok: Token, actors: ActorIndex, gz: Gazetteer | None) -> str | None:
    """A party the clause names without its name: a pronoun or description the discourse stage
    resolved ("she", "the envoy"), a relative pronoun's antecedent ("ELN leaders, who held
    talks"), "he"/"she" the last person named before, or the state of "Russian diplomats" when
    the article names that state."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("who", "which", "that"):
        if tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
            ante = tok.head.head
            named = actors.all_at(ante.left_edge.idx, ante.idx + len(ante))
            return named[0] if named else actors.resolve(ante.idx, ante.idx + len(ante))
    mod = tok
    while mod.dep_ == "conj" and mod.head.i != mod.i:
        mod = mod.head  # "Russian and Ukrainian negotiators": each adjective of the pair
    # "Russian, Chinese and Pakistani envoys": an adjective of a plural noun names one state
    # among several, not the one person the discourse stage took the phrase for.
    of_plural = mod.dep_ in ("amod", "compound") and mod.head.tag_ in ("NNS", "NNPS")
    if tok.dep_ in NOMINAL_DEPS and not of_plural:
        ref = party_ref(tok, actors)
        # "Foreign ministers of Iran, Russia and Turkey" stand for several: not the one
        # minister the discourse stage took them for.
        plural_person = (
            ref is not None
            and tok.tag_ in ("NNS", "NNPS")
            and actors.by_id(ref.actor).type == "Person"
        )
        if ref is not None and not plural_person:
            return ref.actor
    if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
        return actors.person_before(tok.idx)
    if mod.dep_ in ("amod", "compound") and mod.head.pos_ == "NOUN":
        return adjective_state(tok, actors, gz)
    return None


# Verbs of telling whose object is who hears it: at a call or meeting, the other party.
ADDRESS_VERBS = {"tell", "assure", "inform", "brief", "urge", "thank", "warn", "ask", "invite",
                 "congratulate", "reassure", "update"}  # fmt: skip


def _conducts(verb: Token, head: Token, kind: EventKind) -> bool:
    """`Israel and Lebanon renewed negotiations`, `the sides wrapped up the talks`: whoever does
    something to a gathering as its object takes part, unless the verb only tells a stance on it
    or words about it ("welcomed the talks", "criticised the summit")."""
    if kind not in GATHERINGS or head.dep_ != "dobj" or head.head.i != verb.i:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children) or verb.lower_ in ARRANGE_VERBS:
        return False  # "held a call to prepare the summit": who prepares need not attend
    if verb.lemma_.lower() in JUDGING_VERBS or _judged(verb, head):
        return False  # "considers the talks professional": a commenter's view of them
    if convenes(verb, head):
        return True  # "Kenya called a meeting with Ethiopia": who calls it convenes it
    act = verb_act(verb)
    return verb.lower_ not in SPEECH_VERBS and (act is None or act not in STANCE_ACTS)


def convenes(verb: Token, head: Token) -> bool:
    """ "called a meeting", "called an emergency session of the council": the gathering is the
    verb's direct object (not "called for talks", a demand)."""
    return verb.lemma_.lower() == "call" and head.dep_ == "dobj" and head.head.i == verb.i


# Verbs that judge or name a thing: their subject comments on the event, takes no part. (Not
# "call": who calls a meeting convenes it; "called the talks constructive" has its predicate.)
JUDGING_VERBS = {"consider", "describe", "characterize", "characterise", "term", "deem",
                 "label", "hail", "view", "regard", "judge", "assess", "rate", "dub"}  # fmt: skip


def _judged(verb: Token, head: Token) -> bool:
    """The verb gives its object a quality: "called the talks constructive", "described the
    meeting as a success", a headline's "Considers Talks 'Professional'"."""
    return any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    ) or any(c.dep_ == "appos" and c.pos_ == "ADJ" for c in head.children)

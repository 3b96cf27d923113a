"""Heads of delegation as event parties: "the delegations are led by X and Y", "X headed the
Indian delegation" (the guidelines count heads of delegation among the participants)."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.event_args import unnamed_party
from kg.extract.event_mention import Mention
from kg.extract.timeline_ask import other_year
from kg.nlp import lemma_positions, tokens

# Who heads or speaks for a party's team of negotiators: "the delegations are led by X and Y",
# "the other side was represented by X", "X headed the Indian delegation".
TEAM_NOUNS = {"delegation", "delegations", "team", "teams", "side", "sides"}
HEAD_VERBS = {"lead", "head", "chair", "represent"}
# Verbs of a state, not an act: "delegations remain present in the city" do nothing at talks.
STATE_VERBS = {"be", "remain", "stay", "stand", "continue", "seem", "appear", "wait"}
# Verbs that list a team's members: "the delegation included X and Y", "the team consisted of
# X", "the delegation was made up of X" (the named people in it take part, as its head does).
MEMBER_VERBS = {"include", "comprise", "consist", "compose", "make"}
TEAM_VERBS = HEAD_VERBS | MEMBER_VERBS
# The noun that names a team's members as the subject of "be": "The other members are X and Y"
# (said of a team a sentence before names: the people listed take part as its head does).
MEMBER_NOUN = "member"
# Verbs that report what a sentence's clause tells (its tense is the clause's).
REPORTING_VERBS = {"say", "announce", "tell", "report", "state", "confirm", "add"}


def delegation_parties(sent: SpacySpan, actors: ActorIndex) -> list[str]:
    """The parties a sentence names as heading delegations (the guidelines' "heads of
    delegation"): the named heads, the delegation itself when it is a named actor, and the
    state a head's title names ("X, Minister of Foreign Affairs of Rwanda"); not every name
    inside the title ("Minister of ... International Cooperation")."""
    # Asked of every sentence: without a verb of heading or listing a team in it, only a
    # delegation actor can be found (as a subject), and most stories have none.
    toks = tokens(sent.doc)
    words = TEAM_VERBS | {MEMBER_NOUN}
    found = [toks[i] for i in lemma_positions(sent.doc, words) if sent.start <= i < sent.end]
    verbs = [t for t in found if t.lemma_.lower() != MEMBER_NOUN]
    delegations = any(a.type == "Delegation" for a in actors.actors)
    if not verbs and not delegations:
        return []
    out: list[str] = []
    if delegations:
        out.extend(_listed_members([t for t in found if t not in verbs], sent, actors))

    def add(ids: list[str]) -> None:
        out.extend(a for a in ids if a not in out)

    def countries(toks: list[Token]) -> list[str]:
        return [
            a
            for t in toks
            for a in actors.all_at(t.idx, t.idx + len(t))
            if actors.by_id(a).type == "Country"
        ]

    def add_head(tok: Token) -> None:
        # A long title's commas may hang the next head on a word of the title ("X, Minister
        # of State, Foreign Affairs ... of the DRC, Y, Minister of ..."): a conjunct deeper
        # in the phrase that is a person's name is a head too.
        deeper = [
            t
            for t in tok.subtree
            if t.dep_ == "conj" and t.head.i != tok.i and t.ent_type_ == "PERSON"
        ]
        for person in (tok, *(c for c in tok.children if c.dep_ == "conj"), *deeper):
            # The name itself (its compound words), not its title's subtree. A later conjunct
            # with no title of its own and no person's name is a piece of a title the parse
            # split off ("Minister of Foreign Affairs, International Cooperation and ...").
            core = [t for t in person.children if t.dep_ in ("compound", "flat")] + [person]
            s, e = min(t.idx for t in core), max(t.idx + len(t) for t in core)
            named = actors.all_at(s, e)
            titled = any(c.dep_ == "appos" for c in person.children)
            if (
                person.i == tok.i
                or titled
                or any(actors.by_id(a).type in ("Person", "Delegation") for a in named)
            ):
                add(named)
            if not named and person.lower_ in ("who", "he", "she"):
                who = unnamed_party(person, actors, None)
                add([who] if who else [])
            # The state the title names: "Minister of Foreign Affairs of Rwanda".
            for c in person.children:
                if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of"):
                    add(countries(list(c.subtree)))

    # "The U.S. delegation discussed policy priorities": a delegation doing what the sentence
    # tells is at the gathering told of around it.
    for subj in (
        t
        for t in (sent if delegations else ())
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.head.pos_ == "VERB"
        and t.head.lemma_.lower() not in STATE_VERBS
    ):
        core = [t for t in subj.children if t.dep_ in ("compound", "amod", "det")] + [subj]
        s, e = min(t.idx for t in core), max(t.idx + len(t) for t in core)
        add([a for a in actors.all_at(s, e) if actors.by_id(a).type == "Delegation"])
    add(_members(sent, verbs, actors))
    for verb in (t for t in verbs if t.pos_ == "VERB" and t.lemma_.lower() in HEAD_VERBS):
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        teams = [c for c in objs if c.lower_ in TEAM_NOUNS]
        if verb.dep_ == "acl" and verb.head.lower_ in TEAM_NOUNS:
            teams.append(verb.head)  # "a delegation, headed by X, left for Cairo"
        if not teams:
            continue
        for team in teams:
            sub = list(team.subtree)
            if verb.head.i == team.i:
                sub = [t for t in sub if t.i < verb.i]  # the team's words, not its clause's
            add(
                [
                    a
                    for a in actors.all_at(sub[0].idx, sub[-1].idx + len(sub[-1]))
                    if actors.by_id(a).type == "Delegation"
                ]
            )
        for c in verb.children:
            if c.dep_ == "agent":
                for pobj in (x for x in c.children if x.dep_ == "pobj"):
                    add_head(pobj)
            elif c.dep_ == "nsubj" and any(t.dep_ == "dobj" for t in teams):
                add_head(c)
    return out


# Links by which a heading verb opens a description of its noun, not a clause of its own:
# "Hamas, led by X," tells who leads the group at all times, not at the talks told of.
DESCRIBING_DEPS = {"acl", "relcl", "amod"}


# Prepositions that give a clause a span of time of its own: "X led Norway from 1990 to 2001".
SPAN_PREPS = {"from", "since", "until", "till"}


def own_time(verb: Token) -> bool:
    """Whether a verb of heading is dated by a span of its own ("from 1990 to 2001", "since
    2019") or, as the timeline tells it (`other_year`), by a year ("led the party in 1995"):
    the heading of another time than a gathering told of now, not the head of a team at it.
    A weekday or a month of the news is the gathering's own time ("led Norway at the talks on
    Monday")."""
    if any(c.dep_ == "prep" and c.lower_ in SPAN_PREPS for c in verb.children):
        return True
    return other_year(verb.doc, verb)


class PartyHeads(NamedTuple):
    """The people a clause tells as heading a party; `active` for "X led <party>", a form a
    story also uses of a career, not only of a team at talks."""

    party: str
    people: list[str]
    active: bool


def party_heads(sent: SpacySpan, actors: ActorIndex) -> list[PartyHeads]:
    """The people a sentence tells as heading a named party of talks, by a clause of its own
    ("The Union Committee was led by its chairman X, while the Front was headed by Y"; "X led
    the Union Committee"), each with the party: the head of a side's team at a gathering takes
    part in it, as the head of a delegation does (`delegation_parties`). Only the verbs of
    heading (`HEAD_VERBS`) in the sentence are read; a team noun is `delegation_parties`'s.
    A heading with a time of its own (`own_time`) is background, not this gathering's."""
    toks = tokens(sent.doc)
    out: list[PartyHeads] = []
    for i in lemma_positions(sent.doc, HEAD_VERBS):
        verb = toks[i]
        if not sent.start <= i < sent.end or verb.pos_ != "VERB" or verb.dep_ in DESCRIBING_DEPS:
            continue
        if own_time(verb):
            continue
        kids = list(verb.children)
        team = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        doers = [p for c in kids if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        active = team is None
        if team is None:  # active: "X led the Union Committee"
            team = next((c for c in kids if c.dep_ == "dobj"), None)
            doers = [c for c in kids if c.dep_ == "nsubj"]
        if team is None or team.lower_ in TEAM_NOUNS or not doers:
            continue
        parties = [
            a
            for a in actors.all_at(team.left_edge.idx, team.idx + len(team))
            if actors.by_id(a).type != "Person"
        ]
        people: list[str] = []
        for d in doers:
            for t in d.subtree:
                people += [
                    a
                    for a in actors.all_at(t.idx, t.idx + len(t))
                    if actors.by_id(a).type == "Person" and a not in people
                ]
        if parties and people:
            out.append(PartyHeads(parties[-1], people, active))
    return out


def _members(sent: SpacySpan, verbs: list[Token], actors: ActorIndex) -> list[str]:
    """The people a sentence lists as a team's members ("The Canadian delegation included the
    deputy minister, Jane Roe, and the ambassador, John Doe"). Every person named after the
    verb counts: the parse of a long list of titles often breaks it (a title's "of Canada to
    Peru" takes the next name as its object), and a state named inside a title is no member.
    `verbs` are the sentence's words of a team's verb (`TEAM_VERBS`), in text order."""
    members = (t for t in verbs if t.lemma_.lower() in MEMBER_VERBS)
    for verb in (t for t in members if t.pos_ in ("VERB", "AUX")):
        if verb.lemma_.lower() == "make" and not any(c.lower_ == "up" for c in verb.children):
            continue  # "made up of": not "the delegation made a proposal"
        if not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in TEAM_NOUNS for c in verb.children
        ):
            continue
        return [
            a
            for a in actors.all_at(verb.idx + len(verb), sent.end_char)
            if actors.by_id(a).type == "Person"
        ]
    return []


def _listed_members(nouns: list[Token], sent: SpacySpan, actors: ActorIndex) -> list[str]:
    """The people a copular sentence lists as a team's members: "The other members are X, Y
    and Z" (the members of no team but the one the story tells of), "the members of the team
    are X and Y"; not "members of the council are ..." (another body's members)."""
    out: list[str] = []
    for noun in nouns:
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
            continue
        owners = [
            p for c in noun.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
        ]
        if any(p.lower_ not in TEAM_NOUNS for p in owners):
            continue
        named = actors.all_at(verb.idx + len(verb), sent.end_char)
        out.extend(a for a in named if actors.by_id(a).type == "Person" and a not in out)
    return out


def tense_of(sent: SpacySpan) -> str | None:
    """The time a sentence's main verb tells by its own form: "past" ("the delegations were
    led by"), "future" ("will be headed by"), None when it tells neither."""
    root = sent.root
    # "X said the delegation will be led by Y": the time of what is said, not of the saying.
    told = [c for c in root.children if c.dep_ == "ccomp"]
    if root.lemma_.lower() in REPORTING_VERBS and told:
        root = told[0]
    words = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]
    if any(w.lower_ in ("will", "shall") for w in words):
        return "future"
    if any(w.tag_ == "VBD" for w in words):
        return "past"
    return None


def other_time(mention: Mention, tense: str | None) -> bool:
    """Whether a gathering and a sentence of `tense` lie across the present from each other:
    "... the next meeting. The delegations were led by X": who led delegations in the past
    led them at a gathering held, not at the one still to come (and the reverse)."""
    planned = mention.explicit_status and mention.status == "planned"
    return (tense == "past" and planned) or (tense == "future" and mention.past)

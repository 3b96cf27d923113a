"""The story's third parties: who the text calls a mediator anywhere in it, and their place in
each session of talks between others.

The guidelines keep the mediator apart from the participants. A mention finds its mediator
only in its own clause ("talks mediated by Oman"); a story often says once, elsewhere, who
mediates ("mediator Oman cited delays", "months of mediation by Egypt and Qatar", "Norway has
been facilitating the process") and then tells of the talks with all present named together
("the talks between A and B in Oslo, with Norway"). A party the story calls a mediator, found
beside two or more other parties of talks, a truce or an exchange, is the talks' mediator, not
a side; and so are its own people (its minister, its envoy). With fewer other parties it is a
side met by one of them ("the mediator met the rebels"), and keeps its place.

Who hosts or chairs talks or a meeting ("Norway, which is hosting the talks", "the round
chaired by the envoy", "will host a meeting with A and B") is such a third party too; a host of
guests ("hosted the president") is not: it is a side of the visit, and one who chairs a meeting
presides among its members, a side too. Which a hosting verb receives is read by
`event_senses.hosted_gathering`, the test the event-sense stage uses as well. Talks that name
only their third parties ("the US-mediated talks") are left without sides for the story's pair
to fill.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.act_lexicon import verb_lemma
from kg.extract.event_levels import HYPHENED_ROLES, Hyphened, hyphened_participle
from kg.extract.event_parties_targets import antecedent
from kg.extract.event_senses import hosted_gathering, hosting_verb
from kg.extract.event_state_adjectives import adjective_state, state_actor
from kg.extract.event_states import side, state_of
from kg.extract.index import ActorIndex
from kg.gazetteer import Gazetteer
from kg.model import Event
from kg.nlp import doc_text, lower_forms, with_lower

# Verbs whose doer stands between others ("Oman mediates", "brokered by the UAE").
MEDIATING_VERBS = {"mediate", "broker", "facilitate"}
VERB_STARTS = {v[:5] for v in MEDIATING_VERBS}
# "Facilitate" has a common sense of making any thing easier ("to facilitate aid deliveries"):
# it tells a third party only of talks.
TALK_WORDS = {"talk", "talks", "round", "rounds", "dialogue", "negotiation", "negotiations"}
# The doer of a hosting verb (`event_senses.hosting_verb`) receives the sides of a gathering
# between others: "Oman hosted the talks", "the round chaired by the envoy" (not "hosted the
# president": a host of guests is a side met). The stems are too short for `VERB_STARTS`: the
# cheap test reads a word's start.
HOST_STARTS = ("host", "chair")
# What a host receives: talks, or a gathering of several ("will host a meeting with A and B").
# A chair presides over talks between others; one who chairs a meeting sits at it among its
# members ("the minister chaired a meeting with her two counterparts"), so a side.
HOSTED_WORDS = TALK_WORDS | {"meeting", "meetings", "session", "sessions"}
HOSTED_BY = {"host": HOSTED_WORDS, "chair": TALK_WORDS}
# Nouns of that part: "mediator Oman", "the mediation of Malaysia", "Turkish mediation",
# "under the auspices of the AU".
MEDIATOR_WORDS = {
    "mediator",
    "mediators",
    "mediation",
    "facilitator",
    "facilitators",
    "facilitation",
    "auspices",
}
# Participles of a hyphened name-modifier (`event_levels.HYPHENED_ROLES`) that make the noun
# it modifies a mediator's ("the Qatar-brokered deal").
MEDIATED_WORDS = {w for w, role in HYPHENED_ROLES.items() if role == "mediator"}
# Participles that tell a third party only of talks: "the Kenyan-led peace talks", "UN-sponsored
# talks" (of a side, "an Eastland-led coalition", "Eastland-sponsored militias", they tell a
# sponsor, no mediator).
LED_WORDS = {"led", "sponsored"}
HYPHENED_THIRD = MEDIATED_WORDS | LED_WORDS
# What such talks are called: the talk words and the course they make up.
LED_TALKS = TALK_WORDS | {"process", "mediation"}
# The kinds of an occurrence between sides that a third party mediates.
MEDIATED_KINDS = {"negotiation_round", "ceasefire", "prisoner_exchange"}
# The kinds of an occurrence between sides that a third party of the story stands apart from
# when found beside two or more others: talks, truces, exchanges, and the meetings it hosts.
APART_KINDS = MEDIATED_KINDS | {"meeting"}
# Prepositions that bring in the third party after a mediator noun ("mediation by Egypt").
THIRD_PREPS = {"by", "of", "from"}
# Words a list of names is made of ("Ghana, Togo and the United Kingdom").
LIST_WORDS = {",", "and", "the"}
# How many sides must stay for a third party to stand apart.
MIN_SIDES = 2


def story_thirds(doc: Doc, actors: ActorIndex, gz: Gazetteer | None) -> list[str]:
    """Every actor the text calls a mediator or facilitator, in text order."""
    out: list[str] = []
    for tok in with_lower(doc, [w for w in lower_forms(doc) if _may_tell_third(w)]):
        for a in _named_third(tok, actors, gz):
            if a not in out:
                out.append(a)
    return out


def _may_tell_third(low: str) -> bool:
    """Whether a word of this lower-case form may tell a mediator (`_named_third` reads no
    other): a mediating verb's start, a "-mediated" compound, a mediator noun, "role"."""
    return (
        low[:5] in VERB_STARTS
        or low.rsplit("-", 1)[-1] in HYPHENED_THIRD
        or low in MEDIATOR_WORDS
        or low == "role"
        or low.startswith(HOST_STARTS)
    )


def _named_third(tok: Token, actors: ActorIndex, gz: Gazetteer | None) -> list[str]:
    """The actors the word `tok` tells to be mediators: the doer of a mediating verb, the names
    a mediator noun is set beside, the name of a "-mediated" compound."""
    low = tok.lower_
    # (Every inflection of a mediating verb starts as its lemma does: the cheap test first.)
    mediating = tok.pos_ == "VERB" and low[:5] in VERB_STARTS
    lemma = verb_lemma(tok, MEDIATING_VERBS) if mediating else ""
    if lemma in MEDIATING_VERBS:
        objs = [t for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
        if tok.dep_ == "acl":
            objs.append(tok.head)
        if lemma == "facilitate" and not any(t.lower_ in TALK_WORDS for t in objs):
            return []
        doers = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
        doers = [p for c in doers for p in ([c] if c.dep_ == "nsubj" else c.children)]
        if tok.dep_ == "acl":  # "talks mediated by X", "a meeting facilitated by X"
            doers += [p for c in tok.children if c.lower_ == "by" for p in c.children]
        if not doers:
            doers = _controllers(tok)
        return [a for d in doers for a in _names(antecedent(d), actors)]
    hosting = hosting_verb(tok) if low.startswith(HOST_STARTS) else None
    if hosting is not None:
        return _hosts(tok, hosting, actors)
    hyphened = hyphened_participle(tok) if "-" in low or low in HYPHENED_THIRD else None
    if hyphened is not None and hyphened.participle in MEDIATED_WORDS:
        word = doc_text(tok.doc)[hyphened.start : hyphened.end]  # "Qatar-mediated talks"
        return actors.all_at(hyphened.start, hyphened.end) or _state_named(word, actors, gz)
    if hyphened is not None and _leads_talks(tok, hyphened):  # "the Kenyan-led peace talks"
        word = doc_text(tok.doc)[hyphened.start : hyphened.end]
        named = actors.all_at(hyphened.start, hyphened.end) or _state_named(word, actors, gz)
        # A state's own talks may be "led" by it ("the Venezuelan-led negotiations": its own
        # parties talk, no one between them); a peace process it leads is between others.
        peace = any(c.lower_ == "peace" for c in tok.head.children)
        return [a for a in named if peace or actors.by_id(a).type != "Country"]
    if low == "role" and _third_role(tok):
        # "took on the role of a facilitator", "plays a mediating role": its subject
        verb = tok.head
        doers = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ == "VERB" else []
        return [a for d in doers for a in _names(antecedent(d), actors)]
    if low not in MEDIATOR_WORDS:
        return []
    if any(c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj":
        return []  # "the mediators and observers: A, B, C" tells not which is which
    found: list[str] = []
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "appos"):
            found += _names(c, actors)
        elif c.dep_ == "amod":
            state = adjective_state(c, actors, gz)
            found += [state] if state is not None else []
        elif c.dep_ == "prep" and c.lower_ in THIRD_PREPS:
            found += [a for p in c.children if p.dep_ == "pobj" for a in _names(p, actors)]
    if not found and tok.i + 2 < len(tok.doc) and tok.nbor(1).lower_ in THIRD_PREPS:
        found += _listed_after(tok.nbor(1), actors)  # the parser hung the phrase elsewhere
    if tok.dep_ in ("compound", "appos") and tok.head.pos_ == "PROPN":
        found += _names(tok.head, actors)  # "mediator Oman", "Oman, the mediator"
    return found


def _leads_talks(tok: Token, hyphened: Hyphened) -> bool:
    """A hyphened "-led" or "-sponsored" that modifies talks ("the AU-led peace talks"): its
    name leads them between others (a state, of a peace process only: see `_named_third`)."""
    if tok.dep_ not in ("amod", "compound") or tok.head.lower_ not in LED_TALKS:
        return False
    return hyphened.participle in LED_WORDS


def _hosts(verb: Token, lemma: str, actors: ActorIndex) -> list[str]:
    """The doers of a hosting verb whose object is what it hosts between others (`HOSTED_BY`:
    "X hosted the talks", "talks hosted by X", "X chaired the round"); none for guests, a
    thing, or a meeting one chairs."""
    if not hosted_gathering(verb, HOSTED_BY[lemma]):
        return []
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for c in verb.children if c.dep_ == "agent" or c.lower_ == "by" for p in c.children]
    if not doers:
        doers = _controllers(verb)
    return [a for d in doers for a in _names(antecedent(d), actors)]


def _state_named(word: str, actors: ActorIndex, gz: Gazetteer | None) -> list[str]:
    """The article's state a word of a compound names ("U.S." of "U.S.-mediated talks", a
    form the actor stage reads as no name of its own)."""
    entry = (gz.adjective(word) or gz.lookup(word)) if gz is not None else None
    state = state_actor(entry, actors) if entry is not None and entry.type == "Country" else None
    return [state] if state is not None else []


def _controllers(verb: Token) -> list[Token]:
    """The doers of a "to" infinitive without a subject of its own: those of the verb it
    completes ("X worked to broker a truce"; "an effort led by X to mediate": X)."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return []
    head = verb.head
    if head.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return subjects or [p for c in head.children if c.dep_ == "agent" for p in c.children]


def _third_role(role: Token) -> bool:
    """Whether a "role" noun is a mediator's ("the role of mediator", "a mediating role")."""
    words = [t for c in role.children for t in c.subtree]
    return any(t.lower_ in MEDIATOR_WORDS or t.lower_.startswith("mediat") for t in words)


def _listed_after(prep: Token, actors: ActorIndex) -> list[str]:
    """The names listed right after a preposition, up to the first word of no name."""
    end = prep.i + 1
    while end < len(prep.doc) and (
        prep.doc[end].pos_ == "PROPN" or prep.doc[end].lower_ in LIST_WORDS
    ):
        end += 1
    if end == prep.i + 1:
        return []
    last = prep.doc[end - 1]
    return actors.all_at(prep.doc[prep.i + 1].idx, last.idx + len(last))


def _names(tok: Token, actors: ActorIndex) -> list[str]:
    """The actors a noun and the nouns coordinated with it name ("Egypt, Qatar and the US")."""
    group = [tok]
    for t in group:  # the coordination's chain only, not names deeper in its phrases
        group += [c for c in t.children if c.dep_ in ("conj", "appos")]
    out: list[str] = []
    for t in group:
        for a in actors.all_at(t.idx, t.idx + len(t)):
            if a not in out:
                out.append(a)
    return out


def set_thirds_apart(
    events: list[Event], thirds: list[str], actors: ActorIndex, gz: Gazetteer | None
) -> None:
    """Each session of talks, truce or exchange that names a third party of the story beside
    two or more others takes it as its mediator, not as a side (see the module's doc)."""
    for ev in events:
        if ev.kind not in MEDIATED_KINDS:
            own = _mediator_people(ev, actors, gz)
            if own:
                ev.participants = [p for p in ev.participants if p not in own]
            if ev.kind not in APART_KINDS:
                continue
        known = set(thirds) | ({ev.mediator} if ev.mediator else set())
        # A third party's people stand apart, and so does the state a third person acts for
        # ("Ethiopian Prime Minister X, who hosts the talks": Ethiopia is no side either).
        known |= {state_of(p, actors, gz) or p for p in known if actors.by_id(p).type == "Person"}
        apart = [p for p in ev.participants if p in known or state_of(p, actors, gz) in known]
        rest = [p for p in ev.participants if p not in apart]
        # Talks, a truce or an exchange that name only their third parties ("the US-mediated
        # talks") name no side: the story's sides are found for them later (`pair_sides`).
        alone = not rest and ev.kind in MEDIATED_KINDS
        if not apart or (len(_sides(rest, actors, gz)) < MIN_SIDES and not alone):
            continue
        ev.participants = rest
        if ev.mediator is None:
            bodies = [p for p in apart if actors.by_id(p).type != "Person"]
            ev.mediator = (bodies or apart)[0]


def _mediator_people(ev: Event, actors: ActorIndex, gz: Gazetteer | None) -> list[str]:
    """The parties of an event that act for its mediating state (its minister, its delegation),
    when two or more sides stay without them: "under the mediation of A, ... the delegations
    were led by X of B, Y of C and Z of A": Z mediates with A, no side."""
    if ev.mediator is None or actors.by_id(ev.mediator).type != "Country":
        return []
    own = [p for p in ev.participants if state_of(p, actors, gz) == ev.mediator]
    rest = [p for p in ev.participants if p not in own]
    return own if len(_sides(rest, actors, gz)) >= MIN_SIDES else []


def _sides(parties: list[str], actors: ActorIndex, gz: Gazetteer | None) -> set[str]:
    """The distinct sides among parties: a state or body with its delegation and bodies is one
    (a body's leader, told beside it, adds none); people alone are each a side."""
    bodies = [p for p in parties if actors.by_id(p).type != "Person"]
    if not bodies:
        return set(parties)
    # An office holder of a state not named beside them still brings that state's side
    # ("A's president and B met": two sides).
    held = {state_of(p, actors, gz) for p in parties if p not in bodies}
    return {side(p, actors, gz) for p in bodies} | {s for s in held if s is not None}

"""Acts named by a noun, not a verb: "the annexation of Kashmir by India", "Pakistan's
downgrading of ties", "the inauguration of the Joint Coordination Centre".

Input: the parsed `Doc`, the article, the `ActorIndex` and the characters already read.
Output: one `other` event per act noun whose doer the text names (the `by` agent or the
possessor; for `OF_PARTY` nouns, the named body after `of`). The guidelines count such acts as
`other` events when held; a noun governed by a verb of wishing or a modal verb ("threatened
annexation", "would call for the annexation") is not done, and is skipped.
"""

from __future__ import annotations

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from kg.extract.act_lexicon import NOUN_ACTS, OF_PARTY
from kg.extract.actors import ActorIndex, in_noise
from kg.extract.event_coref import EventResult
from kg.extract.speech_acts import actors_of, irrealis
from kg.extract.timeline import timeline_for
from kg.model import Article, Event, Span, trim_space
from kg.nlp import columns, lemma_positions, tokens

# Heads that make the act a wish, a plan or a threat, not a deed (CAMEO 13, 10).
NOT_DONE = frozenset(
    """threaten plan propose demand urge seek want call oppose reject prevent avoid warn
    consider discuss fear""".split()
)
NOT_DONE_MODS = frozenset({"planned", "proposed", "possible", "threatened", "future", "upcoming"})

# Act nouns of CAMEO 16-17 (reduce relations, coerce) that the guidelines count as `other`
# events when imposed ("sanctions imposed", arrests): the doer is the `by` agent, the
# possessor, the subject of the light verb that does the act ("issued arrest warrants",
# "imposed an embargo"), or for measures a state takes, the party named before the noun ("EU
# sanctions", "United States sanctions").
# A lawsuit or an indictment brought against a party is CAMEO 115 (bring lawsuit against), an
# accusation done by a deed (PLOVER's DISAPPROVE), which the guidelines count as an event.
MEASURES = {
    "sanction": "SANCTION",
    "embargo": "SANCTION",
    "warrant": "COERCE",
    "lawsuit": "DISAPPROVE",
    "indictment": "DISAPPROVE",
}
# The lemmas of act nouns, and the id of the noun part of speech (`columns`).
_ACT_LEMMAS = frozenset(NOUN_ACTS) | frozenset(MEASURES)
_NOUN = POS_IDS["NOUN"]
# Verbs that do the act their object names.
LIGHT_VERBS = frozenset(
    {"issue", "impose", "slap", "introduce", "extend", "order", "enforce", "file", "bring",
     "lodge", "launch", "hand"}
)  # fmt: skip
# Prepositions that name whom a measure is aimed at: "sanctions on X", "a warrant for X", "a
# lawsuit against X".
AIMED_PREPS = ("against", "for", "on")


def _pobj(noun: Token, prep: str) -> Token | None:
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == prep:
            return next((x for x in c.children if x.dep_ == "pobj"), None)
    return None


def _done(noun: Token) -> bool:
    if any(c.lower_ in NOT_DONE_MODS for c in noun.children if c.dep_ == "amod"):
        return False
    head = noun.head
    while head.pos_ == "ADP" and head.head != head:
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() not in NOT_DONE and not irrealis(head)
    return True


def find_nominal_acts(
    doc: Doc, article: Article, actors: ActorIndex, taken: list[tuple[int, int]]
) -> EventResult:
    """Events for the act nouns of `doc` with a named doer; `taken` are characters read."""
    result = EventResult()
    text = article.text
    # The nouns among the words whose lemma names an act, found in the doc's word table
    # instead of reading every noun's lemma.
    toks, tags = tokens(doc), columns(doc).pos
    for i in lemma_positions(doc, _ACT_LEMMAS):
        if tags[i] != _NOUN:
            continue
        tok = toks[i]
        lemma = tok.lemma_.lower()
        act = NOUN_ACTS.get(lemma) or MEASURES.get(lemma)
        if act is None:
            continue
        s, e = tok.idx, tok.idx + len(tok)
        if any(a <= s < b for a, b in taken) or in_noise(article, s, e) or not _done(tok):
            continue
        of = _pobj(tok, "of")
        # "the expulsion of diplomats by Norway": the parser may hang the agent on the object.
        by = _pobj(tok, "by") or (_pobj(of, "by") if of is not None else None)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        doers = actors_of(by, actors) if by is not None else []
        doers = doers or (actors_of(owner, actors) if owner is not None else [])
        if lemma in MEASURES and not doers:
            doers = _measure_doers(tok, actors)
        if tok.dep_ in ("compound", "amod"):
            continue  # "arrest warrant": the word names what the other one is
        verb = tok.head
        if tok.dep_ == "dobj" and any(a <= verb.idx < b for a, b in taken):
            continue  # "imposed new sanctions": the verb told the act already
        done_to = actors_of(of, actors) if of is not None else []
        if lemma in MEASURES and not done_to:
            done_to = _aimed_at(tok, actors)
        if not doers and not (tok.lemma_.lower() in OF_PARTY and done_to):
            continue  # the guidelines want a named party, never an inferred one
        tgt = next((a for a in done_to if a not in doers), None)
        sent = tok.sent
        event = Event(
            kind="other",
            evidence=Span.of(text, *trim_space(text, sent.start_char, sent.end_char)),
            participants=doers + ([tgt] if tgt else []),
            trigger=Span.of(text, s, e),
            plover=act,
            target=tgt,
        )
        event.date = timeline_for(doc, article).date_for(s, e)
        same = next(
            (
                ev
                for ev in result.events
                if ev.plover == act and set(ev.participants) == set(event.participants)
            ),
            None,
        )
        if same is not None:
            # A headline and its story name one occurrence ("welcomes inauguration of ..."):
            # one event, dated by whichever mention anchors it.
            same.date = same.date or event.date
            continue
        result.events.append(event)
        result.triggers.append([(s, e)])
    return result


def _measure_doers(noun: Token, actors: ActorIndex) -> list[str]:
    """Who takes the measure `noun` names: the subject of the light verb that does it ("Iran
    issued arrest warrants"), else the party named before it ("EU sanctions")."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            # "the court issued a warrant", "it filed a lawsuit": whom the discourse stage
            # resolved the description or pronoun to
            who = actors.resolve(subj.idx, subj.idx + len(subj))
            return actors_of(subj, actors) or ([who] if who is not None else [])
    found: list[str] = []
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
            found += [a for a in actors_of(c, actors) if a not in found]
    return found


def _aimed_at(noun: Token, actors: ActorIndex) -> list[str]:
    """Whom a measure is aimed at: the party after "against", "for" or "on" ("a warrant for
    X", "a lawsuit against X"), on the noun or on the light verb that does it."""
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for holder in holders:
        for prep in AIMED_PREPS:
            pobj = _pobj(holder, prep)
            if pobj is not None and actors_of(pobj, actors):
                return actors_of(pobj, actors)
    return []

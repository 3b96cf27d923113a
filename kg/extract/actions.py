"""Acts done, not said: arrests, sanctions, deployments, protests, aid, rejections, as events.

Input: the parsed `Doc`, the article, the `ActorIndex`, and the character ranges already taken
(statement cues, which `speech_acts` types, and the triggers of the diplomatic events).
Output: `EventResult` with one `Event` per act: kind `attack` for violence (PLOVER ASSAULT,
FIGHT), else `other`; participants source first, then `target`; `plover` from the lexicon.

Precision before recall, because these events go into every graph: a verb counts only if the
lexicon names its act, it happened (not negated, modal, conditional, wished or demanded), and
someone did it: a named actor, a group noun (`police`, `protesters`) or, for a passive
(`troops were deployed`, `he was arrested`), someone it was done to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg import gazetteer
from kg.extract.act_lexicon import LIGHT_VERBS, objects, verb_act, verb_lemma
from kg.extract.act_typer import head_of, load_model
from kg.extract.actors import ActorIndex, in_noise
from kg.extract.contents import statement_says_nothing
from kg.extract.cue_acts import deed_cue
from kg.extract.event_acts import (
    TRIPS,
    fate_of_event,
    merge_headline_acts,
    no_act_done,
)
from kg.extract.event_coref import EventResult
from kg.extract.event_pairs import PAIR_RE, last_pair
from kg.extract.nominal_acts import find_nominal_acts
from kg.extract.speakers import document_author, speaker_past_dateline
from kg.extract.speech_acts import (
    actors_of,
    intent_act,
    irrealis,
    modal,
    negated,
    subject,
    target,
)
from kg.extract.statements import names_people
from kg.extract.timeline import timeline_for
from kg.extract.timex import after
from kg.model import Article, Event, EventKind, PartialDate, Span, Statement, trim_space
from kg.nlp import doc_text, sentences, with_pos

QUANTITIES = {
    "hundred",
    "thousand",
    "dozen",
    "million",
    "score",
    "group",
    "number",
    "crowd",
    "ten",
    "tens",
    "half",
    "third",
    "quarter",
    "majority",
    "some",
    "many",
    "most",
}
# The means of an attack done by someone unnamed: "a roadside bomb killed ...", "an explosion
# wounded ..." (PLOVER codes the act with no source).
MEANS = {
    "bomb",
    "bombing",
    "blast",
    "explosion",
    "device",
    "mine",
    "grenade",
    "airstrike",
    "attack",
    "raid",
}
PERSON_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
NAMED = {"PERSON", "ORG", "GPE", "NORP"}


def _relative_doer(verb: Token) -> bool:
    """`the army, which rejected the proposal`: the subject is a relative pronoun."""
    return verb.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children
    )


def _someone(tok: Token | None, actors: ActorIndex) -> bool:
    """A subject that can act: an actor, a named group, a person pronoun, a group noun."""
    if tok is None:
        return False
    if tok.lemma_.lower() in QUANTITIES:
        # "hundreds of farmers", "a group of students": the people counted act.
        of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        people = [c for p in of for c in p.children if c.dep_ == "pobj"]
        if people:
            tok = people[0]
    if actors_of(tok, actors) or tok.ent_type_ in NAMED:
        return True
    lemma = tok.lemma_.lower()
    return tok.lower_ in PERSON_PRONOUNS or names_people(tok) or lemma in GROUPS or lemma in MEANS


# Groups that act in conflict news and are not agent nouns (-er, -ist) already.
GROUPS = {
    "police",
    "army",
    "force",
    "troop",
    "military",
    "militia",
    "rebel",
    "guerrilla",
    "authority",
    "regime",
    "junta",
    "parliament",
    "cabinet",
    "ministry",
    "court",
    "judge",
    "student",
    "crowd",
    "opposition",
    "staff",
    "aircraft",
    "helicopter",
    "tank",
    "jet",
    "warplane",
    "drone",
    "militant",
    "gunman",
    "gunmen",
}


def find_actions(
    doc: Doc,
    article: Article,
    actors: ActorIndex,
    taken: list[tuple[int, int]],
    events: list[tuple[int, int]] | None = None,
) -> EventResult:
    """Events for the acts of `doc`; `taken` are the characters already read (statement cues,
    event words), `events` the event words among them."""
    result = EventResult()
    text = article.text
    for tok in with_pos(doc, "VERB"):
        s, e = tok.idx, tok.idx + len(tok)
        if any(a <= s < b for a, b in taken) or in_noise(article, s, e):
            continue
        act = intent_act(tok) or verb_act(tok)
        if act is None or (irrealis(tok) and not _attempted(tok, act)):
            continue
        if act == "AGREE" and _about_event(tok, events or []):
            continue
        if _light_of_event(tok, events or []):
            continue  # "announced a truce": the truce is the event, no announcing act beside it
        if _done_to_event(tok, events or []) or fate_of_event(tok, events or []):
            continue  # "the talks were suspended": the talks' status, not an act of its own
        if act == "CONSULT" and _in_event_sentence(tok, events or []):
            continue  # "met Kim and handed over a letter": part of that meeting
        doer, passive = subject(tok)
        verbal = act in VERBAL_ACTS and tok.lemma_.lower() not in MATERIAL_VERBS
        if verbal and _relative_doer(tok):
            continue  # (a saying in a relative clause is the statement stage's to read)
        if doer is not None:
            doer = speaker_past_dateline(doer, tok)  # "KAZINFORM - The UN welcomed": the UN
        # "the two neighbours severed ties": the last two the text named together.
        pair = (
            last_pair(text, actors, doer.idx)
            if doer is not None and PAIR_RE.fullmatch(_np_text(doer))
            else []
        )
        if not _someone(doer, actors) and not (pair and act not in VERBAL_ACTS):
            continue  # (words of a pair the statement stage has not read stay unread)
        named = actors_of(doer, actors)
        source = [] if passive else named
        # A passive's subject is what the act was done to: "the envoy was expelled".
        tgt = named[0] if passive and named else target(tok, source, actors, act)
        sent = tok.sent
        if act in VERBAL_ACTS and tok.lemma_.lower() not in MATERIAL_VERBS:
            # "welcomed the truce", "accused Israel of ...": a stance taken in words is a
            # statement with its content, not an event (the annotation guidelines).
            # A pronoun or description doer speaks for whom the discourse stage resolved it to.
            # (A passive's subject is no speaker: "was condemned in a joint statement by
            # Egypt" is the statement's authors' words. With no authors named, the subject
            # stays as before: the act is still typed.)
            authors = _authors(tok, actors) if passive else []
            who = source or authors or _resolved(doer, actors)
            said = _statement(tok, doer, article, who, tgt, act)
            if said is not None and authors and doer is not None:
                # What was condemned is the passive's subject; its authors' words stay unnamed.
                said.content, said.speaker_span = _phrase(doer, text), None
            if (
                said is not None
                and statement_says_nothing(doc, said)
                and _done(doc, tok, said, [*source, *([tgt] if tgt else [])])
            ):
                said = None  # "agreed to lift the embargo": a decision to act, coded as done
            if said is not None:
                if not any(st.cue.start < e and s < st.cue.end for st in result.statements):
                    result.statements.append(said)
                continue
            # Nothing said but a pronoun ("rejected it"): the act alone, as before.
        if no_act_done(tok):
            # (A tally of victims with no doer counts the dead of an attack or a war.)
            # "the PKK is banned in Turkey": a state in force; "a statement released by the
            # office": words made public. No act done (`event_acts`).
            continue
        kind: EventKind = "attack" if act in ("ASSAULT", "FIGHT") else "other"
        parties = source + ([tgt] if tgt and tgt not in source else [])
        if not parties and not passive:
            parties = pair
        trip = _called_off_trip(tok, actors)
        if trip:
            # The trip is the event: its traveller and destination take part, not the
            # one who called it off (the guidelines' participants are those taking part).
            parties, tgt = trip, (tgt if tgt in trip else None)
        event = Event(
            kind=kind,
            evidence=Span.of(text, *trim_space(text, sent.start_char, sent.end_char)),
            participants=parties,
            trigger=Span.of(text, s, e),
            plover=act,
            target=tgt,
        )
        event.date = timeline_for(doc, article).date_for(s, e, [a for a, _b in events or []])
        if trip:
            event.status = "cancelled"
        elif after(event.date, article.published_date):
            event.status = "planned"  # "Chile to release five prisoners on Monday": ahead
        result.events.append(event)
        result.triggers.append([(s, e)])
    read = taken + [span for trig in result.triggers for span in trig]
    nominal = find_nominal_acts(doc, article, actors, read)
    result.events += nominal.events
    result.triggers += nominal.triggers
    _learned_acts(doc, article, actors, taken, result)
    merge_headline_acts(text, result)
    return result


def _learned_acts(
    doc: Doc,
    article: Article,
    actors: ActorIndex,
    taken: list[tuple[int, int]],
    result: EventResult,
) -> None:
    """The learned typer's act of a sentence in which the rules typed none (`act_typer`),
    done by someone the text names: an event at the main clause's verb."""
    model = load_model()
    if model is None:
        return
    text = article.text
    done = taken + [span for trig in result.triggers for span in trig]
    # (A verbal act whose statement says nothing is dropped by the pipeline: not an act.)
    done += [
        (st.cue.start, st.cue.end)
        for st in result.statements
        if not statement_says_nothing(doc, st)
    ]
    for sent in sentences(doc):
        if any(sent.start_char <= a < sent.end_char for a, _b in done):
            continue
        head = head_of(sent)
        s, e = head.idx, head.idx + len(head)
        # A negated act is none ("did not reject"), whatever the model reads into its words.
        if head.pos_ != "VERB" or negated(head) or irrealis(head) or in_noise(article, s, e):
            continue
        if no_act_done(head):
            continue  # a state in force, or words made public: no act done (`event_acts`)
        if intent_act(head) or verb_act(head):
            continue  # the rules read this verb and their gates declined it ("agreed to remain")
        doer, passive = subject(head)
        if not _someone(doer, actors):
            continue  # (asked before the model, which costs more: no act either way)
        act = model.type_of(sent)
        if act is None:
            continue
        source = [] if passive else actors_of(doer, actors)
        tgt = target(head, source, actors, act)
        parties = source + ([tgt] if tgt and tgt not in source else [])
        event = Event(
            kind="attack" if act in ("ASSAULT", "FIGHT") else "other",
            evidence=Span.of(text, *trim_space(text, sent.start_char, sent.end_char)),
            participants=parties,
            trigger=Span.of(text, s, e),
            plover=act,
            target=tgt,
        )
        event.date = timeline_for(doc, article).date_for(s, e)
        result.events.append(event)
        result.triggers.append([(s, e)])


# Journeys whose calling off is the journey's fate (the guidelines: a trip `cancelled`):
# event_acts.TRIPS.
CALLING_OFF = frozenset({"cancel", "call off", "scrap", "call"})


def _called_off_trip(verb: Token, actors: ActorIndex) -> list[str] | None:
    """`cancelled Pompeo's trip to Pyongyang`: the trip is the event, called off, and its
    traveller and destination take part (with whoever called it off); None for other acts."""
    if verb.lemma_.lower() not in CALLING_OFF:
        return None
    trip = next((o for o in objects(verb) if o.lemma_.lower() in TRIPS), None)
    if trip is None:
        return None
    out: list[str] = []
    for c in trip.children:
        if c.dep_ == "poss":
            out += actors_of(c, actors)
        if c.dep_ == "prep" and c.lower_ == "to":
            for pobj in (x for x in c.children if x.dep_ == "pobj"):
                out += actors_of(pobj, actors) or _capital_state(pobj, actors)
    return out


def _capital_state(place: Token, actors: ActorIndex) -> list[str]:
    """A trip to a capital is a trip to its state, when the text names that state."""
    hit = gazetteer.default().city_country(place.text)
    if hit is None or not hit[1]:
        return []
    return [a.id for a in actors.actors if a.name == hit[0].name][:1]


def _in_event_sentence(verb: Token, events: list[tuple[int, int]]) -> bool:
    """An event word in the verb's sentence, outside a relative clause of the verb's phrase:
    "sent a message in which he backed the talks" tells the talks as the message's content,
    not as the occasion it was handed over at ("met the envoy and gave her a letter")."""
    sent = verb.sent
    # What a relative clause says of what is sent ("a message to X in which he ...").
    said = [t for t in verb.subtree if t.dep_ == "relcl" and t != verb]
    content = [(t.idx, t.idx + len(t)) for o in said for t in o.subtree]
    return any(
        sent.start_char <= a < sent.end_char and not any(lo <= a < hi for lo, hi in content)
        for a, _b in events
    )


def _attempted(verb: Token, act: str) -> bool:
    """An attempted killing or attack is done violence (CAMEO 185 "attempt to assassinate"):
    "attempted to assassinate", "tried to kill" (not "may try to", "did not try to")."""
    head = verb.head
    if act not in ("ASSAULT", "FIGHT") or verb.dep_ not in ("xcomp", "acl") or head == verb:
        return False
    if head.lemma_.lower() not in ("attempt", "try"):
        return False
    return not negated(head) and modal(head) is None and not irrealis(head)


def _done(doc: Doc, verb: Token, said: Statement, parties: list[str]) -> bool:
    """Whether a verbal act that says nothing is a deed done all the same: an agreement to
    act, or a deed its complement shows, with a party the text names ("Norland established
    ties", "accepted a formula": `cue_acts.deed_cue`; with no party, no event)."""
    cue, content = (said.cue.start, said.cue.end), (said.content.start, said.content.end)
    return _agreed_act(verb) or (bool(parties) and deed_cue(doc, cue, content))


def _agreed_act(verb: Token) -> bool:
    """`agreed to lift the embargo`, `agreed to resign`: a decision to do an act the lexicon
    names, coded as that act agreed (PLOVER AGREE, kind `other`). "Agreed to remain in
    contact" names none and stays unread: the annotation guidelines count no event for a
    decision alone, and it is no statement, since it reports no words."""
    return any(c.dep_ == "xcomp" and verb_act(c) is not None for c in verb.children)


def _np_text(tok: Token) -> str:
    return doc_text(tok.doc)[tok.left_edge.idx : tok.idx + len(tok)]


def _done_to_event(verb: Token, events: list[tuple[int, int]]) -> bool:
    """A passive's subject is an event word already found ("the talks were suspended", "the
    meeting was postponed"): the act tells that event's fate. (An active one with a doer, "X
    rejected the talks", is an act of X's all the same.)"""
    return any(a <= c.idx < b for c in verb.children if c.dep_ == "nsubjpass" for a, b in events)


def _light_of_event(verb: Token, events: list[tuple[int, int]]) -> bool:
    """A light verb whose object is an event word already found ("declared a ceasefire",
    "launched an assault"): the verb names that event, which the event stage records, and no
    second act (the guidelines: an announced deal is no event of its own)."""
    lemma = verb_lemma(verb)
    phrasal = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
    if lemma not in LIGHT_VERBS and not LIGHT_VERBS.intersection(phrasal):
        return False  # ("carried out an assault": the verb with its particle)
    return any(a <= o.idx < b for o in objects(verb) for a, b in events)


def _about_event(verb: Token, events: list[tuple[int, int]]) -> bool:
    """An agreement to an event already found ("agreed to exchange prisoners", "the meeting
    they had agreed on"): the event records it, planned, and is not repeated as an act."""
    toks = list(verb.subtree)
    if verb.dep_ == "relcl":
        toks.append(verb.head)
    return any(a <= t.idx < b for t in toks for a, b in events)


# PLOVER types of acts done in words: expressing intent, praising, demanding, accusing,
# rejecting, threatening. Their verbs that name deeds are events all the same.
VERBAL_ACTS = {"AGREE", "SUPPORT", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN"}
# (Summoning an envoy is a protest done by a deed, CAMEO 1121: the envoy is no content.)
MATERIAL_VERBS = {"sue", "indict", "convict", "veto", "recognize", "recognise", "defy", "summon"}
CONTENT_DEPS = {"dobj", "ccomp", "xcomp", "prep", "dative", "attr", "oprd", "advcl", "npadvmod"}


def act_date(text: str, sent: SpacySpan, start: int, article: Article) -> PartialDate | None:
    """The date of the act at `start`: the anchor of its own clause on the article's timeline."""
    return timeline_for(sent.doc, article).date_for(start, start + 1)


def _statement(
    verb: Token,
    doer: Token | None,
    article: Article,
    source: list[str],
    tgt: str | None,
    act: str,
) -> Statement | None:
    """The statement a verbal act makes: its doer says what follows the verb in its clause
    ("welcomed [the extension of the truce]", "agreed [that ...]")."""
    text = article.text
    particles = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    cue_end = (particles[-1] if particles else verb).idx + len(particles[-1] if particles else verb)
    toks = [t for c in verb.children if c.dep_ in CONTENT_DEPS and c.i > verb.i for t in c.subtree]
    toks = [t for t in toks if not t.is_punct or t.i < max(x.i for x in toks)]
    if not toks:
        return None
    first = min(toks, key=lambda t: t.i)
    if first.lower_ == "that" and first.dep_ == "mark":
        toks = [t for t in toks if t.i != first.i]
        first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last)
    while end > start and text[end - 1] in ".,;:":
        end -= 1
    if end <= start or all(t.pos_ in ("PRON", "DET") or t.is_punct for t in toks):
        return None
    sent = verb.sent
    return Statement(
        speaker=source[0] if source else None,
        cue=Span.of(text, verb.idx, cue_end),
        content=Span.of(text, start, end),
        kind="indirect",
        evidence=Span.of(text, *trim_space(text, sent.start_char, sent.end_char)),
        date=act_date(text, sent, verb.idx, article),
        plover=act,
        target=tgt,
        speaker_span=_phrase(doer, text) if doer is not None else None,
    )


def _authors(verb: Token, actors: ActorIndex) -> list[str]:
    """Who issued the text a passive act was done in ("condemned in a joint statement by
    Egypt, Greece and Cyprus")."""
    for prep in verb.children:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        author = document_author(pobj) if prep.lower_ == "in" and pobj is not None else None
        if author is not None:
            return actors_of(author, actors)
    return []


def _resolved(doer: Token | None, actors: ActorIndex) -> list[str]:
    who = actors.resolve(doer.idx, doer.idx + len(doer)) if doer is not None else None
    return [who] if who is not None else []


def _phrase(tok: Token, text: str) -> Span:
    sub = list(tok.subtree)
    return Span.of(text, sub[0].idx, sub[-1].idx + len(sub[-1]))

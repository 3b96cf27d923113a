"""A learned source ranker: which actor of the article speaks a statement.

The rules (`speakers.py`, resolved through the discourse stage) give one answer or none. The
ranker looks again at every actor mentioned near the cue, by name, pronoun or description,
and scores each with a linear model (conditional logit) over cheap features: whether the rules
chose it, where its nearest mention sits relative to the cue (sentence, token distance, before
or after, inside the quoted content), its dependency label and whether it hangs on the cue,
how it is mentioned (name, pronoun, role, body), its type and entity label, whether it spoke
the statement before, and how often the article names it; and, beside the candidate's type,
what the words naming the source are ("the ministry", "the envoy", "he", a capital city,
"according to", none), and whether the candidate owns them ("Iraq's foreign ministry"); and
where the words describe the speaker (`source_description.py`), whether the candidate fits
the description: its recorded titles bear the head noun ("the spokesman": the person titled
spokesman, not the minister beside him), its names the other words ("Alpine
leaders": a body so named), and the description's number (one, plural, counted: "the two
leaders") beside its type. The best candidate replaces the rules' answer when its probability
passes a threshold (chosen by cross-validation over news stories; of equal accuracy, the
higher, which abstains more), except where the rules found the source's words and they
are the press, bystanders, experts or a poll ("Russian media reported"), figures no actor
named in them issued ("an average of polls shows"), or an unnamed member of a body that the
rules read as speaking for it ("an Israeli official said"): those mention actors without
being them, and PolNeAR, whose sources are text spans, cannot teach the model so. Of the same
kind: a title one person holds that the rules left unresolved is answered only by a person
given that title or none, or by the state or body named before it as its owner ("the envoy
to Eastland" is not Eastland), and "the spokesperson" by no person titled otherwise. "The
latter" and "the former" answer only to the actor they name (the last named, or the one of
its type named before), or the ranker abstains. Nor does it answer with whom the source's
own words rule out (`source_owners.py`): where they name the owner of a title ("the Westland
envoy"), an actor the article ties only to another state or body, or, when it names a holder
of that owner's office, anyone else; and an actor named as the cue's addressee ("told X").
Where the rules' own answer is so ruled out, the likeliest candidate allowed replaces it.

The weights (`source_ranker.json`) are trained by `bench/train_source.py` on realnews-style
tuning stories and PolNeAR's train split (see the README section "Learned source ranker"); the
words naming the speaker where the statement is made (`speaker_span`, published as
`pa:speakerEvidence`) stay as they were, and are only filled from the chosen mention when the
rules found none.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg import gazetteer
from kg.extract.discourse_words import (
    BODY_NOUNS,
    SPOKES_NOUNS,
    STATE_NOUNS,
)
from kg.extract.index import ActorIndex
from kg.extract.linear_weights import LinearModel, weights_file
from kg.extract.source_description import (
    PERSON_TITLES,
    SPOKES_TITLES,
    describe,
    described,
    description_features,
    descriptors,
    may_hold,
    ordinal_referent,
    title_word,
)
from kg.extract.source_owners import ruled_out
from kg.extract.source_words import (
    INDEFINITE,
    MEMBER_WORDS,
    are_figures,
    for_their_body,
    for_their_group,
    no_one_person,
    object_of_cue,
    person_word,
    token_at,
    unnamed_source,
)
from kg.model import Span, Statement
from kg.nlp import containing, doc_text, sentences, span_at, tokens

log = logging.getLogger(__name__)

WEIGHTS_PATH = Path(__file__).with_name("source_ranker.json")
# Its KG_* variable and default; the pipeline records it in the extractor's name when set.
SETTING = ("SOURCE_RANKER", str(WEIGHTS_PATH))
SENTENCES_BEFORE = 3  # how far back a candidate may be mentioned, in sentences
SENTENCES_AFTER = 1
# Unnamed people who speak for no body of the story ("three people familiar with the talks",
# "one Western diplomat", "a source close to the talks": the actor named nearest is not
# them); "an official" may well be the body's in view: the model judges.
UNNAMED_PEOPLE = {"person", "people", "diplomat", "source"}
SAYING = {"say", "tell", "add", "state", "note", "write", "according", "argue", "claim"}


@dataclass(frozen=True)
class Mention:
    actor: str
    start: int
    end: int
    token: int  # the head token of the mention
    kind: str  # "name", "pronoun", "role", "body", ...


@dataclass(frozen=True)
class Candidate:
    actor: str
    features: tuple[str, ...]
    span: tuple[int, int]  # the nearest mention's characters


class ArticleMentions:
    """The mentions of one article, by position, with the sentence of each token."""

    def __init__(self, doc: Doc, index: ActorIndex) -> None:
        self.doc = doc
        self.sent_starts = [s.start for s in sentences(doc)]
        self.para_breaks = containing(doc, "\n")  # the tokens with a line break
        mentions: list[Mention] = []
        for m in [*index.mentions, *index.refs]:
            if m.nested:
                continue
            span = span_at(doc, m.start, m.end)
            if span is None:
                continue
            mentions.append(Mention(m.actor, m.start, m.end, span.root.i, m.kind))
        self.mentions = sorted(mentions, key=lambda x: x.token)
        self.tokens = [x.token for x in self.mentions]
        self.counts = Counter(x.actor for x in self.mentions)
        self.types = {a.id: a.type for a in index.actors}
        self.words = {a.id: descriptors(a) for a in index.actors}
        self.described = {a.id for a in index.actors if described(a)}
        lead_end = self.sent_starts[2] if len(self.sent_starts) > 2 else len(doc)
        self.lead = {x.actor for x in self.mentions if x.token < lead_end}

    def sent(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def para(self, i: int) -> int:
        return bisect.bisect_right(self.para_breaks, i)

    def mentions_at(self, tokens: set[int]) -> list[Mention]:
        """The mentions whose head is one of `tokens`."""
        out = []
        for i in tokens:
            k = bisect.bisect_left(self.tokens, i)
            while k < len(self.tokens) and self.tokens[k] == i:
                out.append(self.mentions[k])
                k += 1
        return out

    def window(self, cue: int) -> list[Mention]:
        s = self.sent(cue)
        lo_s = max(0, s - SENTENCES_BEFORE)
        hi_s = s + SENTENCES_AFTER + 1
        lo = self.sent_starts[lo_s]
        hi = self.sent_starts[hi_s] if hi_s < len(self.sent_starts) else len(self.doc)
        a, b = bisect.bisect_left(self.tokens, lo), bisect.bisect_left(self.tokens, hi)
        return self.mentions[a:b]


def _bucket(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _source_class(head: Token | None, cue: Token) -> str:
    """What the words naming the source are, by their head word: none, a pronoun, a name, a
    capital city (a state speaking), a title one person holds, an official or member, a
    spokesperson, a body, a state noun, other words; "according to" apart."""
    according = "according&" if cue.lower_ == "according" else ""
    if head is None:
        return according + "none"
    lemma = head.lemma_.lower()
    if head.pos_ == "PRON":
        cls = "pron"
    elif head.ent_type_ == "GPE" and _capital(head.text):
        cls = "capital"
    elif head.pos_ == "PROPN":
        cls = "name"
    elif lemma in SPOKES_NOUNS:
        cls = "spokes"
    elif lemma in PERSON_TITLES:
        cls = "title"
    elif lemma in MEMBER_WORDS:
        cls = "member"
    elif lemma in BODY_NOUNS:
        cls = "body"
    elif lemma in STATE_NOUNS:
        cls = "state"
    else:
        cls = "other"
    return according + cls + ("s" if head.tag_ in ("NNS", "NNPS") else "")


@cache
def _capital(word: str) -> bool:
    hit = gazetteer.default().city_country(word)
    return hit is not None and hit[1]


def _owners(head: Token, art: ArticleMentions) -> set[str]:
    """The actors named as the owner or kind of the source's words ("Iraq's foreign ministry",
    "Saudi officials", "a spokesman for the ministry")."""
    words = [c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        words += [c for c in prep.children if c.dep_ == "pobj"]
    ids = {w.i for w in words} | {x.i for w in words for x in w.subtree}
    return {m.actor for m in art.mentions_at(ids)}


def candidates(
    doc: Doc, art: ArticleMentions, st: Statement, previous: str | None
) -> list[Candidate]:
    """Every actor mentioned near the statement's cue, with the features of its mention
    nearest to the cue; `previous` is the speaker of the statement before this one."""
    cue = token_at(doc, st.cue)
    if cue is None:
        return []
    cue_sent, cue_para = art.sent(cue.i), art.para(cue.i)
    sspan = st.speaker_span
    shead = token_at(doc, sspan) if sspan is not None else None
    by_actor: dict[str, list[Mention]] = {}
    for m in art.window(cue.i):
        by_actor.setdefault(m.actor, []).append(m)
    if st.speaker is not None and st.speaker not in by_actor:
        by_actor[st.speaker] = []
    out = []
    rule_none = "rule_none&" if st.speaker is None else ""
    direct = "direct&" if st.kind == "direct" else ""
    source = _source_class(shead, cue)
    owners = _owners(shead, art) if shead is not None else set()
    description = describe(doc, sspan, shead)
    toks = tokens(doc)  # (each mention's head read for every candidate: made once a doc)
    for actor, ms in by_actor.items():
        f: list[str] = ["bias"]
        kind = str(art.types.get(actor))
        if actor == st.speaker:
            f += ["rule", f"rule&src={source}"]
        if actor == previous:
            f += ["previous", direct + "previous", f"previous&src={source}"]
        f.append("type=" + kind)
        # What the source's words are ("the ministry", "he", "Moscow", none) beside who the
        # candidate is: news gives bodies, roles and capitals where PolNeAR gives names.
        f.append(f"src={source}&type={kind}")
        if actor in owners:
            f += ["owner_of_src", f"owner_of_src&type={kind}"]  # "Iraq's foreign ministry"
        if description is not None:
            words = art.words.get(actor, frozenset())
            f += description_features(description, words, kind, actor in art.described)
        f.append("count=" + _bucket(art.counts[actor], (1, 2, 4, 8)))
        if actor in art.lead:
            f.append("lead")
        if sspan is not None and any(m.start < sspan.end and sspan.start < m.end for m in ms):
            f.append("in_sspan")
        if shead is not None and any(m.token == shead.i for m in ms):
            f.append("head_sspan")
        if not ms:
            out.append(Candidate(actor, tuple(f), (0, 0)))
            continue
        if any(
            toks[m.token].head.i == cue.i and toks[m.token].dep_.startswith("nsubj") for m in ms
        ):
            f += ["subj_of_cue", rule_none + "subj_of_cue"]
        if any(
            art.sent(m.token) == cue_sent and toks[m.token].dep_.startswith("nsubj") for m in ms
        ):
            f.append("subj_in_sent")
        near = min(ms, key=lambda m: (abs(m.token - cue.i), m.token > cue.i))
        tok = toks[near.token]
        d_sent = art.sent(near.token) - cue_sent
        dist = _bucket(abs(near.token - cue.i), (1, 2, 4, 8, 16, 32))
        where = "before" if near.token < cue.i else "after"
        f += [
            f"d_sent={d_sent}",
            rule_none + f"d_sent={d_sent}",
            direct + f"d_sent={d_sent}",
            f"dist={dist}",
            f"dist={dist}&{where}",
            where,
            "same_para" if art.para(near.token) == cue_para else "other_para",
            f"kind={near.kind}",
            rule_none + f"kind={near.kind}",
            f"dep={tok.dep_}",
            f"dep={tok.dep_}&{where}",
            f"ner={tok.ent_type_ or '-'}",
            f"head_lemma_saying={tok.head.lemma_.lower() in SAYING}",
        ]
        if tok.head.i == cue.i:
            f.append(f"on_cue&dep={tok.dep_}")
        if st.content.start <= near.start < st.content.end:
            f.append("in_content")
        if all(st.content.start <= m.start < st.content.end for m in ms):
            f.append("only_in_content")
        out.append(Candidate(actor, tuple(f), (near.start, near.end)))
    return out


class Model(LinearModel):
    """Its threshold: the least probability for the ranker to overrule the rules."""

    def score(self, c: Candidate) -> float:
        return sum(self.weights.get(f, 0.0) for f in c.features)

    def probabilities(self, cands: Sequence[Candidate]) -> list[float]:
        scores = [self.score(c) for c in cands]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


@cache
def load_model() -> Model | None:
    """The shipped weights, or those at `KG_SOURCE_RANKER`; `KG_SOURCE_RANKER=off` leaves the
    speakers to the rules (to compare the two)."""
    path = weights_file(SETTING, WEIGHTS_PATH, "source ranker", "speakers are the rules' alone")
    return None if path is None else Model.read(path)


def rank_speakers(
    doc: Doc, statements: list[Statement], index: ActorIndex, model: Model | None = None
) -> None:
    """Give each statement the speaker the ranker prefers (in place)."""
    model = model or load_model()
    if model is None or not statements:
        return
    text = doc_text(doc)
    # All candidates first: `previous` is the rules' answer, as in training.
    for st, cands in statement_candidates(doc, statements, index):
        if not cands:
            continue
        probs = model.probabilities(cands)
        rules = next((i for i, c in enumerate(cands) if c.actor == st.speaker), None)
        foreign = ruled_out(doc, st, [c.actor for c in cands], index)
        if _named_person(doc, st, index):
            # (The words' title is the named person's, whatever owner it names:
            # "Zelenskyy's head of staff Andriy Yermak" is no holder of Zelenskyy's office.)
            foreign.discard(st.speaker or "")
        allowed = may_overrule(doc, st, cands, index, foreign)
        k = pick(probs, rules, allowed, model.threshold)
        if rules is not None and k == rules and st.speaker in foreign:
            # The rules' answer is one the source's own words rule out ("the Westland
            # envoy" read as Eastland's minister): the likeliest candidate they allow.
            k = pick(probs, None, (allowed[0], [False] * len(cands)), 0.0)
        if k is None or k == rules:
            continue
        best = cands[k]
        st.speaker = best.actor
        if st.speaker_span is None and best.span != (0, 0):
            st.speaker_span = Span.of(text, *best.span)
    # The statement stage keeps one report read with two speakers for the ranker to judge
    # ("He noted the House did not ratify it and mentioned arbitration"); judged the same,
    # they are one statement.
    seen: set[tuple[str | None, int, int, int, int]] = set()
    for st in list(statements):
        key = (st.speaker, st.cue.start, st.cue.end, st.content.start, st.content.end)
        if key in seen:
            statements.remove(st)
        seen.add(key)


def pick(
    probs: Sequence[float],
    rules: int | None,
    allowed: tuple[Sequence[bool], Sequence[bool]],
    threshold: float,
) -> int | None:
    """The candidate a statement gets (shared by use and training): the likeliest of those
    allowed (`may_overrule`) when it passes the threshold and is not blocked, else the
    rules' (`rules`, their candidate's index, None when they chose no one)."""
    ok, blocked = allowed
    ks = [i for i, a in enumerate(ok) if a]
    if not ks:
        return rules
    k = max(ks, key=probs.__getitem__)
    return k if k != rules and probs[k] >= threshold and not blocked[k] else rules


def may_overrule(
    doc: Doc,
    st: Statement,
    cands: Sequence[Candidate],
    index: ActorIndex,
    foreign: set[str] | None = None,
) -> tuple[list[bool], list[bool]]:
    """Per candidate, whether the ranker judges it at all, and whether, judged best, it is
    still kept from overruling the rules by what the source's words are. `foreign` is
    `ruled_out`'s answer when the caller has it already."""
    types = {a.id: a.type for a in index.actors}
    # "he said", "I": a person speaks, not a state or body mentioned near (judged among
    # all candidates, as the model was trained, then the best person taken).
    # (Unless the rules read "he" as an unnamed spokesman again, who speaks for a body.)
    person_only = person_word(doc, st) and types.get(st.speaker or "") in (None, "Person")
    no_person = no_one_person(doc, st, types)
    vetoed = (st.speaker is None and unnamed_source(doc, st)) or (
        st.speaker is not None
        and (
            for_their_body(doc, st, types)
            or for_their_group(doc, st, index)
            or object_of_cue(doc, st)  # ("X recalled Y telling him": Y speaks)
            or _named_person(doc, st, index)
        )
    )
    figures = are_figures(doc, st)
    speaker_head = token_at(doc, st.speaker_span) if st.speaker_span is not None else None
    referent = ordinal_referent(speaker_head, st.speaker_span, index)
    # ("The Westland envoy said": no one the article ties only to another state or body.)
    if foreign is None:
        foreign = ruled_out(doc, st, [c.actor for c in cands], index)
    ok, blocked = [], []
    for c in cands:
        ok.append(
            c.actor not in foreign
            and (not person_only or types.get(c.actor) == "Person")
            and (referent is None or c.actor == referent)
            and (
                not no_person
                or types.get(c.actor) != "Person"
                or _named_within(st, c.actor, index, refs=True)  # ("the envoy's office")
            )
        )
        blocked.append(
            vetoed
            or (
                st.speaker is None
                and (
                    _unkept_name(doc, st, c, index)
                    or _someone_unnamed(doc, st, c, index)
                    or (figures and not _named_within(st, c.actor, index))
                )
            )
        )
    if st.speaker is None and (title := title_word(speaker_head)) is not None:
        # (Judged, not only blocked: the likeliest of those who may hold the title speaks.)
        ok = [a and may_hold(st, title, c.actor, index) for a, c in zip(ok, cands, strict=True)]
        ok = _holders_first(ok, cands, title, index)
    return ok, blocked


def _holders_first(
    ok: Sequence[bool], cands: Sequence[Candidate], title: Token, index: ActorIndex
) -> list[bool]:
    """A title one person holds ("the UN envoy", "the Westland president") names that person:
    where a candidate the article gives that title is among them (`may_hold` has checked the
    title fits), the state or body that owns the title is not who speaks (the guidelines'
    speaker is the actor the role names; the owner speaks only for a holder the story does
    not name, and a person given no title may be no holder at all). A spokesperson's title
    may still be the body's."""
    if title.lemma_.lower() in SPOKES_TITLES:
        return list(ok)
    actors = {a.id: a for a in index.actors}
    people = [
        a
        and (actor := actors.get(c.actor)) is not None
        and actor.type == "Person"
        and described(actor)
        for a, c in zip(ok, cands, strict=True)
    ]
    return people if any(people) else list(ok)


def _unkept_name(doc: Doc, st: Statement, best: Candidate, index: ActorIndex) -> bool:
    """The rules found the source's words and they are a name the actor stage did not keep,
    the subject of the cue ("Rep. Jim Jordan (R-Ohio) said", "Peabody said"): someone the
    text names speaks, and an actor merely mentioned nearby is not them unless it bears a
    word of that name."""
    if st.speaker_span is None:
        return False
    head, cue = token_at(doc, st.speaker_span), token_at(doc, st.cue)
    if head is None or cue is None or head.pos_ != "PROPN":
        return False
    if not head.ent_type_ and head.lower_ not in BODY_NOUNS:
        return False  # (a title in capitals, "the Saudi FM", is no name: the model judges)
    # (The subject of the cue, or of the verb it is conjoined to: "The United States Embassy
    # in Iraq had suspended operations, and advised ...".)
    verbs = (cue.i, cue.head.i) if cue.dep_ == "conj" else (cue.i,)
    if not (head.dep_ == "nsubj" and head.head.i in verbs):
        return False  # (a name the rules only borrowed: a dateline, a clause's above)
    if _named_within(st, best.actor, index):
        return False
    actor = next((a for a in index.actors if a.id == best.actor), None)
    if actor is None:
        return False
    words = {w.casefold() for n in (actor.name, *actor.aliases) for w in n.split()}
    return head.text.casefold() not in words


def _named_person(doc: Doc, st: Statement, index: ActorIndex) -> bool:
    """The rules' speaker is a person whose name closes the source's words ("Zelenskyy's
    head of staff Andriy Yermak said", "his spokesperson Stephane Dujarric said"): the text
    names who speaks right there, and the person or body the words mention before the name
    (whose aide they are) does not speak for them."""
    if st.speaker_span is None or st.speaker is None:
        return False
    actor = next((a for a in index.actors if a.id == st.speaker), None)
    if actor is None or actor.type != "Person":
        return False
    end = st.speaker_span.start + len(st.speaker_span.text.rstrip(" ,"))
    return any(
        m.actor == st.speaker
        and not m.nested
        and m.end == end
        and st.speaker_span.start <= m.start
        and len(doc_text(doc)[m.start : m.end].split()) > 1
        for m in index.mentions
    )


def _someone_unnamed(doc: Doc, st: Statement, best: Candidate, index: ActorIndex) -> bool:
    """The rules found the source's words and they bring in someone unnamed whom no body or
    state describes ("One Western diplomat said", "according to diplomats in Vienna"): an
    actor only mentioned nearby is not them (one named in their words may be)."""
    if st.speaker_span is None:
        return False
    head = token_at(doc, st.speaker_span)
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in UNNAMED_PEOPLE:
        return False
    # (Bare "Aides said", "Officials said" are often the body in view's: the model judges.)
    new = any(
        (c.dep_ == "det" and c.lower_ in INDEFINITE) or c.dep_ == "nummod" for c in head.children
    )
    return new and not _named_within(st, best.actor, index)


def _named_within(st: Statement, actor: str, index: ActorIndex, refs: bool = False) -> bool:
    """Whether the actor is named inside the statement's source words (or, with `refs`,
    referred to there by a title or pronoun the discourse stage resolved)."""
    assert st.speaker_span is not None
    ss, se = st.speaker_span.start, st.speaker_span.end
    found = [*index.mentions, *index.refs] if refs else index.mentions
    return any(m.actor == actor and m.start < se and ss < m.end for m in found)


def statement_candidates(
    doc: Doc, statements: list[Statement], index: ActorIndex
) -> list[tuple[Statement, list[Candidate]]]:
    """Each statement (in text order) with its candidates; shared by training and use."""
    art = ArticleMentions(doc, index)
    out = []
    previous: str | None = None
    for st in sorted(statements, key=lambda s: s.cue.start):
        out.append((st, candidates(doc, art, st, previous)))
        previous = st.speaker if st.speaker is not None else previous
    return out

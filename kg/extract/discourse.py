"""Discourse: which actor each pronoun, description and body word of an article stands for.

Input: the parsed `Doc`, the article and the `ActorIndex` of named mentions (actor stage).
Output: the same `ActorIndex` with `refs`: the mentions that name an actor without its name
("he", "the envoy", "the head of the Russian delegation", "the ministry", "the Russian side",
"a State Department statement", "they"), each resolved to one actor, so that later stages can
ask `index.resolve(start, end)` who the words at a speaker's or a party's place stand for,
and keep the words themselves as evidence.

The model reads the article once, in order, keeping a history of who was mentioned where and
as what (subject or not). It resolves
- pronouns by salience (recency in sentences, subjects first, as wire copy keeps its topic in
  subject position) among actors that agree in gender (from titles, the gazetteer and the
  pronouns the article uses for someone named alone in a sentence), number and kind;
- person descriptions ("the Russian minister", "the envoy") by the roles the article and the
  gazetteer give people, agreeing with the state or body that modifies them; an unnamed
  official with such a modifier ("a State Department spokesman") stands for that body, and a
  spokesperson or aide for whom they serve ("the prime minister's spokesman"); an epithet by
  trade ("the businessman") names the person the story is about; a trade written as a title
  ("columnist X") makes "the columnist" X;
- body words ("the ministry", "the council", "the group") by the kind of the actors named
  before them, "the X side" by the state X, "the two sides" by the first party named with
  another;
- texts ("the statement", "a report by X") by who issued them;
- descriptions the article has set beside a name ("X, the mediators of the talks", "the
  mediators") by that apposition.
"""

from __future__ import annotations

import bisect
import logging

from spacy.tokens import Doc, Token

from kg.extract.acting import acts, prune
from kg.extract.alias_forms import one_actor_per_form, record_forms
from kg.extract.alias_offices import offices_beside_names, offices_of_holders
from kg.extract.discourse_cataphora import named_later, not_named_by, opening_owner
from kg.extract.discourse_counterparts import counterpart
from kg.extract.discourse_epithets import (
    armed_force,
    bodies_of_kind,
    body_heads,
    diplomats_ministry,
    home_state,
    other_office,
    own_body,
    parties,
    party_epithet,
    sender,
    shortens_name,
    trade_epithet,
)
from kg.extract.discourse_gender import genders
from kg.extract.discourse_groups import add_groups
from kg.extract.discourse_pairs import (
    GROUP_PEOPLE,
    Pairs,
    heads_group,
    readout_heads,
    side_delegation,
)
from kg.extract.discourse_scan import PRONOUNS, may_refer_words, seen_here
from kg.extract.discourse_seen import (
    Seen,
    body_subject_here,
    in_reported_clause,
    main_subject,
    most_recent,
    new_subject,
    recent_or_only,
    same_clause_object,
    spokesman_again,
    topic,
)
from kg.extract.discourse_texts import Issuers, noun_modifiers, of_group
from kg.extract.discourse_titles import (
    bare_title_holder,
    closing_name,
    first_of_states,
    named_after_of,
    plain_fit,
    stateless_fit,
    title_before_name,
    titled,
)
from kg.extract.discourse_words import (
    BODY_NOUNS,
    FEMALE,
    GENERIC_PERSON,
    MALE,
    MEMBER_NOUNS,
    NEUTER,
    OWN_READERS,
    PERSON_NOUNS,
    PLURAL,
    SERVING,
    SIDE_NOUNS,
    SPOKES_NOUNS,
    STATE_BODY_WORDS,
    STATE_NOUNS,
    TEXT_NOUNS,
    TRADE_PERSON,
    definite,
    governs,
    is_addressee,
    is_subject,
    ref_words,
    set_beside,
    subject_possessor,
    with_the,
)
from kg.extract.index import ActorIndex, Mention
from kg.extract.statements import find_quotes
from kg.gazetteer import Entry, Gazetteer
from kg.model import Actor, Article
from kg.nlp import doc_text, sentences, span_at, tokens

log = logging.getLogger(__name__)

HISTORY_SENTENCES = 4  # how far back a pronoun looks, in sentences
SPEAKER_SENTENCES = 8  # how far back it looks for someone who spoke
EMBEDDED_SUBJECT = 1.5  # salience of a subject inside another clause (a main one's: 2.5)


class Discourse:
    """The discourse stage; `__call__(doc, article, index) -> ActorIndex` (with `refs`)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gz = gazetteer

    def __call__(self, doc: Doc, article: Article, index: ActorIndex) -> ActorIndex:
        offices_of_holders(index)  # (before reading: the office's mentions name its holder)
        groups = add_groups(doc, article, index)  # ("the Co-Chairs", "the Troika")
        reader = _Reader(self.gz, doc, index, groups)
        reader.read()
        prune(doc, index, reader.acting)
        record_forms(doc, index, self.gz, reader.entries, reader.parties)
        offices_beside_names(doc_text(doc), index)
        one_actor_per_form(index)
        return index


class _Reader:
    def __init__(self, gz: Gazetteer, doc: Doc, index: ActorIndex, groups: set[str]) -> None:
        self.gz = gz
        self.groups = groups  # collective bodies: "they" after one as subject is the group
        self.doc = doc
        self.index = index
        self.actors: dict[str, Actor] = {a.id: a for a in index.actors}
        self.entries: dict[str, Entry | None] = {a.id: self._entry(a) for a in index.actors}
        # Token -> actor named there (the head of each named mention).
        self.named: dict[int, str] = {}
        self.covered: set[int] = set()  # tokens inside a named mention
        for m in index.mentions:
            if m.nested:
                continue
            span = span_at(doc, m.start, m.end)
            if span is None:
                continue
            self.named.setdefault(span.root.i, m.actor)
            self.covered.update(range(span.start, span.end))
        self.modifiers = noun_modifiers(doc, index)  # head token -> actors in its NP
        self.heads = body_heads(self.actors)  # last word of a body's name -> the bodies
        self.gender = genders(doc, index, self.actors, self.entries, self.named)
        self.parties = parties(doc, index, doc_text(doc))
        self.history: list[Seen] = []
        self.learned: dict[str, str] = {}  # description lemma -> actor (from appositions)
        self.plural_bodies: dict[str, str] = {}  # "Israeli officials": plural -> the body
        self.trades: dict[str, str] = {}  # trade written as a title -> the person last so named
        self.issuers = Issuers(index, self.named, self.modifiers)  # who issued a text
        self.last_plural: tuple[str, int] | None = None  # last group described, its sentence
        self.pairs = Pairs(self.named, self.actors, SPEAKER_SENTENCES)  # people named together
        self.doc_text = doc_text(doc)
        self.sent_starts = [sent.start_char for sent in sentences(doc)]
        self.quotes = find_quotes(doc_text(doc))
        self.quote_starts = [qs for qs, _qe in self.quotes]
        self.acting: set[str] = set()  # actors a pronoun or description shows acting
        self.acting |= groups & index.acting  # (a group introduced acting, or with members)

    def _entry(self, a: Actor) -> Entry | None:
        return self.gz.entry_of(a.name, a.wikidata)

    # --- reading ----------------------------------------------------------------------------

    def read(self) -> None:
        doc = self.doc
        may_refer = may_refer_words(doc)
        toks = tokens(doc)  # (made once a doc: `doc[i]` makes a new Token each time)
        for n, sent in enumerate(sentences(doc)):
            for i in range(sent.start, sent.end):
                actor = self.named.get(i)
                if actor is None and (i in self.covered or not may_refer[i]):
                    continue
                tok = toks[i]
                if actor is not None:
                    self._see(actor, n, tok)
                    self._learn_apposition(tok, actor)
                    self.pairs.see(tok, n)
                    if heads_group(tok) and self._first_group(n):
                        self.last_plural = (actor, n)
                    elif actor in self.groups and is_subject(tok):
                        self.last_plural = (actor, n)  # ("The Co-Chairs met ... They said")
                    continue
                found = self._resolve(tok, n)
                if found is None or self.actors[found[0]].type != "Person":
                    # (A description of a person named next; the body they head is in the story.)
                    if (later := named_later(tok, self.named, self.actors)) is not None:
                        self.acting.update([found[0]] if found else [])
                        found = (later, "role")
                if found is None:
                    continue
                actor, kind = found
                in_group = tok.dep_ == "conj" and tok.head.i in self.named  # "X and his peers"
                # (Not a group after the one this sentence made its subject: "The US, Britain
                # and Norway welcomed the deal by Kiir, Machar and other groups. They said")
                in_group = in_group or not (self._first_group(n) or is_subject(tok))
                if kind != "pronoun" and tok.tag_ in ("NNS", "NNPS") and not in_group:
                    self.last_plural = (actor, n)
                elif kind != "pronoun" and heads_group(tok) and self._first_group(n):
                    self.last_plural = (actor, n)  # ("The envoy and the minister met")
                start, end = ref_words(tok, kind)
                self.index.refs.append(Mention(start, end, actor, kind=kind))
                if kind != "pronoun" and acts(tok, self.actors[actor].type):
                    self.acting.add(actor)
                self._see(actor, n, tok, pronoun=kind == "pronoun")

    def _first_group(self, n: int) -> bool:
        return self.last_plural is None or self.last_plural[1] != n

    def _see(self, actor: str, n: int, tok: Token, pronoun: bool = False) -> None:
        person = self.actors[actor].type == "Person"
        self.history.append(seen_here(actor, n, tok, self._quoted(tok.idx), person, pronoun))

    def _quoted(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        return k >= 0 and pos < self.quotes[k][1]

    def _learn_apposition(self, tok: Token, actor: str) -> None:
        """`the United States, Egypt and Qatar, mediators of the talks`: the description is
        theirs; the first party named speaks for the group when it is named again."""
        for c in tok.children:
            # (A title written as a name, "X, High Representative for ...", as well.)
            title = c.pos_ == "PROPN" and c.lemma_.lower() in PERSON_NOUNS
            if c.dep_ == "appos" and (c.pos_ == "NOUN" or title):
                self.learned.setdefault(c.lemma_.lower(), actor)
            elif c.dep_ == "compound" and c.i < tok.i and self.actors[actor].type == "Person":
                # "columnist Ai Jun", "the gambling tycoon Sheldon Adelson": a trade written
                # as a title; "the columnist" is then the one last so named. (Offices and
                # the words for bodies, texts and sides have readers of their own.)
                lemma = c.lemma_.lower()
                if c.pos_ == "NOUN" and c.is_lower and lemma not in OWN_READERS:
                    self.trades[lemma] = actor

    # --- resolving --------------------------------------------------------------------------

    def _resolve(self, tok: Token, n: int) -> tuple[str, str] | None:
        lower = tok.lower_
        if tok.pos_ == "PRON" or lower in PRONOUNS:
            actor = self._pronoun(tok, n)
            return (actor, "pronoun") if actor else None
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            return None
        beside = self._apposition(tok)
        if beside is not None:
            return beside, "description"
        lemma = tok.lemma_.lower()
        if lemma in MEMBER_NOUNS and (found := closing_name(tok, self.named, self.actors)):
            return found, "description"  # (whichever noun the parser hung the name on)
        if readout_heads(tok):
            # ("The Heads of State noted": a readout's capitals for "the heads" of a pair.)
            return (first, "role") if (first := self.pairs.first(n, person=True)) else None
        party = party_epithet(tok)
        if party is not None:
            # "the Massachusetts Democrat": someone the article gave that party (else as before).
            def fits(a: str) -> bool:
                return party in self.parties.get(a, ())

            # Not whom this sentence has already made its subject ("Trump took on Clinton
            # after the Democratic front-runner had said": he would be "he").
            here = {seen.actor for seen in self.history if seen.sent == n and seen.subject}

            def free(a: str) -> bool:
                return self.actors[a].type == "Person" and a not in here

            actor = self._salient(tok, n, fits) or topic(self.history, tok, fits)
            if actor is None and not self.parties:
                # The article gives no one a party: an epithet for the person it is about.
                actor = topic(self.history, tok, free)
            if actor is None:
                # No one given that party: the person in view given none.
                actor = self._salient(tok, n, lambda a: free(a) and not self.parties.get(a))
            if actor is not None:
                return actor, "role"
        if (found := counterpart(tok, self.named, self.modifiers, self.actors)) is not None:
            return found, "role"
        if lemma in PERSON_NOUNS or lemma in MEMBER_NOUNS:
            # "the spokeswoman, Tammy Bruce", "the head of the delegation Vladimir Medinsky":
            # the description is the name beside it.
            for c in tok.subtree:
                if c.dep_ in ("appos", "compound", "flat") and c.i > tok.i and set_beside(c, tok):
                    actor = self.named.get(c.i)
                    if actor is not None and self.actors[actor].type == "Person":
                        return actor, "description"
        if lemma in TEXT_NOUNS:
            actor = self.issuers.issuer(tok, definite(tok))
            return (actor, "text") if actor else None
        if lower in SIDE_NOUNS or lemma in SIDE_NOUNS:
            actor = self._side(tok, n)
            return (actor, "side") if actor else None
        if lemma in MEMBER_NOUNS or lower in MEMBER_NOUNS:
            group = of_group(tok, self.issuers.actor_of, self.actors)
            if group is not None:
                return group, "member"
        if lemma in PERSON_NOUNS or lower in PERSON_NOUNS:
            actor = self._person_description(tok, n)
            return (actor, "role") if actor else None
        if lemma in STATE_NOUNS and tok.tag_ in ("NN", "NNS") and definite(tok):
            # ("both nations", "the two countries": the state of the first of the pair.)
            actor = (
                self.pairs.first_state(n)
                if tok.tag_ == "NNS"
                else self._salient(tok, n, lambda a: self.actors[a].type == "Country")
            )
            return (actor, "body") if actor else None
        if lemma in BODY_NOUNS:
            actor = self._body(tok, lemma, n)
            return (actor, "body") if actor else None
        if lemma in self.learned and definite(tok):
            return self.learned[lemma], "description"
        if lemma in self.trades and with_the(tok):
            # ("his lawyer" is someone else's: only "the lawyer" is the one last named so.)
            return self.trades[lemma], "description"
        if (bodies := self.heads.get(tok.lower_)) and shortens_name(tok) and with_the(tok):
            return (actor, "body") if (actor := most_recent(self.history, bodies, tok)) else None
        return None

    def _apposition(self, tok: Token) -> str | None:
        """`Sepp Blatter, the embattled president of FIFA`, `the Cato Institute, a policy
        group`: a description the text sets beside a name, in apposition, is that actor,
        whoever else its words could fit ("president" fits every president in view). A
        plural beside a name describes a group it heads (learned from the apposition)."""
        if tok.dep_ != "appos" or tok.tag_ in ("NNS", "NNPS"):
            return None
        actor = self.named.get(tok.head.i)
        if actor is None:
            return None
        lemma = tok.lemma_.lower()
        kind = self.actors[actor].type
        if kind == "Person":
            fits = lemma in PERSON_NOUNS or lemma in MEMBER_NOUNS
        elif kind == "Country":
            fits = lemma in STATE_NOUNS
        else:
            fits = lemma in BODY_NOUNS
        return actor if fits else None

    def _pronoun(self, tok: Token, n: int) -> str | None:
        lower = tok.lower_
        if lower in MALE or lower in FEMALE or lower in NEUTER:
            want = "m" if lower in MALE else "f"

            others = not_named_by(tok, self.named)

            def agree(a: str) -> bool:
                if a in others:
                    return False
                if lower in NEUTER:
                    return self.actors[a].type in ("Organization", "Country", "Delegation")
                return self.actors[a].type == "Person" and self.gender.get(a, want) == want

            # ("In his speech, Obama said": the subject after the phrase, else salience.)
            return (
                spokesman_again(self.history, tok, n)
                or opening_owner(tok, self.named, agree)
                or self._salient(tok, n, agree)
            )
        if lower in PLURAL:
            if (
                self.last_plural
                and self.pairs.keeps_group(self.last_plural[1], n)
                and not new_subject(
                    self.history, self.last_plural, n, self.actors, self.doc_text, self.sent_starts
                )
            ):
                # "They" again keeps the group in view: a chain of pronouns goes on naming
                # it however long the paragraph ("The members ... They ... They ...").
                self.last_plural = (self.last_plural[0], n)
                return self.last_plural[0]
            if (first := self.pairs.first(n)) is not None and not body_subject_here(
                self.history, first, tok, n, self.actors, self.doc_text, self.sent_starts
            ):
                # ("X spoke with Y ... They agreed": the parties last named together, the
                # first speaking for both, as for "the two sides"; unless the paragraph has
                # put another body in subject place; "they" again goes on naming them.)
                self.last_plural = (first, n)
                return first
            return self._salient(
                tok,
                n,
                lambda a: self.actors[a].type in ("Organization", "Country", "Delegation"),
                plural=True,
            )
        return None

    def _salient(self, tok: Token, n: int, agree: object, plural: bool = False) -> str | None:
        """The most salient agreeing actor before `tok`: by sentence recency, subjects first."""
        assert callable(agree)
        here_quoted = self._quoted(tok.idx)
        best: tuple[float, int] | None = None
        choice: str | None = None
        for seen in reversed(self.history):
            if n - seen.sent > SPEAKER_SENTENCES:
                break
            if n - seen.sent > HISTORY_SENTENCES and not seen.speaker:
                continue  # (wire copy keeps its speaker in view for longer)
            if seen.token >= tok.i or not agree(seen.actor):
                continue
            if seen.quoted and not here_quoted:
                continue  # who a quotation speaks of is not who the story goes on about
            if seen.sent == n and same_clause_object(self.doc[seen.token], tok):
                continue  # "he met him": not himself
            if seen.sent == n and in_reported_clause(self.doc[seen.token], tok):
                continue  # ("X will lead the talks, he added": not whom his words name)
            if seen.sent == n and is_addressee(self.doc[seen.token]):
                continue  # "Speaking to Martin Smith of PBS, he said": not the one spoken to
            # Subjects first, and the main clause's before those of the clauses inside it
            # ("he defended Blatter, saying Mr. Blatter should get the prize. He also ...":
            # he is who the story is about, Blatter who he spoke of).
            score = -(n - seen.sent) * 2.0
            if seen.subject:
                score += 2.5 if seen.main else EMBEDDED_SUBJECT
            elif self.doc[seen.token].dep_ in ("dobj", "nsubjpass", "attr"):
                score += 0.5  # (an object before whoever a phrase or clause names: centering)
            elif subject_possessor(self.doc[seen.token]):
                # "The minister's visit to X was arranged ... He said": whose the subject is
                # keeps the centre, above whoever the subject's phrase names.
                score += EMBEDDED_SUBJECT
            if seen.speaker:
                score += 1.5
            if seen.sent == n:
                score += 0.5
            if seen.sent == n and seen.pronoun:
                # "during his time as Obama's vice president, he called for": a pronoun
                # goes on naming whom an earlier one of its sentence named.
                score += 1.0
            if plural and not seen.subject:
                score -= 1.0
            key = (score, seen.token)
            if best is None or key > best:
                best, choice = key, seen.actor
        return choice

    def _person_description(self, tok: Token, n: int) -> str | None:
        mods = self.modifiers.get(tok.i, [])
        # "the president of Türkiye" as "the Turkish president"; "military sources": the army's.
        lemma = tok.lemma_.lower()
        # (One official of a body: "Representatives of X" may be a delegation sent by X.)
        of_body = lemma in GENERIC_PERSON and tok.tag_ == "NN"
        more = named_after_of(tok, self.named, self.actors, of_body)
        more = more or armed_force(tok, self.actors)
        mods = [*mods, more] if more is not None and more not in mods else mods
        # An indefinite description ("a Turkish official said") brings in someone not named,
        # and a plural ("German officials") is no one person: the body they speak for.
        new = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children)
        if lemma in SPOKES_NOUNS:
            # "the prime minister's spokesman", "a spokeswoman for Clinton", "an aide to the
            # senator": unnamed, they speak for whom they serve; "the spokesman" is then theirs.
            principal = self._principal(tok, n)
            if principal is not None:
                self.learned[lemma] = principal
                return principal
        if tok.tag_ == "NNS" and lemma in GROUP_PEOPLE and not mods and definite(tok):
            # "the ministers urged": the people last named together, the first speaking.
            if (first := self.pairs.first(n, person=True)) is not None:
                return first
        # (The most recent, else the only one: a lede may name them only after.)
        pair = first_of_states(tok, self.named, self.actors, self.entries)
        if (first := recent_or_only(self.history, pair, tok)) is not None:
            return first  # ("the Ethiopian and Eritrean leaders": the first state's leader)
        people = {} if new or tok.tag_ == "NNS" else titled(tok, mods, self.actors, self.entries)
        if people:
            # The one the paragraph is about, when the description fits them as it stands:
            # "X said he spoke with the Russian minister. The minister added" is X again,
            # although the other's title repeats the description's words more exactly.
            lead = main_subject(self.history, tok, n)
            if lead in people and plain_fit(tok, self.actors[lead], self.entries[lead]):
                return lead
            top = max(people.values())
            best = [a for a, v in people.items() if v == top]
            centre = self._salient(tok, n, best.__contains__)  # (not whoever was named last)
            return centre or recent_or_only(self.history, best, tok)
        if definite(tok) and lemma in self.learned:
            return self.learned[lemma]
        if (owner := sender(tok, self.named, self.actors)) is not None:
            return owner  # ("China's envoy to the UN": China's, not the UN's)
        # (Bare too: "sources also said"; and one of them: "Mexican officials ... the official")
        one = lemma in GENERIC_PERSON and tok.tag_ == "NN" and with_the(tok)
        if (tok.tag_ == "NNS" or one) and lemma in self.plural_bodies:
            return self.plural_bodies[lemma]
        if mods and tok.tag_ == "NN" and with_the(tok) and not new:  # a person it fits first
            fit = stateless_fit(tok, mods, self.actors, self.entries, self.gz)
            if (holder := self._salient(tok, n, fit)) is not None:
                return holder
        if mods and (lemma in GENERIC_PERSON or tok.tag_ == "NNS" or not definite(tok)):
            # "a State Department spokesman", "Russian officials", "the US and Saudi
            # facilitators": the body they speak for (the first named).
            body = diplomats_ministry(tok, mods[0], self.actors) or own_body(mods, self.actors)
            if tok.tag_ == "NNS" and definite(tok):
                self.learned.setdefault(lemma, body)
            elif tok.tag_ == "NNS":
                # ("Israeli officials said ... The officials said": the same body's, unless
                # the article has set the words beside names since.)
                self.plural_bodies.setdefault(lemma, body)
            return body
        if tok.tag_ == "NNS" and lemma in ("official", "aide") and not definite(tok):
            # Bare "officials said", "aides said": the government the story last named.
            govs = [a.id for a in self.actors.values() if governs(a)]
            return most_recent(self.history, govs, tok)
        if tok.tag_ == "NNS" and definite(tok) and lemma in ("leader", "minister"):
            # "the leaders agreed": those in view, the one the story follows speaking.
            return topic(self.history, tok, lambda a: self.actors[a].type == "Person")
        if lemma in TRADE_PERSON and tok.tag_ == "NN" and definite(tok):
            return trade_epithet(tok, n, self.history, self.actors, self.gender)
        if home_state(tok, self.covered):
            # "the Virginia senator": the person last in view who holds no other office.
            return self._salient(
                tok,
                n,
                lambda a: (
                    self.actors[a].type == "Person"
                    and not other_office(lemma, self.actors[a], self.entries[a])
                ),
            )
        holder = bare_title_holder(tok, self.history, self.actors, self.entries)
        return holder or title_before_name(tok, self.named, self.actors)

    def _principal(self, tok: Token, n: int) -> str | None:
        """Whom a spokesperson or aide serves: the possessor ("the minister's spokesman") or
        the object of `for`, `to` or `of` ("a spokeswoman for X"), when already resolved; a
        body by its kind is the one last named so ("a ministry spokeswoman", "a spokesman for
        the ministry": the guidelines make the unnamed official the body)."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in SERVING and c.i == tok.i + 1:
                c = next((x for x in c.children if x.dep_ == "pobj"), c)
            # ("his spokesman": the possessive pronoun, read before, says whose.)
            pronoun = c.pos_ == "PRON" and c.dep_ != "poss"
            if c.dep_ not in ("poss", "pobj", "compound") or pronoun:
                continue
            actor = None if c.dep_ == "compound" else self.issuers.actor_of(c)
            if actor is None and c.is_lower and BODY_NOUNS.get(lemma := c.lemma_.lower()):
                actor = self._body(c, lemma, n)
            if actor is not None or c.dep_ != "compound":
                return actor
        return None

    def _body(self, tok: Token, lemma: str, n: int) -> str | None:
        mods = self.modifiers.get(tok.i, [])
        kinds = BODY_NOUNS[lemma]
        candidates = bodies_of_kind(self.actors, self.entries, kinds, mods)
        if not kinds and definite(tok):
            # "the group": the non-state body most recently in view.
            candidates = [
                a.id
                for a in self.actors.values()
                if a.type == "Organization"
                and not a.country
                and not any(w in a.name.lower() for w in STATE_BODY_WORDS)
            ]
        if candidates:
            return most_recent(self.history, candidates, tok)
        if mods and lemma in ("government", "administration", "cabinet"):
            state = [m for m in mods if self.actors[m].type == "Country"]
            return state[0] if state else None
        return None

    def _side(self, tok: Token, n: int) -> str | None:
        mods = self.modifiers.get(tok.i, [])
        if mods:
            # "the Russian side": the state, or its delegation named before it.
            return side_delegation(mods[0], tok.i, self.named, self.actors) or mods[0]
        if (
            tok.tag_ == "NNS"
            and definite(tok)
            or any(c.lower_ in ("both", "two") for c in tok.children)
        ):
            # "the two sides", "both parties": the first of the parties last named together.
            return self.pairs.first(n) or self._salient(
                tok,
                n,
                lambda a: self.actors[a].type in ("Country", "Organization", "Delegation"),
                plural=True,
            )
        return None

"""Actors: people, organisations, states and delegations named in an article.

Input: a parsed `Doc` of `article.text` (with gazetteer entities), the article and the gazetteer.
Output: `ActorIndex` — the `Actor` records plus every mention's character range, which the
statement and event stages use to resolve speakers and participants.

Steps: gather entity mentions outside noise; resolve them against the gazetteer (names,
adjectives, institutions qualified by context); cluster the rest (spelling variants and surnames
join full names; titles weigh for Person); read roles; add delegations and described bodies.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract import acting, actor_names
from kg.extract.actor_acronyms import tie_acronyms, untagged_acronyms
from kg.extract.actor_bodies import with_titled_bodies
from kg.extract.actor_candidates import (
    Cand,
    add_roles,
    another_bearer,
    clean_span,
    cluster_full_names,
    cut_before,
    join_acronyms,
    join_plurals,
    join_state_named,
    nearest_person,
    person_evidence,
    role_phrases,
    speaks,
    strip_honorifics,
    title_of,
    titled_places,
)
from kg.extract.actor_described import add_described_bodies
from kg.extract.actor_evidence import known_place, outlet_name, posted_on
from kg.extract.actor_generic import generic_bodies, untagged_speakers
from kg.extract.actor_generic_states import resolve_generic
from kg.extract.actor_held_titles import fold_held_titles
from kg.extract.actor_junk import (
    BELIEFS,
    NON_ACTORS,
    drop_non_actors,
    join_initials,
    outlet_staff,
)
from kg.extract.actor_ministers import add_ministers_ministry
from kg.extract.actor_missions import (
    add_administrations,
    add_campaigns,
    add_ministries,
    add_missions,
)
from kg.extract.actor_names import (
    cut_verbs,
    join_groups,
    join_tails,
    no_name,
    paired_names,
    same_name,
    state_long_forms,
    title_only,
    title_only_name,
)
from kg.extract.actor_office_holders import (
    add_office_holders,
    add_title_holders,
    add_unnamed_holders,
)
from kg.extract.actor_offices import add_offices
from kg.extract.actor_oppositions import add_opposition
from kg.extract.actor_records import drop_modifiers, make_actor
from kg.extract.actor_sides import add_paired_delegations, add_side_delegations
from kg.extract.actor_speaking import add_speaking_bodies
from kg.extract.actor_unnamed import called_body, state_bodies, unnamed_bodies, unnamed_people
from kg.extract.alias_brackets import fold_bracketed_names
from kg.extract.body_delegations import add_body_delegations
from kg.extract.delegation_heads import add_headed_delegations
from kg.extract.delegations import (
    add_governments,
    add_state_delegations,
    fold_governments,
    name_governments,
)
from kg.extract.entity_roles import acts, labels_a_thing, modifies_a_noun, names_a_government
from kg.extract.index import ActorIndex, Mention, crosses, in_noise, record_mentions
from kg.extract.name_bounds import surname_after
from kg.extract.name_mentions import add_missed_mentions
from kg.extract.name_spans import (
    add_glued,
    add_halves,
    given_name_before,
    inside_longer_name,
    listed_surnames,
    lower_words,
    opens_quote,
    whole_names,
)
from kg.extract.names import handle_of, middle_name_of, skeleton, spelling, surname_of, variant
from kg.extract.state_readings import people_of, state_body
from kg.extract.wire_furniture import (
    cites_report,
    credit_spans,
    dateline_spans,
    names_outlet,
    reports_story,
    wire_names,
)
from kg.gazetteer import Gazetteer, normalize
from kg.model import Article
from kg.nlp import doc_text, entities, span_at, span_text, written_lower

__all__ = ["PRONOUNS", "ActorFinder", "ActorIndex", "Mention", "in_noise", "skeleton", "variant"]

log = logging.getLogger(__name__)

# Channels are no actors where they are only the medium ("said on Telegram", "in a Facebook
# post"); the firm is one where the name itself stands in an actor's place ("Facebook removed
# the posts", "help from Facebook").
CHANNELS = {"telegram", "facebook", "twitter", "instagram", "youtube", "tiktok", "whatsapp"}
PRONOUNS = {"he", "she", "him", "her", "his"}

_INITIALS = re.compile(r"(?:[A-Z]\.\s?)+")
# The model's labels of names the actor stage reads (a product's or work's name is none).
_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_GOVERNMENT_OF = re.compile(r"(?i:the\s+)?Government\s+of\s+(?=[A-Z][\w’'.-]+ [A-Z])")
# The pieces of a name the model glued across dashes or slashes (`_candidates`).
_PIECES = re.compile(r"[^–—/]+?(?=\s+[-–—]\s+|/|$)")


# Names that end as an adjective of a deed ("the U.S.-led", "Kremlin-backed").
_ADJECTIVE_ONLY = re.compile(
    r"-(?:led|backed|brokered|run|based|funded|sponsored|allied|aligned|linked|controlled)$"
)


class ActorFinder:
    """The actor stage; `__call__(doc, article) -> ActorIndex`."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gz = gazetteer

    def __call__(self, doc: Doc, article: Article) -> ActorIndex:
        text = article.text
        outlets: list[tuple[int, int]] = []
        cands = self._candidates(doc, article, outlets)
        resolve_generic(self.gz, doc, cands, article)
        titled_places(doc, cands, self._place)  # ("Eastland President Jane Roe", a GPE)
        person_evidence(doc, cands)  # first: the people's titles are read next
        role_spans = role_phrases(doc, cands, article)
        for c in cands:
            if any(
                s <= c.start and c.end <= e and (not (s == c.start and e == c.end) or title_only(c))
                for s, e, _p in role_spans
            ):
                c.nested = True
        clusters = self._cluster(doc, cands, len(article.title))
        join_acronyms(text, cands, clusters)
        join_initials(clusters)  # ("the TO" beside "the Trade Office")
        join_plurals(clusters)
        join_state_named(clusters, self.gz)
        join_tails(clusters)
        join_groups(clusters)
        drop_non_actors(doc, clusters, len(article.title))
        index = ActorIndex(outlets=outlets)
        ids: dict[str, str] = {}  # cluster key -> actor id
        for c in sorted(cands, key=lambda c: c.start):
            members = clusters.get(c.cluster)
            if members is None:
                continue
            if c.cluster not in ids:
                actor = make_actor(c.cluster, members, article, index)
                if actor is None:
                    clusters.pop(c.cluster)
                    continue
                ids[c.cluster] = actor.id
            index.mentions.append(Mention(c.start, c.end, ids[c.cluster], c.nested))
        add_roles(doc, index, role_spans)
        add_state_delegations(doc, article, index, self.gz)
        add_headed_delegations(doc, article, index, self.gz)
        add_governments(doc, article, index, self.gz)
        fold_governments(index, self.gz, text)
        add_missions(doc, article, index, self.gz)
        add_ministries(doc, article, index, self.gz)
        add_ministers_ministry(doc, article, index, self.gz)
        add_administrations(article, index)
        add_offices(article, index, self.gz)
        add_speaking_bodies(doc, article, index, self.gz)
        add_described_bodies(doc, article, index, self.gz)
        add_missed_mentions(article, index)
        add_glued(doc, article, index)
        add_unnamed_holders(doc, article, index)
        add_title_holders(doc, article, index)
        add_office_holders(doc, article, index, self.gz)
        fold_held_titles(doc, index, self.gz)  # ("the Forum Chairman, Jane Roe")
        add_halves(article, index)
        add_campaigns(article, index)
        add_body_delegations(article, index)
        add_side_delegations(article, index, self.gz)
        add_paired_delegations(article, index)  # ("the government and rebel delegations")
        add_opposition(doc, article, index, self.gz)
        tie_acronyms(text, index)  # (the bodies the passes above added have acronyms too)
        fold_bracketed_names(text, index)  # ("Yasser Arafat (Abu Ammar)": one person)
        drop_modifiers(index)
        for a in index.actors:
            record_mentions(a, index, text)
            entry = self.gz.entry_of(a.name, a.wikidata) if a.wikidata else None
            if entry is not None and entry.name != a.name:
                a.aliases.add(entry.name)  # the gazetteer's form stays a name of the actor
        name_governments(index, self.gz)
        state_long_forms(index, text, self.gz)
        index.mentions.sort(key=lambda m: (m.start, -m.end))
        return index

    # --- mentions ---------------------------------------------------------------------------

    def _candidates(self, doc: Doc, article: Article, outlets: list[tuple[int, int]]) -> list[Cand]:
        """Entity mentions that may name actors; where outlets are named goes to `outlets`."""
        text = article.text
        out: list[Cand] = []
        parts: list[tuple[int, int]] = []  # names inside a longer name
        datelines = dateline_spans(text) + credit_spans(text)
        wires = wire_names(text) - {
            span_text(e) for e in entities(doc) if e.label_ == "GPE"
        }  # outlets
        common = written_lower(doc, "NOUN")
        # (A given name is no word the article writes in lower case: "First Trump goes ...".)
        lowered = written_lower(doc)
        title_end = len(article.title)
        # One-word "people" that only modify nouns ("Sikh pilgrims"); the model may call the
        # same word a body elsewhere, which is then no body either ("5,000 Sikh pilgrims").
        # So are one-word names that only label a thing or a format ("the Example format").
        modifying = [(e, modifies_a_noun(e) or labels_a_thing(e)) for e in entities(doc)]
        group_words = {
            span_text(e) for e, m in modifying if m and (e.label_ == "PERSON" or labels_a_thing(e))
        } - {span_text(e) for e, m in modifying if not m and e.label_ in _ACTOR_LABELS}
        for ent, part in whole_names(doc):
            if ent.label_ not in _ACTOR_LABELS or "\n" in span_text(ent):
                continue
            ent = actor_names.compass_state(ent, self.gz) or ent  # "in south Sudan": South Sudan
            name = span_text(ent)  # (asked a dozen times below: cut once)
            if part:
                parts.append((ent.start_char, ent.end_char))
            if (
                (ent.label_ == "PERSON" or len(ent) == 1)
                and not ent.ent_id_
                and ent[-1].lower_ in common
                and not (len(ent) > 2 and ent[-2].text == "-")
            ):
                # "Kartarpur Corridor" or "The Corridor" beside "the corridor": a thing. (Not
                # the lower-case end of a hyphenated given name: "Moon Jae-in".)
                continue
            if in_noise(article, ent.start_char, ent.end_char):
                continue
            if no_name(ent):
                continue  # "State Councilor", "Marshal Jane Doe (Retd.)": no name of its own
            given = (
                given_name_before(ent, self._place)
                if ent.label_ == "PERSON" and ent.ent_id_ and ent.start_char > title_end
                else None
            )
            if given is not None and not (
                given.is_stop or given.lower_ in lowered or opens_quote(given)
            ):
                # "Tom Vance", "Melania Trump": the gazetteer took the surname for someone
                # famous; with a given name of its own before it, it is another person.
                start, end = clean_span(text, given.idx, ent.end_char)
                # (The given name the model tagged alone is no name of its own.)
                out = [c for c in out if (c.start, c.end) != (given.idx, given.idx + len(given))]
                out.append(Cand(start, end, text[start:end], "PERSON"))
                continue
            whole_name = self._with_surname(ent, lowered, title_end)
            if whole_name is not None:
                out.append(
                    Cand(ent.start_char, whole_name, text[ent.start_char : whole_name], "PERSON")
                )
                continue
            if ent.ent_id_ and inside_longer_name(ent):
                continue  # "Latin America": a region, not the state "America" names
            if names_a_government(ent):
                # "the Obama administration": the government, a body, not the person; its
                # words are read as the model reads "the Trump administration" it tags a body.
                ent = SpacySpan(doc, ent.start, ent.end + 1, label="ORG")
                name = span_text(ent)
            if name in group_words and (modifies_a_noun(ent) or labels_a_thing(ent)):
                continue  # "Sikh pilgrims": a faith or group word the model took for a name
            if any(s <= ent.start_char and ent.end_char <= e for s, e in datelines):
                continue  # "ISLAMABAD:", "By Jane Doe", "(Editing by ...)": where, who wrote it
            if self.gz.outlet(name) or names_outlet(ent) or name in wires:
                outlets.append((ent.start_char, ent.end_char))
                continue  # the news outlets reporting the story are not its actors
            if (reports_story(ent) or cites_report(ent)) and not self.gz.lookup(name):
                outlets.append((ent.start_char, ent.end_char))
                continue  # "..., Harbor Daily reported.": the outlet the story cites
            if outlet_name(name):
                # An outlet by its name's shape only: no actor, but what it is said to report
                # stays a statement (it may be a journal's study or a poll, not a relay).
                continue
            led = _GOVERNMENT_OF.match(name)
            if (
                ent.label_ == "ORG"
                and led
                and not ent.ent_id_
                and not self.gz.lookup(name)
                and not self.gz.lookup(name[led.end() :])
            ):
                # "the Government of Juan Manuel Santos": the leader is the actor named here;
                # the government itself is found with the state's (`add_governments`). A
                # government the gazetteer knows by this whole name is a body of its own.
                leader = name[led.end() :]
                out.append(Cand(ent.start_char + led.end(), ent.end_char, leader, "PERSON"))
                continue
            # The small model glues neighbours across dashes ("Federation - US State ...").
            # Slashes join parties too ("US/Saudi facilitators").
            pieces = [(m.start(), m.end()) for m in _PIECES.finditer(name)]
            pieces = paired_names(ent) or pieces  # "Smith-Jones talks"
            if listed_surnames(name):  # "Messrs Kiir, Machar": each a person
                pieces = listed_surnames(name)
                ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")
            for ps, pe in pieces or [(0, len(name))]:
                piece = name[ps:pe].strip(" -–—/")
                if not piece:
                    continue
                off = ent.start_char + name.index(piece, ps)
                start, end = clean_span(text, off, off + len(piece))
                c = self._candidate(ent, text, start, end, len(pieces) <= 1)
                if c:
                    out.append(c)
        # "Presidents Muhammadu Buhari", "Jane Roe told", "the Defence Ministry said": untagged
        untagged = unnamed_people(doc) + untagged_speakers(doc) + generic_bodies(doc, self.gz)
        for span in untagged + untagged_acronyms(doc, title_end):
            s, e = span.start_char, span.end_char
            if self.gz.outlet(span.text):
                # ("ITAR-TASS reported", "Verstka said"): a news agency's name the model did not
                # tag is the outlet reporting the story, as a tagged one is (see above).
                outlets.append((s, e))
                continue
            if not in_noise(article, s, e) and not any(c.start < e and s < c.end for c in out):
                out.append(Cand(s, e, span.text, span.label_))
        for span in unnamed_bodies(doc):
            s, e = span.start_char, span.end_char
            # A state's adjective the name starts with is the name's ("Saudi Petrochem").
            inside = [c for c in out if c.label == "NORP" and s <= c.start and c.end <= e]
            taken = [(c.start, c.end) for c in out if c not in inside] + datelines + outlets
            if not crosses(article, s, e, taken):
                out = [c for c in out if c not in inside]
                out.append(Cand(s, e, span.text, "ORG"))  # "the gas producer Helios Gas"
        for span, state, body in state_bodies(doc):
            s, e = span.start_char, span.end_char
            # The state's adjective is the body's name ("Israeli Air Force"); the state named
            # before "'s" is a modifier, as in a title ("Russia's central bank").
            inside = [c for c in out if s <= c.start and c.end <= e]
            taken = [(c.start, c.end) for c in out if c not in inside] + datelines + outlets
            if not crosses(article, s, e, taken):
                out = [c for c in out if c not in inside or c.label != "NORP"]
                parts.append((s, e))
                cut = next((c for c in out if cut_before(c, text, s)), None)
                if cut is not None:
                    # "the Free" + "Syrian Army": the model began a name the gazetteer's
                    # adjective cut off; the whole is a body of its own, not the state's.
                    out.remove(cut)
                    out.append(Cand(cut.start, e, text[cut.start : e], "ORG"))
                    continue
                out.append(state_body(self.gz, span.text, state.text, body, s, e))
        out, whole = with_titled_bodies(doc, article, out, datelines + outlets, self.gz)
        parts += whole  # (the model's pieces of those names are named inside them)
        out = cut_verbs(out, title_end, common)
        out = [c for c in out if not outlet_staff(doc, c, outlets)]  # ("Harbor's Jane Roe")
        for c in out:
            # "Iraq" in "the Parliament of Iraq": named inside another name, as in a title.
            c.nested = any(
                s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in parts
            )
        return out

    def _candidate(
        self, ent: SpacySpan, text: str, start: int, end: int, whole: bool
    ) -> Cand | None:
        surface = text[start:end]
        name = span_text(ent)
        bracketed = "[" in name or "]" in name
        if bracketed and (len(surface) < 2 or not surface[:1].isupper()):
            return None  # what an editor's bracket left of a name ("W]e"): no name
        compass = ent.id_ and ent[0].lower_ in actor_names.COMPASS  # ("south Sudan")
        if (lower_words(surface) and not compass) or _ADJECTIVE_ONLY.search(surface):
            # "restraint &", "economics of clean energy": words, no name; "the U.S.-led":
            # an adjective only, which names no actor by the guidelines.
            return None
        if ent.label_ == "PERSON" and _INITIALS.fullmatch(surface):
            return None  # "I'm O.K. with it": initials alone name nobody
        if ent.label_ in ("PERSON", "ORG") and title_only_name(surface):
            # "Deputy Emir", "Crown Prince", a body to the model "Director General": a title,
            # whose holder is described
            return None
        label = ent.label_
        entry = None
        # (A span made longer keeps the entry as its own ID: `ent_id_` reads the root token's.)
        eid = ent.id_ or ent.ent_id_
        if whole and eid and eid in self.gz.entries:
            entry = self.gz.entries[eid]
        elif label == "NORP":
            entry = self.gz.adjective(surface) or people_of(self.gz, ent, surface)
        else:
            entry = self.gz.lookup(surface) or self.gz.lookup(strip_honorifics(surface))
        if entry is None:
            if label == "NORP":
                return None
            if normalize(surface) in NON_ACTORS | BELIEFS or normalize(surface).startswith(
                "delegation"
            ):
                return None
            if normalize(surface) in CHANNELS and (
                not acting.acts(ent.root, "Organization") or posted_on(ent.root)
            ):
                return None
            # A city the model took for a person or body is still a place.
            city = self.gz.city_country(surface)
            if city is None:
                pass
            elif city[1] and acts(ent):
                entry = city[0]  # "Moscow was ready for talks": the capital stands for the state
            else:
                return None  # a place, not an actor
        if entry is None and label == "GPE" and called_body(ent.root) and not known_place(surface):
            label = "ORG"  # "the South American group Andino": a body, not a place
        c = Cand(start, end, surface, label, entry)
        if entry:
            c.cluster = entry.id
        return c

    def _with_surname(self, ent: SpacySpan, lowered: set[str], title_end: int) -> int | None:
        """Where the name ends when the gazetteer took a given name for a famous person's
        surname ("Petra" of a "Jorge Petra" before "Petra Lind"): the famous person's
        surname with a surname of its own after it is another person. In the title, where
        every word is capitalised, only a pair the body writes too."""
        entry = self.gz.entries.get(ent.ent_id_) if ent.label_ == "PERSON" else None
        if entry is None or entry.type != "Person" or entry.name.split()[-1] != ent.text:
            return None
        last = surname_after(ent, self._place)
        if last is None or last.lower_ in lowered:
            return None
        end = last.idx + len(last)
        text = doc_text(ent.doc)  # (the doc's text kept, not joined again from its tokens)
        pair = text[ent.start_char : end]
        if ent.start_char < title_end and text.find(pair, title_end) < 0:
            return None
        return end

    def _place(self, word: str) -> bool:
        return bool(self.gz.lookup(word) or self.gz.city_country(word) or known_place(word))

    # --- clustering -------------------------------------------------------------------------

    def _cluster(self, doc: Doc, cands: list[Cand], title_end: int) -> dict[str, list[Cand]]:
        clusters: dict[str, list[Cand]] = defaultdict(list)
        persons = cluster_full_names(cands, title_end)  # cluster key -> name tokens
        first_names: list[tuple[Cand, str]] = []
        in_full = {c.entry.id for c in cands if c.entry and len(c.text.split()) > 1}
        for c in cands:
            if c.entry and c.entry.id not in in_full and another_bearer(c, persons):
                c.entry, c.cluster = None, ""  # ("Tom Vance ... Vance said": not JD Vance)
        # (and the gazetteer's: "Prince Faisal" is "Faisal bin Farhan", known)
        people = persons | {
            c.cluster: normalize(c.entry.name).split()
            for c in cands
            if c.cluster and c.entry and c.entry.type == "Person"
        }
        for c in cands:
            if c.cluster:
                continue
            name = strip_honorifics(c.text)
            words = name.split()
            if len(words) == 1:
                # A surname alone (whatever the model labelled it) joins the full name it ends;
                # of several, the one last named as a clause's subject (`_nearest`).
                matches = [k for k, toks in persons.items() if surname_of(toks, words[0])]
                matches = matches or [
                    k for k, toks in persons.items() if middle_name_of(toks, words[0])
                ]
                matches = matches or [k for k, toks in people.items() if handle_of(toks, words[0])]
                if matches:
                    title = title_of(doc, c)
                    c.cluster = nearest_person(doc, cands, matches, c.start, title)
                    continue
                given = [k for k, toks in people.items() if toks[0] == normalize(words[0])]
                known = len(given) == 1 and given[0] not in persons  # (the gazetteer's)
                speaker = c.entry is None and speaks(doc, c)
                # (A body's one-word name the gazetteer does not know, that is the given name
                # of one person the story names in full, is that person called by it, as news
                # names people of many countries: "Sari" after "Sari Wulandari".)
                called = len(given) == 1 and c.label == "ORG" and c.entry is None
                called = called and given[0] in persons and not _modifies(doc, c)
                if len(given) == 1 and (
                    c.label == "PERSON" or known and c.label == "ORG" or speaker or called
                ):
                    # A given name alone ("Hillary") is the one person of the story who has
                    # it; joined after the surnames, whose nearest full name it must not be.
                    # So is the family name a known person writes first, which the model may
                    # take for a body ("Blinken holds talks with China's Wang"), and a given
                    # name the model took for a place where it speaks ("..., said Pagan").
                    first_names.append((c, given[0]))
                    continue
            tails = [k for k, toks in persons.items() if len(words) > 1 and surname_of(toks, name)]
            if len(tails) == 1:
                c.cluster = tails[0]  # "met with De Mistura", a body to the model: the envoy
                continue
            if len(words) > 1 and (full := same_name(persons, name)):
                c.cluster = full  # "Jon Smyth" a body to the model, after "John Smyth"
                continue
            if f"per:{normalize(name)}" in persons:
                c.cluster = f"per:{normalize(name)}"  # a person's name the model mislabelled
                continue
            if c.label == "GPE":
                continue  # an unknown place
            c.cluster = f"{'per' if c.label == 'PERSON' else 'org'}:{spelling(normalize(name))}"
        for c, key in first_names:
            c.cluster = key
        # Gazetteer-resolved people also absorb unknown variants of their surname.
        gz_people = {c.cluster: c.entry for c in cands if c.entry and c.entry.type == "Person"}
        for c in cands:
            if c.entry or not c.cluster or len(c.text.split()) != 1:
                continue
            for key, entry in gz_people.items():
                assert entry is not None
                if surname_of(normalize(entry.name).split(), c.text):
                    c.cluster, c.entry = key, entry
        for c in cands:
            if c.cluster:
                clusters[c.cluster].append(c)
        return dict(clusters)


def _modifies(doc: Doc, c: Cand) -> bool:
    """Whether a candidate's words modify a noun ("the Example corridor"): a thing's label,
    not a person called by their given name."""
    span = span_at(doc, c.start, c.end)
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod")

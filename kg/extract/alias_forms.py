"""The forms an article uses for an actor besides its name, recorded as the actor's aliases.

The annotation guidelines make an alias of every other form the text uses for an actor: a
title written before the name ("Secretary-General Antonio Guterres", "White House spokesman
Josh Earnest") and a definite description that stands for it ("the Russian minister", "the
North Korean leader", "members of the Security Council"). The actor stage records the
names; this records the rest, once the discourse stage has resolved the descriptions:
- a name with the title or description the text writes right before it, in the same noun
  phrase ("Republican nominee Donald Trump");
- a definite description resolved to one actor ("the GOP nominee"), unless the article also
  resolves the same words to another actor: an alias names one actor; a body word only
  where it is a word of the body's name ("the coalition" for the "Global Coalition ...",
  not "the group" for Hamas, which salience chose);
Not recorded: pronouns; indefinite descriptions ("a State Department spokesman" is no form
of the ministry but an unnamed member of it); texts ("the statement"); a side but one
state's ("the Russian side" is Russia's, "the two sides" no one's); a description the article
resolves to two actors (each use counts, recorded or not); and a description that ends in
another actor's name ("the President of Ukraine"), whose last word would read as that
actor's name.

`one_actor_per_form` then makes sure no form names two actors of the article: the same words
recorded for two actors would let one real actor be found twice (a split), and a reader
could not tell whom they name. A surname alone that two people of the story share is such a
form too: the mentions stay resolved, the word is no alias of either.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract.alias_fit import PersonFit
from kg.extract.discourse_words import BODY_NOUNS
from kg.extract.index import ActorIndex
from kg.extract.name_compounds import glued_hyphen
from kg.extract.names import respelled, surname_of
from kg.extract.roles import is_role_word
from kg.gazetteer import Entry, Gazetteer
from kg.model import Actor
from kg.model import Span as TextSpan
from kg.nlp import doc_text, span_at

log = logging.getLogger(__name__)

# Discourse reference kinds (`Mention.kind`) whose words name the actor they stand for.
FORM_KINDS = ("role", "description", "body", "member")
_DEFINITE = ("the",)
# A party letter with its state after a name: " (R-S.C.)", " (D)", ", R-Ky.".
_PARTY = re.compile(r" \([DRI](?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\)|, [DRI]-[A-Z][A-Za-z.]+")
_QUANTIFIERS = {"many", "some", "several", "few", "most", "other", "fellow", "all", "both", "no"}
_OF_STATE = re.compile(r" of (?:the )?")
_STOPS = (",", "(", '"', ":")
_DASHES = ("-", "–", "—")


def _stops(tok: Token) -> bool:
    """Whether no title runs back across the token: a comma, a bracket, a quotation mark, a
    colon or a dash standing apart, which ends a dateline ("JERUSALEM - Prime Minister X");
    not a hyphen inside a word ("front-runner", "Secretary-General")."""
    if tok.text in _STOPS:
        return True
    spaced = bool(tok.whitespace_) and (tok.i == 0 or bool(tok.doc[tok.i - 1].whitespace_))
    return tok.text in _DASHES and spaced


# Words before a name that date or qualify a title without being one ("former", "then").
_PREFIX_DEPS = ("compound", "amod", "nmod", "det", "punct", "nummod", "poss", "case")


def record_forms(
    doc: Doc,
    index: ActorIndex,
    gz: Gazetteer,
    entries: Mapping[str, Entry | None],
    parties: Mapping[str, set[str]],
) -> None:
    """Add to each actor's aliases the titled and described forms the article uses for it.

    `entries` gives each actor's gazetteer entry, whose offices count as its titles, and
    `parties` each person's parties as the article writes them (US copy): a
    description of a person is a form of them only when it fits the titles the article writes
    for them or those offices (`alias_fit`: "the Republican nominee" for one whose title is
    "Republican nominee"): a person guessed from salience alone ("the New York businessman") gets no
    alias, since an alias is a claim about who the words name.
    """
    text = doc_text(doc)
    types = {a.id: a.type for a in index.actors}
    states = {m.start: m for m in index.mentions if types.get(m.actor) == "Country"}
    forms: dict[str, set[str]] = defaultdict(set)  # normalized words -> actors
    written: dict[str, str] = {}
    titles: dict[str, list[str]] = defaultdict(list)
    for a in index.actors:
        titles[a.id] += [r.title.lower() for r in a.roles]
        entry = entries.get(a.id)
        titles[a.id] += [p.lower() for p in (entry.positions if entry is not None else ())]
    for m in index.mentions:
        if m.nested:
            continue
        span = span_at(doc, m.start, m.end)
        if span is None:
            continue
        start = _title_start(span)
        if start is not None:
            _note(text[start : m.end], m.actor, forms, written)
            titles[m.actor].append(text[start : m.start].lower())
        party = _PARTY.match(text, m.end)
        if party is not None:
            # "Sen. Jane Roe (D-Ore.)": the party and state written after a legislator's name
            # belong to the name as written, as a post-nominal does.
            _note(text[m.start : party.end()], m.actor, forms, written)
            if start is not None:
                _note(text[start : party.end()], m.actor, forms, written)
        of = _OF_STATE.match(text, m.end)
        state = states.get(of.end()) if of is not None else None
        if state is not None and types.get(m.actor) == "Organization":
            # "the Islamic Revolutionary Guard Corps of Iran": the body with its state, as
            # written, is its fullest form (the gazetteer's name stops before "of").
            _note(text[m.start : state.end], m.actor, forms, written)
    names = {a.id: a.name for a in index.actors}
    fit = PersonFit.of(gz, index.actors, titles, entries, parties)
    people = [a for a in titles if types.get(a) == "Person"]
    spans: dict[str, list[TextSpan]] = defaultdict(list)  # described words -> where written
    resolved: dict[str, set[str]] = defaultdict(set)  # described words -> actors resolved to
    for r in index.refs:
        if r.kind not in ("pronoun", "text", "side"):  # (a state's side: one rule below)
            resolved[_key(text[r.start : r.end])].add(r.actor)
    for r in index.refs:
        if r.kind == "side" and _state_side(doc, r.start, r.end, types.get(r.actor)):
            # "the Russian side": the state its adjective names (`Discourse._side`); not "the
            # two sides", nor "both parties". Where the story names delegations, a side may
            # be the state or its delegation (annotators differ), so it is neither's alias.
            if not any(t == "Delegation" for t in types.values()):
                _note(text[r.start : r.end], r.actor, forms, written)
                spans[_key(text[r.start : r.end])].append(TextSpan.of(text, r.start, r.end))
            continue
        if r.kind not in FORM_KINDS:
            continue
        words = text[r.start : r.end].rstrip()
        end = r.start + len(words)  # ("the Foreign Minister of X\n\n" closing a headline)
        if words.split()[0].lower() not in _DEFINITE and r.kind != "member":
            continue
        if any(w.isdigit() for w in words.split()):
            continue  # "the time 150 security forces": a count of some people, no name
        if r.kind == "member" and not re.sub(r"^the\s+", "", words.lower()).startswith("member"):
            continue  # "the head of X" resolved to X for want of a named head: not X's form
        if r.kind != "member" and _names_several(doc, r.start, r.end, types.get(r.actor)):
            continue  # "the facilitators", "the Greek and Turkish Cypriot leaders": a group
        if any(m.actor != r.actor and m.end == end for m in index.mentions):
            continue  # "the President of Ukraine": its last word would read as Ukraine
        if r.kind == "body" and types.get(r.actor) == "Country":
            continue  # "the government" read as the state for want of a named one: no name of it
        if r.kind == "body" and not _head_in_name(doc, r.start, r.end, names.get(r.actor, "")):
            continue  # "the group" for Hamas: salience chose it, its words do not name it
        if types.get(r.actor) == "Person" and fit.fitting(words, people) != [r.actor]:
            # Only a description that fits this one person's titles names him ("the head of
            # the delegation" fits no title: its last word names the group, not him).
            continue
        _note(words, r.actor, forms, written)
        spans[_key(words)].append(TextSpan.of(text, r.start, end))
    by_id = {a.id: a for a in index.actors}
    for key, actors in forms.items():
        if len(actors) != 1 or len(resolved.get(key, actors) | actors) != 1:
            continue  # (the same words for two actors: an alias of neither)
        (actor,) = actors
        if actor in by_id and written[key] != by_id[actor].name:
            by_id[actor].aliases.add(written[key])
            by_id[actor].described += spans.get(key, [])


def _head_in_name(doc: Doc, start: int, end: int, name: str) -> bool:
    """Whether the head noun of a description is a word of the name ("the coalition" for
    the "Global Coalition to Defeat ISIS", "the delegation" for the "Hamas delegation")."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    words = {w.lower() for w in re.findall(r"[\w-]+", name)}
    return span.root.lower_ in words or span.root.lemma_.lower() in words


def _names_several(doc: Doc, start: int, end: int, actor_type: str | None) -> bool:
    """Whether a description names more than one party: words joined by "and" or a slash
    ("the European and North American trade blocs", "the USA/Saudi facilitators"), or a
    plural for a state, a person or a delegation ("the mediators" beside "Egypt, Qatar and
    the US"), which is one of the parties it names at most. A body may be named in the
    plural of its members ("the rebels")."""
    span = span_at(doc, start, end)
    if span is None:
        return False
    if any(t.dep_ == "cc" or t.text == "/" for t in span):
        return True
    return actor_type != "Organization" and span.root.tag_ in ("NNS", "NNPS")


def _state_side(doc: Doc, start: int, end: int, actor_type: str | None) -> bool:
    """Whether a side is one state's: "the Russian side", singular, with its adjective."""
    span = span_at(doc, start, end)
    if span is None or actor_type != "Country" or span.root.tag_ != "NN":
        return False
    return span[0].lower_ == "the" and any(
        t.i < span.root.i and t.pos_ in ("ADJ", "PROPN") for t in span
    )


def _title_start(span: Span) -> int | None:
    """Where a title or description written before a name starts, in the name's own noun
    phrase ("White House spokesman [Josh Earnest]", "NBC's [Dante Chinni]", "the
    nonpartisan [Congressional Budget Office]"); None when only an article precedes it."""
    if span.start > 1 and glued_hyphen(span.doc[span.start - 1]):
        if span.doc[span.start - 2].ent_type_ in ("GPE", "NORP", "ORG"):
            return None  # "the Eastland-Westland talks": another party before it, no title
    root = span.root
    first = span.start
    k = span.start - 1
    while k >= 0:
        tok = span.doc[k]
        if (
            tok.dep_ not in _PREFIX_DEPS
            or not _under(tok, root)
            or _stops(tok)
            or tok.pos_ == "PRON"  # "his spokesman X": the words are about someone else
            or tok.lower_ in _QUANTIFIERS  # "many Democrats": some members, not the party
        ):
            break
        first = k
        k -= 1
    prefix = span.doc[first : span.start]
    if not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in prefix):
        return None
    if k >= 0 and span.doc[k].dep_ == "prep" and is_role_word(span.doc[k].head.text):
        # "Ambassador to the United Nations Nikki Haley", parsed with the name inside the
        # title's own phrase: the words from "the" on are half a title, no form of hers.
        return None
    return int(prefix[0].idx)


def _under(tok: Token, root: Token) -> bool:
    t = tok
    for _ in range(6):
        if t.i == root.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _note(words: str, actor: str, forms: dict[str, set[str]], written: dict[str, str]) -> None:
    words = _clean(words)
    key = _key(words)
    if not key:
        return
    forms[key].add(actor)
    written.setdefault(key, words)


def _clean(words: str) -> str:
    return re.sub(r"^\W+|[\s,;:]+$", "", " ".join(words.split()))  # ("» UN spokesman X")


def _key(words: str) -> str:
    key = _clean(words).lower()
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=65536)
def form_key(words: str) -> str:
    """The words of a name or form as they compare: case folded, without an article, a
    possessive or punctuation ("the U.S." and "US" are one form)."""
    key = re.sub(r"['’]s\b", "", words.casefold())
    key = re.sub(r"(?<=\w)['’‘`.](?=\w)", "", key)
    key = " ".join(re.sub(r"[^\w\s]|_", " ", key).split())
    return key[4:] if key.startswith("the ") else key


def one_actor_per_form(index: ActorIndex) -> None:
    """No name or alias of one actor is a name or alias of another.

    - An actor all of whose forms are forms of one other actor of its type, or of one that
      has its very name, is that actor ("Security Council" found apart from the "UN Security
      Council" that the text also calls "the Security Council"): it is merged into it,
      mentions and references included.
    - A form still shared after that is dropped where it is an alias: from an actor whose
      alias is another actor's name, and from both where it is an alias of two. A name stays
      the actor's name; the alias was the weaker claim.
    """
    for b in list(index.actors):
        into = (
            _short_form_of(b, index.actors)
            or _titled_middle_name(b, index.actors)
            or _part_of_person(b, index.actors)
            or _respelled_person(b, index.actors)
        )
        if into is not None:
            merge_actors(index, b, into)
    by_id = {a.id: a for a in index.actors}
    while True:
        owners = _owners(index)
        pair = next(
            (
                (b, a)
                for b in index.actors
                for a in [_only_other(b, owners, by_id)]
                if a is not None and (a.type == b.type or form_key(a.name) == form_key(b.name))
            ),
            None,
        )
        if pair is None:
            break
        gone, into = pair
        if len(gone.mentions) > len(into.mentions):
            # One name, two types ("Kartarpur" as a person and as a body): the type the
            # text names it by more often stays.
            gone, into = into, gone
        merge_actors(index, gone, into)
        by_id = {a.id: a for a in index.actors}
    owners = _owners(index)
    # Another person may be typed a body where the model labelled one mention so ("the deaths
    # of Sean Smith and Tyrone Woods"): a short name of capitalised words may be a person's.
    people = [
        a
        for a in index.actors
        if a.type == "Person"
        or (a.type == "Organization" and len(a.name.split()) in (2, 3) and a.name.istitle())
    ]
    for a in index.actors:
        shared = {
            alias
            for alias in a.aliases
            if form_key(alias) != form_key(a.name)
            and (len(owners[form_key(alias)]) > 1 or _surname_of_another(alias, a, people))
        }
        if shared:
            log.debug("aliases %s of %s name other actors too: dropped", sorted(shared), a.name)
            a.aliases -= shared


def _surname_of_another(alias: str, a: Actor, people: Sequence[Actor]) -> bool:
    """Whether a one-word alias of a person is also the surname of another person of the
    story ("Smith" of Patricia Smith beside her son Sean Smith): it names neither alone."""
    word = form_key(alias)
    if a.type != "Person" or not word or " " in word:
        return False
    return any(
        b.id != a.id
        and len(form_key(b.name).split()) > 1
        and surname_of(form_key(b.name).split(), word)
        for b in people
    )


def _short_form_of(b: Actor, actors: Sequence[Actor]) -> Actor | None:
    """The one actor of the article whose longer name a one-word name stands for: a given
    name alone ("Cengiz called Mohammad's admission ...") for the one person who has it, the
    first word of a body's name ("Zagros" for "Zagros Air"), the noun heading it ("Council"
    for "UN Security Council"). Not a name the gazetteer knows on its own, and not when two
    actors have the word (unless it heads only one's name)."""
    words = {form_key(f) for f in (b.name, *b.aliases)}
    if len(words) != 1 or b.wikidata is not None or b.type not in ("Person", "Organization"):
        return None
    (word,) = words
    if " " in word or not word:
        return None
    found = []
    for a in actors:
        if a.id == b.id:
            continue
        forms = [form_key(f).split() for f in (a.name, *a.aliases)]
        if a.type == "Person" and b.type != "Person" and any(word in f for f in forms):
            return None  # "Trump" beside "Donald Trump" and the "Trump Foundation": unclear
        if a.type == "Person" and b.type == "Person":
            hit = any(len(f) > 1 and word in (f[0], f[-1]) for f in forms)
        else:
            # (Or the noun that heads a body's name: "the Council" for the Security Council.)
            hit = a.type == "Organization" and any(
                len(f) > 1 and (f[0] == word or (f[-1] == word and word in BODY_NOUNS))
                for f in forms
            )
        if hit:
            found.append(a)
    # Of several, the one the word heads ("House" for the "House of Representatives", not
    # the "House Judiciary Committee", which "House" only modifies).
    headed = [
        a for a in found if any(_heads(form_key(f).split(), word) for f in (a.name, *a.aliases))
    ]
    if len(found) > 1 and len(headed) == 1:
        return headed[0]
    return found[0] if len(found) == 1 else None


# Particles inside names ("Mohammed bin Salman"): no name alone.
_PARTICLES = {"bin", "ibn", "bint", "abu", "abd", "van", "von", "der", "den", "del", "della"}


def _titled_middle_name(b: Actor, actors: Sequence[Actor]) -> Actor | None:
    """The one person of three names or more whose inner name a one-word person is, where the
    text gives that word an office ("President Kiir" of "Salva Kiir Mayardit", whose last name
    is his father's): a title goes with a family name, not with a second given name."""
    word = form_key(b.name)
    if b.type != "Person" or b.wikidata is not None or " " in word or len(word) < 4:
        return None
    # ("President Kiir", or the office alone the text resolved to him: "the President".)
    titled = [form_key(f).split() for f in b.aliases if form_key(f) != word]
    titled = [f[:-1] if f[-1] == word else f for f in titled]
    if word in _PARTICLES or not titled or not all(is_role_word(w) for f in titled for w in f):
        return None
    found = [
        a
        for a in actors
        if a.id != b.id
        and a.type == "Person"
        and any(
            len(f) >= 3 and word in f[1:-1] and word not in (f[0], f[-1])
            for f in (form_key(n).split() for n in (a.name, *a.aliases))
        )
    ]
    return found[0] if len(found) == 1 else None


# Words of address written before a name that hold no office ("Sheikh", "Mawlawi", "Mr."):
# they name no title, so they never tell two people apart.
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "sheikh", "shaikh", "mawlawi", "mullah", "haji"}


def _name_words(form: str) -> list[str]:
    """A name's words as they compare, with an initial glued to the name after it set apart
    ("J.Doe" is "j doe"; `form_key` would make one word of it)."""
    return form_key(re.sub(r"\b(\w)\.(?=\w)", r"\1 ", form)).split()


def _titled(words: list[str]) -> tuple[set[str], list[str]]:
    """The office words written before a name (honorifics and other words left out) and the
    name after them: "state councilor doe" is ({"councilor"}, ["doe"])."""
    i = 0
    while i < len(words) - 1 and (is_role_word(words[i]) or words[i] in _HONORIFICS):
        i += 1
    if i == 0 and len(words) > 2 and not is_role_word(words[0]) and is_role_word(words[1]):
        i = 2  # ("State Councilor Doe": a word that only qualifies the office)
        while i < len(words) - 1 and is_role_word(words[i]):
            i += 1
    return {w for w in words[:i] if is_role_word(w)}, words[i:]


@lru_cache(maxsize=65536)
def _name_part(form: str) -> tuple[str, ...]:
    """The name of a form without the titles before it (`_titled`), made once a form: each
    person is compared with every other, each by all their forms. (A tuple: the cache hands
    the one value to every caller and every doc.)"""
    return tuple(_titled(_name_words(form))[1])


def _titles_of(a: Actor) -> set[str]:
    """The office words the text writes before any form of the person's name."""
    out: set[str] = set()
    for form in (a.name, *a.aliases):
        out |= _titled(_name_words(form))[0]
    return out


def _part_of_person(b: Actor, actors: Sequence[Actor]) -> Actor | None:
    """The one person of the article of whose fuller name a person's name, without the titles
    written before it, is a part: the name cut short ("Jane Roe Doe" of "Jane Roe Doe Smith"),
    an inner family name ("Roe" of "Jane Roe Doe"), a titled family name the actor stage kept
    whole ("Councillor Doe", "Mawlawi Doe" of "Jane Doe"), or the name without the initial
    glued to it ("Doe" of "J.Doe"). Not where two people have that part, and not where the
    titles disagree ("King Doe" is not the "Crown Prince Jane Doe" of the same family)."""
    if b.type != "Person":
        return None
    part = _name_part(b.name)
    if not part or (len(part) == 1 and (part[0] in _PARTICLES or len(part[0]) < 3)):
        return None
    titles = _titles_of(b)
    found = []
    for a in actors:
        if a.id == b.id or a.type != "Person":
            continue
        if b.wikidata is not None and a.wikidata is not None and a.wikidata != b.wikidata:
            continue
        names = [_name_part(f) for f in (a.name, *a.aliases)]
        # A name of two words or more is cut short only at its end: words before a whole
        # name are an epithet the actor stage kept ("Crooked Jane Doe" is Jane Doe's).
        if any(
            len(n) > len(part) and (n[: len(part)] == part if len(part) > 1 else part[0] in n)
            for n in names
        ):
            found.append(a)
    if len(found) != 1:
        return None
    theirs = _titles_of(found[0])
    return found[0] if not (titles and theirs and not titles & theirs) else None


def _respelled_person(b: Actor, actors: Sequence[Actor]) -> Actor | None:
    """The one other person whose name is the person's name spelled another way ("Andriy
    Yermak" and "Andrei Ermak", a typing slip): one of them, the one named fewer times (of
    two named as often, the later), is merged into the other."""
    if b.type != "Person":
        return None
    mine = [_name_part(f) for f in (b.name, *b.aliases)]
    order = {a.id: i for i, a in enumerate(actors)}
    found = [
        a
        for a in actors
        if a.id != b.id
        and a.type == "Person"
        and not (b.wikidata and a.wikidata and a.wikidata != b.wikidata)
        and any(respelled(m, _name_part(f)) for m in mine for f in (a.name, *a.aliases))
    ]
    if len(found) != 1:
        return None
    a = found[0]
    weaker = (len(b.mentions), -order[b.id]) < (len(a.mentions), -order[a.id])
    return a if weaker else None


def _heads(name: list[str], word: str) -> bool:
    """Whether the word is the noun a body's name is built on: "House of ...", "... Council"."""
    first = len(name) > 2 and name[0] == word and name[1] in ("of", "for")
    return first or (len(name) > 1 and name[-1] == word)


def _owners(index: ActorIndex) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for a in index.actors:
        for form in (a.name, *a.aliases):
            if form_key(form):
                owners[form_key(form)].add(a.id)
    return owners


def _only_other(
    b: Actor, owners: Mapping[str, set[str]], by_id: Mapping[str, Actor]
) -> Actor | None:
    """The one other actor that has every form of `b`, if any."""
    others: set[str] | None = None
    for form in (b.name, *b.aliases):
        if not form_key(form):
            continue
        here = owners[form_key(form)] - {b.id}
        others = here if others is None else others & here
    if not others or len(others) != 1:
        return None
    return by_id[next(iter(others))]


def merge_actors(index: ActorIndex, gone: Actor, into: Actor) -> None:
    """Actor `gone` is actor `into`: its mentions, names, roles and members move to `into`, and
    every link to it (a member, a country, a role's body) now points to `into`."""
    log.debug("actor %r is a form of %r: merged", gone.name, into.name)
    for m in [*index.mentions, *index.refs]:
        if m.actor == gone.id:
            m.actor = into.id
    into.mentions = sorted({*into.mentions, *gone.mentions})
    into.aliases |= {gone.name, *gone.aliases} - {into.name}
    into.described = sorted({*into.described, *gone.described})
    into.roles += [r for r in gone.roles if all(r.title != x.title for x in into.roles)]
    into.members += [m for m in gone.members if m not in into.members and m != into.id]
    into.country = into.country or gone.country
    into.wikidata = into.wikidata or gone.wikidata
    index.actors = [a for a in index.actors if a.id != gone.id]
    for a in index.actors:
        if a.country == gone.id:
            a.country = into.id if a.id != into.id else None
        a.members = [into.id if m == gone.id else m for m in a.members]
        a.members = [m for i, m in enumerate(a.members) if m not in a.members[:i] and m != a.id]
        for r in a.roles:
            if r.of == gone.id:
                r.of = into.id if a.id != into.id else None  # (no actor is its own body)
    if gone.id in index.acting:
        index.acting.discard(gone.id)
        index.acting.add(into.id)

"""The people a plural post of named states stands for: "the leaders of A and B met", "their
leaders held a meeting" (after "A and B"), "the A-ian and B-ian foreign ministers", "the
presidents of A and B". The guidelines count the named people who take part as parties beside
their states; the article names them elsewhere with the post ("Prime Minister X of A"), and
each state has one holder of the post the article names, else none is taken (parties are never
inferred).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.discourse_titles import TOP_OFFICES
from kg.extract.discourse_words import MISSION_TITLES, RANKS
from kg.extract.event_person_states import told_state
from kg.extract.event_state_adjectives import adjective_state
from kg.extract.event_states import state_of
from kg.extract.index import ActorIndex
from kg.gazetteer import Gazetteer
from kg.nlp import doc_text

# The posts of who leads a state: "leaders" are the holders of a title ending in one of them
# ("Ethiopian Prime Minister"); "supreme leader" of the top offices ends in "leader".
LEADER_POSTS = TOP_OFFICES | {"leader", "sultan"}
# The plural posts read, by the noun's lemma (a minister's post needs its words: "foreign").
# A state's "top diplomat" is its foreign minister, the usual sense of the press's phrase.
POST_NOUNS = {"leader", "president", "minister", "premier"} | MISSION_TITLES
# Words of rank that a plural post carries and the holders' titles seldom do ("the top
# envoys of A and B": each state's envoy; "chief negotiator" is the title itself).
RANK_WORDS = RANKS - {"chief"}
# Words that describe the holders, not their post ("the rival presidents of A and B").
HOLDER_WORDS = {"rival", "respective", "visiting", "incumbent", "current", "new"}
# Posts told by a phrase of the press: the title the holders have.
POST_TITLES = {"top diplomat": "foreign minister"}
# Words of a title that make it no state's leader ("Vice President", "former President").
NOT_LEADING = {"vice", "deputy", "former", "ex", "opposition", "party", "acting"}


def leaders_of(tok: Token, actors: ActorIndex, gz: Gazetteer | None) -> list[str]:
    """The holders of the post a plural noun names ("leaders", "presidents", "foreign
    ministers") for the states it names by "of", by adjectives or by a plural "their", when it
    names two or more states and the article names the one holder of each; empty otherwise."""
    noun = plural_post(tok)
    if noun is None:
        return []
    states: list[str] = []
    words: list[str] = []  # the post's own modifiers: "foreign" of "foreign ministers"

    def add(found: list[str]) -> None:
        states.extend(a for a in found if a not in states and actors.by_id(a).type == "Country")

    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for pobj in (x for x in c.children if x.dep_ == "pobj"):
                for t in (pobj, *pobj.conjuncts):
                    add(actors.all_at(t.idx, t.idx + len(t)))
        elif c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            for t in (c, *c.conjuncts):
                named = actors.all_at(t.idx, t.idx + len(t))
                if (state := adjective_state(t, actors, gz)) is not None:
                    add([state])
                elif named:
                    add(named)
                elif t.is_lower:
                    words.append(t.lower_)
        elif c.dep_ == "poss" and c.lower_ == "their":
            add(_states_before(c, actors))
    post = _post(words, noun)
    text = doc_text(tok.doc)
    if not states and _the_group(tok):
        # "A-ian Minister X and his counterpart Y signed ... The ministers then met Z": the
        # holders of the post last named together
        return _last_pair(tok, post, actors, gz, text)
    if len(states) < 2:
        return []  # "the Iranian leaders": several people of one state, not named here
    # each person's state, once: by what the article and gazetteer know, or the words telling it
    state_by_person = {
        a.id: state_of(a.id, actors, gz) or told_state(a.id, actors, text)
        for a in actors.actors
        if a.type == "Person"
    }
    found: list[str | None] = []
    for state in states:
        held = [
            p
            for p, s in state_by_person.items()
            if s == state and _holds(p, post, actors, gz, text)
        ]
        if len(held) > 1:
            return []
        found.append(held[0] if held else None)
    if found.count(None) == 1:
        # "A-ian President X and his counterpart Y" where nothing tells Y's state: of two
        # states, the one left is the counterpart's
        stateless = [p for p, s in state_by_person.items() if s is None]
        linked = [
            p
            for p in stateless
            if any(q is not None and _counterparts(p, q, actors, text) for q in found)
            and _holds(p, post, actors, gz, text)
        ]
        if len(linked) == 1:
            found[found.index(None)] = linked[0]
    # one state's holder unknown: the phrase stands for people the article does not all name
    # ("Foreign ministers of A, B and C agreed ..., A's minister said")
    return [p for p in found if p is not None] if None not in found else []


def plural_post(tok: Token) -> str | None:
    """The post a plural noun names ("leaders": `leader`), also written with capitals as in
    official readouts, which the tagger reads as one proper name ("the Foreign Ministers of A
    and B": `minister`). None when the noun is no plural post."""
    if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in POST_NOUNS:
        return tok.lemma_.lower()
    word = tok.lower_
    if tok.tag_ == "NNP" and tok.text[:1].isupper() and word.endswith("s"):
        if word[:-1] in POST_NOUNS:
            return word[:-1]
    return None


def _counterparts(one: str, other: str, actors: ActorIndex, text: str) -> bool:
    """The text calls one of the two people the other's counterpart."""
    return counterpart_of(one, actors, text) == other or counterpart_of(other, actors, text) == one


# How many sentences back the people a "the ministers" stands for may be named together.
PAIR_REACH = 3
# Words by which a plural post stands for a group already named ("the two ministers").
GROUP_DETS = {"the", "both"}
# The links from a person named in a coordination to the name set beside them ("and his
# counterpart Y"), read as the same conjunct.
BESIDE_DEPS = {"appos", "compound", "flat"}


def _the_group(tok: Token) -> bool:
    """A plural post told as a known group: "the ministers", "the two leaders", "both
    presidents", with nothing after it that says whose ("the ministers of the bloc")."""
    dets = [c for c in tok.children if c.dep_ in ("det", "predet") and c.i < tok.i]
    rest = [c for c in tok.children if c.dep_ in ("prep", "acl", "relcl", "poss")]
    return any(d.lower_ in GROUP_DETS for d in dets) and not rest


def _last_pair(
    tok: Token, post: str, actors: ActorIndex, gz: Gazetteer | None, text: str
) -> list[str]:
    """The people of the last coordination of names before `tok` (in its sentence or the
    `PAIR_REACH` before it) when there are two or more and each holds `post`; or the people a
    plural post of named states before it stands for ("The presidents of A and B agreed ...
    The two leaders also met"), when each holds `post` too."""
    doc = tok.doc
    sent = tok.sent
    for _ in range(PAIR_REACH + 1):
        heads = [
            t for t in sent if t.i < tok.i and (t.dep_ != "conj" and t.conjuncts or _states_post(t))
        ]
        for head in reversed(heads):
            group: list[str] = []
            if _states_post(head):
                group = leaders_of(head, actors, gz)
                if not group:
                    continue  # a post of states whose holders the article does not all name
            for t in (head, *head.conjuncts) if not group else ():
                found = next(iter(_people_at(t, actors)), None)
                if found is not None and found not in group:
                    group.append(found)
            if len(group) >= 2:
                held = all(_holds(p, post, actors, gz, text) for p in group)
                return group if held else []
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return []


def _states_post(tok: Token) -> bool:
    """A plural post that says whose by itself ("the presidents of A and B", "the A-ian and
    B-ian ministers"), not a known group: `leaders_of` reads its states."""
    return (
        plural_post(tok) is not None
        and not _the_group(tok)
        and any(
            c.dep_ in ("prep", "amod", "compound", "nmod") and c.i != tok.i for c in tok.children
        )
    )


def _people_at(tok: Token, actors: ActorIndex) -> list[str]:
    """The people named at a conjunct, or by a name set beside it ("his counterpart Y")."""
    out: list[str] = []
    for t in (tok, *(c for c in tok.children if c.dep_ in BESIDE_DEPS)):
        out.extend(
            a
            for a in actors.all_at(t.idx, t.idx + len(t))
            if actors.by_id(a).type == "Person" and a not in out
        )
    return out


def _post(words: list[str], noun: str) -> str:
    """The title a plural post names: "top diplomats" the foreign ministers, "top nuclear
    envoys" the nuclear envoys (rank words dropped where no phrase of the press is told)."""
    phrase = " ".join([*words, noun])
    if phrase in POST_TITLES:
        return POST_TITLES[phrase]
    return " ".join([*(w for w in words if w not in RANK_WORDS | HOLDER_WORDS), noun])


def _holds(person: str, post: str, actors: ActorIndex, gz: Gazetteer | None, text: str) -> bool:
    """The person (of the state in question) holds `post` ("leader": any post that leads a
    state), by the article's roles and descriptions, or by the positions the gazetteer knows;
    a counterpart by the post of the one whose counterpart they are told to be."""
    if _titles_hold(_titles(person, actors, gz), post):
        return True
    peer = counterpart_of(person, actors, text)
    return peer is not None and _titles_hold(_titles(peer, actors, gz), post)


# "counterpart" right before a name, past a comma and a title of capitalised words
# ("his Japanese counterpart Taro Kono", "her counterpart, Prime Minister Ann Roe").
_COUNTERPART_BEFORE = re.compile(r"\bcounterpart,?(?:\s+[A-Z][\w.’'-]*){0,3}\s+$")
# How far before a counterpart the person they are the counterpart of is looked for: the
# phrase that joins the two ("Foreign Minister X and his B-ian counterpart Y").
COUNTERPART_REACH = 160


def counterpart_of(person: str, actors: ActorIndex, text: str) -> str | None:
    """The person whose counterpart the text calls `person` where it names them ("X and his
    B-ian counterpart Y": X for Y): a counterpart holds, for another state, the same office.
    The nearest person named before the word "counterpart"; None when no name of `person`
    follows that word."""
    for m in actors.mentions:
        if m.actor != person or m.nested:
            continue
        before = _COUNTERPART_BEFORE.search(text, max(0, m.start - 60), m.start)
        if before is None:
            continue
        peer = actors.person_before(before.start(), limit=COUNTERPART_REACH)
        if peer is not None and peer != person:
            return peer
    return None


def _titles(person: str, actors: ActorIndex, gz: Gazetteer | None) -> list[str]:
    """A person's titles: the article's roles and the positions the gazetteer knows."""
    a = actors.by_id(person)
    titles = [r.title for r in a.roles]
    entry = gz.entry_of(a.name, a.wikidata) if gz is not None else None
    if entry is not None:
        titles += entry.positions  # "President of Russia"
    return titles


def _titles_hold(titles: list[str], post: str) -> bool:
    """One of `titles` is the post ("leader": any post that leads a state)."""
    for title in titles:
        words = title.lower().replace("-", " ").split()
        if any(w in NOT_LEADING for w in words):
            continue
        # the post before its state: "president" of "President of Russia"
        core = " ".join(words).split(" of ")[0]
        if post == "leader" and any(core.endswith(p) for p in LEADER_POSTS):
            return True
        # "foreign minister" is also "Minister of Foreign Affairs", "Foreign Affairs Minister"
        if post == "foreign minister" and "minister" in words and "foreign" in words:
            return True
        if post != "leader" and core.endswith(post):
            return True
    return False


def _states_before(pron: Token, actors: ActorIndex) -> list[str]:
    """The states of the nearest coordination of states before `pron` in its sentence ("A and
    B want closer ties, two days after their leaders met"), past plural nouns that name none
    ("the neighbours")."""
    for t in reversed(pron.sent[: pron.i - pron.sent.start]):
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        found = [
            a
            for x in (t, *t.conjuncts)
            for a in actors.all_at(x.idx, x.idx + len(x))
            if actors.by_id(a).type == "Country"
        ]
        if len(found) >= 2:
            return found
    return []

"""Epithets for a person named before: by party ("the Massachusetts Democrat added", "the
Republican said"), by trade with a gender ("the New York businessman"), by office and home
state ("the Virginia senator"); unnamed people by their service ("military sources").

US political copy names a person once with their party ("Democrat Hillary Clinton",
"Sen. Elizabeth Warren (D-Mass.)", "Dianne Feinstein, Democrat of California", "Republican
presidential nominee Donald Trump") and later by party alone. The discourse stage resolves
such an epithet only to a person the article has given that party, never to whoever is
nearest: a Democrat is not the Republican last quoted.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

from spacy.tokens import Doc, Token

from kg.extract.discourse_seen import Seen, topic
from kg.extract.discourse_words import ARMED_FORCES
from kg.extract.index import ActorIndex
from kg.extract.roles import OFFICE_TITLES
from kg.gazetteer import Entry
from kg.model import Actor

# The noun of an epithet by party, and the party it names.
PARTY_NOUNS = {"democrat": "D", "republican": "R"}
# Words before a name that give its party ("Democratic presidential nominee X").
_BEFORE = re.compile(r"\b(Democrat|Democratic|Republican|GOP)\b")
# Words after a name that give it: a party letter ("(D-Mass.)", ", R-Ky.") or an apposition
# ("X, Democrat of California", "X, a Republican").
_AFTER = re.compile(
    r"\s*[,(]\s*(?:(?P<letter>[DR])\s?[-–)]|(?:an? )?(?P<word>Democrat|Republican)\b)"
)
_LETTER = re.compile(r"\(([DR])\s?[-–)]")
_PARTY_OF = {"Democrat": "D", "Democratic": "D", "Republican": "R", "GOP": "R", "D": "D", "R": "R"}
_WORDS_BEFORE = 4  # how far before a name its party may be written, in tokens


def parties(doc: Doc, index: ActorIndex, text: str) -> dict[str, set[str]]:
    """Each person's parties as the article writes them next to one of their names."""
    people = {a.id for a in index.actors if a.type == "Person"}
    out: dict[str, set[str]] = defaultdict(set)
    for m in index.mentions:
        if m.actor not in people or m.nested:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        # (The words before the name in its own noun phrase: "Republican Sen. Ted Cruz".)
        lo = max(span.root.left_edge.i, span.start - _WORDS_BEFORE)
        for found in _BEFORE.finditer(doc[lo : span.start].text if lo < span.start else ""):
            out[m.actor].add(_PARTY_OF[found.group(1)])
        letter = _LETTER.search(text, m.start, m.end)  # (a name taken with its letter)
        after = _AFTER.match(text, m.end)
        if letter is not None:
            out[m.actor].add(letter.group(1))
        elif after is not None:
            out[m.actor].add(_PARTY_OF[after.group("letter") or after.group("word")])
    return out


# People a campaign describes by party ("the Democratic front-runner", "the GOP nominee").
CAMPAIGN_NOUNS = {
    "nominee",
    "candidate",
    "runner",  # ("front-runner": the hyphen splits it)
    "frontrunner",
    "hopeful",
    "contender",
    "challenger",
    "incumbent",
}


def party_epithet(tok: Token) -> str | None:
    """The party a definite singular epithet names ("the Massachusetts Democrat", "the
    Democratic front-runner", "the GOP nominee", "the Republican senator"), if any."""
    # (Asked of nearly every noun: the tag first, before the walk of its children.)
    if tok.tag_ not in ("NN", "NNP"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if tok.text[:1].isupper():
        return PARTY_NOUNS.get(tok.lemma_.lower())
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or not (lemma in CAMPAIGN_NOUNS or lemma in OFFICE_TITLES):
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and c.text in _PARTY_OF:
            return _PARTY_OF[c.text] if len(c.text) > 1 else None
    return None


def trade_gender(lemma: str) -> str | None:
    """The gender a trade's word gives ("businessman" m, "businesswoman" f), if any."""
    if lemma.endswith("woman"):
        return "f"
    return "m" if lemma.endswith("man") else None


def trade_epithet(
    tok: Token, n: int, history: list[Seen], actors: Mapping[str, Actor], gender: Mapping[str, str]
) -> str | None:
    """Whom "the New York businessman" (a definite trade word, sentence `n`) stands for: the
    person the story is about, not whoever spoke last ("..., Jane Roe said. The businessman,
    though, has held firm"), nor the subject the sentence has already named ("Roe urged her
    party to drop Doe once the property tycoon boasted": Roe would be "she")."""
    here = {seen.actor for seen in history if seen.sent == n and seen.subject}

    def person(a: str) -> bool:
        return actors[a].type == "Person" and a not in here

    # A trade with a gender ("businessman") names someone known to have it first.
    want = trade_gender(tok.lemma_.lower())
    known = [a for a in actors if person(a) and want and gender.get(a) == want]
    seen = Counter(s.actor for s in history if s.token < tok.i and s.actor in known)
    chosen = topic(history, tok, known.__contains__) or max(
        seen, key=seen.__getitem__, default=None
    )
    return chosen or topic(history, tok, lambda a: person(a) and gender.get(a, want) == want)


def home_state(tok: Token, covered: set[int]) -> bool:
    """ "the Virginia senator", "the Indiana governor": a definite singular office whose
    modifier is a place that names no actor of the article (a state it would agree with is
    read by the titles)."""
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return any(
        c.dep_ == "compound" and c.ent_type_ == "GPE" and c.i not in covered for c in tok.children
    )


def other_office(lemma: str, actor: Actor, entry: Entry | None) -> bool:
    """Whether the article or the gazetteer gives the person an office other than `lemma`
    ("the Virginia senator" is not the president or the secretary of state)."""
    titles = [r.title for r in actor.roles] + list(entry.positions if entry else ())
    for title in titles:
        words = {w.strip(".,").lower() for w in title.split()}
        if words & OFFICE_TITLES and lemma not in words:
            return True
    return False


# Words that make unnamed people members of armed forces (the forces: `ARMED_FORCES`).
_MILITARY = {"military", "army"}


def armed_force(tok: Token, actors: dict[str, Actor]) -> str | None:
    """ "military sources said", "army officials": the armed forces the story names, when it
    names just one, are who they speak for."""
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in _MILITARY for c in tok.children):
        return None
    forces = [
        a.id
        for a in actors.values()
        if a.type == "Organization"
        and any(f in n.lower() for n in (a.name, *a.aliases) for f in ARMED_FORCES)
    ]
    return forces[0] if len(forces) == 1 else None


def diplomats_ministry(tok: Token, state: str, actors: dict[str, Actor]) -> str | None:
    """ "Ukrainian diplomats insist": a state's diplomats speak for its foreign ministry, when
    the story names it."""
    if tok.lemma_.lower() != "diplomat":
        return None
    return next(
        (
            a.id
            for a in actors.values()
            if a.type == "Organization"
            # (Its state may be only in its name: "Ministry of Foreign Affairs of Ukraine".)
            and (a.country == state or a.name.endswith(f" of {actors[state].name}"))
            and any("foreign" in n.lower() for n in (a.name, *a.aliases))
        ),
        None,
    )


def own_body(mods: Sequence[str], actors: dict[str, Actor]) -> str:
    """The body unnamed members speak for among the actors modifying their noun (`mods`, in
    text order): the innermost, when a state's own body is named after the state
    ("Westland's Foreign Ministry officials": the ministry, not Westland); of states beside
    states ("the US and Saudi facilitators"), the first."""
    inner, outer = actors[mods[-1]], actors[mods[0]]
    if len(mods) > 1 and inner.type == "Organization" and outer.type == "Country":
        return inner.id
    return outer.id


# Those a state or body sends to speak for it abroad: unnamed, they are their sender.
MISSION_NOUNS = {"envoy", "ambassador", "representative", "delegate", "diplomat", "negotiator"}


def sender(tok: Token, named: Mapping[int, str], actors: dict[str, Actor]) -> str | None:
    """ "China's envoy to the United Nations warned": an unnamed envoy of a state or body,
    written with it as possessor, speaks for it (not for where they are sent)."""
    if tok.lemma_.lower() not in MISSION_NOUNS or tok.tag_ != "NN":
        return None
    owner = next((named.get(c.i) for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or actors[owner].type not in ("Country", "Organization"):
        return None
    return owner


def bodies_of_kind(
    actors: Mapping[str, Actor],
    entries: Mapping[str, Entry | None],
    kinds: Collection[str],
    states: list[str],
) -> list[str]:
    """The bodies a body word may stand for ("the ministry": a ministry, in name or alias;
    "the Russian ministry": one of Russia's)."""
    found = []
    for a in actors.values():
        if a.type not in ("Organization", "Delegation"):
            continue
        names = [a.name.lower(), *(al.lower() for al in a.aliases)]
        if kinds and not any(k in name for name in names for k in kinds):
            continue
        if states and not any(_of_state(a, s, entries) for s in states):
            continue
        found.append(a.id)
    return found


def _of_state(org: Actor, state: str, entries: Mapping[str, Entry | None]) -> bool:
    if org.country == state or org.id == state:
        return True
    entry, sentry = entries.get(org.id), entries.get(state)
    return bool(entry and sentry and entry.country == sentry.id)


# Kinds of actor a short form by the last word of the name may stand for.
_HEADED_KINDS = ("Organization", "Delegation")


def body_heads(actors: Mapping[str, Actor]) -> dict[str, list[str]]:
    """The last word of each body's name, in lower case -> the bodies so named: the nouns
    that may shorten a body's name ("the Pressburg Planning Directorate ... the directorate
    added"), as "the ministry" does, whatever noun the body is named by."""
    heads: dict[str, list[str]] = defaultdict(list)
    for a in actors.values():
        words = a.name.split()
        if a.type in _HEADED_KINDS and len(words) > 1 and words[-1][:1].isupper():
            heads[words[-1].lower()].append(a.id)
    return dict(heads)


def shortens_name(tok: Token) -> bool:
    """A singular common noun with an article and no other modifier ("the directorate")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and sum(1 for _ in tok.lefts) == 1

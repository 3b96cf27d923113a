"""Words the model takes into people's names that are none of them: a headline's verb
("Envoy Jane Doe Meets Rebels"), a title written before the name ("Spokesperson Jane Doe"), a
rank suffix ("(Retd.)"), and the hyphen of a headline's pair of two people ("Doe-Roe talks")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from kg.extract.actor_candidates import Cand, move_cluster
from kg.extract.index import ActorIndex
from kg.extract.names import same_person
from kg.extract.roles import HONORIFICS, OFFICE_TITLES, ROLE_HEADS
from kg.gazetteer import Gazetteer, normalize
from kg.nlp import entities

# Verbs a title-case headline puts right after a name ("Envoy Smith Meets Rebels"); the
# model may take the verb for the name's last word.
HEADLINE_VERBS = {
    "meets",
    "signs",
    "says",
    "holds",
    "calls",
    "urges",
    "visits",
    "warns",
    "vows",
    "rejects",
    "welcomes",
    "hosts",
    "receives",
    "agrees",
    "discusses",
    "slams",
    "backs",
    "seeks",
    "tells",
    "asks",
    "accepts",
    "announces",
    "arrives",
    "condemns",
    "pledges",
    "demands",
    "denies",
    "praises",
    "speaks",
    "talks",
}


# One-word "names" the model tags as people that are titles or rank suffixes only: "State
# Councilor" before the name, "Air Marshal Jane Doe (Retd.)" after it.
NO_NAMES = ROLE_HEADS | {"retd", "rtd"}


# Titles that are also surnames ("Angus King", "Alexander Pope"): a name may end on one.
_SURNAME_TITLES = {"king", "pope", "prince", "general", "chief", "bishop"}


def no_name(ent: SpacySpan) -> bool:
    """A person's "name" that is a title or a rank suffix only, or that ends on a title's
    head word ("Caucus Co-chair", "UN Secretary" cut before "-General"): a title the model
    took for a name; its holder's name, if any, stands apart. A "name" without a letter
    ("30/8/2022" cut into three) is no one's, whatever the model labelled it."""
    if not any(c.isalpha() for c in ent.text):
        return True
    if ent.label_ != "PERSON":
        return False
    if len(ent) == 1:
        return ent[0].lower_.strip(".") in NO_NAMES
    last = ent[-1].lower_.strip(".").split("-")[-1]
    return not ent.ent_id_ and last in ROLE_HEADS and last not in _SURNAME_TITLES


def paired_names(ent: SpacySpan) -> list[tuple[int, int]]:
    """The two people a hyphen joins in a headline's pair ("Smith-Van Dam talks"), where each
    half is also a person's name the article tags alone; a hyphenated name of one person
    ("Jean-Marc Ayrault") has no half tagged alone. Character offsets into `ent.text`."""
    text = ent.text
    if ent.label_ != "PERSON" or "-" not in text:
        return []
    person_names = {e.text for e in entities(ent.doc) if e.label_ == "PERSON"}
    for m in re.finditer(r"(?<=\w)-(?=[A-Z])", text):
        left, right = text[: m.start()], text[m.end() :]
        if any(n != text and n.endswith(left) for n in person_names) and any(
            n != text and n.endswith(right) for n in person_names
        ):
            return [(0, m.start()), (m.end(), len(text))]
    return []


def untitled(name: str) -> str:
    """A person's name without the titles the text wrote before it in capitals ("Spokesperson
    Jane Doe", "State Counsellor Jane Doe"): the canonical name is the person's, not the office."""
    words = name.split()
    while len(words) > 2 and words[0].lower().strip(".") in NO_NAMES:
        words = words[1:]
    return " ".join(words)


# The same verbs after a plural subject ("Envoys Meet Jane Doe"): a verb only inside a
# headline's name, never at its end, where a body's name may close on one ("Peace Talks").
_INNER_VERBS = frozenset(
    HEADLINE_VERBS
    | {v[:-1] for v in HEADLINE_VERBS if v.endswith("s") and v != "talks"}
    | {"discuss"}
)


def cut_verbs(cands: list[Cand], title_end: int, common: set[str]) -> list[Cand]:
    """A title-case headline's verb glued to a name is no part of it: at the end ("Envoy Jane
    Doe Meets Rebels") the name is the words before it; inside or first ("Top Envoy Meet Jane
    Doe", "Chief Welcomes Accord") the words after it, the verb's object, which the words
    before only describe. An object the text writes as a common noun ("accord") is no name."""
    out: list[Cand] = []
    for c in cands:
        words = c.text.split()
        if c.start < title_end and len(words) > 1 and words[-1].lower() in HEADLINE_VERBS:
            c.text = c.text[: c.text.rindex(" ")]
            c.end = c.start + len(c.text)
            words = words[:-1]
        if c.start < title_end and c.entry is None:
            verb = next((i for i, w in enumerate(words[:-1]) if w.lower() in _INNER_VERBS), None)
            if verb is not None and words[verb].istitle():
                rest = words[verb + 1 :]
                if all(w.lower() in common for w in rest):
                    continue
                offset = c.text.index(" ".join(rest), len(" ".join(words[: verb + 1])))
                c.start += offset
                c.text = c.text[offset:]
                c.end = c.start + len(c.text)
        out.append(c)
    return out


def same_name(persons: dict[str, list[str]], name: str) -> str | None:
    """The cluster of the one person (cluster key -> name tokens) a full name the model took
    for a body or a place names in another spelling ("Kasym"/"Kassym")."""
    found = [k for k, toks in persons.items() if same_person(toks, normalize(name).split())]
    return found[0] if len(found) == 1 else None


def join_tails(clusters: dict[str, list[Cand]]) -> None:
    """ "the Joint Review Board of the Two Rivers" ... "the Review Board": a body the gazetteer
    does not know, named again by the last words of its name (two at least), is one body when
    one name only ends with them. The shorter name joins the longer."""
    for key in list(clusters):
        words = key[4:].split()
        if not key.startswith("org:") or len(words) < 2 or key not in clusters:
            continue
        longer = [
            k
            for k in clusters
            if k.startswith("org:") and k != key and k[4:].split()[-len(words) :] == words
        ]
        if len(longer) != 1 or any(c.entry for c in clusters[key] + clusters[longer[0]]):
            continue
        move_cluster(clusters, key, longer[0])


# Nouns a group's name takes after its members' word ("Houthi movement", "Varani rebels"):
# the word alone, its plural and the word with one of these name one group.
GROUP_NOUNS = {"movement", "militia", "militias", "rebels", "group", "insurgents", "fighters"}


def _group_stems(members: list[Cand]) -> set[str]:
    """The words a cluster's names make a group's stem of: a one-word name with and without
    its plural `s` ("Houthis", "Houthi"), and the word before a group noun ("Houthi militia")."""
    stems: set[str] = set()
    for m in members:
        words = normalize(m.text).split()
        if (len(words) == 1 and len(words[0]) >= 4) or (
            len(words) == 2 and words[1] in GROUP_NOUNS
        ):
            stems |= {words[0], words[0].removesuffix("s")}
    return stems


def join_groups(clusters: dict[str, list[Cand]]) -> None:
    """ "Houthis", "Houthi militia" and "Houthi": one group named by its members' plural, by
    their word with a group noun and by the word alone is one body. A name the gazetteer does
    not know joins the one other body (the gazetteer's first, else the longer name) that
    shares its stem; no state (a state's adjective before "forces" or "group" is another
    body) and never two candidates alike."""
    stems = {
        key: _group_stems(members)
        for key, members in clusters.items()
        if not any(c.entry and c.entry.type != "Organization" for c in members)
        and all(c.label != "PERSON" for c in members)
    }
    for key in sorted(stems, key=len):
        if not key.startswith("org:") or not stems[key]:
            continue
        if any(c.entry for c in clusters[key]):
            continue
        others = [k for k in stems if k != key and k in clusters and stems[k] & stems[key]]
        known = [k for k in others if any(c.entry for c in clusters[k])]
        target = known if known else [k for k in others if len(k) > len(key)]
        if len(target) != 1 or len(others) > 1 and not known:
            continue
        move_cluster(clusters, key, target[0])
        stems[target[0]] |= stems[key]


COMPASS = {"north", "south", "east", "west"}


def compass_state(ent: SpacySpan, gz: Gazetteer) -> SpacySpan | None:
    """ "peace in south Sudan": a compass word written in lower case before a state's name,
    which makes another state's name with it; the model tags the shorter name only."""
    if ent.label_ != "GPE" or ent.start == 0:
        return None
    word = ent.doc[ent.start - 1]
    if word.lower_ not in COMPASS or not word.is_lower:
        return None
    entry = gz.lookup(f"{word.text} {ent.text}")
    if entry is None or entry.type != "Country" or entry.id == ent.ent_id_:
        return None
    return SpacySpan(ent.doc, ent.start - 1, ent.end, label="GPE", span_id=entry.id)


def title_only(c: Cand) -> bool:
    """Whether a candidate the model tagged is, word for word, a person's title ending on an
    office ("the Presidential Advisor, Jane Roe"): the title of the person named, no body."""
    words = c.text.split()
    return c.entry is None and len(words) > 1 and words[-1].lower() in OFFICE_TITLES


@lru_cache(maxsize=65536)  # (a pure function of the word, asked of every word of every name)
def title_word(word: str) -> bool:
    """Whether a word is a title or honorific ("Emir", "Crown", "Prince's"), no name."""
    w = re.sub(r"['’]s?$", "", word).lower().rstrip(".")
    w = w.removeprefix("co-")  # ("Co-Chair": a title shared by two or more holders)
    # (In the plural too: "Ministers" the model tags alone are the holders of a title.)
    return any(x in HONORIFICS or x in ROLE_HEADS for x in (w, w.removesuffix("s")))


# Words that only qualify a title ("Personal Representative", "High Representative",
# "Special Envoy"): with a title, still a title, which names no one.
TITLE_QUALIFIERS = {"personal", "special", "high", "senior", "acting", "interim", "joint"}


def title_only_name(surface: str) -> bool:
    """Whether words the model took for a name are a title only: title words ("Deputy
    Emir", "the Co-Chairs"), qualifiers of a title among them ("Personal Representative")."""
    words = [w for w in surface.split() if w.lower() != "the"]
    return any(title_word(w) for w in words) and all(
        title_word(w) or w.lower() in TITLE_QUALIFIERS for w in words
    )


# The words of a state's long form before its name ("the Kingdom of Norway", "the Islamic
# Republic of Iran"). ("State of" is left out: "Secretary of State of the United States".)
_STATE_FORM = re.compile(
    r"(?:\b(?:Islamic|Federal|Democratic|Arab|Hashemite|Bolivarian|Socialist|Plurinational|"
    r"People['’]s) )*\b(?:Republic|Kingdom|Sultanate|Emirate|Principality) of (?:the )?$"
)


def state_long_forms(index: ActorIndex, text: str, gz: Gazetteer) -> None:
    """A state the text names in its long form ("the Republic of Peru", which the model tags
    in two or not at all) keeps that form among its names: the fullest form the text uses.
    Not a form the gazetteer gives another state ("the Democratic Republic of the Congo")."""
    for a in index.actors:
        if a.type != "Country":
            continue
        own = gz.entry_of(a.name, a.wikidata)
        if own is None:
            continue
        for m in index.mentions:
            if m.actor != a.id or gz.lookup(text[m.start : m.end]) != own:
                continue  # ("Norway's government": the state's name only)
            before = _STATE_FORM.search(text, max(0, m.start - 80), m.start)
            if before is None:
                continue
            form = text[before.start() : m.end]
            other = gz.lookup(form)
            if other is None or other.id == own.id:
                a.aliases.add(form)

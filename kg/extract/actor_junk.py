"""Candidate names that name no actor of the story, dropped before actors are made.

Input: the parsed `Doc`, the actor stage's clusters of candidates (cluster key -> `Cand`s) and
where the title line ends. Output: the clusters without those that are bodies named only as
things or places (`actor_evidence.no_body`), portfolios, places the model took for people
("talks in Anytown", "a visit to Anytown") and headline words it took for a person's name
("Leaders To Regroup Soon", a name the story never writes again); and an acronym's cluster
joins the body whose name it spells (`join_initials`: "the TO" beside "the Trade Office").
"""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Span

from kg.extract.actor_candidates import Cand, move_cluster, speaks, title_of
from kg.extract.actor_evidence import (
    CALLED_THINGS,
    PLACE_NOUNS,
    PLACES_NOUNS,
    THING_NOUNS,
    called_a_place,
    first_conjunct,
    is_thing,
    no_body,
    place_shaped,
    portfolio_at,
    where_only,
)
from kg.extract.actor_generic import surname_acts
from kg.extract.roles import HONORIFICS, ROLE_HEADS
from kg.extract.timex import DATE_RE, MONTH_RE
from kg.nlp import doc_text

log = logging.getLogger(__name__)

# Words that name no actor of their own ("X" alone is too often no name at all).
NON_ACTORS = {
    "x",
    "state",
    "government",
    "ministry",
    "office",
    "cabinet",
    # Units after a number the model may take for a body ("3.6 degrees Fahrenheit").
    "fahrenheit",
    "celsius",
    # Diseases and processes the model may take for a person or a body ("COVID-19",
    # "Brexit"): what happens, never who acts.
    "covid 19",
    "covid",
    "coronavirus",
    "sars cov 2",
    "ebola",
    "brexit",
}
# Faiths and creeds the model may tag as bodies ("criticism of Islam"): what people believe,
# never who acts; their followers' bodies have names of their own ("Muslim Brotherhood").
BELIEFS = {
    "islam",
    "christianity",
    "judaism",
    "hinduism",
    "buddhism",
    "sikhism",
    "catholicism",
    "communism",
    "socialism",
    "zionism",
    "islamism",
    "jihadism",
}


def drop_non_actors(doc: Doc, clusters: dict[str, list[Cand]], title_end: int = 0) -> None:
    """Bodies that are no actors of the story (`kg.extract.actor_evidence.no_body`), and
    people's names that name places or only the headline's words (`title_end`: where the
    title line ends)."""
    # (A text that is its title alone, one sentence, has no headline apart from its story.)
    headline = title_end if doc_text(doc)[title_end:].strip() else 0
    for key, members in list(clusters.items()):
        entry = next((m.entry for m in members if m.entry), None)
        if entry is None and all(a_date(m.text) for m in members):
            del clusters[key]  # "will begin on Nov.3": a day, never who acts
            continue
        if entry is not None and entry.type != "Organization":
            continue
        if entry is None and (key.startswith("per:") or any(m.label == "PERSON" for m in members)):
            if all(portfolio_at(doc, m.start, m.end) for m in members):
                del clusters[key]  # "Joint Secretary (Internal Security)": a portfolio
            elif any(place_shaped(m.text) or _called_a_place(doc, m) for m in members):
                del clusters[key]  # "entered Tell Tamer and Ain Issa", "the city of Brega"
            elif all(_where_only(doc, m) for m in members) and not _acts_later(doc, members):
                del clusters[key]  # "talks in Anytown", "his visit to Anytown": a place
            elif all(_no_person(doc, m) for m in members):
                del clusters[key]  # "Eastland State", "hurricane Jane", "200 Eastlanders"
            elif all(_script_gloss(doc, m) for m in members):
                del clusters[key]  # "Jane Roe (<her name in another script>)": her name again
            elif all(m.end <= headline and _headline_words(doc, m) for m in members):
                # A headline writes each word capitalised ("Leaders To Regroup Soon"): a
                # person's name the story never names again, with no title, is its words.
                del clusters[key]
            continue
        if entry is None and _a_process(doc_text(doc), members):
            del clusters[key]  # "the Harbor Initiative talks": a peace process, no body
            continue
        if no_body(doc, [(m.start, m.end) for m in members], known=entry is not None):
            log.debug("not an actor: %s", members[0].text)
            del clusters[key]


def a_date(text: str) -> bool:
    """Whether a name is a date the model took for a body or a person ("Nov.3", "March 20",
    "20 March", "Sept 2019"): a day or a month, as the timeline reads them, never acts."""
    t = text.strip()
    return bool(DATE_RE.fullmatch(t) or MONTH_RE.fullmatch(t))


# Nouns of the talks a peace process holds ("the Harbor Initiative talks").
_PROCESS_TALKS = r"(?:talks|negotiations|process|mediation|dialogue)"


def _a_process(text: str, members: list[Cand]) -> bool:
    """Whether an initiative's name names a peace process, not a body: the story calls it a
    peace initiative or names its talks ("the Harbor Peace Initiative", "the Harbor
    Initiative talks"). ("Initiative" also ends bodies' names, "the Nuclear Threat
    Initiative", which the story writes with neither.)"""
    words = members[0].text.split()
    if not words or words[-1].lower() != "initiative":
        return False
    own = [w for w in words[:-1] if w.lower() not in ("the", "peace")]
    if not own:
        return False
    name = r"\s+".join(map(re.escape, own))
    return bool(
        re.search(rf"\b{name}\s+(?:Peace\s+Initiative|Initiative\s+{_PROCESS_TALKS})\b", text)
    )


def _script_gloss(doc: Doc, c: Cand) -> bool:
    """Whether a name holds no Latin letter and stands in brackets: an English story names its
    people in Latin letters and glosses a name in its own script in brackets after it, so the
    bracket names no one new."""
    text = doc_text(doc)
    if any("a" <= ch.lower() <= "z" or "\u00c0" <= ch <= "\u024f" for ch in c.text):
        return False
    before, after = text[max(c.start - 3, 0) : c.start], text[c.end : c.end + 3]
    return before.rstrip().endswith("(") and after.lstrip().startswith(")")


def _headline_words(doc: Doc, c: Cand) -> bool:
    """Whether a headline's name shows nothing of a person: no title or honorific before it
    ("President Jane Doe"), not the subject of its clause ("Jane Doe Meets ..."), not the
    label of the words it says ("Jane Doe: ...")."""
    title = title_of(doc, c).lower().rstrip(".")
    if title in HONORIFICS or title in ROLE_HEADS:
        return False
    span = _span(doc, c)
    if span is None or c.text.endswith(":") or doc_text(doc)[c.end : c.end + 1] == ":":
        return False
    return span.root.dep_ not in ("nsubj", "nsubjpass")


# A region's name the model may take for a person's: "Upper Nile State" (a state of a country).
_REGION_END = {"State", "Oblast", "Krai", "Governorate", "Prefecture"}
# Nouns before a name that call it a thing or an outlet ("hurricane Jane", "the newspaper
# Example", "the joint manoeuvres Blue Arrow"), written in lower case: no person is so introduced.
_THING_BEFORE = THING_NOUNS | CALLED_THINGS | {"agency", "flight", "drill", "drills", "exercise"}
_THING_BEFORE |= {"manoeuvres", "maneuvers"}


# Figures of a faith the model tags as people ("the birthplace of the Buddha"): whom believers
# revere, never a party to what the news reports; named by one of these words last ("Gautama
# Buddha") or after a title ("Guru Nanak"). (Jesus is also a given name: "Jesus Ortega" is a
# person.)
_FAITH_FIGURES = {"jesus", "christ", "buddha", "buddh"}
_FAITH_TITLES = {"guru", "prophet"}


def _no_person(doc: Doc, c: Cand) -> bool:
    """Whether a name the model took for a person's shows it names none: a region by its last
    word ("Eastland State"); a figure of a faith; a thing or an outlet by the noun before it
    ("hurricane Jane", "the daily Example") or a one-word name the sentence calls a thing; an
    outlet that "writes"; a group of people counted ("200 Eastlanders": a number or an amount
    before the name). A title before the name ("President Jane Doe") shows a person whatever
    the sentence says, and a thing or an outlet a verb acts on is affected, an actor."""
    words = c.text.split()
    if len(words) >= 2 and words[-1] in _REGION_END and words[0][:1].isupper():
        return True
    lowered = [w.lower() for w in words]
    if lowered[-1] in _FAITH_FIGURES or len(words) > 1 and lowered[0] in _FAITH_TITLES:
        return True
    span = _span(doc, c)
    if span is None:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    # (What a verb acts on is affected, an outlet too: "ordered the daily Example to close".)
    head = span.root
    if head.dep_ in ("appos", "compound") and head.head.lower_ in _THING_BEFORE:
        head = head.head  # ("ordered the newspaper Example to ...": the noun is the object)
    called = head.dep_ != "dobj"
    if called and before is not None and before.is_lower and before.lower_ in _THING_BEFORE:
        return True
    title = title_of(doc, c).lower().rstrip(".")
    if title in HONORIFICS or title in ROLE_HEADS:
        return False  # "the initiative of President Jane Doe": a person's title
    if called and len(words) == 1 and is_thing(span):
        # (One word only: the parser may hang a full name on a thing's noun, "according to
        # the lawmaker Jane Doe, the Example news website reported".)
        return True
    if len(words) == 1 and span.root.dep_ == "nsubj" and span.root.head.lower_ == "writes":
        return True  # "..., Example writes.": a paper credited with a report, as of today
    # A person's name takes no number: "over 300 Eastlanders" counts people of a group.
    # (Not a year before a name: "in 2019 Jane Doe ...".)
    counted = before is not None and (
        before.ent_type_ in ("CARDINAL", "QUANTITY")
        or (before.dep_ == "nummod" and span.start <= before.head.i < span.end)
    )
    return counted or span[0].like_num or any(t.dep_ == "nummod" for t in span.root.children)


def _acts_later(doc: Doc, members: list[Cand]) -> bool:
    """A person's full name the parse hung where a place stands ("the talks in Juba Tut
    Gatluak") whose surname is later the subject of a verb: a person who acts, not a place."""
    return any(
        (span := _span(doc, m)) is not None and len(span) > 1 and surname_acts(doc, span)
        for m in members
    )


def _where_only(doc: Doc, c: Cand) -> bool:
    span = _span(doc, c)
    return span is not None and where_only(span)


def _called_a_place(doc: Doc, c: Cand) -> bool:
    # (One word only: a person's full name the parser hung on a place noun is still a
    # person's, "the deputy governor of the Tyumen region, Oleg Chemezov". A name of any
    # length after "of" that follows a place noun is the place's: "the towns of Xa Yb".)
    span = _span(doc, c)
    return span is not None and (len(span) == 1 and called_a_place(span) or _of_places(span))


def _of_places(span: Span) -> bool:
    """Whether a name, or the first of the names listed with it, follows "of" after a noun
    for places ("the provinces of Xa and Yb Zc", "the town of Xa Yb")."""
    tok = first_conjunct(span.root)
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.i < tok.i
        and tok.head.head.lower_ in PLACE_NOUNS | PLACES_NOUNS
    )


def _span(doc: Doc, c: Cand) -> Span | None:
    """The tokens a candidate covers (None when its characters hold no token)."""
    return doc.char_span(c.start, c.end, alignment_mode="expand")


# An acronym as news writes it: capitals, perhaps a small "o" of "of" ("MoTA").
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,5}")
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in"}


def acronym_initials(name: str) -> set[str]:
    """The capitals a name's acronym spells: of the whole name, and of the words before its
    last "of" ("Ministry of Tourism Affairs of Eastland": MTAE and MTA)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    out = {"".join(w[0] for w in words if w.lower() not in _SMALL_WORDS and w[0].isupper())}
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:]:
        cut = len(lowered) - 1 - lowered[::-1].index("of")
        out.add("".join(w[0] for w in words[:cut] if w.lower() not in _SMALL_WORDS))
    return {x for x in out if len(x) >= 2}


def join_initials(clusters: dict[str, list[Cand]]) -> None:
    """A cluster of an acronym alone that no gazetteer entry names ("TO", "MoTA", a person to
    the model: "EADC") joins the one body of the story whose name it spells ("the Trade
    Office", "Ministry of Tourism Affairs", "Eastland Area Development Council"): one
    body, not two. With no such body, or two, it stays as it is."""
    for key, members in list(clusters.items()):
        texts = {m.text for m in members}
        if len(texts) != 1 or any(m.entry for m in members):
            continue
        short = next(iter(texts))
        capitals = "".join(ch for ch in short if ch.isupper())
        if not _ACRONYM.fullmatch(short) or len(capitals) < 2 or len(capitals) < len(short) - 1:
            continue
        bodies = {
            k
            for k, ms in clusters.items()
            if k != key
            and any(m.label == "ORG" or (m.entry and m.entry.type == "Organization") for m in ms)
            and any(capitals in acronym_initials(m.text) for m in ms if " " in m.text)
        }
        if len(bodies) == 1:
            log.debug("acronym %s joins %s", short, next(iter(bodies)))
            move_cluster(clusters, key, next(iter(bodies)))


# What stands between an outlet's name and its journalist's: a possessive, a word for the
# trade, or both ("Daily Harbor's Jane Roe", "Daily Harbor reporter Jane Roe").
_TRADE = (
    r"(?:chief |senior |political |diplomatic |foreign )?"
    r"(?:reporter|correspondent|journalist|editor|columnist|anchor)\s+"
)
# (One of the two is needed: a name after an outlet's across a line break is anyone's.)
_STAFF = re.compile(rf"['’]s?\s*(?:{_TRADE})?|\s+{_TRADE}")


# A correspondent doing the story's own reporting: "Jane Roe, reporting from Northtown, said".
_REPORTING = re.compile(r",? (?:reporting|who reported) from\b")


def outlet_staff(doc: Doc, cand: Cand, outlets: list[tuple[int, int]]) -> bool:
    """Whether a person's name follows an outlet's name as its journalist's ("Daily Harbor's
    Jane Roe", "Daily Harbor reporter Jane Roe") who only reports the story or relays a
    source's words: no actor of it, as the outlet is none. A journalist the story quotes as
    a source of their own ("..., noted Daily Harbor's Jane Roe") speaks and stays, unless the
    words are the outlet's own reporting from the scene ("Jane Roe, reporting from X, said")."""
    text = doc_text(doc)
    if cand.label != "PERSON" or not any(
        cand.start - 40 <= e <= cand.start and _STAFF.fullmatch(_between(text, e, cand.start))
        for _s, e in outlets
    ):
        return False
    return not speaks(doc, cand) or _REPORTING.match(text, cand.end) is not None


def _between(text: str, end: int, start: int) -> str:
    """The words between an outlet's name and a person's, with the outlet's possessive (the
    actor stage may take it into the outlet's name)."""
    return text[end - 2 : start] if text[end - 2 : end] in ("'s", "’s") else text[end:start]

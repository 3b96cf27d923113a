"""The actor stage's candidates: entity mentions that may name actors, and the passes over
them that need no more than the parse (`kg.extract.actors` runs them).

Input: a parsed `Doc` and the candidates the actor stage gathered. Output: the candidates
changed in place (a title makes a name a person's) or clusters removed or joined (bodies that
are no actors, acronyms that name a body already named); which full name a bare surname
continues (`nearest_person`: a courtesy title's gender, then the person last named as a
subject); a body's name the model began before a state's adjective (`cut_before`).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.actor_generic import says_something
from kg.extract.delegations import strip_the
from kg.extract.discourse_words import FEMALE_TITLES, MALE_TITLES, STATE_NOUNS
from kg.extract.index import ActorIndex, in_noise
from kg.extract.name_spans import titled_after, titled_before
from kg.extract.names import same_person, surname_of
from kg.extract.roles import (
    BODY_WORDS,
    HONORIFICS,
    OFFICE_TITLES,
    ROLE_HEADS,
    role_near,
)
from kg.gazetteer import Entry, Gazetteer, normalize
from kg.model import Article, Role, Span
from kg.nlp import doc_text, span_at

log = logging.getLogger(__name__)


@dataclass
class Cand:
    start: int
    end: int
    text: str
    label: str
    entry: Entry | None = None
    cluster: str = ""  # cluster key
    nested: bool = False


# A leading article and a trailing possessive (`clean_span`, asked of every name found).
_ARTICLE = re.compile(r"(?i)the\s+")
_POSSESSIVE_END = re.compile(r"\s*['’`‘\ufffd]s?$")


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive from an entity span, an editor's
    bracket with what it holds ("[Bashar al] Assad" is "Assad" in the speaker's words), and
    what comes before a bracket closed but not opened in it (a dateline's credit)."""
    chunk = text[start:end]
    if "]" in chunk:
        start += chunk.rindex("]") + 1
        start += len(text[start:end]) - len(text[start:end].lstrip())
    if "[" in text[start:end]:
        end = start + text[start:end].index("[")
        end -= len(text[start:end]) - len(text[start:end].rstrip())
    chunk = text[start:end]
    if ")" in chunk and "(" not in chunk[: chunk.index(")")]:
        # "(Agency)--Eastland", "Capital (Agency).- The minister": a dateline's credit closes
        # before the name; the agency is no part of it.
        cut = chunk.index(")") + 1
        cut += len(chunk[cut:]) - len(chunk[cut:].lstrip(" -–—.:"))
        if cut < len(chunk):
            start += cut
    chunk = text[start:end]
    if "(" in chunk and ")" not in chunk:
        end = start + len(chunk[: chunk.index("(")].rstrip())  # "Centre (NEOC": no bracket
    chunk = text[start:end]
    m = _ARTICLE.match(chunk)
    if m:
        start += m.end()
    chunk = text[start:end]
    # A possessive in any apostrophe ("Jane Roe`s"), and a quotation mark or an undecodable
    # byte ("�") left at the end of a name the model ran into them.
    m = _POSSESSIVE_END.search(chunk)
    if m and end - start - len(m.group(0)) > 1:
        end -= len(m.group(0))
    return start, end


def strip_honorifics(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def person_evidence(doc: Doc, cands: list[Cand]) -> None:
    """A name the model took for a body is a person's when a title or an honorific stands
    right before it (`President-elect Gustavo Petro`, `Foreign Minister Jane Doe`), or when it
    stands in apposition to a kin noun ("His spouse, Jane Roe,"): only people have spouses;
    or to an office ("Jane Roe, the UN envoy,"): only people hold one."""
    for c in cands:
        if c.label != "ORG" or c.entry is not None:
            continue
        _title_inside(c)
        if c.label != "ORG" or not 2 <= len(c.text.split()) <= 4:
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        if any(t.dep_ == "appos" and t.lemma_ in OFFICE_TITLES for t in span.root.children):
            c.label = "PERSON"  # "Jane Roe, the UN envoy,": only people hold an office
            continue
        if span.start == 0:
            continue
        k = span.start - 1
        if doc[k].lower_ == "elect" and k >= 2 and doc[k - 1].text == "-":
            k -= 2  # "President-elect"
        prev = doc[k].lower_
        alone = {normalize(x.text) for x in cands if x.label == "PERSON" and " " not in x.text}
        if (
            prev.rstrip(".") in HONORIFICS
            or prev in ROLE_HEADS
            or normalize(c.text.split()[-1]) in alone
            or titled_after(doc, span.end)
            or titled_before(doc, span)
            or _headed_by_a_role(doc, span.start)
            or kin_word(doc, c)
        ):
            c.label = "PERSON"


def _headed_by_a_role(doc: Doc, start: int) -> bool:
    """Whether the words before a name are a title of a body's part that opens with a role word
    ("Head of Hamas's political bureau Ismail X"): the role's common words in lower case stop
    `role_before`, but no body is named after such a phrase. (Not "Head of the Negotiating
    Committee": the name right after "of" or "the" is the role's complement.)"""
    if start == 0 or not (doc[start - 1].is_lower and doc[start - 1].pos_ == "NOUN"):
        return False
    for k in range(start - 1, max(start - 8, 0) - 1, -1):
        tok = doc[k]
        if tok.lower_ in ROLE_HEADS and tok.is_title:
            return k < start - 2 and doc[k + 1].lower_ == "of"
        if not (tok.pos_ in ("NOUN", "ADJ", "PROPN", "DET") or tok.lower_ in ("of", "'s", "’s")):
            return False
    return False


def _title_inside(c: Cand) -> None:
    """A body's name that is a title and a person's name ("Presidential Spokesperson Harry
    Roque"): the person, named by the words after the title's last role word."""
    words = c.text.split()
    last = max((k for k, w in enumerate(words) if w.lower() in ROLE_HEADS), default=-1)
    rest = words[last + 1 :]
    if last < 0 or len(rest) not in (2, 3) or not all(w[:1].isupper() for w in rest):
        return
    if rest[-1].lower() in BODY_WORDS:
        return  # "Office of the President Media Unit": a body after all
    offset = c.text.index(" ".join(rest), len(" ".join(words[: last + 1])))
    c.start, c.text, c.label = c.start + offset, " ".join(rest), "PERSON"


_ACRONYM = re.compile(
    r"([A-Z][\w’'-]+(?:\s+(?:of|the|and|for|on|[A-Z][\w’'-]+))+)\s*\(([A-Z]{2,6})\)"
)


def join_acronyms(text: str, cands: list[Cand], clusters: dict[str, list[Cand]]) -> None:
    """`Rapid Support Forces (RSF)`: the acronym names the body the words before it name."""
    for m in _ACRONYM.finditer(text):
        full = _expansion(m.group(1), m.group(2))
        short = m.group(2)
        target = None
        if full is not None:
            target = next(
                (
                    c.cluster
                    for c in cands
                    if c.cluster and normalize(c.text).endswith(normalize(full))
                ),
                None,
            )
        if target is None:
            # An acronym of the body's own language ("People's Protection Units (YPG)",
            # "National Liberation Army (ELN)") spells no English words, and a name with
            # small words inside ("Association for Relations Across the Taiwan Straits
            # (ARATS)") ends on no run of capitals that spells it: the bracket right after
            # a body's name still defines it.
            target = _body_before(text, cands, m.start(2) - 1)
        if target is None and full is not None:
            # "the Joint Review Board (JRB)": the words spell what the acronym stands for,
            # a thing no name tagged; the model's person "JRB" is none.
            for key in {
                c.cluster for c in cands if c.cluster and normalize(c.text) == normalize(short)
            }:
                if all(x.label == "PERSON" for x in clusters.get(key, [])):
                    clusters.pop(key, None)
        if target is None:
            continue
        for c in cands:
            if c.cluster and c.cluster != target and normalize(c.text) == normalize(short):
                moved = clusters.pop(c.cluster, [])
                for x in moved:
                    x.cluster = target
                clusters.setdefault(target, []).extend(moved)


def move_cluster(clusters: dict[str, list[Cand]], key: str, into: str) -> None:
    """Cluster `key`'s candidates join cluster `into` (and `key` is gone)."""
    moved = clusters.pop(key)
    for c in moved:
        c.cluster = into
    clusters[into].extend(moved)


def join_plurals(clusters: dict[str, list[Cand]]) -> None:
    """`Houthis` and `Houthi` (of "Houthi militias"): a group named by its members' plural
    and by the word alone is one body. The unknown one-word name joins the other."""
    words = {
        normalize(m.text): key
        for key, members in clusters.items()
        for m in members
        if " " not in m.text.strip() and m.label != "PERSON"
    }
    for key in list(clusters):
        if not key.startswith("org:") or " " in key or key not in clusters:
            continue
        if any(c.entry for c in clusters[key]):
            continue
        word = key[4:]
        if len(word) < 4:
            continue  # ("US" and "U")
        other = words.get(word + "s") or (words.get(word[:-1]) if word.endswith("s") else None)
        if other is None or other == key or other not in clusters:
            continue
        move_cluster(clusters, key, other)


def join_state_named(clusters: dict[str, list[Cand]], gz: Gazetteer) -> None:
    """ "the Libyan Joint Military Commission" and "the Joint Military Commission": a body the
    gazetteer does not know, named with its state's adjective and without it, is one body (of
    two words at least without it: "Libyan army" and "the army" are for the discourse stage).
    The shorter name joins the longer."""
    for key in list(clusters):
        if not key.startswith("org:") or key not in clusters:
            continue
        first, _, rest = key[4:].partition(" ")
        other = f"org:{rest}"
        state = gz.adjective(first)
        if state is None or state.type != "Country" or len(rest.split()) < 2:
            continue
        if other not in clusters or any(c.entry for c in clusters[key] + clusters[other]):
            continue
        move_cluster(clusters, other, key)


def _body_before(text: str, cands: list[Cand], bracket: int) -> str | None:
    """The cluster of the body whose name ends right before the bracket at `bracket`."""
    return next(
        (
            c.cluster
            for c in cands
            if c.cluster
            and c.label == "ORG"
            and c.end <= bracket
            and not text[c.end : bracket].strip()
        ),
        None,
    )


def _expansion(words_before: str, short: str) -> str | None:
    """The words an acronym stands for: the last capitalised words whose initials spell it
    ("Rapid Support Forces"), or the last words with their small words ("Alliance of Small
    Island States" for AOSIS, "Economic Community of West African States" for ECOWAS)."""
    every = words_before.split()
    capitalised = [w for w in every if w[:1].isupper()]
    for words, spell in ((capitalised, str), (every, str.upper)):
        for k in range(len(words)):
            if words[k][:1].isupper() and spell("".join(w[0] for w in words[k:])) == short:
                return " ".join(words[k:])
    return None


def _subject(doc: Doc, c: Cand) -> bool:
    """Whether the candidate's name is a clause's subject, alone or in a conjunction of
    subjects ("Patricia Smith and Charles Woods filed")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    first = next((t for t in span if t.lower_.rstrip(".") not in HONORIFICS), span[0])
    if first.pos_ != "PROPN":
        return False  # "Neither Cruz nor Rubio": a word the model took into the name
    head = span.root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _title_gender(title: str) -> str:
    """ "f" or "m" for a gendered courtesy title ("Mrs.", "Mr."), else ""."""
    word = title.lower().rstrip(".")
    return "f" if word in FEMALE_TITLES else "m" if word in MALE_TITLES else ""


def title_of(doc: Doc, c: Cand) -> str:
    """The courtesy title written first in the name, else the word right before it ("Mrs."
    in "Mrs. Clinton")."""
    words = c.text.split()
    if len(words) > 1 and _title_gender(words[0]):
        return words[0]
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return doc[span.start - 1].text if span is not None and span.start > 0 else ""


# Kin a name may stand in apposition to ("Her husband, Saeed Abedini", "his widow, Ann Lee").
_KIN = {
    "husband": "m",
    "son": "m",
    "father": "m",
    "brother": "m",
    "widower": "m",
    "wife": "f",
    "daughter": "f",
    "mother": "f",
    "sister": "f",
    "widow": "f",
    "spouse": "",
}


def _gender_of(doc: Doc, cands: list[Cand], key: str) -> str:
    """The gender the cluster's names show so far: a gazetteer entry's, a courtesy title's
    ("Mrs. Hillary Clinton", or a "Mrs. Clinton" already joined to it), or the kin the name
    stands in apposition to ("her husband, Saeed Abedini")."""
    for c in cands:
        if c.cluster != key:
            continue
        if c.entry is not None and c.entry.gender:
            return c.entry.gender
        gender = _title_gender(title_of(doc, c)) or _kin_gender(doc, c)
        if gender:
            return gender
    return ""


def _kin_gender(doc: Doc, c: Cand) -> str:
    return _KIN.get(kin_word(doc, c), "")


def kin_word(doc: Doc, c: Cand) -> str:
    """The kin noun a name stands in apposition to, either way round ("his spouse, Jane Roe",
    "Jane Roe, his wife"), else ""."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return ""
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in _KIN:
        return root.head.lower_
    return next((t.lower_ for t in root.children if t.dep_ == "appos" and t.lower_ in _KIN), "")


def speaks(doc: Doc, c: Cand) -> bool:
    """Whether a name is the subject of a verb of saying ("..., said Jane."): places and
    things do not speak, so a word the model took for a place there names a person."""
    span = span_at(doc, c.start, c.end)
    return span is not None and says_something(span)


def cut_before(c: Cand, text: str, start: int) -> bool:
    """Whether a body's name the model found ends right before `start`, capitalised and with
    no gazetteer entry: the first words of a longer name."""
    return (
        c.label == "ORG"
        and c.entry is None
        and c.end < start
        and text[c.end : start] == " "
        and c.text[:1].isupper()
    )


def nearest_person(doc: Doc, cands: list[Cand], keys: list[str], pos: int, title: str = "") -> str:
    """Which of the full names `keys` a surname at `pos` continues: of those whose gender
    its title (`Mrs.`, `Mr.`) fits, the one last named as a clause's subject before it, the
    topic a bare surname picks up ("Patricia Smith, mother of victim Sean Smith, rejected
    ... Smith said"); else the one named last."""
    gender = _title_gender(title)
    if gender:
        known = {k: _gender_of(doc, cands, k) for k in keys}
        fits = [k for k in keys if known[k] == gender] or [k for k in keys if not known[k]]
        keys = fits or keys
    best, best_pos = keys[0], -1
    subject, subject_pos = "", -1
    for c in cands:
        if c.cluster in keys and best_pos < c.start < pos:
            best, best_pos = c.cluster, c.start
        if c.cluster in keys and subject_pos < c.start < pos and _subject(doc, c):
            subject, subject_pos = c.cluster, c.start
    return subject or best


def another_bearer(c: Cand, persons: dict[str, list[str]]) -> bool:
    """A surname alone that the gazetteer gives to someone famous (whom the story never names
    in full), in a story whose person of that surname is someone else: the surname is the
    story's person."""
    if c.entry is None or c.entry.type != "Person" or len(strip_honorifics(c.text).split()) != 1:
        return False
    famous = normalize(c.entry.name).split()
    bearers = [toks for toks in persons.values() if surname_of(toks, c.text)]
    return bool(bearers) and not any(same_person(toks, famous) for toks in bearers)


# Words of states' names, no person's ("Federal Republic", "United Kingdom").
_STATE_WORDS = {"republic", "kingdom", "federation", "states", "emirates", "sultanate", "islands"}


def titled_places(doc: Doc, cands: list[Cand], place: Callable[[str], bool]) -> None:
    """A person's name the model took for a place, with a title before or after it ("Eastland
    President Jane Roe", "the special rapporteur on X, Jane Roe", "Project Officer, Tom Ode"):
    two or more capitalised words of no gazetteer entry and no known place are the person's
    name, the title the evidence the model lacked."""
    for c in cands:
        words = c.text.split()
        if c.label != "GPE" or c.entry is not None or len(words) < 2 or place(c.text):
            continue
        if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            continue
        if any(w.lower() in _STATE_WORDS or w.lower() in BODY_WORDS for w in words):
            continue  # ("the Federal Republic of X": a state's name the model cut short)
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and role_near(doc, span):
            c.label = "PERSON"


def role_phrases(doc: Doc, cands: list[Cand], article: Article) -> list[tuple[int, int, int]]:
    """(start, end, person mention start) of role phrases before or after person names."""
    out: list[tuple[int, int, int]] = []
    for c in cands:
        if not (c.label == "PERSON" or (c.entry and c.entry.type == "Person")):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        role = role_near(doc, span)
        if role:
            rs, re_ = role
            if not in_noise(article, rs, re_):
                out.append((rs, re_, c.start))
    return out


def add_roles(doc: Doc, index: ActorIndex, role_spans: list[tuple[int, int, int]]) -> None:
    """Each person's roles: the title phrases read next to their names."""
    text = doc_text(doc)
    for rs, re_, pstart in role_spans:
        person = next((m.actor for m in index.mentions if m.start == pstart), None)
        if person is None:
            continue
        actor = index.by_id(person)
        if actor.type != "Person":
            continue
        title = text[rs:re_]
        of = None
        inside = [m for m in index.mentions if rs <= m.start and m.end <= re_]
        for m in sorted(inside, key=lambda m: index.by_id(m.actor).type != "Organization"):
            if _MISSION_TO.search(text, rs, m.start) and not _OWNED.match(text, m.end):
                continue  # ("Special Envoy for X": the state the envoy is sent to)
            if index.by_id(m.actor).type in ("Organization", "Country"):
                of = m.actor
                break
        if of is None and _STATE_OWNER.search(text, max(0, rs - 40), rs):
            of = _state_before(index, rs)
        if all(r.title != title for r in actor.roles):
            actor.roles.append(Role(title=title, span=Span.of(text, rs, re_), of=of))


# A title's state after "to", "for" or "in" is where its holder is sent, not whose they are
# ("Special Envoy for X", "Ambassador to X"), unless it owns what follows ("for X's ministry").
_MISSION_TO = re.compile(r"\s(?:to|for|in)\s+(?:the\s+)?$")
_OWNED = re.compile(r"['’]s\b")


# "the country's Foreign Minister": the title of the state named before.
_STATE_OWNER = re.compile(rf"\b(?:[Tt]he|[Tt]his) (?:{'|'.join(sorted(STATE_NOUNS))})['’]s\s+$")
_STATE_REACH = 400  # characters back to the state a "the country's" title belongs to


def _state_before(index: ActorIndex, start: int) -> str | None:
    """The state last named before `start`, close enough to be the one "the country" is."""
    named = [
        m
        for m in index.mentions
        if start - _STATE_REACH <= m.end <= start and index.by_id(m.actor).type == "Country"
    ]
    return max(named, key=lambda m: m.end).actor if named else None


def cluster_full_names(cands: list[Cand], title_end: int) -> dict[str, list[str]]:
    """Give each person's full name (two words at least) without a cluster the cluster of the
    same person (`same_person`): one the gazetteer knows ("Vladmir Putin" is "Vladimir
    Putin" misspelt) or one named before in any of its forms ("Mohammed Abdullahi",
    "Mohammed Abdullahi Farmajo", then "Mohamed Abdullahi Farmajo"), or a short form named
    only in the headline (before `title_end`) that the name ends. Returns each new cluster's
    key -> the tokens of its first name."""
    known = [
        (c.cluster, normalize(c.entry.name).split())
        for c in cands
        if c.cluster and c.entry and c.entry.type == "Person"
    ]
    persons: dict[str, list[str]] = {}
    forms: list[tuple[str, list[str]]] = []  # every form a cluster was named by
    in_body = set()  # the clusters named after the headline
    for c in cands:
        if c.cluster or c.label != "PERSON":
            continue
        name = strip_honorifics(c.text)
        # (A name with glued initials, "Kh.Doe", is a full name written as one word.)
        toks = normalize(re.sub(r"\.(?=\w)", ". ", name)).split()
        glued = "." in name and len(toks) >= 2
        if len(name.split()) < 2 and not glued:
            continue
        same = {k for k, other in known if same_person(other, toks)}
        # A known person's last names alone ("Al Doe" after "Sheikh Jan bin Jon Al Doe") are
        # that person, where the story has one such person.
        same = same or {k for k, other in known if _ends(other, toks)}
        if len(same) == 1:
            c.cluster = same.pop()
            continue
        # "Joe Biden" and "Joseph R. Biden Jr." are one person; so are "Hossein Amir
        # Abdollahian" and, named after him, "Amir Abdollahian" (a double surname). Not a
        # longer name after the shorter: "Crooked Hillary Clinton" after "Hillary Clinton".
        # A headline shortens names ("Iran FM Amir Abdollahian in Muscat"): a short form
        # named only there is the story's person whose full name it ends.
        key = next(
            (k for k, other in forms if same_person(other, toks) or _ends(other, toks)),
            None,
        ) or next(
            (k for k, other in forms if k not in in_body and _ends(toks, other)),
            f"per:{normalize(name)}",
        )
        persons.setdefault(key, toks)
        forms.append((key, toks))
        if c.start >= title_end:
            in_body.add(key)
        c.cluster = key
    return persons


def _ends(full: list[str], short: list[str]) -> bool:
    """Whether the name `short` (two words at least) is the last words of the longer `full`."""
    return 2 <= len(short) < len(full) and full[-len(short) :] == short


def fullest(members: list[Cand]) -> str:
    """The fullest form the text uses; among equally full ones (`Senate`, `senate`) a
    capitalised, frequent, early one, so that the choice never rests on set order."""
    forms = [strip_honorifics(strip_the(m.text)) for m in sorted(members, key=lambda m: m.start)]
    seen = Counter(forms)
    return min(
        seen,
        key=lambda s: (-len(s.split()), -len(s), not s[:1].isupper(), -seen[s], forms.index(s)),
    )


def text_name(entry: Entry, members: list[Cand]) -> str:
    """A known person is named as the text names them at the fullest ("Joseph R. Biden Jr.",
    not the gazetteer's "Joe Biden"): the guidelines' canonical name is a form of the text.
    The entry keeps the identity (key, Wikidata ID). States and bodies keep the entry's name:
    the text's "U.S." is no fuller a name of the United States."""
    if entry.type != "Person" or not entry.wikidata:
        return entry.name
    text = fullest(members)
    toks = normalize(text).split()
    if len(toks) >= 2 and same_person(toks, normalize(entry.name).split()):
        return text
    return entry.name

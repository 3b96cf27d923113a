"""Spellings of one name: transliteration variants, surnames, British and American forms, and
the forms of one person's name (middle names and initials, generational suffixes, hypocorisms:
"Joseph R. Biden Jr." and "Joe Biden", "Hillary Rodham Clinton" and "Hillary Clinton")."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from kg.gazetteer import DEFAULT_PATH, normalize


@lru_cache(maxsize=65536)  # (a pure function of the word, asked of every pair of names)
def skeleton(word: str) -> str:
    """Transliteration-insensitive form: Zelensky/Zelenskyy/Zelenskyi, Sybiha/Sybiga, and the
    Arabic jim written as Egyptian speech has it (al-Serraj/al-Serrag)."""
    w = normalize(word).replace(" ", "")
    w = w.replace("kh", "h").replace("g", "h").replace("j", "h").replace("ck", "k")
    w = w.replace("x", "ks")
    w = re.sub(r"(?<=.)[aeiouy]+", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=65536)  # (a pure function of two words: each pair of names asks it again)
def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def variant(a: str, b: str) -> bool:
    """Two spellings of one surname. A short one (four letters) only by one vowel more or
    less ("Nafi"/"Nafie"): two short names differ in a letter or two more often than not."""
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return True
    if min(len(na), len(nb)) < 4 or na[0] != nb[0] or skeleton(na) != skeleton(nb):
        return False
    if min(len(na), len(nb)) < 5:
        return abs(len(na) - len(nb)) == 1 and _edit_distance(na, nb) == 1
    return _edit_distance(na, nb) <= 2


@lru_cache(maxsize=65536)
def _close(a: str, b: str) -> bool:
    """Two words of a name one writer spells apart from another: one letter off in a word of
    three letters or more ("Abou"/"Abu", "Ermak"/"Yermak"), two in one of seven or more
    ("Gombojavyn"/"Gombozhavin", a transposed "Ergodan"/"Erdogan"). (Kept: the actors of a
    story are compared pair by pair, each pair of words many times.)"""
    a, b = a.replace("zh", "j"), b.replace("zh", "j")
    if a == b or variant(a, b):
        return True
    short = min(len(a), len(b))
    most = 2 if short >= 7 else 1
    # (The distance is at least the difference in length: no table for words far apart.)
    return short >= 3 and abs(len(a) - len(b)) <= most and _edit_distance(a, b) <= most


def respelled(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two names (normalized words, titles left out) are one name spelled two ways:
    the same number of words, each pair close, at most two pairs differing, in the order
    written or with the family name moved ("Batmunkhin Battsetseg"/"Battsetseg Batmunkh"). A
    name of one word only when long (seven letters): short ones differ by a letter too often."""
    if len(a) != len(b) or a == b or not a:
        return False
    if len(a) == 1 and min(len(a[0]), len(b[0])) < 7:
        return False
    for x, y in ((a, b), (sorted(a), sorted(b))):
        if all(_close(u, v) for u, v in zip(x, y, strict=True)):
            return sum(u != v for u, v in zip(x, y, strict=True)) <= 2
    return False


_SPELLINGS = {"centre": "center", "defence": "defense", "organisation": "organization"}


def spelling(name: str) -> str:
    """One spelling for British and American forms, so `Centre` and `Center` are one body."""
    return " ".join(_SPELLINGS.get(w, w) for w in name.split())


# Generational suffixes after a surname: "Biden" is the surname of "Joseph R. Biden Jr.".
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def core(toks: list[str]) -> list[str]:
    """Name tokens without a generational suffix (`joseph r biden jr` -> `joseph r biden`)."""
    out = list(toks)
    while len(out) > 2 and out[-1] in SUFFIXES:
        out.pop()
    return out


@lru_cache(maxsize=4)
def _given_name_forms(path: str) -> dict[str, frozenset[str]]:
    """Given name -> the formal names it may stand for, from the gazetteer's `given_names` list
    (a small list of common English hypocorisms: Bill/William, Joe/Joseph, Ted/Edward or
    Theodore). Per-person aliases belong to the person's gazetteer entry instead."""
    with open(path, encoding="utf-8") as f:
        table = json.load(f).get("given_names", {})
    out: dict[str, set[str]] = {}
    for formal, shorts in table.items():
        for short in shorts:
            out.setdefault(normalize(short), set()).add(normalize(formal))
    return {k: frozenset(v) for k, v in out.items()}


def _forms(word: str) -> frozenset[str]:
    path = os.environ.get("KG_GAZETTEER", str(DEFAULT_PATH))
    w = normalize(word)
    return _given_name_forms(str(Path(path))).get(w, frozenset()) | {w}


def formal_given(word: str) -> str:
    """The formal given name a hypocorism stands for (`bill` -> `william`), else the word; a
    short form of several names (`ted`: Edward or Theodore) stays as it is."""
    formal = _forms(word) - {normalize(word)}
    return next(iter(formal)) if len(formal) == 1 else normalize(word)


def _given_agree(a: str, b: str) -> bool:
    # A transliteration or a typo of one given name ("Mohamed"/"Mohammed", "Vladmir") is the
    # same name: next to the same surname in one story it is the same person.
    # (Not a longer name of the same stem: "Danielle" is not "Daniel".)
    spelt = variant(a, b) and (len(a) == len(b) or _edit_distance(a, b) == 1)
    # A long given name transliterated two ways keeps its opening and differs in a letter or
    # two ("Abdourahamane"/"Abdoulrahmane"); no two given names of ten letters are that close.
    long_spelt = min(len(a), len(b)) >= 10 and a[:3] == b[:3] and _edit_distance(a, b) <= 2
    return a == b or bool(_forms(a) & _forms(b)) or spelt or long_spelt


def same_person(a: list[str], b: list[str]) -> bool:
    """Whether two full names (normalized tokens, two words at least) are forms of one person's
    name within one story: the same surname (or a spelling variant of it), and given names that
    agree directly or through a hypocorism (`joe`/`joseph`), the shorter name's words in the
    longer's order, the longer adding only middle names or initials (`hillary rodham clinton`,
    `joseph r biden jr`). A short given name may also be the short form of the longer name's
    middle name, which some people go by (`ted cruz` for `rafael edward cruz`). A name may also
    drop its second surname (`enrique pena` for `enrique pena nieto`)."""
    ca, cb = core(a), core(b)
    if len(ca) < 2 or len(cb) < 2:
        return False
    if _first_surname(ca, cb) or _first_surname(cb, ca):
        return True
    if _by_initials(ca, cb) or _by_initials(cb, ca):
        return True
    if not variant(ca[-1], cb[-1]):
        return False
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if not _given_agree(short[0], long_[0]):
        # A one-word given name may be the short form of a middle name ("Ted" for "Rafael
        # Edward"), never the middle word itself: "Crooked Hillary Clinton" is an epithet.
        return len(short) == 2 and any(
            short[0] != w and _given_agree(short[0], w) for w in long_[1:-1]
        )
    # The short name's middle words appear in the long one, in order ("George W. Bush").
    rest = iter(long_[1:-1])
    return all(any(_given_agree(w, x) or _initial(w, x) for x in rest) for w in short[1:-1])


def _by_initials(short: list[str], long_: list[str]) -> bool:
    """Whether `short` is initials and one name word of `long_`, the first initial opening
    the first of its other words: "j doe" of "doe jansen" (Mongolian agencies print the
    father's name as an initial before the given name), "j r doe" of "jane doe"."""
    initials, word = short[:-1], short[-1]
    if not initials or any(len(w) > 2 for w in initials) or len(word) < 3:
        return False
    others = [w for w in long_ if w != word]
    if len(others) != len(long_) - 1 or not others:
        return False
    return others[0].startswith(initials[0]) and len(others[0]) > len(initials[0])


def _first_surname(short: list[str], long_: list[str]) -> bool:
    """Whether `short` is `long_` without its last word, a second surname: "Enrique Peña" of
    "Enrique Peña Nieto", as Spanish and Portuguese names are shortened."""
    return len(short) == len(long_) - 1 and short == long_[:-1] and len(short[-1]) > 1


def _initial(a: str, b: str) -> bool:
    """`r` and `robinette`: an initial and the name it abbreviates."""
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def canonical_person(name: str) -> str:
    """The form of a person's name that keys their identity across articles: the given name
    made formal, initials and suffixes dropped (`Joe Biden` and `Joseph R. Biden Jr.` both give
    `joseph biden`). Middle names stay: dropping them would fold "López Obrador" or "Lula da
    Silva" to one word of a compound surname. A single word stays as it is."""
    toks = core(normalize(name).split())
    if len(toks) < 2:
        return " ".join(toks)
    middle = [t for t in toks[1:-1] if len(t) > 1]
    return " ".join([formal_given(toks[0]), *middle, toks[-1]])


def surname_of(toks: list[str], word: str) -> bool:
    """Whether `word` names the person of the full name `toks` (normalized tokens) alone: its
    last name (`al-Rishq` of `Ezzat al-Rishq`), or the family name written first in names
    whose given name is hyphenated or split in short syllables (`Chung Eui-yong`, `Kim Jong
    Un`), or the first of two family names (`Sada` of `Carlos Manuel Sada Solana`)."""
    w = normalize(word).split()
    toks = core(toks)
    if len(w) < len(toks) and toks[-len(w) : -1] == w[:-1] and variant(toks[-1], w[-1]):
        return True  # (or its spelling variant: "al-Serraj" of "Fayez al-Serrag")
    if family_first(toks) and len(w) == 1 and toks[0] == w[0]:
        return True
    # Two given names and two family names ("Carlos Manuel Sada Solana", "Andrés Manuel
    # López Obrador"): the first family name alone names the person too.
    return len(toks) >= 4 and len(w) == 1 and toks[-2] == w[0]


def family_first(toks: list[str]) -> bool:
    """Whether a name of three short words may put its family name first (`Kim Jong Un`)."""
    return len(toks) == 3 and all(len(t) <= 5 for t in toks)


# Small words inside names that name no one alone ("bin", "van", "abu").
_PARTICLES = {"bin", "ibn", "ben", "bint", "abu", "van", "von", "der", "den", "del", "ould"}


def middle_name_of(toks: list[str], word: str) -> bool:
    """Whether `word` is the middle one of three name words (`Bello` of `Amadou Bello Diallo`):
    where naming customs put the family name in the middle or the father's name last, the
    story calls the person by it."""
    toks = core(toks)
    w = normalize(word)
    return len(toks) == 3 and len(w) >= 3 and toks[1] == w and w not in _PARTICLES


def handle_of(toks: list[str], word: str) -> bool:
    """Whether a social media handle ("@m_ebrard") spells the surname of the full name `toks`
    (normalized tokens): the person's own account, named as the person."""
    letters = re.sub(r"[^a-z]", "", normalize(word))
    return word.startswith("@") and len(toks[-1]) >= 4 and toks[-1] in letters

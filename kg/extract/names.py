"""Spellings of one name: transliteration variants, surnames, British and American forms."""

from __future__ import annotations

import re

from kg.gazetteer import normalize


def skeleton(word: str) -> str:
    """Transliteration-insensitive form: Zelensky/Zelenskyy/Zelenskyi, Sybiha/Sybiga."""
    w = normalize(word).replace(" ", "")
    w = w.replace("kh", "h").replace("g", "h").replace("ck", "k").replace("x", "ks")
    w = re.sub(r"(?<=.)[aeiouy]+", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def variant(a: str, b: str) -> bool:
    """Two spellings of one surname."""
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return True
    if min(len(na), len(nb)) < 5 or na[0] != nb[0]:
        return False
    return skeleton(na) == skeleton(nb) and _edit_distance(na, nb) <= 2


_SPELLINGS = {"centre": "center", "defence": "defense", "organisation": "organization"}


def spelling(name: str) -> str:
    """One spelling for British and American forms, so `Centre` and `Center` are one body."""
    return " ".join(_SPELLINGS.get(w, w) for w in name.split())


def surname_of(toks: list[str], word: str) -> bool:
    """Whether `word` names the person of the full name `toks` (normalized tokens) alone: its
    last name (`al-Rishq` of `Ezzat al-Rishq`), or the family name written first in names
    whose given name is hyphenated or split in short syllables (`Chung Eui-yong`, `Kim Jong
    Un`)."""
    w = normalize(word).split()
    if len(w) < len(toks) and (toks[-len(w) :] == w or (len(w) == 1 and variant(toks[-1], w[0]))):
        return True
    east_asian = len(toks) == 3 and all(len(t) <= 5 for t in toks)
    return east_asian and len(w) == 1 and toks[0] == w[0]

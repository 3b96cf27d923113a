"""`pattern.finditer(text)`, the same matches, found by trying the pattern only where a match
can begin.

Python's `re` knows no literal to skip ahead to when a pattern begins with `\\b` or a
lookbehind, or ignores case: it then tries every alternative of the pattern at every
character of the text. The event trigger patterns, ~20 alternatives each, cost ~3 ms an
article that way, a sixth of all our rules. Read from the pattern's parse (the standard
library's own `re._parser`), every match begins with one of a few words ("met", "summit",
"visit", ...); a plain case-sensitive alternation of them, which `re` does skip ahead to, finds
those places in the lower-cased text, and the pattern is matched only there.

The matches are the very ones `finditer` returns: each place where the pattern could match
is tried, from left to right, past the end of the last match, exactly as `finditer` goes.
A pattern whose matches may begin with anything (a digit, a space, an optional word before
a class) is scanned as before, and so is a text whose lower case would not keep its offsets.
Either way a text without any of the words every match contains (read from the parse too:
"delegation" or "team", a month's name) is not scanned at all.
"""

from __future__ import annotations

import os
import re
import re._constants as sre  # the node types of a parse
import re._parser as sre_parse  # the standard library's own pattern parser
from collections.abc import Iterator
from functools import cache

# Every match begins with one of these words; longer words are cut to this many characters.
HEAD_CHARS = 10
# A pattern whose words would be more than this is scanned as before (nothing to gain).
MAX_HEADS = 200
# Words shorter than this, one of which every match contains, are in nearly every text.
MIN_NEED = 3
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
# Characters that a case-blind pattern matches for a letter without being its lower case:
# dotless i and long s ("ſ" is "s" to `re.I`; `str.lower` keeps it "ſ"). A text with one is
# scanned as before. (Dotted capital I lower-cases to two characters: see `lowered`.)
_UNFOLDED = re.compile("[\u0131\u017f]")


def lowered(text: str) -> str | None:
    """`text` in lower case, with every character at its own offset; None if some character
    lower-cases to two or matches a letter it does not lower-case to."""
    low = text.lower()
    if len(low) != len(text) or _UNFOLDED.search(text):
        return None
    return low


def _heads(items: list[tuple[object, object]]) -> set[str]:
    """Lower-case words every match of the sequence `items` begins with; "" among them when
    a match may begin with something else."""
    if not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _heads(rest)
    if op is sre.LITERAL and isinstance(av, int) and len(chr(av).lower()) == 1:
        return {(chr(av).lower() + h)[:HEAD_CHARS] for h in _heads(rest)}
    if op is sre.SUBPATTERN and isinstance(av, tuple):
        return _heads(list(av[3]) + rest)
    if op is sre.BRANCH and isinstance(av, tuple):
        out: set[str] = set()
        for alternative in av[1]:
            out |= _heads(list(alternative) + rest)
            if len(out) > MAX_HEADS:
                return {""}
        return out
    if op in _REPEATS and isinstance(av, tuple):
        least, _most, body = av
        first = _heads(list(body))  # what follows a first round is left open
        return first | _heads(rest) if least == 0 else first
    return {""}  # a class, any character, a back reference: anything may begin here


def _needs(items: list[tuple[object, object]]) -> set[str] | None:
    """Lower-case words one of which every match of the sequence `items` contains (the set
    of longest words among those the parse gives), or None if it gives none."""
    options: list[set[str]] = []
    run = ""  # the letters matched one after another here
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and isinstance(av, int) and len(chr(av).lower()) == 1:
            run += chr(av).lower()
            continue
        if op in _ZERO_WIDTH:
            continue  # takes no characters: the letters on either side are adjacent
        if run:
            options.append({run})
            run = ""
        if op is sre.SUBPATTERN and isinstance(av, tuple):
            inner = _needs(list(av[3]))
        elif op is sre.BRANCH and isinstance(av, tuple):
            inner = set()
            for alternative in av[1]:
                each = _needs(list(alternative))
                if each is None:
                    inner = None
                    break
                inner |= each
        elif op in _REPEATS and isinstance(av, tuple) and av[0] >= 1:
            inner = _needs(list(av[2]))
        else:
            inner = None
        if inner:
            options.append(inner)
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def heads(pattern: re.Pattern[str]) -> set[str] | None:
    """The lower-case words every match of `pattern` begins with, or None if a match may
    begin with anything."""
    found = _heads(list(sre_parse.parse(pattern.pattern, pattern.flags).data))
    return None if "" in found else found


def _alternation(words: list[str]) -> str:
    """A pattern for any of `words` (none the beginning of another), as a tree of their
    beginnings: `re` follows one branch a character instead of trying every word."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        common = os.path.commonprefix(rests) if len(rests) > 1 else rests[0]
        rests = [r[len(common) :] for r in rests]
        head = re.escape(first + common)
        parts.append(head if len(rests) == 1 else f"{head}(?:{_alternation(rests)})")
    return "|".join(parts)


class PatternScan:
    """`finditer` of one pattern, tried only where one of its words begins."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        words = heads(pattern)
        # A word that begins with a shorter one is found where that one is.
        shortest = sorted(
            w for w in words or () if not any(w != v and w.startswith(v) for v in words or ())
        )
        self.finder = re.compile(_alternation(shortest)) if words else None
        # A text without any of the words every match contains has no match.
        needs = _needs(list(sre_parse.parse(pattern.pattern, pattern.flags).data))
        if not needs or min(map(len, needs)) < MIN_NEED:
            needs = set()
        # A word with another inside it is found where that one is.
        self.needs = tuple(w for w in needs if not any(v != w and v in w for v in needs))

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(text)`; `low` is `lowered(text)`."""
        # (`in` is faster than a pattern of the words: a fast search of one string each.)
        if low is not None and self.needs and not any(w in low for w in self.needs):
            return
        if self.finder is None or low is None:
            yield from self.pattern.finditer(text)
            return
        end = 0  # where the last match ended: `finditer` goes on from there
        spot = self.finder.search(low)
        while spot is not None:
            at = spot.start()
            # Matched in the whole text, so `\b` and lookbehinds see what is before `at`.
            m = self.pattern.match(text, at)
            if m is not None:
                yield m
                end = m.end()  # never empty: every match begins with a word
            spot = self.finder.search(low, max(at + 1, end))

    def search(self, text: str, low: str | None) -> re.Match[str] | None:
        """`pattern.search(text)`."""
        return next(self.finditer(text, low), None)


@cache
def scanner(pattern: re.Pattern[str]) -> PatternScan:
    """The scan of `pattern`, read from its parse once per process."""
    return PatternScan(pattern)


def finditer(pattern: re.Pattern[str], text: str, low: str | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, tried only where a match can begin; `low` is `lowered(text)`."""
    return scanner(pattern).finditer(text, low)


def search(pattern: re.Pattern[str], text: str, low: str | None) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only where a match can begin; `low` is `lowered(text)`."""
    return scanner(pattern).search(text, low)

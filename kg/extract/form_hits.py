"""Where a story writes any of a list of names: the hits a regular expression of the names as
alternatives would find, without compiling one for every story.

A pattern of a story's names (`\\b(Jane Doe|Doe|DOE)\\b`) differs from story to story, so
`re` compiles each anew, and compiling an alternation of fifty names costs more than the
search. The names are plain strings: each is found with `str.find`, and the regular
expression's choice among them is made over those places (the leftmost place first, there
the first name in order that fits its edges, the search going on after it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

# Whether a name may start (or end) at a position of the text.
Edge = Callable[[str, int], bool]


def is_word_char(ch: str) -> bool:
    """`re`'s `\\w` of a character (Unicode patterns): a letter, a digit or an underscore."""
    return ch.isalnum() or ch == "_"


def word_boundary(text: str, i: int) -> bool:
    """`re`'s `\\b` at position `i`: a word character on one side only."""
    before = i > 0 and is_word_char(text[i - 1])
    after = i < len(text) and is_word_char(text[i])
    return before != after


def find_names(
    text: str, names: Sequence[str], start: Edge, end: Edge
) -> Iterator[tuple[int, int, str]]:
    """The (start, end, name) of each hit of `re.finditer(L(n1|n2|...)R, text)` where `L` is
    the test `start` of the position before the name and `R` the test `end` of the position
    after it, `names` non-empty strings in the order of the alternatives."""
    places: dict[int, list[int]] = {}
    for k, name in enumerate(names):
        if not name:
            raise ValueError("an empty name matches everywhere")
        i = text.find(name)
        while i >= 0:
            places.setdefault(i, []).append(k)
            i = text.find(name, i + 1)
    done = 0  # the search goes on from the end of the last hit
    for i in sorted(places):
        if i < done or not start(text, i):
            continue
        for k in places[i]:  # (in the names' order: each name's places were added in turn)
            e = i + len(names[k])
            if end(text, e):
                yield i, e, names[k]
                done = e
                break

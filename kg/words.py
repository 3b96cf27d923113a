"""The parse of a doc as plain lists, one entry a token, made once a doc (`words_of`).

The rules ask the same few things of a word over and over: its dependency label, its head,
its children, its lower-case form, its part of speech. Asked of spaCy's objects, each
question makes a `Token` (`doc[i]`, `Token.children`, `Token.head`) or decodes a string from
the string store (`Token.dep_`, `Token.lower_`), a few tenths of a microsecond each, about
12,000 Token objects a story. The most-called helpers read these lists instead:
`words.dep[i]`, `words.children[i]`, `words.lower[words.head[i]]`, with `i` the token's
position (`Token.i`). They are read from spaCy's arrays, so they say what the Token objects
say; no stage changes the parse after the pipeline has run.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import numpy
from spacy.strings import StringStore
from spacy.tokens import Doc

# The attributes `Words` reads, one column of the doc's array each.
_COLUMNS: list[int | str] = ["ORTH", "LOWER", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE"]
_COLUMNS += ["IS_LOWER", "IS_PUNCT", "IS_SPACE", "IDX", "HEAD"]


class Words:
    """The word table of a doc: for each position `i`, the token's text, lower-case form,
    lemma, part of speech (`Token.pos_`), fine tag (`Token.tag_`), dependency label
    (`Token.dep_`), entity type ("" outside an entity), whether it is written in lower case,
    is punctuation, is white space, its character offset (`Token.idx`), the position of its
    head (its own for a sentence's root) and the positions of its children in text order
    (`Token.children`)."""

    def __init__(self, doc: Doc) -> None:
        self._arr = doc.to_array(_COLUMNS)
        self._strings = doc.vocab.strings

    def _column(self, name: str) -> numpy.ndarray:
        return self._arr[:, _COLUMNS.index(name)]

    def _decoded(self, name: str) -> list[str]:
        """The strings of a column of hashes: each decoded once a process (`string_of`)."""
        hashes = self._column(name).tolist()
        known = _STRINGS
        for h in set(hashes).difference(known):
            known[h] = self._strings[h]
        return [known[h] for h in hashes]

    # Each column is read from the array when a rule first asks for it.
    @cached_property
    def text(self) -> list[str]:
        return self._decoded("ORTH")

    @cached_property
    def lower(self) -> list[str]:
        return self._decoded("LOWER")

    @cached_property
    def lemma(self) -> list[str]:
        return self._decoded("LEMMA")

    @cached_property
    def pos(self) -> list[str]:
        return self._decoded("POS")

    @cached_property
    def tag(self) -> list[str]:
        return self._decoded("TAG")

    @cached_property
    def dep(self) -> list[str]:
        return self._decoded("DEP")

    @cached_property
    def ent_type(self) -> list[str]:
        return self._decoded("ENT_TYPE")

    @cached_property
    def is_lower(self) -> list[bool]:
        return (self._column("IS_LOWER") == 1).tolist()

    @cached_property
    def is_punct(self) -> list[bool]:
        return (self._column("IS_PUNCT") == 1).tolist()

    @cached_property
    def is_space(self) -> list[bool]:
        return (self._column("IS_SPACE") == 1).tolist()

    @cached_property
    def idx(self) -> list[int]:
        return self._column("IDX").tolist()  # type: ignore[no-any-return]

    @cached_property
    def head(self) -> list[int]:
        # (HEAD is the offset of the head from the token, negative to the left)
        offsets = self._column("HEAD").astype(numpy.int64)
        return (numpy.arange(len(offsets)) + offsets).tolist()  # type: ignore[no-any-return]

    @cached_property
    def children(self) -> list[Sequence[int]]:
        # (A list only for a word with children, about half of them.)
        kids: dict[int, list[int]] = {}
        for i, h in enumerate(self.head):
            if h != i:
                kids.setdefault(h, []).append(i)  # (in text order: `i` grows)
        return [kids.get(i, ()) for i in range(len(self.head))]

    def __len__(self) -> int:
        return len(self.head)

    def ancestors(self, i: int) -> list[int]:
        """The positions of the heads above `i`, nearest first, up to the sentence's root
        (`Token.ancestors`)."""
        out = []
        while self.head[i] != i:
            i = self.head[i]
            out.append(i)
        return out

    def subtree(self, i: int) -> list[int]:
        """The positions of the words under `i` and `i` itself, in `Token.subtree`'s order:
        each left child's subtree, the word, each right child's subtree."""
        out: list[int] = []
        for c in self.children[i]:
            if c > i:
                break
            out.extend(self.subtree(c))
        out.append(i)
        for c in self.children[i]:
            if c > i:
                out.extend(self.subtree(c))
        return out


def words_of(doc: Doc) -> Words:
    """The `Words` of `doc`, made once a doc and kept on it."""
    table = doc.user_data.get("kg.words")
    if not isinstance(table, Words):
        table = Words(doc)
        doc.user_data["kg.words"] = table
    return table


def string_of(strings: StringStore, h: int) -> str:
    """`strings[h]`, kept for every string met: a hash names one string for good, and the
    vocabulary's strings outlive docs. Most words of a story are words of earlier ones."""
    text = _STRINGS.get(h)
    if text is None:
        text = _STRINGS[h] = strings[h]
    return text


_STRINGS: dict[int, str] = {}

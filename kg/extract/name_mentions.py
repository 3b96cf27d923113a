"""Later mentions of a person the model left untagged: a form the text already used for them,
the surname alone, or the surname in capitals labelling a transcript's line."""

from __future__ import annotations

from kg.extract.form_hits import find_names, word_boundary
from kg.extract.index import ActorIndex, Mention, in_noise
from kg.model import Article


def add_missed_mentions(article: Article, index: ActorIndex) -> None:
    """Later mentions of a person by a form the text already used for them, or by the
    surname alone, where the model tagged no entity."""
    forms: dict[str, str] = {}
    for a in index.actors:
        if a.type == "Person":
            for m in index.mentions:
                if m.actor == a.id and not m.nested:
                    forms.setdefault(article.text[m.start : m.end], a.id)
            forms.setdefault(a.name.split()[-1], a.id)
            # Transcripts label lines with the surname in capitals: "WALLACE: ...".
            forms.setdefault(a.name.split()[-1].upper(), a.id)
    if not forms:
        return
    # Whole words only (`\\b` at both ends).
    names = sorted(forms, key=len, reverse=True)
    hits = find_names(article.text, names, word_boundary, word_boundary)
    # The characters already named, as a mask: a hit overlapping any of them is taken
    # (a scan of every mention per hit grew with the square of a long article's length).
    taken = bytearray(len(article.text) + 1)
    for m in index.mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    for s, e, form in hits:
        if in_noise(article, s, e):
            continue
        if any(taken[s:e]):
            continue
        index.mentions.append(Mention(s, e, forms[form]))
        taken[s:e] = b"\x01" * (e - s)

"""A body's name the model cut short before the acronym the text spells out for it: "the
Liberation Tigers" of "the Liberation Tigers of Tamil Eelam (LTTE)", "the Community of Latin"
of "the Community of Latin America and the Caribbean (CELAC)"."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

# Small words a body's name may hold between its capitalised words.
_INNER = {"of", "and", "the", "for", "in", "on", "&"}
_MAX_WORDS = 8


def with_acronym_phrase(ent: SpacySpan) -> SpacySpan:
    """A body's name joined with the capitalised words after it up to the acronym in brackets
    that follows them, when the acronym opens with the name's first capital and ends with the
    last word's. A writer spells out an acronym right after the whole name, so the brackets
    mark where the name ends; the gazetteer's places ("America", "Caribbean") or words the
    model left out ("of Tamil Eelam") cut it before that. The two letters keep a body from
    taking a phrase that is not its own ("the Council and the European Parliament (EP)").
    A name the gazetteer knows is whole already: what follows it names something else."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.ent_id_:
        return ent  # a name the gazetteer knows is whole: "UN Security Council Resolution"
    k = ent.end
    while k < len(doc) and k - ent.end < _MAX_WORDS and doc[k].text != "(":
        tok = doc[k]
        if not (tok.is_title or tok.lower_ in _INNER):
            return ent
        k += 1
    if k == ent.end or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return ent
    acronym = doc[k + 1].text
    if len(acronym) < 2 or not (acronym.isalpha() and acronym.isupper()):
        return ent
    capitals = [t.text for t in doc[ent.start : k] if t.is_title]
    if doc[k - 1].lower_ in _INNER or not capitals:
        return ent
    if capitals[0][0] != acronym[0] or capitals[-1][0] != acronym[-1]:
        return ent
    return SpacySpan(doc, ent.start, k, label=ent.label_, kb_id=ent.kb_id_)

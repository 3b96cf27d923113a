"""Speakers the model left untagged: a state's ministry or office named by its kind alone
("the Defence Ministry said", "according to the Foreign Office", "the interior ministry's
spokesman said") and a person's name that is the subject of a verb of saying ("Jane Roe told
reporters").

The guidelines make a body described in words an actor when it speaks or acts, and an unnamed
official the body they speak for. The model tags "the Foreign Ministry" often but not always; a
description it missed lost its speaker. The gazetteer's generic forms ("Defence Ministry",
"Ministry of Foreign Affairs") and the ministries by portfolio are the kinds; the actor stage
then qualifies a generic one with the state the context is about
(`actor_generic_states.resolve_generic`), as it does for the descriptions the model tags.

Input: a parsed `Doc` (and the gazetteer). Output: spans the actor stage adds as candidates,
labelled ORG (a body that speaks or acts: a clause's subject, "according to" it, the agent
after "by", the owner of a spokesman) or PERSON.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.actor_unnamed import BODY_NOUNS, name_words
from kg.extract.discourse_words import SAYING_LEMMAS, after_according
from kg.extract.entity_roles import acts
from kg.extract.roles import BODY_WORDS, PORTFOLIOS, SPEAKER_NOUNS
from kg.gazetteer import Gazetteer
from kg.nlp import columns, hash_of, lower_positions, tokens


@lru_cache(maxsize=4)
def _forms(generic: frozenset[str]) -> list[tuple[str, ...]]:
    """The generic forms of two words or more, longest first (a one-word form, "Government",
    is read with its state by `delegations`)."""
    out = {tuple(f.lower().split()) for f in generic if len(f.split()) >= 2}
    out |= {(p, "ministry") for p in PORTFOLIOS}
    return sorted(out, key=len, reverse=True)


@lru_cache(maxsize=4)
def _openers(generic: frozenset[str]) -> frozenset[int]:
    """The hashes (as in the doc's `LOWER` column) of the words that open a form of `_forms`:
    most words open none, so a word is asked this first."""
    return frozenset(hash_of(f[0]) for f in _forms(generic))


def _speaks_for(span: SpacySpan) -> bool:
    """ "the foreign ministry's spokesman", "the defence ministry spokeswoman"."""
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        end += 1
    return end < len(doc) and doc[end].lower_ in SPEAKER_NOUNS


def _official_of(span: SpacySpan) -> bool:
    """ "a senior official of the Foreign Ministry said": the body an official speaks for."""
    root = span.root
    return (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in SPEAKER_NOUNS
    )


def says_something(span: SpacySpan) -> bool:
    """ "the foreign ministry said": the subject of a verb of saying."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SAYING_LEMMAS


def speaks_or_acts(span: SpacySpan) -> bool:
    """A subject, an agent, the source after "according to", the owner of a spokesman or the
    body an official is "of"."""
    if _speaks_for(span) or _official_of(span):
        return True
    root = span.root
    if after_according(root):
        return True
    return acts(span) and root.dep_ != "poss"


def generic_bodies(doc: Doc, gz: Gazetteer) -> list[SpacySpan]:
    """Each untagged "the Defence Ministry" (capitalised, after "the") that speaks or acts,
    and "the defence ministry" in any case whose spokesman speaks."""
    generic = frozenset(gz.generic)
    forms, first = _forms(generic), _openers(generic)
    out: list[SpacySpan] = []
    # (Only where "the" comes before a word that may open a form and no entity took it: the
    # few words after "the" are asked one by one, which is cheaper than an array search.)
    cols = columns(doc)
    after_the = (numpy.flatnonzero(cols.lower[:-1] == hash_of("the")) + 1).tolist()
    starts = [
        i
        for i, h, ent in zip(
            after_the,
            cols.lower[after_the].tolist(),
            cols.ent_type[after_the].tolist(),
            strict=True,
        )
        if h in first and ent == 0
    ]
    after = 1  # (a body's words are read once: the scan goes on after them)
    for i in starts:
        if i < after:
            continue
        for form in forms:
            end = i + len(form)
            words = doc[i:end]
            if end > len(doc) or tuple(t.lower_ for t in words) != form:
                continue
            span = SpacySpan(doc, i, end, label="ORG")
            named = all(t.is_title or t.lower_ in ("of", "the") for t in words)
            if any(t.ent_type_ for t in words) or not (named or _speaks_for(span)):
                break
            if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                break  # "the Foreign Ministry Spokesman ...": a title, not the body
            if speaks_or_acts(span):
                out.append(span)
            after = end
            break
    return out


def untagged_speakers(doc: Doc) -> list[SpacySpan]:
    """Two or three capitalised proper names no entity took that are the subject of a verb of
    saying ("Jane Roe told reporters", "..., said Jane Roe", "Jane Roe, who heads the panel,
    said"), or whose last word alone is later a subject (`surname_acts`): a person's name;
    one that ends in a body's word (`BODY_WORDS`, "Visa Processing Center said") is a
    body's, and one with such a word inside is neither."""
    out: list[SpacySpan] = []
    names = name_words(doc)
    size = len(doc)
    k = 0
    while k < size:
        end = k
        while end < size and end - k < 3 and names[end]:
            end += 1
        if (
            end - k < 2
            or (k > 0 and names[k - 1])
            or (end < size and doc[end].is_title and doc[end].pos_ == "PROPN")
        ):
            k = max(end, k + 1)
            continue
        span = SpacySpan(doc, k, end, label="PERSON")
        # (The subject's word, not `span.root`: the model may hang the given name elsewhere.)
        if (
            (
                any(
                    t.dep_ == "nsubj"
                    and t.head.lemma_.lower() in SAYING_LEMMAS
                    and t.head not in span
                    for t in span
                )
                or surname_acts(doc, span)
            )
            and (k == 0 or doc[k - 1].lower_ not in ("the", "a", "an"))  # "the Interior Ministry"
            and not any(t.lower_ in BODY_NOUNS for t in span)
        ):
            if span[-1].lower_ in BODY_WORDS:
                # "... Refugee Processing Center said": a body's name, which speaks.
                out.append(SpacySpan(doc, k, end, label="ORG"))
            elif not any(t.lower_ in BODY_WORDS for t in span):
                out.append(span)
        k = end
    return out


def surname_acts(doc: Doc, span: SpacySpan) -> bool:
    """Whether the name's last word, alone, is later the subject of a verb ("... adviser Tut
    Gatluak has told ... Gatluak also praised ..."): news names a person in full once, with a
    title the parse may bury the name under, then by surname as the one who speaks and acts.
    The word must be a name's wherever the text writes it (never in lower case: not a
    headline's common word)."""
    word = span[-1].text
    if not word.istitle():
        return False
    # (The word's forms, looked up by their lower case, not every word of the doc.)
    toks = tokens(doc)
    same = [toks[i] for i in lower_positions(doc, {word.lower()})]
    if any(t.text == word.lower() for t in same):
        return False
    for t in same:
        if (
            t.i >= span.end
            and t.text == word
            and t.dep_ == "nsubj"
            and t.head.pos_ in ("VERB", "AUX")
            and not _name_beside(doc, t.i - 1)
            and not _name_beside(doc, t.i + 1)
        ):
            return True
    return False


def _name_beside(doc: Doc, i: int) -> bool:
    """Whether token `i` is a capitalised proper noun (the surname is then part of a longer
    name: "Gatluak" in "Mary Gatluak")."""
    return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title

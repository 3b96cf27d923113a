"""Which gender the article gives each person, for the discourse stage's pronouns.

Votes from the titles written before a name ("Mr.", "Ms."), the gazetteer, the roles the
article states ("spokeswoman"), and the pronouns of a sentence that names one person alone.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from spacy.tokens import Doc

from kg.extract.discourse_words import FEMALE, FEMALE_TITLES, MALE, MALE_TITLES
from kg.extract.index import ActorIndex
from kg.gazetteer import Entry, normalize
from kg.model import Actor
from kg.nlp import columns, doc_text, hash_of, sentences

_SUBJECT = ("nsubj", "nsubjpass")


def genders(
    doc: Doc,
    index: ActorIndex,
    actors: dict[str, Actor],
    entries: dict[str, Entry | None],
    named: dict[int, str],
) -> dict[str, str]:
    """Person id -> "m" or "f", for the people the votes decide; `named` maps the head token
    of each named mention to its actor."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    text = doc_text(doc)
    for m in index.mentions:
        actor = actors.get(m.actor)
        if actor is None or actor.type != "Person":
            continue
        before = text[max(0, m.start - 30) : m.start].split()
        words = [normalize(w) for w in before[-3:]] + [
            normalize(w) for w in text[m.start : m.end].split()[:1]
        ]
        for w in words:
            if w in MALE_TITLES:
                votes[m.actor]["m"] += 2
            if w in FEMALE_TITLES:
                votes[m.actor]["f"] += 2
    for a in actors.values():
        entry = entries.get(a.id)
        if entry is not None and entry.gender:
            votes[a.id][entry.gender] += 3
        for r in a.roles:
            low = r.title.lower()
            if any(w in low for w in ("spokeswoman", "chairwoman", "queen")):
                votes[a.id]["f"] += 2
            if any(w in low.split() for w in ("spokesman", "chairman", "king")):
                votes[a.id]["m"] += 2
    # A sentence naming one person and then using one gender's pronouns speaks of them.
    # (Each token's sentence by bisection in the sentences' starts: `Token.sent` walks the
    # parse to the sentence's edges on every call.)
    sents = sentences(doc)
    starts = [s.start for s in sents]
    cols = columns(doc)
    forms, subject = cols.lower_forms(), {hash_of(d) for d in _SUBJECT}
    by_sent: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for i, who in named.items():
        if actors[who].type == "Person":
            by_sent[starts[bisect.bisect_right(starts, i) - 1]].append((i, who))
    for start, in_sent in by_sent.items():
        people = {a for _i, a in in_sent}
        if len(people) != 1:
            continue
        (person,) = people
        first = min(i for i, _a in in_sent)
        sent = sents[bisect.bisect_left(starts, start)]
        # Only pronouns a subject: an object or possessive after the name is most often
        # someone else's ("Clinton told AIPAC, not naming him", "X asked to waive her
        # immunity").
        # (Read from the doc's word table: no Token made for every word of the sentence.)
        deps, lowers = cols.dep[first + 1 : sent.end].tolist(), cols.lower[first + 1 : sent.end]
        lows = {forms[h] for h, d in zip(lowers.tolist(), deps, strict=True) if d in subject}
        if lows & MALE and not lows & FEMALE:
            votes[person]["m"] += 1
        elif lows & FEMALE and not lows & MALE:
            votes[person]["f"] += 1
    # A sentence naming one person, and the next opening on "he" or "she" as its subject
    # ("Kellyanne Conway dismissed the criticism. She said ..."): the wire's way on.
    for sent, after in zip(sents, sents[1:], strict=False):
        in_sent = by_sent.get(sent.start, [])
        people = {a for _i, a in in_sent}
        opener = next((t for t in after if not (t.is_punct or t.is_space)), None)
        if len(people) != 1 or opener is None or not opener.dep_.startswith("nsubj"):
            continue
        if not any(
            doc[i].dep_.startswith("nsubj") and doc[i].head == sent.root for i, _a in in_sent
        ):
            continue  # (the one person must be the sentence's subject)
        (person,) = people
        if opener.lower_ in ("he", "she"):
            votes[person]["m" if opener.lower_ == "he" else "f"] += 1
    out: dict[str, str] = {}
    for who, v in votes.items():
        if v["m"] != v["f"]:
            out[who] = "m" if v["m"] > v["f"] else "f"
    return out

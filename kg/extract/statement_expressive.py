"""Courtesies handed over as things: "extended his condolences to the families", "offered
her congratulations on the election", "sent warm greetings to the people". Condolences,
congratulations and greetings are words given (Searle's expressives, as "expressed his
condolences" is), though the verb is one of giving; with any other object the verb is a deed
("extended the truce", "sent troops"). The content is the courtesy with what follows it in
the clause. (Wishes stay out: the owners' realnews gold leaves wishing someone well out.)"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.actors import ActorIndex
from kg.extract.speakers import speaker_of
from kg.extract.statement_spans import Found, coverage, trim_content
from kg.extract.statement_words import SPEECH_VERBS, verb_forms
from kg.model import Article
from kg.nlp import with_lower

# "conveyed his condolences" is a verb of saying already (`statement_words.SPEECH_VERBS`).
GIVING = verb_forms("extend", "offer", "send|sends|sent|sending", "pass|passes|passed")
COURTESIES = {
    "condolence",
    "condolences",
    "congratulation",
    "congratulations",
    "greeting",
    "greetings",
    "sympathy",
    "sympathies",
}


def courtesies(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """Courtesies a speaker extended, offered or sent that no other reader found."""
    text = article.text
    taken = coverage(len(text), [f.cue for f in found] + [f.content for f in found])
    out: list[Found] = []
    for t in with_lower(doc, GIVING):
        if t.pos_ != "VERB" or taken[t.idx]:
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ not in COURTESIES:
            continue
        # The courtesy and what the verb says of it after it ("to the families", "on the
        # election"), not a second predicate joined to it ("... and wished them well").
        after = [obj] + [c for c in t.children if c.i > obj.i and c.dep_ in ("prep", "advcl")]
        end = max(w.idx + len(w) for c in after for w in c.subtree)
        start = min(c.idx for c in obj.subtree)
        cs, ce = trim_content(text, start, end)
        if ce - cs < 3:
            continue
        att = speaker_of(t, actors, SPEECH_VERBS)
        if att is None or (att[0] is None and att[1] is None):
            continue
        speaker, sspan, _ = att
        sent = (t.sent.start_char, t.sent.end_char)
        out.append(Found(speaker, sspan, (t.idx, t.idx + len(t)), (cs, ce), "indirect", sent))
    return out

"""Readouts that give a stance through a predicate rather than a verb of saying (statement
stage): `The envoy is encouraged by what both sides agreed`, `remains gravely concerned
that ...`, `is committed to working with all parties`, `would like to thank the hosts for
...`, `looks forward to the next round`, `appeals to all parties to ...`, `extended an
invitation to the president to visit ...`, `takes note that ...`. A statement issued in a
body's name speaks in this voice; the verbs alone (`is`, `looks`, `takes`, `extended`) say
nothing and the adjectives are no verbs, so neither the verb readers nor the cue rates read
them. The content is the predicate's clause, `to` clause or the object of its preposition,
as for any other cue; the statement check then judges them with the rest."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.speakers import speaker_of
from kg.extract.statement_spans import Found, coverage, find_quotes, trim_content
from kg.extract.statement_syntax import complement, edges, someone
from kg.extract.statement_words import SPEECH_VERBS
from kg.model import Article
from kg.nlp import with_words

# Feelings and undertakings stated of oneself in a readout ("is encouraged by", "is
# gravely troubled by", "is committed to"). Present tense only (`COPULAS`): in narration the
# past ("was pleased with the result") mostly tells how someone felt, not what they said.
ATTITUDES = {
    "encouraged",
    "heartened",
    "pained",
    "saddened",
    "concerned",
    "alarmed",
    "troubled",
    "dismayed",
    "disappointed",
    "pleased",
    "gratified",
    "committed",
    "grateful",
    "hopeful",
    "confident",
    "optimistic",
    "appalled",
    "outraged",
    "shocked",
}
COPULAS = {"is", "are", "remains", "remain"}
# Prepositions that bring what the feeling is about ("by the fighting", "about the
# delay", "to working with", "with the outcome").
ABOUT_PREPS = {"by", "about", "over", "at", "with", "to", "of", "for"}
# "wishes to thank", "would like to express": the wish is the courtesy's frame, the verb of
# saying after it the words.
WISHING = {"wish", "like"}
# Light verbs that hand over an invitation ("extended an invitation to X to visit").
HANDING = {"extend", "issue", "renew", "convey"}
# The lemmas a frame that is not an infinitive under a wish begins with.
FRAME_LEMMAS = {"look", "appeal", "take", *HANDING}


def attitudes(doc: Doc, article: Article, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """The readout frames above that no other reader took."""
    text = article.text
    taken = coverage(len(text), [f.cue for f in found] + [f.content for f in found])
    # (a quoted speaker's own "we are concerned" is the quotation's)
    quoted = coverage(len(text), find_quotes(text))
    out: list[Found] = []
    # A frame begins at an attitude word, a verb of saying (under a wish) or a frame's lemma:
    # only those words are read (see `_predicative`, `_framed`).
    for t in with_words(doc, ATTITUDES | SPEECH_VERBS, FRAME_LEMMAS):
        if taken[t.idx] or quoted[t.idx] or in_noise(article, t.idx, t.idx + len(t)):
            continue
        read = _predicative(t, actors) or _framed(t, actors)
        if read is None:
            continue
        speaker, sspan, cue, (cs, ce) = read
        cs, ce = trim_content(text, cs, ce)
        if ce - cs < 3 or any(taken[cs:ce]):
            continue
        sent = (t.sent.start_char, t.sent.end_char)
        out.append(Found(speaker, sspan, cue, (cs, ce), "indirect", sent))
    return out


Read = tuple[str | None, tuple[int, int] | None, tuple[int, int], tuple[int, int]]


def _predicative(t: Token, actors: ActorIndex) -> Read | None:
    """`X is (deeply) encouraged by Y`, `X remains concerned that Y`, `X is committed to Y`."""
    if t.lower_ not in ATTITUDES or t.tag_ not in ("VBN", "JJ"):
        return None
    if t.dep_ == "ROOT":
        copula = next((c for c in t.children if c.dep_ in ("auxpass", "aux")), None)
        subj = next((c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    elif t.dep_ == "acomp" and t.head.dep_ == "ROOT":
        copula = t.head
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if copula is None or subj is None or copula.lower_ not in COPULAS:
        return None
    content = _about(t) or (_about(copula) if copula is not t.head else None)
    if content is None or not someone(subj, "ccomp", actors):
        return None
    sspan = edges(subj, subj)
    if subj.lower_ in ("we", "i", "you"):
        return None  # a first person outside quotations: an op-ed's own feelings
    speaker = actors.resolve(subj.idx, subj.idx + len(subj))
    return speaker, sspan, (copula.idx, t.idx + len(t)), content


def _about(t: Token) -> tuple[int, int] | None:
    """What a feeling is about: its `that` clause, its `to` clause, its preposition's object."""
    for c in t.children:
        if c.i < t.i:
            continue
        that = any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "acl" and that):
            toks = [x for x in c.subtree if not (_opener(x) and x.head.i == c.i and x.i < c.i)]
            return toks[0].idx, toks[-1].idx + len(toks[-1])
        if c.dep_ in ("prep", "agent") and c.lower_ in ABOUT_PREPS:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                # (to the end of the preposition's phrase: "committed to A and to B")
                return edges(obj, c)
    return None


def _opener(x: Token) -> bool:
    """The `that` or `to` that opens a clause: the cue's, not the words'."""
    return x.dep_ in ("mark", "aux") and x.lower_ in ("that", "to")


def _framed(t: Token, actors: ActorIndex) -> Read | None:
    """A verb of saying under a wish, `looks forward to`, `appeals to X to`, an invitation
    extended, `takes note`: the frame's speaker is the verb's subject."""
    lemma = t.lemma_.lower()
    if t.dep_ != "xcomp" and lemma not in FRAME_LEMMAS:
        return None  # (no frame below begins otherwise: the cheap test first, for every word)
    content: tuple[int, int] | None = None
    cue = (t.idx, t.idx + len(t))
    head = t
    if t.dep_ == "xcomp" and t.lower_ in SPEECH_VERBS and t.head.lemma_.lower() in WISHING:
        comp = complement(t)
        head = t.head
        content = comp[1] if comp else None
        # (The cue is the verb of saying: the wish before it is the courtesy's form.)
    elif lemma == "look" and any(c.lower_ == "forward" for c in t.children):
        content = _object_of(t, "to")
    elif lemma == "appeal" and t.tag_.startswith("VB"):
        to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        clause = next((c for c in t.children if c.dep_ in ("xcomp", "advcl") and c.i > t.i), None)
        if obj is not None and clause is not None:
            content = edges(obj, clause)
    elif lemma in HANDING or lemma == "take":
        noun = next((c for c in t.children if c.dep_ == "dobj"), None)
        if noun is None:
            return None
        if lemma in HANDING and noun.lemma_.lower() == "invitation":
            after = [x for x in noun.subtree if x.i > noun.i]
            after += [x for c in t.children if c.i > noun.i and c.dep_ == "prep" for x in c.subtree]
            if after:
                content = min(x.idx for x in after), max(x.idx + len(x) for x in after)
                if after[0].lower_ == "to" and after[0].dep_ == "prep" and len(after) > 1:
                    content = after[1].idx, content[1]
            cue = (t.idx, noun.idx + len(noun))
        elif lemma == "take" and noun.lower_ == "note":
            content = _about(noun) or _about(t)
            cue = (t.idx, noun.idx + len(noun))
    if content is None or not t.tag_.startswith("VB") and head is t:
        return None
    if head.tag_ == "VB" and not any(c.dep_ == "aux" for c in head.children):
        return None  # an imperative, or a bare infinitive read alone
    att = speaker_of(head, actors, SPEECH_VERBS)
    if att is None:
        return None
    speaker, sspan, _ = att
    if speaker is None and sspan is None:
        return None
    return speaker, sspan, cue, content


def _object_of(t: Token, prep: str) -> tuple[int, int] | None:
    p = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == prep), None)
    obj = next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), None) if p else None
    if obj is None:
        return None
    return edges(obj, obj)

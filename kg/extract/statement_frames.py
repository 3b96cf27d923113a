"""How an attribution is framed around a verb of saying (statement stage): a participle that
only sets the scene, an attribution after its words that the parser conjoined to them, a
question put to the speaker, the writer's gloss of what was meant, a document issued that says
something for its author or publisher. The parse helpers of what a verb reports are
`statement_syntax`'s."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.index import ActorIndex
from kg.extract.speakers import DOCUMENT_NOUNS, PUBLISHING, document_author, speaker_of
from kg.extract.statement_words import QUOTE_VERBS, SPEECH_VERBS


def framing(verb: Token) -> bool:
    """`Speaking on Thursday about her trip, she said …`: a participle of saying before the
    verb of saying it hangs on sets the scene (when, where, on what topic); what the main verb
    introduces is the statement. One with a clause or an object says something itself
    (`Adding that A, she said B`, `Citing a poll, he said …`)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and verb.head.lower_ in QUOTE_VERBS
        and not any(
            c.dep_ in ("nsubj", "mark", "ccomp", "parataxis", "xcomp", "dobj")
            for c in verb.children
        )
        and not any(t.lower_ == "that" and t.dep_ == "mark" for t in verb.subtree)
    )


def said_after(verb: Token) -> tuple[int, int] | None:
    """`A force will assist the Kurds, Ash Carter told a Senate panel Wednesday.`: an
    attribution after its words that the parser took for a clause conjoined to them (no `and`,
    its own subject right after a comma, nothing of its own to report but whom it was told and
    when). Its content is the sentence up to that comma."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.sent != verb.sent:
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i == 0:
        return None
    comma = verb.doc[subj.left_edge.i - 1]
    if comma.text != "," or any(c.dep_ in ("cc", "preconj") for c in head.children if c.i > head.i):
        return None
    if any(
        c.dep_ not in ("nsubj", "dobj", "npadvmod", "prep", "advmod", "punct")
        for c in verb.children
    ):
        return None
    start = verb.sent.start
    if comma.i - start < 4:
        return None
    return verb.doc[start].idx, comma.idx


def asked_of(verb: Token) -> bool:
    """`Asked whether he had met her, Lopez said …`, `Lopez was asked whether …`: a question
    put to the speaker in the passive; its words are the asker's (a reporter's, unnamed), not
    the subject's, and what the speaker answered is read from the verb of saying."""
    if verb.lemma_.lower() != "ask" and verb.lower_ not in ("asked", "ask", "asking"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    # An opening participle clause with no subject of its own (the tagger takes some for a
    # past tense: "Asked what he would like, …").
    # After its verb, only as a clause of time ("..., she told Reuters when asked if ...") or
    # set off on the subject ("after Trump, asked about it, had said"), where the parser
    # hangs it as a clause with no subject of its own.
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ in ("advcl", "ccomp", "acl")
        and (
            verb.i < verb.head.i
            or verb.dep_ == "acl"
            or any(
                c.lower_ in ("when", "if") for c in verb.children if c.dep_ in ("advmod", "mark")
            )
            or (verb.i > 0 and verb.nbor(-1).text == ",")
        )
        and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


# Verbs with which the writer glosses what a speaker meant: `said, referring to the sanctions`.
GLOSS_LEMMAS = {"refer", "allude"}


def gloss(verb: Token) -> bool:
    """`..., Petro said, referring to the fact that ...`, `..., according to X, referring to
    Y`: a participle of referring hung on an attribution is the writer's note on what the
    words were about, part of that statement's attribution (PolNeAR annotates it inside the
    cue), not a second statement."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj", "pcomp")
        and verb.lemma_.lower() in GLOSS_LEMMAS
        and (verb.head.lower_ in QUOTE_VERBS or verb.head.lower_ == "according")
    )


def issued_text(
    verb: Token, actors: ActorIndex
) -> tuple[str | None, tuple[int, int] | None, tuple[int, int]] | None:
    """`The ministry issued a statement saying ...`, `released a letter from his doctor that
    says ...`: a verb of saying on a document or message speaks for the document's author,
    named after it, or else for whoever published it (the subject of `issued`). The cue is
    the verb of saying, as in `said in a statement`."""
    noun = verb.head
    if noun.i >= verb.i or noun.lower_ not in DOCUMENT_NOUNS or verb.lower_ not in SPEECH_VERBS:
        return None
    if not any(c.dep_ in ("ccomp", "parataxis", "oprd") for c in verb.children):
        return None  # "a statement announcing an agreement": the text's deed, an event's words
    if verb.dep_ == "relcl":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("that", "which"):
            return None  # "the letter he wrote says": the letter's own clause is not about it
    elif not (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return None
    cue = (verb.idx, verb.idx + len(verb))
    author = document_author(noun)
    if author is not None:
        return (
            actors.resolve(author.idx, author.idx + len(author)),
            (author.left_edge.idx, author.idx + len(author)),
            cue,
        )
    issuing = noun.head
    if noun.dep_ != "dobj" or issuing.lemma_.lower() not in PUBLISHING:
        return None
    att = speaker_of(issuing, actors, SPEECH_VERBS)
    if att is None:
        return None
    speaker, sspan, _ = att
    return speaker, sspan, cue

"""Statements a document reads: `…, the statement read.`, `"…," a communique from X reads.`

Input: the parsed `Doc`, the article, the `ActorIndex` and the statements other readers found.
Output: more `Found` statements, the document's issuer as speaker.

Readouts and wire copy close a paragraph of a text's words with the text itself as subject of
`read` (`Both sides will meet again in June, the statement read.`, `"…," reads the release.`).
`read` is no verb of saying for a person (`she read the report`), so only a document noun as
its subject makes it a cue, and only when nothing is read after it: the words are those before
the document. Under the guidelines the speaker is whoever issued the text; the discourse stage
resolves the document noun to its issuer (`a statement issued by X`, `X said in a statement
… the statement`).
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorIndex, in_noise
from kg.extract.statement_spans import Found, find_quotes, trim_content
from kg.model import Article
from kg.nlp import doc_text, with_lower

log = logging.getLogger(__name__)

# Texts a body issues whose words a story gives (not a person's `words` or `view`): nearly
# discourse_words.TEXT_NOUNS, but only texts read out ("text" too, no "study").
READ_NOUNS = {
    "statement",
    "communique",
    "communiqué",
    "readout",
    "release",
    "declaration",
    "document",
    "message",
    "letter",
    "post",
    "tweet",
    "note",
    "report",
    "announcement",
    "text",
}
READ = {"read", "reads"}
# A content shorter than this is no paragraph's words (`it reads`, a fragment).
_MIN_WORDS = 4


def document_reads(
    doc: Doc, article: Article, actors: ActorIndex, found: list[Found]
) -> list[Found]:
    """`<words>, the statement reads.` and `"<words>," read the communique.`: the words before
    the document are its text (see the module docstring)."""
    text = doc_text(doc)
    quotes = find_quotes(text)
    out: list[Found] = []
    for verb in with_lower(doc, READ):
        if not verb.tag_.startswith("VB"):
            continue
        noun = _document(verb)
        if noun is None:
            continue
        if not _closes_sentence(verb, noun):
            ahead = _quoted_after(doc, verb, noun, quotes)
            if ahead is not None and not in_noise(article, *ahead):
                if not any(f.content[0] < ahead[1] and ahead[0] < f.content[1] for f in found):
                    out.append(_found(actors, verb, noun, ahead, "direct"))
            continue
        first = min(noun.left_edge.i, verb.i)
        lead = text[: doc[first].idx].rstrip()
        if not lead.endswith((",", ',"', ",”", '"', "”")):
            continue  # `The statement reads as follows:` or a subject opening its sentence
        content = _words_before(doc, first, lead, quotes)
        if content is None:
            continue
        cs, ce = content
        if len(text[cs:ce].split()) < _MIN_WORDS or in_noise(article, cs, ce):
            continue
        if any(f.content[0] < ce and cs < f.content[1] for f in found):
            continue  # read by another reader (a quotation with a cue of its own)
        quoted = text[ce : doc[first].idx].lstrip(" ,.").startswith(('"', "”"))
        out.append(_found(actors, verb, noun, (cs, ce), "direct" if quoted else "indirect"))
        log.debug("document reads: %s", text[cs:ce][:60])
    return out


def _found(
    actors: ActorIndex, verb: Token, noun: Token, content: tuple[int, int], kind: str
) -> Found:
    """The document's words, its issuer (resolved from the document noun) the speaker."""
    doc = verb.doc
    first = min(noun.left_edge.i, verb.i)
    last = max(noun.right_edge.i, verb.i)
    sspan = (noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge))
    speaker = actors.resolve(noun.idx, noun.idx + len(noun))
    lo = min(content[0], doc[first].idx)
    hi = max(content[1], doc[last].idx + len(doc[last]))
    return Found(speaker, sspan, (verb.idx, verb.idx + len(verb)), content, kind, (lo, hi))


def _quoted_after(
    doc: Doc, verb: Token, noun: Token, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """`The statement reads: "…"`: a colon right after the attribution and a quotation
    opening right after it; the quotation is the document's text (its first paragraph:
    a paragraph that opens with a mark again is read as the quotation carried on)."""
    text = doc_text(doc)
    end = max(verb.i, noun.right_edge.i) + 1
    if end >= len(doc) or doc[end].text != ":":
        return None
    colon = doc[end].idx + 1
    for qs, qe in quotes:
        if qs > colon and not text[colon : qs - 1].strip():
            return trim_content(text, qs, qe)
    return None


def _document(verb: Token) -> Token | None:
    """The document noun that is `verb`'s subject (`the statement reads`) or, inverted, stands
    right after it (`read the statement`, parsed as subject or object)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in verb.children:
        if c.lower_ not in READ_NOUNS:
            continue
        if c.dep_ == "nsubj" or (c.dep_ == "dobj" and not subjects):
            return c  # (`she read the statement`: a person reads, the text says nothing)
    return None


def _closes_sentence(verb: Token, noun: Token) -> bool:
    """Nothing is read after the attribution: its sentence ends there."""
    end = max(verb.i, noun.right_edge.i) + 1
    doc = verb.doc
    return (
        end >= len(doc)
        or doc[end].is_punct
        and doc[end].text in (".", "\n")
        or ("\n" in doc[end].text)
    )


def _words_before(
    doc: Doc, first: int, lead: str, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The words the attribution closes: a quotation ending right before it (which may hold
    several sentences), else the sentence it ends."""
    text = doc_text(doc)
    end = len(lead)
    for qs, qe in quotes:
        if qe <= end and not text[qe:end].strip(" ,\"”'’"):
            return trim_content(text, qs, qe)
    sent = doc[first].sent
    if "\n" in text[sent.start_char : doc[first].idx]:
        return None  # the parse ran the sentence over a paragraph break
    return trim_content(text, sent.start_char, end)

"""`..., Kazinform has learnt from the Akorda press service.`, `..., Trend reports with
reference to the press service of ...`: a news agency names whom it has its report from,
after the report (issue 14).

The guidelines make the press reporting a story no actor, but the source it names is a
speaker: the words before the comma are that source's (an indirect statement), as they are
for "..., according to X". The other readers miss it: "learn" is no verb of saying, and its
subject is the agency, not the source. Only a source the actor stage named speaks ("learned
from sources close to ..." names no one).

Input: the parsed article and the actor index; output: the statements found.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.index import ActorIndex, in_noise
from kg.extract.statement_spans import Found
from kg.model import Article, trim_space

# ", <Agency> has learnt from <source>." with the agency's name in one to three capitalised
# words ("Kazinform", "Kazinform News Agency").
_LEARNED = re.compile(
    r", (?P<agency>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) (?P<cue>(?:has |have )?(?:learnt|learned)"
    r" from|reports? with reference to) (?P<source>[^.;:\n\"“”]+)"
)


def learned_from(doc: Doc, article: Article, actors: ActorIndex) -> list[Found]:
    """The reports an agency says it had from a named source (module docstring)."""
    text = article.text
    out: list[Found] = []
    for m in _LEARNED.finditer(text):
        if in_noise(article, m.start(), m.end()):
            continue
        speaker = actors.at(*m.span("source"))
        if speaker is None:
            continue
        span = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if span is None:
            continue
        sent = span[0].sent
        if sent.start_char >= m.start():
            continue
        cs, ce = trim_space(text, sent.start_char, m.start())
        out.append(
            Found(
                speaker=speaker,
                speaker_span=trim_space(text, *m.span("source")),
                cue=(m.start("agency"), m.end("cue")),
                content=(cs, ce),
                kind="indirect",
                sent=(sent.start_char, sent.end_char),
            )
        )
    return out

"""Wire-copy furniture: datelines, bylines, agency credits and outlets, which name places and
writers, not actors of the story ("ISLAMABAD:", "By Jane Doe", "(Example News) --").

Split from `acting` (which decides who acts) because these read the raw text and its lines,
not the parse's roles.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from kg.extract.roles import BODY_WORDS

# Paragraph openings that say where a story was filed or who wrote it, not who acts in it:
# "ISLAMABAD:", "Luanda —", "UNITED NATIONS, July 27 (Xinhua) --", "By Jane Doe"; a wire
# credit may carry the date and run straight into the text ("PARIS (Example News - 3rd May,
# 2020) The ..."), and a byline may hold an initial ("By Jane Q Doe").
_DATELINE = re.compile(
    r"(?m)^(?:(?P<place>[A-Z][A-Z.’'/ -]+[A-Z.]|[A-Z][\w’'.-]+(?:[ /][A-Z][\w’'.-]+){0,2})"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\((?P<wire>[^)\n]{1,60})\))?"
    r"(?:\s*[—–]\s|\s+--?\s|(?<=[A-Z.]):\s|(?<=\))[ \t]+(?=[A-Z]))"
    r"|[Bb]y (?P<by>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]*){0,3})\s*$)"
)


def wire_names(text: str) -> set[str]:
    """The names of the wire services datelines credit ("UrduPoint News / Sputnik" in
    "MOSCOW (UrduPoint News / Sputnik) –"): the outlets named there report the story wherever
    else the text names them ("told Sputnik"). (A wire is only ever read after a place.)"""
    return {
        piece.strip()
        for m in _DATELINE.finditer(text)
        if m.start() > 0 and m.group("wire")
        for piece in re.split(r"[/,;]|\s[-–—]\s", m.group("wire"))
    }


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where paragraph-opening datelines and bylines name a place or a writer, and the wire
    service a dateline credits ("MOSCOW (Sputnik) –"), each place before its wire."""
    out: list[tuple[int, int]] = []
    for m in _DATELINE.finditer(text):
        if m.start() == 0:
            continue  # the title line
        group = "place" if m.group("place") else "by"
        out.append((m.start(group), m.end(group)))
        if m.group("wire"):
            out.append((m.start("wire"), m.end("wire")))
    return out


# Credits of the people who wrote, reported or edited the story: "(Reporting by Jane Doe;
# Editing by John Roe)", "Additional reporting by ...", "Contributing: A, B and C", also after
# a dash ("— Reporting by ..."), the "by" capitalised or not ("Reporting By ..."). A wire
# story's bracket may list a dozen writers and editors, so it may run to 600 characters; it
# opens with a credit and holds no other bracket.
_CREDIT = re.compile(
    r"\((?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) [Bb]y "
    r"[^()\n]{1,600}\)"
    r"|(?m:^[ \t]*(?:[—–-]+[ \t]*)?"
    r"(?:[Aa]dditional [Rr]eporting [Bb]y|[Rr]eporting [Bb]y|[Ww]riting [Bb]y|[Ee]diting [Bb]y"
    r"|[Cc]ontributing(?: reporters?| writers?)?:|[Cc]ontributors?:)[^\n]{1,200}$)"
)


# A byline of its own line: "By" and the writers' names, joined by "and" or commas, with what
# a byline may add (the outlet, a web address, "Staff", the time it was updated). A line of
# prose that opens with "By" ("By Friday, the talks had ...") has other lower-case words.
# The "By" may follow the date the story was filed ("[May 3, 2021]  By Jane Doe"); a wire
# story may close on its byline in brackets ("(By Jane Doe and John Roe)").
_BYLINE = re.compile(
    r"(?m)^[ \t]*(?:(?:\[[^\]\n]{4,40}\]|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})[ \t]+)?"
    r"(?:[Bb]y (?=[A-Z]|our )([^\n]{1,120})|\([Bb]y (?=[A-Z])([^()\n]{1,120})\)[ \t]*)$"
)
# A byline without the "By": a line of two or more writers' full names and nothing else
# ("Jane Doe, John Roe and Ann Poe"), straight under the title or over the first paragraph
# of prose. A name here is two to four capitalised words; one-word names, verbs and any
# other word make it a line of the story (a deck, a heading).
_NAME = r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}"
_NAMES_LINE = re.compile(rf"{_NAME}(?:, {_NAME})*,? and {_NAME}|{_NAME}(?:, {_NAME})+")
_BYLINE_WORDS = {
    "and",
    "of",
    "the",
    "our",
    "in",
    "at",
    "staff",
    "editors",
    "editor",
    "reporters",
    "reporter",
    "correspondent",
    "updated",
    "published",
    "last",
    "am",
    "pm",
}
# "... was still united. Reporting by Jane Doe in Sydney": a credit after the story's last
# sentence on the same line.
_CREDIT_AFTER = re.compile(r"(?<=[.!?\"”] )(?:[Aa]dditional )?[Rr]eporting by [^\n]{1,200}$", re.M)


def _byline(line: str) -> bool:
    """Whether the words after a line's opening "By" only name writers (`_BYLINE`)."""
    words = re.findall(r"[^\W\d_][\w’'.-]*|[\w.-]+\.[a-z]{2,}", line)
    return all(w[0].isupper() or w.lower() in _BYLINE_WORDS or "." in w.strip(".") for w in words)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where the story's own writers, reporters and editors are credited: credit lines, bylines
    (never the title line) and a credit after the last sentence."""
    out = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    out += [(m.start(), m.end()) for m in _CREDIT_AFTER.finditer(text)]
    out += [
        (m.start(), m.end())
        for m in _BYLINE.finditer(text)
        if m.start() > 0 and _byline(m[1] or m[2])
    ]
    names = _names_byline(text)
    if names:
        out.append(names)
    return out


def _names_byline(text: str) -> tuple[int, int] | None:
    """Where a line of writers' names alone stands between the title and the first paragraph
    of prose (`_NAMES_LINE`): only the line right under the title, or the line right over
    the first line that ends a sentence, may be one."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m[0].strip()]
    prose = next((i for i, m in enumerate(lines) if re.search(r"[.!?\"”)]\s*$", m[0])), None)
    at = {1} if prose is None else {1, prose - 1}
    for i in sorted(at):
        if 0 < i < len(lines) and (prose is None or i < prose):
            m = lines[i]
            line = m[0].strip()
            if _NAMES_LINE.fullmatch(line) and _byline(line):
                return m.start(), m.end()
    return None


def names_outlet(ent: SpacySpan) -> bool:
    """ "the Tass news agency", "Example Press Agency": an outlet by what it is called."""
    words = [t.lower_ for t in ent] + [ent.root.head.lower_]
    return (
        "agency" in words
        and ("news" in words or "press" in words)
        or ent.root.head.lower_
        in (
            "agency",
            "newspaper",
            "daily",
            "broadcaster",
        )
        and ent.root.dep_ == "compound"
    )


def reports_story(ent: SpacySpan) -> bool:
    """ "..., Harbor Daily reported.": an organisation's name that only credits the report the
    sentence before it retells (the verb comes after its reported clause and has no object)."""
    verb = ent.root.head
    if ent.label_ != "ORG" or ent.root.dep_ != "nsubj" or verb.lemma_ != "report":
        return False
    kids = list(verb.children)
    told_before = any(c.dep_ == "ccomp" and c.i < ent.start for c in kids)
    if not told_before or any(c.dep_ in ("dobj", "attr") for c in kids):
        return False
    return not any(t.lower_ in BODY_WORDS for t in ent)


# Nouns for the outlet a report is credited to ("according to the local publication X").
_MEDIA_NOUNS = {
    "publication",
    "newspaper",
    "outlet",
    "website",
    "portal",
    "agency",
    "channel",
    "broadcaster",
    "daily",
    "media",
}
_QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def cites_report(ent: SpacySpan) -> bool:
    """A name the story credits a report to: "citing X", "as reported by X", "according to
    the local publication X", "X reports that ...". (A body's name is no outlet's: "the
    ministry reported that" is the body's own statement; nor a person's full name.)"""
    if ent.label_ not in ("ORG", "PERSON") or (ent.label_ == "PERSON" and len(ent) > 1):
        return False
    if any(t.lower_ in BODY_WORDS for t in ent):
        return False
    doc = ent.doc
    before = [t for t in doc[max(ent.start - 6, 0) : ent.start] if t.text not in _QUOTE_MARKS]
    words = [t.lower_ for t in before if t.lower_ != "the"]
    if words and words[-1] == "citing" or words[-2:] == ["reported", "by"]:
        return True
    if "according" in words[-6:-1] and words and words[-1] in _MEDIA_NOUNS:
        return True
    verb = ent.root.head
    return (
        ent.root.dep_ == "nsubj"
        and verb.lemma_ == "report"
        and verb.i > ent.root.i
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        and not any(c.dep_ in ("dobj", "dative") or c.lower_ == "to" for c in verb.children)
    )

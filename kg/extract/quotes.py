"""Wire-copy conventions for quotations whose attribution is not in their own sentence."""

from __future__ import annotations

import re
from collections.abc import Collection


def whole_paragraph(text: str, opens: int, closes: int) -> bool:
    """Whether the quotation from `opens` to `closes` (its marks) is a paragraph by itself."""
    start = text.rfind("\n", 0, opens) + 1
    end = text.find("\n", closes)
    return (
        not text[start:opens].strip() and not text[closes : len(text) if end < 0 else end].strip()
    )


def goes_on_after_narration(text: str, gap: tuple[int, int], opens: int, closes: int) -> bool:
    """A quoted paragraph with no attribution of its own, after a paragraph whose quotation
    was attributed and which then goes on with a line of narration (`"A," the ministry said.
    The two had met in May.` then `"B."`): wire copy keeps the last quoted speaker for it.
    The narration must stay in that paragraph and hold no quotation of another's words."""
    words = text[gap[0] : gap[1]]
    body = words.strip()
    return (
        whole_paragraph(text, opens, closes)
        and "\n" not in body
        and not any(q in body for q in '"“”«»')
        and body.count(". ") == 0
    )


def mid_clause_comma(lead: str, rest: str, quote_verbs: Collection[str]) -> bool:
    """Whether a quotation is a phrase set off by commas inside a clause (`residents of the
    region, "evacuated by the army," have returned`), not words the verb before the comma
    introduces (`He said, "..."`): `lead` is the text before its opening mark, `rest` the text
    from its first word on; the clause goes on after the phrase's closing comma."""
    if not lead.endswith(","):
        return False
    words = lead[:-1].split()
    if not words or words[-1].lower().strip("\"'”’") in quote_verbs:
        return False
    close = min((k for k in (rest.find(c) for c in '"”»') if k >= 0), default=-1)
    return close > 0 and rest[:close].rstrip().endswith(",")


def quote_close(text: str, qe: int) -> int:
    """Just past a quotation's closing mark (an unclosed one ends with its paragraph)."""
    if text.startswith("''", qe):
        return qe + 2
    return qe + 1 if qe < len(text) else qe


def quote_open(text: str, qs: int) -> int:
    """Where a quotation's opening mark starts."""
    return qs - 2 if qs >= 2 and text[qs - 2 : qs] == "''" else qs - 1


def mark_before(text: str, pos: int) -> int:
    """Where the last character before `pos` that is not a space or line break is; -1 if none."""
    k = pos - 1
    while k >= 0 and text[k] in " \xa0\n":
        k -= 1
    return k


def opens_sentence(text: str, pos: int) -> bool:
    k = mark_before(text, pos)
    return k < 0 or text[k] in '.?!”"’' or "\n" in text[k:pos]


def colon_before(text: str, pos: int) -> bool:
    k = mark_before(text, pos)
    return k >= 0 and text[k] == ":"


def blank(text: str, start: int, end: int) -> bool:
    return start <= end and not text[start:end].strip()


# A channel or publication named before a quotation: "on NBC's", "in the", "on".
_TITLE_LEAD = re.compile(r"\b(?:on|in|with)\s+(?:the\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?$")
_SMALL_WORDS = {"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "with"}


def title_quoted(text: str, opens: int, qs: int, qe: int) -> bool:
    """Whether a quotation is the title of a show or publication (`said on NBC's "Meet the
    Press"`, `an interview with "Fox News Sunday"`): a few capitalised words after `on`, `in`
    or `with`."""
    words = text[qs:qe].strip(" .,").split()
    if not words or len(words) > 6 or not _TITLE_LEAD.search(text[max(0, opens - 40) : opens]):
        return False
    return (
        all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][:1].isupper()
    )

"""The year an event word's own phrase gives it, before or after the word: "the 2015
airstrikes", "the agreements signed between the two countries 2012". Such a year tells an
occurrence apart from others of its kind, the story's own among them."""

from __future__ import annotations

import re

from kg.extract.event_mention import Mention
from kg.extract.timex import MONTHS
from kg.model import PartialDate

# "the 2015 airstrikes", "Russia's 2022 invasion", "a 2006 suicide attack": a year that
# modifies the event noun dates it (after a determiner or a possessive, so that a count such as
# "killed 2015 people" is no date).
YEAR_MODIFIER_RE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her)|'s)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$", re.I
)

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "a series of meetings hosted by the government since April 2021", "the ceasefire of 2003": a
# year closing the event word's phrase, a few words on and no comma between. A year followed by
# a noun modifies that noun ("talks on the 2015 deal"), so it must end the phrase.
YEAR_AFTER_RE = re.compile(
    r"^\s+((?:[\w-]+\s+){0,5}?)(?:in\s+|since\s+|of\s+)?(?:(" + _MONTH + r")\s+)?"
    r"((?:19|20)\d\d)(?=\s*(?:[.,;:)\]\"”’]|$|(?:and|but|which|that|when|as)\b))",
    re.I,
)
# "the first talks since 2012", "the largest attack since 2019": a year a superlative compares
# the occurrence with is not its date.
COMPARED_RE = re.compile(r"\b(?:first|last|only|\w+est)\b", re.I)
# The word after the event word goes on with its own phrase ("meetings hosted by", "talks
# between"); another noun ("a ceasefire agreement in 2021") heads a phrase of its own.
PHRASE_GOES_ON_RE = re.compile(r"(?:in|since|of|between|with|by|at|on|to|from|\w+ed)\s", re.I)


def year_modifier(text: str, m: Mention) -> PartialDate | None:
    """The year a nominal event word carries as its modifier, which tells the occurrence apart
    from others of its kind ("revenge for the 2015 airstrikes" is not the story's attack)."""
    found = YEAR_MODIFIER_RE.search(text, max(m.sent[0], m.trigger[0] - 60), m.trigger[0])
    return PartialDate(month=None, day=None, year=int(found[1])) if found else None


def year_after(text: str, m: Mention) -> PartialDate | None:
    """The year (and month) that closes the event word's own phrase."""
    found = YEAR_AFTER_RE.search(text[m.trigger[1] : m.sent[1]])
    if found is None:
        return None
    before = " ".join(text[m.sent[0] : m.trigger[0]].split()[-2:])  # "the first talks"
    if COMPARED_RE.search(found[1]) or COMPARED_RE.search(before):
        return None
    if found[1] and not PHRASE_GOES_ON_RE.match(found[1]):
        return None
    month = MONTHS[found[2].lower()] if found[2] else None
    return PartialDate(month=month, day=None, year=int(found[3]))

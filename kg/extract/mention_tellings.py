"""How a mention of an event is told, for telling two mentions apart or together
(`event_coref`): in sequence with another, as arranged, as going on again, only as planned,
or as done."""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.event_mention import Mention


def in_sequence(a: Mention, b: Mention) -> bool:
    """`a` happens before, after or beside `b`, by a phrase of sequence or setting on `b`'s
    word or on the verb that has `b` for its subject or object ("held talks on the sidelines
    of the summit", "the meeting was held after the round")."""
    if not b.path or a.sequel_of is None or a.sent != b.sent:
        return False
    if a.sequel_of in b.path[:2]:
        return True
    # The phrase of sequence may hang lower than `b`'s word ("convened with the envoy ahead
    # of her talks", parsed on the envoy): `b`'s word still governs it when it lies on `a`'s
    # path above the token the phrase hangs on.
    if a.sequel_of not in a.path:
        return False
    return b.path[0] in a.path[a.path.index(a.sequel_of) :]


def arranged(m: Mention) -> bool:
    """Told as arranged, called off or put off ("next week's G20 meeting"): an occurrence the
    text commits to, with or without named parties."""
    return m.explicit_status and m.status != "held"


# "to continue negotiations", "talks ... will resume": the occurrence goes on after one told.
CONTINUE_BEFORE_RE = re.compile(r"\b(?:continu|resum)\w*\s+(?:[\w-]+\s+){0,3}$", re.I)
CONTINUE_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,6}?(?:will|would|to|should)\s+(?:\w+\s+)?(?:continue|resume)\b", re.I
)


def continued(text: str, m: Mention) -> bool:
    """The mention is told as going on again, after an occurrence told before."""
    before = text[max(m.sent[0], m.trigger[0] - 40) : m.trigger[0]]
    after = text[m.trigger[1] : min(m.sent[1], m.trigger[1] + 60)]
    return bool(CONTINUE_BEFORE_RE.search(before) or CONTINUE_AFTER_RE.search(after))


def told_planned(g: list[Mention], published: dt.date | None) -> bool:
    """The group is told only as planned: a word of plans, no past telling, and no day of its
    own on or before the day of publication (a day already passed is one that took place)."""
    if not any(x.explicit_status and x.status == "planned" for x in g):
        return False
    if any(done(x) for x in g):
        return False
    days = [x.date.as_date() for x in g if x.date]
    return published is None or not any(d is not None and d <= published for d in days)


def done(m: Mention) -> bool:
    """Told as having happened: a past tense and no word of plans, postponement or cancelling."""
    return m.past and not m.explicit_status

"""How often annotators took a verb form for an attribution cue: a lexicon learned from PolNeAR.

Input: a verb token's lower-cased form and lemma. Output: whether it is rarely a cue. The
counts are in `cue_rates.json` (by form and by lemma: -> [uses inside a cue span, uses as a
verb]), written by
`bench/cue_rates.py` from PolNeAR's train split (networkdynamics/PolNeAR; only counts are
shipped, no text). Read by the readers that take any verb as a cue, so that a verb news uses
for a deed ("traveled to", "providing airstrikes", "voted a resolution") is not a statement
because a person is its subject.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

RATES_PATH = Path(__file__).with_name("cue_rates.json")
# A form must be seen this often for its rate to mean anything; rarer forms are not judged
# (PolNeAR's unread attributions are mostly verbs seen once or twice: "likened", "sings").
MIN_USES = 12
# Dropping candidates right less often than half the reader's F-measure raises it (PolNeAR
# content match is about 0.77). A verb the cue-agnostic reader takes (a main verb, a person as
# subject, a complement) is a cue more often than its rate over all uses: on PolNeAR's tuning
# split the forms under 0.2 were right 8 times in 26 there, under 0.4 19 in 41 (too many).
RARE = 0.2
# Under the project's guidelines (`KG_STATEMENT_SCOPE=speech`) the cue-agnostic readers keep
# only verbs with evidence of reporting words: seen at least `SEEN` times (the least the table
# holds) and a cue in at least `OFTEN` of those uses. Chosen on the tuning sets (silver, silver3,
# silver4, realnews tune): 0.15 and 0.3 kept fewer right statements than 0.25.
OFTEN = 0.25
SEEN = 8


@cache
def _rates(table: str) -> dict[str, tuple[int, int]]:
    data = json.loads(RATES_PATH.read_text(encoding="utf-8"))[table]
    return {word: (int(c), int(n)) for word, (c, n) in data.items()}


def _counts(form: str, lemma: str | None, least: int) -> tuple[int, int] | None:
    """A form's counts, or its lemma's when the form was seen under `least` times."""
    counts = _rates("forms").get(form)
    if (counts is None or counts[1] < least) and lemma is not None:
        counts = _rates("lemmas").get(lemma, counts)
    return counts


def _often(counts: tuple[int, int]) -> bool:
    """Whether counts of (cues, uses) were seen at least `SEEN` times, a cue in at least
    `OFTEN` of them."""
    cues, uses = counts
    return uses >= SEEN and cues >= OFTEN * uses


def lemma_often_cue(lemma: str) -> bool:
    """`often_cue` by the lemma's forms together only: a single form's rate is sparse."""
    counts = _rates("lemmas").get(lemma)
    return counts is not None and _often(counts)


def often_cue(form: str, lemma: str) -> bool:
    """Whether annotators marked the verb as a cue in at least `OFTEN` of its uses, seen at
    least `SEEN` times (by form, or by its lemma's forms together when the form was seen
    less): evidence that news uses it to report words. A verb never seen that often has none
    ("sugarcoated", "shunned")."""
    counts = _counts(form, lemma, SEEN)
    return counts is not None and _often(counts)


def rarely_cue(form: str, lemma: str | None = None) -> bool:
    """Whether annotators marked `form` (lower-cased) as a cue in under `RARE` of its uses;
    a form seen too seldom to judge is judged by its `lemma`'s uses, all forms together, at
    half the rate ("purchased", "united": the verbs "purchase" and "unite" are seldom cues;
    not "comparing": "compared with" in numbers makes "compare" look rarer than it is)."""
    counts = _rates("forms").get(form)
    if counts is not None and counts[1] >= MIN_USES:
        return counts[0] < RARE * counts[1]
    counts = _rates("lemmas").get(lemma) if lemma is not None else None
    return counts is not None and counts[1] >= MIN_USES and counts[0] < RARE / 2 * counts[1]

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


@cache
def _rates(table: str) -> dict[str, tuple[int, int]]:
    data = json.loads(RATES_PATH.read_text(encoding="utf-8"))[table]
    return {word: (int(c), int(n)) for word, (c, n) in data.items()}


def rarely_cue(form: str, lemma: str | None = None) -> bool:
    """Whether annotators marked `form` (lower-cased) as a cue in under `RARE` of its uses;
    a form seen too seldom to judge is judged by its `lemma`'s uses, all forms together
    ("purchased", "united": the verbs "purchase" and "unite" are seldom cues)."""
    counts = _rates("forms").get(form)
    if (counts is None or counts[1] < MIN_USES) and lemma is not None:
        counts = _rates("lemmas").get(lemma, counts)
    if counts is None:
        return False
    cues, uses = counts
    return uses >= MIN_USES and cues < RARE * uses

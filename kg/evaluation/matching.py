"""The matching rules of the evaluation README: names, contents, one-to-one assignment, P/R/F1.

Everything here is pure and small so that the rules can be unit-tested on hand-made cases.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

P = TypeVar("P")
G = TypeVar("G")

# Honorifics and positions written before names. Longest first, so that "prime minister" goes
# before "minister" can leave "prime" behind.
TITLES: tuple[str, ...] = tuple(
    sorted(
        {
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "president",
            "vice president",
            "prime minister",
            "deputy prime minister",
            "minister",
            "foreign minister",
            "defense minister",
            "defence minister",
            "secretary",
            "secretary of state",
            "secretary general",
            "secretary-general",
            "chancellor",
            "senator",
            "sen",
            "rep",
            "representative",
            "congressman",
            "congresswoman",
            "governor",
            "gov",
            "mayor",
            "ambassador",
            "general",
            "gen",
            "colonel",
            "col",
            "admiral",
            "adm",
            "lt",
            "sgt",
            "captain",
            "capt",
            "commander",
            "king",
            "queen",
            "prince",
            "princess",
            "sheikh",
            "pope",
            "cardinal",
            "rev",
            "reverend",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "judge",
            "justice",
            "speaker",
            "leader",
            "chairman",
            "chairwoman",
            "envoy",
            "special envoy",
            # Further offices written before names in news copy ("Attorney General Eric
            # Schneiderman", "Del. Stacey Plaskett", "Sens. Tester and Vitter"), and the words
            # that date an office ("former President Bill Clinton", "acting", "then-Gov."):
            # the README strips titles, whichever they are.
            "attorney general",
            "press secretary",
            "chief justice",
            "chief of staff",
            "chief executive",
            "del",
            "delegate",
            "sens",
            "reps",
            "commissioner",
            "lieutenant governor",
            "lt gov",
            "majority leader",
            "minority leader",
            "house speaker",
            "assemblyman",
            "assemblywoman",
            "councilman",
            "councilwoman",
            "first lady",
            "crown prince",
            "emir",
            "president elect",
            "rabbi",
            "bishop",
            "archbishop",
            "former",
            "acting",
            "then",
            "interim",
            "deputy",
            # A leading article is how names sit in running text ("the Kremlin"), not part of
            # the name; PolNeAR sources keep it ("The Post"), gold names do not.
            "the",
        },
        key=lambda t: (-len(t), t),
    )
)
_TITLE_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in TITLES) + r")\s+)+")
_POSSESSIVE = re.compile(r"['’]s\b")
_APOSTROPHE = re.compile(r"(?<=\w)['’‘`](?=\w)")
_NON_WORD = re.compile(r"[^\w\s]|_")
_QUOTES = "\"'“”‘’«»„‟‚‛`"
_FINAL_PUNCT = ".,;:!?…"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def normalize_name(name: str) -> str:
    """Case-folded name without titles, punctuation and extra white space."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _POSSESSIVE.sub("", text)
    # Inside a word an apostrophe joins ("O’Neill" is one surname), whichever glyph is used.
    text = _APOSTROPHE.sub("", text)
    # Hyphens join titles ("secretary-general") and names ("Al-Assad"): both read as spaces.
    text = _NON_WORD.sub(" ", text)
    text = " ".join(text.split())
    stripped = _TITLE_RE.sub("", text + " ").strip()
    # A bare title ("the President") stays as it is rather than becoming an empty name.
    return stripped or text


def surname(normalized: str) -> str:
    parts = normalized.split()
    return parts[-1] if parts else ""


def name_score(
    predicted: str, canonical: str, aliases: Iterable[str] = (), person: bool = False
) -> int:
    """How well a predicted name matches a gold actor: 3 canonical, 2 alias, 1 surname, 0 none.

    The grades only order the candidates of the one-to-one assignment; any grade above 0 is a
    match under the README rule.
    """
    pred = normalize_name(predicted)
    if not pred:
        return 0
    gold = normalize_name(canonical)
    if pred == gold:
        return 3
    if any(pred == normalize_name(a) for a in aliases):
        return 2
    if person and (_surname_in(pred, gold, predicted) or _surname_in(gold, pred, canonical)):
        return 1
    return 0


# Particles that begin a surname of several words ("Van Hollen", "al-Rishq").
_PARTICLES = {
    "van",
    "von",
    "de",
    "del",
    "della",
    "da",
    "di",
    "du",
    "le",
    "la",
    "al",
    "el",
    "bin",
    "ibn",
    "abu",
}


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _surname_in(short: str, full: str, raw: str) -> bool:
    """Whether `short` (normalized from `raw`) is the surname of the longer name `full`: its
    last word, or its last words for a hyphenated surname or one with a particle
    (`Holtz-Eakin`, `Van Hollen`), never a whole name inside a longer phrase."""
    words, whole = short.split(), full.split()
    # A generational suffix follows the surname ("John G. Roberts Jr."): Roberts is his surname.
    while len(whole) > 2 and whole[-1] in _SUFFIXES:
        whole = whole[:-1]
    if not 0 < len(words) < len(whole) or whole[-len(words) :] != words:
        return False
    hyphenated = raw.split()[-1].count("-") + 1 if raw.split() else 1
    return (
        len(words) == 1 or len(words) <= hyphenated or (len(words) == 2 and words[0] in _PARTICLES)
    )


def names_match(
    predicted: str | None, canonical: str | None, aliases: Iterable[str] = (), person: bool = False
) -> bool:
    """README name rule; two absent names (no mediator on either side) agree."""
    if predicted is None or canonical is None:
        return predicted is None and canonical is None
    return name_score(predicted, canonical, aliases, person) > 0


# --- contents -------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


def token_f1(predicted: str, gold: str) -> float:
    """Bag-of-words F1 between two contents (SQuAD style)."""
    p, g = Counter(tokens(predicted)), Counter(tokens(gold))
    common = sum((p & g).values())
    if common == 0:
        return 0.0
    precision = common / sum(p.values())
    recall = common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def trim_content(text: str) -> str:
    """Content without surrounding quotes and spaces and without final punctuation."""
    prev = None
    while prev != text:
        prev = text
        text = text.strip().strip(_QUOTES).rstrip(_FINAL_PUNCT)
    return text


def contents_equal(predicted: str, gold: str) -> bool:
    return trim_content(predicted) == trim_content(gold)


def dates_agree(predicted: str | None, gold: str | None, month_day: bool = False) -> bool:
    """Equal ISO dates; with `month_day`, a yearless `--MM-DD` agrees with any year's MM-DD."""
    if predicted == gold:
        return True
    if not month_day or predicted is None or gold is None:
        return False
    return predicted.startswith("--") and gold[-6:] == predicted[1:]


# --- one-to-one assignment ------------------------------------------------------------------


def max_weight_assignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Pairs (row, column) of a maximum-weight one-to-one assignment; zero weights never pair.

    The Hungarian algorithm (Kuhn-Munkres, O(n^3)) on a square matrix padded with zeros: exact,
    and without scipy, which the project does not depend on.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    n = max(rows, cols)
    if n == 0:
        return []
    top = max((w for row in weights for w in row), default=0.0)
    # Minimise cost = top - weight; padding cells cost `top` like a zero-weight pair.
    cost = [
        [top - (weights[i][j] if i < rows and j < cols else 0.0) for j in range(n)]
        for i in range(n)
    ]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    match_col = [0] * (n + 1)  # match_col[j] = row (1-based) assigned to column j
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        match_col[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = match_col[j0]
            delta = inf
            j1 = 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j] = cur
                    way[j] = j0
                if minv[j] < delta:
                    delta = minv[j]
                    j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[match_col[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match_col[j0] == 0:
                break
        while True:
            j1 = way[j0]
            match_col[j0] = match_col[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, n + 1):
        i = match_col[j] - 1
        if i < rows and j - 1 < cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return sorted(pairs)


# A valid pair is worth more than any quality difference, so the assignment first maximises the
# number of pairs and only then their quality.
PAIR_BONUS = 1000.0


def match_one_to_one(
    predicted: Sequence[P], gold: Sequence[G], quality: Callable[[P, G], float | None]
) -> list[tuple[int, int]]:
    """Index pairs of a one-to-one matching; `quality` is None for pairs that cannot match."""
    weights = []
    for p in predicted:
        row = []
        for g in gold:
            q = quality(p, g)
            row.append(0.0 if q is None else PAIR_BONUS + q)
        weights.append(row)
    return max_weight_assignment(weights)


# --- scores ---------------------------------------------------------------------------------


@dataclass
class PRF:
    """Counts of one matching; precision, recall and F1 follow (0 when undefined)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def count(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, float | int | None]:
        value = self.value
        return {
            "accuracy": None if value is None else round(value, 4),
            "correct": self.correct,
            "total": self.total,
        }


Metric = PRF | Accuracy | int
# One article's (or a whole run's) numbers by name, e.g. "actors", "statements.kind".
Sheet = dict[str, Metric]


def merge_sheets(total: Sheet, part: Sheet) -> None:
    """Add `part` into `total`: counts add up, so overall scores are micro-averages."""
    for name, metric in part.items():
        have = total.get(name)
        if have is None:
            total[name] = type(metric)() if not isinstance(metric, int) else 0
            have = total[name]
        if isinstance(have, PRF) and isinstance(metric, PRF):
            have.add(metric)
        elif isinstance(have, Accuracy) and isinstance(metric, Accuracy):
            have.add(metric)
        elif isinstance(have, int) and isinstance(metric, int):
            total[name] = have + metric
        else:
            raise TypeError(f"metric {name!r} changes kind between articles")


def sheet_dict(sheet: Sheet) -> dict[str, object]:
    return {
        name: metric if isinstance(metric, int) else metric.as_dict()
        for name, metric in sheet.items()
    }

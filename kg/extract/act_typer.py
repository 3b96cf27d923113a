"""A learned PLOVER typer: the act of a sentence in which the rules typed none (issue 15).

The lexicon (`act_lexicon`) names acts by verb classes written from the CAMEO definitions; a
sentence whose act it does not name ("reached a consensus to exchange information", "is ready
to contribute troops", "a camp was attacked by militiamen") stays untyped. This model reads
such a sentence's main clause (below a verb of reporting: "..., officials said") and gives a
PLOVER type or `NONE`. It is a multinomial logistic regression over cheap parse features: the
head verb's lemma, its particle, object, `to` complement and prepositional objects, its voice,
negation and modality, and the nouns the clause governs.

Weights: `act_typer.json`, trained by `bench/train_act_typer.py` on the PLOVER gold-standard
records (types) and untyped news sentences (`NONE`); see README "Learned PLOVER typer". The
model only backs off from the rules: where the rules type an act, or read the head verb and
declined it (a decision alone, a possibility), it is never asked (`actions._learned_acts`).
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from kg.extract.act_lexicon import OBJECT_ACTS, VERBS, verb_act
from kg.extract.linear_weights import weights_file
from kg.nlp import tokens

log = logging.getLogger(__name__)
# Its KG_* variable and default; the pipeline records it in the extractor's name when set.
SETTING = ("ACT_TYPER", "on")

WEIGHTS_PATH = Path(__file__).with_name("act_typer.json")
NONE = "NONE"
# Verbs that report an act rather than do one: "..., officials said", "X reported that ...".
REPORTING = frozenset(
    """say tell report add claim quote confirm state announce according note write
    disclose reveal indicate""".split()
)
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "acomp", "dative"})


# Nouns that name an act themselves ("riots", "a hunger strike", "the offensive"): the
# objects of the light verbs (`stage a protest`, `launch an offensive`) and the verbs' lemmas.
NOUN_ACTS = {**VERBS, **OBJECT_ACTS["launch"], **OBJECT_ACTS["join"]}


def head_of(sent: Span) -> Token:
    """The main clause's verb: the root, or below a verb of reporting the clause it reports
    ("Liberia agreed ..., officials said": `agreed`)."""
    head = sent.root
    for _ in range(2):
        if head.lemma_.lower() not in REPORTING:
            break
        below = [
            c
            for c in head.children
            if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")
        ]
        if not below:
            break
        head = below[0]
    return head


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def features(sent: Span) -> list[str]:
    """The clause features the model weighs (names, not counts)."""
    head = head_of(sent)
    lemma = _lemma(head)
    out = ["bias", f"h={lemma}", f"hpos={head.pos_}"]
    for c in head.children:
        dep = c.dep_
        if dep == "prt":
            out.append(f"h={lemma}_{c.lower_}")
        elif dep in ARGUMENT_DEPS:
            out.append(f"obj={_lemma(c)}")
            out.append(f"h+obj={lemma}+{_lemma(c)}")
            if dep == "nsubjpass":
                out.append("passive")
        elif dep == "neg":
            out.append("neg")
        elif dep in ("aux", "auxpass") and c.lower_ in ("will", "would", "may", "could", "might"):
            out.append("modal")
        elif dep in ("xcomp", "ccomp", "advcl") and c.pos_ == "VERB":
            out.append(f"{dep}={_lemma(c)}")
            out.append(f"h+{dep}={lemma}+{_lemma(c)}")
            out.extend(f"{dep}.obj={_lemma(o)}" for o in c.children if o.dep_ in ARGUMENT_DEPS)
        elif dep == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(f"prep={c.lower_}+{_lemma(p)}")
                    out.append(f"pobj={_lemma(p)}")
        elif dep == "agent":
            out.append("agent")
    # What the lexicon reads in the clause whatever the rules' gates (tense, mood, doer)
    # decided: the acts the rules considered, for the model to choose among.
    clause = {t.i for t in head.subtree}
    bag: list[str] = []  # (after the lexicon's acts, as the model was fit)
    # One pass over the clause's words, each made once (`tokens`): the sentence's Token
    # objects were made anew for each of two walks.
    for t in tokens(sent.doc)[sent.start : sent.end]:
        if t.i not in clause:
            continue
        pos = t.pos_
        if pos == "VERB":
            act = verb_act(t)
            if act is not None:
                out.append(f"lex={act}")
                if t.i == head.i:
                    out.append(f"lexhead={act}")
        elif pos == "NOUN" and _lemma(t) in NOUN_ACTS:
            out.append(f"noun={NOUN_ACTS[_lemma(t)]}")
        # Words of the clause (not of the report around it), as a bag.
        if pos in CONTENT_POS and t.i != head.i and not t.is_stop:
            bag.append(f"w={_lemma(t)}")
    out.extend(bag)
    return out


@dataclass
class Model:
    classes: list[str]
    weights: dict[str, dict[str, float]]  # class -> feature -> weight
    threshold: float  # least probability of a type (not NONE) to be given

    def __post_init__(self) -> None:
        # Feature -> its weights by class position: a sentence has a few dozen features, the
        # model many thousand, so scores are summed from the features' side, into a list
        # (each class's weights added in the features' order, as a sum by name would).
        self._order = list(dict.fromkeys(self.classes))
        at = {c: i for i, c in enumerate(self._order)}
        self._by_feature: dict[str, list[tuple[int, float]]] = {}
        for c, row in self.weights.items():
            if c not in at:
                continue  # (a class the model does not give)
            for f, w in row.items():
                self._by_feature.setdefault(f, []).append((at[c], w))

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        scores = [0.0] * len(self._order)
        by_feature = self._by_feature
        for f in feats:
            for i, w in by_feature.get(f, ()):
                scores[i] += w
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: v / total for c, v in zip(self._order, exp, strict=True)}

    def predict(self, feats: list[str]) -> tuple[str, float]:
        probs = self.probabilities(feats)
        best = max(probs, key=lambda c: probs[c])
        return best, probs[best]

    def type_of(self, sent: Span) -> str | None:
        """The PLOVER type of the sentence's act, or None (NONE or below the threshold)."""
        best, prob = self.predict(features(sent))
        return None if best == NONE or prob < self.threshold else best


def read_model(path: Path) -> Model:
    body = json.loads(path.read_text(encoding="utf-8"))
    return Model(
        classes=list(body["classes"]),
        weights={c: dict(w) for c, w in body["weights"].items()},
        threshold=float(body["threshold"]),
    )


@cache
def load_model() -> Model | None:
    """`KG_ACT_TYPER`: `on` (default) loads the shipped weights, `off` none, else a path."""
    path = weights_file(SETTING, WEIGHTS_PATH, "act typer", "rules only")
    return None if path is None else read_model(path)

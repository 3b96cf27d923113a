"""Count how often each verb form is an attribution cue in PolNeAR's train split, for the
statement readers that take any verb as a cue (`kg/extract/cue_rates.py`).

    .venv/bin/python bench/cue_rates.py            # writes kg/extract/cue_rates.json

Data: PolNeAR (networkdynamics/PolNeAR) train split, `../shared/eval/polnear/train` (840
articles, brat attributions; research corpus, the texts belong to their publishers and are not
shipped). For every token the tagger tags as a verb (VB*), lower-cased, the count of its uses
and of the uses inside a gold attribution's cue span, by form and by lemma (a form seen too
seldom to judge, "purchased", is judged by its lemma's forms together). Only forms and lemmas
seen at least `MIN_USES` times are written; only the counts, no text. The annotators of
PolNeAR count stances and intentions as attributions too, so a verb they rarely mark as a cue
("traveled", "provided", "voted") names a deed in news, even for that broad reading.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

from kg import nlp
from kg.evaluation.attribution import load_polnear

log = logging.getLogger("cue_rates")

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "eval" / "polnear" / "train"
OUT = ROOT / "kg" / "extract" / "cue_rates.json"
MIN_USES = 8


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    docs = load_polnear(TRAIN)
    # Tags and lemmas are all this needs: the parser and the entity recogniser are left out
    # for speed (the lemmatiser reads the tags the attribute ruler maps).
    pipe = nlp.load()
    keep = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
    uses: dict[str, Counter[str]] = {"forms": Counter(), "lemmas": Counter()}
    cues: dict[str, Counter[str]] = {"forms": Counter(), "lemmas": Counter()}
    pairs = ((d.article.text, d) for d in docs)
    with pipe.select_pipes(disable=[p for p in pipe.pipe_names if p not in keep]):
        for doc, pd in pipe.pipe(pairs, as_tuples=True, batch_size=32):
            spans = [span for a in pd.attributions for span in a.cue]
            for t in doc:
                if not t.tag_.startswith("VB"):
                    continue
                cue = any(s <= t.idx < e for s, e in spans)
                for table, word in (("forms", t.lower_), ("lemmas", t.lemma_.lower())):
                    uses[table][word] += 1
                    cues[table][word] += cue
    out = {
        table: {w: [cues[table][w], n] for w, n in sorted(uses[table].items()) if n >= MIN_USES}
        for table in ("forms", "lemmas")
    }
    OUT.write_text(json.dumps(out, separators=(",", ":"), sort_keys=True) + "\n")
    log.info(
        "%d articles, %d verb forms and %d lemmas written to %s",
        len(docs),
        len(out["forms"]),
        len(out["lemmas"]),
        OUT,
    )


if __name__ == "__main__":
    main()

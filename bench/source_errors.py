"""Why a named PolNeAR source gets a wrong speaker: the causes, counted (issue 14).

    .venv/bin/python bench/source_errors.py /work/evalsplit/polnear-tune --examples 3

It looks at the gold attributions whose Source is a name (as `kg eval --polnear` classes them)
and whose Content an extracted statement matches (paired one-to-one, as the scorer pairs them).
The speaker is right when one of its actor's names matches the Source by the README name rule,
which is how `named` in `kg eval --polnear` counts it, here without the knowledge graph. Each
wrong one goes into the first class that fits (the first line gives the right ones):

- act reader: the statement comes from the act reader, which the ranker does not see;
- words around our speaker's name: our speaker's name lies inside the Source, which carries
  a description ("Michael McFaul, a senior fellow at ...") or names a pair ("Mr. Grassley and
  Mr. Leahy"), and the name rule does not match them;
- description around another actor: no actor matches, and another actor's name lies inside it;
- no actor: no actor of the article matches the Source (polls, newspapers, "one Republican",
  "The GOP nominee");
- not a candidate: an actor matches, but the ranker's candidates lack it;
- another cue: our statement's cue is not the gold one, so its content is a report nested in
  the gold content ("Merrill says Machado promised ...") or runs into the next clause;
- no speaker, right candidate: neither the rules nor the ranker answered;
- ranker overruled right rules;
- ranker kept out: the rules are wrong and the ranker's best is right, but the threshold or a
  guard kept the rules' answer;
- rules and ranker wrong: a right candidate was there, and both chose another.

The spaCy parse is cached like the trainers' (`--cache`).
"""

from __future__ import annotations

import argparse
import logging
from collections import Counter
from pathlib import Path

from attribution_training import parsed
from spacy.tokens import Doc

from kg.evaluation.attribution import (
    PolnearArticle,
    capitalised_words,
    opens_sentence,
    source_kind,
    spans_jaccard,
)
from kg.evaluation.matching import match_one_to_one, names_match, normalize_name
from kg.extract.pipeline import Pipeline
from kg.extract.source_ranker import Candidate, load_model, statement_candidates
from kg.model import Actor, Statement

log = logging.getLogger("source_errors")

Key = tuple[int, int, int, int]


def _key(st: Statement) -> Key:
    return (st.cue.start, st.cue.end, st.content.start, st.content.end)


def _names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


def _within(actor: Actor, source: str) -> bool:
    """Whether one of the actor's names lies, word by word, inside the source's words."""
    words = set(normalize_name(source).split())
    return any((n := normalize_name(name)) and set(n.split()) <= words for name in _names(actor))


def article_errors(doc: Doc, pd: PolnearArticle, pipe: Pipeline) -> list[tuple[str, str]]:
    """(class, example) for each named gold source whose content a statement matches; the
    class is "right" when the speaker is."""
    article = pd.article
    final = pipe.from_doc(doc, article)
    # The rules' reading again, before the ranker: the same stages on the same doc give the
    # same actor ids.
    index = pipe.discourse(doc, article, pipe.actors(doc, article))
    ruled = statement_candidates(doc, pipe.statements(doc, article, index), index)
    before: dict[Key, tuple[str | None, list[Candidate]]] = {
        _key(st): (st.speaker, cands) for st, cands in ruled
    }
    model = load_model()
    actors = {a.id: a for a in index.actors}

    def right(actor_id: str | None, source: str) -> bool:
        actor = actors.get(actor_id or "")
        person = actor is not None and actor.type == "Person"
        return actor is not None and any(
            names_match(n, source, person=person) for n in _names(actor)
        )

    golds = pd.attributions
    pairs = match_one_to_one(
        final.statements,
        golds,
        lambda st, g: spans_jaccard(((st.content.start, st.content.end),), g.content) or None,
    )
    capitalised = capitalised_words(article.text)
    out = []
    for i, j in pairs:
        st, g = final.statements[i], golds[j]
        source = pd.text_of(g.source)
        opens = bool(g.source) and opens_sentence(article.text, g.source[0][0])
        if source_kind(source, opens, capitalised) != "named":
            continue
        ours = actors.get(st.speaker or "")
        example = f"{pd.name}: {source!r} <- {ours.name if ours else None}"
        if right(st.speaker, source):
            out.append(("right", example))
            continue
        if _key(st) not in before:
            out.append(("act reader", example))
            continue
        rule, cands = before[_key(st)]
        if ours is not None and _within(ours, source):
            out.append(("words around our speaker's name", example))
            continue
        if not any(right(a, source) for a in actors):
            if any(_within(a, source) for a in actors.values()):
                out.append(("description around another actor", example))
            else:
                out.append(("no actor", example))
            continue
        if not any(right(c.actor, source) for c in cands):
            out.append(("not a candidate", example))
            continue
        if not any(st.cue.start < e and s < st.cue.end for s, e in g.cue):
            # ("Merrill says Machado promised to ...": our statement is the report inside.)
            out.append(("another cue: a nested report or a content extent", example))
            continue
        if st.speaker is None:
            out.append(("no speaker, right candidate", example))
            continue
        if right(rule, source):
            out.append(("ranker overruled right rules", example))
            continue
        probs = model.probabilities(cands) if model is not None else [0.0] * len(cands)
        best = cands[max(range(len(cands)), key=probs.__getitem__)]
        kept = right(best.actor, source)
        out.append(("ranker kept out" if kept else "rules and ranker wrong", example))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("split", type=Path, help="a PolNeAR split folder (text/, attributions/)")
    ap.add_argument("--examples", type=int, default=0, help="examples to show per class")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/train_source_cache"))
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    pipe = Pipeline()
    errors = []
    for doc, pd in parsed(args.split.name, args.split, None, pipe.nlp, args.cache):
        errors += article_errors(doc, pd, pipe)
    print(f"{len(errors)} named sources whose content a statement matches")
    for cls, n in Counter(c for c, _ in errors).most_common():
        print(f"{n:5}  {cls}")
        for _, example in [e for e in errors if e[0] == cls][: args.examples]:
            print(f"         {example}")


if __name__ == "__main__":
    main()

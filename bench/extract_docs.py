"""The extraction part alone (`Pipeline.from_doc`) on parsed Wikinews stories: its output as
JSON, its CPU seconds, or its profile, without spaCy's parsing in the numbers.

    python bench/extract_docs.py --limit 300 --dump out.json     # the extraction, to compare
    python bench/extract_docs.py --limit 150 --time 4            # CPU s of from_doc, per round
    python bench/extract_docs.py --limit 150 --profile 30        # cProfile's top entries

The texts are parsed once (`nlp.pipe`) and kept as bytes; each round extracts from fresh docs
made from those bytes, so that nothing a round keeps on a doc helps the next.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import json
import pstats
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import load_articles  # noqa: E402  (bench/extract.py, beside this one)
from spacy.tokens import Doc  # noqa: E402

from kg.extract.pipeline import Pipeline  # noqa: E402
from kg.model import Article  # noqa: E402


def extract_all(pipe: Pipeline, blobs: list[bytes], arts: list[Article]) -> list[object]:
    """`from_doc` on a fresh doc of each story."""
    vocab = pipe.nlp.vocab
    return [pipe.from_doc(Doc(vocab).from_bytes(b), a) for b, a in zip(blobs, arts, strict=True)]


def _plain(value: object) -> object:
    """A set in a fixed order (its order in memory varies from run to run), else its text."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return str(value)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--dump", type=Path, help="write the extractions as JSON here")
    ap.add_argument("--direct", action="store_true", help="dump from `extract_many`")
    ap.add_argument("--time", type=int, default=0, help="rounds of timing")
    ap.add_argument("--profile", type=int, default=0, help="print this many top entries")
    args = ap.parse_args()
    arts = load_articles(args.limit)
    pipe = Pipeline()
    blobs = [
        doc.to_bytes(exclude=["user_data"])
        for doc in pipe.nlp.pipe((a.text for a in arts), batch_size=16)
    ]
    gc.freeze()  # as `bench/extract.py` and an ingest worker do: what is loaded lives on
    if args.dump:
        found = list(pipe.extract_many(arts)) if args.direct else extract_all(pipe, blobs, arts)
        out = [dataclasses.asdict(x) for x in found]  # type: ignore[call-overload]
        args.dump.write_text(json.dumps(out, default=_plain, indent=0, sort_keys=True))
    for _ in range(args.time):
        c0 = time.process_time()
        extract_all(pipe, blobs, arts)
        print(f"from_doc CPU s: {time.process_time() - c0:.2f}", flush=True)
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(extract_all, pipe, blobs, arts)
        stats = pstats.Stats(prof)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS MB: {peak:.0f}")


if __name__ == "__main__":
    main()

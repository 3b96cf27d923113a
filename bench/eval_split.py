"""Lay out the tuning and validation parts of the evaluation sets as folders of symlinks.

The validation part was drawn once, before any tuning of issue 14/15 work began, by the
order of sha256("parley-val:" + name): the first quarter of `realnews/` and of PolNeAR
`dev/`. Nobody looks at its errors while tuning; report it and the whole set.

    python bench/eval_split.py ../shared/eval /tmp/evalsplit
    kg eval /tmp/evalsplit/realnews-val          # and realnews-tune, or the whole folder
    kg eval --polnear /tmp/evalsplit/polnear-val
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path


def validation(names: list[str], share: int = 4) -> set[str]:
    """The names of the validation quarter (a fixed hash order, independent of the data)."""
    ordered = sorted(names, key=lambda n: hashlib.sha256(f"parley-val:{n}".encode()).hexdigest())
    return set(ordered[: len(names) // share])


def _link(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if dst.is_symlink() or dst.exists():
        dst.unlink()
    dst.symlink_to(src.resolve())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared_eval", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    real = sorted(args.shared_eval.glob("realnews/*.json"))
    val = validation([p.stem for p in real])
    for p in real:
        _link(p, args.out / ("realnews-val" if p.stem in val else "realnews-tune") / p.name)
    dev = args.shared_eval / "polnear" / "dev"
    texts = sorted((dev / "text").glob("*.txt"))
    val = validation([p.stem for p in texts])
    for p in texts:
        part = args.out / ("polnear-val" if p.stem in val else "polnear-tune")
        _link(p, part / "text" / p.name)
        for ann in (dev / "attributions").glob(f"{p.stem}_*.ann"):
            _link(ann, part / "attributions" / ann.name)
    meta = dev / "metadata.tsv"
    if meta.exists():
        for part in ("polnear-val", "polnear-tune"):
            _link(meta, args.out / part / "metadata.tsv")
    print(f"tuning and validation parts written under {args.out}")


if __name__ == "__main__":
    main()

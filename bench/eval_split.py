"""Lay out the tuning and validation parts of the evaluation sets as folders of symlinks.

The validation part was drawn once, before any tuning of issue 14/15 work began, by the
order of sha256("parley-val:" + name): the first quarter of `realnews/`, of PolNeAR `dev/` and
of the PLOVER gold-standard records (by record id; written as plover-tune.json and
plover-val.json in the same JSON-list form `kg eval --plover` reads). Nobody looks at its errors
while tuning; report it and the whole set.

    python bench/eval_split.py ../shared/eval /tmp/evalsplit
    kg eval /tmp/evalsplit/realnews-val          # and realnews-tune, or the whole folder
    kg eval --polnear /tmp/evalsplit/polnear-val
    kg eval --plover /tmp/evalsplit/plover-val.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

PLOVER_FILE = "plover/PLOVER_GSR_CAMEO.txt"
# The PLOVER file is a JSON list written with trailing commas.
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def validation(names: list[str], share: int = 4) -> set[str]:
    """The names of the validation quarter (a fixed hash order, independent of the data)."""
    ordered = sorted(names, key=lambda n: hashlib.sha256(f"parley-val:{n}".encode()).hexdigest())
    return set(ordered[: len(names) // share])


def _link(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    if dst.is_symlink() or dst.exists():
        dst.unlink()
    dst.symlink_to(src.resolve())


def split_plover(src: Path, out: Path) -> tuple[int, int]:
    """Write the PLOVER records' tuning and validation parts; return their sizes.

    Records without text (the DOCUMENT headers) go to both parts: the reader skips them.
    """
    data = json.loads(_TRAILING_COMMA.sub(r"\1", src.read_text(encoding="utf-8")))
    records = [r for r in data if isinstance(r.get("text"), str) and r["text"].strip()]
    val = validation([str(r["id"]) for r in records])
    parts: dict[str, list[dict[str, object]]] = {"plover-tune": [], "plover-val": []}
    for item in data:
        if item in records:
            parts["plover-val" if str(item["id"]) in val else "plover-tune"].append(item)
        else:
            for part in parts.values():
                part.append(item)
    out.mkdir(parents=True, exist_ok=True)
    for name, items in parts.items():
        (out / f"{name}.json").write_text(json.dumps(items, indent=1) + "\n", encoding="utf-8")
    return len(records) - len(val), len(val)


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
    plover = args.shared_eval / PLOVER_FILE
    if plover.exists():
        tune_n, val_n = split_plover(plover, args.out)
        print(f"PLOVER records: {tune_n} tuning, {val_n} validation")
    print(f"tuning and validation parts written under {args.out}")


if __name__ == "__main__":
    main()

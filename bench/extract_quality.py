"""Quick in-process extraction scorer, for tuning (the real evaluation is `kg eval`).

    python bench/extract_quality.py                # gold files + PolNeAR dev
    python bench/extract_quality.py --gold a.json  # one gold file, with the differences shown

Matching follows shared/eval/README.md: names match after folding case, titles and
punctuation (or by surname for people); statements by speaker and content token-overlap F1
>= 0.5; events by kind and participant Jaccard >= 0.5. For PolNeAR, statements match on content
alone and the speaker is then checked against the Source span (by overlap or by name).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.pipeline import Pipeline  # noqa: E402
from kg.model import Article, Event, Statement  # noqa: E402
from kg.reading import parse_txt  # noqa: E402

SHARED = ROOT.parent / "shared"
TITLES = re.compile(
    r"\b(?:mr|mrs|ms|dr|president|secretary|minister|prime|foreign|sen|senator|rep|gov|"
    r"general|gen|chancellor|sheikh|prince|king|the)\b\.?"
)
T = TypeVar("T")
G = TypeVar("G")


def norm_name(name: str) -> str:
    name = TITLES.sub(" ", name.lower())
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


def names_match(pred: str, gold: str, aliases: Sequence[str] = (), person: bool = False) -> bool:
    p = norm_name(pred)
    golds = {norm_name(g) for g in (gold, *aliases)}
    if p in golds:
        return True
    if person and p:
        g = norm_name(gold)
        return bool(g) and (p.split()[-1] == g or g.split()[-1] == p)
    return False


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def overlap_f1(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def strip_content(s: str) -> str:
    return s.strip().strip("\"“”'‘’ ").rstrip(".,;:!?").strip()


def greedy(
    preds: Sequence[T], golds: Sequence[G], score: Callable[[T, G], float], threshold: float
) -> list[tuple[int, int]]:
    pairs = sorted(
        ((score(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for s, i, j in pairs:
        if s < threshold or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Tally:
    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def add(self, key: str, n: int = 1) -> None:
        self.c[key] += n

    def line(self, label: str, tp: str, npred: str, ngold: str) -> str:
        p, r, f = prf(self.c[tp], self.c[npred], self.c[ngold])
        counts = f"tp={self.c[tp]} pred={self.c[npred]} gold={self.c[ngold]}"
        return f"{label:<28} P={p:.3f} R={r:.3f} F1={f:.3f}  ({counts})"

    def acc(self, label: str, ok: str, n: str) -> str:
        return f"  {label:<26} {self.c[ok]}/{self.c[n]}" + (
            f" = {self.c[ok] / self.c[n]:.3f}" if self.c[n] else ""
        )


def gold_article(gold: dict) -> Article:  # type: ignore[type-arg]
    art = parse_txt(gold["text"], gold.get("id", "gold"))
    if gold.get("published"):
        art.published = dt.date.fromisoformat(gold["published"][:10])
    if gold.get("source"):
        art.source = gold["source"]
    return art


def iso(date: object) -> str | None:
    return date.iso() if date is not None else None  # type: ignore[attr-defined]


def score_gold(pipe: Pipeline, path: Path, tally: Tally, verbose: bool) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    x = pipe.extract(gold_article(gold))
    gactors = gold["actors"]
    gtype = {a["name"]: a["type"] for a in gactors}
    galias = {a["name"]: a.get("aliases", []) for a in gactors}

    def actor_match(pred_name: str, gold_name: str) -> bool:
        return names_match(
            pred_name, gold_name, galias.get(gold_name, ()), gtype.get(gold_name) == "Person"
        )

    # Actors
    preds = x.actors
    m = greedy(preds, gactors, lambda p, g: float(actor_match(p.name, g["name"])), 1.0)
    tally.add("actor_tp", len(m))
    tally.add("actor_pred", len(preds))
    tally.add("actor_gold", len(gactors))
    tally.add("actor_type_ok", sum(preds[i].type == gactors[j]["type"] for i, j in m))
    for g in gactors:
        hits = [p for p in preds if actor_match(p.name, g["name"])]
        if len(hits) > 1:
            tally.add("actor_splits")
            if verbose:
                print("  SPLIT", g["name"], [h.name for h in hits])
    for p in preds:
        if sum(actor_match(p.name, g["name"]) for g in gactors) > 1:
            tally.add("actor_merges")
    if verbose:
        mp, mg = {i for i, _ in m}, {j for _, j in m}
        for i, p in enumerate(preds):
            if i not in mp:
                print("  actor FP", p.type, p.name)
        for j, g in enumerate(gactors):
            if j not in mg:
                print("  actor FN", g["type"], g["name"])
        for i, j in m:
            if preds[i].type != gactors[j]["type"]:
                print("  actor TYPE", preds[i].name, preds[i].type, gactors[j]["type"])

    # Statements
    def sname(sid: str | None) -> str:
        return x.actor(sid).name if sid else ""

    psts, gsts = x.statements, gold["statements"]
    Scorer = Callable[[Statement, dict], float]  # type: ignore[type-arg]
    scorers: list[tuple[str, float, Scorer]] = [
        ("overlap", 0.5, lambda st, g: overlap_f1(st.content.text, g["content"])),
        (
            "exact",
            1.0,
            lambda st, g: float(strip_content(st.content.text) == strip_content(g["content"])),
        ),
    ]
    for label, thr, fn in scorers:

        def score(st: Statement, g: dict, fn: Scorer = fn) -> float:  # type: ignore[type-arg]
            return fn(st, g) if actor_match(sname(st.speaker), g["speaker"]) else 0.0

        m2 = greedy(
            psts,
            gsts,
            score,
            thr,
        )
        tally.add(f"st_{label}_tp", len(m2))
        if label == "overlap":
            tally.add("st_pred", len(psts))
            tally.add("st_gold", len(gsts))
            for i, j in m2:
                st, g = psts[i], gsts[j]
                tally.add("st_kind_ok", st.kind == g["kind"])
                tally.add("st_cue_ok", st.cue.text.lower() == g["cue"].lower())
                tally.add("st_date_ok", iso(st.date) == g.get("date"))
                pd, gd = iso(st.date), g.get("date")
                tally.add("st_date_md_ok", (pd or "")[-5:] == (gd or "")[-5:])
                via = sname(st.via) if st.via else None
                gvia = g.get("reported_via")
                tally.add(
                    "st_via_ok",
                    (via is None and gvia is None)
                    or (via is not None and gvia is not None and actor_match(via, gvia)),
                )
            if verbose:
                mp, mg = {i for i, _ in m2}, {j for _, j in m2}
                for i, st in enumerate(psts):
                    if i not in mp:
                        print(
                            "  stmt FP",
                            sname(st.speaker) or st.speaker_span,
                            "|",
                            st.cue.text,
                            "|",
                            st.content.text[:90],
                        )
                for j, g in enumerate(gsts):
                    if j not in mg:
                        print("  stmt FN", g["speaker"], "|", g["cue"], "|", g["content"][:90])

    # Events
    pevs, gevs = x.events, gold["events"]

    def jacc(ev: Event, g: dict) -> float:  # type: ignore[type-arg]
        if ev.kind != g["kind"]:  # type: ignore[attr-defined]
            return 0.0
        pn = [x.actor(a).name for a in ev.participants]  # type: ignore[attr-defined]
        gn = g["participants"]
        if not pn and not gn:
            return 1.0
        mm = greedy(pn, gn, lambda a, b: float(actor_match(a, b)), 1.0)
        union = len(pn) + len(gn) - len(mm)
        return len(mm) / union if union else 0.0

    m3 = greedy(pevs, gevs, jacc, 0.5)
    tally.add("ev_tp", len(m3))
    tally.add("ev_pred", len(pevs))
    tally.add("ev_gold", len(gevs))
    for i, j in m3:
        ev, g = pevs[i], gevs[j]
        tally.add("ev_date_ok", iso(ev.date) == g.get("date"))
        tally.add("ev_date_md_ok", (iso(ev.date) or "")[-5:] == (g.get("date") or "")[-5:])
        ploc = ev.location.name if ev.location else None
        tally.add("ev_loc_ok", (ploc or "").lower() == (g.get("location") or "").lower())
        tally.add("ev_status_ok", ev.status == g["status"])
        for field, gf in (("mediator", "mediator"), ("initiator", "initiated_by")):
            pv = getattr(ev, field)
            pv = x.actor(pv).name if pv else None
            gv = g.get(gf)
            tally.add(
                f"ev_{field}_ok",
                (pv is None and gv is None)
                or (pv is not None and gv is not None and actor_match(pv, gv)),
            )
    if verbose:
        mp, mg = {i for i, _ in m3}, {j for _, j in m3}
        for i, ev in enumerate(pevs):
            if i not in mp:
                print("  event FP", ev.kind, ev.status, [x.actor(a).name for a in ev.participants])
        for j, g in enumerate(gevs):
            if j not in mg:
                print("  event FN", g["kind"], g["status"], g["participants"])


def report_gold(t: Tally) -> None:
    print(
        t.line("actors", "actor_tp", "actor_pred", "actor_gold"),
        f"splits={t.c['actor_splits']} merges={t.c['actor_merges']}",
    )
    print(t.acc("actor type", "actor_type_ok", "actor_tp"))
    print(t.line("statements (overlap)", "st_overlap_tp", "st_pred", "st_gold"))
    print(t.line("statements (exact)", "st_exact_tp", "st_pred", "st_gold"))
    for k in ("kind", "cue", "date", "date_md", "via"):
        print(t.acc(f"statement {k}", f"st_{k}_ok", "st_overlap_tp"))
    print(t.line("events", "ev_tp", "ev_pred", "ev_gold"))
    for k in ("date", "date_md", "loc", "status", "mediator", "initiator"):
        print(t.acc(f"event {k}", f"ev_{k}_ok", "ev_tp"))


# --- PolNeAR --------------------------------------------------------------------------------


def read_ann(path: Path) -> list[dict[str, tuple[int, int, str]]]:
    """Attributions of one brat file: role -> (start, end, text)."""
    spans: dict[str, tuple[str, int, int, str]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, txt = (line.split("\t") + [""])[:3]
            parts = info.split()
            label = parts[0]
            # Discontinuous spans are written "start end;start end": keep the outer bounds.
            nums = [int(n) for n in re.findall(r"\d+", " ".join(parts[1:]))]
            spans[tid] = (label, min(nums), max(nums), txt)
        elif line.startswith("E"):
            _eid, args = line.split("\t")[:2]
            links.append(dict(a.split(":") for a in args.split()))
    out = []
    for link in links:
        rec: dict[str, tuple[int, int, str]] = {}
        for role in ("Source", "Cue", "Content"):
            if role in link and link[role] in spans:
                _l, s, e, txt = spans[link[role]]
                rec[role] = (s, e, txt)
        if "Content" in rec:
            out.append(rec)
    return out


def score_polnear(pipe: Pipeline, folder: Path, limit: int | None, tally: Tally) -> None:
    texts = sorted((folder / "text").glob("*.txt"))[:limit]
    anns = sorted((folder / "attributions").glob("*.ann"))
    for tp in texts:
        ann = next((a for a in anns if a.name.startswith(tp.stem + "_")), None)
        if ann is None:
            continue
        text = tp.read_text(encoding="utf-8")
        gold = read_ann(ann)
        art = Article(key=tp.stem, title=text.split("\n", 1)[0], text=text, origin=str(tp))
        x = pipe.extract(art)
        preds = x.statements
        m = greedy(preds, gold, lambda p, g: overlap_f1(p.content.text, g["Content"][2]), 0.5)
        tally.add("tp", len(m))
        tally.add("pred", len(preds))
        tally.add("gold", len(gold))
        for i, j in m:
            p, g = preds[i], gold[j]
            if "Source" not in g:
                continue
            tally.add("src_n")
            gs, ge, gtxt = g["Source"]
            ok = False
            if p.speaker_span and p.speaker_span.start < ge and gs < p.speaker_span.end:
                ok = True
            elif p.speaker:
                a = x.actor(p.speaker)
                ok = names_match(a.name, gtxt, sorted(a.aliases), a.type == "Person") or any(
                    mm.start < ge and gs < mm.end for mm in a.mentions
                )
            tally.add("src_ok", ok)
            tally.add(
                "cue_ok", "Cue" in g and p.cue.start < g["Cue"][1] and g["Cue"][0] < p.cue.end
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", nargs="*", type=Path)
    ap.add_argument("--polnear", type=Path, default=SHARED / "eval" / "polnear" / "dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-polnear", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    pipe = Pipeline()
    golds = args.gold
    if golds is None:
        golds = sorted((SHARED / "eval" / "gold").glob("*.json")) + sorted(
            (ROOT / "data" / "gold").glob("*.json")
        )
    total = Tally()
    for g in golds:
        t = Tally()
        if args.verbose:
            print(f"--- {g}")
        score_gold(pipe, g, t, args.verbose)
        total.c.update(t.c)
        if args.verbose:
            report_gold(t)
    if golds:
        print(f"=== gold articles ({len(golds)})")
        report_gold(total)
    if not args.no_polnear and args.polnear.is_dir():
        t = Tally()
        score_polnear(pipe, args.polnear, args.limit, t)
        print("=== PolNeAR dev")
        print(t.line("statements (content overlap)", "tp", "pred", "gold"))
        print(t.acc("source accuracy", "src_ok", "src_n"))
        print(t.acc("cue overlap", "cue_ok", "tp"))


if __name__ == "__main__":
    main()

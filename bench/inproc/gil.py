"""Does pyoxigraph release the GIL during Store.query evaluation and result iteration?"""

import threading
import time

import pyoxigraph as ox

store = ox.Store()  # in memory
ex = "http://e/"
store.extend(
    [
        ox.Quad(ox.NamedNode(f"{ex}s{i}"), ox.NamedNode(f"{ex}p"), ox.Literal(str(i)))
        for i in range(3000)
    ]
)
HEAVY_ASK = (
    "ASK { ?a <http://e/p> ?x . ?b <http://e/p> ?y . ?c <http://e/p> ?z "
    "FILTER(STR(?x)=STR(?y) && STR(?y)=STR(?z) && ?a != ?b) }"
)
HEAVY_SELECT = (
    "SELECT (COUNT(*) AS ?n) { ?a <http://e/p> ?x . ?b <http://e/p> ?y . "
    "FILTER(STR(?x) < STR(?y)) }"
)
ITER = "SELECT ?a ?b { ?a <http://e/p> ?x . ?b <http://e/p> ?y . FILTER(STR(?x) < STR(?y)) }"


def ticks_during(fn):
    done = threading.Event()
    t0 = time.perf_counter()
    out = {}

    def run():
        out["r"] = fn()
        out["t"] = time.perf_counter() - t0
        done.set()

    th = threading.Thread(target=run, daemon=True)
    th.start()
    n = 0
    gaps = []
    last = time.perf_counter()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        n += 1
    return out["t"], n, max(gaps) if gaps else None


if __name__ == "__main__":
    for name, fn in [
        ("query(ASK) (evaluation inside query())", lambda: bool(store.query(HEAVY_ASK))),
        ("query(SELECT COUNT) then next()", lambda: next(iter(store.query(HEAVY_SELECT)))),
        (
            "SELECT serialize(TSV) (iteration inside Rust)",
            lambda: len(store.query(ITER).serialize(format=ox.QueryResultsFormat.TSV)),
        ),
    ]:
        t, n, mx = ticks_during(fn)
        print(
            f"{name}: took {t:.2f}s; main thread woke {n} times "
            f"(ideal {t / 0.0011:.0f}), longest gap {mx * 1000:.0f} ms"
        )

import pyoxigraph as ox

from bench.inproc.gil import store, ticks_during

SPARSE = (
    "SELECT ?a { ?a <http://e/p> ?x . ?b <http://e/p> ?y . ?c <http://e/p> ?z "
    "FILTER(STR(?x) = STR(?y) && STR(?y)=STR(?z)) }"
)
ITER = (
    "SELECT ?a ?b { ?a <http://e/p> ?x . ?b <http://e/p> ?y . FILTER(STR(?x) < STR(?y)) } "
    "LIMIT 3000000"
)


class Sink:
    def __init__(s):
        s.n = 0

    def write(s, b):
        s.n += len(b)
        return len(b)

    def flush(s):
        pass


def ser(q):
    k = Sink()
    store.query(q).serialize(k, ox.QueryResultsFormat.TSV)
    return k.n


def py_iter(q):
    return sum(1 for _ in store.query(q))


for name, fn in [
    ("sparse results, serialize to Python file", lambda: ser(SPARSE)),
    ("300k rows serialize to Python file", lambda: ser(ITER)),
    ("300k rows, Python iteration", lambda: py_iter(ITER)),
    (
        "300k rows serialize to bytes",
        lambda: len(store.query(ITER).serialize(format=ox.QueryResultsFormat.TSV)),
    ),
]:
    t, n, mx = ticks_during(fn)
    print(
        f"{name}: took {t:.2f}s; main thread woke {n} times "
        f"(ideal {t / 0.0011:.0f}), longest gap {mx * 1000:.0f} ms"
    )

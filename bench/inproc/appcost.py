"""PROTOTYPE: CPU per request of the Flask app alone (a WSGI call, no HTTP server), with queries
in-process."""

import cProfile
import io
import os
import pstats
import sys
import time
from urllib.parse import urlencode

os.environ.setdefault("PROTO_MODE", "direct")
from bench.inproc.wsgi import app

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
import serve as B


def environ(q):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/sparql",
        "QUERY_STRING": urlencode({"query": q}),
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "wsgi.url_scheme": "http",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_ACCEPT": "application/sparql-results+json",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "SERVER_PROTOCOL": "HTTP/1.1",
    }


def call(q):
    out = []
    body = b"".join(app(environ(q), lambda s, h, e=None: out.append(s)))
    assert out[0].startswith("200"), (out, body[:200])


for name in ("ask", "point_lookup"):
    q = B.queries(2100)[name][0]
    for _ in range(50):
        call(q)
    n = 2000
    t = time.process_time()
    for _ in range(n):
        call(q)
    print(
        f"{name} {os.environ['PROTO_MODE']}: "
        f"{(time.process_time() - t) / n * 1000:.3f} ms CPU per request (app only)"
    )
    if len(sys.argv) > 1:
        pr = cProfile.Profile()
        pr.enable()
        for _ in range(500):
            call(q)
        pr.disable()
        s = io.StringIO()
        pstats.Stats(pr, stream=s).sort_stats("tottime").print_stats(18)
        print(s.getvalue()[:4000])

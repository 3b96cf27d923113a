"""`python -m server.update_runner`: run one SPARQL Update on the store, in a process of its own.

Oxigraph cannot interrupt an update any more than a query, and an update's WHERE clause can run
as long as any query. The server runs each update in this short-lived process and kills it when
it overruns the time limit; Oxigraph applies an update in one transaction, so a killed update
leaves the store as it was. Reads a JSON job on stdin, writes a JSON outcome on stdout.
"""

from __future__ import annotations

import json
import sys

import pyoxigraph as ox


def main() -> None:
    job = json.loads(sys.stdin.read())
    try:
        store = ox.Store(job["store"])
    except OSError as err:
        print(json.dumps({"code": "store_locked", "message": str(err)}))
        return
    try:
        store.update(job["text"], base_iri=job["base"], prefixes=job["prefixes"])
        store.flush()
    except SyntaxError as err:
        print(json.dumps({"code": "malformed_update", "message": str(err)}))
        return
    except OSError as err:
        print(json.dumps({"code": "store_error", "message": f"the update failed: {err}"}))
        return
    print(json.dumps({"code": "ok", "message": ""}))


if __name__ == "__main__":
    main()

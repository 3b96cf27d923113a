"""Rows per second of the whole-KB tables (`kg export --table`), streamed to a file.

    python bench/tables.py                        # kbgen's cached >= 1M-triple store
    python bench/tables.py --store PATH --format parquet

Each contract table is written once with `kg.tables.write_table`, the path `kg export --table`
takes: rows go from the query's solutions to the file as they come. Printed per table: rows,
seconds to the first row, total seconds (wall and CPU of this process, where Oxigraph runs)
and rows per second, as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import kbgen  # noqa: E402

from kg.store import Store  # noqa: E402
from kg.tables import TABLES, iter_table, write_table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--articles", type=int, default=2100)
    parser.add_argument("--format", default="csv", choices=("csv", "parquet"))
    args = parser.parse_args()
    path = args.store or kbgen.cached(args.articles)[0]
    store = Store(path, read_only=True)
    if args.format == "parquet":
        # Imported before the clock starts: a one-off cost of the process (0.12 s CPU), not of
        # a table, as importing pyoxigraph is.
        import pyarrow.csv  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    with tempfile.TemporaryDirectory() as tmp:
        for name in TABLES:
            started, cpu = time.perf_counter(), time.process_time()
            _, rows = iter_table(store, name)
            next(rows, None)
            first = time.perf_counter() - started
            out = Path(tmp) / f"{name}.{args.format}"
            started, cpu = time.perf_counter(), time.process_time()
            n = write_table(store, name, args.format, out)
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            line = {
                "table": name,
                "rows": n,
                "first_row_s": round(first, 2),
                "wall_s": round(wall, 2),
                "cpu_s": round(cpu, 2),
                "rows_per_s_wall": round(n / wall),
                "rows_per_s_cpu": round(n / cpu),
                "bytes": out.stat().st_size,
            }
            print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()

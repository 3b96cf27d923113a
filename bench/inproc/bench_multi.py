"""PROTOTYPE bench: several server set-ups side by side, same store, same ab settings (reuses
bench/serve.py's measure/ab/cpu/memory helpers)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import kbgen  # noqa: E402
import serve as B  # noqa: E402

PY = str(ROOT / ".venv" / "bin" / "python")
GUN = str(ROOT / ".venv" / "bin" / "gunicorn")


def setups(store: Path, mem: int) -> dict[str, tuple[list[str], dict[str, str], str]]:
    def gun(
        kind: str,
        workers: int,
        threads: int,
        mode: str,
        preload: bool = True,
        extra: dict | None = None,
    ):
        cmd = [
            GUN,
            "-c",
            "bench/inproc/gconf.py",
            "-w",
            str(workers),
            "-k",
            kind,
            "--threads",
            str(threads),
            "--no-control-socket",
            "--keep-alive",
            "5",
            "-b",
            "127.0.0.1:{port}",
            "bench.inproc.wsgi:app",
        ]
        return (
            cmd,
            {
                "PROTO_MODE": mode,
                "PROTO_MEMORY_MIB": str(mem),
                "PROTO_PRELOAD": "1" if preload else "0",
                **(extra or {}),
            },
            "/sparql",
        )

    return {
        "kg serve": (
            [
                PY,
                "-m",
                "kg",
                "serve",
                "--store",
                str(store),
                "--host",
                "127.0.0.1",
                "--port",
                "{port}",
                "--query-workers",
                "2",
                "--threads",
                "16",
            ],
            {},
            "/sparql",
        ),
        "oxigraph": (
            [
                str(ROOT / ".venv/bin/oxigraph"),
                "serve-read-only",
                "--location",
                str(store),
                "--bind",
                "127.0.0.1:{port}",
            ],
            {},
            "/query",
        ),
        "g-sync-2": gun("sync", 2, 1, "thread"),
        "g-sync-4": gun("sync", 4, 1, "thread"),
        "g-gthr-2x4": gun("gthread", 2, 4, "thread"),
        "g-gthr-2x4-direct": gun("gthread", 2, 4, "direct"),
        "g-gthr-2x4-comp": gun("gthread", 2, 4, "companion"),
        "g-gthr-3x4-comp": gun("gthread", 3, 4, "companion"),
        "g-gthr-2x16-comp": gun("gthread", 2, 16, "companion"),
        "g-2x16-slot1-watch": gun(
            "gthread", 2, 16, "companion", extra={"PROTO_SLOTS": "1", "PROTO_SOFT_MIB": "1024"}
        ),
        "g-3x16-slot1-watch": gun(
            "gthread", 3, 16, "companion", extra={"PROTO_SLOTS": "1", "PROTO_SOFT_MIB": "1024"}
        ),
        "g-gthr-2x4-comp-nopre": gun("gthread", 2, 4, "companion", preload=False),
        "g-sync-3-comp": gun("sync", 3, 1, "companion"),
        "w-inproc-16-comp": (
            [PY, "-m", "bench.inproc.waitress_inproc", "{port}", "16"],
            {"PROTO_MODE": "companion"},
            "/sparql",
        ),
        "w-inproc-16-direct": (
            [PY, "-m", "bench.inproc.waitress_inproc", "{port}", "16"],
            {"PROTO_MODE": "direct"},
            "/sparql",
        ),
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--only-setups", default=None)
    p.add_argument("--queries", default="ask,point_lookup")
    p.add_argument("--methods", default="GET,POST")
    p.add_argument("--seconds", type=int, default=5)
    p.add_argument("--requests", type=int, default=200)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--max-seconds", type=float, default=30.0)
    p.add_argument("--memory", type=int, default=2048)
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args()
    store, quads = kbgen.cached(2100)
    qs = {k: v for k, v in B.queries(2100).items() if k in args.queries.split(",")}
    chosen = setups(store, args.memory)
    if args.only_setups:
        chosen = {k: v for k, v in chosen.items() if k in args.only_setups.split(",")}
    print(f"store {store.name} {quads} quads; load {os.getloadavg()}", flush=True)
    servers = []
    with ExitStack() as stack:
        for name, (cmd, env, path) in chosen.items():
            port = B.free_port()
            full = [c.replace("{port}", str(port)) for c in cmd]
            proc = subprocess.Popen(
                full,
                cwd=ROOT,
                env={**os.environ, "KG_STORE": str(store), **env},
                stdout=subprocess.DEVNULL,
                stderr=open(f"/tmp/srv16-{name}.log", "w"),
            )
            stack.callback(lambda p=proc: (p.terminate(), p.wait(15)))
            servers.append((name, port, path, proc.pid))
        for _, port, path, pid in servers:
            B.wait_up(port, path, _Alive(pid))  # type: ignore[arg-type]
        idle = {
            name: (B.memory_mib(pid, "Rss"), B.memory_mib(pid, "Pss"))
            for name, _, _, pid in servers
        }
        results = []
        for qname, (text, accept) in qs.items():
            for method in args.methods.split(","):
                for r in B.measure(tuple(servers), qname, method, text, accept, args):
                    results.append(B.asdict(r))
                    print(
                        f"{qname:13} {method:4} {r.server:20} p50 {r.p50_ms:6.2f} "
                        f"p95 {r.p95_ms:6.2f} ab p50 {r.load_p50_ms:4.0f} "
                        f"p95 {r.load_p95_ms:4.0f}  {r.throughput_rps:7.1f} req/s  "
                        f"cpu {r.cpu_ms:.3f} ms/req  err {r.errors}",
                        flush=True,
                    )
        mem = {
            name: {
                "rss": B.memory_mib(pid, "Rss"),
                "pss": B.memory_mib(pid, "Pss"),
                "procs": len(B.process_tree(pid)),
                "idle_rss": idle[name][0],
                "idle_pss": idle[name][1],
            }
            for name, _, _, pid in servers
        }
        for k, v in mem.items():
            print(f"memory {k:20} RSS {v['rss']:7.1f} PSS {v['pss']:7.1f} MiB ({v['procs']} procs)")
    print(f"load at end {os.getloadavg()}")
    args.out.write_text(json.dumps({"results": results, "memory": mem}, indent=1))


class _Alive:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode = None

    def poll(self):
        return None if Path(f"/proc/{self.pid}").exists() else 1


if __name__ == "__main__":
    main()

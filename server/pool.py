"""A small pool of pre-started query worker processes, killed and replaced on timeout.

Request threads borrow a worker, send it a job and wait at most the time limit. A worker that
overruns is killed (SIGKILL: Oxigraph cannot be interrupted politely) and a replacement is started
in the background, so the client gets its 503 within the limit plus a little.
"""

from __future__ import annotations

import logging
import os
import queue
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from server.errors import ApiError
from server.worker import Ack, CloseStore, QueryFailure, QueryJob, QueryOutcome, read_reply

# The directory holding the `server` package, so worker processes import the same code.
PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)


def worker_env() -> dict[str, str]:
    """The environment of a worker process: ours, with the project importable first."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (PROJECT_ROOT, env.get("PYTHONPATH", "")) if p)
    return env


log = logging.getLogger(__name__)


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    conn: Connection
    # Kept with the worker: `Connection.poll` builds a selector on every call, which shows up
    # in the cost of a light query.
    poller: select.poll = field(default_factory=select.poll)

    def __post_init__(self) -> None:
        self.poller.register(self.conn.fileno(), select.POLLIN)

    @property
    def pid(self) -> int:
        return self.process.pid

    def ready(self, timeout: float) -> bool:
        """Whether the worker answered (or hung up) within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return bool(self.poller.poll(max(0.0, deadline - time.monotonic()) * 1000))
            except InterruptedError:
                continue


class WorkerPool:
    def __init__(self, store_path: Path | str, size: int) -> None:
        # A store folder, or the URL of a SPARQL server (`server.worker.run_remote`).
        self.store_path = store_path
        self.size = size
        # Last in, first out: the worker that just answered gets the next query while its
        # caches (and its place on a CPU) are warm; the others sleep until load needs them.
        self._idle: queue.Queue[Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._workers: set[int] = set()
        # Held by a writer while it gathers every worker, so queries arriving meanwhile queue
        # behind it instead of starving it.
        self._turnstile = threading.Lock()
        self._closed = False
        self.killed: list[int] = []
        for _ in range(size):
            self._idle.put(self._spawn())

    # --- life cycle ------------------------------------------------------------------------

    def _spawn(self) -> Worker:
        # A fresh interpreter running `python -m server.worker`, not multiprocessing: forking a
        # threaded server can copy held locks into the child, and multiprocessing's spawn
        # re-imports the parent's __main__ (pytest, the CLI) in every worker.
        parent, child = socket.socketpair()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "server.worker", str(child.fileno()), str(self.store_path)],
                pass_fds=(child.fileno(),),
                stdin=subprocess.DEVNULL,
                env=worker_env(),
                cwd=PROJECT_ROOT,
            )
        finally:
            child.close()
        worker = Worker(proc, Connection(parent.detach()))
        with self._lock:
            self._workers.add(worker.pid)
        return worker

    def _respawn_later(self) -> None:
        def spawn() -> None:
            if self._closed:
                return
            try:
                self._idle.put(self._spawn())
            except OSError:
                log.exception("could not start a replacement query worker")

        threading.Thread(target=spawn, name="parley-respawn", daemon=True).start()

    def _discard(self, worker: Worker) -> None:
        pid = worker.pid
        if worker.process.poll() is None:
            worker.process.kill()
        _reap(worker.process)
        worker.conn.close()
        with self._lock:
            self._workers.discard(pid)
            self.killed.append(pid)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(self._workers)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            # Closing the connection ends the worker's receive loop; kill if it lingers.
            worker.conn.close()
            try:
                worker.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                _reap(worker.process)

    # --- queries ---------------------------------------------------------------------------

    def _acquire(self, wait: float) -> Worker:
        deadline = time.monotonic() + wait
        if not self._turnstile.acquire(timeout=wait):
            raise _busy(wait)
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise _busy(wait) from None
        finally:
            self._turnstile.release()

    def run(self, job: QueryJob, timeout: float) -> QueryOutcome:
        if self._closed:
            raise ApiError(503, "shutting_down", "the server is shutting down")
        worker = self._acquire(timeout)
        try:
            worker.conn.send(job)
            if not worker.ready(timeout):
                log.warning("query overran %.1f s; killing worker %s", timeout, worker.pid)
                self._discard(worker)
                self._respawn_later()
                raise timeout_error(timeout)
            reply = read_reply(worker.conn)
        except (EOFError, OSError) as err:
            log.error("query worker %s died: %s", worker.pid, err)
            self._discard(worker)
            self._respawn_later()
            raise ApiError(500, "worker_crashed", "the query worker stopped unexpectedly") from err
        self._idle.put(worker)
        if isinstance(reply, QueryFailure):
            raise failure_error(reply)
        assert isinstance(reply, QueryOutcome)
        return reply

    # --- writes ----------------------------------------------------------------------------

    @contextmanager
    def exclusive(self, wait: float) -> Iterator[None]:
        """Hold every worker with its store closed, so a writer can open the store alone."""
        deadline = time.monotonic() + wait
        if not self._turnstile.acquire(timeout=wait):
            raise _busy(wait)
        taken: list[Worker] = []
        try:
            try:
                while len(taken) < self.size:
                    taken.append(self._idle.get(timeout=max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                raise _busy(wait) from None
            for worker in list(taken):
                try:
                    worker.conn.send(CloseStore())
                    if not worker.conn.poll(wait) or not isinstance(worker.conn.recv(), Ack):
                        raise EOFError("no answer to close")
                except (EOFError, OSError):
                    taken.remove(worker)
                    self._discard(worker)
                    self._respawn_later()
            yield
        finally:
            for worker in taken:
                self._idle.put(worker)
            self._turnstile.release()


def _reap(proc: subprocess.Popen[bytes]) -> None:
    try:
        proc.wait(timeout=2)
    except subprocess.TimeoutExpired:
        log.error("query worker %s did not exit after SIGKILL", proc.pid)


def timeout_error(timeout: float) -> ApiError:
    return ApiError(
        503,
        "query_timeout",
        f"the query did not finish within the {timeout:g} s time limit and was "
        "stopped; narrow it down (bind a subject first, add LIMIT) and retry",
        {"Retry-After": "1"},
    )


def failure_error(failure: QueryFailure) -> ApiError:
    if failure.code == "bad_query":
        return ApiError(400, "malformed_query", failure.message)
    if failure.code == "upstream_error":
        return ApiError(502, "upstream_error", failure.message)
    return ApiError(500, failure.code, failure.message)


def _busy(wait: float) -> ApiError:
    return ApiError(
        503,
        "busy",
        f"no query worker became free within {wait:g} s; retry shortly",
        {"Retry-After": "2"},
    )

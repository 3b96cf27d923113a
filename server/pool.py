"""The query processes: a pebble process pool whose tasks are killed when they overrun.

Every query and update runs in a pool process (`server.worker`), sandboxed and memory-capped by
the pool's initializer. A request waits at most until its deadline (arrival + time limit) for a
process and for the answer; then its task is cancelled, which kills the process if it was
running (Oxigraph cannot be interrupted), pebble starts another, and the client gets the 503.
Client queries hold at most `size` processes; the pool has one more, so the server's own page
queries and `/health` are never stuck behind runaway client queries.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from pebble import ProcessExpired, ProcessPool

from server.errors import ApiError
from server.worker import sandbox

log = logging.getLogger(__name__)

T = TypeVar("T")


class QueryPool:
    def __init__(self, size: int, memory_bytes: int, network: bool = False) -> None:
        self.size = size
        self.memory_bytes = memory_bytes
        self.network = network
        self._client_slots = threading.BoundedSemaphore(size)
        self._lock = threading.Lock()
        self._pool: ProcessPool | None = None
        self._closed = False

    def _started(self) -> ProcessPool:
        # Started on first use, so that creating the app starts no process.
        with self._lock:
            if self._closed:
                raise ApiError(503, "shutting_down", "the server is shutting down")
            if self._pool is not None and not self._pool.active:
                # pebble gives up on a pool whose process died between tasks (killed from
                # outside, or in the instant after finishing a task): start a new pool.
                log.warning("the query pool broke; starting a new one")
                broken, self._pool = self._pool, None
                threading.Thread(target=_stop, args=(broken,), daemon=True).start()
            if self._pool is None:
                # Processes are forked from a fork server (a fresh interpreter with the worker
                # module imported), not from this threaded server, whose locks held by other
                # threads would be copied into them; a replacement starts in milliseconds.
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["server.worker"])
                self._pool = ProcessPool(
                    max_workers=self.size + 1,
                    initializer=sandbox,
                    initargs=(self.memory_bytes, self.network),
                    context=context,
                )
            return self._pool

    def ready(self) -> None:
        """Start the pool if needed and wait (up to a minute) until a process answers, so that
        starting processes does not count as any query's time."""
        with self._lock:
            started = self._pool is not None and self._pool.active
        if not started:
            self._started().schedule(os.getpid).result(timeout=60)

    def pids(self) -> list[int]:
        with self._lock:
            pool = self._pool
        if pool is None:
            return []
        workers = getattr(pool, "_pool_manager", None)
        found = getattr(getattr(workers, "worker_manager", None), "workers", {})
        return sorted(int(pid) for pid in found)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            _stop(pool)

    def run(
        self,
        function: Callable[..., T],
        args: Iterable[Any],
        deadline: float,
        timeout: float,
        client: bool = True,
        retry: bool = True,
    ) -> T:
        """`function(*args)` in a pool process, by `deadline` (a `time.monotonic()` value) or a
        503; `client` requests take one of the `size` client slots. A task lost with a broken
        pool runs once more on a new one if `retry` (reads, not writes)."""
        if client and not self._client_slots.acquire(timeout=_left(deadline)):
            raise timeout_error(timeout)
        try:
            try:
                return self._run(function, tuple(args), deadline, timeout)
            except BrokenProcessPool as err:
                if not retry:
                    raise ApiError(
                        503, "worker_crashed", "the query processes were restarted; retry"
                    ) from err
                return self._run(function, tuple(args), deadline, timeout)
        finally:
            if client:
                self._client_slots.release()

    def _run(
        self, function: Callable[..., T], args: tuple[Any, ...], deadline: float, timeout: float
    ) -> T:
        try:
            future = self._started().schedule(function, args=args, timeout=_left(deadline) or 0.001)
        except RuntimeError as err:  # pebble's refusal once its pool is broken
            raise BrokenProcessPool(str(err)) from err
        try:
            return future.result(timeout=_left(deadline) + 0.05)
        except (TimeoutError, CancelledError):
            future.cancel()  # kills the process if the task is running
            log.warning("a task overran its %.1f s; stopped", timeout)
            raise timeout_error(timeout) from None
        except ProcessExpired as err:
            raise self._expired(err) from err

    def _expired(self, err: ProcessExpired) -> ApiError:
        code = err.exitcode
        log.error("a query process stopped with exit code %s", code)
        if code in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGKILL):
            return ApiError(
                503,
                "query_memory",
                f"the query process stopped (signal {-code}), most likely past its memory "
                f"ceiling of {self.memory_bytes // 2**20} MiB; narrow the query down and retry",
            )
        return ApiError(500, "worker_crashed", "the query process stopped unexpectedly")


def _stop(pool: ProcessPool) -> None:
    pool.stop()
    pool.join(timeout=5)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def timeout_error(timeout: float) -> ApiError:
    return ApiError(
        503,
        "query_timeout",
        f"the query did not finish within the {timeout:g} s time limit and was "
        "stopped; narrow it down (bind a subject first, add LIMIT) and retry",
        {"Retry-After": "1"},
    )

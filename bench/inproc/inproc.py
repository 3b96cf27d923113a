"""PROTOTYPE (not for server/): queries run in the serving process itself, no process hop.

PROTO_MODE=direct: the request thread calls the function (no timeout protection at all);
PROTO_MODE=thread: the function runs in a fresh daemon thread, the request thread waits with
the deadline; on overrun it answers 503 and the process is marked for retirement (gunicorn's
post_request hook stops the worker, worker_exit ends it with os._exit)."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import Any, TypeVar

from server.errors import ApiError
from server.pool import timeout_error

log = logging.getLogger(__name__)
T = TypeVar("T")
MODE = os.environ.get("PROTO_MODE", "thread")
RUNAWAY = threading.Event()  # set when a query overran: this process must retire
AT_ONCE = threading.Event()  # ... and without waiting for its other requests (memory grows)
WATCH = 0.05
_PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * _PAGE


def _in_thread(function: Callable[..., T], args: tuple[Any, ...], fut: Future) -> None:
    try:
        fut.set_result(function(*args))
    # Whatever the query raised is the waiting request thread's to handle, as pebble hands a
    # task's exception to its caller.
    except BaseException as err:  # noqa: BLE001
        fut.set_exception(err)


class _Companion:
    """One daemon thread per request thread that runs its queries; abandoned if it overruns."""

    def __init__(self) -> None:
        import queue

        self.jobs: queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...], Future]] = (
            queue.SimpleQueue()
        )
        threading.Thread(target=self._loop, daemon=True).start()

    def _loop(self) -> None:
        while True:
            function, args, fut = self.jobs.get()
            _in_thread(function, args, fut)


_local = threading.local()


class InProcessPool:
    def __init__(self, size: int, memory_bytes: int, network: bool = False) -> None:
        self.size = size
        self.memory_bytes = memory_bytes
        self._client_slots = threading.BoundedSemaphore(size)
        self.soft_bytes = int(os.environ.get("PROTO_SOFT_MIB", "0")) * 2**20

    def _wait(self, fut: Future, deadline: float):
        # First wait without looking at memory (light queries never pay for the check), then
        # look at the resident size every WATCH seconds until the deadline.
        try:
            return fut.result(timeout=min(WATCH, max(0.0, deadline - time.monotonic())))
        except TimeoutError:
            pass
        while True:
            if self.soft_bytes and _rss() > self.soft_bytes:
                raise MemoryError
            left = deadline - time.monotonic()
            if left <= -0.05:
                raise TimeoutError
            try:
                return fut.result(timeout=min(WATCH, left + 0.05))
            except TimeoutError:
                continue

    def ready(self) -> None:
        pass

    def pids(self) -> list[int]:
        return [os.getpid()]

    def close(self) -> None:
        pass

    def run(
        self,
        function,
        args: Iterable[Any],
        deadline: float,
        timeout: float,
        client: bool = True,
        retry: bool = True,
    ):
        if MODE == "direct":
            return function(*tuple(args))
        if client and not self._client_slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise timeout_error(timeout)
        try:
            fut: Future = Future()
            if MODE == "companion":
                companion = getattr(_local, "companion", None)
                if companion is None:
                    companion = _local.companion = _Companion()
                companion.jobs.put((function, tuple(args), fut))
            else:
                threading.Thread(
                    target=_in_thread, args=(function, tuple(args), fut), daemon=True
                ).start()
            try:
                return self._wait(fut, deadline)
            except MemoryError:
                log.warning("a query passed the memory ceiling; this worker retires at once")
                RUNAWAY.set()
                AT_ONCE.set()
                _local.companion = None
                raise ApiError(
                    503,
                    "query_memory",
                    "the query passed its memory ceiling of "
                    f"{self.soft_bytes // 2**20} MiB and was stopped",
                ) from None
            except TimeoutError:
                log.warning("a query overran its %.1f s; this worker retires", timeout)
                RUNAWAY.set()
                _local.companion = None  # busy with the runaway
                raise timeout_error(timeout) from None
        finally:
            if client:
                self._client_slots.release()

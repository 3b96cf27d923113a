"""The HTTP worker processes on the public socket, seen from the server process.

`kg serve` binds the public socket and gives it to `count` worker processes
(`server.front_worker`), which answer plain query GETs themselves. What they hand over (a
connection with the bytes already read from it) joins waitress here, as if waitress had
accepted it. Workers that die (the watchdog ends one whose query overran) are replaced.
Before a write, every worker closes its read-only store handle (`exclusive`), as the query
workers of `server.pool` do.
"""

from __future__ import annotations

import json
import logging
import mmap
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from server.config import ServerConfig
from server.front_worker import EXIT_TIMEOUT
from server.pool import PROJECT_ROOT, worker_env

log = logging.getLogger(__name__)

# Large enough for a handed-over head plus what was read of a body with it.
_CONTROL_BUFFER = 1 << 20
# A worker that dies sooner than this after its start is not replaced at once (crash loop).
_MIN_LIFETIME = 2.0


@dataclass
class FrontProcess:
    process: subprocess.Popen[bytes]
    control: socket.socket
    slot: int
    started: float = field(default_factory=time.monotonic)
    acks: queue.Queue[bool] = field(default_factory=queue.Queue)

    @property
    def pid(self) -> int:
        return self.process.pid


class FrontTier:
    def __init__(
        self, listener: socket.socket, waitress: Any, config: ServerConfig, port: int, count: int
    ) -> None:
        # `waitress` is a waitress TcpWSGIServer: handed-over connections become its channels.
        self.listener = listener
        self.waitress = waitress
        self.config = config
        self.port = port
        self.count = count
        self._lock = threading.Lock()
        self._workers: list[FrontProcess] = []
        self._closed = False  # a write is in progress: workers start with their store closed
        self._stopping = False
        self.exits: list[tuple[int, int]] = []  # (pid, exit status) of workers that ended
        # The board: one int per worker slot, the connections its worker holds (-1: none), so
        # the workers can share out new connections (`FrontWorker._offered`).
        self._board_fd = os.memfd_create("parley-connections")
        os.ftruncate(self._board_fd, 4 * count)
        self._board_map = mmap.mmap(self._board_fd, 4 * count)
        self.board = memoryview(self._board_map).cast("i")
        for i in range(count):
            self.board[i] = -1
        self._free_slots = list(range(count))

    def start(self) -> None:
        for _ in range(self.count):
            self._spawn()

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.pid for w in self._workers)

    # --- life cycle ------------------------------------------------------------------------

    def _spawn(self) -> None:
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        for sock in (parent, child):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _CONTROL_BUFFER)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _CONTROL_BUFFER)
        with self._lock:
            slot = self._free_slots.pop(0)
            self.board[slot] = 0
            settings = {
                "store": str(self.config.store),
                "timeout": self.config.timeout,
                "max_rows": self.config.max_rows,
                "base_url": self.config.base_url,
                "cors_origin": self.config.cors_origin,
                "port": self.port,
                "closed": self._closed,
                "board": self._board_fd,
                "slot": slot,
            }
            try:
                proc = subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "server.front_worker",
                        str(self.listener.fileno()),
                        str(child.fileno()),
                        json.dumps(settings),
                    ],
                    pass_fds=(self.listener.fileno(), child.fileno(), self._board_fd),
                    stdin=subprocess.DEVNULL,
                    env=worker_env(),
                    cwd=PROJECT_ROOT,
                )
            finally:
                child.close()
            worker = FrontProcess(proc, parent, slot)
            self._workers.append(worker)
        threading.Thread(
            target=self._receive, args=(worker,), name=f"parley-front-{proc.pid}", daemon=True
        ).start()

    def _receive(self, worker: FrontProcess) -> None:
        """Messages from one worker until it ends; then replace it."""
        while True:
            try:
                msg, fds, _, _ = socket.recv_fds(worker.control, _CONTROL_BUFFER, 1)
            except OSError:
                msg, fds = b"", []
            if not msg:
                for fd in fds:
                    os.close(fd)
                break
            if msg[:1] == b"H" and fds:
                self._adopt(fds[0], msg[1:], worker.control)
            elif msg[:1] == b"A":
                worker.acks.put(True)
            else:
                for fd in fds:
                    os.close(fd)
        worker.acks.put(False)
        self._ended(worker)

    def _adopt(self, fd: int, head: bytes, control: socket.socket) -> None:
        """Give a handed-over connection to waitress, with the unsent end of an answer to it
        and the bytes the worker had read from it (packets that follow the head)."""
        sock = socket.socket(fileno=fd)
        info = json.loads(head)
        addr = tuple(info["addr"])
        parts: list[bytes] = []
        missing = int(info["out"]) + int(info["in"])
        while missing > 0:
            part = control.recv(_CONTROL_BUFFER)
            if not part:
                sock.close()
                return
            parts.append(part)
            missing -= len(part)
        rest = b"".join(parts)
        pending, data = rest[: info["out"]], rest[info["out"] :]
        server = self.waitress

        def adopt() -> None:
            # Runs in waitress's loop thread, as its own `handle_accept` would.
            try:
                server.set_socket_options(sock)
                channel = server.channel_class(server, sock, addr, server.adj, map=server._map)
                if pending:
                    # The end of an answer the worker started: out before anything else.
                    with channel.outbuf_lock:
                        channel.outbufs[-1].append(pending)
                        channel.current_outbuf_count += len(pending)
                        channel.total_outbufs_len += len(pending)
                    if info["close"]:
                        channel.close_when_flushed = True
                        return
                if data:
                    channel.received(data)
            except OSError as err:
                log.warning("could not take over a connection: %s", err)
                sock.close()

        server.trigger.pull_trigger(adopt)

    def _ended(self, worker: FrontProcess) -> None:
        worker.control.close()
        try:
            status = worker.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            worker.process.kill()
            status = worker.process.wait()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)
                self.board[worker.slot] = -1
                self._free_slots.append(worker.slot)
            self.exits.append((worker.pid, status))
            stopping = self._stopping
        if stopping:
            return
        if status == EXIT_TIMEOUT:
            log.info("HTTP worker %d stopped by its watchdog; starting another", worker.pid)
        else:
            log.warning("HTTP worker %d exited with %s; starting another", worker.pid, status)
        if time.monotonic() - worker.started < _MIN_LIFETIME:
            time.sleep(_MIN_LIFETIME)
        if not self._stopping:
            try:
                self._spawn()
            except OSError:
                log.exception("could not start a replacement HTTP worker")

    def close(self) -> None:
        with self._lock:
            self._stopping = True
            workers = list(self._workers)
        for worker in workers:
            try:
                # The worker reads the end of its control socket as the order to stop.
                worker.control.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for worker in workers:
            try:
                worker.process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()

    # --- writes ----------------------------------------------------------------------------

    @contextmanager
    def exclusive(self, wait: float) -> Iterator[None]:
        """Every worker with its store handle closed until the block ends."""
        deadline = time.monotonic() + wait
        with self._lock:
            self._closed = True
            workers = list(self._workers)
        try:
            for worker in workers:
                try:
                    worker.control.send(b"C")
                except OSError:
                    pass  # it is ending; its receiver thread records that
            for worker in workers:
                try:
                    closed = worker.acks.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    closed = False
                if not closed and worker.process.poll() is None:
                    # Stuck in a query past the writer's patience: it cannot keep its handle.
                    log.warning("HTTP worker %d did not close its store; killing it", worker.pid)
                    worker.process.kill()
                    worker.process.wait()
            yield
        finally:
            with self._lock:
                self._closed = False
                workers = list(self._workers)
            for worker in workers:
                try:
                    worker.control.send(b"O")
                except OSError:
                    pass

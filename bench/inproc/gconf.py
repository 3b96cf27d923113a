"""PROTOTYPE gunicorn config: sandbox each worker after fork; retire a worker whose query
overran."""

import errno
import os
import resource
import socket

from bench.inproc import inproc

preload_app = os.environ.get("PROTO_PRELOAD", "1") == "1"
MEMORY = int(os.environ.get("PROTO_MEMORY_MIB", "0")) * 2**20
SANDBOX = os.environ.get("PROTO_SANDBOX", "1") == "1"


def post_fork(server, worker):
    if MEMORY:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    if SANDBOX:
        import pyseccomp as sc

        rules = sc.SyscallFilter(sc.ALLOW)
        rules.add_rule(sc.ERRNO(errno.ENETUNREACH), "socket", sc.Arg(0, sc.NE, socket.AF_UNIX))
        rules.add_rule(sc.ERRNO(errno.ENETUNREACH), "socketpair", sc.Arg(0, sc.NE, socket.AF_UNIX))
        rules.add_rule(sc.ERRNO(errno.ENOSYS), "io_uring_setup")
        rules.load()


def post_request(worker, req, environ, resp):
    if inproc.AT_ONCE.is_set():
        os._exit(0)  # the answer is sent; the runaway keeps allocating
    if inproc.RUNAWAY.is_set() and worker.alive:
        worker.log.warning("worker %s retires: a query overran", worker.pid)
        worker.alive = False
        if hasattr(worker, "method_queue"):
            worker.method_queue.defer(lambda: None)  # wake gthread's poller


def worker_exit(server, worker):
    if inproc.RUNAWAY.is_set():
        os._exit(0)  # the runaway query thread cannot be joined

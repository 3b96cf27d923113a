"""Virtuoso open source (Debian's `virtuoso-opensource`) on loopback with a database of its own.

`virtuoso(folder)` writes a minimal virtuoso.ini in `folder`, starts `virtuoso-t` on two free
loopback ports (SQL and HTTP), grants SPARQL Update to the anonymous SPARQL user and yields a
`Virtuoso` with the endpoint URL. `bench/` uses it too. Raises `VirtuosoMissing` where the
binaries are not installed (`.ci/run` installs them with apt-get).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = ., {db}, {load_dir}
CheckpointInterval = 60
; kg serve asks for its row cap + 1 rows (10,001 by default), sorted too.
MaxSortedTopRows = 1000000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 8
[SPARQL]
ResultSetMaxRows = 1000000000
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""


class VirtuosoMissing(RuntimeError):
    """virtuoso-t or isql-vt is not installed."""


@dataclass
class Virtuoso:
    url: str  # the SPARQL endpoint, http://127.0.0.1:PORT/sparql
    sql_port: int
    folder: Path

    def isql(self, *statements: str) -> str:
        """Run SQL statements as dba (the password of a fresh database is dba)."""
        script = "".join(s.rstrip().rstrip(";") + ";\n" for s in statements)
        done = subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba"],
            input=script,
            capture_output=True,
            text=True,
            timeout=3600,
            check=True,
        )
        if "*** Error" in done.stdout or "*** Error" in done.stderr:
            raise RuntimeError(f"isql: {done.stdout}{done.stderr}")
        return done.stdout

    def bulk_load(self, folder: Path, pattern: str = "*.nq") -> None:
        """Virtuoso's own bulk loader over the files of `folder` (graphs from the N-Quads)."""
        self.isql(
            f"ld_dir('{folder}', '{pattern}', 'https://w3id.org/parley/default')",
            "rdf_loader_run()",
            "checkpoint",
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def virtuoso(
    folder: Path, load_dir: Path | None = None, buffers: int = 20000
) -> Iterator[Virtuoso]:
    binary = shutil.which("virtuoso-t")
    if binary is None or shutil.which("isql-vt") is None:
        raise VirtuosoMissing(
            "Virtuoso is not installed (apt-get install virtuoso-opensource, as .ci/run does)"
        )
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        INI.format(
            db=folder,
            sql_port=sql_port,
            http_port=http_port,
            load_dir=load_dir or folder,
            buffers=buffers,
            dirty=buffers * 3 // 4,
        ),
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(ini)],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http_port}/sparql"
    server = Virtuoso(url, sql_port, folder)
    try:
        for _ in range(600):
            if proc.poll() is not None:
                log = (folder / "virtuoso.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"virtuoso-t exited with {proc.returncode}: {log}")
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=1).close()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        else:
            raise RuntimeError("virtuoso-t did not start within 60 s")
        server.isql('GRANT SPARQL_UPDATE TO "SPARQL"')
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """One Virtuoso on loopback for a test module, or its tests skipped saying why."""
    try:
        with virtuoso(tmp_path_factory.mktemp("virtuoso")) as v:
            yield v
    except VirtuosoMissing as err:
        pytest.skip(str(err))

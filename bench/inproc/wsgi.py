"""PROTOTYPE: the Flask app with queries in-process (see inproc.py). Store from KG_STORE."""

from __future__ import annotations

import os

from bench.inproc.inproc import InProcessPool
from server import create_app
from server.context import EXTENSION

app = create_app(
    {"store": os.environ["KG_STORE"], "timeout": float(os.environ.get("KG_QUERY_TIMEOUT", "30"))}
)
_kb = app.extensions[EXTENSION]
_kb.pool = InProcessPool(
    int(os.environ.get("PROTO_SLOTS", _kb.config.workers)), _kb.config.query_memory * 2**20
)

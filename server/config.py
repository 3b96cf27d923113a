"""Server settings: explicit values win over KG_* environment variables, which win over defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

DEFAULT_STORE = Path("kb")

# Environment variable for each setting; a setting missing here cannot be set from the environment.
ENV_VARS: dict[str, str] = {
    "store": "KG_STORE",
    "host": "KG_HOST",
    "port": "KG_PORT",
    "threads": "KG_THREADS",
    "workers": "KG_QUERY_WORKERS",
    "query_memory": "KG_QUERY_MEMORY",
    "timeout": "KG_QUERY_TIMEOUT",
    "max_rows": "KG_MAX_ROWS",
    "max_body": "KG_MAX_BODY",
    "update_token": "KG_UPDATE_TOKEN",
    "base_url": "KG_BASE_URL",
    "cors_origin": "KG_CORS_ORIGIN",
}


class ConfigError(ValueError):
    """A setting has a value of the wrong type or outside its range."""


# A query process needs this much address space just to open a store (RocksDB's threads and
# the mappings it inherits from its parent, which differ between `kg query` and `kg serve`):
# at 400 MiB it aborted on opening even the small test store, and at 512 MiB under `kg query`.
MIN_QUERY_MEMORY = 1024


@dataclass(frozen=True)
class ServerConfig:
    store: Path = DEFAULT_STORE
    host: str = "127.0.0.1"
    port: int = 5000
    # Waitress's request threads: a request waiting for its query holds one, so there are
    # enough for queries queued up to their time limit and the pages meanwhile.
    threads: int = 16
    # Processes running client queries, each one query at a time, killed on timeout (the pool
    # has one more for the server's own page queries).
    workers: int = 2
    # Address space of each query process, in MiB (RLIMIT_AS).
    query_memory: int = 2048
    timeout: float = 30.0
    max_rows: int = 10_000
    max_body: int = 16 * 1024 * 1024
    # No token means the server is read-only: updates and GSP writes are refused.
    update_token: str | None = None
    # A SPARQL 1.1 server to front instead of the store folder (its base URL: queries go to
    # `<remote>/query`); the server is then read-only.
    remote: str | None = None
    # Public URL of the server (for the service description); None means the request's own URL.
    base_url: str | None = None
    cors_origin: str = "*"

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ConfigError("workers must be at least 1")
        if self.query_memory < MIN_QUERY_MEMORY:
            raise ConfigError(f"query_memory must be at least {MIN_QUERY_MEMORY} (MiB)")
        if self.threads < 1:
            raise ConfigError("threads must be at least 1")
        if self.timeout <= 0:
            raise ConfigError("timeout must be positive")
        if self.max_rows < 1:
            raise ConfigError("max_rows must be at least 1")
        if self.max_body < 1024:
            raise ConfigError("max_body must be at least 1024 bytes")

    @property
    def read_only(self) -> bool:
        return not self.update_token or self.remote is not None

    @classmethod
    def resolve(
        cls, explicit: Mapping[str, object] | None = None, env: Mapping[str, str] | None = None
    ) -> ServerConfig:
        """A config from explicit values (None: unset), then KG_* env vars, then defaults."""
        environ = os.environ if env is None else env
        given = {k: v for k, v in (explicit or {}).items() if v is not None}
        known = {f.name for f in fields(cls)}
        unknown = set(given) - known
        if unknown:
            raise ConfigError(f"unknown server settings: {', '.join(sorted(unknown))}")
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name in given:
                values[f.name] = _coerce(f.name, given[f.name])
            elif ENV_VARS.get(f.name) and environ.get(ENV_VARS[f.name], "") != "":
                values[f.name] = _coerce(f.name, environ[ENV_VARS[f.name]])
        return cls(**values)  # type: ignore[arg-type]

    def with_values(self, **changes: object) -> ServerConfig:
        return replace(self, **{k: _coerce(k, v) for k, v in changes.items()})  # type: ignore[arg-type]


_INTS = {"port", "threads", "workers", "query_memory", "max_rows", "max_body"}


def _coerce(name: str, value: object) -> object:
    try:
        if name == "store":
            return Path(str(value))
        if name in _INTS:
            return int(str(value))
        if name == "timeout":
            return float(str(value))
    except ValueError as err:
        raise ConfigError(f"setting {name!r}: {value!r} is not a number") from err
    return str(value)


def as_config(config: ServerConfig | Mapping[str, object]) -> ServerConfig:
    if isinstance(config, ServerConfig):
        return config
    return ServerConfig.resolve(config)

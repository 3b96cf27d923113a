"""The README documents what the project ships: every CLI command and every shipped query."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.cli import main
from kg.queries import CONTRACT, all_queries
from kg.store import Store

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands() -> None:
    head = README[: README.index("## A five-minute tour")]
    assert "make run" in head and "make test" in head


def test_every_cli_command_and_option_is_in_the_reference() -> None:
    for name, command in main.commands.items():
        assert f"`kg {name}" in README, f"kg {name} is missing from the README"
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in ("--store", "--help"):
                    assert opt in README, f"kg {name} {opt} is missing from the README"


def test_every_query_is_documented_and_says_its_question() -> None:
    for name, q in all_queries().items():
        assert f"`{name}.rq`" in README, f"{name}.rq is missing from the README"
        assert len(q.question) > 20, f"{name}.rq has no question in its comment header"


def test_queries_parse_and_contract_variables_come_first() -> None:
    store = Store(None)
    for name, q in all_queries().items():
        result = store.query(q.text)
        assert isinstance(result, ox.QuerySolutions), name
        if name in CONTRACT:
            names = [v.value for v in result.variables]
            assert names[: len(CONTRACT[name])] == CONTRACT[name], name


def test_every_server_setting_is_documented() -> None:
    from server.config import ENV_VARS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    missing = [var for var in ENV_VARS.values() if f"`{var}`" not in readme]
    assert not missing, f"README does not mention {missing}"

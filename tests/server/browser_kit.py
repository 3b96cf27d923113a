"""What the headless-Chromium page tests share: the browser, a page that records what the
server's Content-Security-Policy refused, and screenshots copied to tests/artifacts/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# No background networking: this machine's closed network refuses Chromium's own connections.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


# What the server's Content-Security-Policy refused on a page (an inline script or handler).
REFUSED: list[str] = []


@pytest.fixture
def no_csp_violation() -> Iterator[None]:
    REFUSED.clear()
    yield
    assert not REFUSED, REFUSED


# Tests wait with locators, never page.wait_for_function: Playwright runs that predicate through
# eval in the page, which the server's CSP (script-src 'self') refuses at random points in time.
def new_page(browser: Any, **options: Any) -> Any:
    page = browser.new_page(**options)
    page.on(
        "console",
        lambda m: REFUSED.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return page


def save(page: Any, tmp_path: Path, name: str) -> None:
    shot = tmp_path / name
    page.screenshot(path=str(shot), full_page=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, ARTIFACTS / name)

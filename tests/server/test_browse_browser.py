"""Browsing pages in headless Chromium against the live server: facets narrow the table, the
URL holds the view, the table fits the page; screenshots go to tests/artifacts/."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
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

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")


@pytest.fixture(scope="module")
def browser() -> Any:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


# What the server's Content-Security-Policy refused on a page (an inline script or handler).
_REFUSED: list[str] = []


@pytest.fixture(autouse=True)
def _no_csp_violation() -> Any:
    _REFUSED.clear()
    yield
    assert not _REFUSED, _REFUSED


def _new_page(browser: Any, **options: Any) -> Any:
    page = browser.new_page(**options)
    page.on(
        "console",
        lambda m: _REFUSED.append(m.text) if "Content Security Policy" in m.text else None,
    )
    return page


def _save(page: Any, tmp_path: Path, name: str) -> None:
    shot = tmp_path / name
    page.screenshot(path=str(shot), full_page=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, ARTIFACTS / name)


def test_events_facets_narrow_the_table(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = _new_page(browser, viewport={"width": 1100, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(live_server.url + "/events")
    assert page.locator("table.data tbody tr").count() == 3
    page.locator(".facets a", has_text="held").first.click()
    page.wait_for_url("**/events?status=held")
    assert page.locator("table.data tbody tr").count() == 2
    assert "10 March 2025" in page.locator("table.data").inner_text()
    # The table fits the page: nothing runs off to the right.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    _save(page, tmp_path, "browse-events.png")
    page.locator("th a", has_text="Date").click()
    page.wait_for_url("**sort=**")
    assert "status=held" in page.url
    assert not errors, errors


def test_statements_and_home_timeline(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = _new_page(browser, viewport={"width": 1100, "height": 800})
    page.goto(live_server.url + "/statements?speaker=actor/sergei-lavrov")
    assert page.locator("table.data tbody tr").count() == 2
    _save(page, tmp_path, "browse-statements.png")
    page.goto(live_server.url + "/")
    bars = page.locator("#timeline a")
    assert bars.count() == 3 and page.locator("#timeline").is_visible()
    _save(page, tmp_path, "home-timeline.png")
    bars.last.click()
    page.wait_for_url("**/events?from=2025-05-01&to=2025-05-31")
    assert page.locator("table.data tbody tr").count() == 1

"""Browsing pages in headless Chromium against the live server: facets narrow the table, the
URL holds the view, the table fits the page; screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_kit import browser, needs_chromium, new_page, no_csp_violation, save

pytest.importorskip("playwright.sync_api")
pytestmark = [needs_chromium, pytest.mark.usefixtures("no_csp_violation")]
__all__ = ["browser", "no_csp_violation"]  # fixtures from browser_kit


def test_events_facets_narrow_the_table(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = new_page(browser, viewport={"width": 1100, "height": 800})
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
    save(page, tmp_path, "browse-events.png")
    page.locator("th a", has_text="Date").click()
    page.wait_for_url("**sort=**")
    assert "status=held" in page.url
    assert not errors, errors


def test_statements_and_home_timeline(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = new_page(browser, viewport={"width": 1100, "height": 800})
    page.goto(live_server.url + "/statements?speaker=actor/sergei-lavrov")
    assert page.locator("table.data tbody tr").count() == 2
    save(page, tmp_path, "browse-statements.png")
    page.goto(live_server.url + "/")
    bars = page.locator("#timeline a")
    assert bars.count() == 3 and page.locator("#timeline").is_visible()
    save(page, tmp_path, "home-timeline.png")
    bars.last.click()
    page.wait_for_url("**/events?from=2025-05-01&to=2025-05-31")
    assert page.locator("table.data tbody tr").count() == 1

"""Headless Chromium against the live server: the query page runs a query, the actor page
shows its timeline and network picture. Screenshots go to the test's tmp dir and
tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_kit import browser, needs_chromium, save

pytest.importorskip("playwright.sync_api")
pytestmark = [needs_chromium]
__all__ = ["browser"]  # fixtures from browser_kit


def test_query_page_runs_example(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(live_server.url + "/query")  # type: ignore[attr-defined]
    page.wait_for_selector(".yasqe .CodeMirror", timeout=15000)
    page.select_option("#examples", "actors")
    page.wait_for_selector(".yasr_results table, .yasr .dataTable", timeout=15000)
    page.locator(".yasr", has_text="Marco Rubio").wait_for(timeout=15000)
    assert "query=" in page.url and "actor" in page.url
    save(page, tmp_path, "query-page.png")
    assert not errors, errors


def test_shared_query_url(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(
        live_server.url + "/query?query=SELECT%20%3Fx%20WHERE%20%7B%20BIND(42%20AS%20%3Fx)%20%7D"
    )  # type: ignore[attr-defined]
    page.wait_for_selector(".yasqe .CodeMirror", timeout=15000)
    text = page.evaluate("window.parleyYasgui.getTab().getQuery()")
    assert "BIND(42 AS ?x)" in text


def test_actor_page(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(live_server.url + "/id/actor/sergei-lavrov")  # type: ignore[attr-defined]
    assert page.locator("h1").inner_text().startswith("Sergei Lavrov")
    items = page.locator("#timeline li")
    assert items.count() == 2
    svg = page.locator("#network svg")
    assert svg.is_visible()
    assert svg.locator("circle").count() >= 2
    save(page, tmp_path, "actor-page.png")
    page.goto(live_server.url + "/id/article/2025-05-16-istanbul-talks")  # type: ignore[attr-defined]
    assert page.locator("#article-text a.hl").count() > 5
    save(page, tmp_path, "article-page.png")


def test_event_and_statement_pages_open_with_their_summary(
    browser: Any, live_server: Any, tmp_path: Path
) -> None:
    """Who, what, where and when at the top, the provenance folded away below."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(live_server.url + "/id/event/2025-05-16-istanbul-talks-1")  # type: ignore[attr-defined]
    summary = page.locator("#summary")
    assert summary.is_visible() and "negotiation round" in summary.inner_text()
    assert summary.bounding_box()["y"] < 400  # at the top, in the first screen
    assert not page.locator("details:not([open])").first.locator("table, dl, ul").first.is_visible()
    save(page, tmp_path, "event-page.png")
    page.goto(live_server.url + "/id/statement/2025-03-10-rubio-lavrov-call-1")  # type: ignore[attr-defined]
    summary = page.locator("#summary")
    assert summary.is_visible() and "Marco Rubio" in summary.inner_text()
    assert summary.bounding_box()["y"] < 400
    save(page, tmp_path, "statement-page.png")

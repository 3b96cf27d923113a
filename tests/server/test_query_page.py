"""The query page in headless Chromium: the server's error in place with its line, the server's
prefixes known to the editor, result IRIs opening local pages under their labels, literals as
values, and a table that fits the page. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from browser_kit import REFUSED, browser, needs_chromium, new_page, no_csp_violation, save

expect = pytest.importorskip("playwright.sync_api").expect
pytestmark = [needs_chromium, pytest.mark.usefixtures("no_csp_violation")]
__all__ = ["browser", "no_csp_violation"]  # fixtures from browser_kit


def _open(browser: Any, live_server: Any, query: str) -> Any:
    page = new_page(browser, viewport={"width": 1100, "height": 900})
    page.goto(live_server.url + "/query?query=" + quote(query))
    page.wait_for_selector(".yasqe .CodeMirror", timeout=15000)
    return page


def test_error_in_place_with_its_line(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = _open(browser, live_server, "SELECT ?n WHERE {\n  ?a pa:name ?n\n  FILTER (?n = ) }")
    page.evaluate("window.parleyYasgui.getTab().query().catch(() => null)")
    box = page.locator("#query-error")
    box.wait_for(state="visible", timeout=15000)
    text = box.inner_text()
    assert text.startswith("400 malformed_query (line 3, column") and "expected" in text
    assert page.locator(".CodeMirror .error-line").count() == 1
    save(page, tmp_path, "query-error.png")


def test_prefixes_known_links_local_and_labelled(
    browser: Any, live_server: Any, tmp_path: Path
) -> None:
    query = "SELECT ?event ?date ?kind WHERE { ?event pa:date ?date ; pa:eventType ?kind }"
    page = _open(browser, live_server, query)
    # pa: is declared by the server: the editor does not flag it.
    page.wait_for_timeout(300)
    assert page.evaluate("window.parleyYasgui.getTab().getYasqe().queryValid") is not False
    page.evaluate("window.parleyYasgui.getTab().query().catch(() => null)")
    page.wait_for_selector(".yasr table a[data-iri]", timeout=15000)
    link = page.locator(".yasr table a[data-iri]").first
    assert link.get_attribute("href").startswith("/id/event/")
    page.locator(".yasr td", has_text=re.compile(r"^\s*2025-03-10\s*$")).first.wait_for(
        timeout=15000
    )
    assert "^^" not in page.locator(".yasr table").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    save(page, tmp_path, "query-results.png")


def test_result_iris_show_their_labels(browser: Any, live_server: Any) -> None:
    """An IRI with a name opens its local page under that name, not its prefixed IRI."""
    query = 'SELECT ?a WHERE { ?a pa:name "Sergei Lavrov" }'
    page = _open(browser, live_server, query)
    page.evaluate("window.parleyYasgui.getTab().query().catch(() => null)")
    page.wait_for_selector(".yasr table a[data-iri]", timeout=15000)
    link = page.locator(".yasr table a[data-iri]").first
    expect(link).to_have_text("Sergei Lavrov", timeout=15000)
    assert link.get_attribute("href").startswith("/id/actor/")


def test_an_injected_style_element_is_refused(browser: Any, live_server: Any) -> None:
    """Only YASGUI's own <style> elements (by hash) apply; any other inline <style> is refused,
    so injected markup cannot style (or read, through selectors) the page."""
    page = _open(browser, live_server, "ASK {}")
    color = page.evaluate(
        "() => { const s = document.createElement('style');"
        " s.textContent = 'body { color: rgb(1, 2, 3) }'; document.head.append(s);"
        " return getComputedStyle(document.body).color; }"
    )
    assert color != "rgb(1, 2, 3)"
    refused = [m for m in REFUSED if "style" in m]
    assert len(refused) == 1 and "style-src-elem" in refused[0]
    REFUSED.clear()  # the refusal expected here is no failure of the page

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


# Every label and circle of the network picture, as drawn (getBBox measures the real text),
# against the picture's viewBox: all inside means no label is clipped.
_OUTSIDE = """svg => {
  const v = svg.viewBox.baseVal;
  return [...svg.querySelectorAll('text, circle')].map(e => {
    const b = e.getBBox();
    const inside = b.x >= v.x && b.y >= v.y &&
                   b.x + b.width <= v.x + v.width && b.y + b.height <= v.y + v.height;
    return inside ? null : (e.textContent || e.tagName);
  }).filter(x => x !== null);
}"""


def test_network_nodes_link_to_actor_pages(browser: Any, live_server: Any, tmp_path: Path) -> None:
    page = new_page(browser, viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/id/actor/sergei-lavrov")
    svg = page.locator("#network svg")
    assert svg.is_visible()
    links = svg.locator("a")
    # Hand-counted (tests/server/fixtures/kb.trig): Lavrov's one event is the phone call with
    # Marco Rubio.
    assert links.count() == 1
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
        "/id/actor/marco-rubio"
    ]
    assert svg.evaluate(_OUTSIDE) == []
    save(page, tmp_path, "actor-network.png")
    page.goto(live_server.url + "/id/actor/russia")
    svg = page.locator("#network svg")
    assert svg.locator("a").count() >= 2 and svg.evaluate(_OUTSIDE) == []
    save(page, tmp_path, "actor-network-russia.png")
    links = page.locator("#network svg a")
    target = links.first.get_attribute("href")
    assert target is not None and target.startswith("/id/")
    links.first.locator("circle").click()
    page.wait_for_url("**" + target)
    assert page.locator("h1").is_visible()


def test_long_network_labels_stay_inside(browser: Any, tmp_path: Path) -> None:
    """Names of the longest shown length on every side of the star: none runs off the picture."""
    from server.views import Neighbour, network_svg

    names = [f"{side} Minister of Foreign Affairs"[:22] for side in "ABCDEFGHIJ"]
    neighbours = [
        Neighbour(f"https://w3id.org/parley/id/actor/a{i}", n, i + 1) for i, n in enumerate(names)
    ]
    svg = network_svg("A central actor with a long name", neighbours)
    page = new_page(browser, viewport={"width": 600, "height": 700})
    page.set_content(
        "<style>svg.network { width: 100%; height: auto; font-size: 12px; }</style>" + str(svg)
    )
    picture = page.locator("svg.network")
    assert picture.evaluate(_OUTSIDE) == []
    save(page, tmp_path, "network-long-labels.png")


def test_search_lists_events_and_opens_one(browser: Any, live_server: Any, tmp_path: Path) -> None:
    """Search shows an event by its kind's word and its mediator, with the sentence reporting
    it, and its link opens the event's page."""
    page = new_page(browser, viewport={"width": 1100, "height": 800})
    page.goto(live_server.url + "/search?q=fidan+talks")
    hit = page.locator("ul.results li", has_text="Negotiation round")
    assert hit.count() == 1
    assert "hosted delegations from Russia and Ukraine" in hit.inner_text()
    assert hit.locator(".tag").inner_text() == "Event"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    save(page, tmp_path, "search-events.png")
    hit.locator("a").first.click()
    page.wait_for_url("**/id/event/2025-05-16-istanbul-talks-1")
    assert "negotiation round" in page.locator("h1").inner_text().lower()

"""Focus is never hidden, and every stop has a name: each page walked forwards and backwards with
Tab and Shift+Tab on a phone and a desktop, as a keyboard or screen-reader user moves through it."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from . import keyboard
from .screens import SCREENS
from .site_pages import page_urls

WIDTHS = ["360", "1280"]
# Back at the top with nothing focused: Tab starts at the first stop, Shift+Tab at the last.
RESTART = """() => {
  scrollTo(0, 0);
  document.body.tabIndex = -1;
  document.body.focus({preventScroll: true});
  document.body.removeAttribute("tabindex");
}"""


def page_walk_problems(page: Page) -> list[str]:
    """Walk the loaded page both ways (at the viewport's width); what hides a stop or leaves it without a name."""
    problems, stops = [], []
    for key in ("Tab", "Shift+Tab"):
        page.evaluate(RESTART)
        page.evaluate(keyboard.SETTLED)
        walk = keyboard.walk(page, open_menus=False, key=key)
        problems += [f"{key}: {problem}" for problem in walk.problems]
        stops += walk.stops
    unique: dict[str, dict] = {}
    for stop in stops:  # a stop met both ways, once; the one named while shown, if any
        if stop["key"] not in unique or "node" in stop:
            unique[stop["key"]] = stop
    return problems + keyboard.unnamed(page, list(unique.values()))


@pytest.mark.parametrize("url", page_urls())
def test_every_focused_element_is_visible_unobscured_and_named_both_ways(reused_page: Page, url: str) -> None:
    """Tab and Shift+Tab through the page at 360 and 1280 px: no stop off screen, transparent, under the
    sticky header or "Tilbage til start", without a ring or without an accessible name."""
    # Loaded at the first width, walked at once: some of Material's parts change after the first scroll.
    reused_page.set_viewport_size(SCREENS[WIDTHS[0]])
    reused_page.goto(url)
    found = []
    for width in WIDTHS:
        reused_page.set_viewport_size(SCREENS[width])
        found += [f"ved {width} px, {problem}" for problem in page_walk_problems(reused_page)]
    assert found == [], f"{url}: {len(found)} problemer:\n" + "\n".join(found)

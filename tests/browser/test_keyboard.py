"""By keyboard alone at 360, 640 and 1280 px: every Tab stop shows where it is, the menu opens, every page and the search results are reached."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from . import keyboard
from .screens import SCREENS
from .site_pages import page_urls


# 360 and 1280 px: test_focus.py walks every page both ways at those widths.
@pytest.mark.parametrize("screen", ["640"])
def test_every_tab_stop_is_on_screen_with_a_focus_ring_and_the_closed_menu_is_skipped(reused_page: Page, screen: str) -> None:
    """Tab through the home page without opening anything: no stop hidden, covered, 0 px high or ringless."""
    reused_page.set_viewport_size(SCREENS[screen])
    reused_page.goto("index.html")
    walk = keyboard.walk(reused_page, open_menus=False)
    assert len(walk.stops) > 5, [stop["name"] for stop in walk.stops]
    assert walk.problems == [], screen


@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_is_reached_by_keyboard_through_the_menu(reused_page: Page, screen: str) -> None:
    """Tab, with Enter on the menu button and on each closed section: every page's link is a visible stop."""
    reused_page.set_viewport_size(SCREENS[screen])
    reused_page.goto("index.html")
    walk = keyboard.walk(reused_page, open_menus=True)
    root = reused_page.evaluate("new URL(__md_scope).pathname")
    missing = sorted({root + url for url in page_urls()} - walk.links)
    assert walk.problems == [], screen
    assert missing == [], screen


@pytest.mark.parametrize("screen", SCREENS)
def test_search_results_are_reached_by_tab(reused_page: Page, screen: str) -> None:
    """Open the search by keyboard, type a word, and Tab from the field to the first result, shown with a ring."""
    reused_page.set_viewport_size(SCREENS[screen])
    reused_page.goto("index.html")
    for _ in range(10):
        reused_page.keyboard.press("Tab")
        if reused_page.evaluate("document.activeElement.matches('.md-search__input, label[for=__search] > button')"):
            break
    reused_page.keyboard.press("Enter")  # on a phone: the search button opens the search and moves into the field
    reused_page.keyboard.type("håb")
    reused_page.locator(".md-search-result__item").first.wait_for()
    reused_page.keyboard.press("Tab")
    stop = reused_page.evaluate(keyboard.STOP)
    assert "md-search-result__link" in stop["name"], stop
    assert keyboard.stop_problems(stop) == [], screen

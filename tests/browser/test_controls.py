"""The menu, the search and the colour switch as a screen reader gets them (Chromium's accessibility
tree): buttons with names and states, Esc closes what is open and gives the focus back to its button."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from . import ax
from .screens import SCREENS
from .test_search import search

pytestmark = pytest.mark.browser

MENU = "label[for='__drawer'] > button"
SEARCH = "header label[for='__search'] > button"
FOCUSED_IS = "selector => document.activeElement === document.querySelector(selector)"


def focused_is(page: Page, selector: str) -> bool:
    """Whether the element the selector finds has the keyboard focus."""
    return page.evaluate(FOCUSED_IS, selector)


def test_the_phone_menu_and_search_buttons_say_whether_they_are_open_and_esc_gives_the_focus_back(page: Page) -> None:
    page.set_viewport_size(SCREENS["360"])
    page.goto("index.html")  # a page outside the menu's sections: the menu opens at its top level
    for selector, name, toggle in [(MENU, "Menu", "__drawer"), (SEARCH, "Søg", "__search")]:
        node = ax.node_of(page, selector)
        assert (node.role, node.name, node.states.get("expanded")) == ("button", name, False), str(node)
        page.locator(selector).focus()
        page.keyboard.press("Enter")
        assert page.evaluate(f"document.getElementById('{toggle}').checked"), name
        assert ax.node_of(page, selector).states["expanded"] is True, name
        assert not focused_is(page, selector), f"{name}: fokus skal ind i det, der blev åbnet"
        page.keyboard.press("Escape")
        assert not page.evaluate(f"document.getElementById('{toggle}').checked"), name
        assert focused_is(page, selector), f"{name}: Esc skal give fokus tilbage til knappen"
        assert ax.node_of(page, selector).states["expanded"] is False, name


def test_a_phone_menu_section_is_a_button_with_its_state_its_panel_takes_the_focus_and_esc_closes_it(page: Page) -> None:
    page.set_viewport_size(SCREENS["360"])
    page.goto("index.html")
    page.locator(MENU).focus()
    page.keyboard.press("Enter")
    assert page.locator("nav[aria-expanded]").count() == 0, "aria-expanded hører til knappen, ikke til <nav>"
    section = page.locator("label.md-nav__link > button", has_text="Siderne i CHIME")
    section.focus()
    node = ax.node_of(page, "label.md-nav__link > button:focus")
    assert (node.role, node.name, node.states.get("expanded")) == ("button", "Siderne i CHIME", False), str(node)
    page.keyboard.press("Enter")
    back = ax.node_of(page, ":focus")
    assert (back.role, back.name) == ("button", "Tilbage fra CHIME"), "fokus skal ind i afsnittet, som dækker knappen"
    page.keyboard.press("Escape")
    expect(section).to_be_focused()
    assert ax.node_of(page, "label.md-nav__link > button:focus").states["expanded"] is False
    page.keyboard.press("Escape")
    assert focused_is(page, MENU) and not page.evaluate("document.getElementById('__drawer').checked")


def test_the_colour_switch_is_one_switch_that_says_whether_dark_is_on_and_space_and_enter_press_it(page: Page) -> None:
    page.goto("index.html")
    nodes = ax.tree(page)
    assert [(node.name, node.states.get("checked")) for node in ax.found(nodes, "switch")] == [("Mørk visning", "false")]
    assert ax.found(nodes, "radio") == []
    page.get_by_role("switch", name="Mørk visning").focus()
    for key, scheme, checked in [(" ", "slate", "true"), ("Enter", "default", "false")]:
        page.keyboard.press(key)
        page.wait_for_function("scheme => document.body.dataset.mdColorScheme === scheme", arg=scheme)
        focused = ax.node_of(page, ":focus")
        assert (focused.role, focused.name, focused.states["checked"]) == ("switch", "Mørk visning", checked), key


def test_the_desktop_search_is_a_field_not_a_dialog_and_esc_keeps_the_focus_in_it(page: Page) -> None:
    page.goto("index.html")
    assert page.locator("[role='dialog']").count() == 0
    assert ax.found(ax.tree(page), "search", "Søg i håndbogen")
    search(page, "håb")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    assert focused_is(page, "input.md-search__input")
    page.keyboard.type("e")
    assert page.evaluate("document.getElementById('__search').checked"), "at skrive igen åbner resultaterne"


# What each result link should be named: its page's title, a section's own title with its page's.
EXPECTED_NAMES = """() => [...document.querySelectorAll(".md-search-result__link")].map(link => {
  const page = link.closest(".md-search-result__item").querySelector("h1").textContent.trim();
  const section = link.querySelector("h2");
  return section ? `${section.textContent.trim()} (${page})` : page;
})"""


def test_each_search_result_is_named_by_its_title_and_the_count_is_announced_politely(page: Page) -> None:
    page.goto("index.html")
    search(page, "håb")
    names = [node.name if not node.ignored else None for node in ax.nodes_of(page, ".md-search-result__link")]
    expected = page.evaluate(EXPECTED_NAMES)
    # Every result a screen reader is told about (a folded "more" section is not, until opened).
    told = [(name, want) for name, want in zip(names, expected) if name is not None]
    assert len(told) >= 3 and [name for name, want in told if name != want] == [], told
    count = ax.node_of(page, ".md-search-result__meta")
    assert count.role == "status" and count.states.get("live") == "polite", count
    assert re.fullmatch(r"\d+ resultater", page.locator(".md-search-result__meta").inner_text())


def test_on_a_phone_the_menus_entry_for_the_page_opens_its_contents_by_keyboard(page: Page) -> None:
    """Material shows the page on screen in the phone menu as a switch for its table of contents, out of the Tab order."""
    page.set_viewport_size(SCREENS["360"])
    page.goto("jobprofiler/peer-medarbejder.html")
    page.locator(MENU).focus()
    page.keyboard.press("Enter")
    entry = "label[for='__toc'] > button"
    page.locator(entry).focus()
    node = ax.node_of(page, entry)
    # The entry is named as the menu names the page: by its heading (tests/test_one_story.py).
    heading = ax.node_of(page, "article h1").name
    assert (node.role, node.name, node.states.get("expanded")) == ("button", heading, False), str(node)
    page.keyboard.press("Enter")
    assert ax.node_of(page, entry).states.get("expanded") is True
    assert page.evaluate("document.activeElement.closest('.md-nav--secondary') !== null"), "fokus skal ind i indholdet"
    page.keyboard.press("Escape")
    assert focused_is(page, entry) and ax.node_of(page, entry).states.get("expanded") is False

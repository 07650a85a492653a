"""A glossary word's explanation reaches everyone (WCAG 2.1.1, 1.4.13, 4.1.2): by Tab and Enter or
Space, by a tap, by the mouse (and it stays while the mouse moves onto it), closed by Esc, read by a
screen reader right after the word, from a folder too, with a link to the word's Ordliste entry."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from conftest import HANDBOOK
from handbook.data import Term

from . import ax
from .screens import SCREENS

pytestmark = pytest.mark.browser

DATA = HANDBOOK.data
PAGE = "samtalegruppe.html"
WORD = "button.glossary-term"
BOX = ".glossary-box"


def first_term(page: Page) -> Term:
    """The glossary term behind the page's first explained word."""
    word = page.locator(WORD).first.inner_text()
    return next(t for t in DATA.glossary if word in (t.term, *t.forms))


def tab_to_first_word(page: Page) -> None:
    """Press Tab until the focus is on the page's first glossary word."""
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('button.glossary-term')"):
            return
    pytest.fail("Tab nåede aldrig et ord fra ordlisten")


def test_by_keyboard_the_word_opens_and_closes_and_esc_gives_the_focus_back(page: Page) -> None:
    page.goto(PAGE)
    term = first_term(page)
    tab_to_first_word(page)
    word, box = page.locator(WORD).first, page.locator(BOX).first
    node = ax.node_of(page, ":focus")
    assert (node.role, node.name, node.states.get("expanded")) == ("button", word.inner_text(), False)
    page.keyboard.press("Enter")
    expect(box).to_be_visible()
    assert ax.node_of(page, ":focus").states.get("expanded") is True
    assert " ".join(term.definition.split()) in box.inner_text()
    page.keyboard.press("Tab")
    expect(box.get_by_role("link", name="Se ordet i ordlisten")).to_be_focused()
    page.keyboard.press("Escape")
    expect(box).to_be_hidden()
    expect(word).to_be_focused()
    page.keyboard.press(" ")
    expect(box).to_be_visible()
    page.keyboard.press(" ")
    expect(box).to_be_hidden()


def test_a_screen_reader_reads_the_explanation_right_after_the_word(page: Page) -> None:
    page.goto(PAGE)
    term = first_term(page)
    page.locator(WORD).first.click()
    paragraph = page.locator("article p", has=page.locator(WORD)).first
    snapshot = " ".join(paragraph.aria_snapshot().split())
    definition = " ".join(term.definition.split())
    assert f'button "{page.locator(WORD).first.inner_text()}" [expanded]' in snapshot and definition in snapshot, snapshot
    assert snapshot.index("[expanded]") < snapshot.index(definition)


def test_the_link_leads_to_the_words_entry_on_the_ordliste(page: Page) -> None:
    page.goto(PAGE)
    term = first_term(page)
    page.locator(WORD).first.click()
    page.locator(BOX).first.get_by_role("link").click()
    page.wait_for_url(f"**/ordliste.html#{term.key}")
    expect(page.locator(f"dt#{term.key} strong")).to_have_text(term.term)


def test_a_tap_opens_it_inside_the_screen_and_a_tap_elsewhere_closes_it(new_context) -> None:
    page = new_context(viewport=SCREENS["360"], has_touch=True, is_mobile=True).new_page()
    page.goto(PAGE)
    word, box = page.locator(WORD).first, page.locator(BOX).first
    word.tap()
    expect(box).to_be_visible()
    inside = box.bounding_box()
    assert inside["x"] >= 0 and inside["x"] + inside["width"] <= SCREENS["360"]["width"], inside
    page.locator("article h1").tap()
    expect(box).to_be_hidden()
    word.tap()
    expect(box).to_be_visible()
    word.tap()
    expect(box).to_be_hidden()


def test_the_mouse_shows_it_while_resting_on_the_word_or_the_box_and_esc_hides_it(page: Page) -> None:
    page.goto(PAGE)
    word, box = page.locator(WORD).first, page.locator(BOX).first
    word.hover()
    expect(box).to_be_visible()
    box.hover()
    page.wait_for_timeout(400)  # longer than the grace for moving from the word to the box
    expect(box).to_be_visible()
    page.keyboard.press("Escape")
    expect(box).to_be_hidden()
    word.hover()
    expect(box).to_be_visible()
    page.locator("article h1").hover()
    expect(box).to_be_hidden()


def test_it_works_from_a_folder(page: Page, site: Path) -> None:
    page.goto((site / PAGE).as_uri())
    page.locator(WORD).first.click()
    link = page.locator(BOX).first.get_by_role("link")
    target = urlsplit(link.evaluate("a => a.href"))
    assert target.scheme == "file" and Path(target.path).is_file() and target.fragment == first_term(page).key

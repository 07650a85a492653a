"""A link sent before a page was renamed still lands on its section, served over HTTP and opened from a folder."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from conftest import MOVED, built_page

from .conftest import served

ANCHOR = "skaanebehov-for-peer-medarbejder"
# Where the heading is once the page has scrolled to it, relative to the window and the sticky header.
LANDED = """id => {
  const heading = document.getElementById(id);
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  const top = heading.getBoundingClientRect().top;
  return {scrolled: scrollY > 0, visible: top >= header - 1 && top < innerHeight};
}"""


@pytest.fixture(scope="module")
def moved_base_url(moved_site: Path) -> Iterator[str]:
    """The handbook with a renamed page, served on 127.0.0.1."""
    with served(moved_site) as address:
        yield address


def lands_on_new_page_at_section(page: Page, old_url: str, new_url: str) -> None:
    """Open the old address with a #section and check the browser ends on the new page, scrolled to it."""
    page.goto(f"{old_url}#{ANCHOR}")
    page.wait_for_url(f"{new_url}#{ANCHOR}")
    page.wait_for_load_state("load")
    assert page.evaluate(LANDED, ANCHOR) == {"scrolled": True, "visible": True}


def test_old_address_with_section_lands_on_the_new_page_over_http(page: Page, moved_base_url: str):
    old, new = (moved_base_url + src[: -len(".md")] + ".html" for src in MOVED)
    lands_on_new_page_at_section(page, old, new)


def test_old_address_with_section_lands_on_the_new_page_from_a_folder(page: Page, moved_site: Path):
    old, new = (built_page(moved_site, src).as_uri() for src in MOVED)
    lands_on_new_page_at_section(page, old, new)


def test_without_javascript_the_old_address_still_leads_to_the_new_page(browser, moved_site: Path):
    """The refresh fallback loses the #section, but the reader still reaches the page (and sees a link meanwhile)."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(built_page(moved_site, MOVED[0]).as_uri())
    page.wait_for_url(built_page(moved_site, MOVED[1]).as_uri())
    assert page.locator("h1").first.inner_text().startswith("Funktionsbeskrivelse")
    context.close()

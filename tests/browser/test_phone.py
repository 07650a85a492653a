"""On a phone (360x740): every page is reachable through the menu, fits the width, has text of 16 px or more."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from .site_pages import page_urls

pytestmark = pytest.mark.browser_context_args(
    viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, device_scale_factor=2
)
MIN_TEXT_PX = 16
# What a phone user cannot read: text under the minimum size (size 0 is Material hiding a glyph behind
# an icon), text running past the right edge outside a box of its own that scrolls (tables, code),
# and a page that is wider than the screen (a phone then widens its layout viewport) or scrolls sideways.
MEASURE = """minimum => {
  const small = [], overflow = [];
  const screenWidth = document.documentElement.clientWidth;
  const scrollsOnItsOwn = element => {
    for (let node = element; node && node !== document.body; node = node.parentElement)
      if (["auto", "scroll"].includes(getComputedStyle(node).overflowX)) return true;
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent.trim().slice(0, 40);
    if (!text || !element.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
    const own = element.getBoundingClientRect();
    if (own.width <= 1 && own.height <= 1) continue;  // a 1 px box: text only screen readers read
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (!box.width || !box.height || box.right <= 0) continue;
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size > 0 && size < minimum) small.push(`${size}px: ${text}`);
    if (box.right > screenWidth + 1 && !scrollsOnItsOwn(element)) overflow.push(`ud over kanten: ${text}`);
  }
  if (innerWidth > screenWidth) overflow.push(`siden er ${innerWidth} px bred`);
  const [x, y] = [scrollX, scrollY];
  scrollTo(innerWidth * 10, y);
  if (scrollX > x) overflow.push(`siden kan rulles ${scrollX - x} px til siden`);
  scrollTo(x, y);
  return {small, overflow};
}"""
# The ids of the menu toggles to open, outermost first, before a link in the drawer can be tapped.
TOGGLES_ABOVE = """link => {
  const ids = [];
  for (let node = link.parentElement; node; node = node.parentElement)
    if (node.matches("nav.md-nav[data-md-level]:not(.md-nav--primary)"))
      ids.unshift(`${node.parentElement.querySelector(":scope > .md-nav__toggle").id}_label`);
  return ids;
}"""


def readability_problems(page: Page) -> dict[str, list[str]]:
    """What keeps the screen from being read on a phone: 'small' text, 'overflow' past the edge."""
    return page.evaluate(MEASURE, MIN_TEXT_PX)


@pytest.mark.parametrize("url", page_urls())
def test_every_page_is_reachable_through_the_phone_menu_and_readable(reused_page: Page, url: str) -> None:
    """From the home page, tapping through the menu leads to the page, which fits the screen in 16 px text.

    The home page itself is reached from Kilder: on a phone, the menu's entry for the page on screen
    opens that page's table of contents instead of linking to it, and the home page has one."""
    reused_page.goto("kilder.html" if url == "index.html" else "index.html")
    reused_page.locator("label.md-header__button[for='__drawer']").click()
    link = reused_page.locator(f"nav.md-nav--primary a.md-nav__link[href='{url}']").first
    for toggle in link.evaluate(TOGGLES_ABOVE):
        reused_page.locator(f"[id='{toggle}']").click()
    link.click()
    reused_page.wait_for_url(f"**/{url}")
    assert reused_page.locator("article h1").count() == 1, f"{url}: siden har ingen overskrift"
    assert readability_problems(reused_page) == {"small": [], "overflow": []}, url


def test_menu_and_search_are_readable_on_a_phone(reused_page: Page) -> None:
    """The opened menu and the search results keep to 16 px as well."""
    reused_page.goto("chime/index.html")
    reused_page.locator("label.md-header__button[for='__drawer']").click()
    reused_page.locator("nav.md-nav--primary").get_by_text("Forbundenhed", exact=True).wait_for()
    assert readability_problems(reused_page)["small"] == [], "menuen"
    reused_page.goto("chime/index.html")
    reused_page.locator("label.md-header__button[for='__search']").click()
    reused_page.locator("input.md-search__input").press_sequentially("håb")
    reused_page.locator(".md-search-result__item").first.wait_for()
    # Only the text size: while Material's search backdrop grows, Chromium briefly widens the layout.
    assert readability_problems(reused_page)["small"] == [], "søgeresultaterne"

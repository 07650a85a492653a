"""High contrast (WCAG 1.4.11): with Chromium's forced colours, light and dark, every icon and every control stays visible.

Material draws its icons as a mask over the background colour, which forced colours replace with the
page's background: the icons vanish, and with them the icon-only controls (the menu's "Siderne i …").
"""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from .screens import SCREENS
from .test_search import search

pytestmark = pytest.mark.browser

# What cannot be seen: each visible icon drawn by a mask in the page's background colour, and each
# visible control with no text, no picture and no visible icon of its own.
UNSEEN = """() => {
  // Forced colours keep a colour's transparency: compare red, green and blue only.
  const rgb = color => color.match(/[0-9.]+/g).slice(0, 3).join(",");
  const canvas = rgb(getComputedStyle(document.body).backgroundColor);
  const shown = el => el.checkVisibility({visibilityProperty: true, opacityProperty: true});
  const masked = (el, pseudo) => {
    const style = getComputedStyle(el, pseudo);
    const mask = style.maskImage || style.webkitMaskImage;
    return mask && mask !== "none" && (!pseudo || style.content !== "none") && parseFloat(style.width) > 0 ? style : null;
  };
  const icons = [];
  for (const el of document.querySelectorAll("body *")) {
    if (!shown(el)) continue;
    for (const pseudo of [null, "::before", "::after"]) {
      const style = masked(el, pseudo);
      if (style) icons.push({el, visible: rgb(style.backgroundColor) !== canvas && style.backgroundColor !== "rgba(0, 0, 0, 0)",
                             what: `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}${pseudo || ""}`});
    }
  }
  const text = el => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll(".visually-hidden").forEach(part => part.remove());
    return copy.textContent.trim();
  };
  const controls = [...document.querySelectorAll("a[href], button, summary, [tabindex='0']")].filter(shown)
    .filter(el => !text(el) && !el.querySelector("svg, img") && !icons.some(icon => icon.visible && el.contains(icon.el)))
    .map(el => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${el.getAttribute("aria-label") || el.innerText.trim()}"`);
  return [...icons.filter(icon => !icon.visible).map(icon => `ikon: ${icon.what}`), ...controls.map(c => `knap uden synligt indhold: ${c}`)];
}"""


def unseen(page: Page, scheme: str, width: str, url: str, then=None) -> list[str]:
    """What vanishes on one page in forced colours (after `then` has opened something)."""
    page.emulate_media(forced_colors="active", color_scheme=scheme)
    page.set_viewport_size(SCREENS[width])
    page.goto(url)
    if then:
        then(page)
    return [f"{url}, {width} px, {scheme}: {problem}" for problem in page.evaluate(UNSEEN)]


def open_menu(page: Page) -> None:
    """The phone menu, opened: its sections' chevrons and icon-only buttons."""
    page.locator("label[for='__drawer'] > button").click()


def open_history(page: Page) -> None:
    """A job profile's change history, opened and closed again: its chevron."""
    page.locator(".page-history summary").click()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_icon_and_control_stays_visible_in_forced_colours(page: Page, scheme: str) -> None:
    found = []
    found += unseen(page, scheme, "360", "index.html", open_menu)
    found += unseen(page, scheme, "360", "jobprofiler/peer-medarbejder.html", open_menu)
    found += unseen(page, scheme, "1280", "jobprofiler/peer-medarbejder.html", open_history)
    found += unseen(page, scheme, "1280", "index.html", lambda p: search(p, "håb"))
    assert found == [], "\n".join(found)

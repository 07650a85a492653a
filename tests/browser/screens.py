"""The screens the browser tests check: a phone, a 1280 px screen at 200 % zoom, and a desktop; light and dark."""
from __future__ import annotations

from playwright.sync_api import Page

# 640 x 400 is what a 1280 x 800 screen shows at 200 % zoom (WCAG 1.4.4); Material's mobile layout.
SCREENS = {
    "360": {"width": 360, "height": 740},
    "640": {"width": 640, "height": 400},
    "1280": {"width": 1280, "height": 800},
}
# Below this width (76.25em) Material shows the menu as a drawer behind a button.
DRAWER_BELOW_PX = 1220


def to_dark(page: Page) -> None:
    """Switch the loaded page to the dark scheme with the reader's own switch, and wait until it is dark."""
    page.locator("label.md-header__button[for='__palette_1']").click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")  # a function: the pages' CSP refuses eval

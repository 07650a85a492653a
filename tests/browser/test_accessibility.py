"""WCAG 2.1 A/AA with axe-core on every page, in light and dark; the statement linked from every page."""
from __future__ import annotations

from pathlib import Path
from posixpath import dirname, join, normpath

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from bs4 import BeautifulSoup
from playwright.sync_api import Page

from .site_pages import page_urls

# axe-core as bundled by axe-playwright-python (pinned in requirements-test.txt), injected once per page.
WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    "resultTypes": ["violations"],
}
# Only colours change between the light and the dark scheme.
COLOUR_RULES = {
    "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
    "resultTypes": ["violations"],
}
STATEMENT = "tilgaengelighed.html"


def violations(page: Page, options: dict) -> list[str]:
    """axe's violations on the page as 'rule (impact): element', one line per element."""
    found = page.evaluate("options => axe.run(document, options).then(results => results.violations)", options)
    return [f"{rule['id']} ({rule['impact']}): {node['html'][:100]}" for rule in found for node in rule["nodes"]]


@pytest.mark.parametrize("url", page_urls())
def test_page_has_no_accessibility_violations(page: Page, url: str) -> None:
    """axe finds nothing against WCAG 2.1 A/AA and best practice, and no contrast problem in dark mode."""
    page.goto(url)
    page.evaluate(AXE_SCRIPT)
    assert violations(page, WCAG_21_AA) == [], f"{url} (lys)"
    page.locator("label.md-header__button[for='__palette_1']").click()  # "Skift til mørk visning"
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    assert violations(page, COLOUR_RULES) == [], f"{url} (mørk)"


def test_every_page_links_to_the_accessibility_statement(site: Path) -> None:
    """The footer of every page, the statement's own included, links to the accessibility statement."""
    missing = []
    for url in page_urls():
        footer = BeautifulSoup((site / url).read_text(encoding="utf-8"), "html.parser").select_one(".md-copyright")
        targets = {normpath(join(dirname(url), link["href"])) for link in footer.select("a[href]")} if footer else set()
        if STATEMENT not in targets:
            missing.append(url)
    assert missing == [], f"Sider uden link til tilgængelighedserklæringen i sidefoden: {missing}"

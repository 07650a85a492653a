"""WCAG 2.2 A/AA and best practice with axe-core from npm on every page, light and dark, at three widths."""
from __future__ import annotations

import json
from pathlib import Path
from posixpath import dirname, join, normpath

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page

from . import axe, keyboard
from .screens import SCREENS, to_dark
from .site_pages import page_urls

STATEMENT = "tilgaengelighed.html"


@pytest.mark.parametrize("url", [*page_urls(), "404.html"])
def test_page_has_no_accessibility_violations(reused_page: Page, url: str) -> None:
    """axe finds nothing at 360, 640 and 1280 px, light and dark (switched on by the reader's own switch).

    Every rule runs in light at each width. Dark changes the colours, and in the markup only what a scheme shows
    at any width (the switch itself, an image marked #only-dark): so in dark every rule runs at 1280 px, and at
    360 and 640 px the colour rules, whose results depend on where the layout puts text on which background."""
    reused_page.goto(url)
    axe.inject(reused_page)
    found = {f"{width} px, lys": violations_at(reused_page, width, axe.OPTIONS) for width in SCREENS}
    to_dark(reused_page)
    for width in reversed(SCREENS):
        found[f"{width} px, mørk"] = violations_at(reused_page, width, axe.OPTIONS if width == "1280" else axe.COLOURS)
    assert {where: problems for where, problems in found.items() if problems} == {}, url


def violations_at(page: Page, width: str, options: dict) -> list[str]:
    """axe's violations (of the rules options run) once the page is resized to a screen of SCREENS."""
    page.set_viewport_size(SCREENS[width])
    page.evaluate(keyboard.SETTLED)  # after a resize Material places its sidebars from script on the next frames
    return axe.violations(page, options)


def test_axe_is_the_pinned_npm_release(reused_page: Page) -> None:
    """The injected axe-core is the one package-lock.json pins (not a copy bundled in a Python package)."""
    lock = json.loads((axe.AXE.parents[2] / "package-lock.json").read_text(encoding="utf-8"))
    reused_page.goto("index.html")
    axe.inject(reused_page)
    assert axe.version(reused_page) == lock["packages"]["node_modules/axe-core"]["version"]


def test_every_page_links_to_the_accessibility_statement(site: Path) -> None:
    """The footer of every page, the statement's own included, links to the accessibility statement."""
    missing = []
    for url in page_urls():
        footer = BeautifulSoup((site / url).read_text(encoding="utf-8"), "html.parser").select_one(".md-copyright")
        targets = {normpath(join(dirname(url), link["href"])) for link in footer.select("a[href]")} if footer else set()
        if STATEMENT not in targets:
            missing.append(url)
    assert missing == [], f"Sider uden link til tilgængelighedserklæringen i sidefoden: {missing}"

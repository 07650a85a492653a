"""WCAG 2.2 A/AA and best practice with axe-core from npm on every page, light and dark, at three widths."""
from __future__ import annotations

import json
from pathlib import Path
from posixpath import dirname, join, normpath

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page

from . import axe, keyboard
from .screens import SCREENS
from .site_pages import page_urls

STATEMENT = "tilgaengelighed.html"
# After a resize Material places its sidebars from script on the next frames; check once they are placed.


@pytest.mark.parametrize("url", [*page_urls(), "404.html"])
def test_page_has_no_accessibility_violations(page: Page, url: str) -> None:
    """axe finds nothing at 360, 640 and 1280 px, light and dark: a load per scheme, resized between the runs."""
    found = {}
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)  # Material follows the system's scheme until one is chosen
        page.goto(url)
        axe.inject(page)
        for name, size in SCREENS.items():
            page.set_viewport_size(size)
            page.evaluate(keyboard.SETTLED)
            found[f"{name} px, {scheme}"] = axe.violations(page)
    assert {where: problems for where, problems in found.items() if problems} == {}, url


def test_axe_is_the_pinned_npm_release(page: Page) -> None:
    """The injected axe-core is the one package-lock.json pins (not a copy bundled in a Python package)."""
    lock = json.loads((axe.AXE.parents[2] / "package-lock.json").read_text(encoding="utf-8"))
    page.goto("index.html")
    axe.inject(page)
    assert axe.version(page) == lock["packages"]["node_modules/axe-core"]["version"]


def test_every_page_links_to_the_accessibility_statement(site: Path) -> None:
    """The footer of every page, the statement's own included, links to the accessibility statement."""
    missing = []
    for url in page_urls():
        footer = BeautifulSoup((site / url).read_text(encoding="utf-8"), "html.parser").select_one(".md-copyright")
        targets = {normpath(join(dirname(url), link["href"])) for link in footer.select("a[href]")} if footer else set()
        if STATEMENT not in targets:
            missing.append(url)
    assert missing == [], f"Sider uden link til tilgængelighedserklæringen i sidefoden: {missing}"

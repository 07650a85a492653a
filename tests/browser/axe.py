"""axe-core from npm (package-lock.json), injected into the page by Playwright, with every WCAG 2.2 A/AA tag."""
from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
OPTIONS = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
# Of those, the rules about colours alone: all that a change of colours (the dark scheme) can make fail.
COLOURS = {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}, "resultTypes": ["violations"]}


def inject(page: Page) -> None:
    """Load axe-core into the page; stop with the fix when `make test` has not installed it.

    Evaluated through the browser's DevTools, as a person's own extension would run: an added <script> element
    would be an inline script, which every page's Content-Security-Policy refuses (handbook/publishing.py).
    """
    if not AXE.is_file():
        raise FileNotFoundError(f"{AXE} mangler: kør `make test` (npm ci installerer axe-core)")
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;typeof axe")


def violations(page: Page, options: dict = OPTIONS) -> list[str]:
    """axe's violations on the page (of every rule, or of those options run) as 'rule (impact): element', one line per element."""
    found = page.evaluate("options => axe.run(document, options).then(results => results.violations)", options)
    return [f"{rule['id']} ({rule['impact']}): {node['html'][:100]}" for rule in found for node in rule["nodes"]]


def version(page: Page) -> str:
    """The version of the injected axe-core."""
    return page.evaluate("axe.version")

"""Every page of a site opened in Chromium for a check, a few tabs at a time."""
from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, Page

# Pages open at once: their idle waits overlap, while the machine's two cores stay the limit for the rest.
TABS = 4


def visit_every_page(context: BrowserContext, urls: list[str], check: Callable[[Page, str], None]) -> None:
    """Open each URL in a tab of the context until its network has been idle for half a second (the search worker's
    late requests included), then run check(tab, url); fail on any JavaScript error in any of them."""
    errors: list[str] = []
    tabs = [context.new_page() for _ in range(TABS)]
    for tab in tabs:
        tab.on("pageerror", lambda error: errors.append(str(error)))
    for start in range(0, len(urls), TABS):
        batch = list(zip(tabs, urls[start:start + TABS]))
        for tab, url in batch:
            tab.goto(url, wait_until="commit")
        for tab, url in batch:
            tab.wait_for_load_state("networkidle")
            check(tab, url)
    for tab in tabs:
        tab.close()
    assert not errors, f"JavaScript-fejl: {errors}"

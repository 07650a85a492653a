"""Every page carries its own Content-Security-Policy (GitHub Pages sends no headers): tried where no server sends one.

The session's site is served by a plain static server (tests/browser/conftest.py: Python's http.server,
as `python -m http.server` serves it) and opened from its folder (file://), in Chromium: search and
"Læs op" still work, an inline script is refused (the policy is in force), and from a folder every page
passes it. That every page passes it over HTTP is tried once, on the shipped web server
(test_web_server.py): the pages' own policy is in force there too, with the server's header adding to it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page, expect

from conftest import HANDBOOK
from handbook import publishing

from .site_pages import page_urls
from .test_read_aloud import DANISH, EXERCISE, box_parts, read_to_the_end, with_voices
from .test_search import search

# Every kind of page the build writes: the pages, the theme's 404 page, a redirect's page.
ALL_PAGES = [*page_urls(), "404.html", *HANDBOOK.links.redirects]


@pytest.mark.parametrize("url", ALL_PAGES)
def test_every_page_states_the_policy_before_any_script(site: Path, url: str):
    head = BeautifulSoup((site / url).read_text(encoding="utf-8"), "html.parser").head
    policy = head.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert policy is not None and policy["content"] == publishing.POLICY
    assert head.find("script") is None or policy.sourceline < head.find("script").sourceline or (
        policy.sourceline == head.find("script").sourceline and policy.sourcepos < head.find("script").sourcepos
    )


def styled(page: Page, url: str) -> None:
    """The page got its stylesheets: Material's header is sticky (a blocked stylesheet would leave it static)."""
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky", url


def refuses_an_inline_script(page: Page, violations: list[str]) -> None:
    """The negative control on the open page: an inline script, which the policy forbids, does not run and is reported."""
    page.evaluate("() => { const script = document.createElement('script'); script.textContent = 'window.x = 1'; document.body.append(script) }")
    page.wait_for_function("() => window.x === undefined")
    for _ in range(40):
        if violations:
            break
        page.wait_for_timeout(50)
    assert any("script-src" in violation for violation in violations), violations


def test_search_and_read_aloud_work_under_the_policy(page: Page, violations):
    with_voices(page, DANISH)
    page.goto("index.html")
    assert "chime/haab.html" in search(page, "håbet")[:3]
    page.goto(EXERCISE)
    page.get_by_role("button", name="Læs op", exact=True).click()
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_visible()  # reading has started
    assert [part["text"] for part in read_to_the_end(page)] == box_parts(page)
    assert violations == []


def test_the_policy_is_in_force_though_the_server_sends_none(page: Page, violations):
    """The negative control: the server sends no policy, yet an inline script is refused and reported."""
    page.goto("index.html")
    expect(page.locator("html")).to_have_attribute("lang", "da")
    refuses_an_inline_script(page, violations)


def test_from_a_folder_every_page_and_search_work_under_the_policy(page: Page, site: Path, violations):
    """file:// as a USB stick opens it: the search shim's helper runs from a file, not as an inline script."""
    for url in page_urls():
        page.goto((site / url).as_uri())
    page.goto((site / "chime/index.html").as_uri())
    assert "chime/haab.html" in search(page, "håbet")[:3]
    assert violations == []

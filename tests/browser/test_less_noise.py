"""Less noise for screen readers: what Chromium's accessibility tree gives for headings, footnotes, the
"Kort fortalt" box, the home page's cards and title, and which passages are marked as English."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page

from conftest import HANDBOOK

from . import ax
from .site_pages import DOCS, page_urls

pytestmark = pytest.mark.browser

DATA = HANDBOOK.data
JOB_PROFILE = "jobprofiler/peer-medarbejder.html"
SITE_NAME = "Peer-håndbogen på Parkvænget"


def soup(site: Path, url: str) -> BeautifulSoup:
    """A built page's HTML."""
    return BeautifulSoup((site / url).read_text(encoding="utf-8"), "html.parser")


def test_headings_are_named_without_the_permalink_and_footnote_links_say_what_they_do(page: Page) -> None:
    page.goto(JOB_PROFILE)
    nodes = ax.tree(page)
    headings = ax.found(nodes, "heading")
    assert len(headings) > 20 and [h.name for h in headings if "¶" in h.name] == []
    links = [node.name for node in ax.found(nodes, "link")]
    assert [name for name in links if name in {"¶", "↩"} or name.isdigit()] == []
    footnotes = [name for name in links if re.fullmatch(r"Fodnote \d+", name)]
    back = [name for name in links if re.fullmatch(r"Tilbage til fodnote \d+ i teksten", name)]
    assert len(footnotes) >= 5 and len(back) == len(footnotes), (footnotes, back)
    assert page.evaluate("[...document.querySelectorAll('a.headerlink')].every(a => a.tabIndex === -1)")


def test_the_kort_fortalt_box_is_a_note_named_by_its_title(page: Page, site: Path) -> None:
    page.goto("chime/haab.html")
    assert ax.found(ax.tree(page), "note", "Kort fortalt")
    with_box = [url for url in page_urls() if '!!! abstract "Kort fortalt"' in (DOCS / url).with_suffix(".md").read_text(encoding="utf-8")]
    notes = {url: soup(site, url).select('article [role="note"][aria-label="Kort fortalt"]') for url in with_box}
    assert len(with_box) > 10 and [url for url, found in notes.items() if len(found) != 1] == []


def test_the_home_page_has_its_cards_as_headings_and_says_its_name_once(page: Page) -> None:
    page.goto("index.html")
    assert page.title() == SITE_NAME
    cards = [node.name for node in ax.found(ax.tree(page), "heading") if node.states.get("level") == 2]
    assert {"Til dig, der bor på Parkvænget", "Til dig, der er peer", "Til dig, der er medarbejder"} <= set(cards), cards


def test_english_passages_are_marked_english_and_get_no_danish_explanation(site: Path) -> None:
    english = {url: [" ".join(el.get_text().split()) for el in soup(site, url).select("article [lang='en']")] for url in page_urls()}
    assert [t.english for t in DATA.themes.values()] == english["chime/index.html"]
    assert any(text.startswith("Conceptual framework for personal recovery") for text in english["kilder.html"])
    assert {"connectedness", "empowerment", "meaning in life"} <= {text for found in english.values() for text in found}
    in_english = [url for url in page_urls() if soup(site, url).select("article [lang='en'] abbr, article [lang='en'] .glossary-term")]
    assert in_english == []

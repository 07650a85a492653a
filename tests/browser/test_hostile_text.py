"""Text from data and front matter is shown as written, never run: a hostile string in every field that reaches a page."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from pypdf import PdfReader

from adversarial import HOSTILE, RAW, SHEET, TITLE

from .conftest import served
from .test_search import search

@pytest.fixture(scope="module")
def hostile_site(adversarial_site: Path) -> Path:
    """The handbook, PDFs included, built with the hostile string in every data field (tests/adversarial.py)."""
    return adversarial_site


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    """The hostile site served on 127.0.0.1 on a free port."""
    with served(hostile_site) as address:
        yield address


def pages_of(site: Path) -> list[str]:
    """Every built HTML page, as a path under the site."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if "assets" not in p.parts)


def test_the_hostile_string_reaches_the_pages_as_text(hostile_site):
    shown = {src for src in pages_of(hostile_site) if "&lt;script&gt;window.hacked=1&lt;/script&gt;" in (hostile_site / src).read_text(encoding="utf-8")}
    # Negative control: the string really reached every kind of page it is meant to test.
    assert {"ordliste.html", "kilder.html", "samtalegruppe.html", "om-peer-stoette.html", "chime/index.html",
            "oevelser/forbundenhed-i-livet.html", "jobprofiler/peer-medarbejder.html"} <= shown


def test_no_built_page_holds_the_hostile_markup_raw(hostile_site):
    raw = {src: [m for m in RAW if m in (hostile_site / src).read_text(encoding="utf-8")] for src in pages_of(hostile_site)}
    assert {src: found for src, found in raw.items() if found} == {}


def test_a_title_with_ampersand_and_quotes_is_shown_as_written(page: Page, hostile_url: str):
    page.goto(hostile_url + "oevelser/forbundenhed-i-livet.html")
    assert page.locator("article h1").first.inner_text() == TITLE
    assert page.title().startswith(TITLE)


def test_a_glossary_explanation_shows_the_hostile_definition_as_text(page: Page, hostile_url: str):
    page.goto(hostile_url + "samtalegruppe.html")
    page.locator("article button.glossary-term", has_text="stemmehøring").first.click()
    box = page.locator(".glossary-box").filter(has_text="window.hacked").first
    assert HOSTILE in box.inner_text()
    assert page.evaluate("window.hacked") is None


def test_search_results_show_hostile_titles_and_text_as_text(page: Page, hostile_url: str):
    page.goto(hostile_url + "index.html")
    assert search(page, "dobbelt"), "søgningen fandt ingen sider med den fjendtlige tekst"
    assert page.locator(".md-search-result").filter(has_text="<script>window.hacked=1</script>").count() > 0
    assert page.evaluate("window.hacked") is None


def test_the_sheet_and_the_whole_pdf_print_the_hostile_string_as_text(hostile_site):
    sheet = " ".join(page.extract_text() for page in PdfReader(hostile_site / SHEET).pages)
    assert "<script>window.hacked=1</script>" in sheet
    handbook = " ".join(page.extract_text() for page in PdfReader(hostile_site / "pdf/peer-haandbogen.pdf").pages)
    assert "<script>window.hacked=1</script>" in handbook


def test_nothing_hostile_runs_in_chromium(page: Page, hostile_url: str, hostile_site: Path):
    for src in pages_of(hostile_site):
        page.goto(hostile_url + src)
        word = page.locator("article button.glossary-term").first
        if word.count():
            word.click()
        assert page.evaluate("window.hacked") is None, src
        assert page.locator("img[src='x']").count() == 0, src

"""Printing an exercise from the browser: only the exercise on paper, and no blank sheet at the end."""
from __future__ import annotations

import io

import pytest
from playwright.sync_api import Page
from pypdf import PdfReader

from .site_pages import page_urls

EXERCISES = [url for url in page_urls() if url.startswith("oevelser/") and not url.endswith("index.html")]
# Material's header (with the search), the menu, the table of contents and the footer.
SCREEN_ONLY = [".md-header", ".md-search", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"]


@pytest.mark.parametrize("url", EXERCISES)
def test_exercise_prints_without_navigation_or_blank_sheet(page: Page, url: str) -> None:
    """In print, navigation and search are hidden, and every A4 sheet of the PDF has text on it."""
    page.goto(url)
    page.emulate_media(media="print")
    shown = [selector for selector in SCREEN_ONLY if page.locator(selector).first.is_visible()]
    assert shown == [], f"{url}: vises på print: {shown}"
    sheets = PdfReader(io.BytesIO(page.pdf(format="A4"))).pages
    blank = [number for number, sheet in enumerate(sheets, start=1) if not sheet.extract_text().strip()]
    assert blank == [], f"{url}: tomme ark {blank} af {len(sheets)}"

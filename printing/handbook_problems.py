"""Problems WeasyPrint meets in the whole-handbook PDF, named by page: mkdocs-to-pdf alone only counts them."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urljoin

from bs4 import BeautifulSoup, SoupStrainer

IMAGES = SoupStrainer("img")


def images(page_html: str, page_file: Path) -> set[str]:
    """The files a built page's images load, as the file: URLs and paths WeasyPrint names them by."""
    base = page_file.as_uri()
    found = {urljoin(base, img["src"]) for img in BeautifulSoup(page_html, "html.parser", parse_only=IMAGES).find_all("img", src=True)}
    return found | {unquote(url.removeprefix("file://")) for url in found if url.startswith("file:")}


class HandbookProblems(logging.Handler):
    """Reports each WeasyPrint warning or error while the whole handbook renders, naming the pages it concerns.

    The built pages (their HTML and file) are searched for images only when a problem comes: most builds have none.
    """

    def __init__(self, built_pages: dict[str, tuple[str, Path]], report: Callable[[str], None]) -> None:
        super().__init__(level=logging.WARNING)
        self.built_pages = built_pages
        self.report = report

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        pages = [src for src, built in self.built_pages.items() if any(url in message for url in images(*built))]
        where = ", ".join(sorted(pages)) or "en af siderne eller et print-stylesheet"
        self.report(f"Hele håndbogen som PDF: {where}: WeasyPrint kan ikke bruge det: {message}")

"""mkdocs-to-pdf's event hook (it imports this module by name): Danish, titled, no extra header button."""
from __future__ import annotations

from logging import Logger

from bs4 import BeautifulSoup


def inject_link(html: str, href: str, page, logger: Logger) -> str:
    """Leave the pages as they are: the link to the PDF is in every footer (overrides/partials/copyright.html) and on the home page."""
    return html


def pre_pdf_render(soup: BeautifulSoup, logger: Logger) -> BeautifulSoup:
    """Make the whole document Danish (hyphenation, PDF language) and give it the cover's title."""
    soup.html["lang"] = "da"
    cover_title = soup.select_one("#doc-cover h1")
    if cover_title is None or soup.title is None:
        raise RuntimeError("PDF'en mangler forsiden (printing/templates/cover.html) eller sidens <title>")
    soup.title.string = cover_title.get_text(" ", strip=True)
    return soup

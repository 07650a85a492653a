"""mkdocs-to-pdf's event hook (printing/to_pdf.py hands it over): Danish, titled, dated by the build, no extra header button."""
from __future__ import annotations

from logging import Logger

from bs4 import BeautifulSoup
from mkdocs.utils import get_build_datetime

from handbook.strings import STRINGS
from printing import paper


def inject_link(html: str, href: str, page, logger: Logger) -> str:
    """Leave the pages as they are: the link to the PDF is in every footer (overrides/partials/copyright.html) and on the home page."""
    return html


def pre_pdf_render(soup: BeautifulSoup, logger: Logger) -> BeautifulSoup:
    """Make the whole document Danish (PDF language), fit for paper (printing/paper.py), titled as its cover, dated by the build."""
    soup.html["lang"] = "da"
    paper.drop_screen_only(soup)
    style = soup.new_tag("style")
    style.string = paper.handbook_words_css()
    soup.head.append(style)
    cover_title = soup.select_one("#doc-cover h1")
    edition = soup.select_one("#doc-cover .edition")
    if cover_title is None or edition is None or soup.title is None:
        raise RuntimeError("PDF'en mangler forsiden (printing/templates/cover.html), dens udgave eller sidens <title>")
    soup.title.string = cover_title.get_text(" ", strip=True)
    # SOURCE_DATE_EPOCH (make site: the last commit) makes two builds of one commit byte-identical.
    built = get_build_datetime()
    edition.string = STRINGS.edition.format(date=STRINGS.date(built.date()))
    for name in ("dcterms.created", "dcterms.modified"):
        for meta in soup.find_all("meta", attrs={"name": name}):
            meta["content"] = built.isoformat()
    return soup

"""The HTML that WeasyPrint turns into a printable sheet: a page's own article, room to write, a footer."""
from __future__ import annotations

import html
from urllib.parse import urljoin, urlsplit

import segno
from bs4 import BeautifulSoup

from macros.publication import DRAFT_MARK, DRAFT_NOTE

# An exercise without a 'writing' field in its front matter still gets room to write.
DEFAULT_WRITING = {"lines": 8}
# Site chrome inside the article: heading permalinks and page actions such as "Print arket (PDF)", "Læs op".
CHROME = "a.headerlink, .md-content__button, [data-read-aloud]"
# A job profile's "Senest ændret" line (overrides/partials/source-file.html): the print stylesheet
# repeats it at the top of every page, which a running element does only from where it stands.
VERSION_LINE = ".page-version"


def only_article(page_html: str) -> str:
    """The page's <article> element as text (the whole page when it has none): parsing it alone is a
    third of the work of parsing the whole page, menus, search and scripts included."""
    start, end = page_html.find("<article"), page_html.rfind("</article>")
    return page_html[start:end + len("</article>")] if 0 <= start < end else page_html


def article(page_html: str, address: str | None, where: str) -> str:
    """The page's <article> without site chrome, its links made absolute under the page's web address.

    A draft has no address: its links would lead nowhere on paper, so they become plain text.
    """
    soup = BeautifulSoup(only_article(page_html), "html.parser")
    found = soup.find("article")
    if found is None:
        raise ValueError(f"{where}: den byggede side har intet <article> at lave et ark af")
    for element in found.select(CHROME):
        element.decompose()
    for version in found.select(VERSION_LINE):
        found.insert(0, version.extract())
    for link in found.find_all("a", href=True):
        if address is None:
            del link["href"]
        elif not urlsplit(link["href"]).scheme:
            link["href"] = urljoin(address, link["href"])
    return str(found)


def writing_room(writing: dict, key: str, title: str) -> str:
    """Room to write, from the front matter: boxes with a heading each, then ruled or numbered lines.

    Every box and line is also a form field (WeasyPrint's pdf_forms), named '<exercise>-boks-N' or
    '<exercise>-linje-N' so the names stay unique in a workshop pack, and titled for screen readers.
    """
    writing = writing or DEFAULT_WRITING
    boxes = "".join(
        f'<section class="box"><h3>{html.escape(label)}</h3>'
        f'{field("textarea", f"{key}-boks-{number}", label)}</section>'
        for number, label in enumerate(writing.get("boxes", []), start=1)
    )
    kind = "numbered" if writing.get("numbered") else "ruled"
    lines = "".join(
        f'<li>{field("input", f"{key}-linje-{number}", f"{title}, linje {number}")}</li>'
        for number in range(1, writing.get("lines", 0) + 1)
    )
    parts = [f'<div class="boxes">{boxes}</div>' if boxes else "", f'<ol class="lines {kind}">{lines}</ol>' if lines else ""]
    return f'<section class="writing"><h2>Skriv her</h2>{"".join(parts)}</section>'


def field(tag: str, name: str, accessible_name: str) -> str:
    """An empty form field: a one-line <input> or a wrapping <textarea>; its title becomes the PDF field's name for screen readers."""
    attributes = f'name="{html.escape(name)}" title="{html.escape(accessible_name)}"'
    return f'<textarea {attributes}></textarea>' if tag == "textarea" else f'<input type="text" {attributes}>'


def footer(address: str | None, site_name: str) -> str:
    """The footer of every sheet page: a QR code and the web address of the page (a draft has none), and the handbook's name."""
    if address is None:
        return f'<footer class="sheet-footer"><p><strong>{html.escape(site_name)}</strong><br>{DRAFT_NOTE}</p></footer>'
    qr = segno.make(address, error="m").svg_data_uri(scale=4, border=0)
    link = html.escape(address)
    return (
        f'<footer class="sheet-footer"><img class="qr" src="{qr}" alt="QR-kode til {link}">'
        f'<p><strong>{html.escape(site_name)}</strong><br>Se siden på nettet:<br><a href="{link}">{link}</a></p></footer>'
    )


def document(title: str, body: str, address: str | None, site_name: str, author: str) -> str:
    """A whole HTML document for one sheet: Danish, titled, footer (and a draft's mark) first so they repeat on every page."""
    mark = "" if address is not None else f'<p class="draft-mark">{DRAFT_MARK}</p>'

    return (
        '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} · {html.escape(site_name)}</title>"
        f'<meta name="author" content="{html.escape(author)}"></head>'
        f"<body>{mark}{footer(address, site_name)}{body}</body></html>"
    )

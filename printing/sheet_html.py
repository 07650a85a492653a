"""The HTML that WeasyPrint turns into a printable sheet: a page's own article, room to write, a footer."""
from __future__ import annotations

import html
from urllib.parse import urljoin, urlsplit

import segno
from bs4 import BeautifulSoup

from handbook.pages import Writing
from handbook.publication import Edition
from handbook.strings import STRINGS

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


def article(page_html: str, edition: Edition, page_url: str, where: str) -> str:
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
        if edition.draft:
            del link["href"]
        elif not urlsplit(link["href"]).scheme:
            link["href"] = urljoin(edition.address_of(page_url), link["href"])
    return str(found)


def writing_room(writing: Writing, key: str, title: str) -> str:
    """Room to write, from the front matter: boxes with a heading each, then ruled or numbered lines.

    Every box and line is also a form field (WeasyPrint's pdf_forms), named '<exercise>-boks-N' or
    '<exercise>-linje-N' so the names stay unique in a workshop pack, and titled for screen readers.
    """
    boxes = "".join(
        f'<section class="box"><h3>{html.escape(label)}</h3>'
        f'{field("textarea", f"{key}-boks-{number}", label)}</section>'
        for number, label in enumerate(writing.boxes, start=1)
    )
    kind = "numbered" if writing.numbered else "ruled"
    lines = "".join(
        f'<li>{field("input", f"{key}-linje-{number}", STRINGS.line_field.format(title=title, number=number))}</li>'
        for number in range(1, writing.lines + 1)
    )
    parts = [f'<div class="boxes">{boxes}</div>' if boxes else "", f'<ol class="lines {kind}">{lines}</ol>' if lines else ""]
    return f'<section class="writing"><h2>{html.escape(STRINGS.write_here)}</h2>{"".join(parts)}</section>'


def field(tag: str, name: str, accessible_name: str) -> str:
    """An empty form field: a one-line <input> or a wrapping <textarea>; its title becomes the PDF field's name for screen readers."""
    attributes = f'name="{html.escape(name)}" title="{html.escape(accessible_name)}"'
    return f'<textarea {attributes}></textarea>' if tag == "textarea" else f'<input type="text" {attributes}>'


def footer(edition: Edition, page_url: str, site_name: str) -> str:
    """The footer of every sheet page: a QR code and the web address of the page (a draft has none), and the handbook's name."""
    if edition.draft:
        return f'<footer class="sheet-footer"><p><strong>{html.escape(site_name)}</strong><br>{html.escape(STRINGS.draft_note)}</p></footer>'
    address = edition.address_of(page_url)
    qr = segno.make(address, error="m").svg_data_uri(scale=4, border=0)
    link = html.escape(address)
    return (
        f'<footer class="sheet-footer"><img class="qr" src="{qr}" alt="{html.escape(STRINGS.qr_code.format(address=address))}">'
        f'<p><strong>{html.escape(site_name)}</strong><br>{html.escape(STRINGS.on_the_web)}<br><a href="{link}">{link}</a></p></footer>'
    )


def document(title: str, body: str, edition: Edition, page_url: str, site_name: str, author: str) -> str:
    """A whole HTML document for one sheet: Danish, titled, footer (and a draft's mark) first so they repeat on every page."""
    mark = f'<p class="draft-mark">{html.escape(STRINGS.draft_mark)}</p>' if edition.draft else ""
    return (
        '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} · {html.escape(site_name)}</title>"
        f'<meta name="author" content="{html.escape(author)}"></head>'
        f"<body>{mark}{footer(edition, page_url, site_name)}{body}</body></html>"
    )

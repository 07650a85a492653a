"""The HTML that WeasyPrint turns into a printable sheet: a page's own article, room to write, a footer."""
from __future__ import annotations

import html
from collections.abc import Mapping
from urllib.parse import urljoin, urlsplit

import segno
from bs4 import BeautifulSoup, Tag

from handbook.pages import Writing
from handbook.publication import Edition
from handbook.strings import STRINGS
from printing import paper

# A job profile's "Senest ændret" line (overrides/partials/source-file.html): the print stylesheet
# repeats it at the top of every page, which a running element does only from where it stands.
VERSION_LINE = ".page-version"


def only_article(page_html: str) -> str:
    """The page's <article> element as text (the whole page when it has none): parsing it alone is a
    third of the work of parsing the whole page, menus, search and scripts included."""
    start, end = page_html.find("<article"), page_html.rfind("</article>")
    return page_html[start:end + len("</article>")] if 0 <= start < end else page_html


def article(page_html: str, edition: Edition, page_url: str, where: str, titles: Mapping[str, str]) -> str:
    """The page's <article> for paper (printing/paper.py): its footnotes where called, its version line first, its links readable.

    titles: every page's title by its URL in the site, to say where a draft's link leads.
    """
    soup = BeautifulSoup(only_article(page_html), "html.parser")
    found = soup.find("article")
    if found is None:
        raise ValueError(f"{where}: den byggede side har intet <article> at lave et ark af")
    paper.drop_screen_only(found)
    paper.footnotes_where_called(found)
    for version in found.select(VERSION_LINE):
        found.insert(0, version.extract())
    links_for_paper(found, edition, page_url, titles)
    return str(found)


def links_for_paper(article: Tag, edition: Edition, page_url: str, titles: Mapping[str, str]) -> None:
    """After the first link to each place, say where it leads: its web address, or in a draft (no address yet) the page
    in the handbook, and the link itself goes, since it would lead nowhere."""
    said: set[tuple[str, str]] = set()
    for link in article.find_all("a", href=True):
        target = urljoin(page_url, link["href"])
        if edition.draft and not urlsplit(link["href"]).scheme:
            del link["href"]
            place = urlsplit(target).path
            title = titles.get(place, "")
            named = not title or title.casefold() == link.get_text(" ", strip=True).casefold()
            note = STRINGS.link_to_named_page if named else STRINGS.link_in_handbook.format(title=title)
        else:
            place = link["href"] = target if urlsplit(target).scheme else edition.address_of(target)
            note = "" if link.get_text(strip=True) == place else f"({place})"
        if note and (place, note) not in said:
            said.add((place, note))
            address = article.new_tag("span", attrs={"class": "link-address"})
            address.string = note
            link.insert_after(" ", address)


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
    """The footer of every sheet page: a QR code and the web address of the page (a draft has none), the handbook's
    name, and the page number."""
    number = '<p class="page-number"></p>'
    if edition.draft:
        return (
            f'<footer class="sheet-footer"><p><strong>{html.escape(site_name)}</strong><br>{html.escape(STRINGS.draft_note)}</p>'
            f"{number}</footer>"
        )
    address = edition.address_of(page_url)
    qr = segno.make(address, error="m").svg_data_uri(scale=4, border=0)
    link = html.escape(address)
    return (
        f'<footer class="sheet-footer"><img class="qr" src="{qr}" alt="{html.escape(STRINGS.qr_code.format(address=address))}">'
        f'<p><strong>{html.escape(site_name)}</strong><br>{html.escape(STRINGS.on_the_web)}<br><a href="{link}">{link}</a></p>'
        f"{number}</footer>"
    )


def document(title: str, body: str, edition: Edition, page_url: str, site_name: str, author: str) -> str:
    """A whole HTML document for one sheet: Danish, titled, the footer first so it repeats on every page, then a
    draft's mark in the text of page 1 (the print stylesheet repeats it at the top of later pages)."""
    mark = f'<p class="draft-mark">{html.escape(STRINGS.draft_mark)}</p>' if edition.draft else ""
    return (
        '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} · {html.escape(site_name)}</title>"
        f'<meta name="author" content="{html.escape(author)}">'
        f"<style>{paper.sheet_words_css()}</style></head>"
        f'<body>{footer(edition, page_url, site_name)}{mark}{body}</body></html>'
    )

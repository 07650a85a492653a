"""Glossary help without noise: a term is explained (an <abbr> tooltip) where a page first uses it.

Only in body text: never in a heading or a link (they already say where they lead), never twice on
a page, and not on the Ordliste itself, which shows every definition in full.
"""
from __future__ import annotations

import html

from bs4 import BeautifulSoup, NavigableString, Tag

from handbook.glossary import Tooltips
from hooks.plugin import handbook_of

GLOSSARY_PAGE = "ordliste.md"
NOT_BODY_TEXT = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr", "code", "pre", "script", "style"}


def on_page_content(html: str, page, config, files) -> str:
    """Mark the first use of each glossary term in the page's body text."""
    tooltips = handbook_of(config).tooltips  # every spelling of every term with a tooltip, in one pattern
    if page.file.src_uri == GLOSSARY_PAGE or not tooltips.terms:
        return html
    soup = BeautifulSoup(html, "html.parser")
    explained: set[str] = set()
    for text in list(soup.find_all(string=True)):
        if not in_body_text(text):
            continue
        mark_first_uses(soup, text, explained, tooltips)
    return str(soup)


def in_body_text(text: NavigableString) -> bool:
    """True for running text: not inside a heading, link, code or an existing abbreviation."""
    return type(text) is NavigableString and not any(parent.name in NOT_BODY_TEXT for parent in text.parents)


def mark_first_uses(soup: BeautifulSoup, text: NavigableString, explained: set[str], tooltips: Tooltips) -> None:
    """Split one text node around the terms not yet explained on the page, wrapping each in <abbr>."""
    pieces: list[str | Tag] = []
    position = 0
    for match in tooltips.pattern.finditer(text):
        term = tooltips.terms[match[1]]
        if term.term in explained:
            continue
        explained.add(term.term)
        # Material's tooltip puts the title into the page as HTML: escaped here, and once more when the
        # attribute is written, the tooltip shows the definition as written, never as markup.
        abbr = soup.new_tag("abbr", attrs={"title": html.escape(" ".join(term.definition.split()), quote=False)})
        abbr.string = match[1]
        pieces += [text[position : match.start()], abbr]
        position = match.end()
    if pieces:
        for piece in [*pieces, text[position:]]:
            text.insert_before(piece if isinstance(piece, Tag) else NavigableString(piece))
        text.extract()

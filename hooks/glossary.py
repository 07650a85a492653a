"""Glossary help without noise: a term is explained (an <abbr> tooltip) where a page first uses it.

Only in body text: never in a heading or a link (they already say where they lead), never twice on
a page, and not on the Ordliste itself, which shows every definition in full.
"""
from __future__ import annotations

import html
import re

from bs4 import BeautifulSoup, NavigableString, Tag

from macros import data as shared_data
from macros.data import Term

GLOSSARY_PAGE = "ordliste.md"
NOT_BODY_TEXT = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr", "code", "pre", "script", "style"}
# Every spelling of every term with a tooltip, set once per build by on_config.
SPELLINGS: dict[str, Term] = {}
PATTERN = re.compile("(?!)")  # matches nothing until on_config has read the glossary


def on_config(config):
    """Read the glossary once per build and compile one pattern for all its spellings."""
    global PATTERN
    SPELLINGS.clear()
    for term in (t for t in shared_data.load().glossary if t.tooltip):
        SPELLINGS.update({spelling: term for spelling in [term.term, *term.forms]})
    longest_first = sorted(SPELLINGS, key=len, reverse=True)
    # A term may open a compound ("LUB" in "LUB-pakken") but not end one ("peer" in "frivillig-peer").
    PATTERN = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, longest_first)) + r")(?!\w)")
    return config


def on_page_content(html: str, page, config, files) -> str:
    """Mark the first use of each glossary term in the page's body text."""
    if page.file.src_uri == GLOSSARY_PAGE or not SPELLINGS:
        return html
    soup = BeautifulSoup(html, "html.parser")
    explained: set[str] = set()
    for text in list(soup.find_all(string=True)):
        if not in_body_text(text):
            continue
        mark_first_uses(soup, text, explained)
    return str(soup)


def in_body_text(text: NavigableString) -> bool:
    """True for running Danish text: not inside a heading, link, code, an existing abbreviation or an English passage."""
    return type(text) is NavigableString and not any(
        parent.name in NOT_BODY_TEXT or parent.get("lang", "da") != "da" for parent in text.parents
    )


def mark_first_uses(soup: BeautifulSoup, text: NavigableString, explained: set[str]) -> None:
    """Split one text node around the terms not yet explained on the page, wrapping each in <abbr>."""
    pieces: list[str | Tag] = []
    position = 0
    for match in PATTERN.finditer(text):
        term = SPELLINGS[match[1]]
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

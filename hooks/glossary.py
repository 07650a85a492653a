"""Glossary help without noise: a term is explained where a page first uses it, with a link to its Ordliste entry.

Only in running Danish text: never in a heading or a link (they already say where they lead), never
in an English passage, never twice on a page, and not on the Ordliste itself, which shows every
definition in full. The word is marked with its definition and its entry's address; the disclosure
that opens it (by Tab and Enter, a tap, or the mouse) is docs/assets/javascripts/glossary.js.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag
from mkdocs.utils import get_relative_url

from handbook.data import Term
from handbook.glossary import GLOSSARY_PAGE, Tooltips
from hooks.plugin import handbook_of

NOT_BODY_TEXT = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr", "code", "pre", "script", "style"}
MARK_CLASS = "glossary-term"


def on_page_content(html: str, page, config, files) -> str:
    """Mark the first use of each glossary term in the page's body text."""
    tooltips = handbook_of(config).tooltips  # every spelling of every term with an explanation, in one pattern
    glossary = files.get_file_from_path(GLOSSARY_PAGE)
    if page.file.src_uri == GLOSSARY_PAGE or not tooltips.terms or glossary is None:
        return html
    soup = BeautifulSoup(html, "html.parser")
    entries = get_relative_url(glossary.url, page.url)
    explained: set[str] = set()
    for text in list(soup.find_all(string=True)):
        if in_body_text(text):
            mark_first_uses(soup, text, explained, entries, tooltips)
    return str(soup)


def in_body_text(text: NavigableString) -> bool:
    """True for running Danish text: not inside a heading, link, code, an existing mark or an English passage."""
    return type(text) is NavigableString and not any(
        parent.name in NOT_BODY_TEXT or MARK_CLASS in parent.get("class", []) or parent.get("lang", "da") != "da"
        for parent in text.parents
    )


def mark(soup: BeautifulSoup, word: str, term: Term, entries: str) -> Tag:
    """The word, marked with its term's definition and the address of its Ordliste entry (attribute values are escaped on output)."""
    attributes = {"class": MARK_CLASS, "data-definition": " ".join(term.definition.split()), "data-entry": f"{entries}#{term.key}"}
    tag = soup.new_tag("span", attrs=attributes)
    tag.string = word
    return tag


def mark_first_uses(soup: BeautifulSoup, text: NavigableString, explained: set[str], entries: str, tooltips: Tooltips) -> None:
    """Split one text node around the terms not yet explained on the page, marking each."""
    pieces: list[str | Tag] = []
    position = 0
    for match in tooltips.pattern.finditer(text):
        term = tooltips.terms[match[1]]
        if term.term in explained:
            continue
        explained.add(term.term)
        pieces += [text[position : match.start()], mark(soup, match[1], term, entries)]
        position = match.end()
    if pieces:
        for piece in [*pieces, text[position:]]:
            text.insert_before(piece if isinstance(piece, Tag) else NavigableString(piece))
        text.extract()

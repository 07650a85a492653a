"""Glossary help without noise: a term is explained where a page first uses it, with a link to its Ordliste entry.

Only in running Danish text: never in a heading or a link (they already say where they lead), a
box's title, a disclosure's summary, a table's header or a footnote (a button there would open over
the words that name what follows, or far from the reader), never in an English passage, never twice on a page, and not on the Ordliste itself, which shows every
definition in full. The word is marked with its definition and its entry's address; the disclosure
that opens it (by Tab and Enter, a tap, or the mouse) is docs/assets/javascripts/glossary.js.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag
from mkdocs.utils import get_relative_url

from handbook.data import Term
from handbook.glossary import GLOSSARY_PAGE, Tooltips
from handbook.strings import STRINGS
from hooks.plugin import handbook_of

NOT_BODY_TEXT = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr", "code", "pre", "script", "style", "summary", "th"}
MARK_CLASS = "glossary-term"
# A box's title (!!! note "Kort fortalt"), the footnotes at the end of a page, an existing mark.
NOT_BODY_CLASSES = {MARK_CLASS, "admonition-title", "footnote"}


def on_page_content(html: str, page, config, files) -> str:
    """Mark the first use of each glossary term in the page's body text."""
    tooltips = handbook_of(config).tooltips  # every spelling of every term with an explanation, in one pattern
    glossary = files.get_file_from_path(GLOSSARY_PAGE)
    if page.file.src_uri == GLOSSARY_PAGE or not tooltips.terms or glossary is None:
        return html
    return marked(html, tooltips, get_relative_url(glossary.url, page.url))


def marked(html: str, tooltips: Tooltips, entries: str) -> str:
    """A page's HTML with the first use of each term in its body text marked; entries: the Ordliste's address from the page."""
    soup = BeautifulSoup(html, "html.parser")
    explained: set[str] = set()
    for text in list(soup.find_all(string=True)):
        if in_body_text(text):
            mark_first_uses(soup, text, explained, entries, tooltips)
    return str(soup)


def in_body_text(text: NavigableString) -> bool:
    """True for running Danish text: not in a heading, link, code, box title, summary, table header, footnote, mark or English."""
    return type(text) is NavigableString and not any(
        parent.name in NOT_BODY_TEXT or NOT_BODY_CLASSES.intersection(parent.get("class", [])) or parent.get("lang", "da") != "da"
        for parent in text.parents
    )


def mark(soup: BeautifulSoup, word: str, term: Term, entries: str) -> Tag:
    """The word, marked with its term's definition and the address of its Ordliste entry (attribute values are escaped on output)."""
    attributes = {
        "class": MARK_CLASS,
        "data-definition": " ".join(term.definition.split()),
        "data-entry": f"{entries}#{term.key}",
        "data-entry-link": STRINGS.glossary_entry,  # the words of the link to the entry (assets/javascripts/glossary.js)
    }
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

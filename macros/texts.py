"""Render the shared texts (definitions, sources, values, glossary) as Markdown."""
from __future__ import annotations

import html

from handbook.data import Data, Organisation, Source
from handbook.errors import unknown_key
from handbook.paths import link
from handbook.publication import Edition
from handbook.review import Review, reader_line
from handbook.strings import STRINGS

SOURCES_PAGE = "kilder.md"


def plain(text: object) -> str:
    """Text from data or front matter for a page: shown as written, never markup (<, >, & and quotes escaped)."""
    return html.escape(str(text))


def cite(data: Data, key: str, page: str, here: str) -> str:
    """A citation without brackets, such as Socialstyrelsen 2016: 8, linked to the Kilder page."""
    unknown_key("kilde", key, data.sources)
    pages = f": {page}" if page else ""
    return f"[{plain(data.sources[key].short)}]({link(SOURCES_PAGE, here)}#{key}){plain(pages)}"


def source(data: Data, key: str, page: str, here: str) -> str:
    """A citation in brackets, such as (Socialstyrelsen 2016: 8), linked to the Kilder page."""
    return f"({cite(data, key, page, here)})"


def definition(data: Data, key: str, here: str) -> str:
    """A shared definition as a quote box with its title and source."""
    unknown_key("definition", key, data.definitions)
    item = data.definitions[key]
    citation = source(data, item.source, item.page, here)
    return f'!!! quote "{plain(item.title)}"\n\n    ”{plain(item.text)}”\n\n    {citation}\n'


def definition_quote(data: Data, key: str, here: str) -> str:
    """A shared definition as a plain quote with its source, as a document quotes it (no box title)."""
    unknown_key("definition", key, data.definitions)
    item = data.definitions[key]
    return f"> ”{plain(item.text)}”\n>\n> {source(data, item.source, item.page, here)}\n"


def english(text: str) -> str:
    """Text in English, escaped and marked so a screen reader reads it with an English voice (WCAG 3.1.2)."""
    return f'<span lang="en">{plain(text)}</span>'


def reference(item: Source) -> str:
    """A source's full reference, its English parts marked as English."""
    text = plain(item.reference)
    for part in item.english:
        text = text.replace(plain(part), english(part), 1)
    return text


def sources_list(data: Data) -> str:
    """Every source in full, each with an anchor that citations link to."""
    return "\n\n".join(f"**{plain(s.short)}.** {reference(s)}\n{{: #{s.key} }}" for s in data.sources.values())


def values(data: Data, key: str) -> str:
    """One list of values as a bullet list."""
    unknown_key("værdiliste", key, data.values)
    return "\n".join(f"- {plain(value)}" for value in data.values[key])


def number_of(data: Data, key: str) -> str:
    """A count from education.yml as digits, e.g. '6'."""
    unknown_key("tal", key, data.numbers)
    return str(data.numbers[key])


DANISH_ORDER = "abcdefghijklmnopqrstuvwxyzæøå"


def danish_sort_key(text: str) -> list[int]:
    """Sort key that puts æ, ø, å after z, as a Danish dictionary does."""
    return [DANISH_ORDER.find(c) if c in DANISH_ORDER else ord(c) for c in text.lower()]


def glossary(data: Data) -> str:
    """The glossary as a definition list, sorted the Danish way; each term bold, with its key as its id (ordliste.html#key)."""
    terms = sorted(data.glossary, key=lambda t: danish_sort_key(t.term))
    return "\n\n".join(f"**{plain(t.term)}** {{ #{t.key} }}\n:   {plain(t.definition)}" for t in terms)


def accessibility_contact(edition: Edition, organisation: Organisation) -> str:
    """Where to write (and call) about accessibility (organisation.yml), or a plain note that the contact is missing (a draft)."""
    if not edition.contact:
        return f'!!! note "{plain(STRINGS.contact_missing_title)}"\n\n    {plain(STRINGS.contact_missing)}'
    written = f"{plain(STRINGS.contact)} <strong>{html.escape(edition.contact)}</strong>"
    phone = STRINGS.statement_phone.format(phone=organisation.phone) if organisation.phone else STRINGS.statement_phone_missing
    return f"{written}\n\n{plain(phone)}"


def statement_date(organisation: Organisation) -> str:
    """When the accessibility statement was prepared, or plainly that the organisation has not dated it yet."""
    day = organisation.statement_date
    return plain(STRINGS.statement_date.format(date=STRINGS.date(day)) if day else STRINGS.statement_date_missing)


def enforcement_route(organisation: Organisation) -> str:
    """Where to complain when an answer does not help: only the organisation can say, so until then the page says so."""
    route = organisation.enforcement
    return plain(STRINGS.enforcement.format(route=route) if route else STRINGS.enforcement_missing)


def review_line(page: Review) -> str:
    """An exercise's or job profile's review dates as readers see them, in a paragraph of its own (class 'review')."""
    return f"{plain(reader_line(page))}\n{{: .review }}"

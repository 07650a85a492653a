"""What every PDF changes in a built page for paper: the sheets, job profiles and packs, and the whole handbook.

- Nothing that works only on a screen (NOT_ON_PAPER): permalinks, page buttons, "Læs op", the
  footnotes' "↩" back-links, and any block the page marks `screen-only` (the home page's downloads).
- On the sheets and job profiles, footnotes at the foot of the page where they are called, numbered as
  on the web page (a reader of paper finds them there, not after the last section). The whole handbook
  keeps them after each chapter: WeasyPrint 70 sets footnotes pages too late after its cover.
- Page numbers and page references in the reader's words ("Side 2 af 8", "(side 5)": handbook/strings/da.yml),
  as CSS content values for the print stylesheets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from handbook.strings import STRINGS

NOT_ON_PAPER = "a.headerlink, .md-content__button, [data-read-aloud], a.footnote-backref, .screen-only"
# The page counters of STRINGS.page_of, and the page a link leads to in STRINGS.page_reference.
COUNTERS = {"{page}": "counter(page)", "{pages}": "counter(pages)"}
TARGET = {"{page}": "target-counter(attr(href url), page)"}


def drop_screen_only(root: Tag) -> None:
    """Drop what only works on a screen, in place."""
    for element in root.select(NOT_ON_PAPER):
        element.decompose()


def footnotes_where_called(root: Tag) -> None:
    """Put each footnote's text where it is first called, as a span the print stylesheets float to the foot of the page.

    The span keeps the web page's number (data-number); a second call of the same note stays a plain number.
    """
    soup = BeautifulSoup("", "html.parser")
    moved: set[str] = set()
    for call in root.select("a.footnote-ref[href^='#']"):
        note_id = call["href"][1:]
        note = root.find("li", id=note_id)
        if note is None or note_id in moved:
            call.unwrap()
            continue
        moved.add(note_id)
        span = soup.new_tag("span", attrs={"class": "paper-footnote", "data-number": call.get_text(strip=True)})
        for paragraph in note.find_all("p", recursive=False) or [note]:
            span.extend([*paragraph.contents, " "])
        strip_trailing_space(span)
        (call.parent if call.parent.name == "sup" else call).replace_with(span)
    for notes in root.select("div.footnote"):
        notes.decompose()


def strip_trailing_space(element: Tag) -> None:
    """Drop the spaces (and the no-break space that stood before "↩") at the end of an element's text."""
    while element.contents and isinstance(element.contents[-1], NavigableString) and not element.contents[-1].strip():
        element.contents[-1].extract()
    if element.contents and isinstance(element.contents[-1], NavigableString):
        element.contents[-1].replace_with(element.contents[-1].rstrip())


def sheet_words_css() -> str:
    """The sheets' CSS rule in the reader's words: "Side 2 af 3" in every footer."""
    return f".page-number::before {{ content: {css_content(STRINGS.page_of, COUNTERS)}; }}"


def handbook_words_css() -> str:
    """The whole handbook's CSS rules in the reader's words: each page's number, and after a link the page it leads to."""
    return (
        f"@page {{ @bottom-center {{ content: {css_content(STRINGS.page_of, COUNTERS)}; }} }}\n"
        f'article:not(#doc-toc) a[href^="#"]:not(.footnote-ref)::after {{ content: " " {css_content(STRINGS.page_reference, TARGET)}; }}'
    )


def css_content(text: str, values: dict[str, str]) -> str:
    """Reader's words with {placeholders} as a CSS content value: '"Side " counter(page) " af " counter(pages)'."""
    parts = re.split(r"(\{\w+\})", text)
    return " ".join(values.get(part) or css_string(part) for part in parts if part)


def css_string(text: str) -> str:
    """Text as a quoted CSS string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

"""Less noise for screen readers in what Markdown's extensions write (WCAG 1.3.1, 2.4.4).

- A heading's "¶" permalink is for the mouse: out of the Tab order and of the heading's name (a
  keyboard or screen-reader user finds the same link in the table of contents).
- Footnote links are named "Fodnote 1" and "Tilbage til fodnote 1 i teksten", not "1" and "↩".
- A box with a title ("Kort fortalt", a definition) is a note named by its title, so it can be found.
"""
from __future__ import annotations

import html
import re

PERMALINK = '<a class="headerlink" '
FOOTNOTE_REF = re.compile(r'<a class="footnote-ref" href="([^"]+)">([^<]+)</a>')
FOOTNOTE_BACKREF = re.compile(r'<a class="footnote-backref" href="([^"]+)" title="([^"]+)">')
BOX = re.compile(r'<div class="admonition([^"]*)">(\s*<p class="admonition-title">(.*?)</p>)', re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def quiet_permalinks(page_html: str) -> str:
    """Heading permalinks hidden from screen readers and out of the Tab order (the mouse still finds them)."""
    return page_html.replace(PERMALINK, f'{PERMALINK}aria-hidden="true" tabindex="-1" ')


def named_footnotes(page_html: str) -> str:
    """Footnote numbers and back-links named for what they do."""
    page_html = FOOTNOTE_REF.sub(r'<a class="footnote-ref" href="\1" aria-label="Fodnote \2">\2</a>', page_html)
    return FOOTNOTE_BACKREF.sub(r'<a class="footnote-backref" href="\1" title="\2" aria-label="\2">', page_html)


def boxes_as_notes(page_html: str) -> str:
    """Every box with a title as role=note, named by its title's text."""
    def note(match: re.Match) -> str:
        name = html.escape(html.unescape(TAG.sub("", match[3])).strip())
        return f'<div class="admonition{match[1]}" role="note" aria-label="{name}">{match[2]}'

    return BOX.sub(note, page_html)


def on_page_content(page_html: str, page, config, files) -> str:
    """Apply the three to every page's content."""
    return boxes_as_notes(named_footnotes(quiet_permalinks(page_html)))

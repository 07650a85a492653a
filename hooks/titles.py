"""A page title from front matter is text: the theme writes it into HTML as it is, so it is escaped here.

The handbook refused any < or > in it when it read the front matter (handbook/pages.py).
"""
from __future__ import annotations

import html

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Escape & in the front-matter title, which becomes page.title (nav, header, heading, search)."""
    if "title" in page.meta:
        # Quotes stay: the theme escapes the title itself where it goes into an attribute.
        page.meta["title"] = html.escape(str(page.meta["title"]), quote=False)
    return markdown

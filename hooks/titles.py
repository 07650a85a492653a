"""A page title from front matter is text: the theme writes it into HTML as it is, so it is checked and escaped here."""
from __future__ import annotations

import html

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Escape & in the front-matter title, which becomes page.title (nav, header, heading, search); refuse < and >."""
    if "title" in page.meta:
        title = str(page.meta["title"])
        # Material shows a long nav or header title in a tooltip as HTML, even after escaping: no markup at all.
        if "<" in title or ">" in title:
            raise PluginError(f"{page.file.src_uri}: titlen må ikke indeholde < eller >: {title!r}. Skriv den som almindelig tekst.")
        # Quotes stay: the theme escapes the title itself where it goes into an attribute.
        page.meta["title"] = html.escape(title, quote=False)
    return markdown

"""Page titles are text, whether front matter or the nav in mkdocs.yml gives them: the theme writes them into
HTML as they are, so '&' is escaped here, and '<' or '>' stops the build (handbook/page_text.py).

The handbook refused a front-matter title with < or > when it read the pages (handbook/pages.py); the
nav's titles are refused here, naming mkdocs.yml's line.
"""
from __future__ import annotations

import html
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils.yaml import yaml_load

from handbook.pages import check_nav_titles
from hooks.plugin import reported


@reported
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Stop on a nav title with markup, such as '- "Kilder <img src=x onerror=...>": kilder.md'."""
    config_file = Path(config.config_file_path)
    text = config_file.read_text(encoding="utf-8")
    # The nav as mkdocs.yml writes it: the sections the handbook fills from the data (handbook/nav.py) show
    # titles from chime.yml and front matter, which are text and are escaped below like any other.
    check_nav_titles((yaml_load(text) or {}).get("nav"), text, config_file.name)
    return config


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Escape & in every title the nav gives a section or a page."""
    def escape(items: list) -> None:
        for item in items:
            if isinstance(item, (Section, Page)) and item.title:
                item.title = html.escape(item.title, quote=False)
            if isinstance(item, Section):
                escape(item.children)

    escape(nav.items)
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Escape & in the front-matter title, which becomes page.title (nav, header, heading, search)."""
    if "title" in page.meta:
        # Quotes stay: the theme escapes the title itself where it goes into an attribute.
        page.meta["title"] = html.escape(str(page.meta["title"]), quote=False)
    return markdown

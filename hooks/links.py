"""The `handbook-links` plugin: every address in links.yml still leads to its page and its sections (handbook/links.py).

It learns each built page's title and anchors while the build runs, so it keeps them on itself, one
build at a time.
"""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from handbook import links
from hooks.plugin import as_plugin_error, handbook_of

# Any element's id in a page's content is an anchor a link can land on, not only a heading's.
ELEMENT_ID = re.compile(r'<[a-zA-Z][a-zA-Z0-9]*\b[^>]*?\sid="([^"]+)"')


class LinksPlugin(BasePlugin):
    """Checks this build against links.yml and writes the forwarding pages of its redirects."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Start this build's record: each built page's title and anchors, by URL."""
        self.titles: dict[str, str] = {}
        self.anchors: dict[str, set[str]] = {}
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Stop the build when a published address has no page and no redirect, or a redirect leads nowhere."""
        with as_plugin_error():
            links.check_pages(handbook_of(config).links, {file.dest_uri for file in files.documentation_pages()})
        return files

    def on_page_content(self, output: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Remember the page's title and every anchor in its content (headings, and ids set with attr_list)."""
        self.titles[page.file.dest_uri] = page.title or config.site_name
        self.anchors[page.file.dest_uri] = set(ELEMENT_ID.findall(output))
        return output

    @event_priority(60)  # before the PDFs, so a broken link fails fast
    def on_post_build(self, config: MkDocsConfig) -> None:
        """Stop when a published section anchor is gone; then write a forwarding page for every redirect."""
        lock = handbook_of(config).links
        site = Path(config.site_dir)
        with as_plugin_error():
            links.check_anchors(lock, self.anchors)
            links.check_redirects_free(lock, {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()})
            for old in lock.redirects:
                target = links.resolve(lock, old, set(self.titles))
                page = links.redirect_page(old, target, self.titles[target], config.site_name, config.site_url)
                (site / old).parent.mkdir(parents=True, exist_ok=True)
                (site / old).write_text(page, encoding="utf-8")

"""The `handbook-links` plugin: every address in links.yml still leads to its page and its sections (handbook/links.py).

It learns each built page's title and anchors while the build runs, so it keeps them on itself, one
build at a time. `mkdocs build` (make site, CI) writes a new page's address and a new job profile's
section anchors into links.yml; the preview (`mkdocs serve`) does not, so a page being drafted can
still be renamed freely.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from handbook import github, links
from handbook.glossary import GLOSSARY_PAGE
from handbook.pages import is_job_profile
from hooks.plugin import as_plugin_error, handbook_of

# Any element's id in a page's content is an anchor a link can land on, not only a heading's.
ELEMENT_ID = re.compile(r'<[a-zA-Z][a-zA-Z0-9]*\b[^>]*?\sid="([^"]+)"')
log = logging.getLogger("mkdocs.plugins.handbook-links")


class LinksPlugin(BasePlugin):
    """Checks this build against links.yml, records new pages in it, and writes the forwarding pages of its redirects."""

    records = False  # only `mkdocs build` writes new addresses into links.yml

    def on_startup(self, command: str, dirty: bool) -> None:
        """Remember whether this is a build (which records new addresses) or the preview."""
        self.records = command == "build"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Start this build's record: each built page's title and anchors, by URL, and a new job profile's sections."""
        self.titles: dict[str, str] = {}
        self.anchors: dict[str, set[str]] = {}
        self.sections: dict[str, list[str]] = {}
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Stop the build when a published address has no page and no redirect, or a redirect leads nowhere; record new pages."""
        book = handbook_of(config)
        built = {file.dest_uri for file in files.documentation_pages()}
        with as_plugin_error():
            links.check_pages(book.links, built)
        new = links.unlisted(book.links, built)
        if new and self.records:
            self.write(config, links.with_pages(self.lock_text(config), new), "nye adresser", new)
        return files

    def on_page_content(self, output: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Remember the page's title and every anchor in its content (headings, and ids set with attr_list)."""
        url = page.file.dest_uri
        self.titles[url] = page.title or config.site_name
        self.anchors[url] = set(ELEMENT_ID.findall(output))
        book = handbook_of(config)
        if is_job_profile(page.file.src_uri) and url not in book.links.anchors:
            self.sections[url] = [item.id for item in walk(page.toc) if 2 <= item.level <= 4]
        if page.file.src_uri == GLOSSARY_PAGE:  # a new term's address on the Ordliste, as others may link to it
            locked = book.links.anchors.get(url, ())
            self.sections[url] = [term.key for term in book.data.glossary if term.key not in locked]
        return output

    def lock_text(self, config: MkDocsConfig) -> str:
        """links.yml as it is on disk now."""
        return (handbook_of(config).folder / links.LOCK_FILE).read_text(encoding="utf-8-sig")

    def write(self, config: MkDocsConfig, text: str, what: str, items: list[str]) -> None:
        """Write links.yml, and say so in the log (and, in GitHub Actions, as a notice to commit it)."""
        (handbook_of(config).folder / links.LOCK_FILE).write_text(text, encoding="utf-8")
        message = f"{links.LOCK_FILE}: {what} skrevet ind: {', '.join(items)}. Gem {links.LOCK_FILE} sammen med siden."
        log.info(message)
        github.emit("notice", message, links.LOCK_FILE)

    @event_priority(60)  # before the PDFs, so a broken link fails fast
    def on_post_build(self, config: MkDocsConfig) -> None:
        """Stop when a published section anchor is gone; then write a forwarding page for every redirect."""
        lock = handbook_of(config).links
        if self.records:
            for url, sections in self.sections.items():
                if sections:
                    self.write(config, links.with_anchors(self.lock_text(config), url, sections), f"afsnittene i {url}", sections)
        site = Path(config.site_dir)
        with as_plugin_error():
            links.check_anchors(lock, self.anchors)
            links.check_redirects_free(lock, {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()})
            for old in lock.redirects:
                target = links.resolve(lock, old, set(self.titles))
                page = links.redirect_page(old, target, self.titles[target], config.site_name, config.site_url)
                (site / old).parent.mkdir(parents=True, exist_ok=True)
                (site / old).write_text(page, encoding="utf-8")


def walk(toc) -> list:
    """Every entry of a page's table of contents, nested ones included."""
    return [entry for item in toc for entry in (item, *walk(item.children))]

"""The `handbook-publish` plugin: the build publishes only what the handbook knows, safely (handbook/publishing.py).

It refuses a stray file in docs/ before anything is written, refuses raw HTML that runs code as each page
is made, puts the Content-Security-Policy into every page, and after the build refuses an image no page
uses and gives every file modes a web server's unprivileged user can read (a build under umask 077 made
files only their owner could read: every page a 404).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from handbook import links, publishing
from hooks.plugin import as_plugin_error, handbook_of
from printing import render

# The site's own files that only the code names (the redirect pages' script, the sheets' stylesheet).
NAMED_BY_CODE = (links.REDIRECT_SCRIPT, render.SHEET_CSS)
# Where the templates that name the site's own files live, beside mkdocs.yml.
TEMPLATE_DIRS = ("overrides", "printing/templates")


class PublishPlugin(BasePlugin):
    """What this build publishes: the images in docs/, and the files its pages use."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Start this build's record of images and the files pages use."""
        self.images: list[str] = []
        self.used: set[str] = set()
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Stop on any file in docs/ that is no page, none of the site's own files and no image (each named, with what to do)."""
        docs = Path(config.docs_dir).resolve()
        sources = {f.src_uri: Path(f.abs_src_path) for f in files if f.abs_src_path and docs in Path(f.abs_src_path).resolve().parents}
        with as_plugin_error():
            own = own_assets(sources, Path(config.config_file_path), handbook_of(config).folder)
            self.images = publishing.check_docs_files(sources, own)
        return files

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Stop on a page whose raw HTML runs code or embeds another host; remember the files it uses."""
        with as_plugin_error():
            self.used |= publishing.check_page_markup(html, page.url, page.file.src_uri, page.file.content_string)
        return html

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """The page with the Content-Security-Policy."""
        return publishing.with_policy(output)

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        """The theme's own pages (404.html) with the Content-Security-Policy too."""
        return publishing.with_policy(output_content) if template_name.endswith(".html") else output_content

    @event_priority(70)  # before the redirects and the PDFs: a stray image fails fast
    def check_images(self, config: MkDocsConfig) -> None:
        """Stop on an image in docs/ that no page uses."""
        with as_plugin_error():
            publishing.unused_images(self.images, self.used)

    @event_priority(-200)  # last of all, after the PDFs and the offline copy
    def share(self, config: MkDocsConfig) -> None:
        """Give every published file and folder modes the web server's unprivileged user can read, whatever the umask."""
        site = Path(config.site_dir)
        site.chmod(0o755)
        for folder, folders, names in os.walk(site):
            for name in folders:
                os.chmod(os.path.join(folder, name), 0o755)
            for name in names:
                os.chmod(os.path.join(folder, name), 0o644)

    on_post_build = CombinedEvent(check_images, share)


def own_assets(sources: dict[str, Path], config_file: Path, project: Path) -> set[str]:
    """The files under docs/assets/ that mkdocs.yml, a template or the code names, and those named in turn by them (the search shim's helper)."""
    texts = [*config_texts(config_file), *NAMED_BY_CODE]
    texts += [p.read_text(encoding="utf-8") for folder in TEMPLATE_DIRS for p in sorted((project / folder).rglob("*.html"))]
    own: set[str] = set()
    while True:
        found = publishing.own_assets(sources, texts)
        if found == own:
            return own
        texts += [sources[src].read_text(encoding="utf-8", errors="replace") for src in found - own]
        own = found


def config_texts(config_file: Path) -> list[str]:
    """The config file's text and that of each file it inherits (INHERIT: mkdocs.yml in a child config such as the benchmark's)."""
    texts, seen = [], set()
    while config_file not in seen and config_file.is_file():
        seen.add(config_file)
        texts.append(config_file.read_text(encoding="utf-8"))
        parent = re.search(r"^INHERIT:\s*(\S+)", texts[-1], re.MULTILINE)
        if parent is None:
            break
        config_file = config_file.parent / parent[1]
    return texts

"""The `handbook-pdf` plugin: the PDFs in the same build, the whole handbook (mkdocs-to-pdf), a sheet per exercise, a pack per workshop.

The work is done by the `printing` package; this plugin connects it to MkDocs' events and keeps what
one build needs on itself: the pages to print, the PDF cache and the second process.
"""
from __future__ import annotations

import html
import logging
import os
import time
from collections.abc import Mapping
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from handbook.pages import is_job_profile
from handbook.paths import PDF_CACHE
from hooks.plugin import as_plugin_error, handbook_of
from macros.links import job_profile_pdf
from printing import handbook_pdf, handbook_problems, pdf_cache, printouts, render, sheet_html, to_pdf

SWITCH = "HANDBOOK_PDF"
log = logging.getLogger("mkdocs.hooks.pdf")


def pdfs_enabled(environ: Mapping[str, str]) -> bool:
    """True unless HANDBOOK_PDF=0 (make serve); any other value than 0 or 1 stops the build."""
    value = environ.get(SWITCH, "1")
    if value not in {"0", "1"}:
        raise PluginError(f"{SWITCH}={value!r}: brug 1 (byg PDF'erne) eller 0 (spring dem over, som i make serve)")
    return value == "1"


class PdfPlugin(BasePlugin):
    """One build's PDFs: the pages to print, every built page (to name one in a problem), the cache, the second process."""

    enabled = False
    whole: handbook_pdf.CachedHandbook | None = None  # the whole handbook's renderer, while PDFs are on

    @event_priority(100)  # before to-pdf's own on_config, which reads its settings and imports the event hook
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Switch PDFs on or off, check the print stylesheets, and prepare to-pdf."""
        self.enabled = pdfs_enabled(os.environ)
        self.printed: dict[str, render.BuiltPage] = {}
        self.built: dict[str, tuple[str, Path]] = {}
        self.titles: dict[str, str] = {}
        self.whole: handbook_pdf.CachedHandbook | None = None
        if not self.enabled:
            return config
        to_pdf_plugin = config.plugins.get("to-pdf")
        if to_pdf_plugin is None:
            raise PluginError("mkdocs.yml: pluginet 'to-pdf' mangler under plugins (hele håndbogen som PDF)")
        with as_plugin_error():
            for stylesheet in (render.HANDBOOK_CSS, render.SHEET_CSS):
                render.check_stylesheet(Path(config.docs_dir) / stylesheet, stylesheet)
            to_pdf.configure(to_pdf_plugin, handbook_of(config).folder, self.enabled)
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        """Open the PDF cache; start the whole handbook's second process, so its imports are done by the time the pages are."""
        self.cache = pdf_cache.PdfCache(handbook_of(config).folder / PDF_CACHE)
        if self.enabled:
            self.whole = handbook_pdf.CachedHandbook(self.cache, config.plugins["to-pdf"].config["output_path"], Path(config.site_dir))
            to_pdf.set_renderer(config.plugins["to-pdf"], self.whole)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Keep the site's files: a printed link names the page it leads to."""
        self.files = files
        return files

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        """Give a job profile's template the link to its own PDF (overrides/partials/actions.html)."""
        context["pdf_link"] = job_profile_pdf(page.file.src_uri, page.url) if is_job_profile(page.file.src_uri) else ""
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """Keep the article of every exercise, workshop and job profile page, for its sheet, pack or PDF (or, PDFs off, a sheet's length)."""
        src = page.file.src_uri
        if self.enabled:
            self.built[src] = (output, Path(page.file.abs_dest_path))
        if src in printed_sources(config) or (self.enabled and is_job_profile(src)):
            # Every page is read and titled before the first is written.
            self.titles = self.titles or {f.page.url: document_title(f.page) for f in self.files.documentation_pages() if f.page}
            article = sheet_html.article(output, handbook_of(config).edition, page.url, src, self.titles)
            self.printed[src] = render.BuiltPage(document_title(page), page.url, Path(page.file.abs_dest_path).as_uri(), article)
        return output

    # After to-pdf has started the whole handbook in the second process (both cores work), before the offline copy (-110), which holds the PDFs.
    @event_priority(-50)
    def on_post_build(self, config: MkDocsConfig) -> None:
        """Write every sheet, a pack per workshop and a PDF per job profile (unchanged ones from the cache), or with PDFs off only check the sheets' length."""
        with as_plugin_error():
            if self.enabled:
                self.write(config)
            else:
                self.check_sheets(config)

    def check_sheets(self, config: MkDocsConfig) -> None:
        """With PDFs off, warn of a sheet too long: the preview (make serve) shows it and goes on; a strict build stops on it."""
        exercises = handbook_of(config).pages.exercises
        too_long, laid_out = printouts.check_sheets(exercises, self.site(config), self.cache)
        for message in too_long:
            log.warning(message)
        log.info("Arkenes længde: %d af %d øvelsesark lagt op; de andre passede før (PDF-cachen)", laid_out, len(exercises))

    def write(self, config: MkDocsConfig) -> None:
        """Write every sheet, pack and job-profile PDF, then wait for the whole handbook and file it."""
        start, book = time.perf_counter(), handbook_of(config)
        exercises, workshops = book.pages.exercises, book.pages.workshops
        job_profiles = [src for src in self.printed if is_job_profile(src)]
        try:
            printouts.write_printouts(exercises, workshops, job_profiles, self.site(config), self.cache)
            log.info(
                "%d øvelsesark, %d workshoppakker og %d jobprofiler tog %.1f s",
                len(exercises), len(workshops), len(job_profiles), time.perf_counter() - start,
            )
            waited = self.whole.finish(handbook_problems.HandbookProblems(dict(self.built), log.error))
            log.info("Hele håndbogen som PDF: %.1f s ventetid efter arkene", waited)
        finally:
            self.whole.stop()  # a broken sheet ends the build: the second process goes too

    def site(self, config: MkDocsConfig) -> render.Site:
        """What every sheet of this build shares."""
        book = handbook_of(config)
        style = render.sheet_style(Path(config.docs_dir))
        return render.Site(dict(self.printed), style, config.site_name, config.copyright, book.edition, Path(config.site_dir))

    def on_build_error(self, error: Exception) -> None:
        """Stop the second process of a build that failed before its PDFs were made."""
        if self.whole is not None:
            self.whole.stop()


def document_title(page: Page) -> str:
    """The title a page's PDF carries: the page's own first heading (a job profile's official title), else its title."""
    return html.unescape(next((item.title for item in page.toc.items if item.level == 1), page.title))


def printed_sources(config: MkDocsConfig) -> set[str]:
    """The source files of every exercise and workshop page."""
    pages = handbook_of(config).pages
    return {e.src for e in pages.exercises.values()} | {w.src for w in pages.workshops.values()}

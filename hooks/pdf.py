"""PDFs in the same build: settings for the whole handbook (to-pdf), a sheet per exercise, a pack per workshop.

The work is done by the `printing` package; this file only connects it to MkDocs' events.
"""
from __future__ import annotations

import html
import logging
import os
import sys
import time
from pathlib import Path
from urllib.parse import urljoin

import weasyprint
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from macros.pages import is_job_profile
from printing import handbook_events, handbook_pdf, handbook_problems, paths, pdf_cache, printouts, render, sheet_html

SWITCH = "HANDBOOK_PDF"
# mkdocs-to-pdf imports its optional event hook by this module name.
TO_PDF_EVENT_HOOK = "pdf_event_hook"
PAGES: dict[str, render.BuiltPage] = {}
# Every built page and its file, to name the page when one of its images fails inside the whole-handbook PDF.
BUILT: dict[str, tuple[str, Path]] = {}
# This build's PDF cache (printing/pdf_cache.py; with PDFs off it remembers which sheets fit).
CACHE: list[pdf_cache.PdfCache] = []
# This build's whole-handbook renderer, while PDFs are on.
HANDBOOK: list[handbook_pdf.CachedHandbook] = []
log = logging.getLogger("mkdocs.hooks.pdf")


def pdfs_enabled() -> bool:
    """True unless HANDBOOK_PDF=0 (make serve); any other value than 0 or 1 stops the build."""
    value = os.environ.get(SWITCH, "1")
    if value not in {"0", "1"}:
        raise PluginError(f"{SWITCH}={value!r}: brug 1 (byg PDF'erne) eller 0 (spring dem over, som i make serve)")
    return value == "1"


@event_priority(100)  # before to-pdf's own on_config, which reads its settings and imports the event hook
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Switch PDFs on or off, check the print stylesheets, and prepare to-pdf's template folder."""
    enabled = pdfs_enabled()
    # to-pdf only builds when its enabled_if_env variable is exactly "1"; unset means build here.
    os.environ[SWITCH] = "1" if enabled else "0"
    if not enabled:
        return config
    docs = Path(config.docs_dir)
    for stylesheet in (render.HANDBOOK_CSS, render.SHEET_CSS):
        render.check_stylesheet(docs / stylesheet, stylesheet)
    to_pdf = config.plugins.get("to-pdf")
    if to_pdf is None:
        raise PluginError("mkdocs.yml: pluginet 'to-pdf' mangler under plugins (hele håndbogen som PDF)")
    templates = Path(config.config_file_path).parent / to_pdf.config["custom_template_path"]
    to_pdf.config["custom_template_path"] = str(templates)
    # to-pdf finds its event hook by module name; give it ours instead of putting a folder on sys.path.
    sys.modules[TO_PDF_EVENT_HOOK] = handbook_events
    # to-pdf has no option for it, and WeasyPrint reads its defaults at render time: tagged PDF/UA.
    weasyprint.DEFAULT_OPTIONS["pdf_variant"] = "pdf/ua-1"
    handbook_pdf.parse_less()
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Forget the pages of the previous build (mkdocs serve builds again in the same process); open the PDF cache."""
    PAGES.clear()
    BUILT.clear()
    CACHE[:] = [pdf_cache.PdfCache(Path(config.config_file_path).parent / pdf_cache.FOLDER)]
    HANDBOOK.clear()
    if pdfs_enabled():
        # to-pdf's options exist once its on_config ran; its renderer slot gets ours (printing/handbook_pdf.py),
        # whose second process starts now, so its imports are done by the time the pages are.
        to_pdf = config.plugins["to-pdf"]
        HANDBOOK.append(handbook_pdf.CachedHandbook(CACHE[0], to_pdf.config["output_path"], Path(config.site_dir)))
        to_pdf._options.relaxed_js = HANDBOOK[0]


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    """Give a job profile's template the link to its own PDF (overrides/partials/actions.html)."""
    context["pdf_link"] = paths.job_profile_pdf(page.file.src_uri, page.url) if is_job_profile(page.file.src_uri) else ""
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Keep the article of every exercise, workshop and job profile page, for its sheet, pack or PDF (or, PDFs off, a sheet's length)."""
    if pdfs_enabled():
        BUILT[page.file.src_uri] = (output, Path(page.file.abs_dest_path))
    if page.file.src_uri in printed_sources(config) or (pdfs_enabled() and is_job_profile(page.file.src_uri)):
        # A draft (no site_url: hooks/publication.py) prints no address.
        address = urljoin(config.site_url, page.url) if config.site_url else None
        article = sheet_html.article(output, address, page.file.src_uri)
        PAGES[page.file.src_uri] = render.BuiltPage(document_title(page), address, Path(page.file.abs_dest_path).as_uri(), article)
    return output


def document_title(page: Page) -> str:
    """The title a page's PDF carries: the page's own first heading (a job profile's official title), else its title."""
    return html.unescape(next((item.title for item in page.toc.items if item.level == 1), page.title))


def printed_sources(config: MkDocsConfig) -> set[str]:
    """The source files of every exercise and workshop page, as the macros read them."""
    variables = config.plugins["macros"].variables
    return {e.src for e in variables["exercises"].values()} | {w.src for w in variables["workshops"].values()}


# After to-pdf has started the whole handbook in the second process (both cores work), before the offline copy (-110), which holds the PDFs.
@event_priority(-50)
def on_post_build(config: MkDocsConfig) -> None:
    """Write every sheet, a pack per workshop and a PDF per job profile (unchanged ones from the cache), or with PDFs off only check the sheets' length."""
    start = time.perf_counter()
    variables = config.plugins["macros"].variables
    exercises, workshops = variables["exercises"], variables["workshops"]
    site = render.Site(dict(PAGES), render.sheet_style(Path(config.docs_dir)), config.site_name, config.copyright, Path(config.site_dir))
    if not pdfs_enabled():
        # The preview (make serve) shows it and goes on; a strict build stops on the warning.
        too_long, laid_out = printouts.check_sheets(exercises, site, CACHE[0])
        for message in too_long:
            log.warning(message)
        log.info("Arkenes længde: %d af %d øvelsesark lagt op; de andre passede før (PDF-cachen)", laid_out, len(exercises))
        return
    job_profiles = [src for src in PAGES if is_job_profile(src)]
    try:
        printouts.write_printouts(exercises, workshops, job_profiles, site, CACHE[0])
        log.info(
            "%d øvelsesark, %d workshoppakker og %d jobprofiler tog %.1f s",
            len(exercises), len(workshops), len(job_profiles), time.perf_counter() - start,
        )
        waited = HANDBOOK[0].finish(handbook_problems.HandbookProblems(dict(BUILT), log.error))
        log.info("Hele håndbogen som PDF: %.1f s ventetid efter arkene", waited)
    finally:
        HANDBOOK[0].stop()  # a broken sheet ends the build: the second process goes too


def on_build_error(error: Exception) -> None:
    """Stop the second process of a build that failed before its PDFs were made."""
    for handbook in HANDBOOK:
        handbook.stop()

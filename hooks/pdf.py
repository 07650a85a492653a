"""PDFs in the same build: settings for the whole handbook (to-pdf), a sheet per exercise, a pack per workshop.

The work is done by the `printing` package; this file only connects it to MkDocs' events.
"""
from __future__ import annotations

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

from printing import handbook_events, render, sheet_html

SWITCH = "HANDBOOK_PDF"
# mkdocs-to-pdf imports its optional event hook by this module name.
TO_PDF_EVENT_HOOK = "pdf_event_hook"
PAGES: dict[str, render.BuiltPage] = {}
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
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Forget the pages of the previous build (mkdocs serve builds again in the same process)."""
    PAGES.clear()


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Keep the article of every exercise and workshop page, for its sheet or its pack."""
    if pdfs_enabled() and page.file.src_uri in printed_sources(config):
        address = urljoin(site_url(config), page.url)
        article = sheet_html.article(output, address, page.file.src_uri)
        PAGES[page.file.src_uri] = render.BuiltPage(page.title, address, Path(page.file.abs_dest_path).as_uri(), article)
    return output


def site_url(config: MkDocsConfig) -> str:
    """The published address of the handbook, which sheets link to and their QR codes open."""
    if not config.site_url:
        raise PluginError("mkdocs.yml: site_url mangler; arkene skal linke til den offentlige håndbog")
    return config.site_url


def printed_sources(config: MkDocsConfig) -> set[str]:
    """The source files of every exercise and workshop page, as the macros read them."""
    variables = config.plugins["macros"].variables
    return {e.src for e in variables["exercises"].values()} | {w.src for w in variables["workshops"].values()}


@event_priority(50)  # before to-pdf renders the whole handbook, so a broken sheet fails fast
def on_post_build(config: MkDocsConfig) -> None:
    """Write a sheet per exercise and a pack per workshop (its page, then its exercises' sheets)."""
    if not pdfs_enabled():
        return
    start = time.perf_counter()
    variables = config.plugins["macros"].variables
    exercises, workshops = variables["exercises"], variables["workshops"]
    site = render.Site(dict(PAGES), render.sheet_stylesheet(Path(config.docs_dir)), config.site_name, config.copyright or "", Path(config.site_dir))
    sheets = {key: render.write_sheet(exercise, site) for key, exercise in exercises.items()}
    for workshop in workshops.values():
        own = [sheets[key] for key, exercise in exercises.items() if workshop.theme in exercise.themes]
        render.write_pack(workshop, own, site)
    log.info("%d øvelsesark og %d workshoppakker tog %.1f s", len(sheets), len(workshops), time.perf_counter() - start)


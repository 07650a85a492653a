"""PDFs in the same build: settings for the whole handbook (to-pdf), a sheet per exercise, a pack per workshop."""
from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import weasyprint
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

import sheet_html

# The addresses of the PDFs live with the macros, which link to them from the pages.
PROJECT = str(Path(__file__).resolve().parents[2])
if PROJECT not in sys.path:
    sys.path.insert(0, PROJECT)
from macros import printing  # noqa: E402
from macros.pages import Exercise, Workshop  # noqa: E402

SWITCH = "HANDBOOK_PDF"
SHEET_CSS = "assets/stylesheets/pdf-sheet.css"
HANDBOOK_CSS = "assets/stylesheets/pdf-handbook.css"
MAX_SHEET_PAGES = 2
# WeasyPrint may read the site's own files and inline data (the QR codes), never a remote address.
FETCHER = weasyprint.URLFetcher(allowed_protocols={"file", "data"})
log = logging.getLogger("mkdocs.hooks.pdf")


@dataclass(frozen=True)
class BuiltPage:
    """A built page to print: its article as sheet HTML, where it lives on the web and on disk."""

    title: str
    address: str
    base_url: str
    article: str


PAGES: dict[str, BuiltPage] = {}


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
    for stylesheet in (HANDBOOK_CSS, SHEET_CSS):
        check_stylesheet(docs / stylesheet, stylesheet)
    to_pdf = config.plugins.get("to-pdf")
    if to_pdf is None:
        raise PluginError("mkdocs.yml: pluginet 'to-pdf' mangler under plugins (hele håndbogen som PDF)")
    templates = Path(config.config_file_path).parent / to_pdf.config["custom_template_path"]
    to_pdf.config["custom_template_path"] = str(templates)
    # to-pdf imports its optional event hook by module name (pdf_event_hook), so its folder must be on the path.
    if str(templates) not in sys.path:
        sys.path.insert(0, str(templates))
    # to-pdf has no option for it, and WeasyPrint reads its defaults at render time: tagged PDF/UA.
    weasyprint.DEFAULT_OPTIONS["pdf_variant"] = "pdf/ua-1"
    return config


def check_stylesheet(path: Path, name: str) -> None:
    """Stop the build when a print stylesheet is missing or has rules WeasyPrint cannot use."""
    if not path.is_file():
        raise PluginError(f"{name}: print-stylesheetet mangler (det bruges til PDF'erne)")
    with weasyprint_problems(name):
        weasyprint.CSS(filename=str(path), url_fetcher=FETCHER)


@contextmanager
def weasyprint_problems(where: str) -> Iterator[None]:
    """Collect WeasyPrint's warnings and errors while rendering; raise them, naming the file."""
    problems = ProblemList()
    level = weasyprint.LOGGER.level
    weasyprint.LOGGER.setLevel(logging.WARNING)
    weasyprint.LOGGER.addHandler(problems)
    try:
        yield
    finally:
        weasyprint.LOGGER.removeHandler(problems)
        weasyprint.LOGGER.setLevel(level)
    if problems.messages:
        raise PluginError(f"{where}: WeasyPrint kan ikke bruge det: " + " | ".join(problems.messages))


class ProblemList(logging.Handler):
    """A logging handler that keeps the messages of WeasyPrint's warnings and errors."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def on_pre_build(config: MkDocsConfig) -> None:
    """Forget the pages of the previous build (mkdocs serve builds again in the same process)."""
    PAGES.clear()


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Keep the article of every exercise and workshop page, for its sheet or its pack."""
    if pdfs_enabled() and page.file.src_uri in printed_sources(config):
        address = urljoin(site_url(config), page.url)
        article = sheet_html.article(output, address, page.file.src_uri)
        PAGES[page.file.src_uri] = BuiltPage(page.title, address, Path(page.file.abs_dest_path).as_uri(), article)
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
    stylesheet = weasyprint.CSS(filename=str(Path(config.docs_dir) / SHEET_CSS), url_fetcher=FETCHER)
    sheets = {key: write_sheet(exercise, stylesheet, config) for key, exercise in exercises.items()}
    for workshop in workshops.values():
        own = [sheets[key] for key, exercise in exercises.items() if workshop.theme in exercise.themes]
        write_pack(workshop, own, stylesheet, config)
    log.info("%d øvelsesark og %d workshoppakker tog %.1f s", len(sheets), len(workshops), time.perf_counter() - start)


def write_sheet(exercise: Exercise, stylesheet: weasyprint.CSS, config: MkDocsConfig) -> weasyprint.Document:
    """Render an exercise page with room to write as its sheet; stop when it is longer than allowed."""
    sheet = render(exercise.src, sheet_html.writing_room(exercise.writing), stylesheet, config)
    if len(sheet.pages) > MAX_SHEET_PAGES:
        raise PluginError(f"{exercise.src}: arket fylder {len(sheet.pages)} sider; højst {MAX_SHEET_PAGES}")
    write(sheet, exercise.src, config)
    return sheet


def write_pack(workshop: Workshop, sheets: list[weasyprint.Document], stylesheet: weasyprint.CSS, config: MkDocsConfig) -> None:
    """Write a workshop's print pack: its own page for the facilitator, then the sheets of its exercises."""
    overview = render(workshop.src, "", stylesheet, config)
    write(overview.copy([*overview.pages, *(page for sheet in sheets for page in sheet.pages)]), workshop.src, config)


def render(src: str, extra: str, stylesheet: weasyprint.CSS, config: MkDocsConfig) -> weasyprint.Document:
    """Lay out one page's article (plus extra HTML) as A4 pages, failing on any WeasyPrint problem."""
    if src not in PAGES:
        raise PluginError(f"{src}: siden blev ikke bygget, så den kan ikke printes")
    page = PAGES[src]
    markup = sheet_html.document(page.title, page.article + extra, page.address, config.site_name, config.copyright or "")
    with weasyprint_problems(f"{src} (print med {SHEET_CSS})"):
        return weasyprint.HTML(string=markup, base_url=page.base_url, url_fetcher=FETCHER).render(stylesheets=[stylesheet])


def write(document: weasyprint.Document, src: str, config: MkDocsConfig) -> None:
    """Write a rendered document as PDF/UA where the page's PDF belongs in the site."""
    target = Path(config.site_dir) / printing.pdf_path(src)
    target.parent.mkdir(parents=True, exist_ok=True)
    with weasyprint_problems(f"{src} (PDF)"):
        document.write_pdf(target, pdf_variant="pdf/ua-1")

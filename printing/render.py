"""WeasyPrint rendering of the sheets and packs: every problem stops the build, naming the file."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import weasyprint
from mkdocs.exceptions import PluginError

from macros.pages import Exercise, Workshop
from printing import sheet_html, tables
from printing.paths import pdf_path

SHEET_CSS = "assets/stylesheets/pdf-sheet.css"
HANDBOOK_CSS = "assets/stylesheets/pdf-handbook.css"
MAX_SHEET_PAGES = 2
# WeasyPrint may read the site's own files and inline data (the QR codes), never a remote address.
FETCHER = weasyprint.URLFetcher(allowed_protocols={"file", "data"})


@dataclass(frozen=True)
class BuiltPage:
    """A built page to print: its article as sheet HTML, where it lives on the web and on disk."""

    title: str
    address: str
    base_url: str
    article: str


@dataclass(frozen=True)
class Site:
    """What every sheet shares: the built pages, the sheet stylesheet, the site's name and owner, where to write."""

    pages: dict[str, BuiltPage]
    stylesheet: weasyprint.CSS
    name: str
    owner: str
    site_dir: Path


def check_stylesheet(path: Path, name: str) -> None:
    """Stop the build when a print stylesheet is missing or has rules WeasyPrint cannot use."""
    if not path.is_file():
        raise PluginError(f"{name}: print-stylesheetet mangler (det bruges til PDF'erne)")
    with weasyprint_problems(name):
        weasyprint.CSS(filename=str(path), url_fetcher=FETCHER)


def sheet_stylesheet(docs_dir: Path) -> weasyprint.CSS:
    """The stylesheet of the sheets and packs, from the docs folder."""
    return weasyprint.CSS(filename=str(docs_dir / SHEET_CSS), url_fetcher=FETCHER)


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


def write_sheet(exercise: Exercise, site: Site) -> weasyprint.Document:
    """Render an exercise page with room to write as its sheet; stop when it is longer than allowed."""
    sheet = render(exercise.src, sheet_html.writing_room(exercise.writing), site)
    if len(sheet.pages) > MAX_SHEET_PAGES:
        raise PluginError(f"{exercise.src}: arket fylder {len(sheet.pages)} sider; højst {MAX_SHEET_PAGES}")
    write(sheet, exercise.src, site)
    return sheet


def write_pack(workshop: Workshop, sheets: list[weasyprint.Document], site: Site) -> None:
    """Write a workshop's print pack: its own page for the facilitator, then the sheets of its exercises."""
    overview = render(workshop.src, "", site)
    write(overview.copy([*overview.pages, *(page for sheet in sheets for page in sheet.pages)]), workshop.src, site)


def render(src: str, extra: str, site: Site) -> weasyprint.Document:
    """Lay out one page's article (plus extra HTML) as A4 pages, failing on any WeasyPrint problem."""
    if src not in site.pages:
        raise PluginError(f"{src}: siden blev ikke bygget, så den kan ikke printes")
    page = site.pages[src]
    markup = sheet_html.document(page.title, page.article + extra, page.address, site.name, site.owner)
    with weasyprint_problems(f"{src} (print med {SHEET_CSS})"):
        return weasyprint.HTML(string=markup, base_url=page.base_url, url_fetcher=FETCHER).render(stylesheets=[site.stylesheet])


def write(document: weasyprint.Document, src: str, site: Site) -> None:
    """Write a rendered document as PDF/UA where the page's PDF belongs in the site."""
    target = site.site_dir / pdf_path(src)
    target.parent.mkdir(parents=True, exist_ok=True)
    with weasyprint_problems(f"{src} (PDF)"):
        document.write_pdf(target, pdf_variant="pdf/ua-1")
    tables.add_header_scopes(target)

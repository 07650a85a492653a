"""WeasyPrint rendering of the sheets, packs and job-profile PDFs: every problem stops the build, naming the file."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import weasyprint
from weasyprint.text.fonts import FontConfiguration

from handbook.errors import HandbookError
from handbook.pages import Exercise
from handbook.paths import page_file, pdf_path
from handbook.publication import Edition
from printing import form_font, pdf_cache, pdf_ua, sheet_html

SHEET_CSS = "assets/stylesheets/pdf-sheet.css"
HANDBOOK_CSS = "assets/stylesheets/pdf-handbook.css"
MAX_SHEET_PAGES = 2
# WeasyPrint may read the site's own files and inline data (QR codes, the form font), never a remote address.
FETCHER = weasyprint.URLFetcher(allowed_protocols={"file", "data"})
# Every PDF is tagged PDF/UA (laid out and written so), the whole handbook too (printing/handbook_pdf.py).
OPTIONS = {"pdf_variant": "pdf/ua-1"}


@dataclass(frozen=True)
class BuiltPage:
    """A built page to print: its article as sheet HTML, its URL in the site, and where it lives on disk."""

    title: str
    url: str
    base_url: str
    article: str


@dataclass(frozen=True)
class SheetStyle:
    """The sheets' stylesheets and the fonts they declare (WeasyPrint needs the same font configuration to render)."""

    stylesheets: list[weasyprint.CSS]
    fonts: FontConfiguration
    key: str  # the hash of their texts and the files they load (printing/pdf_cache.py)


@dataclass(frozen=True)
class Site:
    """What every sheet shares: the built pages, the sheet style, the site's name and owner, the edition, where to write."""

    pages: dict[str, BuiltPage]
    style: SheetStyle
    name: str
    owner: str
    edition: Edition
    site_dir: Path


def check_stylesheet(path: Path, name: str) -> None:
    """Stop the build when a print stylesheet is missing or has rules WeasyPrint cannot use."""
    if not path.is_file():
        raise HandbookError("print-stylesheetet mangler (det bruges til PDF'erne)", page_file(name))
    with weasyprint_problems(page_file(name)):
        weasyprint.CSS(filename=str(path), url_fetcher=FETCHER)


def sheet_style(docs_dir: Path) -> SheetStyle:
    """The stylesheet of the sheets and packs, from the docs folder, plus the small font of their form fields."""
    fonts = FontConfiguration()
    form_css, path = form_font.font_face_css(), (docs_dir / SHEET_CSS).resolve()
    form = weasyprint.CSS(string=form_css, font_config=fonts, url_fetcher=FETCHER)
    sheet = weasyprint.CSS(filename=str(path), font_config=fonts, url_fetcher=FETCHER)
    # Files named from the docs folder: a checkout moved elsewhere (or CI's clone) keys its sheets as this one does.
    return SheetStyle([form, sheet], fonts, pdf_cache.key([form_css, path.read_text(encoding="utf-8")], path.as_uri(), docs_dir))


@contextmanager
def weasyprint_problems(file: str, doing: str = "") -> Iterator[None]:
    """Collect WeasyPrint's warnings and errors while rendering (`doing`: what, if not the file itself); raise them, naming the file."""
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
        raise HandbookError(f"{doing}WeasyPrint kan ikke bruge det: " + " | ".join(problems.messages), file)


class ProblemList(logging.Handler):
    """A logging handler that keeps WeasyPrint's warnings and errors, each as (level, message)."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.getMessage()))

    @property
    def messages(self) -> list[str]:
        """The messages alone."""
        return [message for _, message in self.records]


def too_long(exercise: Exercise, sheet: weasyprint.Document) -> str:
    """What to tell the author of an exercise whose sheet fills more pages than allowed."""
    return (
        f"{page_file(exercise.src)}: arket fylder {len(sheet.pages)} sider; højst {MAX_SHEET_PAGES}. "
        "Forkort teksten, eller giv færre linjer eller felter under 'writing' i front matter."
    )


def too_wide(exercise: Exercise, wide: list[str]) -> str:
    """What to tell the author of an exercise whose sheet is wider than the page (wide: what stands past its edge)."""
    return (
        f"{page_file(exercise.src)}: arket er bredere end A4 og bliver skåret af på papiret: {'; '.join(wide)}. "
        "Giv tabellen færre kolonner eller kortere ord, eller del den op i to tabeller."
    )


def pack(overview: weasyprint.Document, sheets: list[weasyprint.Document]) -> weasyprint.Document:
    """A workshop's print pack: its own page for the facilitator, then the sheets of its exercises."""
    return overview.copy([*overview.pages, *(page for sheet in sheets for page in sheet.pages)])


def markup(src: str, extra: str, site: Site) -> str:
    """The whole HTML document WeasyPrint renders for one page's article (plus extra HTML)."""
    if src not in site.pages:
        raise HandbookError("siden blev ikke bygget, så den kan ikke printes", page_file(src))
    page = site.pages[src]
    return sheet_html.document(page.title, page.article + extra, site.edition, page.url, site.name, site.owner)


def cache_key(src: str, markup: str, site: Site) -> str:
    """The cache key of a page's PDF: its HTML, what that loads from the page's place, the sheet style."""
    return pdf_cache.key([markup, site.style.key], site.pages[src].base_url, site.site_dir)


def layout(src: str, markup: str, site: Site) -> weasyprint.Document:
    """Lay out a page's HTML document (see markup) as A4 pages with form fields, failing on any WeasyPrint problem."""
    with weasyprint_problems(page_file(src), f"print med {SHEET_CSS}: "):
        html = weasyprint.HTML(string=markup, base_url=site.pages[src].base_url, url_fetcher=FETCHER)
        return html.render(stylesheets=site.style.stylesheets, font_config=site.style.fonts, pdf_forms=True, **OPTIONS)


def write(document: weasyprint.Document, src: str, site: Site) -> None:
    """Write a rendered document as PDF/UA where the page's PDF belongs in the site."""
    target = site.site_dir / pdf_path(src)
    target.parent.mkdir(parents=True, exist_ok=True)
    with weasyprint_problems(page_file(src), "PDF: "):
        document.write_pdf(target, **OPTIONS)
    pdf_ua.complete(target)

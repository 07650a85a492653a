"""Where the PDFs and the offline copy land in the built site, and the links that pages show to them."""
from __future__ import annotations

import html
import posixpath

from macros.errors import HandbookError

# Material's class for page actions: mkdocs-to-pdf leaves these out of the handbook PDF,
# where a link to another PDF file would point nowhere.
PAGE_ACTION = "md-content__button"
# The offline copy (hooks/offline_zip.py): the whole site in one zip, unpacked into this folder.
OFFLINE_ZIP = "peer-haandbogen-offline.zip"
OFFLINE_FOLDER = "peer-haandbogen"


def pdf_path(src: str) -> str:
    """The PDF of a page mirrors its source: 'oevelser/x.md' -> 'pdf/oevelser/x.pdf'."""
    return f"pdf/{src[: -len('.md')]}.pdf"


def href(page_url: str, target: str) -> str:
    """The relative link from a built page (its URL: 'oevelser/x.html' or 'oevelser/x/') to a file in the site."""
    start = page_url if page_url.endswith("/") else posixpath.dirname(page_url)
    return posixpath.relpath(target, start=start or ".")


def pdf_link(text: str, page_url: str, target: str, mime: str = "application/pdf") -> str:
    """A button-like link from a page to one of the built files (a PDF unless told), as HTML for a Markdown page."""
    return (
        f'<a class="{PAGE_ACTION} md-button print-link" href="{html.escape(href(page_url, target))}" '
        f'type="{mime}">{html.escape(text)}</a>'
    )


def workshop_pack(workshop_pages: set[str], here: str, page_url: str) -> str:
    """The link from a workshop page to its print pack: the page itself, then its exercise sheets."""
    if here not in workshop_pages:
        raise HandbookError(f"{here}: workshop_pack() virker kun på en workshopside. Workshopsider: {', '.join(sorted(workshop_pages))}")
    return pdf_link("Print workshoppens pakke (PDF)", page_url, pdf_path(here))


def job_profile_pdf(src: str, page_url: str) -> str:
    """The link from a job profile to its own PDF, for HR papers."""
    return pdf_link("Hent jobprofilen som PDF", page_url, pdf_path(src))


def handbook_pdf(page_url: str, output_path: str) -> str:
    """The link from a page to the whole handbook as one PDF (to-pdf's output_path in mkdocs.yml)."""
    return pdf_link("Hent hele håndbogen som PDF", page_url, output_path)


def offline_copy(page_url: str) -> str:
    """The link to the offline copy (a zip of the whole site), with how to open it."""
    link = pdf_link("Hent håndbogen til brug uden internet (zip)", page_url, OFFLINE_ZIP, "application/zip")
    return f"{link}\n\nPak zip-filen ud, fx på en USB-nøgle, og åbn filen index.html i mappen {OFFLINE_FOLDER}."

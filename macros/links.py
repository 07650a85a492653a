"""Render the links from pages to the handbook's built files: the PDFs and the offline copy."""
from __future__ import annotations

import html

from handbook.errors import HandbookError
from handbook.pages import Exercise, Workshop, exercises_of
from handbook.paths import HANDBOOK_PDF, OFFLINE_FOLDER, OFFLINE_ZIP, href, pdf_path
from handbook.strings import STRINGS

# Material's class for page actions: mkdocs-to-pdf leaves these out of the handbook PDF,
# where a link to another PDF file would point nowhere.
PAGE_ACTION = "md-content__button"


def pdf_link(text: str, page_url: str, target: str, mime: str = "application/pdf") -> str:
    """A button-like link from a page to one of the built files (a PDF unless told), as HTML for a Markdown page."""
    return (
        f'<a class="{PAGE_ACTION} md-button print-link" href="{html.escape(href(page_url, target))}" '
        f'type="{mime}">{html.escape(text)}</a>'
    )


def workshop_pack(workshops: dict[str, Workshop], exercises: dict[str, Exercise], here: str, page_url: str) -> str:
    """The link from a workshop page to its print pack (the page itself, then its exercise sheets); none without exercises, which have no pack."""
    workshop = next((w for w in workshops.values() if w.src == here), None)
    if workshop is None:
        pages = ", ".join(sorted(w.src for w in workshops.values()))
        raise HandbookError(f"workshop_pack() virker kun på en workshopside. Workshopsider: {pages}")
    return pdf_link(STRINGS.print_pack, page_url, pdf_path(here)) if exercises_of(workshop, exercises) else ""


def job_profile_pdf(src: str, page_url: str) -> str:
    """The link from a job profile to its own PDF, for HR papers."""
    return pdf_link(STRINGS.job_profile_pdf, page_url, pdf_path(src))


def handbook_pdf(page_url: str) -> str:
    """The link from a page to the whole handbook as one PDF."""
    return pdf_link(STRINGS.handbook_pdf, page_url, HANDBOOK_PDF)


def offline_copy(page_url: str) -> str:
    """The link to the offline copy (a zip of the whole site), with how to open it."""
    link = pdf_link(STRINGS.offline_copy, page_url, OFFLINE_ZIP, "application/zip")
    return f"{link}\n\n{STRINGS.offline_copy_how.format(folder=OFFLINE_FOLDER)}"

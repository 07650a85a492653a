"""Where the handbook's files are, in the project and in the built site."""
from __future__ import annotations

import posixpath

# The pages' folder in the project's folder (mkdocs.yml: docs_dir), as messages to staff name it.
DOCS_DIR = "docs"
# The whole handbook as one PDF (mkdocs.yml gives mkdocs-to-pdf the same output_path; printing/to_pdf.py checks it).
HANDBOOK_PDF = "pdf/peer-haandbogen.pdf"
# The offline copy (hooks/offline_zip.py): the whole site in one zip, unpacked into this folder.
OFFLINE_ZIP = "peer-haandbogen-offline.zip"
OFFLINE_FOLDER = "peer-haandbogen"
# Finished PDFs kept between builds, beside mkdocs.yml, outside site/ (.gitignore lists it).
PDF_CACHE = ".cache/pdf"


def pdf_path(src: str) -> str:
    """The PDF of a page mirrors its source: 'oevelser/x.md' -> 'pdf/oevelser/x.pdf'."""
    return f"pdf/{src[: -len('.md')]}.pdf"


def href(page_url: str, target: str) -> str:
    """The relative link from a built page (its URL: 'oevelser/x.html' or 'oevelser/x/') to a file in the site."""
    start = page_url if page_url.endswith("/") else posixpath.dirname(page_url)
    return posixpath.relpath(target, start=start or ".")


def link(target: str, here: str) -> str:
    """The relative link from the page `here` to the page `target` (both paths under docs/)."""
    return posixpath.relpath(target, start=posixpath.dirname(here) or ".")


def page_file(src: str) -> str:
    """A page's file from the project's folder, as staff open it: 'oevelser/x.md' -> 'docs/oevelser/x.md'."""
    return f"{DOCS_DIR}/{src}"

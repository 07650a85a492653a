"""The last touch on every PDF, after WeasyPrint wrote it: what PDF/UA asks for that WeasyPrint leaves out.

- table header cells get their /Scope (printing/tables.py);
- the XMP metadata names the document's language (dc:language), as the catalogue's /Lang does: WeasyPrint
  writes only the latter.
"""
from __future__ import annotations

from pathlib import Path

import pikepdf

from printing import tables


def complete(path: Path) -> None:
    """Complete the PDF at path, in place."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        tables.add_header_scopes(pdf)
        add_language(pdf)
        # An ID from the content, not qpdf's random one: two builds of one commit stay byte-identical.
        pdf.save(path, deterministic_id=True)


def add_language(pdf: pikepdf.Pdf) -> None:
    """Name the document's language (its /Lang) in the XMP metadata, leaving the rest of it (and the producer) as it was."""
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as metadata:
        metadata["dc:language"] = [str(pdf.Root.Lang)]

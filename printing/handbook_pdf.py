"""The last step of the whole-handbook PDF, taken from mkdocs-to-pdf so its PDF comes from the cache when nothing changed.

to-pdf assembles the handbook's HTML and hands it to a renderer when one is set in its options
(`relaxed_js`, meant for another PDF engine); this one renders it as to-pdf would, with WeasyPrint,
gives the tables' header cells their scope, and files the PDF in the cache.
"""
from __future__ import annotations

from pathlib import Path

import weasyprint
from mkdocs_to_pdf.utils.metadata_util import prepend_producer

from printing import pdf_cache, render, tables


class CachedHandbook:
    """Writes the whole handbook's PDF from to-pdf's finished HTML, from the cache when it holds it."""

    def __init__(self, cache: pdf_cache.PdfCache, name: str) -> None:
        self.cache, self.name = cache, name  # name: its path in the site (to-pdf's output_path)

    def write_pdf(self, html_string: str, path: str) -> None:
        """Fetch or render the PDF of html_string to path (to-pdf's call); file it unless WeasyPrint met a problem."""
        target = Path(path)
        # The PDF variant (hooks/pdf.py) and any other render default shape the PDF too.
        key = pdf_cache.key([html_string, repr(sorted(weasyprint.DEFAULT_OPTIONS.items()))])
        if not self.cache.fetch(key, target):
            # to-pdf counts the problems and fails a strict build after this call; such a PDF is not filed.
            problems = render.ProblemList()
            weasyprint.LOGGER.addHandler(problems)
            try:
                weasyprint.HTML(string=html_string).render().write_pdf(target, finisher=prepend_producer)
            finally:
                weasyprint.LOGGER.removeHandler(problems)
            tables.add_header_scopes(target)
            if not problems.messages:
                self.cache.store(key, target, self.name)
        self.cache.report()

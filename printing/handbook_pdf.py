"""The last step of the whole-handbook PDF, taken from mkdocs-to-pdf: rendered in a second process, or fetched from the cache.

to-pdf assembles the handbook's HTML and hands it to a renderer when one is set in its options
(printing/to_pdf.py: set_renderer). This one starts a second process with the build, so
its imports are done while the pages are built; it renders the handbook there as to-pdf would, with
WeasyPrint, while the build goes on with the sheets and packs on the other core. `finish` waits for
it, passes on what WeasyPrint said, and files the PDF in the cache.
"""
from __future__ import annotations

import logging
import multiprocessing
import time
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import weasyprint

from printing import pdf_cache, pdf_ua, render
from printing.to_pdf import prepend_producer


class CachedHandbook:
    """Writes the whole handbook's PDF from to-pdf's finished HTML, from the cache when it holds it."""

    def __init__(self, cache: pdf_cache.PdfCache, name: str, site_dir: Path) -> None:
        self.cache, self.name, self.site_dir = cache, name, site_dir  # name: its path in the site (to-pdf's output_path)
        # spawn, not fork: a fresh interpreter shares no locks or threads with the build.
        self.worker = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        self.worker.submit(warm_up)
        self.pending: tuple[Future, str, Path] | None = None

    def write_pdf(self, html_string: str, path: str) -> None:
        """Fetch the PDF of html_string to path (to-pdf's call), or start rendering it in the second process."""
        target = Path(path)
        # The PDF variant and any other render default shape the PDF too.
        options = {**weasyprint.DEFAULT_OPTIONS, **render.OPTIONS}
        key = pdf_cache.key([html_string, repr(sorted(options.items()))], site_dir=self.site_dir)
        if not self.cache.fetch(key, target):
            job = self.worker.submit(write_handbook, html_string, target, options, weasyprint.LOGGER.level)
            self.pending = (job, key, target)

    def finish(self, problem_log: logging.Handler) -> float:
        """Wait for the PDF being rendered, hand WeasyPrint's problems to problem_log, file a clean PDF; the seconds waited."""
        start = time.perf_counter()
        if self.pending is not None:
            job, key, target = self.pending
            problems = job.result()
            for level, message in problems:
                problem_log.handle(logging.makeLogRecord({"levelno": level, "levelname": logging.getLevelName(level), "msg": message}))
            if not problems:
                self.cache.store(key, target, self.name)
        self.cache.report()
        return time.perf_counter() - start

    def stop(self) -> None:
        """End the second process, also when the build failed before finish."""
        self.pending = None
        self.worker.shutdown(cancel_futures=True)


def warm_up() -> None:
    """Nothing: starting the process has imported WeasyPrint and this module."""


def write_handbook(html_string: str, target: Path, options: dict, level: int) -> list[tuple[int, str]]:
    """Render html_string as to-pdf would, write it to target and complete it (printing/pdf_ua.py); WeasyPrint's problems as (level, message)."""
    weasyprint.LOGGER.setLevel(level)
    problems = render.ProblemList()
    weasyprint.LOGGER.addHandler(problems)
    try:
        weasyprint.HTML(string=html_string).render(**options).write_pdf(target, finisher=prepend_producer, **options)
    finally:
        weasyprint.LOGGER.removeHandler(problems)
    pdf_ua.complete(target)
    return problems.records


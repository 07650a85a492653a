"""Every sheet, pack and job-profile PDF of a build, each rendered only when the cache has none for its key."""
from __future__ import annotations

from pathlib import Path

import weasyprint

from handbook.errors import HandbookError
from handbook.pages import Exercise, Workshop, exercises_of
from handbook.paths import pdf_path
from printing import pdf_cache, render, sheet_html, sheet_width


class Sheets:
    """The exercises' sheets: their HTML and keys at once, laid out only when a sheet or a pack needs it."""

    def __init__(self, exercises: dict[str, Exercise], site: render.Site) -> None:
        self.exercises, self.site = exercises, site
        self.markup = {
            key: render.markup(e.src, sheet_html.writing_room(e.writing, e.key, e.title), site) for key, e in exercises.items()
        }
        self.keys = {key: render.cache_key(e.src, self.markup[key], site) for key, e in exercises.items()}
        self.laid_out: dict[str, weasyprint.Document] = {}

    def document(self, key: str) -> weasyprint.Document:
        """The laid-out sheet of one exercise (laid out once)."""
        if key not in self.laid_out:
            self.laid_out[key] = render.layout(self.exercises[key].src, self.markup[key], self.site)
        return self.laid_out[key]

    def too_long(self, keys: list[str]) -> dict[str, str]:
        """The sheets among keys that fill more pages than allowed, each with what to tell its author."""
        return {k: render.too_long(self.exercises[k], self.document(k)) for k in keys if len(self.document(k).pages) > render.MAX_SHEET_PAGES}

    def too_big(self, keys: list[str]) -> dict[str, str]:
        """The sheets among keys that fill more pages than allowed or are wider than the page, each with what to tell its author."""
        found = self.too_long(keys)
        for key in keys:
            wide = sheet_width.too_wide(self.document(key))
            if wide:
                found[key] = " | ".join([*filter(None, [found.get(key)]), render.too_wide(self.exercises[key], wide)])
        return found


def check_sheets(exercises: dict[str, Exercise], site: render.Site, cache: pdf_cache.PdfCache) -> tuple[list[str], int]:
    """What to tell about each sheet too long or too wide (PDFs off), and how many sheets were laid out: those the cache has not seen fit."""
    sheets = Sheets(exercises, site)
    unchecked = [key for key in exercises if not cache.fits(sheets.keys[key])]
    too_big = sheets.too_big(unchecked)
    for key in unchecked:
        if key not in too_big:
            cache.mark_fits(sheets.keys[key])
    return list(too_big.values()), len(unchecked)


def write_printouts(
    exercises: dict[str, Exercise], workshops: dict[str, Workshop], job_profiles: list[str],
    site: render.Site, cache: pdf_cache.PdfCache,
) -> None:
    """Write every sheet, pack and job-profile PDF, from the cache where it holds one; a sheet too long or too wide stops the build."""
    sheets = Sheets(exercises, site)
    missing = [key for key, e in exercises.items() if not cache.fetch(sheets.keys[key], target(e.src, site))]
    too_big = sheets.too_big(missing)
    if too_big:
        raise HandbookError(" | ".join(too_big.values()))
    for key in missing:
        write(sheets.document(key), exercises[key].src, sheets.keys[key], site, cache)
    for workshop in workshops.values():
        own = list(exercises_of(workshop, exercises))
        if not own:
            continue  # nothing to print: no pack, and the workshop page links to none (macros/links.py)
        overview = render.markup(workshop.src, "", site)
        pack_key = pdf_cache.key([render.cache_key(workshop.src, overview, site), *(sheets.keys[key] for key in own)])
        if not cache.fetch(pack_key, target(workshop.src, site)):
            document = render.pack(render.layout(workshop.src, overview, site), [sheets.document(key) for key in own])
            write(document, workshop.src, pack_key, site, cache)
    for src in job_profiles:
        page = render.markup(src, "", site)
        page_key = render.cache_key(src, page, site)
        if not cache.fetch(page_key, target(src, site)):
            write(render.layout(src, page, site), src, page_key, site, cache)


def target(src: str, site: render.Site) -> Path:
    """Where the PDF of a page lands in the built site."""
    return site.site_dir / pdf_path(src)


def write(document: weasyprint.Document, src: str, key: str, site: render.Site, cache: pdf_cache.PdfCache) -> None:
    """Write a rendered PDF into the site and file it in the cache."""
    render.write(document, src, site)
    cache.store(key, target(src, site), pdf_path(src))

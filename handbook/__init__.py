"""The handbook's own domain in plain Python: its data, its pages' front matter, its links and its edition.

Nothing here imports MkDocs, mkdocs-macros or Material: any generator's glue calls `load` once per
build with the project's folder (the folder of mkdocs.yml) and reads the one `Handbook` it returns.
Every mistake in the files raises `HandbookError`, naming the file, the line where known, and what to
write instead, in Danish.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from datetime import date

from handbook import data, glossary, links, pages, paths, publication, review, yaml_text
from handbook.errors import HandbookError

__all__ = ["Handbook", "HandbookError", "load"]


@dataclass(frozen=True)
class Handbook:
    """One build's view of the project: its folders, data, pages, published links and edition."""

    folder: Path  # the project's folder, where mkdocs.yml is
    data: data.Data
    pages: pages.Pages
    links: links.Lock
    edition: publication.Edition

    @property
    def docs_dir(self) -> Path:
        """The folder of the pages."""
        return self.folder / paths.DOCS_DIR

    @cached_property
    def tooltips(self) -> glossary.Tooltips:
        """The glossary's terms with a tooltip and the one pattern that finds them."""
        return glossary.tooltips(self.data.glossary)

    def reviews(self, day: date) -> list[tuple[str, int | None, str]]:
        """What staff must know about reviews on `day`: (file, line, note) per exercise or job profile due, late or never reviewed."""
        found = []
        for page in [*self.pages.exercises.values(), *self.pages.job_profiles.values()]:
            who = self.data.people[page.reviewer].role if page.reviewer else ""
            note = review.staff_note(page, day, who)
            if note:
                lines = yaml_text.lines_of(self.pages.metas[page.src])
                found.append((paths.page_file(page.src), lines.get("reviewed", 1), note))
        return found


def load(folder: Path, environ: Mapping[str, str]) -> Handbook:
    """Read the handbook in the project's folder; a publishing build (HANDBOOK_PUBLISH=1) must not be a draft."""
    shared = data.load(folder)
    front = pages.load(folder / paths.DOCS_DIR, shared.themes, shared.people)
    edition = publication.edition(shared.organisation.address, shared.organisation.contact, environ)
    if environ.get(publication.PUBLISH) == "1":
        publication.require_published(edition)
    return Handbook(folder, shared, front, links.load(folder), edition)

"""When each job profile last changed and how, from git: shown under the page (overrides/partials/source-file.html).

Commit subjects are English notes for editors, so readers never see them: each change shows its date
and the Danish line of the commit's 'Historik:' trailer, or a plain "Siden er ændret." without one.
A copy without git history (a zip, a test copy) still builds and says so.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from handbook.errors import HandbookError
from handbook.pages import is_job_profile
from handbook.strings import STRINGS
from hooks.plugin import reported

TRAILER = "Historik"
# git log: one record per commit (\x1d), the commit date and the trailer lines (\x1e) split by \x1f.
LOG_FORMAT = f"--format=%cs%x1f%(trailers:key={TRAILER},valueonly,separator=%x1e)%x1d"


@dataclass(frozen=True)
class Change:
    """One commit that touched the page: its date and what changed, in Danish."""

    day: date
    note: str

    @property
    def danish_date(self) -> str:
        """'23. november 2026'."""
        return STRINGS.date(self.day)


@dataclass(frozen=True)
class History:
    """A page's changes, newest first, or (when there are none) why, in Danish."""

    changes: tuple[Change, ...]
    missing: str = ""


class NoRepository(Exception):
    """The project is not in a git repository (a zip, a test copy), or git is not installed."""


def git(folder: Path, *args: str) -> str:
    """Run git in folder and return its output; stop the build on any failure but a missing repository."""
    try:
        result = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, timeout=60)
    except FileNotFoundError as error:
        raise NoRepository from error
    if "not a git repository" in result.stderr:
        raise NoRepository
    if "does not have any commits yet" in result.stderr:  # a new repository: nothing is committed yet
        return ""
    if result.returncode != 0:
        raise HandbookError(f"git {' '.join(args)} fejlede i {folder}: {result.stderr.strip()}")
    return result.stdout


def read(path: Path) -> History:
    """The history of one page file, following renames; a copy without (full) history says so instead."""
    try:
        shallow = git(path.parent, "rev-parse", "--is-shallow-repository").strip()
    except NoRepository:
        return History((), STRINGS.history_no_git)
    if shallow == "true":  # its oldest commit would look like the page's first change: show no dates at all
        return History((), STRINGS.history_shallow)
    changes = tuple(parse(record) for record in git(path.parent, "log", "--follow", LOG_FORMAT, "--", path.name).split("\x1d") if record.strip("\n"))
    return History(changes, "" if changes else STRINGS.history_not_committed)


def parse(record: str) -> Change:
    """'2026-11-23\\x1fFirst line\\x1eSecond line' -> Change(2026-11-23, 'First line Second line')."""
    day, trailers = record.strip("\n").split("\x1f")
    notes = [line.strip() for line in trailers.split("\x1e") if line.strip()]
    return Change(date.fromisoformat(day), " ".join(notes) or STRINGS.history_no_note)


@reported
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """Give a job profile's template its history (the partial shows nothing on other pages)."""
    context["history"] = read(Path(page.file.abs_src_path)) if is_job_profile(page.file.src_uri) else None
    return context

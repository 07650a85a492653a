"""When each job profile last changed and how, from git: shown under the page (overrides/partials/source-file.html).

First the document's own date (from its author line, e.g. "d. 27. maj 2021"), then the changes. A
change is a commit that changed the text a reader reads: the author line and the page below the
"Kort fortalt" box, words only, so a commit that only touched the box, the markup or the line breaks
is no change of the document. Commit subjects are English notes for editors, so readers never see
them: each change shows its date and the Danish line of the commit's 'Historik:' trailer, or a plain
note without one; the same date and note are shown once. A copy without git history (a zip, a test
copy) still builds and says so.
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from babel.dates import get_month_names
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from handbook import page_text
from handbook.errors import HandbookError
from handbook.pages import is_job_profile
from handbook.strings import LANGUAGE, STRINGS
from hooks.plugin import reported

TRAILER = "Historik"
# git log --name-only: per commit (\x1e) its hash, date and trailer lines (\x1d), split by \x1f, then
# the file's path in that commit (it follows renames).
LOG_FORMAT = f"--format=%x1e%H%x1f%cs%x1f%(trailers:key={TRAILER},valueonly,separator=%x1d)"
# The month names as an author line writes them, from Babel (the same as the dates the page shows).
MONTHS = tuple(get_month_names("wide", locale=LANGUAGE)[number] for number in range(1, 13))
# "d. 27. maj 2021" in a document's author line.
DANISH_DATE = re.compile(r"\b(\d{1,2})\. (" + "|".join(MONTHS) + r") (\d{4})\b")
# The parts of a page file that are not its text: front matter (page_text.FRONT_MATTER, but the author
# line), the "Kort fortalt" box (indented lines after its marker), attribute lists, link targets, emphasis.
BYLINE = re.compile(r"^byline:.*$", re.MULTILINE)
SUMMARY_BOX = re.compile(r'^!!! abstract "Kort fortalt"\n(?:[ \t]*\n|[ \t]+.*\n)*', re.MULTILINE)
MARKUP = re.compile(r"\{:[^{}]*\}|\{ [#.][^{}]*\}|\]\([^)]*\)|[*_\[]")


def document_date(byline: str) -> date | None:
    """The date in a document's author line ('..., d. 27. maj 2021.'), or None when it gives none."""
    found = DANISH_DATE.search(byline)
    return date(int(found[3]), MONTHS.index(found[2]) + 1, int(found[1])) if found else None


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
    """A page's changes, newest first, or (when there are none) why, in Danish; and the document's own date."""

    changes: tuple[Change, ...]
    missing: str = ""
    dated: date | None = None

    @property
    def danish_dated(self) -> str:
        """The document's own date in Danish, or '' when it has none."""
        return STRINGS.date(self.dated) if self.dated else ""


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
    """The text changes of one page file, following renames; a copy without (full) history says so instead."""
    try:
        shallow = git(path.parent, "rev-parse", "--is-shallow-repository").strip()
    except NoRepository:
        return History((), STRINGS.history_no_git)
    if shallow == "true":  # its oldest commit would look like the page's first change: show no dates at all
        return History((), STRINGS.history_shallow)
    log = git(path.parent, "log", "--follow", "--name-only", LOG_FORMAT, "--", path.name)
    changes = text_changes(path.parent, [record for record in log.split("\x1e") if record.strip()])
    return History(changes, "" if changes else STRINGS.history_not_committed)


def text_changes(folder: Path, records: list[str]) -> tuple[Change, ...]:
    """The commits (newest first) that changed the page's text, each date and note once."""
    versions = [(parse(record), text_at(folder, record)) for record in records]
    changes: list[Change] = []
    for index, (change, text) in enumerate(versions):
        older = versions[index + 1][1] if index + 1 < len(versions) else None
        if older is None and change.note == STRINGS.history_no_note:
            change = Change(change.day, STRINGS.history_first_note)
        if text != older and change not in changes:
            changes.append(change)
    return tuple(changes)


def parse(record: str) -> Change:
    """'<hash>\\x1f2026-11-23\\x1fFirst line\\x1dSecond line\\n\\npath' -> Change(2026-11-23, 'First line Second line')."""
    _, day, trailers = record.split("\n", 1)[0].split("\x1f")
    notes = [line.strip() for line in trailers.split("\x1d") if line.strip()]
    return Change(date.fromisoformat(day), " ".join(notes) or STRINGS.history_no_note)


def text_at(folder: Path, record: str) -> str:
    """The page's text (see the module docstring) in the commit of one log record."""
    commit, path = record.split("\x1f", 1)[0], record.strip().splitlines()[-1]
    return reader_text(git(folder, "show", f"{commit}:{path}"))


def reader_text(markdown: str) -> str:
    """A page file's words as a reader reads them: its author line and text, box and markup left out."""
    front = page_text.FRONT_MATTER.match(markdown)
    byline = BYLINE.search(front.group()) if front else None
    # The author line's value, not how YAML writes it: quoted or not (the web editor drops the quotes) it reads the same.
    credit = str(yaml.safe_load(byline.group()[len("byline:"):]) or "") if byline else ""
    body = SUMMARY_BOX.sub("", markdown[front.end():] if front else markdown)
    return " ".join(MARKUP.sub("", f"{credit}\n{body}").split())


@reported
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """Give a job profile's template its history and its document's date (the partial shows nothing on other pages)."""
    if not is_job_profile(page.file.src_uri):
        context["history"] = None
        return context
    found = read(Path(page.file.abs_src_path))
    context["history"] = History(found.changes, found.missing, document_date(str(page.meta.get("byline", ""))))
    return context

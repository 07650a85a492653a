"""The pages' front matter, read once per build: every page's common fields checked, and the exercises,
workshops and job profiles validated into dataclasses that are their front matter's schema."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handbook import page_text, schema, yaml_text
from handbook.errors import HandbookError, unknown_key
from handbook.paths import page_file
from handbook.review import Review
from handbook.schema import EMPTY_OK, GIVEN, Where, at_least

EXERCISE_DIR = "oevelser"
WORKSHOP_DIR = "peer-uddannelsen/workshops"
JOB_PROFILE_DIR = "jobprofiler"
# A credit line names people by their key in braces: "Udarbejdet af udviklingsmedarbejder {jakob}".
PERSON_KEY = re.compile(r"\{([^{}]*)\}")
# A page's own title: its first level-1 heading, without an attribute list such as { #anchor }.
HEADING = re.compile(r"^# +(.+?)(?: +\{[^{}]*\})? *$", re.MULTILINE)


@dataclass(frozen=True)
class Page:
    """Any other page: the fields every page may have (a misspelt one stops the build instead of doing nothing)."""

    title: str = ""  # the page's name in the menu, the browser tab and the search, where it differs from its heading
    read_aloud: bool | None = None  # "Læs op" switched on or off (hooks/read_aloud.py)


@dataclass(frozen=True)
class Writing:
    """The room to write on an exercise's sheet: boxes with a heading each, then ruled or numbered lines."""

    lines: int = field(default=0, metadata=at_least(0))
    numbered: bool = False
    boxes: list[str] = field(default_factory=list)


# An exercise whose front matter has no 'writing' (or leaves it empty) still gets room to write.
DEFAULT_WRITING = Writing(lines=8)


@dataclass(frozen=True)
class Exercise(Review):
    key: str = field(metadata=GIVEN)  # its file name without .md
    src: str = field(metadata=GIVEN)  # its path under docs/
    title: str
    themes: list[str]
    purpose: str
    writing: Writing = DEFAULT_WRITING
    read_aloud: bool | None = field(default=None, kw_only=True)  # any page may switch "Læs op" on or off


@dataclass(frozen=True)
class Workshop:
    src: str = field(metadata=GIVEN)
    title: str
    theme: str
    # How many exercises the workshop is built around, where known.
    planned_exercises: int | None = field(default=None, metadata=at_least(1))
    read_aloud: bool | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class JobProfile(Review):
    src: str = field(metadata=GIVEN)
    summary: str  # who the role is for (the index shows it)
    # The document's own author line, people as {key} from people.yml; without it the handbook compiled the profile.
    byline: str = field(default="", metadata=EMPTY_OK)
    title: str = field(default="", metadata=GIVEN)  # its first heading: the document's own title
    read_aloud: bool | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class Pages:
    """Every page's front matter by its path under docs/, and the pages the handbook generates lists from."""

    metas: dict[str, dict]
    exercises: dict[str, Exercise]  # by key
    workshops: dict[str, Workshop]  # by CHIME theme
    job_profiles: dict[str, JobProfile]  # by path under docs/


def load(docs_dir: Path, themes: dict, people: dict) -> Pages:
    """Read the front matter of every page in docs_dir and validate it."""
    metas = {}
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        metas[src] = page_text.read(path, page_file(src))
    for src, meta in metas.items():
        if not any(in_folder(src, folder) for folder in (EXERCISE_DIR, WORKSHOP_DIR, JOB_PROFILE_DIR)):
            schema.entry(Page, meta, where_in(src))
    pages = Pages(metas, exercises(metas, themes), workshops(metas, themes), job_profiles(metas, people, docs_dir))
    for page in [*pages.exercises.values(), *pages.job_profiles.values()]:
        if page.reviewer:
            unknown_key("person", page.reviewer, people, page_file(page.src), yaml_text.lines_of(metas[page.src]).get("reviewer"))
    return pages


def where_in(src: str) -> Where:
    """The place of a page's front matter, for the validator."""
    return Where(page_file(src), 2, "front matter", "front matter")


def in_folder(src: str, folder: str) -> bool:
    """True for a page in folder (its own pages, not the folder's index)."""
    return src.startswith(folder + "/") and not src.endswith("index.md")


def exercises(metas: dict[str, dict], themes: dict) -> dict[str, Exercise]:
    """Every exercise page under oevelser/, validated, keyed by its file name without .md."""
    found: dict[str, Exercise] = {}
    for src, meta in metas.items():
        if in_folder(src, EXERCISE_DIR):
            # An empty 'writing' gets the default room to write, as a missing one does.
            fields = meta if meta.get("writing") else yaml_text.without(meta, "writing")
            exercise = schema.entry(Exercise, fields, where_in(src), key=Path(src).stem, src=src)
            lines = yaml_text.lines_of(meta)
            check_themes(exercise.themes, themes, where_in(src).field("themes", lines.get("themes")))
            if not exercise.writing.lines and not exercise.writing.boxes:
                raise where_in(src).field("writing", lines.get("writing")).error(
                    "'writing' giver ingen plads at skrive på arket: skriv fx lines: 8 (linjer) eller boxes: [Overskrift] (felter)"
                )
            same = next((other for other in found.values() if other.title.strip().casefold() == exercise.title.strip().casefold()), None)
            if same:
                raise HandbookError(
                    f"øvelsen '{exercise.title}' har samme titel som {page_file(same.src)}. Giv hver øvelse sin egen titel: "
                    "den står i menuen, på arket og i listerne over øvelser", page_file(src), lines.get("title"),
                )
            found[exercise.key] = exercise
    return found


def check_themes(chosen: list[str], themes: dict, where: Where) -> None:
    """An exercise names at least one CHIME theme, each known and only once."""
    if not chosen:
        raise where.error(f"'themes' er tom; skriv mindst ét tema, fx themes: [haab]. Gyldige: {', '.join(themes)}")
    for theme in chosen:
        unknown_key("tema", theme, themes, where.file, where.line)
    repeated = sorted({theme for theme in chosen if chosen.count(theme) > 1})
    if repeated:
        raise where.error(f"temaet {', '.join(repeated)} står flere gange under 'themes'; skriv hvert tema én gang")


def workshops(metas: dict[str, dict], themes: dict) -> dict[str, Workshop]:
    """Every workshop page, validated, keyed by its CHIME theme."""
    found: dict[str, Workshop] = {}
    for src, meta in metas.items():
        if in_folder(src, WORKSHOP_DIR):
            workshop = schema.entry(Workshop, meta, where_in(src), src=src)
            line = yaml_text.lines_of(meta).get("theme")
            unknown_key("tema", workshop.theme, themes, page_file(src), line)
            if workshop.theme in found:
                other = found[workshop.theme].src
                raise HandbookError(f"temaet '{workshop.theme}' har allerede en workshop: {page_file(other)}", page_file(src), line)
            found[workshop.theme] = workshop
    return found


def exercises_of(workshop: Workshop, exercises: dict[str, Exercise]) -> dict[str, Exercise]:
    """A workshop's exercises (those of its theme), by key: its print pack holds their sheets, and it has none without them."""
    return {key: exercise for key, exercise in exercises.items() if workshop.theme in exercise.themes}


def is_job_profile(src: str) -> bool:
    """True for a job profile's page ('jobprofiler/x.md'), not for the folder's index."""
    return in_folder(src, JOB_PROFILE_DIR)


def job_profiles(metas: dict[str, dict], people: dict, docs_dir: Path) -> dict[str, JobProfile]:
    """Every job profile under jobprofiler/, validated, with its heading as its title, keyed by its path under docs/."""
    found = {}
    for src, meta in metas.items():
        if is_job_profile(src):
            heading = HEADING.search(page_text.FRONT_MATTER.sub("", (docs_dir / src).read_text(encoding="utf-8-sig"), count=1))
            if heading is None:
                raise HandbookError("jobprofilen har ingen overskrift: skriv dokumentets titel i en linje, der starter med '# '", page_file(src))
            profile = schema.entry(JobProfile, meta, where_in(src), src=src, title=heading[1])
            for key in PERSON_KEY.findall(profile.byline):
                unknown_key("person", key, people, page_file(src), yaml_text.lines_of(meta).get("byline"))
            found[src] = profile
    return found


def nav_entry_titles(nav: list | None) -> list[str]:
    """Every title the nav (mkdocs.yml) gives, of a section or a page, in nav order."""
    found = []
    for item in nav or []:
        for title, target in item.items() if isinstance(item, dict) else ():
            found += [str(title), *(nav_entry_titles(target) if isinstance(target, list) else [])]
    return found


def check_nav_titles(nav: list | None, config_text: str, config_file: str) -> None:
    """The nav's titles are text like a page's front-matter title: no markup; the message names mkdocs.yml's line."""
    lines = config_text.splitlines()
    for title in nav_entry_titles(nav):
        line = next((number for number, text in enumerate(lines, start=1) if title in text), None)
        page_text.check_title(title, config_file, line)

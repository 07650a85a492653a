"""Read the front matter of every page once per build; validate exercises and workshops."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from macros import yaml_text
from macros.errors import HandbookError, unknown_key

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
EXERCISE_DIR = "oevelser"
WORKSHOP_DIR = "peer-uddannelsen/workshops"
JOB_PROFILE_DIR = "jobprofiler"
# A credit line names people by their key in braces: "Udarbejdet af udviklingsmedarbejder {jakob}".
PERSON_KEY = re.compile(r"\{([^{}]*)\}")
# Any page may switch its "Læs op" button on or off (hooks/read_aloud.py checks the value).
PAGE_FIELDS = {"read_aloud": bool}
# summary: who the role is for (the index shows it). byline: the document's own author line, with
# people as {key} from people.yml; without it the profile is the handbook's own compilation.
JOB_PROFILE_FIELDS = {"summary": str, "byline": str, **PAGE_FIELDS}
EXERCISE_FIELDS = {"title": str, "themes": list, "purpose": str, "writing": dict, **PAGE_FIELDS}
EXERCISE_REQUIRED = ("title", "themes", "purpose")
WRITING_FIELDS = {"lines": int, "numbered": bool, "boxes": list}
WORKSHOP_FIELDS = {"title": str, "theme": str, "planned_exercises": int, **PAGE_FIELDS}


@dataclass(frozen=True)
class Exercise:
    key: str
    src: str
    title: str
    themes: list[str]
    purpose: str
    writing: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Workshop:
    src: str
    title: str
    theme: str
    planned_exercises: int | None = None  # how many exercises the workshop is built around, where known


@dataclass(frozen=True)
class JobProfile:
    src: str
    summary: str
    byline: str = ""


def front_matter(path: Path, docs_dir: Path) -> dict:
    """Return a page's front matter; broken YAML names the file and the line."""
    # utf-8-sig: a byte-order mark (saved so by some Windows editors) is dropped, as MkDocs does.
    text = path.read_text(encoding="utf-8-sig")
    match = FRONT_MATTER.match(text)
    if text.startswith("---") and not match:
        raise HandbookError(f"{path.relative_to(docs_dir)}: front matter starter med '---' men slutter aldrig")
    if not match:
        return {}
    meta = yaml_text.parse(match.group(1) or "", path.relative_to(docs_dir).as_posix(), first_line=2, kind="front matter") or {}
    if not isinstance(meta, dict):
        raise HandbookError(f"{path.relative_to(docs_dir)}: front matter skal være 'nøgle: værdi'-linjer")
    return meta


def read_all(docs_dir: Path) -> dict[str, dict]:
    """Front matter of every Markdown page, keyed by its path under docs/."""
    return {path.relative_to(docs_dir).as_posix(): front_matter(path, docs_dir) for path in sorted(docs_dir.rglob("*.md"))}


def check_fields(src: str, meta: dict, types: dict[str, type], required: tuple[str, ...]) -> None:
    """Fail on a missing, unknown or wrongly typed front-matter field."""
    for name in required:
        if name not in meta:
            raise HandbookError(f"{src}: mangler feltet '{name}' i front matter. Påkrævet: {', '.join(required)}")
    for name, value in meta.items():
        unknown_key("felt", name, types, where=src)
        if not isinstance(value, types[name]):
            raise HandbookError(f"{src}: feltet '{name}' skal være {types[name].__name__}, ikke {value!r}")


def own_fields(meta: dict) -> dict:
    """A page's front matter without the fields any page may have (PAGE_FIELDS), for its dataclass."""
    return {name: value for name, value in meta.items() if name not in PAGE_FIELDS}


def exercises(metas: dict[str, dict], themes: dict) -> dict[str, Exercise]:
    """Every exercise page under oevelser/, validated, keyed by its file name without .md."""
    found = {}
    for src, meta in metas.items():
        if not src.startswith(EXERCISE_DIR + "/") or src.endswith("index.md"):
            continue
        check_fields(src, meta, EXERCISE_FIELDS, EXERCISE_REQUIRED)
        check_themes(src, meta["themes"], themes)
        check_fields(f"{src} (writing)", meta.get("writing", {}), WRITING_FIELDS, ())
        key = Path(src).stem
        found[key] = Exercise(key, src, **own_fields(meta))
    return found


def check_themes(src: str, chosen: list, themes: dict) -> None:
    """An exercise names at least one CHIME theme, each known and only once."""
    if not chosen:
        raise HandbookError(f"{src}: 'themes' er tom; skriv mindst ét tema, fx themes: [haab]. Gyldige: {', '.join(themes)}")
    for theme in chosen:
        unknown_key("tema", theme, themes, where=src)
    repeated = sorted({theme for theme in chosen if chosen.count(theme) > 1})
    if repeated:
        raise HandbookError(f"{src}: temaet {', '.join(repeated)} står flere gange under 'themes'; skriv hvert tema én gang")


def workshops(metas: dict[str, dict], themes: dict) -> dict[str, Workshop]:
    """Every workshop page, validated, keyed by its CHIME theme."""
    found = {}
    for src, meta in metas.items():
        if src.startswith(WORKSHOP_DIR + "/") and not src.endswith("index.md"):
            check_fields(src, meta, WORKSHOP_FIELDS, ("title", "theme"))
            unknown_key("tema", meta["theme"], themes, where=src)
            if meta["theme"] in found:
                raise HandbookError(f"{src}: temaet '{meta['theme']}' har allerede en workshop: {found[meta['theme']].src}")
            found[meta["theme"]] = Workshop(src, **own_fields(meta))
    return found


def is_job_profile(src: str) -> bool:
    """True for a job profile's page ('jobprofiler/x.md'), not for the folder's index."""
    return src.startswith(JOB_PROFILE_DIR + "/") and not src.endswith("index.md")


def job_profiles(metas: dict[str, dict], people: dict) -> dict[str, JobProfile]:
    """Every job profile under jobprofiler/, validated, keyed by its path under docs/."""
    found = {}
    for src, meta in metas.items():
        if is_job_profile(src):
            check_fields(src, meta, JOB_PROFILE_FIELDS, ("summary",))
            for key in PERSON_KEY.findall(meta.get("byline", "")):
                unknown_key("person", key, people, where=f"{src} (byline)")
            found[src] = JobProfile(src, **own_fields(meta))
    return found


def nav_titles(nav: list | None) -> dict[str, str]:
    """The title the nav (mkdocs.yml) gives each page listed as 'Title: file', in nav order."""
    found = {}
    for item in nav or []:
        for title, target in item.items() if isinstance(item, dict) else ():
            found.update({target: title} if isinstance(target, str) else nav_titles(target))
    return found

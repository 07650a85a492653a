"""The menu's sections whose pages and order are data: the CHIME pages, the exercises, the workshops, the job profiles.

mkdocs.yml lists each of these sections with its own index page only; the build fills in the rest, so a
page copied from its template is in the menu with no other file touched, in the one CHIME order of
chime.yml (exercises by their first theme, then by file name; job profiles by file name).
"""
from __future__ import annotations

from handbook.data import Theme
from handbook.errors import HandbookError
from handbook.pages import EXERCISE_DIR, JOB_PROFILE_DIR, WORKSHOP_DIR, Pages

CONFIG_FILE = "mkdocs.yml"
CHIME_INDEX = "chime/index.md"


def generated(pages: Pages, themes: dict[str, Theme]) -> dict[str, list]:
    """Each generated section's pages in order, by the section's index page (the nav's entries: 'file' or {title: file})."""
    order = list(themes)
    exercises = sorted(pages.exercises.values(), key=lambda e: (order.index(e.themes[0]), e.key))
    workshops = sorted(pages.workshops.values(), key=lambda w: order.index(w.theme))
    return {
        CHIME_INDEX: [{theme.name: theme.page} for theme in themes.values()] + sorted(others_in(pages, CHIME_INDEX, themes)),
        f"{EXERCISE_DIR}/index.md": [exercise.src for exercise in exercises],
        f"{WORKSHOP_DIR.split('/')[0]}/index.md": [workshop.src for workshop in workshops],
        f"{JOB_PROFILE_DIR}/index.md": [{p.title: src} for src, p in sorted(pages.job_profiles.items())],
    }


def others_in(pages: Pages, index: str, themes: dict[str, Theme]) -> set[str]:
    """The pages in an index's folder that are no theme's page (a page staff added beside the themes)."""
    folder = index.rsplit("/", 1)[0] + "/"
    return {src for src in pages.metas if src.startswith(folder) and src != index} - {theme.page for theme in themes.values()}


def filled(nav: list | None, pages: Pages, themes: dict[str, Theme]) -> list | None:
    """The nav with each generated section's pages after its index; a page of such a section listed by hand stops the build."""
    sections = generated(pages, themes)
    made = {src for entries in sections.values() for entry in entries for src in targets(entry)}
    return [fill_item(item, sections, made) for item in nav] if nav else nav


def fill_item(item: object, sections: dict[str, list], made: set[str]) -> object:
    """One nav entry: a section that starts with a generated index gets its pages; other sections are searched inside."""
    if not isinstance(item, dict) or len(item) != 1:
        return item
    (title, children), = item.items()
    if not isinstance(children, list):
        return item
    first = children[0] if children else None
    if isinstance(first, str) and first in sections:
        by_hand = [src for child in children[1:] for src in targets(child) if src in made]
        if by_hand:
            raise HandbookError(
                f"nav: '{by_hand[0]}' står i menuen under '{title}', men den del af menuen laves af bygningen "
                "(i CHIME-rækkefølgen fra data/chime.yml). Slet linjen.",
                CONFIG_FILE,
            )
        return {title: [first, *sections[first], *children[1:]]}
    return {title: [fill_item(child, sections, made) for child in children]}


def targets(entry: object) -> list[str]:
    """The page files of one nav entry ('file', {title: file} or a section)."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, list):
        return [src for child in entry for src in targets(child)]
    if isinstance(entry, dict):
        return [src for value in entry.values() for src in targets(value)]
    return []

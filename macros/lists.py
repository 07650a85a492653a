"""Render CHIME and the generated lists (exercises, workshops, job profiles) from chime.yml and the pages' front matter."""
from __future__ import annotations

from handbook.data import Data
from handbook.errors import HandbookError, unknown_key
from handbook.pages import Exercise, JobProfile, Workshop, exercises_of
from handbook.paths import link, pdf_path
from handbook.strings import STRINGS
from macros.links import pdf_link
from macros.people import byline_markdown
from macros.texts import english, plain, review_line, source


def chime_overview(data: Data, here: str) -> str:
    """The CHIME intro and the five themes, each linked to its page, with the source."""
    items = "\n".join(f"- [{plain(t.name)}]({link(t.page, here)}) ({english(t.english)})" for t in data.themes.values())
    return f"{plain(data.chime_intro)} {source(data, 'leamy-2011', '', here)}\n\n{items}\n"


def theme_links(data: Data, keys: list[str], here: str) -> str:
    """Links to the CHIME pages of the given themes, separated by commas."""
    return ", ".join(f"[{plain(data.themes[k].name)}]({link(data.themes[k].page, here)})" for k in keys)


def exercises_for(data: Data, exercises: dict[str, Exercise], theme: str, here: str) -> str:
    """The exercises of one CHIME theme as a linked list, generated from their front matter."""
    unknown_key("tema", theme, data.themes)
    found = [e for e in exercises.values() if theme in e.themes]
    if not found:
        return STRINGS.no_exercises_for_theme
    return "\n".join(f"- [{plain(e.title)}]({link(e.src, here)}): {plain(e.purpose)}" for e in found)


def workshop_list(data: Data, workshops: dict[str, Workshop], exercises: dict[str, Exercise], here: str) -> str:
    """The workshops in CHIME order (chime.yml), each linked by its title, with how many exercises the handbook has for it."""
    lines = [
        f"- [{plain(workshops[key].title)}]({link(workshops[key].src, here)}): "
        + STRINGS.exercise_count(len(exercises_of(workshops[key], exercises)))
        for key in data.themes
        if key in workshops
    ]
    return STRINGS.workshops_described.format(count=len(lines)) + "\n\n" + "\n".join(lines)


def workshop_exercises(data: Data, workshops: dict[str, Workshop], exercises: dict[str, Exercise], here: str) -> str:
    """A workshop page's exercises, saying plainly when the handbook has fewer than the workshop is built around."""
    workshop = next((w for w in workshops.values() if w.src == here), None)
    if workshop is None:
        raise HandbookError("workshop_exercises() virker kun på en workshopside under peer-uddannelsen/workshops/")
    count = len(exercises_of(workshop, exercises))
    if count == 0:
        return STRINGS.no_exercises_for_workshop
    listed = exercises_for(data, exercises, workshop.theme, here)
    if workshop.planned_exercises and workshop.planned_exercises > count:
        return STRINGS.workshop_exercises_described.format(count=count, planned=workshop.planned_exercises) + f"\n\n{listed}"
    return listed


def exercises_by_theme(data: Data, exercises: dict[str, Exercise], here: str) -> str:
    """Every exercise, grouped under a heading per CHIME theme."""
    return "\n\n".join(f"## {plain(t.name)}\n\n{exercises_for(data, exercises, k, here)}" for k, t in data.themes.items())


def exercise_link(exercises: dict[str, Exercise], key: str, here: str) -> str:
    """A link to one exercise, with its title as the text."""
    unknown_key("øvelse", key, exercises)
    return f"[{plain(exercises[key].title)}]({link(exercises[key].src, here)})"


def exercise_summary(data: Data, exercises: dict[str, Exercise], here: str, page_url: str) -> str:
    """The top of an exercise page: its purpose, its themes and the link to its printable sheet."""
    exercise = next((e for e in exercises.values() if e.src == here), None)
    if exercise is None:
        raise HandbookError("exercise_summary() virker kun på en øvelsesside under oevelser/")
    sheet = pdf_link(STRINGS.print_sheet, page_url, pdf_path(here))
    purpose, themes = plain(STRINGS.exercise_purpose), plain(STRINGS.exercise_themes)
    return (
        f"**{purpose}** {plain(exercise.purpose)}\n\n**{themes}** {theme_links(data, exercise.themes, here)}\n\n"
        f"{review_line(exercise)}\n\n{sheet}\n"
    )


def job_profiles(data: Data, profiles: dict[str, JobProfile], here: str) -> str:
    """Every job profile in the menu's order (by file name): its title linked, who it is for, and its byline as on its page."""
    items = [
        f"- **[{plain(p.title)}]({link(src, here)})**: {plain(p.summary.rstrip('.'))}.  \n  {byline_markdown(data, p)}"
        for src, p in sorted(profiles.items())
    ]
    return "\n".join(items) + "\n"

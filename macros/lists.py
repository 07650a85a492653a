"""Render CHIME and the exercise lists, generated from chime.yml and the exercises' front matter."""
from __future__ import annotations

from macros.data import Data
from macros.errors import HandbookError, unknown_key
from macros.pages import Exercise
from printing.paths import pdf_link, pdf_path
from macros.texts import link, plain, source


def chime_overview(data: Data, here: str) -> str:
    """The CHIME intro and the five themes, each linked to its page, with the source."""
    items = "\n".join(f"- [{plain(t.name)}]({link(t.page, here)}) ({plain(t.english)})" for t in data.themes.values())
    return f"{plain(data.chime_intro)} {source(data, 'leamy-2011', '', here)}\n\n{items}\n"


def chime_inline(data: Data) -> str:
    """The five CHIME themes in one line of running text, e.g. 'forbundenhed, håb, ... og handlekraft'."""
    names = [plain(t.name.lower()) for t in data.themes.values()]
    return ", ".join(names[:-1]) + " og " + names[-1]


def theme_links(data: Data, keys: list[str], here: str) -> str:
    """Links to the CHIME pages of the given themes, separated by commas."""
    return ", ".join(f"[{plain(data.themes[k].name)}]({link(data.themes[k].page, here)})" for k in keys)


def exercises_for(data: Data, exercises: dict[str, Exercise], theme: str, here: str) -> str:
    """The exercises of one CHIME theme as a linked list, generated from their front matter."""
    unknown_key("tema", theme, data.themes, where=here)
    found = [e for e in exercises.values() if theme in e.themes]
    if not found:
        return "Der er endnu ingen øvelser til dette tema i håndbogen."
    return "\n".join(f"- [{plain(e.title)}]({link(e.src, here)}): {plain(e.purpose)}" for e in found)


def exercises_by_theme(data: Data, exercises: dict[str, Exercise], here: str) -> str:
    """Every exercise, grouped under a heading per CHIME theme."""
    return "\n\n".join(f"## {plain(t.name)}\n\n{exercises_for(data, exercises, k, here)}" for k, t in data.themes.items())


def exercise_link(exercises: dict[str, Exercise], key: str, here: str) -> str:
    """A link to one exercise, with its title as the text."""
    unknown_key("øvelse", key, exercises, where=here)
    return f"[{plain(exercises[key].title)}]({link(exercises[key].src, here)})"


def exercise_summary(data: Data, exercises: dict[str, Exercise], here: str, page_url: str) -> str:
    """The top of an exercise page: its purpose, its themes and the link to its printable sheet."""
    exercise = next((e for e in exercises.values() if e.src == here), None)
    if exercise is None:
        raise HandbookError(f"{here}: exercise_summary() virker kun på en øvelsesside under oevelser/")
    sheet = pdf_link("Print arket (PDF)", page_url, pdf_path(here))
    return f"**Formål:** {plain(exercise.purpose)}\n\n**Tema:** {theme_links(data, exercise.themes, here)}\n\n{sheet}\n"

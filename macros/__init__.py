"""mkdocs-macros entry point: loads the shared data once per build and registers the macros."""
from __future__ import annotations

from pathlib import Path

from jinja2 import TemplateSyntaxError
from mkdocs_macros.errors import format_error

from macros import data as shared_data
from macros import errors, lists, pages, texts
from printing import paths

# mkdocs-macros shows this message in the terminal, and on the page in the preview (make serve).
for kind in (Exception, TemplateSyntaxError):
    format_error.register(kind, errors.page_error)


def define_env(env) -> None:
    """Load data and front matter once per build, then register one macro per shared text."""
    data = shared_data.load()
    metas = pages.read_all(Path(env.conf["docs_dir"]))
    exercises = pages.exercises(metas, data.themes)
    env.variables["exercises"] = exercises
    env.variables["workshops"] = pages.workshops(metas, data.themes)
    env.variables["abbreviations"] = texts.abbreviations(data)

    def here() -> str:
        return env.page.file.src_uri

    @env.macro
    def definition(key: str) -> str:
        """The shared definition `key` (definitions.yml) as a quote with its source."""
        return texts.definition(data, key, here())

    @env.macro
    def source(key: str, page: str = "") -> str:
        """A citation of source `key` (sources.yml), optionally with a page number."""
        return texts.source(data, key, str(page), here())

    @env.macro
    def sources_list() -> str:
        """Every source in full (sources.yml), for the Kilder page."""
        return texts.sources_list(data)

    @env.macro
    def values(key: str) -> str:
        """The value list `key` (values.yml) as bullets."""
        return texts.values(data, key, here())

    @env.macro
    def person(key: str) -> str:
        """Role and name of person `key` (people.yml)."""
        return texts.person(data, key, here())

    @env.macro
    def first_name(key: str) -> str:
        """First name of person `key` (people.yml)."""
        return texts.first_name(data, key, here())

    @env.macro
    def written_by() -> str:
        """Who wrote this job profile and when, from its front matter."""
        return texts.written_by(data, env.page.meta, here())

    @env.macro
    def glossary() -> str:
        """The whole glossary (glossary.yml) as a definition list."""
        return texts.glossary(data)

    @env.macro
    def chime_overview() -> str:
        """The CHIME intro and its five themes (chime.yml), linked."""
        return lists.chime_overview(data, here())

    @env.macro
    def chime_inline() -> str:
        """The five CHIME themes (chime.yml) as running text."""
        return lists.chime_inline(data)

    @env.macro
    def exercises_for(theme: str) -> str:
        """The exercises of one CHIME theme, from the exercises' front matter."""
        return lists.exercises_for(data, exercises, theme, here())

    @env.macro
    def exercises_by_theme() -> str:
        """Every exercise, grouped by CHIME theme."""
        return lists.exercises_by_theme(data, exercises, here())

    @env.macro
    def exercise(key: str) -> str:
        """A link to the exercise `key` (its file name under oevelser/)."""
        return lists.exercise_link(exercises, key, here())

    @env.macro
    def exercise_summary() -> str:
        """Purpose, themes and the sheet link at the top of an exercise page."""
        return lists.exercise_summary(data, exercises, here(), env.page.url)

    @env.macro
    def workshop_pack() -> str:
        """A link from a workshop page to its print pack (PDF)."""
        return paths.workshop_pack({w.src for w in env.variables["workshops"].values()}, here(), env.page.url)

    @env.macro
    def handbook_pdf() -> str:
        """A link to the whole handbook as one PDF."""
        return paths.handbook_pdf(env.page.url, env.conf["plugins"]["to-pdf"].config["output_path"])


def on_post_page_macros(env) -> None:
    """Append the glossary's abbreviation lines, so its terms get tooltips on every page."""
    env.markdown += "\n\n" + env.variables["abbreviations"] + "\n"

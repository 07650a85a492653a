"""The macros' entry point (mkdocs-macros' define_env): one macro per shared text, each rendering from this build's handbook.

It imports neither MkDocs nor the hooks: Zensical's own macros extension loads this module too.
"""
from __future__ import annotations

import os
from pathlib import Path

from jinja2 import TemplateSyntaxError

import handbook
from macros import links, lists, people, texts
from macros.page_error import page_error

try:  # mkdocs-macros shows this message in the terminal, and on the page in the preview (make serve).
    from mkdocs_macros.errors import format_error
except ImportError:  # Zensical's macros extension, which formats errors itself
    format_error = None
else:
    for kind in (Exception, TemplateSyntaxError):
        format_error.register(kind, page_error)


def handbook_for(env) -> handbook.Handbook:
    """This build's handbook, as the `handbook` plugin loaded it (MkDocs); read from the project's folder where no plugin runs (Zensical)."""
    plugin = (env.conf.get("plugins") or {}).get("handbook")
    return getattr(plugin, "handbook", None) or handbook.load(Path(env.project_dir), os.environ)


def source_of(page) -> str:
    """The page's path under docs/: MkDocs' page.file.src_uri, Zensical's page.path."""
    return page.file.src_uri if hasattr(page, "file") else page.path


def define_env(env) -> None:
    """Register the macros over this build's handbook."""
    book = handbook_for(env)
    data, exercises, workshops = book.data, book.pages.exercises, book.pages.workshops
    profiles = book.pages.job_profiles

    def here() -> str:
        return source_of(env.page)

    @env.macro
    def definition(key: str) -> str:
        """The shared definition `key` (definitions.yml) as a quote with its source."""
        return texts.definition(data, key, here())

    @env.macro
    def definition_quote(key: str) -> str:
        """The shared definition `key` (definitions.yml) as a plain quote, as a document quotes it."""
        return texts.definition_quote(data, key, here())

    @env.macro
    def source(key: str, page: str = "") -> str:
        """A citation of source `key` (sources.yml) in brackets, optionally with a page number."""
        return texts.source(data, key, str(page), here())

    @env.macro
    def cite(key: str, page: str = "") -> str:
        """A citation of source `key` (sources.yml) without brackets, for inside a bracket."""
        return texts.cite(data, key, str(page), here())

    @env.macro
    def sources_list() -> str:
        """Every source in full (sources.yml), for the Kilder page."""
        return texts.sources_list(data)

    @env.macro
    def values(key: str) -> str:
        """The value list `key` (values.yml) as bullets."""
        return texts.values(data, key)

    @env.macro
    def person(key: str) -> str:
        """Role and name of person `key` (people.yml)."""
        return people.person(data, key)

    @env.macro
    def first_name(key: str) -> str:
        """First name of person `key` (people.yml)."""
        return people.first_name(data, key)

    @env.macro
    def credit(line: str) -> str:
        """A credit line as its document gives it, e.g. "Artikel af {jakob}", names from people.yml."""
        return people.credit(data, line)

    @env.macro
    def written_by() -> str:
        """This job profile's author line (its front matter 'byline'), or that the handbook compiled it."""
        return people.written_by(data, profiles, here())

    @env.macro
    def job_profiles() -> str:
        """Every job profile with who it is for and its author line, in the menu's order."""
        return lists.job_profiles(data, profiles, here())

    @env.macro
    def glossary() -> str:
        """The whole glossary (glossary.yml) as a definition list."""
        return texts.glossary(data)

    @env.macro
    def accessibility_contact() -> str:
        """The contact for the accessibility statement (organisation.yml), or a note that it is missing."""
        return texts.accessibility_contact(book.edition, data.organisation)

    @env.macro
    def statement_date() -> str:
        """When the accessibility statement was prepared (organisation.yml), or that it is not dated yet."""
        return texts.statement_date(data.organisation)

    @env.macro
    def enforcement_route() -> str:
        """Where to complain about accessibility (organisation.yml), or that the organisation has not said yet."""
        return texts.enforcement_route(data.organisation)

    @env.macro
    def chime_overview() -> str:
        """The CHIME intro and its five themes (chime.yml), linked."""
        return lists.chime_overview(data, here())

    @env.macro
    def exercises_for(theme: str) -> str:
        """The exercises of one CHIME theme, from the exercises' front matter."""
        return lists.exercises_for(data, exercises, theme, here())

    @env.macro
    def exercises_by_theme() -> str:
        """Every exercise, grouped by CHIME theme."""
        return lists.exercises_by_theme(data, exercises, here())

    @env.macro
    def workshop_list() -> str:
        """The workshops in CHIME order, linked, each with its number of exercises."""
        return lists.workshop_list(data, workshops, exercises, here())

    @env.macro
    def workshop_exercises() -> str:
        """A workshop page's exercises, or a plain note when the handbook has none or not all of them."""
        return lists.workshop_exercises(data, workshops, exercises, here())

    @env.macro
    def number_of(key: str) -> str:
        """A count that several pages state (education.yml), e.g. number_of("workshops")."""
        return texts.number_of(data, key)

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
        """A link from a workshop page to its print pack (PDF), if it has exercises to print."""
        return links.workshop_pack(workshops, exercises, here(), env.page.url)

    @env.macro
    def handbook_pdf() -> str:
        """A link to the whole handbook as one PDF."""
        return links.handbook_pdf(env.page.url)

    @env.macro
    def offline_copy() -> str:
        """A link to the whole handbook as one zip for use without internet, and how to open it."""
        return links.offline_copy(env.page.url)

"""The `handbook` plugin: loads the handbook once per build from the folder of mkdocs.yml, for every hook and the macros.

Its on_config runs first in every build (mkdocs serve's rebuilds too), so the handbook it holds is
always this build's. A mistake in the handbook's files (handbook.HandbookError) reaches MkDocs as its own
PluginError: the build stops with the Danish message alone, no Python traceback.
"""
from __future__ import annotations

import functools
import html
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

import handbook
from handbook import github, nav, publication, review
from handbook.strings import STRINGS
from macros.page_error import error_box

NAME = "handbook"
# Loggers whose English hints the preview leaves out: mkdocs-to-pdf's "set environment variable HANDBOOK_PDF to 1"
# and mkdocs-macros' lists of modules and filters.
QUIET_IN_PREVIEW = ("mkdocs.to-pdf", "mkdocs.plugins.mkdocs_macros.util")
log = logging.getLogger("mkdocs.plugins.handbook")
P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def as_plugin_error() -> Iterator[None]:
    """Turn a HandbookError into MkDocs' PluginError, keeping the file and line on the error it came from."""
    try:
        yield
    except handbook.HandbookError as error:
        github.error(error)  # in GitHub Actions, also on the file and line of the pull request or commit
        raise PluginError(str(error)) from error


def reported(event: Callable[P, R]) -> Callable[P, R]:
    """A hook event whose HandbookError stops the build as MkDocs' own error (see as_plugin_error)."""

    @functools.wraps(event)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with as_plugin_error():
            return event(*args, **kwargs)

    return run


class HandbookPlugin(BasePlugin):
    """Holds this build's handbook (data, pages' front matter, links.yml, the edition).

    In the preview (mkdocs serve) it lives from one rebuild to the next (it has on_startup): when a saved
    file breaks the handbook, the preview goes on with the last handbook that loaded and shows the Danish
    message in a red box on every page, instead of stopping (a failed build leaves every request waiting).
    """

    handbook: handbook.Handbook | None = None
    serving = False
    mistake: handbook.HandbookError | None = None  # the preview's current mistake in the handbook's files

    def on_startup(self, command: str, dirty: bool) -> None:
        """Remember whether this is the preview; quiet the plugins' English hints there (staff change no settings in it)."""
        self.serving = command == "serve"
        if self.serving:
            for name in QUIET_IN_PREVIEW:  # a filter, not a level: to-pdf sets its logger's level again on every rebuild
                logging.getLogger(name).addFilter(lambda record: record.levelno >= logging.WARNING)

    @event_priority(120)  # before every other on_config: they read the handbook
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load the handbook from the project's own folder; fill in the menu's generated sections; give the templates the strings."""
        self.mistake = None
        try:
            self.handbook = handbook.load(Path(config.config_file_path).parent, os.environ)
        except handbook.HandbookError as error:
            if not (self.serving and self.handbook):
                github.error(error)
                raise PluginError(str(error)) from error
            self.mistake = error
            log.error(str(error))
        with as_plugin_error():
            config.nav = nav.filled(config.nav, self.handbook.pages, self.handbook.data.themes)
        if Path(config.docs_dir).resolve() != self.handbook.docs_dir.resolve():
            raise PluginError(f"mkdocs.yml: docs_dir skal være {handbook.paths.DOCS_DIR}, mappen ved siden af mkdocs.yml")
        # mkdocs-to-pdf's cover (printing/templates/cover.html) reads config.extra.
        config.extra["strings"] = STRINGS
        return config

    def on_env(self, env, config: MkDocsConfig, files):
        """Give every template the words it shows readers as `strings` (handbook/strings/da.yml), the scripts' words included."""
        env.globals["strings"] = STRINGS
        return env

    def on_page_context(self, context: dict, page, config: MkDocsConfig, nav) -> dict:
        """Give the footer the feedback link (partials/copyright.html) and a job profile its review dates (partials/source-file.html)."""
        edition = self.handbook.edition
        address = edition.address_of(page.url) if not edition.draft else page.url
        # The page's name as its <title> gives it (overrides/main.html: the home page by the site's name); hooks/titles.py
        # escaped it for HTML, and a mail's subject is text.
        title = html.unescape(config.site_name if page.is_homepage or not page.title else page.title)
        context["feedback_href"] = publication.feedback_href(edition.contact, title, address)
        profile = self.handbook.pages.job_profiles.get(page.file.src_uri)
        # A job profile's review dates stand with its own date and changes (partials/source-file.html), outside the document.
        context["review"] = review.reader_line(profile) if profile else ""
        return context

    @event_priority(-100)  # after the macros: the message is text, never a code
    def on_page_markdown(self, markdown: str, page, config: MkDocsConfig, files) -> str:
        """In the preview, while a saved file breaks the handbook, show its message at the top of every page."""
        if self.mistake is None:
            return markdown
        intro = "Forhåndsvisningen viser siderne, som de var før fejlen. Ret filen og gem, så kommer ændringerne med igen."
        return error_box(f"Fejl i {self.mistake.file or 'håndbogen'}", intro, str(self.mistake)) + "\n" + markdown

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Tell staff which exercises and job profiles are due for review, as of the build's date (SOURCE_DATE_EPOCH)."""
        for file, line, note in self.handbook.reviews(review.today(os.environ)):
            log.info("%s: %s", file, note)
            github.emit("notice" if note.startswith("ikke") else "warning", note, file, line, "Gennemgang")


def handbook_of(config: MkDocsConfig) -> handbook.Handbook:
    """This build's handbook; a clear error when mkdocs.yml lacks the plugin."""
    plugin = config.plugins.get(NAME)
    if not isinstance(plugin, HandbookPlugin) or plugin.handbook is None:
        raise PluginError(f"mkdocs.yml: pluginet '{NAME}' mangler øverst under plugins (det læser håndbogens filer én gang pr. bygning)")
    return plugin.handbook

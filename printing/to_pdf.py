"""Every use of mkdocs-to-pdf's inner workings, in one place, for the one version they were written against.

to-pdf has no public way to do what the handbook needs, so each use below is marked "Hack:". Any other
version stops the build before its first page, saying where to look: this file.
"""
from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from mkdocs_to_pdf.generator import Generator
from mkdocs_to_pdf.utils.metadata_util import prepend_producer

from handbook.errors import HandbookError
from handbook.paths import HANDBOOK_PDF
from printing import handbook_events, sheet_html

__all__ = ["configure", "prepend_producer", "set_renderer"]

PACKAGE = "mkdocs-to-pdf"
TESTED = "0.12.1"
# to-pdf imports its optional event hook by this module name (drivers/event_hook.py).
EVENT_HOOK = "pdf_event_hook"
# to-pdf's own parse of a built page, kept before configure() replaces it.
WHOLE_PAGE_SOUP = Generator._soup_from_content


def check_version() -> None:
    """Stop unless the installed mkdocs-to-pdf is the version this file was written against."""
    installed = version(PACKAGE)
    if installed != TESTED:
        raise HandbookError(
            f"{PACKAGE} {installed} er installeret, men printing/to_pdf.py bruger dens indre dele fra version {TESTED}. "
            f"Installér {PACKAGE}=={TESTED} (requirements.txt), eller ret hvert 'Hack:' i printing/to_pdf.py til den nye version og sæt TESTED."
        )


def configure(plugin: Any, project: Path, enabled: bool) -> None:
    """Prepare to-pdf before its own on_config runs: switched on or off, our cover and event hook, the lean parse."""
    check_version()
    if plugin.config["output_path"] != HANDBOOK_PDF:
        raise HandbookError(f"to-pdf: output_path skal være {HANDBOOK_PDF}: siderne og sidefoden linker dertil", "mkdocs.yml")
    if enabled:
        # to-pdf builds only when its enabled_if_env variable is exactly "1"; an empty name means always.
        plugin.config["enabled_if_env"] = ""
    plugin.config["custom_template_path"] = str(project / plugin.config["custom_template_path"])
    # Hack: to-pdf finds its event hook by module name (on sys.path): ours is handed over by that name.
    sys.modules[EVENT_HOOK] = handbook_events
    # Hack: to-pdf parses every built page whole (menus, search, scripts) and keeps its <head> and <article>.
    Generator._soup_from_content = staticmethod(soup_of_head_and_article)


def set_renderer(plugin: Any, renderer: Any) -> None:
    """Give to-pdf's finished HTML to renderer.write_pdf(html, path) instead of rendering it itself."""
    # Hack: to-pdf's options (made by its on_config) hand the HTML to a renderer set here, meant for another PDF engine.
    plugin._options.relaxed_js = renderer


def soup_of_head_and_article(content: str, page) -> BeautifulSoup:
    """to-pdf's soup of a built page, parsed from its <head> and <article> only: all to-pdf takes from it."""
    end = content.find("</head>")
    head = content[:end + len("</head>")] if end >= 0 else ""
    return WHOLE_PAGE_SOUP(f"{head}<body>{sheet_html.only_article(content)}</body></html>", page)

"""Accessible names Material leaves empty: the search dialog and the section navigation (axe)."""
from __future__ import annotations

import html
import re

from mkdocs.exceptions import PluginError

SEARCH_DIALOG = 'data-md-component="search" role="dialog"'
SEARCH_NAME = 'aria-label="Søg i håndbogen"'
# A nav section with its own index page gets an icon-only toggle, and its <nav> is labelled by that
# toggle, so the landmark has no name. Name the toggle after the section's title.
ICON_TOGGLE = re.compile(
    r'(<label class="md-nav__link[^"]*" for="(?P<id>__nav\w*)" id="(?P=id)_label" tabindex="[^"]*")'
    r'(>\s*<span class="md-nav__icon md-icon"></span>\s*</label>)'
)
SECTION_TITLE = re.compile(
    r'<label class="md-nav__title" for="(?P<id>__nav\w*)">\s*<span class="md-nav__icon md-icon"></span>'
    r"(?P<title>.*?)</label>",
    re.S,
)


def on_post_page(output: str, page, config) -> str:
    """Name the search dialog and every icon-only section toggle on the page."""
    if SEARCH_DIALOG not in output:
        raise PluginError(f"{page.file.src_uri}: Materials søgedialog ({SEARCH_DIALOG}) findes ikke længere")
    output = output.replace(SEARCH_DIALOG, f"{SEARCH_DIALOG} {SEARCH_NAME}", 1)
    titles = {match["id"]: plain_text(match["title"]) for match in SECTION_TITLE.finditer(output)}
    return ICON_TOGGLE.sub(lambda match: f'{match[1]} aria-label="{titles[match["id"]]}"{match[3]}', output)


def plain_text(fragment: str) -> str:
    """'  <span>CHIME</span> ' -> 'CHIME', escaped for an attribute."""
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())
    return html.escape(text, quote=True)

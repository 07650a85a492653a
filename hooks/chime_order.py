"""One order of the CHIME themes everywhere: the menu (nav in mkdocs.yml) must follow chime.yml.

The generated lists already follow chime.yml; the nav is written by hand, so the build checks it
(handbook/pages.py: check_nav_order).
"""
from __future__ import annotations

from pathlib import Path

from hooks.plugin import handbook_of, reported
from handbook.pages import check_nav_order


@reported
def on_nav(nav, config, files):
    """Stop the build when the CHIME pages, workshops or exercises in the nav leave chime.yml's order."""
    book = handbook_of(config)
    check_nav_order([page.file.src_uri for page in nav.pages], book.pages, book.data.themes, Path(config.config_file_path).name)
    return nav

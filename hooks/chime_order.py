"""One order of the CHIME themes everywhere: the menu (nav in mkdocs.yml) must follow chime.yml.

The generated lists already follow chime.yml; the nav is written by hand, so the build checks it.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from macros import data as shared_data
from macros import pages


def on_nav(nav, config, files):
    """Stop the build when the CHIME pages, workshops or exercises in the nav leave chime.yml's order."""
    themes = shared_data.load().themes
    metas = pages.read_all(Path(config["docs_dir"]))
    theme_of_page = {t.page: key for key, t in themes.items()}
    theme_of_page |= {w.src: w.theme for w in pages.workshops(metas, themes).values()}
    theme_of_page |= {e.src: e.themes[0] for e in pages.exercises(metas, themes).values()}
    groups = {
        "CHIME-siderne": lambda src: src.startswith("chime/"),
        "workshopsiderne": lambda src: src.startswith(pages.WORKSHOP_DIR + "/"),
        "øvelserne (efter deres første tema)": lambda src: src.startswith(pages.EXERCISE_DIR + "/"),
    }
    order = list(themes)
    for name, belongs in groups.items():
        found = [theme_of_page[p.file.src_uri] for p in nav.pages if belongs(p.file.src_uri) and p.file.src_uri in theme_of_page]
        if found != sorted(found, key=order.index):
            raise PluginError(
                f"mkdocs.yml (nav): {name} skal stå i CHIME-rækkefølgen fra macros/data/chime.yml: "
                f"{', '.join(order)}. Nu: {', '.join(found)}"
            )
    return nav

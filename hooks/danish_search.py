"""Danish search: inflected words find their page ("håbet" finds "håb", "øvelserne" finds "øvelser")."""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

PATCH = Path(__file__).with_name("danish_search.js")
LUNR_DANISH = Path("assets/javascripts/lunr/min/lunr.da.min.js")
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]


def on_config(config):
    """Stop the build unless the search index is Danish and stemmed, which the query patch assumes."""
    search = config.plugins["material/search"].config
    if search.lang != ["da"] or search.pipeline != PIPELINE:
        raise PluginError(f"mkdocs.yml: search skal have lang: da og pipeline: {PIPELINE} (se {PATCH.name})")
    return config


def on_post_build(config):
    """Append the query stemming to the Danish lunr support that Material's search worker loads."""
    target = Path(config.site_dir) / LUNR_DANISH
    if not target.is_file():
        raise PluginError(f"{LUNR_DANISH} findes ikke i det byggede site: har Material flyttet lunr-sprogene?")
    patch = PATCH.read_text(encoding="utf-8")
    text = target.read_text(encoding="utf-8")
    if patch not in text:
        target.write_text(text + patch, encoding="utf-8")

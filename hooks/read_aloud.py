"""Which pages offer "Læs op": pages for residents (those with a "Kort fortalt" box), unless their front matter says otherwise.

The button itself is overrides/partials/read-aloud.html; the reading is docs/assets/javascripts/read-aloud.js.
"""
from __future__ import annotations

from mkdocs.exceptions import PluginError

SWITCH = "read_aloud"
# CONTRIBUTING.md: pages for residents start with this box, in plain language.
SUMMARY_BOX = '!!! abstract "Kort fortalt"'


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Set page.meta['read_aloud'] for the template: the page's own true/false, else whether it has the box."""
    value = page.meta.get(SWITCH, SUMMARY_BOX in markdown)
    if not isinstance(value, bool):
        raise PluginError(f"{page.file.src_uri}: feltet '{SWITCH}' skal være true eller false, ikke {value!r}")
    page.meta[SWITCH] = value
    return markdown

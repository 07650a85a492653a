"""Which pages offer "Læs op": pages for residents (those with a "Kort fortalt" box), unless their front matter says otherwise.

The button itself is overrides/partials/read-aloud.html; the reading is docs/assets/javascripts/read-aloud.js.
The handbook checked that a page's own `read_aloud` is true or false (handbook/pages.py).
"""
from __future__ import annotations

SWITCH = "read_aloud"
# CONTRIBUTING.md: pages for residents start with this box, in plain language.
SUMMARY_BOX = '!!! abstract "Kort fortalt"'


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Set page.meta['read_aloud'] for the template: the page's own true/false, else whether it has the box."""
    page.meta[SWITCH] = page.meta.get(SWITCH, SUMMARY_BOX in markdown)
    return markdown

"""The organisation's settings reach the build: its name, the address (or none: a draft), the contact.

data/organisation.yml holds them; SITE_URL, when set, gives the address instead (see README). The
handbook plugin has read them (handbook/publication.py); this hook hands them to MkDocs and the PDF's cover.
"""
from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from hooks.plugin import handbook_of

log = logging.getLogger("mkdocs.hooks.publication")


@event_priority(110)  # after the handbook plugin, before every other on_config: to-pdf and the PDFs read the name and address
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Set site_url and copyright from the settings; tell the PDF's cover whether this is a draft."""
    book = handbook_of(config)
    config.site_url = book.edition.address
    config.copyright = book.data.organisation.name
    # to-pdf passes config.extra to its cover (printing/templates/cover.html).
    config.extra["draft"] = book.edition.draft
    if book.edition.warning:  # a plain http address works: said in every build, but it stops none (not a warning under --strict)
        log.info(book.edition.warning)
    return config

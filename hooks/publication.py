"""The organisation's settings reach the build: its name, the address (or none: a draft), the contact.

macros/data/organisation.yml holds them; SITE_URL, when set, gives the address instead (see README).
"""
from __future__ import annotations

import os

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from macros import data, publication


@event_priority(110)  # before every other on_config: to-pdf and hooks/pdf.py read the name and address
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Set site_url and copyright from the settings; mark a draft; stop `make publish` when one is missing."""
    organisation = data.organisation()
    edition = publication.edition(organisation, os.environ)
    if os.environ.get(publication.PUBLISH) == "1":
        publication.require_published(edition)
    config.site_url = edition.address
    config.copyright = organisation.name
    # to-pdf passes config.extra to its cover (printing/templates/cover.html): a draft's texts, or nothing.
    config.extra["draft"] = {"mark": publication.DRAFT_MARK, "note": publication.DRAFT_NOTE} if edition.draft else {}
    return config

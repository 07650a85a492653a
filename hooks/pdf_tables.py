"""The whole handbook's tables: header cells get their scope once to-pdf has written the PDF (printing/tables.py).

A hook of its own because it must run after to-pdf, and hooks/pdf.py's on_post_build runs before it.
"""
from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from printing import tables


@event_priority(-100)  # after to-pdf (priority 0) has written the whole handbook
def on_post_build(config: MkDocsConfig) -> None:
    """Give the header cells of the whole handbook's tables their /Scope."""
    # hooks/pdf.py has set HANDBOOK_PDF to exactly "1" or "0" in on_config.
    if os.environ.get("HANDBOOK_PDF") == "1":
        tables.add_header_scopes(Path(config.site_dir) / config.plugins["to-pdf"].config["output_path"])

"""The handbook's pages as the browser tests address them, read from docs/ at collection time."""
from __future__ import annotations

from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"


def page_urls() -> list[str]:
    """Every page as a URL relative to the site root: 'chime/haab.md' -> 'chime/haab.html' (offline build)."""
    return sorted(str(path.relative_to(DOCS).with_suffix(".html")) for path in DOCS.rglob("*.md"))

"""The project's own sources, copied for a test, or a report that builds them elsewhere."""
from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What a build reads: the config, the published addresses, the data, the pages and the code.
PARTS = ("mkdocs.yml", "links.yml", "data", "docs", "handbook", "hooks", "macros", "overrides", "printing", "templates")


def copy(target: Path, source: Path = ROOT) -> Path:
    """Copy the project's sources into target (made if needed) and return it."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source / part, target / part)
    return target

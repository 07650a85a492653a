"""The offline copy as one download: the whole built site in a zip, for a USB stick (works from file://).

The same build gives the same zip: entries sorted, every timestamp from SOURCE_DATE_EPOCH when set.
"""
from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from handbook import paths

# Files only a web server or a developer uses; the copy on a stick is read from its folder.
NOT_FOR_READERS = {"sitemap.xml", "sitemap.xml.gz"}
SOURCE_MAP = ".map"


def zip_time() -> tuple[int, int, int, int, int, int]:
    """The timestamp of every entry: SOURCE_DATE_EPOCH for a reproducible build, else now (zip cannot go before 1980)."""
    epoch = max(int(os.environ.get("SOURCE_DATE_EPOCH", time.time())), 315532800)
    return time.gmtime(epoch)[:6]


def write_zip(site_dir: Path, target: Path) -> None:
    """Zip every file of the built site (but the zip itself) under one folder, in sorted order."""
    stamp = zip_time()
    files = sorted(
        p for p in site_dir.rglob("*")
        if p.is_file() and p != target and p.name not in NOT_FOR_READERS and p.suffix != SOURCE_MAP
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            entry = zipfile.ZipInfo(f"{paths.OFFLINE_FOLDER}/{path.relative_to(site_dir).as_posix()}", stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, path.read_bytes(), compresslevel=9)


@event_priority(-110)  # last: after the PDFs (hooks/pdf.py, to-pdf), so the copy holds them as published
def on_post_build(config: MkDocsConfig) -> None:
    """Write the offline copy where the home page links to it."""
    write_zip(Path(config.site_dir), Path(config.site_dir) / paths.OFFLINE_ZIP)

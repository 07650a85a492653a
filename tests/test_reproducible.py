"""Two builds of the same sources are byte-identical, PDFs included; make site dates them by the last commit."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from pypdf import PdfReader

from conftest import BUILD_EPOCH, ROOT, build, clone
from handbook.paths import PDF_CACHE


def contents(site: Path) -> dict[str, bytes]:
    """Every file of a built site by its path in the site."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_second_build_of_the_same_sources_is_byte_identical(site, tmp_path):
    """A clone (the same files and history, its own empty PDF cache) renders every PDF again: built here, the second
    build would take them all from the first one's cache and compare them with themselves."""
    again = clone(tmp_path / "clone")
    assert not (again / PDF_CACHE).exists()
    result = build(again, tmp_path / "again", SOURCE_DATE_EPOCH=BUILD_EPOCH)
    assert result.returncode == 0, result.stdout + result.stderr
    assert set(re.findall(r"; fra cachen: (\d+)", result.stderr)) == {"0"}, "every PDF was made again, none taken from a cache"
    first, second = contents(site), contents(tmp_path / "again")
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []
    assert any(path.endswith(".pdf") for path in first), "negative control: the PDFs were compared"


def test_the_pdf_dates_and_the_cover_edition_follow_source_date_epoch(site):
    built = datetime.fromtimestamp(int(BUILD_EPOCH), timezone.utc)
    handbook = PdfReader(site / "pdf/peer-haandbogen.pdf")
    assert "Udgave: 14. november 2023" in handbook.pages[0].extract_text()
    assert handbook.xmp_metadata.xmp_create_date == built.replace(tzinfo=None)
    assert handbook.metadata.creation_date == built


def build_time_of_make_site(folder: Path, tmp_path: Path) -> int:
    """The SOURCE_DATE_EPOCH that `make site` in `folder` gives the build (a stand-in mkdocs reports it and makes its
    output folder, which tools/build_site.py swaps in at SITE, here in tmp_path)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / ".build-deps").touch()  # newer than requirements.txt: make installs nothing
    (bin_dir / "python").symlink_to(sys.executable)
    reporter = bin_dir / "mkdocs"
    reporter.write_text('#!/bin/sh\nfor last; do :; done\nmkdir -p "$last"\necho "mkdocs ran with $SOURCE_DATE_EPOCH"\n', encoding="utf-8")
    reporter.chmod(0o755)
    environment = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    result = subprocess.run(
        ["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), "site", f"BIN={bin_dir}", f"SITE={tmp_path / 'site'}"],
        cwd=folder, capture_output=True, text=True, env=environment, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return int(result.stdout.split("mkdocs ran with ", 1)[1].split()[0])


def test_make_site_dates_the_build_by_the_last_commit(tmp_path):
    last_commit = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert build_time_of_make_site(ROOT, tmp_path) == int(last_commit.stdout)


def test_make_site_outside_git_dates_the_build_now(tmp_path):
    folder = tmp_path / "no-git"
    folder.mkdir()
    for name in ("requirements.txt", "pyproject.toml", "tools"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, folder / name)
    before = int(time.time())
    assert before <= build_time_of_make_site(folder, tmp_path) <= int(time.time())

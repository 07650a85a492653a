"""The offline copy is one download: a zip of the whole built site, linked from the home page, the same every build."""
from __future__ import annotations

import zipfile
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import built_page
from hooks import offline_zip
from handbook import paths

EPOCH = 1_790_000_000  # a fixed SOURCE_DATE_EPOCH: 2026-09-21


def zip_from_home_page(site: Path) -> Path:
    """The file the home page's download link points to."""
    soup = BeautifulSoup(built_page(site, "index.md").read_text(encoding="utf-8"), "html.parser")
    link = soup.find("a", string="Hent håndbogen til brug uden internet (zip)")
    assert link is not None and link["type"] == "application/zip"
    return (site / link["href"]).resolve()


def test_home_page_links_to_a_zip_holding_every_page_and_pdf(site):
    archive = zip_from_home_page(site)
    names = zipfile.ZipFile(archive).namelist()
    expected = [p for p in site.rglob("*") if p.suffix in {".html", ".pdf", ".js", ".css", ".json"} and p.suffix != ".map"]
    missing = [str(p.relative_to(site)) for p in expected if f"{paths.OFFLINE_FOLDER}/{p.relative_to(site).as_posix()}" not in names]
    assert missing == []
    assert names == sorted(names) and all(name.startswith(f"{paths.OFFLINE_FOLDER}/") for name in names)
    assert not [name for name in names if name.endswith((".map", ".zip"))]


def test_the_zip_is_the_same_every_time_with_source_date_epoch(site, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    offline_zip.write_zip(site, first)
    offline_zip.write_zip(site, second)
    assert first.read_bytes() == second.read_bytes()
    assert {info.date_time for info in zipfile.ZipFile(first).infolist()} == {(2026, 9, 21, 14, 13, 20)}

"""Danish search in a real browser: inflected words and æ/ø/å find their page, online and offline."""
from __future__ import annotations

import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Page

from conftest import build
from handbook import paths

# (query, the page it must find among the first three, what makes it hard)
QUERIES = [
    ("håbet", "chime/haab.html", "bestemt form; siden skriver 'håb'"),
    ("drømmene", "oevelser/5-ting-jeg-vil-foer-jeg-doer.html", "bestemt flertal; siden skriver 'drømme'"),
    ("identiteten", "chime/identitet.html", "bestemt form; siden skriver 'identitet'"),
    ("fællesskabet", "peer-partnerskabet.html", "bestemt form; siden skriver 'fællesskab'"),
    ("raketter", "oevelser/hjerte-isbjerg-og-raket.html", "flertal; siden skriver 'raket', 'raketten'"),
    ("succesen", "oevelser/succeser-og-naeste-skridt.html", "bestemt ental; siden skriver 'succeser'"),
    ("værdierne", "om-peer-stoette.html", "bestemt flertal; siden skriver 'værdier'"),
    ("handlekraften", "chime/handlekraft.html", "bestemt form; siden skriver 'handlekraft'"),
    ("arbejdspladser", "oevelser/forbundenhed-paa-arbejdspladsen.html", "flertal; siden skriver 'arbejdspladsen'"),
    ("samtalegrupperne", "samtalegruppe.html", "bestemt flertal; siden skriver 'samtalegruppen'"),
    ("jobprofilerne", "jobprofiler/index.html", "bestemt flertal; siden skriver 'jobprofiler'"),
    ("øvelser", "oevelser/index.html", "ordret; gik tabt, da lunrs stemmer blev slået til alene"),
    ("tilværelse", "chime/mening-i-tilvaerelsen.html", "ordret; gik tabt, da lunrs stemmer blev slået til alene"),
    ("tilværel", "chime/mening-i-tilvaerelsen.html", "halvt skrevet ord, mens man taster"),
]
# mkdocs.yml's search pipeline that hooks/danish_search.py relies on.
STEMMED = "pipeline: [trimmer, stopWordFilter, stemmer]"
# Material's result counter before any query has been answered.
WAITING = ["Start søgning", "Indtast søgeord"]
META = "document.querySelector('.md-search-result__meta').textContent.trim()"


def search(page: Page, query: str) -> list[str]:
    """Type the query into Material's search; return the result pages (site paths), best first.

    Material searches on key events, so fill() alone does nothing: the field is emptied with Backspace, which
    takes back any earlier query's results, then the last letter is typed, which sends exactly one query, the
    whole word, and the first answer rendered belongs to it.
    """
    field = page.locator("input.md-search__input")
    field.click()
    field.fill("")
    field.press("Backspace")
    page.wait_for_function(f"waiting => waiting.includes({META})", arg=WAITING)
    field.fill(query[:-1])
    field.press_sequentially(query[-1])
    page.wait_for_function(f"waiting => !waiting.includes({META})", arg=WAITING)
    links = page.locator(".md-search-result__item > a.md-search-result__link")
    urls = links.evaluate_all("links => links.map(link => link.href)")
    return list(dict.fromkeys(site_path(page, url) for url in urls))


def site_path(page: Page, url: str) -> str:
    """'http://127.0.0.1:8/chime/haab.html?h=h%C3%A5b#x' -> 'chime/haab.html', relative to the site root."""
    root = urlsplit(page.evaluate("new URL(__md_scope).href")).path
    return unquote(urlsplit(url).path)[len(root):]


def test_danish_queries_find_their_pages_in_the_top_three(page: Page) -> None:
    """Each query of the table finds its page among the first three results: typed one after the other into
    one page's search, as a reader searches again, so the index is loaded once."""
    page.goto("index.html")
    missed = []
    for query, expected, why in QUERIES:
        found = search(page, query)
        if expected not in found[:3]:
            missed.append(f"'{query}' ({why}): forventede {expected} blandt de tre første, fik {found[:3]}")
    assert missed == []


def test_search_works_in_the_offline_copy(page: Page, site: Path, tmp_path: Path) -> None:
    """The downloaded zip, unpacked and opened from its folder (file://), loads its own search shim and finds inflected words."""
    with zipfile.ZipFile(site / paths.OFFLINE_ZIP) as archive:
        archive.extractall(tmp_path)
    page.goto((tmp_path / paths.OFFLINE_FOLDER / "chime" / "index.html").as_uri())
    shim = page.locator("script[src*='iframe-worker']")
    assert shim.count() == 1, "iframe-worker-shimmen mangler i siden"
    assert shim.evaluate("script => script.src").startswith("file://"), "shimmen skal ligge i sitet selv"
    found = search(page, "håbet")
    assert "chime/haab.html" in found[:3], f"offline-søgning på 'håbet' gav {found[:3]}"
    page.locator(".md-search-result__item > a.md-search-result__link[href*='chime/haab.html']").first.click()
    page.wait_for_url("**/chime/haab.html*")
    assert page.locator("h1").first.inner_text().startswith("Håb")


def test_search_without_the_danish_stemmer_stops_the_build(project_copy: Path, tmp_path: Path) -> None:
    """The query stemming assumes a stemmed Danish index: mkdocs.yml without it does not build."""
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert STEMMED in text, f"{STEMMED!r} står ikke i mkdocs.yml"
    config.write_text(text.replace(STEMMED, "pipeline: [stopWordFilter]"), encoding="utf-8")
    result = build(project_copy, tmp_path / "out", HANDBOOK_PDF="0")
    assert result.returncode != 0
    expected = "mkdocs.yml: search skal have lang: da og pipeline: ['trimmer', 'stopWordFilter', 'stemmer']"
    assert expected in result.stdout + result.stderr

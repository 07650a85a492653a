"""Text from data and front matter is shown as written, never run: a hostile string in every field that reaches a page."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page
from pypdf import PdfReader

from conftest import build, copy_project, failed_build

from .conftest import served
from .test_search import search

HOSTILE = """<script>window.hacked=1</script><img src=x onerror="window.hacked=1"> 'enkelt' "dobbelt\""""
# Markup that may only appear in the built HTML if the hostile string was written raw.
RAW = ["<script>window.hacked", "<img src=x"]
# Fields whose value the build looks up (a page, a source key, a person's kind) or checks as an address
# rather than shows, the glossary's words, which must stay words of the pages to get their explanations,
# and a reference's English parts, which must stay words of the (hostile) reference to be marked.
LOOKED_UP = {"page", "source", "term", "forms", "kind", "address", "english"}
# A title may not hold < or > at all (hooks/titles.py): Material shows long titles in a tooltip as HTML.
TITLE = "Tom & Jerry 'enkelt' \"dobbelt\""
# Front matter: (page, fields to make hostile), covering exercises, workshops and job profiles.
FRONT_MATTER = {
    "oevelser/forbundenhed-i-livet.md": {"title": TITLE, "purpose": HOSTILE, "writing": {"lines": 2, "boxes": [HOSTILE]}},
    "peer-uddannelsen/workshops/haab.md": {"title": TITLE},
    "jobprofiler/peer-medarbejder.md": {"summary": HOSTILE, "byline": f"Udarbejdet af {{gitte}} {HOSTILE}"},
}
SHEET = "pdf/oevelser/forbundenhed-i-livet.pdf"


def hostile(value, key: str = ""):
    """Every text in a YAML value with the hostile string appended, except names the build looks up."""
    if isinstance(value, dict):
        return {k: hostile(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [hostile(item, key) for item in value]
    if isinstance(value, str) and key not in LOOKED_UP:
        return f"{value} {HOSTILE}"
    return value


def make_hostile(project: Path) -> None:
    """Put the hostile string into every data field and the listed front-matter fields of a project copy."""
    for path in (project / "macros/data").glob("*.yml"):
        data = hostile(yaml.safe_load(path.read_text(encoding="utf-8")))
        if path.stem == "glossary":
            data["fjendtlig"] = {"term": HOSTILE, "definition": HOSTILE}
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for src, fields in FRONT_MATTER.items():
        page = project / "docs" / src
        _, front, body = page.read_text(encoding="utf-8").split("---\n", 2)
        meta = {**yaml.safe_load(front), **fields}
        page.write_text("---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items()) + "---\n" + body, encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """The handbook, PDFs included, built with the hostile string in every data field."""
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    make_hostile(project)
    result = build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    """The hostile site served on 127.0.0.1 on a free port."""
    with served(hostile_site) as address:
        yield address


def pages_of(site: Path) -> list[str]:
    """Every built HTML page, as a path under the site."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if "assets" not in p.parts)


def test_the_hostile_string_reaches_the_pages_as_text(hostile_site):
    shown = {src for src in pages_of(hostile_site) if "&lt;script&gt;window.hacked=1&lt;/script&gt;" in (hostile_site / src).read_text(encoding="utf-8")}
    # Negative control: the string really reached every kind of page it is meant to test.
    assert {"ordliste.html", "kilder.html", "samtalegruppe.html", "om-peer-stoette.html", "chime/index.html",
            "oevelser/forbundenhed-i-livet.html", "jobprofiler/peer-medarbejder.html"} <= shown


def test_no_built_page_holds_the_hostile_markup_raw(hostile_site):
    raw = {src: [m for m in RAW if m in (hostile_site / src).read_text(encoding="utf-8")] for src in pages_of(hostile_site)}
    assert {src: found for src, found in raw.items() if found} == {}


def test_markup_in_a_page_title_stops_the_build(project_copy, tmp_path):
    page = project_copy / "docs/oevelser/forbundenhed-i-livet.md"
    page.write_text(page.read_text(encoding="utf-8").replace("title: Forbundenhed i livet", "title: Forbundenhed <b>i livet</b>", 1), encoding="utf-8")
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    assert "oevelser/forbundenhed-i-livet.md: titlen må ikke indeholde < eller >: 'Forbundenhed <b>i livet</b>'" in output


def test_a_title_with_ampersand_and_quotes_is_shown_as_written(page: Page, hostile_url: str):
    page.goto(hostile_url + "oevelser/forbundenhed-i-livet.html")
    assert page.locator("article h1").first.inner_text() == TITLE
    assert page.title().startswith(TITLE)


def test_a_glossary_explanation_shows_the_hostile_definition_as_text(page: Page, hostile_url: str):
    page.goto(hostile_url + "samtalegruppe.html")
    page.locator("article button.glossary-term", has_text="stemmehøring").first.click()
    box = page.locator(".glossary-box").filter(has_text="window.hacked").first
    assert HOSTILE in box.inner_text()
    assert page.evaluate("window.hacked") is None


def test_search_results_show_hostile_titles_and_text_as_text(page: Page, hostile_url: str):
    page.goto(hostile_url + "index.html")
    assert search(page, "dobbelt"), "søgningen fandt ingen sider med den fjendtlige tekst"
    assert page.locator(".md-search-result").filter(has_text="<script>window.hacked=1</script>").count() > 0
    assert page.evaluate("window.hacked") is None


def test_the_sheet_and_the_whole_pdf_print_the_hostile_string_as_text(hostile_site):
    sheet = " ".join(page.extract_text() for page in PdfReader(hostile_site / SHEET).pages)
    assert "<script>window.hacked=1</script>" in sheet
    handbook = " ".join(page.extract_text() for page in PdfReader(hostile_site / "pdf/peer-haandbogen.pdf").pages)
    assert "<script>window.hacked=1</script>" in handbook


def test_nothing_hostile_runs_in_chromium(page: Page, hostile_url: str, hostile_site: Path):
    for src in pages_of(hostile_site):
        page.goto(hostile_url + src)
        word = page.locator("article button.glossary-term").first
        if word.count():
            word.click()
        assert page.evaluate("window.hacked") is None, src
        assert page.locator("img[src='x']").count() == 0, src

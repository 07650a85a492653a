"""What readers see is for readers: Danish throughout, and no notes meant for editors (files, paths)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

# Material's and Python-Markdown's English defaults; the Danish theme translation leaves some in English.
ENGLISH = [
    "Made with", "Material for MkDocs", "Skip to content", "Search", "Previous", "Next", "Table of contents",
    "Back to top", "Copy to clipboard", "Copied to clipboard", "404 - Not found", "Not found", "Jump back to footnote",
    "Type to start searching", "Initializing search", "No matching documents", "Share", "Clear", "Close",
    "Header", "Footer", "Edit this page", "View source", "Last update", "Switch to",
]
ENGLISH_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, ENGLISH)) + r")\b")
# Paths and file names belong to editors: data/sources.yml, docs/chime/haab.md, glossary.yml ...
EDITOR_NOTES = re.compile(r"\b(?:data|handbook|macros|docs|hooks|overrides|templates|printing)/|\b[\w-]+\.(?:ya?ml|md|py)\b")
READER_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder", "value")


def reader_strings(html: str) -> list[str]:
    """Everything a reader can see or hear on a page: its text, its labels and the theme's translations."""
    soup = BeautifulSoup(html, "html.parser")
    config = soup.find("script", id="__config")
    translations = list(json.loads(config.string)["translations"].values()) if config else []
    for hidden in soup(["script", "style"]):
        hidden.decompose()
    labels = [tag[name] for tag in soup.find_all(True) for name in READER_ATTRIBUTES if tag.has_attr(name)]
    return [" ".join(soup.get_text(" ").split()), *labels, *translations]


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[str, list[str]]:
    """The reader's strings of every built HTML page, by its path in the site."""
    return {path.relative_to(site).as_posix(): reader_strings(path.read_text(encoding="utf-8")) for path in sorted(site.rglob("*.html"))}


def test_the_site_has_pages_and_a_404_page(pages):
    assert "404.html" in pages and len(pages) > 20


def test_no_page_shows_an_english_theme_string(pages):
    found = {page: sorted({m for s in strings for m in ENGLISH_WORDS.findall(s)}) for page, strings in pages.items()}
    assert {page: words for page, words in found.items() if words} == {}


def test_no_page_shows_a_file_name_or_a_path_meant_for_editors(pages):
    found = {page: sorted({m.group() for s in strings for m in EDITOR_NOTES.finditer(s)}) for page, strings in pages.items()}
    assert {page: notes for page, notes in found.items() if notes} == {}


def test_no_page_talks_to_editors_about_its_source_texts(pages):
    phrases = re.compile(r"[Kk]ildeteksten|[Kk]ildeteksterne|Ret (?:den|dem|det) dér|hentes fra filen")
    found = {page: sorted({m for s in strings for m in phrases.findall(s)}) for page, strings in pages.items()}
    assert {page: notes for page, notes in found.items() if notes} == {}


def test_no_pdf_shows_an_english_theme_string_or_an_editors_path(site):
    pdfs = sorted((site / "pdf").rglob("*.pdf"))
    assert len(pdfs) > 5, "the handbook, the sheets and the packs"
    found = {}
    for pdf in pdfs:
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
        notes = {m.group() for m in EDITOR_NOTES.finditer(text)} | set(ENGLISH_WORDS.findall(text))
        if notes:
            found[pdf.relative_to(site).as_posix()] = sorted(notes)
    assert found == {}


def test_the_404_page_is_in_danish_and_leads_home(site):
    soup = BeautifulSoup((site / "404.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    assert article.h1.get_text(strip=True) == "Siden findes ikke"
    assert article.find("a", string="Gå til forsiden")["href"].endswith("index.html")


def test_the_checks_catch_what_they_look_for():
    """Negative control: the English footer, a data file name and an editors' note are each found."""
    strings = reader_strings(
        '<p>Made with Material for MkDocs</p><p title="Se data/sources.yml">Ret dem dér</p>'
        '<script id="__config">{"translations": {"search.placeholder": "Search"}}</script>'
    )
    assert {m for s in strings for m in ENGLISH_WORDS.findall(s)} == {"Made with", "Material for MkDocs", "Search"}
    assert {m.group() for s in strings for m in EDITOR_NOTES.finditer(s)} == {"data/", "sources.yml"}

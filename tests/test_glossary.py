"""Glossary help without noise: a term is explained once per page, in body text, never in a heading or link."""
from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import HANDBOOK, ROOT, TRICKY_DEFINITION, built_page

DATA = HANDBOOK.data
TERM_OF = {spelling: t.term for t in DATA.glossary if t.tooltip for spelling in [t.term, *t.forms]}
PAGES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))


def article(site: Path, src: str) -> BeautifulSoup:
    """The main content of the built page whose source is `src`."""
    return BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").select_one("article")


@pytest.mark.parametrize("src", PAGES)
def test_each_term_is_explained_at_most_once_and_never_in_a_heading_or_link(site, src):
    abbrs = article(site, src).find_all("abbr")
    repeated = {term: n for term, n in Counter(TERM_OF.get(a.get_text(), a.get_text()) for a in abbrs).items() if n > 1}
    assert repeated == {}, f"{src}: forklaret mere end én gang: {repeated}"
    misplaced = [a.get_text() for a in abbrs if a.find_parent(["h1", "h2", "h3", "h4", "h5", "h6", "a"])]
    assert misplaced == [], f"{src}: forklaring i en overskrift eller et link: {misplaced}"


def test_a_term_is_explained_where_the_page_first_uses_it_in_body_text(site):
    body = article(site, "jobprofiler/peer-medarbejder.md")
    heading = body.find(id="skaanebehov-for-peer-medarbejder")
    assert heading is not None and heading.find("abbr") is None
    in_body = [s for s in body.find_all(string=True) if "skånebehov" in s.lower() and not s.find_parent(["h2", "a"])]
    assert in_body[0].parent.name == "abbr" and in_body[0].parent["title"]


def test_the_glossary_page_shows_every_term_in_full_without_tooltips(site):
    body = article(site, "ordliste.md")
    assert body.find("abbr") is None
    listed = [dt.get_text(strip=True) for dt in body.find_all("dt")]
    assert sorted(listed) == sorted(t.term for t in DATA.glossary)


def test_a_definition_with_quotes_and_markup_is_escaped_in_the_tooltip(edited_site):
    body = article(edited_site, "samtalegruppe.md")
    abbr = next(a for a in body.find_all("abbr") if a.get_text() == "stemmehøring")
    # Escaped once more than the page text: Material's tooltip puts the title into the page as HTML.
    assert abbr["title"] == html.escape(TRICKY_DEFINITION, quote=False)
    assert body.find("b") is None

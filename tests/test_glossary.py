"""Glossary help without noise: a term is explained once per page, in body text, never in a heading or link,
and links to its entry on the Ordliste, whose address (ordliste.html#key) links.yml keeps."""
from __future__ import annotations

import posixpath
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import HANDBOOK, ROOT, TRICKY_DEFINITION, built_page
from hooks.glossary import marked

DATA = HANDBOOK.data
TERM_OF = {spelling: t.term for spelling, t in HANDBOOK.tooltips.terms.items()}  # "Recovery" too
PAGES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))
MARK = "span.glossary-term"
GLOSSARY = "ordliste.html"


def article(site: Path, src: str) -> BeautifulSoup:
    """The main content of the built page whose source is `src`."""
    return BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").select_one("article")


@pytest.mark.parametrize("src", PAGES)
def test_each_term_is_explained_at_most_once_and_never_in_a_heading_or_link(site, src):
    marks = article(site, src).select(MARK)
    repeated = {term: n for term, n in Counter(TERM_OF.get(m.get_text(), m.get_text()) for m in marks).items() if n > 1}
    assert repeated == {}, f"{src}: forklaret mere end én gang: {repeated}"
    misplaced = [m.get_text() for m in marks if m.find_parent(["h1", "h2", "h3", "h4", "h5", "h6", "a"])]
    assert misplaced == [], f"{src}: forklaring i en overskrift eller et link: {misplaced}"


def test_a_term_is_explained_where_the_page_first_uses_it_in_body_text(site):
    body = article(site, "jobprofiler/peer-medarbejder.md")
    heading = body.find(id="skaanebehov-for-peer-medarbejder")
    assert heading is not None and heading.find("abbr") is None
    in_body = [s for s in body.find_all(string=True) if "skånebehov" in s.lower() and not s.find_parent(["h2", "a"])]
    assert in_body[0].parent.name == "span" and in_body[0].parent["data-definition"]


def test_the_glossary_page_shows_every_term_in_full_bold_with_its_key_as_its_address(site):
    body = article(site, "ordliste.md")
    assert body.select(MARK) == []
    listed = {dt["id"]: dt.strong.get_text(strip=True) for dt in body.find_all("dt") if dt.strong}
    assert listed == {t.key: t.term for t in DATA.glossary}


def test_every_explanation_links_to_its_terms_entry_on_the_ordliste(site):
    ids = {dt["id"] for dt in article(site, "ordliste.md").find_all("dt")}
    wrong = []
    for src in PAGES:
        for mark in article(site, src).select(MARK):
            entry = posixpath.normpath(posixpath.join(posixpath.dirname(src), mark["data-entry"]))
            page, _, key = entry.partition("#")
            term = next(t for t in DATA.glossary if TERM_OF.get(mark.get_text()) == t.term)
            if (page, key) != (GLOSSARY, term.key) or key not in ids:
                wrong.append(f"{src}: {mark.get_text()} -> {mark['data-entry']}")
    assert wrong == []


def test_links_yml_keeps_every_glossary_terms_address():
    locked = HANDBOOK.links.anchors.get(GLOSSARY, ())
    missing = [t.key for t in DATA.glossary if t.key not in locked]
    assert missing == [], f"Skriv ordenes adresser under 'anchors:' i links.yml:\n  {GLOSSARY}:" + "".join(f"\n    - {key}" for key in missing)


def test_a_definition_with_quotes_and_markup_is_kept_as_text_in_its_mark(edited_site):
    body = article(edited_site, "samtalegruppe.md")
    mark = next(m for m in body.select(MARK) if m.get_text() == "stemmehøring")
    # An attribute value, escaped once; glossary.js writes it with textContent, so it is never markup.
    assert mark["data-definition"] == TRICKY_DEFINITION
    assert body.find("b") is None


def test_the_glossary_page_tells_how_to_open_an_explanation_by_touch_and_keyboard_not_only_by_mouse():
    text = " ".join((ROOT / "docs" / "ordliste.md").read_text(encoding="utf-8").split())
    assert [phrase for phrase in ("Tryk på ordet", "Tab-tasten", "Enter", "Esc") if phrase not in text] == []
    assert "musen" not in text


# Where a word is explained, in-process: the page's HTML as Markdown makes it, through the hook's own function.
NOT_EXPLAINED_IN = {
    "box-title": '<div class="admonition abstract"><p class="admonition-title">Recovery</p><p>Om recovery.</p></div>',
    "summary": "<details><summary>Hvad er recovery?</summary><p>Om recovery.</p></details>",
    "table-header": "<table><thead><tr><th>Recovery</th></tr></thead><tbody><tr><td>Om recovery.</td></tr></tbody></table>",
    "footnote": '<p>Om recovery.</p><div class="footnote"><ol><li><p>Om recovery igen.</p></li></ol></div>',
}


@pytest.mark.parametrize("place", NOT_EXPLAINED_IN)
def test_a_word_in_a_box_title_summary_table_header_or_footnote_is_not_explained_there(place):
    soup = BeautifulSoup(marked(NOT_EXPLAINED_IN[place], HANDBOOK.tooltips, "../ordliste.html"), "html.parser")
    marks = soup.select(MARK)
    assert [m.parent.get_text() for m in marks] == ["Om recovery."]  # explained once, in the body text after it
    assert not marks[0].find_parent(["summary", "th"]) and not marks[0].find_parent(class_=["admonition-title", "footnote"])


def test_a_word_that_starts_a_sentence_is_explained_like_the_word_in_lower_case():
    soup = BeautifulSoup(marked("<p>Recovery er en proces. Om recovery.</p>", HANDBOOK.tooltips, "ordliste.html"), "html.parser")
    assert [(m.get_text(), m["data-entry"]) for m in soup.select(MARK)] == [("Recovery", "ordliste.html#recovery")]

"""The official documents (function descriptions 001 and 004) are reproduced as written.

Each job profile is read from the built site and compared sentence by sentence with its source text,
emphasis included. The only differences allowed are the typo corrections listed in CORRECTIONS.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, built_page

# The seeds live beside the project (../shared/seeds in CI); a worktree may sit one level deeper.
SEEDS = next((p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()), None)
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"


@dataclass(frozen=True)
class Document:
    page: str  # the job profile, a path under docs/
    seed: str  # the source text's file name pattern
    body_after: str  # the body starts after the last line that is exactly this
    body_until: str | None  # and ends before the first line that starts with this


DOCUMENTS = {
    "001": Document("jobprofiler/peer-stoette-til-nye-beboere.md", "001_*.txt",
                    "Funktionsbeskrivelse for Peer-støtte til nye beboere på Parkvænget", "Udarbejdet af"),
    "004": Document("jobprofiler/peer-medarbejder.md", "004_*.txt", "Sparringsmøder.....\t6", None),
}

# Every difference between a document and its page: (as the document writes it, as the page writes it).
# Obvious typos only, and citations in the handbook's one citation style. Anything else fails.
CORRECTIONS = {
    "001": [
        ("Peer-støttens funktion:\n", "Peer-støttens funktion\n"),  # a heading, shown without its colon
        ("Formålet med Peer-støtte:\n", "Formålet med Peer-støtte\n"),
        ("den nye beboere på", "den nye beboer på"),  # singular: "den nye beboer"
        ("kan peers-støtten", "kan peer-støtten"),
    ],
    "004": [
        ("(Projekt peer-Støtte: 2018: 2)", "(Projekt Peer-Støtte 2018: 2)"),  # citation style
        ("(Socialstyrelsen 2016: 8 - efter Repper 2013).", "(Socialstyrelsen 2016: 8 – efter Repper 2013)"),
        ("(Socialstyrelsen 2016: 7).", "(Socialstyrelsen 2016: 7)"),
        ("De tidligere beskrevet skånebehov", "De tidligere beskrevne skånebehov"),
        ("*Rolige omgivelse –", "*Rolige omgivelser –"),
        ("udvikle 3 workshop (", "udvikle 3 workshops ("),
        ("til eks. andre medarbejder,", "til eks. andre medarbejdere,"),
        ("eks. sprogbruget i huset", "eks. sprogbrugen i huset"),
        ("for beboerne Parkvænget.", "for beboerne på Parkvænget."),
        ("(underforberedelsen af", "(under forberedelsen af"),
        ("giver ikke sig selv erfaringskompetence", "giver ikke i sig selv erfaringskompetence"),
        ("faglig koordinator for peer-funktionen (og rollen)", "faglig koordinator hvor peer-funktionen (og rollen)"),
        ("stress-udlødere", "stress-udløsere"),
    ],
}

requires_seeds = pytest.mark.skipif(SEEDS is None, reason="the source texts (../shared/seeds) are not beside the project")


def seed_text(key: str) -> str:
    """The source text of document `key`."""
    (path,) = SEEDS.glob(DOCUMENTS[key].seed)
    return path.read_text(encoding="utf-8")


def corrected(key: str, text: str) -> str:
    """The source text with the listed typo corrections, each of which must still be needed."""
    for wrong, right in CORRECTIONS[key]:
        assert text.count(wrong) == 1, f"{key}: correction {wrong!r} does not match the source text exactly once"
        text = text.replace(wrong, right)
    return text


def fold(text: str) -> str:
    """Whitespace folded and the kinds of double quote made one."""
    return " ".join(re.sub(r"[”“„]", '"', text).split())


def sentences(text: str) -> list[str]:
    """A text split after each full stop, colon, question and exclamation mark."""
    return re.split(r"(?<=[.:?!])\s+", fold(text))


def seed_parts(key: str) -> tuple[str, list[str]]:
    """A document's body (list markers and footnote numbers removed) and its footnotes, corrected."""
    doc = DOCUMENTS[key]
    lines = corrected(key, seed_text(key)).splitlines()
    start = max(i for i, line in enumerate(lines) if line.strip() == doc.body_after) + 1
    end = next((i for i, line in enumerate(lines) if doc.body_until and line.startswith(doc.body_until)), len(lines))
    body, notes = [], []
    for line in lines[start:end]:
        text = re.sub(r"^\s*(?:[-•]\s+)", "", line)
        (notes if text and text[0] in SUPERSCRIPTS else body).append(text.lstrip(SUPERSCRIPTS).strip())
    return "\n".join(re.sub(f"[{SUPERSCRIPTS}]", "", line) for line in body), notes


def page_soup(site: Path, key: str) -> BeautifulSoup:
    """The main content of a built job profile, permalink signs and footnote numbers removed."""
    html = built_page(site, DOCUMENTS[key].page).read_text(encoding="utf-8")
    article = BeautifulSoup(html, "html.parser").select_one("article")
    for element in article.select(".headerlink, sup[id^=fnref], .footnote-backref"):
        element.decompose()
    for tag, mark in (("strong", "**"), ("em", "*")):
        for element in article.find_all(tag):
            element.insert_before(mark)
            element.insert_after(mark)
            element.unwrap()
    for element in article.find_all(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol"]):
        element.insert_before("\n")
        element.append("\n")
    return article


def page_parts(site: Path, key: str) -> tuple[str, list[str]]:
    """A job profile's document text (without the handbook's own title, byline, box, PDF link, read-aloud buttons and history) and footnotes."""
    article = page_soup(site, key)
    footnotes = article.select_one(".footnote").extract() if article.select_one(".footnote") else None
    notes = [li.get_text().strip() for li in footnotes.select("li")] if footnotes else []
    for element in article.select("h1, .byline, .admonition.abstract, .page-history, .md-content__button, [data-read-aloud]"):
        element.decompose()
    return article.get_text(), [fold(note) for note in notes]


@requires_seeds
@pytest.mark.parametrize("key", DOCUMENTS)
def test_job_profile_matches_its_document_sentence_by_sentence(site, key):
    seed_body, seed_notes = seed_parts(key)
    page_body, page_notes = page_parts(site, key)
    expected, found = sentences(seed_body), sentences(page_body)
    differences = [line for line in difflib.unified_diff(expected, found, "dokumentet", "siden", n=0, lineterm="")][2:]
    assert differences == [], "\n".join(differences)
    assert page_notes == [fold(note) for note in seed_notes]


def author_line(text: str) -> str:
    """A document's author line: the line starting 'Udarbejdet af', with the date line after it if any."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    at = next(i for i, line in enumerate(lines) if line.casefold().startswith("udarbejdet af"))
    date = lines[at + 1] if at + 1 < len(lines) and lines[at + 1].startswith("d. ") else ""
    return fold(f"{lines[at]} {date}")


@requires_seeds
@pytest.mark.parametrize("key", DOCUMENTS)
def test_job_profile_and_index_keep_the_documents_title_and_author_line(site, key):
    text = seed_text(key)
    title = next(line.strip() for line in text.splitlines() if line.strip())
    article = page_soup(site, key)
    shown = {"title": fold(article.select_one("h1").get_text()), "byline": fold(article.select_one(".byline").get_text()).strip("*")}
    # 004 writes its cover in capitals: there the words must match, in the page's ordinary case.
    same = (lambda a, b: a.casefold() == b.casefold()) if title.isupper() else (lambda a, b: a == b)
    assert same(shown["title"], title), shown["title"]
    assert same(shown["byline"], author_line(text)), shown["byline"]
    index = fold(BeautifulSoup(built_page(site, "jobprofiler/index.md").read_text(encoding="utf-8"), "html.parser").get_text())
    assert shown["byline"] in index

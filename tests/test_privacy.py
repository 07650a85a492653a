"""A resident or participant is named only with their consent: without it, no page, index or PDF names them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from adversarial import PRIVATE
from handbook.data import Person

TEXT_FILES = {".html", ".json", ".xml", ".txt"}


def names(person: Person) -> set[str]:
    """Every form of a person's name the handbook prints: the full name and the first name."""
    return {person.name, person.name.split()[0]}


def pdf_text(path: Path) -> str:
    """All text of a PDF, its metadata included, with words broken over two lines joined again."""
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    text += "\n" + "\n".join(str(value) for value in (reader.metadata or {}).values())
    return re.sub(r"-\s*\n\s*", "-", text.replace("\xad", ""))


def readable_files(site: Path) -> dict[Path, str]:
    """The text of every page, search index, sitemap and PDF of a built site."""
    files = {path: path.read_text(encoding="utf-8") for path in site.rglob("*") if path.suffix in TEXT_FILES}
    files.update({path: pdf_text(path) for path in site.rglob("*.pdf")})
    return files


def where_named(files: dict[Path, str], person: Person) -> list[str]:
    """The files that print any form of the person's name."""
    return sorted(path.name for path, text in files.items() if any(name in text for name in names(person)))


def test_there_are_residents_or_participants_to_protect():
    assert PRIVATE, "people.yml names no resident or participant: the tests below would prove nothing"


# Session-wide, so each is read once also when pytest-xdist runs these tests between other modules' tests.
@pytest.fixture(scope="session")
def with_consent(site) -> dict[Path, str]:
    """The readable files of the real handbook."""
    return readable_files(site)


@pytest.fixture(scope="session")
def without_consent(adversarial_site) -> dict[Path, str]:
    """The readable files of the handbook built without anyone's consent (tests/adversarial.py)."""
    return readable_files(adversarial_site)


@pytest.mark.parametrize("person", PRIVATE, ids=lambda p: p.key)
def test_with_consent_the_name_is_found_on_a_page_and_in_a_pdf(with_consent, person):
    """Negative control: the search below does find a name where the handbook prints it."""
    named = where_named(with_consent, person)
    assert any(name.endswith(".html") for name in named) and any(name.endswith(".pdf") for name in named), named


@pytest.mark.parametrize("person", PRIVATE, ids=lambda p: p.key)
def test_without_consent_the_name_is_nowhere_in_the_site_or_the_pdfs(without_consent, person):
    assert where_named(without_consent, person) == []
    pages = [text for path, text in without_consent.items() if path.suffix == ".html"]
    assert any(person.unnamed in " ".join(text.split()) for text in pages), "named by role instead"

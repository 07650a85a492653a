"""Staff switch 'Læs op' on or off in a page's front matter; no PDF shows the buttons.

A value other than true or false stops the build: tests/test_must_fail.py.
"""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from conftest import READ_ALOUD, built_page
from test_pdf import EXERCISES, TO_PDF, page_texts

TOOLBAR = "[data-read-aloud]"


def has_buttons(site: Path, src: str) -> bool:
    """True when the built page carries the 'Læs op' buttons."""
    return BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").select_one(TOOLBAR) is not None


def test_front_matter_switches_the_button_off_on_a_residents_page_and_on_on_another(edited_site, site):
    """The edited copy set read_aloud in three pages' front matter (conftest.READ_ALOUD)."""
    for src, value in READ_ALOUD.items():
        assert has_buttons(edited_site, src) == (value == "true"), src
        assert has_buttons(site, src) != (value == "true"), f"{src}: the switch changed nothing"  # control: the unedited page
    assert has_buttons(edited_site, "chime/haab.md") and has_buttons(edited_site, "ordliste.md")  # controls: pages the edits left alone


def test_no_pdf_shows_the_read_aloud_buttons(site):
    sheets = [site / f"pdf/{e.src[:-3]}.pdf" for e in EXERCISES.values()]
    for pdf in [site / TO_PDF["output_path"], *sheets]:
        # The buttons side by side; the accessibility statement names them in running text.
        assert "Læs op Læs hele siden op" not in " ".join(" ".join(page_texts(pdf)).split()), pdf.name

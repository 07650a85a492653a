"""Staff switch 'Læs op' on or off in a page's front matter; a wrong value stops the build; no PDF shows the buttons."""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from conftest import build, built_page, failed_build
from test_pdf import EXERCISES, TO_PDF, page_texts

TOOLBAR = "[data-read-aloud]"


def has_buttons(site: Path, src: str) -> bool:
    """True when the built page carries the 'Læs op' buttons."""
    return BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").select_one(TOOLBAR) is not None


def set_front_matter(page: Path, line: str) -> None:
    """Add a line to a page's front matter, starting one if the page has none (as CONTRIBUTING.md shows)."""
    text = page.read_text(encoding="utf-8")
    text = f"---\n{line}\n{text[4:]}" if text.startswith("---\n") else f"---\n{line}\n---\n\n{text}"
    page.write_text(text, encoding="utf-8")


def test_front_matter_switches_the_button_off_on_a_residents_page_and_on_on_another(project_copy, tmp_path):
    set_front_matter(project_copy / "docs/samtalegruppe.md", "read_aloud: false")
    set_front_matter(project_copy / "docs/oevelser/hjerte-isbjerg-og-raket.md", "read_aloud: false")
    set_front_matter(project_copy / "docs/kilder.md", "read_aloud: true")
    out = tmp_path / "out"
    assert build(project_copy, out, HANDBOOK_PDF="0").returncode == 0
    assert not has_buttons(out, "samtalegruppe.md") and not has_buttons(out, "oevelser/hjerte-isbjerg-og-raket.md")
    assert has_buttons(out, "kilder.md")
    assert has_buttons(out, "chime/haab.md") and has_buttons(out, "ordliste.md")  # controls


def test_a_read_aloud_value_other_than_true_or_false_stops_the_build(project_copy, tmp_path):
    set_front_matter(project_copy / "docs/chime/haab.md", "read_aloud: ja")
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    assert "chime/haab.md: feltet 'read_aloud' skal være true eller false, ikke 'ja'" in output


def test_no_pdf_shows_the_read_aloud_buttons(site):
    sheets = [site / f"pdf/{e.src[:-3]}.pdf" for e in EXERCISES.values()]
    for pdf in [site / TO_PDF["output_path"], *sheets]:
        # The buttons side by side; the accessibility statement names them in running text.
        assert "Læs op Læs hele siden op" not in " ".join(" ".join(page_texts(pdf)).split()), pdf.name

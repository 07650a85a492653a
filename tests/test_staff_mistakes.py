"""Mistakes staff make while editing YAML and Markdown stop the build with a Danish message, or simply work."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, build, built_page
from conftest import failed_build as build_failing
from test_must_fail import edit, failed_build

from macros import data as shared_data


def line_of(path: Path, text: str, occurrence: int = 1) -> int:
    """The 1-based line number of the n-th line of a file that is exactly `text`."""
    numbers = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if line == text]
    return numbers[occurrence - 1]


def test_a_key_written_twice_in_a_data_file_names_file_both_lines_and_the_fix(project_copy, tmp_path):
    people = project_copy / "macros/data/people.yml"
    people.write_text(people.read_text(encoding="utf-8") + "joy:\n  role: peer\n  name: Joy Anden\n", encoding="utf-8")
    output = failed_build(project_copy, tmp_path)
    first, again = line_of(people, "joy:"), line_of(people, "joy:", 2)
    assert f"people.yml, linje {again}: nøglen 'joy' står to gange (første gang i linje {first})" in output
    assert "Giv den ene et andet navn, eller slet den, du ikke vil have." in output


def test_a_field_written_twice_inside_a_data_entry_fails(project_copy, tmp_path):
    edit(project_copy / "macros/data/sources.yml", "\n  short:", "\n  short: Dublet\n  short:")
    assert re.search(r"sources\.yml, linje \d+: nøglen 'short' står to gange", failed_build(project_copy, tmp_path))


def test_a_key_written_twice_in_front_matter_names_the_page_and_its_line(project_copy, tmp_path):
    page = project_copy / "docs/oevelser/forbundenhed-i-livet.md"
    edit(page, "themes: [forbundenhed]\n", "themes: [forbundenhed]\ntitle: Forbundenhed\n")
    output = failed_build(project_copy, tmp_path)
    assert "oevelser/forbundenhed-i-livet.md, linje 4: nøglen 'title' står to gange (første gang i linje 2)" in output


def test_two_glossary_entries_for_the_same_word_fail(project_copy, tmp_path):
    glossary = project_copy / "macros/data/glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "lub-igen:\n  term: LUB\n  definition: Noget andet.\n", encoding="utf-8")
    output = failed_build(project_copy, tmp_path)
    assert "glossary.yml: ordet 'LUB' står både under 'lub' og under 'lub-igen'; et ord kan kun have én forklaring." in output


def test_a_glossary_form_that_is_another_entrys_form_fails(project_copy, tmp_path):
    glossary = project_copy / "macros/data/glossary.yml"
    extra = "tovholder-igen:\n  term: tovholderen\n  definition: Noget andet.\n  forms: [tovholdere]\n"
    glossary.write_text(glossary.read_text(encoding="utf-8") + extra, encoding="utf-8")
    output = failed_build(project_copy, tmp_path)
    assert "glossary.yml: ordet 'tovholdere' står både under 'tovholder' og under 'tovholder-igen'" in output


def test_an_exercise_without_themes_fails(project_copy, tmp_path):
    edit(project_copy / "docs/oevelser/forbundenhed-i-livet.md", "themes: [forbundenhed]", "themes: []")
    output = failed_build(project_copy, tmp_path)
    assert "oevelser/forbundenhed-i-livet.md: 'themes' er tom; skriv mindst ét tema, fx themes: [haab]" in output


def test_an_exercise_with_the_same_theme_twice_fails(project_copy, tmp_path):
    edit(project_copy / "docs/oevelser/hjerte-isbjerg-og-raket.md", "themes: [haab]", "themes: [haab, haab]")
    output = failed_build(project_copy, tmp_path)
    assert "oevelser/hjerte-isbjerg-og-raket.md: temaet haab står flere gange under 'themes'; skriv hvert tema én gang" in output


@pytest.mark.parametrize("src", ["oevelser/forbundenhed-i-livet.md", "peer-uddannelsen/workshops/haab.md"])
def test_a_page_saved_with_a_byte_order_mark_builds_as_usual(project_copy, tmp_path, src):
    page = project_copy / "docs" / src
    page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes())
    data = project_copy / "macros/data/people.yml"
    data.write_bytes(b"\xef\xbb\xbf" + data.read_bytes())
    result = build(project_copy, tmp_path / "out", HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    title = re.search(r"^title: (.+)$", page.read_text(encoding="utf-8-sig"), re.MULTILINE)[1]
    assert title in built_page(tmp_path / "out", src).read_text(encoding="utf-8")


def test_literal_curly_brackets_in_prose_point_to_contributing(project_copy, tmp_path):
    page = project_copy / "docs/samtalegruppe.md"
    edit(page, "## Fokus", "Skriv {{ her\n\n## Fokus")
    output = failed_build(project_copy, tmp_path)
    assert f"Fejl i samtalegruppe.md, linje {line_of(page, 'Skriv {{ her')}" in output
    assert "CONTRIBUTING.md, afsnittet »Krøllede parenteser i almindelig tekst«" in output


def test_contributing_has_the_section_the_error_message_names():
    headings = re.findall(r"^## (.+)$", (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert "Krøllede parenteser i almindelig tekst" in headings


def test_the_way_contributing_says_to_write_curly_brackets_builds(project_copy, tmp_path):
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8").split("## Krøllede parenteser i almindelig tekst", 1)[1]
    example = re.search(r"```markdown\n(.*?)```", contributing, re.DOTALL)[1]
    page = project_copy / "docs/samtalegruppe.md"
    edit(page, "## Fokus", f"{example}\n## Fokus")
    result = build(project_copy, tmp_path / "out", HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "{{" in built_page(tmp_path / "out", "samtalegruppe.md").read_text(encoding="utf-8")


def test_a_missing_image_in_the_whole_pdf_names_the_page_and_the_file(project_copy, tmp_path):
    with (project_copy / "docs/chime/haab.md").open("a", encoding="utf-8") as page:
        page.write('\n<img src="../assets/images/mangler.png" alt="Et billede, der mangler">\n')
    output = build_failing(project_copy, tmp_path)
    assert "Hele håndbogen som PDF: chime/haab.md: WeasyPrint kan ikke bruge det: Failed to load image at" in output
    assert "assets/images/mangler.png" in output


@pytest.mark.parametrize(
    ("file", "after", "message"),
    [
        ("people.yml", "  name: Joy Nielsen\n", "people.yml: 'joy' har ukendte felter ['email']; ret stavningen eller slet dem (tilladte felter: kind, role, name)"),
        ("glossary.yml", "  term: LUB\n", "glossary.yml: 'lub' har ukendte felter ['email']; ret stavningen eller slet dem (tilladte felter: term, definition, forms, tooltip)"),
        ("sources.yml", "  short: Socialstyrelsen 2016\n", "sources.yml: 'socialstyrelsen-2016' har ukendte felter ['email']"),
    ],
)
def test_an_unknown_field_in_a_data_file_names_file_key_and_field(project_copy, tmp_path, file, after, message):
    edit(project_copy / "macros/data" / file, after, after + "  email: x@example.org\n")
    assert message in failed_build(project_copy, tmp_path)


def test_an_english_part_of_a_reference_must_be_written_as_in_the_reference(tmp_path):
    """sources.yml's english: a part not found word for word in its reference stops the build (it would not be read in English)."""
    data = tmp_path / "data"
    data.mkdir()
    for path in (ROOT / "macros/data").glob("*.yml"):
        (data / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    edit(data / "sources.yml", "narrative\n      synthesis", "narative\n      synthesis")
    with pytest.raises(shared_data.HandbookError, match="sources.yml: 'leamy-2011': den engelske tekst .* står ikke ordret i reference"):
        shared_data.load(data)

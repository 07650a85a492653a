"""The messages reach staff where they work: a real `mkdocs build --strict` (make site, CI) stops and prints them.

The messages themselves are tested in-process (test_must_fail.py, test_staff_mistakes.py); these few
builds prove that each kind gets through to the terminal, with no Python traceback in the way.
The preview (make serve) is tested in test_preview.py, `make publish` in test_publication.py. That an
unbroken copy builds is shown by the shared copies (conftest.edited_site, adversarial_site).
"""
from __future__ import annotations

import pytest

from conftest import edit, failed_build, line_of
from macros.page_error import CURLY_BRACKETS_HELP

pytestmark = pytest.mark.build


def test_a_data_file_mistake_stops_the_build_naming_the_file_and_line_without_a_traceback(project_copy, tmp_path):
    people = project_copy / "data/people.yml"
    edit(people, "  name: Joy Nielsen\n", "  name: Joy Nielsen\n  email: x@example.org\n")
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    assert f"ERROR   -  data/people.yml, linje {line_of(people, '  email: x@example.org')}: ukendt felt 'email' i 'joy'." in output
    assert "Traceback" not in output


def test_a_macro_error_names_the_page_and_its_line(project_copy, tmp_path):
    page = project_copy / "docs/samtalegruppe.md"
    edit(page, "## Fokus", "## Fokus {{ fokus_tekst }}")
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    assert f"Fejl i docs/samtalegruppe.md, linje {line_of(page, '## Fokus {{ fokus_tekst }}')}" in output
    assert "'fokus_tekst' is undefined" in output and CURLY_BRACKETS_HELP in output


def test_a_dead_link_and_a_dead_anchor_both_stop_the_build(project_copy, tmp_path):
    """MkDocs' own validation (strict: true, validation: in mkdocs.yml) names both in one build."""
    edit(project_copy / "docs/index.md", "(samtalegruppe.md)", "(samtalegrupper.md)")
    edit(project_copy / "docs/om-peer-stoette.md", "peer-medarbejder.md#peer-faglighed", "peer-medarbejder.md#peerfaglighed")
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    assert "'index.md' contains a link 'samtalegrupper.md'" in output
    assert "'om-peer-stoette.md' contains a link 'jobprofiler/peer-medarbejder.md#peerfaglighed'" in output


@pytest.mark.slow
def test_a_missing_image_in_the_whole_pdf_names_the_page_and_the_file(project_copy, tmp_path):
    """WeasyPrint's problem in the second process reaches the terminal, naming the page (printing/handbook_problems.py)."""
    with (project_copy / "docs/chime/haab.md").open("a", encoding="utf-8") as page:
        page.write('\n<img src="../assets/images/mangler.png" alt="Et billede, der mangler">\n')
    output = failed_build(project_copy, tmp_path)
    assert "Hele håndbogen som PDF: chime/haab.md: WeasyPrint kan ikke bruge det: Failed to load image at" in output
    assert "assets/images/mangler.png" in output


def test_a_stray_file_in_docs_stops_the_build_naming_it(project_copy, tmp_path):
    """hooks/publish.py refuses it before any page is written (handbook/publishing.py: the allow-list)."""
    (project_copy / "docs/deltagerliste.csv").write_text("navn;telefon\nJoy;12345678\n", encoding="utf-8")
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    assert "ERROR   -  docs/deltagerliste.csv: kun sider (.md), håndbogens egne filer og billeder, som en side viser, bliver udgivet." in output
    assert "Traceback" not in output


def test_raw_html_that_runs_code_stops_the_build_naming_the_page_and_its_line(project_copy, tmp_path):
    page = project_copy / "docs/chime/haab.md"
    with page.open("a", encoding="utf-8") as text:
        text.write('\n<img src="x.png" alt="" onerror="alert(1)">\n')
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    line = line_of(page, '<img src="x.png" alt="" onerror="alert(1)">')
    assert f"ERROR   -  docs/chime/haab.md, linje {line}: siden har attributten onerror= på et <img>-element" in output
    assert "Traceback" not in output

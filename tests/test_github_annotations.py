"""In GitHub Actions, a message to staff also appears on its file and line (workflow annotations); elsewhere nothing extra is printed."""
from __future__ import annotations

import io

import pytest

from conftest import load_error, edit, line_of
from handbook import github


def test_an_error_in_github_actions_is_an_annotation_on_its_file_and_line(project_copy):
    people = project_copy / "data/people.yml"
    edit(people, "  name: Joy Nielsen\n", "  name: Joy Nielsen\n  email: x@example.org\n")
    out = io.StringIO()
    github.error(load_error(project_copy), {"GITHUB_ACTIONS": "true"}, out)
    line = line_of(people, "  email: x@example.org")
    assert out.getvalue() == (
        f"::error file=data/people.yml,line={line},title=Håndbogen kan ikke bygges::ukendt felt 'email' i 'joy'. "
        "Ret stavningen, eller slet feltet. Gyldige felter: kind, role, name\n"
    )


def test_outside_github_actions_no_annotation_is_printed(project_copy):
    edit(project_copy / "data/people.yml", "  name: Joy Nielsen\n", "  name: Joy Nielsen\n  email: x@example.org\n")
    out = io.StringIO()
    github.error(load_error(project_copy), {}, out)
    github.error(load_error(project_copy), {"GITHUB_ACTIONS": "false"}, out)
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    ("message", "file", "expected"),
    [
        ("to linjer\nog 100%", "docs/a.md", "::warning file=docs/a.md::to linjer%0Aog 100%25"),
        ("kolon: og, komma", "docs/a, b: c.md", "::warning file=docs/a%2C b%3A c.md::kolon: og, komma"),
        ("uden fil", "", "::warning::uden fil"),
    ],
)
def test_an_annotation_keeps_line_breaks_and_special_characters_intact(message, file, expected):
    assert github.command("warning", message, file) == expected

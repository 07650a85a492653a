"""A page copied from its template, as CONTRIBUTING.md says, needs no other file touched: the menu, links.yml and
every test that reads the built site take it as it is (no test lists today's content as the only content)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUILD_EPOCH, BUILT_SITE, ROOT, build, build_environment, clone

pytestmark = [pytest.mark.build, pytest.mark.slow]

# Each template, where CONTRIBUTING.md says to copy it, and the lines staff fill in (old -> new).
NEW_PAGES = {
    "docs/oevelser/en-ny-oevelse.md": ("templates/oevelse.md", {"title: Øvelsens navn": "title: En ny øvelse"}),
    "docs/chime/et-nyt-tema.md": ("templates/tema.md", {"# Temaets navn": "# Et nyt tema"}),
    # No source describes a workshop about identitet, so test_claims.py rightly stops one named so: a neutral name.
    "docs/peer-uddannelsen/workshops/en-ny-workshop.md": ("templates/workshop.md", {"Workshop om temaets navn": "En ny workshop"}),
    "docs/jobprofiler/en-ny-rolle.md": ("templates/jobprofil.md", {"# Dokumentets egen titel": "# En ny rolle", "titel {joy}": "Peer-mentor {joy}"}),
}


def add_from_templates(project: Path) -> None:
    """Copy each template to its new page and fill in its name, touching no other file."""
    for target, (template, filled) in NEW_PAGES.items():
        text = (ROOT / template).read_text(encoding="utf-8")
        for old, new in filled.items():
            assert old in text, f"{old!r} not in {template}"
            text = text.replace(old, new)
        (project / target).write_text(text, encoding="utf-8")


def test_pages_copied_from_the_templates_build_and_pass_every_test_of_the_built_site_untouched(tmp_path):
    project = clone(tmp_path / "project")
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file() and ".git" not in path.parts}
    add_from_templates(project)
    # Saved into git, as the editor does and CONTRIBUTING.md says (a job profile's "Senest ændret" comes from git).
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@eksempel.dk"]
    subprocess.run([*git, "add", "docs"], cwd=project, check=True)
    subprocess.run([*git, "commit", "--quiet", "-m", "Add pages from the templates"], cwd=project, check=True)
    result = build(project, tmp_path / "site", SOURCE_DATE_EPOCH=BUILD_EPOCH)
    assert result.returncode == 0, result.stdout + result.stderr
    changed = sorted(path.relative_to(project).as_posix() for path, data in before.items() if path.read_bytes() != data)
    assert changed == ["links.yml"], "the build records the new addresses; nothing else is touched"
    lock = (project / "links.yml").read_text(encoding="utf-8")
    assert all(f"  - {target[len('docs/'):-len('.md')]}.html\n" in lock for target in NEW_PAGES)
    assert "  jobprofiler/en-ny-rolle.html:\n    - dokumentets-foerste-overskrift\n" in lock
    # The tests' own assumptions, run on the copy: every in-process test and every test of the built site, which is the
    # build above (the `site` fixture's command on the copy: made once, not again).
    environment = {**build_environment(project, own_code=True, env={}), "PYTHONUNBUFFERED": "1", BUILT_SITE: str(tmp_path / "site")}
    for outer in ("HANDBOOK_TESTS_WITHOUT_BUILDS", "PYTEST_ADDOPTS"):  # the outer run's choices are not the copy's
        environment.pop(outer, None)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "(site or not build) and not browser and not slow",
         # It runs the Makefile's installer as another user, who cannot enter this test's private temporary folder.
         "--deselect", "tests/test_fresh_debian.py::test_ensure_debs_as_a_normal_user_says_the_one_line_to_run",
         # It builds the copy again to compare two builds byte for byte: the new pages are made by the macros and hooks that
         # make today's pages, whose builds the main run compares.
         "--deselect", "tests/test_reproducible.py::test_a_second_build_of_the_same_sources_is_byte_identical"],
        cwd=project, env=environment, capture_output=True, text=True, timeout=1200,
    )
    assert tests.returncode == 0, tests.stdout[-6000:] + tests.stderr[-3000:]

"""A page copied from its template, as CONTRIBUTING.md says, needs no other file touched: the menu, links.yml and
every test that reads the built site take it as it is (no test lists today's content as the only content)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUILD_EPOCH, ROOT, build, build_environment, copy_project

pytestmark = [pytest.mark.build, pytest.mark.slow]

# Each template, where CONTRIBUTING.md says to copy it, and the lines staff fill in (old -> new).
NEW_PAGES = {
    "docs/oevelser/en-ny-oevelse.md": ("templates/oevelse.md", {"title: Øvelsens navn": "title: En ny øvelse"}),
    "docs/chime/et-nyt-tema.md": ("templates/tema.md", {"# Temaets navn": "# Et nyt tema"}),
    "docs/peer-uddannelsen/workshops/om-identitet.md": ("templates/workshop.md", {"Workshop om temaets navn": "Workshop om identitet"}),
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
    project = copy_project(tmp_path / "project")
    shutil.copytree(ROOT / "tests", project / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pytest.ini", project / "pytest.ini")
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}
    add_from_templates(project)
    result = build(project, tmp_path / "site", SOURCE_DATE_EPOCH=BUILD_EPOCH)
    assert result.returncode == 0, result.stdout + result.stderr
    changed = sorted(path.relative_to(project).as_posix() for path, data in before.items() if path.read_bytes() != data)
    assert changed == ["links.yml"], "the build records the new addresses; nothing else is touched"
    lock = (project / "links.yml").read_text(encoding="utf-8")
    assert all(f"  - {target[len('docs/'):-len('.md')]}.html\n" in lock for target in NEW_PAGES)
    assert "  jobprofiler/en-ny-rolle.html:\n    - dokumentets-foerste-overskrift\n" in lock
    # The tests' own assumptions, run on the copy: every in-process test and every test of the built site.
    environment = {**build_environment(project, own_code=True, env={}), "PYTHONUNBUFFERED": "1"}
    environment.pop("HANDBOOK_TESTS_WITHOUT_BUILDS", None)
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "(site or not build) and not browser and not slow"],
        cwd=project, env=environment, capture_output=True, text=True, timeout=1200,
    )
    assert tests.returncode == 0, tests.stdout[-6000:] + tests.stderr[-3000:]

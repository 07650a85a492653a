"""Each job profile says when it last changed and, on request, how: from git, in Danish, also without git."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, build, built_page
from handbook.strings import STRINGS
from hooks import history

JOB_PROFILES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs/jobprofiler").glob("*.md") if p.name != "index.md")
MONTHS = "januar februar marts april maj juni juli august september oktober november december".split()


def git(folder: Path, *args: str, when: str = "2026-01-01T12:00:00") -> str:
    """Run git as a test author at a fixed time; return its output."""
    env = {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "PATH": "/usr/bin:/bin", "HOME": str(folder)}
    command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, check=True).stdout


def danish(iso_date: str) -> str:
    """'2026-03-05' -> '5. marts 2026'."""
    year, month, day = (int(part) for part in iso_date.split("-"))
    return f"{day}. {MONTHS[month - 1]} {year}"


def page_history(site: Path, src: str) -> tuple[str, list[str]]:
    """The 'Senest ændret' line under a built page and the lines of its change history."""
    aside = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").find("aside", class_="page-history")
    assert aside is not None, f"{src}: ingen 'Senest ændret' under siden"
    return " ".join(aside.p.get_text().split()), [" ".join(li.get_text().split()) for li in aside.select("details li")]


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_every_job_profile_shows_when_it_last_changed_and_every_change(site, src):
    dates = git(ROOT, "log", "--follow", "--format=%cs", "--", f"docs/{src}").split()
    last, changes = page_history(site, src)
    assert last == f"Senest ændret {danish(dates[0])}"
    assert [line.split(":")[0] for line in changes] == [danish(d) for d in dates]


def test_other_pages_show_no_history(site):
    assert BeautifulSoup(built_page(site, "chime/haab.md").read_text(encoding="utf-8"), "html.parser").find(class_="page-history") is None


def test_a_copy_without_git_history_builds_and_says_so(edited_site):
    assert page_history(edited_site, JOB_PROFILES[0]) == (STRINGS.history_no_git, [])


def test_history_shows_the_danish_trailer_never_the_english_subject_and_follows_a_rename(tmp_path):
    page = tmp_path / "side.md"
    page.write_text("# Side\n", encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "side.md")
    git(tmp_path, "commit", "-qm", "Add the page", "-m", "Historik: Første udgave <b>fra</b> mødet.", when="2026-03-05T12:00:00")
    git(tmp_path, "mv", "side.md", "ny-side.md")
    git(tmp_path, "commit", "-qm", "Rename the page", when="2026-11-23T12:00:00")
    changes = history.read(tmp_path / "ny-side.md").changes
    assert [(c.danish_date, c.note) for c in changes] == [
        ("23. november 2026", "Siden er ændret."),
        ("5. marts 2026", "Første udgave <b>fra</b> mødet."),
    ]


def test_a_page_not_yet_committed_says_so(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "ny.md").write_text("# Ny\n", encoding="utf-8")
    assert history.read(tmp_path / "ny.md") == history.History((), STRINGS.history_not_committed)
    git(tmp_path, "commit", "-q", "--allow-empty", "-m", "Start")
    assert history.read(tmp_path / "ny.md") == history.History((), STRINGS.history_not_committed)


@pytest.mark.build
def test_a_trailer_reaches_the_page_escaped(project_copy, tmp_path):
    git(project_copy, "init", "-q")
    git(project_copy, "add", "-A")
    git(project_copy, "commit", "-qm", "Import", "-m", "Historik: Tiden er rettet <script>alert(1)</script>.", when="2026-02-01T12:00:00")
    assert build(project_copy, tmp_path / "out", HANDBOOK_PDF="0").returncode == 0
    page = built_page(tmp_path / "out", JOB_PROFILES[0]).read_text(encoding="utf-8")
    assert "Tiden er rettet &lt;script&gt;alert(1)&lt;/script&gt;." in page and "<script>alert(1)" not in page
    assert page_history(tmp_path / "out", JOB_PROFILES[0]) == ("Senest ændret 1. februar 2026", ["1. februar 2026: Tiden er rettet <script>alert(1)</script>."])


@pytest.mark.build
def test_a_shallow_clone_builds_and_shows_no_wrong_dates(project_copy, tmp_path):
    """CI may clone with --depth 1: the build goes on, and no page shows the clone's date as its change."""
    git(project_copy, "init", "-q")
    for when in ("2026-01-01T12:00:00", "2026-02-01T12:00:00"):
        git(project_copy, "commit", "-q", "--allow-empty", "-m", "Step", when=when)
    git(project_copy, "add", "-A")
    git(project_copy, "commit", "-qm", "Import", when="2026-03-01T12:00:00")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", project_copy.as_uri(), str(clone))
    assert build(clone, tmp_path / "out", HANDBOOK_PDF="0").returncode == 0
    page = built_page(tmp_path / "out", JOB_PROFILES[0]).read_text(encoding="utf-8")
    assert STRINGS.history_shallow in page and "1. marts 2026" not in page

"""Each job profile shows its document's own date, when its text last changed and, on request, how: from git, in Danish, also without git."""
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


def commit(folder: Path, text: str, when: str, *trailer: str) -> None:
    """Write side.md and commit it at `when`, with an optional 'Historik:' trailer."""
    (folder / "side.md").write_text(text, encoding="utf-8")
    git(folder, "add", "side.md")
    git(folder, "commit", "-qm", "Edit the page", *(("-m", f"Historik: {trailer[0]}") if trailer else ()), when=when)


def danish(iso_date: str) -> str:
    """'2026-03-05' -> '5. marts 2026'."""
    year, month, day = (int(part) for part in iso_date.split("-"))
    return f"{day}. {MONTHS[month - 1]} {year}"


def page_history(site: Path, src: str) -> tuple[str, list[str]]:
    """The 'Senest ændret' line under a built page and the lines of its change history."""
    aside = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").find("aside", class_="page-history")
    assert aside is not None, f"{src}: ingen 'Senest ændret' under siden"
    last = aside.select_one(".page-version") or aside.select("p:not(.review)")[-1]  # the review dates follow the history
    return " ".join(last.get_text().split()), [" ".join(li.get_text().split()) for li in aside.select("details li")]


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_every_job_profile_shows_when_its_text_last_changed_and_each_change_once(site, src):
    dates = git(ROOT, "log", "--follow", "--format=%cs", "--", f"docs/{src}").split()
    last, changes = page_history(site, src)
    assert changes and len(changes) == len(set(changes)), changes
    assert last == f"Senest ændret {changes[0].split(':')[0]}"
    assert {line.split(":")[0] for line in changes} <= {danish(d) for d in dates}
    assert changes[-1].endswith(STRINGS.history_first_note) or "Historik" in git(ROOT, "log", "--follow", "--format=%B", "--", f"docs/{src}")


def test_a_dated_document_shows_its_own_date_first(site):
    aside = BeautifulSoup(built_page(site, "jobprofiler/peer-stoette-til-nye-beboere.md").read_text(encoding="utf-8"), "html.parser").find("aside", class_="page-history")
    first = aside.find("p")
    assert " ".join(first.get_text().split()) == "Dokumentets dato: 27. maj 2021"
    assert first.time["datetime"] == "2021-05-27"
    undated = BeautifulSoup(built_page(site, "jobprofiler/peer-medarbejder.md").read_text(encoding="utf-8"), "html.parser")
    assert undated.select_one(".page-history .document-date") is None  # the document gives no date: none is made up


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("Udarbejdet af {jakob}, d. 27. maj 2021.", "2021-05-27"), ("Udarbejdet af {gitte}", None), ("Udarbejdet 3. marts", None)],
)
def test_the_documents_date_is_read_from_its_author_line(byline, expected):
    found = history.document_date(byline)
    assert (found.isoformat() if found else None) == expected


def test_only_changes_of_the_text_are_listed_each_date_and_note_once(tmp_path):
    git(tmp_path, "init", "-q")
    commit(tmp_path, '---\nbyline: "Udarbejdet af {joy}"\n---\n# Side\n\nTekst.\n', "2026-03-05T12:00:00")
    box = '!!! abstract "Kort fortalt"\n\n    Hjælp til læseren.\n\n'
    commit(tmp_path, '---\nbyline: "Udarbejdet af {joy}"\nsummary: Ny\n---\n# Side\n\n' + box + "Tekst.\n", "2026-04-01T12:00:00")
    commit(tmp_path, '---\nbyline: "Udarbejdet af {joy}"\nsummary: Ny\n---\n# Side\n\n' + box + "**Tekst.**\n{: .x }\n", "2026-05-01T12:00:00")
    commit(tmp_path, '---\nbyline: "Udarbejdet af {joy}"\nsummary: Ny\n---\n# Side\n\n' + box + "Tekst, rettet.\n", "2026-06-01T10:00:00")
    commit(tmp_path, '---\nbyline: "Udarbejdet af {janick}"\nsummary: Ny\n---\n# Side\n\n' + box + "Tekst, rettet.\n", "2026-06-01T11:00:00")
    commit(tmp_path, '---\nbyline: "Udarbejdet af {janick}"\nsummary: Ny\n---\n# Side\n\n' + box + "Tekst, rettet igen.\n", "2026-07-01T12:00:00", "Et ord er rettet.")
    changes = history.read(tmp_path / "side.md").changes
    # April (the box, the front matter) and May (bold, an attribute list) changed no text; June twice is one line.
    assert [(c.danish_date, c.note) for c in changes] == [
        ("1. juli 2026", "Et ord er rettet."),
        ("1. juni 2026", STRINGS.history_no_note),
        ("5. marts 2026", STRINGS.history_first_note),
    ]


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
    (tmp_path / "ny-side.md").write_text("# Side\n\nMere tekst.\n", encoding="utf-8")
    git(tmp_path, "commit", "-qam", "Add a sentence", when="2026-11-24T12:00:00")
    changes = history.read(tmp_path / "ny-side.md").changes
    # The rename changed no text; the sentence added after it did, and the history goes back past the rename.
    assert [(c.danish_date, c.note) for c in changes] == [
        ("24. november 2026", "Siden er ændret."),
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


def test_an_author_line_written_with_or_without_quotes_is_the_same_text():
    """The web editor saves front matter its own way ('byline: Udarbejdet af …' without quotes): no change for readers."""
    page = "---\nsummary: Rollen\nbyline: {}\n---\n\n# Titel\n\nTekst.\n"
    quoted, plain = history.reader_text(page.format('"Udarbejdet af {gitte}"')), history.reader_text(page.format("Udarbejdet af {gitte}"))
    assert quoted == plain and "Udarbejdet af" in plain
    assert history.reader_text(page.format("Udarbejdet af {joy}")) != plain  # the control: another author is a change

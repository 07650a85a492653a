"""A failed or interrupted build keeps the last good site/ (tools/build_site.py, as make site and make publish run it).

MkDocs empties its output folder first: before, a broken page or Ctrl+C after a few seconds left site/
half-empty (105 files missing). These builds run the real command on a copy, PDFs off to keep them short.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import GENERATOR, build_environment, copy_project, edit

pytestmark = [pytest.mark.build, pytest.mark.slow]


def swapped(project: Path, **popen: object) -> subprocess.Popen:
    """`python -m tools.build_site site mkdocs build --strict` in the project, as make site runs it, PDFs off."""
    command = [sys.executable, "-m", "tools.build_site", "site", GENERATOR, "build", "--strict"]
    environment = build_environment(project, True, {"HANDBOOK_PDF": "0"})
    return subprocess.Popen(command, cwd=project, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def snapshot(site: Path) -> dict[str, bytes]:
    """Every file of a built site with its bytes."""
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


# A file only an earlier build's site/ holds: gone once a new site/ has replaced it.
EARLIER = "gammel-side.html"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the project whose earlier site/ a good build, the way make site builds it, has replaced."""
    copy = copy_project(tmp_path_factory.mktemp("swapped"))
    (copy / "site").mkdir()
    (copy / "site" / EARLIER).write_text("<p>Fra en tidligere bygning.</p>\n", encoding="utf-8")
    first = swapped(copy)
    _, errors = first.communicate(timeout=600)
    assert first.returncode == 0, errors
    return copy


def test_a_good_build_replaces_the_site_and_leaves_no_other_folder(project):
    """The module's one good build, over an earlier site/ (one build: the earlier site need not be a whole one to be replaced)."""
    assert "Fokus" in (project / "site/samtalegruppe.html").read_text(encoding="utf-8")
    assert not (project / "site" / EARLIER).exists(), "the earlier site was replaced, not written into"
    assert sorted(path.name for path in project.iterdir() if path.name.startswith("site")) == ["site"]


def test_a_failed_build_keeps_the_last_good_site_and_says_so(project):
    before = snapshot(project / "site")
    edit(project / "data/people.yml", "  name: Joy Nielsen\n", "  name: Joy Nielsen\n  email: x@example.org\n")
    try:
        failed = swapped(project)
        _, errors = failed.communicate(timeout=600)
    finally:
        edit(project / "data/people.yml", "  email: x@example.org\n", "")
    assert failed.returncode != 0
    assert "Bygningen blev ikke færdig, så intet er skiftet ud: site/ er stadig den forrige, hele udgave." in errors
    assert snapshot(project / "site") == before and not (project / "site.new").exists()


def test_an_interrupted_build_keeps_the_last_good_site(project):
    """Ctrl+C in a terminal interrupts the whole process group; here once the new site is being written.

    The build gets SIGINT's default action, as in a terminal: a run started in the background by a non-interactive
    shell (as CI may start it) ignores SIGINT, and its children would inherit that and build on to the end."""
    before = snapshot(project / "site")
    running = swapped(project, start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not (project / "site.new/assets").exists() and time.monotonic() < deadline and running.poll() is None:
        time.sleep(0.05)
    assert running.poll() is None, "the build ended before it could be interrupted"
    os.killpg(running.pid, signal.SIGINT)
    _, errors = running.communicate(timeout=60)
    assert running.returncode != 0
    assert "Bygningen blev ikke færdig" in errors
    assert snapshot(project / "site") == before and not (project / "site.new").exists()

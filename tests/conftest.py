"""Build the real handbook once per test session; copy it for the must-fail cases."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "links.yml", "docs", "macros", "overrides", "hooks", "printing", "templates")
sys.path.insert(0, str(ROOT))
# The session's build date (2023-11-14 22:13:20 UTC), as make site takes it from the last commit.
BUILD_EPOCH = "1700000000"


def build(project: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict` on a project folder; return the finished process."""
    command = [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-d", str(site_dir)]
    # The project's own packages (macros, printing) come from the folder being built, not from the
    # editable install of the original, so a broken copy is built with its own code and data.
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project), **env}
    return subprocess.run(command, cwd=project, capture_output=True, text=True, env=environment, timeout=600)


def built_page(site_dir: Path, src: str) -> Path:
    """The HTML file built from `src` (a path under docs/): plain .html URLs, as the offline plugin sets."""
    return site_dir / (src[: -len(".md")] + ".html")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real handbook, built once for the whole session."""
    out = tmp_path_factory.mktemp("site")
    result = build(ROOT, out, SOURCE_DATE_EPOCH=BUILD_EPOCH)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def failed_build(project: Path, tmp_path: Path, **env: str) -> str:
    """Build a broken project; return its output, failing if the build passed."""
    result = build(project, tmp_path / "out", **env)
    assert result.returncode != 0, "the broken build should have failed"
    return result.stdout + result.stderr


def copy_project(target: Path) -> Path:
    """Copy the project's sources into target and return it."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        shutil.copytree(source, target / part) if source.is_dir() else shutil.copy(source, target / part)
    return target


def add_exercise(project: Path, key: str, title: str, theme: str) -> None:
    """Add an exercise the way CONTRIBUTING.md says: copy the template, fill it in, list it in the nav."""
    template = (ROOT / "templates/oevelse.md").read_text(encoding="utf-8")
    page = template.replace("title: Øvelsens navn", f"title: {title}").replace("themes: [haab]", f"themes: [{theme}]")
    (project / f"docs/oevelser/{key}.md").write_text(page, encoding="utf-8")
    config = project / "mkdocs.yml"
    nav_line = "      - oevelser/hjerte-isbjerg-og-raket.md\n"
    config.write_text(config.read_text(encoding="utf-8").replace(nav_line, f"{nav_line}      - oevelser/{key}.md\n"), encoding="utf-8")


def move_page(project: Path, old: str, new: str, redirect: bool) -> None:
    """Rename a page the way CONTRIBUTING.md says: move the file, fix the links to it, optionally add the redirect line."""
    (project / "docs" / old).rename(project / "docs" / new)
    old_name = re.compile(rf"(?<![\w-]){re.escape(Path(old).name)}")
    for path in [project / "mkdocs.yml", *(project / "docs").rglob("*.md")]:
        path.write_text(old_name.sub(Path(new).name, path.read_text(encoding="utf-8")), encoding="utf-8")
    if redirect:
        with (project / "links.yml").open("a", encoding="utf-8") as lock:
            lock.write(f"  {old[:-3]}.html: {new[:-3]}.html\n")


# The page that the link tests rename, from and to.
MOVED = ("jobprofiler/peer-medarbejder.md", "jobprofiler/peer-medarbejderen.md")


@pytest.fixture(scope="session")
def moved_site(tmp_path_factory) -> Path:
    """The handbook with a job profile renamed as CONTRIBUTING.md says: the file moved and one redirect line."""
    project = copy_project(tmp_path_factory.mktemp("moved"))
    move_page(project, *MOVED, redirect=True)
    result = build(project, project / "site", HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A fresh copy of the project's sources, to break on purpose."""
    return copy_project(tmp_path)


# A publishing build in the tests: an address and a contact that are clearly not the organisation's.
PUBLISHED_URL = "https://haandbog.eksempel.dk/"
CONTACT = "tilgaengelighed@eksempel.dk"
ORGANISATION = "macros/data/organisation.yml"


def published_address(src: str) -> str:
    """The published web address of a page (a path under docs/), as its PDFs print it."""
    return PUBLISHED_URL + src[: -len(".md")] + ".html"


def set_organisation(project: Path, **settings: object) -> None:
    """Fill in the organisation's settings in a project copy, as staff would in organisation.yml."""
    path = project / ORGANISATION
    values = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump({**values, **settings}, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The handbook as `make publish` builds it: SITE_URL from the environment, the contact in organisation.yml."""
    project = copy_project(tmp_path_factory.mktemp("published"))
    set_organisation(project, contact=CONTACT)
    result = build(project, project / "site", SITE_URL=PUBLISHED_URL, HANDBOOK_PUBLISH="1")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"

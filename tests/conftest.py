"""Shared by the tests: the project read in-process, and the real builds, each made once per session.

Markers (pytest.ini): `build` for a test that runs a whole `mkdocs build` (or uses a site built once per
session), `browser` for Chromium, `slow` for one that takes long for another reason. `make check` runs
the rest in seconds: must-fail messages come from calling the function that raises them.
"""
from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import handbook
from handbook import HandbookError
from tools import project

ROOT = Path(__file__).resolve().parent.parent
# The session's build date (2023-11-14 22:13:20 UTC), as make site takes it from the last commit.
BUILD_EPOCH = "1700000000"
# The project's own handbook, read in-process (data, pages' front matter, links.yml; a draft).
HANDBOOK = handbook.load(ROOT, {})
# make check sets it: a test that builds the whole site there lacks its `build` marker.
NO_BUILDS = "HANDBOOK_TESTS_WITHOUT_BUILDS"
# Fixtures that build a whole site: a test that uses one is a `build` test.
BUILD_FIXTURES = {"site", "published_site", "edited_site", "adversarial_site"}
# make properdocs sets it: every build runs ProperDocs' command (its own venv) instead of this venv's mkdocs.
GENERATOR = os.environ.get("HANDBOOK_GENERATOR") or str(Path(sys.executable).parent / "mkdocs")
# test_templates.py sets it when it runs the tests of the built site on a copy it has just built as `site` builds it.
BUILT_SITE = "HANDBOOK_TESTS_BUILT_SITE"


# Under pytest-xdist (make test), the tests that share one of these built copies run in one worker, which builds it once.
SHARED_COPIES = ("edited_site", "adversarial_site", "published_site", "project", "preview", "editor")


@pytest.hookimpl(tryfirst=True)  # before xdist's own, which turns the xdist_group marks into groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark tests under tests/browser/ `browser`, tests that use a built site `build`, and `site` those that only
    read the site built once per session (make properdocs runs them on ProperDocs' build)."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if "browser" in item.path.parts:
            item.add_marker(pytest.mark.browser)
        used = BUILD_FIXTURES & fixtures
        if used == {"site"} and item.get_closest_marker("build") is None:
            item.add_marker(pytest.mark.site)
        if used:
            item.add_marker(pytest.mark.build)
        shared = next((name for name in SHARED_COPIES if name in fixtures), None)
        if shared and (config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput")):
            item.add_marker(pytest.mark.xdist_group(shared))


class LongestFirst:
    """Runs the longest tests first: modules with a `slow` test, then those that build or drive Chromium, then the
    rest, each module kept whole (its module fixtures are made once). Under xdist the two workers then start on long
    work at once and end together on short tests, instead of one waiting for the other's session build at the start
    and one running alone at the end."""

    @pytest.hookimpl(trylast=True)  # after the markers above and pytest's own reordering by fixture
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        """Sort the collected tests, modules whole, by the weight of their heaviest test."""
        weight: dict[Path, int] = {}
        for item in items:
            kinds = {mark.name for mark in item.iter_markers()}
            heaviest = 0 if "slow" in kinds else 1 if kinds & {"build", "browser"} else 2
            weight[item.path] = min(weight.get(item.path, 2), heaviest)
        items.sort(key=lambda item: weight[item.path])


def pytest_configure(config: pytest.Config) -> None:
    """Register the ordering of the tests."""
    config.pluginmanager.register(LongestFirst())


def build(project: Path, site_dir: Path, own_code: bool = True, umask: int | None = None, **env: str) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict` (or GENERATOR's) on a project folder, under umask if given; return the finished process."""
    if os.environ.get(NO_BUILDS) == "1":
        pytest.fail("this test builds the whole site: mark it @pytest.mark.build (make check leaves builds out)")
    command = [GENERATOR, "build", "--strict", "--config-file", "mkdocs.yml", "--site-dir", str(site_dir)]
    return subprocess.run(
        command, cwd=project, capture_output=True, text=True, env=build_environment(project, own_code, env), timeout=600,
        preexec_fn=None if umask is None else lambda: os.umask(umask),
    )


def build_environment(project: Path, own_code: bool, env: dict[str, str]) -> dict[str, str]:
    """The environment of a build: with own_code, the project's packages come from the folder being built, not
    from the editable install of this checkout, so a broken copy is built with its own code; without, from here."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return {**environment, "NO_MKDOCS_2_WARNING": "1", **({"PYTHONPATH": str(project)} if own_code else {}), **env}


def failed_build(project: Path, tmp_path: Path, **env: str) -> str:
    """Build a broken project; return its output, failing if the build passed."""
    result = build(project, tmp_path / "out", **env)
    assert result.returncode != 0, "the broken build should have failed"
    return result.stdout + result.stderr


def built_page(site_dir: Path, src: str) -> Path:
    """The HTML file built from `src` (a path under docs/): plain .html URLs, as the offline plugin sets."""
    return site_dir / (src[: -len(".md")] + ".html")


def copy_project(target: Path) -> Path:
    """Copy the project's sources into target and return it."""
    return project.copy(target)


def clone(target: Path) -> Path:
    """The whole project with its git history (the job profiles' dates), and the files as they are in this checkout."""
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(target)], check=True)
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ROOT / name, target / name)
    return target


def edit(path: Path, old: str, new: str) -> None:
    """Replace one piece of text in a file, failing if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str, occurrence: int = 1) -> int:
    """The 1-based line number of the n-th line of a file that is exactly `text`."""
    numbers = [n for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1) if line == text]
    return numbers[occurrence - 1]


def load_error(project: Path, **env: str) -> HandbookError:
    """The mistake handbook.load finds in a project copy (as a build would, before any page); fails if it finds none."""
    with pytest.raises(HandbookError) as caught:
        handbook.load(project, env)
    return caught.value


def broken(project: Path, file: str, old: str, new: str) -> HandbookError:
    """Make one edit in a project copy; the mistake the loader then finds, checked to name that file, in one form."""
    edit(project / file, old, new)
    error = load_error(project)
    assert error.file == file, str(error)
    assert str(error) == (f"{file}, linje {error.line}: {error.message}" if error.line else f"{file}: {error.message}")
    return error


def add_exercise(project: Path, key: str, title: str, theme: str) -> None:
    """Add an exercise the way CONTRIBUTING.md says: copy the template and fill it in (the menu and links.yml follow)."""
    template = (ROOT / "templates/oevelse.md").read_text(encoding="utf-8")
    page = template.replace("title: Øvelsens navn", f"title: {title}").replace("themes:\n  - haab", f"themes:\n  - {theme}")
    (project / f"docs/oevelser/{key}.md").write_text(page, encoding="utf-8")


def move_page(project: Path, old: str, new: str, redirect: bool) -> None:
    """Rename a page the way CONTRIBUTING.md says: move the file, fix the links to it, optionally add the redirect line."""
    (project / "docs" / old).rename(project / "docs" / new)
    old_name = re.compile(rf"(?<![\w-]){re.escape(Path(old).name)}")
    for path in [project / "mkdocs.yml", *(project / "docs").rglob("*.md")]:
        path.write_text(old_name.sub(Path(new).name, path.read_text(encoding="utf-8")), encoding="utf-8")
    if redirect:
        with (project / "links.yml").open("a", encoding="utf-8") as lock:
            lock.write(f"  {old[:-3]}.html: {new[:-3]}.html\n")


def set_front_matter(page: Path, line: str) -> None:
    """Add a line to a page's front matter, starting one if the page has none (as CONTRIBUTING.md shows)."""
    text = page.read_text(encoding="utf-8")
    text = f"---\n{line}\n{text[4:]}" if text.startswith("---\n") else f"---\n{line}\n---\n\n{text}"
    page.write_text(text, encoding="utf-8")


@pytest.fixture(scope="session")
def site(tmp_path_factory, request) -> Path:
    """The real handbook, built once for the whole session (under pytest-xdist, once for all its workers)."""
    if os.environ.get(BUILT_SITE):
        return Path(os.environ[BUILT_SITE])
    workers = hasattr(request.config, "workerinput")
    # The workers of one run share the parent of their temporary folders; the first to get the lock builds.
    folder = tmp_path_factory.getbasetemp().parent if workers else tmp_path_factory.getbasetemp()
    out, done = folder / "session-site", folder / "session-site.built"
    with (folder / "session-site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.is_file():
            result = build(ROOT, out, SOURCE_DATE_EPOCH=BUILD_EPOCH)
            assert result.returncode == 0, result.stdout + result.stderr
            done.touch()
    return out


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A fresh copy of the project's sources, to break on purpose."""
    return copy_project(tmp_path / "project")


# A publishing build in the tests: an address and a contact that are clearly not the organisation's.
PUBLISHED_URL = "https://haandbog.eksempel.dk/"
CONTACT = "tilgaengelighed@eksempel.dk"
ORGANISATION = "data/organisation.yml"


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
    """The handbook as `make publish` builds it: SITE_URL from the environment, the contact in organisation.yml; under
    umask 077, as a locked-down account or CI runner may build it (the web server's user must still read it)."""
    project = copy_project(tmp_path_factory.mktemp("published"))
    set_organisation(project, contact=CONTACT)
    result = build(project, project / "site", umask=0o077, SITE_URL=PUBLISHED_URL, HANDBOOK_PUBLISH="1")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


# The edits of the one copy that staff edit as CONTRIBUTING.md says (edited_site), each proven by its own test.
MOVED = ("jobprofiler/peer-medarbejder.md", "jobprofiler/peer-medarbejderen.md")
NEW_EXERCISE = ("min-nye-oevelse", "Min nye øvelse", "haab")
NEW_JOB_PROFILE = "jobprofiler/ny-rolle.md"
READ_ALOUD = {"samtalegruppe.md": "false", "oevelser/hjerte-isbjerg-og-raket.md": "false", "kilder.md": "true"}
RENAMED_HEADING = ("jobprofiler/frivillig-peer.md", "## Opgaver\n", "## Opgaverne { #opgaver }\n")
HOME_LINK = "\n[Til forsiden](../index.md#peer-haandbogen-paa-parkvaenget)\n"  # in chime/haab.md
TRICKY_DEFINITION = 'Et "citat" med <b>fed</b> & mere'  # the glossary's 'stemmehøring'
# A review date given to one exercise (its front matter), and the line its page and sheet then show.
REVIEWED = ("oevelser/billeder-der-giver-mening.md", "Senest gennemgået 3. marts 2023 · Næste gennemgang 3. marts 2024")
HARD_BOX = (  # a "Kort fortalt" sentence far above LIX 34, in chime/haab.md
    "    Rehabiliteringsforløbets intentionelle perspektivering understøtter individualiseret"
    " recoveryorientering, hvorved beboerens selvbestemmelse styrkes gennem systematisk inddragelse"
    " af professionelle samarbejdspartnere.\n"
)


def make_staff_edits(project: Path) -> None:
    """Every edit of edited_site: a page moved with its redirect, a heading renamed keeping its anchor, a new exercise
    and job profile from the templates, 'Læs op' switched, a link to a heading, a review date, a tricky definition, a hard box."""
    move_page(project, *MOVED, redirect=True)
    edit(project / "docs" / RENAMED_HEADING[0], *RENAMED_HEADING[1:])
    add_exercise(project, *NEW_EXERCISE)
    profile = (ROOT / "templates/jobprofil.md").read_text(encoding="utf-8").replace("titel {joy}", "Peer-mentor {joy}").replace("# Dokumentets egen titel", "# Ny rolle")
    (project / "docs" / NEW_JOB_PROFILE).write_text(profile, encoding="utf-8")
    for src, value in READ_ALOUD.items():
        set_front_matter(project / "docs" / src, f"read_aloud: {value}")
    box = '!!! abstract "Kort fortalt"\n\n'
    edit(project / "docs/chime/haab.md", box, box + HARD_BOX)
    with (project / "docs/chime/haab.md").open("a", encoding="utf-8") as haab:
        haab.write(HOME_LINK)
    set_front_matter(project / "docs" / REVIEWED[0], "reviewed: 2023-03-03\nreview_months: 12\nreviewer: jakob")
    edit(project / "data/glossary.yml", "definition: At høre stemmer, som andre ikke hører.", f"definition: '{TRICKY_DEFINITION}'")


@pytest.fixture(scope="session")
def edited_site(tmp_path_factory) -> Path:
    """A copy of the handbook (without git history) that staff edited as CONTRIBUTING.md says, built once with its PDFs."""
    project = copy_project(tmp_path_factory.mktemp("edited"))
    make_staff_edits(project)
    result = build(project, project / "site", SOURCE_DATE_EPOCH=BUILD_EPOCH)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def moved_site(edited_site: Path) -> Path:
    """The handbook with a job profile renamed as CONTRIBUTING.md says (MOVED): the edited copy."""
    return edited_site


@pytest.fixture(scope="session")
def adversarial_site(tmp_path_factory) -> Path:
    """The handbook, PDFs included, with no resident's or participant's consent and a hostile string in every data field."""
    from adversarial import make_hostile, withdraw_consent

    project = copy_project(tmp_path_factory.mktemp("adversarial"))
    withdraw_consent(project)
    make_hostile(project)
    result = build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"

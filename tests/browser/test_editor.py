"""Staff change the handbook through the web editor (Decap CMS against decap-server on 127.0.0.1), in Chromium:
the files change exactly as intended, a build shows it, and a change that would break the build is refused in Danish."""
from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import BrowserContext, Page, expect

from conftest import ROOT, build, built_page, clone

from .editor import choose, field, open_entry, publish, running_editor, sign_in, type_into

pytestmark = pytest.mark.slow

EXERCISE = ("oevelser-haab", "hjerte-isbjerg-og-raket")
NEW_PURPOSE = "At arbejde videre med et mål, som du selv har valgt."
NEW_TERM = ("tovholderskab", "Det at have ansvaret for, at en aktivitet bliver til.")
NEW_EXERCISE = ("Mine små skridt", "At finde et lille skridt, du kan tage i dag.", "docs/oevelser/mine-sma-skridt.md")


def git(project: Path, *args: str) -> str:
    """The output of a git command in the project."""
    return subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def editor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A clone of the handbook (files as in this checkout, committed) with the editor and decap-server running on it,
    shared by this module's tests: `edited` gives each test the committed files again."""
    project = clone(tmp_path_factory.mktemp("editor") / "project")
    git(project, "-c", "user.name=Test", "-c", "user.email=test@eksempel.dk", "commit", "--quiet", "--allow-empty", "-am", "Som i arbejdskopien")
    with running_editor(project) as address:
        yield project, address


@pytest.fixture
def edited(editor: tuple[Path, str], context: BrowserContext, request: pytest.FixtureRequest) -> Iterator[tuple[Path, str, Page]]:
    """The running editor on the shared clone, signed in on a new page; afterwards the clone is as committed again.

    No JavaScript error and no Content-Security-Policy violation is allowed, except in a test marked
    `refused_save`: Decap CMS leaves the promise of a save that the handbook refused unhandled."""
    project, address = editor
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    try:
        sign_in(page, address)
        yield project, address, page
    finally:
        page.close()
        git(project, "checkout", "--quiet", "--", ".")
        git(project, "clean", "--quiet", "--force", "-d")
    assert violations == [], "the editor's own Content-Security-Policy blocked something it needs"
    allowed = 1 if request.node.get_closest_marker("refused_save") else 0
    assert len(errors) <= allowed, f"JavaScript-fejl: {errors}"


def test_staff_add_an_exercise_change_a_purpose_and_add_a_term_and_a_build_shows_it(edited, tmp_path):
    project, address, page = edited
    title, purpose, file = NEW_EXERCISE
    page.goto(f"{address}#/collections/oevelser-haab/new")
    type_into(page, "Titel", title)
    choose(page, "CHIME-temaer", "Håb")
    type_into(page, "Formål", purpose)
    type_into(page, "Tekst (Markdown)", '!!! abstract "Kort fortalt"\n\n    Tag et lille skridt.\n\n{{ exercise_summary() }}\n')
    publish(page)
    open_entry(page, address, *EXERCISE)
    type_into(page, "Formål", NEW_PURPOSE)
    publish(page)
    open_entry(page, address, "data", "ordliste")
    page.get_by_role("button", name="Tilføj ord i ordlisten").click()
    type_into(page, "Ord", NEW_TERM[0], last=True)
    type_into(page, "Forklaring", NEW_TERM[1], last=True)
    publish(page)

    assert git(project, "status", "--porcelain").splitlines() == [" M data/glossary.yml", f" M docs/oevelser/{EXERCISE[1]}.md", f"?? {file}"]
    # Exactly the intended change: the purpose's lines in the exercise, one item more at the end of the glossary.
    before = git(project, "show", f"HEAD:docs/oevelser/{EXERCISE[1]}.md")
    old_purpose = before[before.index("purpose:"):before.index("writing:")]
    assert (project / f"docs/oevelser/{EXERCISE[1]}.md").read_text(encoding="utf-8") == before.replace(old_purpose, f"purpose: {NEW_PURPOSE}\n")
    glossary = git(project, "show", "HEAD:data/glossary.yml")
    now = (project / "data/glossary.yml").read_text(encoding="utf-8")
    assert now.startswith(glossary) and yaml.safe_load(now[len(glossary):]) == [{"term": NEW_TERM[0], "definition": NEW_TERM[1], "tooltip": True}]
    assert (project / file).read_text(encoding="utf-8").startswith(f"---\ntitle: {title}\nthemes:\n  - haab\npurpose: {purpose}\n")

    result = build(project, tmp_path / "site", HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert NEW_PURPOSE in built_page(tmp_path / "site", f"oevelser/{EXERCISE[1]}.md").read_text(encoding="utf-8")
    assert title in built_page(tmp_path / "site", "chime/haab.md").read_text(encoding="utf-8")
    assert NEW_TERM[1] in built_page(tmp_path / "site", "ordliste.md").read_text(encoding="utf-8")
    assert "  - oevelser/mine-sma-skridt.html\n" in (project / "links.yml").read_text(encoding="utf-8")


@pytest.mark.refused_save
def test_a_word_already_in_the_glossary_is_refused_in_danish_before_it_is_saved(edited):
    project, address, page = edited
    open_entry(page, address, "data", "ordliste")
    page.get_by_role("button", name="Tilføj ord i ordlisten").click()
    type_into(page, "Ord", "CHIME", last=True)
    type_into(page, "Forklaring", "En anden forklaring.", last=True)
    page.get_by_role("button", name="Publicer", exact=True).click()
    page.get_by_role("menuitem", name="Publicer nu").click()
    expect(page.get_by_text("Ordet »CHIME« står to gange i ordlisten", exact=False)).to_be_visible(timeout=30_000)
    assert git(project, "status", "--porcelain") == ""


def test_a_theme_can_only_be_chosen_from_chime_yml(edited):
    from conftest import HANDBOOK

    _, address, page = edited
    open_entry(page, address, *EXERCISE)
    field(page, "CHIME-temaer").click()
    offered = page.get_by_role("option").all_inner_texts()
    assert sorted(offered) == sorted(t.name for t in HANDBOOK.data.themes.values() if t.key != "haab")


@pytest.mark.parametrize("kind", ["exercises", "workshops", "jobprofiler"])
def test_saving_an_entry_through_the_editor_leaves_its_file_byte_identical(edited, kind):
    """Change one field and change it back, saving each time: the file is as it was, front matter and body (macros,
    boxes, footnotes) byte for byte, because the repository's files are already in the form the editor writes.
    (The glossary's form is shown by the test above: adding a term changes no other line.)"""
    from conftest import HANDBOOK

    project, address, page = edited
    entries = {
        "exercises": [(f"oevelser-{e.themes[0]}", key, "Titel") for key, e in HANDBOOK.pages.exercises.items()],
        "workshops": [("workshops", Path(w.src).stem, "Titel") for w in HANDBOOK.pages.workshops.values()],
        "jobprofiler": [("jobprofiler", Path(src).stem, "Hvem rollen er for") for src in HANDBOOK.pages.job_profiles],
    }[kind]
    for collection, key, label in entries:
        for again in (False, True):
            open_entry(page, address, collection, key)
            value = field(page, label).input_value()
            type_into(page, label, value[: -len(" x")] if again else value + " x")
            publish(page)
        assert git(project, "status", "--porcelain") == "", f"{collection}/{key}"

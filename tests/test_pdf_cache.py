"""The PDF cache (printing/pdf_cache.py): an unchanged PDF is not made again, and a changed input always gives a new PDF.

One copy of the project is built again and again into the same folder, so its builds share the cache
in the copy's .cache/pdf, as two runs of `make site` do.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import BUILD_EPOCH, ROOT, build, copy_project

EXERCISE = "docs/oevelser/hjerte-isbjerg-og-raket.md"
SHEET = "pdf/oevelser/hjerte-isbjerg-og-raket.pdf"
PACK = "pdf/peer-uddannelsen/workshops/haab.pdf"
HANDBOOK = "pdf/peer-haandbogen.pdf"
ALL_PDFS = 14  # 6 sheets, 4 packs (no workshop on identitet), 3 job profiles, the whole handbook


class Project:
    """The copy, its one output folder, and what its last build made."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.site = folder, folder / "site"

    def publish(self, **env: str) -> tuple[list[str], dict[str, bytes]]:
        """Build; return the PDFs it made (by the build's log) and every PDF's bytes."""
        result = build(self.folder, self.site, **{"SOURCE_DATE_EPOCH": BUILD_EPOCH, **env})
        assert result.returncode == 0, result.stdout + result.stderr
        made, reused = re.findall(r"PDF'er lavet: (.*); fra cachen: (\d+)", result.stderr)[-1]
        names = [] if made == "ingen" else made.split(", ")
        assert len(names) + int(reused) == ALL_PDFS
        return names, {p.relative_to(self.site).as_posix(): p.read_bytes() for p in self.site.rglob("*.pdf")}

    def edit(self, path: str, change: Callable[[str], str]) -> None:
        """Change one file of the copy."""
        file = self.folder / path
        file.write_text(change(file.read_text(encoding="utf-8")), encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    """A copy of the project, built once (every PDF made, the cache filled)."""
    copy = Project(copy_project(tmp_path_factory.mktemp("cached")))
    made, _ = copy.publish()
    assert len(made) == ALL_PDFS
    return copy


@pytest.fixture
def restored(project: Project):
    """The project; the files a test changes are put back afterwards."""
    parts = ("docs", "printing")
    saved = {part: project.folder.parent / f"saved-{part}" for part in parts}
    for part in parts:
        shutil.copytree(project.folder / part, saved[part], dirs_exist_ok=True)
    yield project
    for part in parts:
        shutil.rmtree(project.folder / part)
        shutil.move(saved[part], project.folder / part)


def test_a_build_with_nothing_changed_makes_no_pdf_and_gives_the_same_bytes(project):
    _, first = project.publish()
    made, again = project.publish()
    assert made == []
    assert again == first and len(again) == ALL_PDFS


def test_an_edited_exercise_makes_its_sheet_its_pack_and_the_handbook_again_nothing_else(restored):
    _, before = restored.publish()
    restored.edit(EXERCISE, lambda text: text + "\nEn ny sætning, der skal med på arket.\n")
    made, after = restored.publish()
    assert sorted(made) == sorted([SHEET, PACK, HANDBOOK])
    assert sorted(name for name in before if before[name] != after[name]) == sorted([SHEET, PACK, HANDBOOK])


def test_a_build_into_another_folder_takes_every_pdf_from_the_cache(project, tmp_path):
    _, first = project.publish()
    elsewhere = Project(project.folder)
    elsewhere.site = tmp_path / "elsewhere"
    made, again = elsewhere.publish()
    assert made == []
    assert again == first


def sheets_laid_out(project: Project) -> int:
    """Build with PDFs off, as `make serve` does; how many sheets it laid out to check their length."""
    result = build(project.folder, project.folder / "site-only", SOURCE_DATE_EPOCH=BUILD_EPOCH, HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    return int(re.findall(r"Arkenes længde: (\d+) af 6 øvelsesark lagt op", result.stderr)[-1])


def test_with_pdfs_off_only_a_sheet_not_seen_fit_before_is_laid_out_again(restored):
    restored.publish()
    assert sheets_laid_out(restored) == 0  # every sheet fitted when its PDF was made
    restored.edit(EXERCISE, lambda text: text + "\nEn sætning, som ingen build har set før.\n")
    assert sheets_laid_out(restored) == 1
    assert sheets_laid_out(restored) == 0  # remembered to fit


def test_a_sheet_seen_fit_before_still_fails_once_it_is_too_long(restored):
    restored.publish()
    restored.edit(EXERCISE, lambda text: text + "\n" + "En lang sætning, der fylder på arket. " * 400 + "\n")
    result = build(restored.folder, restored.folder / "site-only", SOURCE_DATE_EPOCH=BUILD_EPOCH, HANDBOOK_PDF="0")
    assert result.returncode != 0
    assert "oevelser/hjerte-isbjerg-og-raket.md: arket fylder" in result.stderr


def tiny_png(colour: tuple[int, int, int]) -> bytes:
    """A small PNG of one colour."""
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (40, 40), colour).save(out, "PNG")
    return out.getvalue()


def test_a_changed_image_gives_a_new_sheet(restored):
    image = restored.folder / "docs/oevelser/billede.png"
    image.write_bytes(tiny_png((200, 30, 30)))
    restored.edit(EXERCISE, lambda text: text + '\n![Et rødt felt](billede.png)\n')
    _, before = restored.publish()
    image.write_bytes(tiny_png((30, 30, 200)))
    made, after = restored.publish()
    assert SHEET in made and before[SHEET] != after[SHEET]


# Each input kind in turn: how to change it, and a PDF that must change with it.
CHANGES = {
    "the sheets' stylesheet": ("docs/assets/stylesheets/pdf-sheet.css", lambda css: css + "\np { text-decoration: underline; }\n", SHEET),
    "the handbook's stylesheet": ("docs/assets/stylesheets/pdf-handbook.css", lambda css: css + "\np { text-decoration: underline; }\n", HANDBOOK),
    "the site's stylesheet": ("docs/assets/stylesheets/extra.css", lambda css: css + "\np { text-decoration: underline; }\n", HANDBOOK),
    # The form font keeps fewer letters: the code of printing/ and the embedded font both change.
    "the form font's letters": ("printing/form_font.py", lambda code: code.replace(", 0x20AC]", "]"), SHEET),
}


@pytest.mark.parametrize("kind", CHANGES)
def test_a_changed_input_gives_a_new_pdf(restored, kind):
    path, change, pdf = CHANGES[kind]
    _, before = restored.publish()
    restored.edit(path, change)
    made, after = restored.publish()
    assert before[pdf] != after[pdf]


def test_a_change_in_printings_code_makes_every_pdf_again(restored):
    restored.publish()
    restored.edit("printing/sheet_html.py", lambda code: code + "\n# A comment changes nothing on paper, but the code is new.\n")
    made, _ = restored.publish()
    assert len(made) == ALL_PDFS


def test_the_address_and_the_build_date_give_new_pdfs(project):
    _, draft = project.publish()
    _, published = project.publish(SITE_URL="https://handbog.example.org/")
    assert draft[SHEET] != published[SHEET] and draft[HANDBOOK] != published[HANDBOOK]
    _, later = project.publish(SOURCE_DATE_EPOCH=str(int(BUILD_EPOCH) + 86400 * 40))
    assert later[HANDBOOK] != draft[HANDBOOK]
    _, again = project.publish()
    assert again == draft, "back to the first settings: the first PDFs, from the cache"


def test_entries_unused_for_two_weeks_are_deleted_at_the_next_build(tmp_path):
    from printing import pdf_cache

    old, used, leftover = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.123.part"
    for entry in (old, used, leftover):
        entry.write_bytes(b"%PDF-1.7")
    weeks_ago = time.time() - (pdf_cache.KEEP_DAYS + 1) * 86400
    for entry in (old, leftover):
        os.utime(entry, (weeks_ago, weeks_ago))
    cache = pdf_cache.PdfCache(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdf"]
    assert cache.fetch("b", tmp_path / "site" / "b.pdf") and not cache.fetch("a", tmp_path / "site" / "a.pdf")


def test_the_cache_lives_outside_the_site_and_git():
    assert ".cache/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()

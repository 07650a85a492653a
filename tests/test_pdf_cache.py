"""The PDF cache (printing/pdf_cache.py): an unchanged PDF is not made again, and a changed input always gives a new PDF.

The builds: one copy of the project is built again and again into the same folder, so its builds share
the cache in the copy's .cache/pdf, as two runs of `make site` do. That every input is in a PDF's key is
tested in-process, on the key itself: a changed input gives a new key, so a stale PDF can never come back.
"""
from __future__ import annotations

import logging
import os
import pwd
import re
import shutil
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from conftest import BUILD_EPOCH, ROOT, build, copy_project
from printing import form_font, pdf_cache, render

EXERCISE = "docs/oevelser/hjerte-isbjerg-og-raket.md"
SHEET = "pdf/oevelser/hjerte-isbjerg-og-raket.pdf"
PACK = "pdf/peer-uddannelsen/workshops/haab.pdf"
HANDBOOK = "pdf/peer-haandbogen.pdf"
ALL_PDFS = 14  # 6 sheets, 4 packs (no workshop on identitet), 3 job profiles, the whole handbook
# An entry of each kind the build fetches from the cache, and how it is damaged (DAMAGE, below).
DAMAGED = {SHEET: "cut-in-half", PACK: "html-in-its-place", "pdf/jobprofiler/frivillig-peer.pdf": "empty", HANDBOOK: "no-pages"}


class Project:
    """The copy, its one output folder, and the PDFs of its first build."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.site = folder, folder / "site"
        self.first: dict[str, bytes] = {}
        self.log = ""  # the last build's log

    def publish(self, **env: str) -> tuple[list[str], dict[str, bytes]]:
        """Build; return the PDFs it made (by the build's log) and every PDF's bytes."""
        result = build(self.folder, self.site, **{"SOURCE_DATE_EPOCH": BUILD_EPOCH, **env})
        assert result.returncode == 0, result.stdout + result.stderr
        self.log = result.stderr
        made, reused = re.findall(r"PDF'er lavet: (.*); fra cachen: (\d+)", result.stderr)[-1]
        names = [] if made == "ingen" else made.split(", ")
        assert len(names) + int(reused) == ALL_PDFS
        return names, {p.relative_to(self.site).as_posix(): p.read_bytes() for p in self.site.rglob("*.pdf")}

    def edit(self, path: str, change: Callable[[str], str]) -> None:
        """Change one file of the copy."""
        file = self.folder / path
        file.write_text(change(file.read_text(encoding="utf-8")), encoding="utf-8")


# Session-wide, so it is built once also when pytest-xdist runs its tests between other modules' tests.
@pytest.fixture(scope="session")
def project(tmp_path_factory) -> Project:
    """A copy of the project, built once (every PDF made, the cache filled)."""
    copy = Project(copy_project(tmp_path_factory.mktemp("cached")))
    made, copy.first = copy.publish()
    assert len(made) == ALL_PDFS
    return copy


@pytest.fixture
def restored(project: Project):
    """The project; the pages a test changes are put back afterwards."""
    saved = project.folder.parent / "saved-docs"
    shutil.copytree(project.folder / "docs", saved, dirs_exist_ok=True)
    yield project
    shutil.rmtree(project.folder / "docs")
    shutil.move(saved, project.folder / "docs")


@pytest.mark.build
@pytest.mark.slow
class TestBuilds:
    """Builds of one copy, one after another, sharing its cache."""

    def test_an_edited_exercise_makes_its_sheet_its_pack_and_the_handbook_again_nothing_else(self, restored):
        restored.edit(EXERCISE, lambda text: text + "\nEn ny sætning, der skal med på arket.\n")
        made, after = restored.publish()
        assert sorted(made) == sorted([SHEET, PACK, HANDBOOK])
        assert sorted(name for name in after if restored.first[name] != after[name]) == sorted([SHEET, PACK, HANDBOOK])

    def test_a_build_into_another_folder_takes_every_pdf_from_the_cache(self, project, tmp_path):
        elsewhere = Project(project.folder)
        elsewhere.site = tmp_path / "elsewhere"
        made, again = elsewhere.publish()
        assert made == []
        assert again == project.first

    def test_with_pdfs_off_there_is_no_pdf_and_only_a_sheet_not_seen_fit_before_is_laid_out(self, restored):
        assert sheets_laid_out(restored) == 0  # every sheet fitted when its PDF was made
        assert not (restored.folder / "site-only/pdf").exists() and (restored.folder / "site-only/index.html").is_file()
        restored.edit(EXERCISE, lambda text: text + "\nEn sætning, som ingen build har set før.\n")
        assert sheets_laid_out(restored) == 1
        assert sheets_laid_out(restored) == 0  # remembered to fit

    def test_a_sheet_seen_fit_before_still_fails_once_it_is_too_long(self, restored):
        restored.edit(EXERCISE, lambda text: text + "\n" + "En lang sætning, der fylder på arket. " * 400 + "\n")
        result = build(restored.folder, restored.folder / "site-only", SOURCE_DATE_EPOCH=BUILD_EPOCH, HANDBOOK_PDF="0")
        assert result.returncode != 0
        assert "docs/oevelser/hjerte-isbjerg-og-raket.md: arket fylder" in result.stderr

    def test_the_address_and_the_build_date_give_new_pdfs(self, project):
        _, published = project.publish(SITE_URL="https://handbog.example.org/")
        assert project.first[SHEET] != published[SHEET] and project.first[HANDBOOK] != published[HANDBOOK]
        _, later = project.publish(SOURCE_DATE_EPOCH=str(int(BUILD_EPOCH) + 86400 * 40))
        assert later[HANDBOOK] != project.first[HANDBOOK]
        made, again = project.publish()
        assert (made, again) == ([], project.first), "back to the first settings: the first PDFs, from the cache"

    def test_damaged_entries_are_made_again_and_reported_never_published(self, project):
        """One entry of each kind the build fetches (a sheet, a pack, a job profile, the whole handbook), each damaged in its own way."""
        entries = {entry.read_bytes(): entry for entry in (project.folder / ".cache/pdf").glob("*.pdf")}
        for name, damage in DAMAGED.items():
            entries[project.first[name]].write_bytes(DAMAGE[damage][0](project.first[name]))
        made, again = project.publish()
        assert sorted(made) == sorted(DAMAGED) and again == project.first
        for name, damage in DAMAGED.items():
            assert f"PDF-cachen: {Path(name).name} var beskadiget i cachen ({DAMAGE[damage][1]}); slettet" in project.log
        assert project.publish()[0] == [], "the entries made again are whole, and a build with nothing changed makes no PDF"


def sheets_laid_out(project: Project) -> int:
    """Build with PDFs off, as `make serve` does; how many sheets it laid out to check their length."""
    result = build(project.folder, project.folder / "site-only", SOURCE_DATE_EPOCH=BUILD_EPOCH, HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    return int(re.findall(r"Arkenes længde: (\d+) af 6 øvelsesark lagt op", result.stderr)[-1])


def tiny_png(colour: tuple[int, int, int]) -> bytes:
    """A small PNG of one colour."""
    out = BytesIO()
    Image.new("RGB", (40, 40), colour).save(out, "PNG")
    return out.getvalue()


def test_an_image_the_html_loads_is_in_the_key_by_its_bytes(tmp_path):
    image, page = tmp_path / "oevelser/billede.png", tmp_path / "oevelser/x.html"
    image.parent.mkdir()
    html = '<p>Et ark</p><img src="billede.png" alt="Et felt">'
    keys = []
    for colour in ((200, 30, 30), (200, 30, 30), (30, 30, 200)):
        image.write_bytes(tiny_png(colour))
        keys.append(pdf_cache.key([html], page.as_uri(), tmp_path))
    assert keys[0] == keys[1] != keys[2]


def test_a_stylesheet_the_html_links_and_what_it_loads_are_in_the_key(tmp_path):
    css, font = tmp_path / "assets/pdf.css", tmp_path / "assets/skrift.ttf"
    css.parent.mkdir()
    html = f'<link rel="stylesheet" href="{css.as_uri()}"><p>Håndbogen</p>'

    def key_with(colour: str, font_bytes: bytes) -> str:
        css.write_text(f'@font-face {{ src: url("skrift.ttf"); }} p {{ color: {colour}; }}', encoding="utf-8")
        font.write_bytes(font_bytes)
        return pdf_cache.key([html], site_dir=tmp_path)

    first = key_with("red", b"font 1")
    assert key_with("red", b"font 1") == first  # control: the same files, the same key
    assert len({first, key_with("blue", b"font 1"), key_with("blue", b"font 2")}) == 3


def test_the_sheets_stylesheet_and_the_form_fonts_letters_are_in_the_sheets_key(project_copy, monkeypatch):
    docs = project_copy / "docs"
    first = render.sheet_style(docs).key
    (docs / render.SHEET_CSS).write_text((docs / render.SHEET_CSS).read_text(encoding="utf-8") + "\np { text-decoration: underline; }\n", encoding="utf-8")
    second = render.sheet_style(docs).key
    monkeypatch.setattr(form_font, "TYPED", [letter for letter in form_font.TYPED if letter != 0x20AC])
    assert len({first, second, render.sheet_style(docs).key}) == 3


def test_the_sheets_key_is_the_same_wherever_the_project_lies(tmp_path):
    """A checkout moved to another folder, or CI's clone in its own path, takes its sheets from the cache."""
    here, there = (copy_project(tmp_path / name) / "docs" for name in ("here", "elsewhere/there"))
    assert render.sheet_style(here).key == render.sheet_style(there).key


def test_a_change_in_printings_code_changes_every_key(tmp_path):
    package = shutil.copytree(ROOT / "printing", tmp_path / "printing", ignore=shutil.ignore_patterns("__pycache__"))
    before = pdf_cache.toolchain.__wrapped__(package)
    assert pdf_cache.toolchain.__wrapped__(package) == before  # control: the same code, the same hash
    with (package / "sheet_html.py").open("a", encoding="utf-8") as code:
        code.write("\n# A comment changes nothing on paper, but the code is new.\n")
    assert pdf_cache.toolchain.__wrapped__(package) != before


def test_entries_unused_for_two_weeks_are_deleted_at_the_next_build(tmp_path):
    old, used, leftover = tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.123.part"
    for entry in (old, used, leftover):
        a_pdf(entry)
    weeks_ago = time.time() - (pdf_cache.KEEP_DAYS + 1) * 86400
    for entry in (old, leftover):
        os.utime(entry, (weeks_ago, weeks_ago))
    cache = pdf_cache.PdfCache(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.pdf"]
    assert cache.fetch("b", tmp_path / "site" / "b.pdf") and not cache.fetch("a", tmp_path / "site" / "a.pdf")


def test_the_cache_lives_outside_the_site_and_git():
    assert ".cache/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def a_pdf(path: Path) -> Path:
    """A small whole PDF of one page at path."""
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(path)
    return path


def no_pages() -> bytes:
    """A PDF without a single page."""
    out = BytesIO()
    with pikepdf.new() as pdf:
        pdf.save(out)
    return out.getvalue()


def filed(folder: Path, key: str = "abc") -> pdf_cache.PdfCache:
    """A cache in folder holding one whole PDF under key."""
    cache = pdf_cache.PdfCache(folder)
    cache.store(key, a_pdf(folder.parent / "made.pdf"), "made.pdf")
    return cache


# How a cache entry gets damaged (issue 18: each was published as "fra cachen"), and what the build says of it.
DAMAGE = {
    "cut-in-half": (lambda data: data[: len(data) // 2], "filen slutter, før PDF'en gør"),
    "html-in-its-place": (lambda data: b"<!doctype html><title>404</title>", "filen er ikke en PDF"),
    "empty": (lambda data: b"", "filen er ikke en PDF"),
    "no-pages": (lambda data: no_pages(), "PDF'en er ufuldstændig"),
}


@pytest.mark.parametrize("damaged", DAMAGE)
def test_a_damaged_entry_is_deleted_made_again_and_reported(tmp_path, caplog, damaged):
    change, why = DAMAGE[damaged]
    folder = tmp_path / "cache"
    filed(folder)
    assert pdf_cache.PdfCache(folder).fetch("abc", tmp_path / "site/ark.pdf")  # the control: a whole entry is used
    entry = folder / "abc.pdf"
    entry.write_bytes(change(entry.read_bytes()))
    cache = pdf_cache.PdfCache(folder)
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.pdf"):
        assert not cache.fetch("abc", tmp_path / "site/ark.pdf")
        cache.report()
    assert not entry.exists() and cache.damaged == ["ark.pdf"] and cache.reused == []
    assert f"PDF-cachen: ark.pdf var beskadiget i cachen ({why}); slettet og lavet igen" in caplog.messages
    assert caplog.messages[-1] == "PDF'er lavet: ingen; fra cachen: 0; beskadigede i cachen og lavet igen: ark.pdf"


def unusable(tmp_path: Path, kind: str) -> tuple[pdf_cache.PdfCache, Callable[[], None]]:
    """A cache whose folder cannot be used in one way, and the step that meets it."""
    folder = tmp_path / ".cache/pdf"
    made = a_pdf(tmp_path / "made.pdf")
    if kind == "a-file":
        folder.parent.mkdir()
        folder.write_text("ikke en mappe")
        return pdf_cache.PdfCache(folder), lambda: None
    cache = pdf_cache.PdfCache(folder)
    if kind == "full":  # the kernel's own 'no space left on device', from /dev/full
        (folder / f"abc.{os.getpid()}.part").symlink_to("/dev/full")
    if kind == "deleted":
        shutil.rmtree(folder)
    return cache, lambda: cache.store("abc", made, "made.pdf")


@pytest.mark.parametrize(
    ("kind", "why"),
    [("a-file", "der ligger en fil med det navn i stedet for en mappe"), ("full", "disken er fuld"), ("deleted", "mappen blev slettet undervejs")],
)
def test_a_cache_folder_that_cannot_be_used_is_named_and_the_build_goes_on_without_it(tmp_path, caplog, kind, why):
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.pdf"):
        cache, step = unusable(tmp_path, kind)
        step()
        assert not cache.fetch("abc", tmp_path / "site/ark.pdf") and not cache.fits("abc")
        cache.store("def", a_pdf(tmp_path / "other.pdf"), "other.pdf")
        cache.mark_fits("def")
    assert caplog.messages[0] == (
        f"PDF-cachen {tmp_path / '.cache/pdf'} kan ikke bruges ({why}), så PDF'erne laves uden den i denne bygning. Ret det, eller slet mappen."
    )
    assert len(caplog.messages) == 1, "said once"


def test_a_read_only_cache_folder_is_named_and_the_build_goes_on_without_it(tmp_path):
    """Root may write anywhere: the cache is used by a process of the unprivileged user 'nobody', as a web host's build might run."""
    folder = tmp_path / "cache"
    filed(folder)
    tmp_path.chmod(0o755)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: become nobody, use the cache, report what the log said
        messages: list[str] = []
        handler = logging.Handler()
        handler.emit = lambda record: messages.append(record.getMessage())
        pdf_cache.log.addHandler(handler)
        pdf_cache.log.setLevel(logging.INFO)
        if os.geteuid() == 0:
            os.setgid(pwd.getpwnam("nobody").pw_gid)
            os.setuid(pwd.getpwnam("nobody").pw_uid)
        cache = pdf_cache.PdfCache(folder)
        cache.store("def", folder / "abc.pdf", "other.pdf")
        os.write(write, "\n".join(messages).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    with os.fdopen(read, encoding="utf-8") as said:
        assert said.read() == (
            f"PDF-cachen {folder} kan ikke bruges (der er ikke adgang til at skrive i den), så PDF'erne laves uden den i "
            "denne bygning. Ret det, eller slet mappen."
        )


def test_the_form_font_is_cut_once_per_process_and_again_when_the_font_file_changes(tmp_path):
    """The preview rebuilds on every save: the cut is kept in the process, keyed by the font file's size and time."""
    font = tmp_path / "skrift.ttf"
    shutil.copyfile(form_font.SOURCE, font)
    first = form_font.font_bytes(font)
    assert form_font.font_bytes(font) is first  # the same cut, not made again
    shutil.copyfile(form_font.SOURCE.with_name("DejaVuSansMono.ttf"), font)  # another font under the same name
    os.utime(font, ns=(time.time_ns(), time.time_ns() + 1_000_000_000))
    assert form_font.font_bytes(font) != first

"""The sheets and packs as PDF forms: typed into on a screen, kept when saved, printed with what was typed."""
from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject

from test_pdf import EXERCISES, PACK_LINK, SHEET_LINK, WORKSHOPS, pdf_link, reader

MAX_SHEET_BYTES = 60 * 1024
MULTILINE = 1 << 12  # the field flag of a text field that wraps (PDF 32000-1, table 228)
DANISH = "Æblegrød, søndagsture og en tur til Ærø – og så vil jeg lære at spille på en gammel guitar."
DPI = 50


def expected_fields(exercise) -> list[tuple[str, str]]:
    """The fields a sheet should have, from its front matter: (field name, accessible name), in order."""
    boxes = [(f"{exercise.key}-boks-{n}", label) for n, label in enumerate(exercise.writing.boxes, start=1)]
    lines = [(f"{exercise.key}-linje-{n}", f"{exercise.title}, linje {n}") for n in range(1, exercise.writing.lines + 1)]
    return boxes + lines


def widgets(pdf: PdfReader) -> list[tuple[int, dict]]:
    """Every form field's widget as (0-based page index, its dictionary), in page order."""
    return [
        (index, annotation.get_object())
        for index, page in enumerate(pdf.pages)
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Subtype") == "/Widget"
    ]


def sheet(site: Path, exercise) -> Path:
    """The printable sheet an exercise page links to."""
    return pdf_link(site, exercise.src, SHEET_LINK)


def fill(source: Path, values: dict[str, str], target: Path) -> Path:
    """Type values into a PDF's fields with pypdf, as a PDF viewer saves them, and write the result to target."""
    writer = PdfWriter(clone_from=source)
    writer.update_page_form_field_values(None, values)
    writer.write(target)
    return target


def picture(pdf: Path, page: int, tmp_path: Path) -> Image.Image:
    """One page (0-based) of a PDF as Poppler prints it, in grey."""
    prefix = tmp_path / f"{pdf.stem}-{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page + 1), "-l", str(page + 1), "-singlefile", pdf, prefix], check=True)
    return Image.open(prefix.with_suffix(".png")).convert("L")


def pixels(rect: list, page_height: float) -> tuple[int, int, int, int]:
    """A field's rectangle (PDF points, origin bottom left) as a pixel box (left, top, right, bottom), one pixel wider."""
    (left, right), (bottom, top) = sorted(float(rect[i]) for i in (0, 2)), sorted(float(rect[i]) for i in (1, 3))
    scale = DPI / 72
    return int(left * scale) - 1, int((page_height - top) * scale) - 1, int(right * scale) + 1, int((page_height - bottom) * scale) + 1


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.key)
def test_every_box_and_line_of_a_sheet_is_a_named_text_field(site, exercise):
    found = widgets(reader(sheet(site, exercise)))
    assert [(str(w["/T"]), str(w["/TU"])) for _, w in found] == expected_fields(exercise)
    assert {w["/FT"] for _, w in found} == {"/Tx"}
    assert all("/StructParent" in w for _, w in found)  # tagged as form fields in the PDF/UA structure
    boxes = len(exercise.writing.boxes)
    assert [bool(int(w.get("/Ff", 0)) & MULTILINE) for _, w in found] == [True] * boxes + [False] * (len(found) - boxes)


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.key)
def test_a_danish_answer_typed_into_every_field_is_kept(site, exercise, tmp_path):
    names = [name for name, _ in expected_fields(exercise)]
    saved = fill(sheet(site, exercise), {name: f"{DANISH} ({number})" for number, name in enumerate(names)}, tmp_path / "udfyldt.pdf")
    values = {name: field.get("/V") for name, field in PdfReader(saved).get_fields().items()}
    assert values == {name: f"{DANISH} ({number})" for number, name in enumerate(names)}


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.key)
def test_every_sheet_stays_small_and_at_most_two_a4_pages(site, exercise):
    path = sheet(site, exercise)
    assert path.stat().st_size <= MAX_SHEET_BYTES, f"{path.name}: {path.stat().st_size} bytes"
    assert 1 <= len(reader(path).pages) <= 2


def test_the_form_font_is_embedded_once_cut_down_and_has_the_danish_letters(site):
    pdf = reader(sheet(site, EXERCISES["hjerte-isbjerg-og-raket"]))
    fonts = {font.get_object()["/BaseFont"]: font.get_object() for page in pdf.pages for font in page["/Resources"]["/Font"].values()}
    form_fonts = [font for name, font in fonts.items() if name.endswith("+Skrivefelt")]
    assert len(form_fonts) == 1
    descriptor = form_fonts[0]["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    program = descriptor["/FontFile2"].get_data()
    assert len(program) < 100_000  # DejaVu Sans whole is 757 KB
    assert set("æøåÆØÅéüł–€…") <= {chr(code) for code in TTFont(io.BytesIO(program)).getBestCmap()}


@pytest.mark.parametrize("workshop", [w for w in WORKSHOPS.values() if any(w.theme in e.themes for e in EXERCISES.values())], ids=lambda w: w.theme)
def test_every_workshop_pack_keeps_the_fields_of_its_sheets_each_on_its_own_page(site, workshop):
    pack = reader(pdf_link(site, workshop.src, PACK_LINK))
    expected = [field for e in EXERCISES.values() if workshop.theme in e.themes for field in expected_fields(e)]
    found = widgets(pack)
    assert [(str(w["/T"]), str(w["/TU"])) for _, w in found] == expected
    assert len({name for name, _ in expected}) == len(expected)  # unique across the pack
    assert [w.raw_get("/P").idnum for _, w in found] == [pack.pages[index].indirect_reference.idnum for index, _ in found]
    assert sorted(pack.get_fields()) == sorted(name for name, _ in expected)


def test_empty_fields_print_nothing(site, tmp_path):
    path = sheet(site, EXERCISES["hjerte-isbjerg-og-raket"])
    writer = PdfWriter(clone_from=path)
    for page in writer.pages:
        page[NameObject("/Annots")] = ArrayObject(a for a in page.get("/Annots", []) if a.get_object().get("/Subtype") != "/Widget")
    del writer.root_object["/AcroForm"]
    writer.write(tmp_path / "uden-felter.pdf")
    for number in range(len(reader(path).pages)):
        assert ImageChops.difference(picture(path, number, tmp_path), picture(tmp_path / "uden-felter.pdf", number, tmp_path)).getbbox() is None


@pytest.mark.parametrize(
    ("key", "field", "text", "lines"),
    [("hjerte-isbjerg-og-raket", "boks-1", " ".join([DANISH] * 3), 3), ("5-ting-jeg-vil-foer-jeg-doer", "linje-1", "Se Ærø og Åbenrå", 1)],
    ids=["boks", "linje"],
)
def test_a_filled_sheet_prints_what_was_typed_inside_its_field(site, tmp_path, key, field, text, lines):
    path = sheet(site, EXERCISES[key])
    filled = fill(path, {f"{key}-{field}": text}, tmp_path / "udfyldt.pdf")
    (index, widget), = [(i, w) for i, w in widgets(reader(path)) if w["/T"] == f"{key}-{field}"]
    ink = ImageChops.difference(picture(path, index, tmp_path), picture(filled, index, tmp_path)).getbbox()
    left, top, right, bottom = pixels(widget["/Rect"], float(reader(path).pages[index].mediabox.height))
    assert ink is not None and left <= ink[0] and top <= ink[1] and ink[2] <= right and ink[3] <= bottom, (ink, (left, top, right, bottom))
    assert ink[3] - ink[1] >= lines * 9 * DPI / 72  # a long answer wraps onto several lines instead of running out of the box

"""The PDFs, opened and read: the whole handbook, a sheet per exercise and a pack per workshop."""
from __future__ import annotations

import re
import shutil
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError
from mkdocs.utils import yaml_load
from pypdf import PdfReader

from conftest import HANDBOOK, NEW_EXERCISE, ROOT, built_page
from handbook import nav, pages
from handbook import paths as printing
from hooks.pdf import pdfs_enabled
from handbook.errors import HandbookError
from handbook.pages import exercises_of
from printing import printouts, render, sheet_html, to_pdf

CONFIG = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
# The menu as a build makes it: mkdocs.yml's nav with the generated sections filled in (handbook/nav.py).
NAV = nav.filled(CONFIG["nav"], HANDBOOK.pages, HANDBOOK.data.themes)
EXERCISES = HANDBOOK.pages.exercises
WORKSHOPS = HANDBOOK.pages.workshops
A4 = (595.28, 841.89)  # points
TO_PDF = next(p["to-pdf"] for p in CONFIG["plugins"] if isinstance(p, dict) and "to-pdf" in p)
SHEET_LINK = "Print arket (PDF)"
PACK_LINK = "Print workshoppens pakke (PDF)"


@cache
def reader(path: Path) -> PdfReader:
    """An opened PDF, read once per test session."""
    return PdfReader(path)


@cache
def page_texts(path: Path) -> tuple[str, ...]:
    """The extracted text of every page of a PDF."""
    return tuple(page.extract_text() for page in reader(path).pages)


def flat(text: str) -> str:
    """Text for comparing across line breaks and hyphenation: lower case, no spaces, no hyphens."""
    return re.sub(r"[\s\-\u2010\u00ad]", "", text).casefold()


def is_a4(pdf: PdfReader) -> bool:
    """True when every page is A4 portrait."""
    return all(abs(float(p.mediabox.width) - A4[0]) < 1 and abs(float(p.mediabox.height) - A4[1]) < 1 for p in pdf.pages)


def pdf_link(site: Path, src: str, text: str) -> Path | None:
    """The file that the link with this text on the built page of `src` points to, if the page has the link."""
    page = built_page(site, src)
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    link = next((a for a in soup.select("a[href]") if a.get_text(strip=True) == text), None)
    return None if link is None else (page.parent / link["href"]).resolve()


def questions(site: Path, src: str) -> list[str]:
    """The reflection questions of an exercise, as its built page lists them."""
    soup = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser")
    heading = soup.find("h2", id="refleksionsspoergsmaal")
    assert heading is not None, f"{src}: ingen overskrift 'Refleksionsspørgsmål'"
    return [li.get_text(" ", strip=True) for li in heading.find_next_sibling("ul").find_all("li")]


def sheet_problems(site: Path, exercise: pages.Exercise) -> list[str]:
    """What is wrong with an exercise's printable sheet, found from the link on its page (empty: nothing)."""
    sheet = pdf_link(site, exercise.src, SHEET_LINK)
    if sheet is None or not sheet.is_file():
        return [f"{exercise.src}: linket '{SHEET_LINK}' peger ikke på et ark ({sheet})"]
    pdf = reader(sheet)
    problems = [] if is_a4(pdf) else [f"{sheet.name}: ikke A4"]
    problems += [f"{sheet.name}: {len(pdf.pages)} sider"] if len(pdf.pages) > 2 else []
    text = flat("".join(page_texts(sheet)))
    needed = [exercise.title, *questions(site, exercise.src), "Skriv her"]
    return problems + [f"{sheet.name}: mangler {n!r}" for n in needed if flat(n) not in text]


def page_number(pdf: PdfReader, destination: str) -> int:
    """The 1-based page number a named destination of the PDF leads to."""
    pages_by_id = {page.indirect_reference.idnum: number for number, page in enumerate(pdf.pages, start=1)}
    return pages_by_id[pdf.named_destinations[destination].page.idnum]


def internal_links(pdf: PdfReader) -> list[tuple[int, str]]:
    """Every link inside the PDF as (page number it is on, named destination)."""
    return [
        (number, annotation.get_object()["/Dest"])
        for number, page in enumerate(pdf.pages, start=1)
        for annotation in page.get("/Annots", [])
        if "/Dest" in annotation.get_object()
    ]


def chapter_pages(pdf: PdfReader) -> list[int]:
    """The 1-based page on which each top-level bookmark (the contents, then each chapter) starts."""
    return [pdf.get_destination_page_number(item) + 1 for item in pdf.outline if not isinstance(item, list)]


def outline(pdf: PdfReader, items: list | None = None) -> list[tuple[str, list]]:
    """The bookmarks as (title without chapter number, children) pairs."""
    found = []
    for item in pdf.outline if items is None else items:
        if isinstance(item, list):
            found[-1][1].extend(outline(pdf, item))
        else:
            found.append((re.sub(r"^[\d.]+\s+", "", item.title), []))
    return found


def chapter_title(site: Path, entry: dict) -> str:
    """The title a nav entry gets as a chapter of the PDF: a section's name, or the page's own heading."""
    (name, target), = entry.items()
    if isinstance(target, list):
        return name
    heading = BeautifulSoup(built_page(site, target).read_text(encoding="utf-8"), "html.parser").find("h1")
    for permalink in heading.select("a.headerlink"):
        permalink.decompose()
    return " ".join(heading.get_text().split())


@pytest.fixture(scope="module")
def handbook(site) -> Path:
    """The whole handbook PDF of the session's site."""
    return site / TO_PDF["output_path"]


def test_whole_handbook_is_one_a4_pdf_danish_tagged_and_titled(handbook):
    pdf = reader(handbook)
    assert is_a4(pdf)
    assert pdf.trailer["/Root"]["/Lang"] == "da"
    assert bool(pdf.trailer["/Root"]["/MarkInfo"]["/Marked"])  # tagged (PDF/UA)
    assert pdf.metadata.title == CONFIG["site_name"]


def test_whole_handbook_embeds_every_font(handbook):
    for number, page in enumerate(reader(handbook).pages, start=1):
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)["/FontDescriptor"]
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object()), f"side {number}: {font['/BaseFont']}"


def test_cover_has_title_organisation_and_edition(handbook):
    cover = page_texts(handbook)[0]
    assert CONFIG["site_name"] in " ".join(cover.split())
    assert "Parkvænget" in cover and re.search(r"Udgave: \d{1,2}\. [a-z]+ 20\d\d", cover)


def test_every_page_after_the_cover_is_numbered(handbook):
    texts = page_texts(handbook)
    unnumbered = [n for n, text in enumerate(texts[1:], start=2) if f"Side {n} af {len(texts)}" not in text]
    assert unnumbered == []


def test_every_chapter_and_section_has_a_bookmark_in_nav_order(site, handbook):
    bookmarks = outline(reader(handbook))
    assert bookmarks[0][0] == TO_PDF["toc_title"]
    chapters = bookmarks[1:]
    assert [title for title, _ in chapters] == [chapter_title(site, entry) for entry in NAV]
    for (title, children), entry in zip(chapters, NAV):
        target = next(iter(entry.values()))
        if isinstance(target, list):
            expected = [chapter_title(site, e if isinstance(e, dict) else {"": e}) for e in target]
            assert [child for child, _ in children] == expected, title


def test_text_keeps_danish_letters(handbook):
    text = " ".join(" ".join(page_texts(handbook)).split())
    assert "\ufffd" not in text
    assert [word for word in ("Parkvænget", "Håb", "Peer-støtte", "Øvelser") if word not in text] == []


def test_every_chime_theme_and_every_exercise_is_in_the_whole_handbook(handbook):
    text = flat(" ".join(page_texts(handbook)))
    titles = [t.name for t in HANDBOOK.data.themes.values()] + [e.title for e in EXERCISES.values()]
    assert [title for title in titles if flat(title) not in text] == []


def test_table_of_contents_entries_point_to_the_pages_they_name(handbook):
    pdf = reader(handbook)
    contents, first_chapter = chapter_pages(pdf)[:2]
    toc_pages = pdf.pages[contents - 1 : first_chapter - 1]
    entries = 0
    for page in toc_pages:
        fragments = []
        page.extract_text(visitor_text=lambda text, cm, tm, *_: fragments.append((tm[5] * cm[3] + cm[5], tm[4] * cm[0] + cm[4], text)))
        for annotation in page["/Annots"]:
            annotation = annotation.get_object()
            low, high = sorted(float(annotation["/Rect"][i]) for i in (1, 3))
            line = " ".join(text for y, x, text in sorted(fragments, key=lambda f: f[1]) if low <= y <= high).split()
            assert int(line[-1]) == page_number(pdf, annotation["/Dest"]), line
            entries += 1
    assert entries >= len(NAV)


def test_every_link_inside_the_handbook_leads_to_a_page(handbook):
    pdf = reader(handbook)
    links = internal_links(pdf)
    assert links and [dest for _, dest in links if dest not in pdf.named_destinations] == []


def test_home_page_and_every_page_footer_link_to_the_whole_pdf(site, handbook):
    assert pdf_link(site, "index.md", "Hent hele håndbogen som PDF") == handbook.resolve()
    for src in HANDBOOK.pages.metas:
        assert pdf_link(site, src, "Hele håndbogen som PDF") == handbook.resolve(), src


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.key)
def test_every_exercise_page_links_to_its_printable_sheet(site, exercise):
    assert sheet_problems(site, exercise) == []


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.key)
def test_sheet_room_to_write_follows_the_front_matter(site, exercise):
    room = "".join(page_texts(pdf_link(site, exercise.src, SHEET_LINK))).split("Skriv her", 1)[1]
    boxes = [line for line in room.splitlines() if line in exercise.writing.boxes]
    numbers = re.findall(r"^(\d+)\.$", room, re.MULTILINE)
    assert boxes == exercise.writing.boxes
    expected = range(1, exercise.writing.lines + 1) if exercise.writing.numbered else []
    assert numbers == [str(n) for n in expected]


@pytest.mark.parametrize("workshop", [w for w in WORKSHOPS.values() if exercises_of(w, EXERCISES)], ids=lambda w: w.theme)
def test_every_workshop_pack_holds_its_overview_then_its_exercise_sheets(site, workshop):
    """Every workshop with exercises; one without has no pack (tests/test_paper.py)."""
    pack = pdf_link(site, workshop.src, PACK_LINK)
    assert pack is not None and pack.is_file()
    sheets = [pdf_link(site, e.src, SHEET_LINK) for e in EXERCISES.values() if workshop.theme in e.themes]
    sheet_pages = [text for sheet in sheets for text in page_texts(sheet)]
    texts = page_texts(pack)
    assert is_a4(reader(pack)) and flat(workshop.title) in flat(texts[0])
    assert list(texts[len(texts) - len(sheet_pages):]) == sheet_pages
    assert len(texts) > len(sheet_pages)


def test_a_missing_sheet_is_caught(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    exercise = next(iter(EXERCISES.values()))
    (copy / printing.pdf_path(exercise.src)).unlink()
    assert sheet_problems(copy, exercise) == [
        f"{exercise.src}: linket '{SHEET_LINK}' peger ikke på et ark ({(copy / printing.pdf_path(exercise.src)).resolve()})"
    ]


def test_a_new_exercise_gets_its_sheet_and_joins_its_workshop_pack_with_no_extra_work(edited_site):
    key, title, theme = NEW_EXERCISE
    new = pages.Exercise(key, f"oevelser/{key}.md", title, [theme], "")
    assert sheet_problems(edited_site, new) == []
    pack = pdf_link(edited_site, WORKSHOPS[theme].src, PACK_LINK)
    assert flat(title) in flat(page_texts(pack)[-1])


def test_a_link_to_a_heading_on_the_home_page_works_inside_the_pdf(edited_site):
    pdf = reader(edited_site / TO_PDF["output_path"])
    _, home, after_home = chapter_pages(pdf)[:3]
    assert any(page_number(pdf, dest) == home for on_page, dest in internal_links(pdf) if on_page >= after_home)


def test_handbook_pdf_is_on_unless_0_and_another_value_names_the_two():
    assert pdfs_enabled({}) and pdfs_enabled({"HANDBOOK_PDF": "1"}) and not pdfs_enabled({"HANDBOOK_PDF": "0"})
    with pytest.raises(PluginError, match="HANDBOOK_PDF='ja': brug 1 \\(byg PDF'erne\\) eller 0"):
        pdfs_enabled({"HANDBOOK_PDF": "ja"})


@pytest.mark.parametrize("stylesheet", ["pdf-sheet.css", "pdf-handbook.css"])
def test_a_broken_print_stylesheet_stops_the_build(project_copy, stylesheet):
    path = project_copy / "docs/assets/stylesheets" / stylesheet
    path.write_text(path.read_text(encoding="utf-8") + "\nh1 { colour: red; }\n", encoding="utf-8")
    with pytest.raises(HandbookError) as caught:
        render.check_stylesheet(path, f"assets/stylesheets/{stylesheet}")
    assert str(caught.value).startswith(f"docs/assets/stylesheets/{stylesheet}: WeasyPrint kan ikke bruge det: Ignored `colour: red`")
    render.check_stylesheet(ROOT / "docs/assets/stylesheets" / stylesheet, stylesheet)  # control: ours passes


@pytest.mark.parametrize("stylesheet", ["pdf-sheet.css", "pdf-handbook.css"])
def test_a_missing_print_stylesheet_stops_the_build(tmp_path, stylesheet):
    with pytest.raises(HandbookError, match=f"^docs/assets/stylesheets/{stylesheet}: print-stylesheetet mangler"):
        render.check_stylesheet(tmp_path / stylesheet, f"assets/stylesheets/{stylesheet}")


def test_a_sheet_longer_than_two_pages_stops_the_build(site):
    """The sheet of the session's built page, with 60 lines to write on instead of 10, laid out in-process."""
    exercise = EXERCISES["forbundenhed-i-livet"]
    longer = {exercise.key: replace(exercise, writing=replace(exercise.writing, lines=60))}
    html = built_page(site, exercise.src).read_text(encoding="utf-8")
    article = sheet_html.article(html, HANDBOOK.edition, exercise.src[:-3] + ".html", exercise.src, {})
    page = render.BuiltPage(exercise.title, exercise.src[:-3] + ".html", built_page(site, exercise.src).as_uri(), article)
    sheets = render.Site({exercise.src: page}, render.sheet_style(ROOT / "docs"), "Håndbogen", "Parkvænget", HANDBOOK.edition, site)
    too_long = printouts.Sheets(longer, sheets).too_long([exercise.key])
    assert re.fullmatch(r"docs/oevelser/forbundenhed-i-livet\.md: arket fylder \d sider; højst 2\. .*", too_long[exercise.key])
    assert printouts.Sheets({exercise.key: exercise}, sheets).too_long([exercise.key]) == {}  # control: the real one fits


# A table as staff could write it in an exercise (issue 18: on the sheet it showed 3 of its 7 columns).
WIDE_TABLE = (
    "<table><tr>" + "".join(f"<th>Uge {n}: hvad jeg gjorde</th>" for n in range(1, 8)) + "</tr>"
    "<tr>" + "".join(f"<td>Gåtur&nbsp;med&nbsp;naboen&nbsp;{n}</td>" for n in range(1, 8)) + "</tr></table>"
)
NARROW_TABLE = "<table><tr><th>Uge</th><th>Hvad jeg gjorde</th></tr><tr><td>1</td><td>Gåtur med naboen</td></tr></table>"


@pytest.mark.parametrize(("table", "wide"), [(WIDE_TABLE, True), (NARROW_TABLE, False)], ids=["seven-columns", "two-columns"])
def test_a_sheet_wider_than_a4_stops_the_build_naming_what_is_cut_off(site, table, wide):
    """The session's built sheet with a table added, laid out in-process with the sheets' stylesheet; the narrow one is the control."""
    exercise = EXERCISES["forbundenhed-i-livet"]
    html = built_page(site, exercise.src).read_text(encoding="utf-8").replace("</article>", table + "</article>")
    article = sheet_html.article(html, HANDBOOK.edition, exercise.src[:-3] + ".html", exercise.src, {})
    page = render.BuiltPage(exercise.title, exercise.src[:-3] + ".html", built_page(site, exercise.src).as_uri(), article)
    sheets = render.Site({exercise.src: page}, render.sheet_style(ROOT / "docs"), "Håndbogen", "Parkvænget", HANDBOOK.edition, site)
    found = printouts.Sheets({exercise.key: exercise}, sheets).too_big([exercise.key])
    if not wide:
        assert found == {}
        return
    assert re.fullmatch(
        r"docs/oevelser/forbundenhed-i-livet\.md: arket er bredere end A4 og bliver skåret af på papiret: en tabel er (\d+) mm bred; "
        r"der er plads til (\d+) mm\. Giv tabellen færre kolonner eller kortere ord, eller del den op i to tabeller\.",
        found[exercise.key],
    )
    width, room = map(int, re.search(r"(\d+) mm bred; der er plads til (\d+) mm", found[exercise.key]).groups())
    assert room < 210 < width


@pytest.mark.parametrize("src", ["index.md", "jobprofiler/peer-medarbejder.md", "oevelser/hjerte-isbjerg-og-raket.md"])
def test_to_pdf_takes_the_same_head_and_article_from_the_lean_parse(site, src):
    """printing/to_pdf.py hands to-pdf a page's <head> and <article> only: what to-pdf keeps must not change."""
    from types import SimpleNamespace

    path = built_page(site, src)
    page = SimpleNamespace(file=SimpleNamespace(abs_dest_path=str(path), src_path=src, url=path.relative_to(site).as_posix()))
    content = path.read_text(encoding="utf-8")
    whole, lean = to_pdf.WHOLE_PAGE_SOUP(content, page), to_pdf.soup_of_head_and_article(content, page)
    assert lean.find("article") is not None
    for tag in ("head", "article"):
        assert str(lean.find(tag)) == str(whole.find(tag)), tag


def test_another_mkdocs_to_pdf_version_stops_the_build_naming_the_file_to_update(monkeypatch):
    to_pdf.check_version()  # control: the installed one is the tested one
    monkeypatch.setattr(to_pdf, "version", lambda package: "0.13.0")
    with pytest.raises(HandbookError, match=r"^mkdocs-to-pdf 0\.13\.0 er installeret, men printing/to_pdf\.py bruger dens indre dele fra version 0\.12\.1"):
        to_pdf.check_version()

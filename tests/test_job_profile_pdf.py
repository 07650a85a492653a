"""Each job profile is also its own PDF for HR papers: A4, tagged, titled, dated, addressed, numbered, with bookmarks and footnotes."""
from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from bs4 import BeautifulSoup

from conftest import HANDBOOK, ROOT, built_page
from conftest import published_address as address
from handbook import paths
from handbook.strings import STRINGS
from test_pdf import flat, is_a4, page_texts, pdf_link, reader

JOB_PROFILES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs/jobprofiler").glob("*.md") if p.name != "index.md")
ANCHORS = HANDBOOK.links.anchors
LINK = "Hent jobprofilen som PDF"
MM = 72 / 25.4  # points


def headings(site, src: str) -> list[tuple[int, str]]:
    """The headings of a built page's text as (level, text), without their permalinks."""
    article = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").find("article")
    for permalink in article.select("a.headerlink"):
        permalink.decompose()
    return [(int(h.name[1]), " ".join(h.get_text().split())) for h in article.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]


def bookmarks(pdf, items=None, level: int = 1) -> list[tuple[int, str]]:
    """The PDF's bookmarks as (depth, title), in order."""
    found = []
    for item in pdf.outline if items is None else items:
        found += bookmarks(pdf, item, level + 1) if isinstance(item, list) else [(level, " ".join(item.title.split()))]
    return found


def first_paragraph_after_title(site, src: str) -> str:
    """The author line: the paragraph right after the page's title."""
    soup = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser")
    return soup.find("article").find("h1").find_next("p").get_text(" ", strip=True)


def version(site, src: str) -> str:
    """The 'Senest ændret …' line under the built page."""
    return " ".join(BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").select_one(".page-version").get_text().split())


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_every_job_profile_links_to_its_own_pdf(site, src):
    assert pdf_link(site, src, LINK) == (site / paths.pdf_path(src)).resolve()
    assert (site / paths.pdf_path(src)).is_file()


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_job_profile_pdf_is_a4_danish_tagged_and_titled(site, src):
    pdf = reader(site / paths.pdf_path(src))
    title = headings(site, src)[0][1]
    assert is_a4(pdf) and pdf.trailer["/Root"]["/Lang"] == "da"
    assert bool(pdf.trailer["/Root"]["/MarkInfo"]["/Marked"])  # tagged (PDF/UA)
    assert pdf.metadata.title.startswith(title)
    assert flat(title) in flat(page_texts(site / paths.pdf_path(src))[0])


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_job_profile_pdf_has_authors_and_date_and_on_every_page_its_version(site, src):
    texts = page_texts(site / paths.pdf_path(src))
    assert flat(first_paragraph_after_title(site, src)) in flat(texts[0])
    assert version(site, src).startswith("Senest ændret ")
    for number, text in enumerate(texts, start=1):
        assert version(site, src) in " ".join(text.split()), f"side {number}"


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_published_job_profile_pdf_has_its_web_address_on_every_page(published_site, src):
    texts = page_texts(published_site / paths.pdf_path(src))
    for number, text in enumerate(texts, start=1):
        assert address(src) in "".join(text.split()), f"side {number}"
    uris = [a.get_object()["/A"]["/URI"] for p in reader(published_site / paths.pdf_path(src)).pages for a in p.get("/Annots", []) if "/A" in a.get_object()]
    assert address(src) in uris


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_job_profile_sections_are_pdf_bookmarks_and_their_anchors_destinations(site, src):
    pdf = reader(site / paths.pdf_path(src))
    assert bookmarks(pdf) == headings(site, src)
    anchors = ANCHORS[src[: -len(".md")] + ".html"]
    assert anchors and [anchor for anchor in anchors if anchor not in pdf.named_destinations] == []


def box(textpage, text: str) -> tuple[float, float, float, float] | None:
    """The box (left, bottom, right, top, in points) around the first place text is on a PDFium text page."""
    found = textpage.search(text, match_case=True).get_next()
    if found is None:
        return None
    chars = [textpage.get_charbox(index) for index in range(found[0], found[0] + found[1])]
    return min(c[0] for c in chars), min(c[1] for c in chars), max(c[2] for c in chars), max(c[3] for c in chars)


def gap(one: tuple[float, ...], other: tuple[float, ...]) -> float:
    """The distance between two boxes, in points (0 where they touch or overlap)."""
    return max(other[0] - one[2], one[0] - other[2], other[1] - one[3], one[1] - other[3], 0)


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_job_profile_pages_are_numbered(site, src):
    texts = page_texts(site / paths.pdf_path(src))
    for number, text in enumerate(texts, start=1):
        assert STRINGS.page_of.format(page=number, pages=len(texts)) in " ".join(text.split()), f"side {number}"


@pytest.mark.parametrize("src", JOB_PROFILES)
def test_job_profile_version_is_one_line_clear_of_the_draft_mark(site, src):
    """'Senest ændret 3. december 2026' on one line ('23.' above 'november 2026' was hard to read), 2 mm or more from the mark."""
    line, word = version(site, src), "Senest ændret"
    for number, page in enumerate(pdfium.PdfDocument(site / paths.pdf_path(src)), start=1):
        textpage = page.get_textpage()
        whole, first, mark = box(textpage, line), box(textpage, word), box(textpage, STRINGS.draft_mark)
        assert whole and mark, f"side {number}: {line!r} eller {STRINGS.draft_mark!r} mangler"
        assert whole[3] - whole[1] < 1.5 * (first[3] - first[1]), f"side {number}: {line!r} står på flere linjer"
        assert gap(whole, mark) >= 2 * MM, f"side {number}: {gap(whole, mark):.1f} pt mellem {line!r} og mærket"


def footnotes(site, src: str) -> list[tuple[str, str]]:
    """Each footnote of a built page as (the 40 characters before its call, the start of its text)."""
    article = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").find("article")
    found = []
    for call in article.select("a.footnote-ref"):
        before = "".join(call.find_parent("sup").find_all_previous(string=True, limit=12)[::-1])
        note = article.find("li", id=call["href"][1:]).get_text(" ", strip=True).removesuffix("↩")
        found.append((flat(before)[-40:], flat(note)[:40]))
    return found


def test_job_profile_footnotes_are_on_the_page_that_calls_them(site):
    """A reader of paper finds a footnote at the foot of the page where its number is, not after the last section."""
    src = "jobprofiler/peer-medarbejder.md"
    texts = [flat(text) for text in page_texts(site / paths.pdf_path(src))]
    notes = footnotes(site, src)
    assert len(notes) == 5
    for before, note in notes:
        calling = [number for number, text in enumerate(texts, start=1) if before in text]
        assert calling and note in texts[calling[0] - 1], f"{note!r}: kaldt på side {calling}, står på {[n for n, t in enumerate(texts, 1) if note in t]}"

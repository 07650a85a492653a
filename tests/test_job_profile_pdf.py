"""Each job profile is also its own PDF for HR papers: A4, tagged, titled, dated, addressed, with bookmarks."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from conftest import HANDBOOK, ROOT, built_page
from conftest import published_address as address
from handbook import paths
from test_pdf import flat, is_a4, page_texts, pdf_link, reader

JOB_PROFILES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs/jobprofiler").glob("*.md") if p.name != "index.md")
ANCHORS = HANDBOOK.links.anchors
LINK = "Hent jobprofilen som PDF"


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

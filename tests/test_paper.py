"""The PDFs as paper: a loose page says what it belongs to, a link says where it leads, nothing offers what paper can't do."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from conftest import HANDBOOK, PUBLISHED_URL, ROOT, built_page
from handbook.pages import exercises_of
from handbook.paths import pdf_path
from handbook.strings import STRINGS
from macros import links
from printing import paper, pdf_cache, printouts, render, sheet_html
from test_pdf import TO_PDF, chapter_pages, flat, internal_links, page_number, page_texts, reader

EXERCISES = HANDBOOK.pages.exercises
WORKSHOPS = HANDBOOK.pages.workshops
PRINTED = sorted([e.src for e in EXERCISES.values()] + [w.src for w in WORKSHOPS.values() if exercises_of(w, EXERCISES)] + list(HANDBOOK.pages.job_profiles))


def test_page_2_of_a_sheet_says_which_sheet_and_which_page(site):
    """A sheet's second page, printed loose, carries the exercise's title and 'Side 2 af 2'."""
    two_pages = 0
    for exercise in EXERCISES.values():
        texts = page_texts(site / pdf_path(exercise.src))
        for number, text in enumerate(texts[1:], start=2):
            two_pages += 1
            assert flat(exercise.title) in flat(text), f"{exercise.key}, side {number}"
            assert STRINGS.page_of.format(page=number, pages=len(texts)) in " ".join(text.split()), f"{exercise.key}, side {number}"
    assert two_pages  # the handbook has sheets of two pages


def article_links(site: Path, src: str) -> list[tuple[str, str]]:
    """The links of a printed page's article as (text, address in the site), without the page's own chrome and footnotes."""
    article = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").find("article")
    paper.drop_screen_only(article)
    page_url = src[: -len(".md")] + ".html"
    return [(a.get_text(" ", strip=True), urljoin(page_url, a["href"])) for a in article.find_all("a", href=True) if "footnote-ref" not in a.get("class", [])]


def test_a_published_pdf_prints_the_address_of_every_link(published_site):
    """On paper a link cannot be clicked: the first link to each place is followed by its address."""
    for src in PRINTED:
        text = "".join(" ".join(page_texts(published_site / pdf_path(src))).split())
        addresses = {urljoin(PUBLISHED_URL, target) for _, target in article_links(published_site, src)}
        assert [address for address in sorted(addresses) if f"({address})" not in text] == [], src


def test_a_drafts_pdf_says_where_in_the_handbook_a_link_leads(site):
    """A draft has no address: after the first link to each page it says the page is in the handbook, naming it when
    the link's text does not."""
    titles = {built.relative_to(site).as_posix(): heading(built) for built in site.rglob("*.html")}
    for src in PRINTED:
        text = " ".join(" ".join(page_texts(site / pdf_path(src))).split())
        for link_text, target in article_links(site, src):
            title = titles[target.split("#")[0]]
            note = STRINGS.link_to_named_page if title.casefold() == link_text.casefold() else STRINGS.link_in_handbook.format(title=title)
            assert f"{link_text} {note}" in text or note in text, f"{src}: {link_text} → {title}"


def heading(built: Path) -> str:
    """A built page's first heading, without its permalink."""
    h1 = BeautifulSoup(built.read_text(encoding="utf-8"), "html.parser").find("h1")
    for permalink in h1.select("a.headerlink") if h1 else []:
        permalink.decompose()
    return " ".join(h1.get_text().split()) if h1 else ""


def test_a_link_in_the_whole_handbook_says_on_which_page_it_leads(site):
    """In the whole handbook a link to another part of it is followed by '(side N)', N the page it leads to."""
    path = site / TO_PDF["output_path"]
    pdf, texts = reader(path), page_texts(path)
    first_chapter = chapter_pages(pdf)[1]
    checked = 0
    for on_page, destination in internal_links(pdf):
        if on_page < first_chapter or ":fn" in destination:
            continue  # the contents list its pages itself; a footnote's number is not a page reference
        reference = STRINGS.page_reference.format(page=page_number(pdf, destination))
        assert reference in " ".join(texts[on_page - 1].split()), f"side {on_page}: {destination}"
        checked += 1
    assert checked > 20


def test_the_whole_handbook_offers_no_download_on_paper(site):
    """The home page's downloads (the PDF itself, the zip to unpack) stay on the web page, not in the PDF."""
    home = " ".join(built_page(site, "index.md").read_text(encoding="utf-8").split())
    offer = STRINGS.offline_copy_how.split(",")[0]  # "Pak zip-filen ud"
    assert offer in home and "Hele håndbogen." in home  # the control: the web page offers them
    text = " ".join(" ".join(page_texts(site / TO_PDF["output_path"])).split())
    assert offer not in text and "Hele håndbogen." not in text and "index.html" not in text


def test_a_workshop_without_exercises_gets_no_pack_and_no_link(site, tmp_path):
    """With its only exercise gone, the workshop on handlekraft has nothing to print: no pack, no link to one."""
    workshop = WORKSHOPS["handlekraft"]
    without = {key: e for key, e in EXERCISES.items() if "handlekraft" not in e.themes}
    assert exercises_of(workshop, EXERCISES) and not exercises_of(workshop, without)
    assert links.workshop_pack(WORKSHOPS, without, workshop.src, "x.html") == ""
    assert STRINGS.print_pack in links.workshop_pack(WORKSHOPS, EXERCISES, workshop.src, "x.html")  # the control
    # Printed: one exercise of another theme, so there are exercises, only none of the workshop's; then the control,
    # with the workshop's own added. The other sheets would print alike and decide nothing about this pack.
    other = next(iter(without))
    for exercises, packed in (({other: EXERCISES[other]}, False), ({other: EXERCISES[other], **exercises_of(workshop, EXERCISES)}, True)):
        out = tmp_path / ("with" if packed else "without")
        printouts.write_printouts(exercises, {"handlekraft": workshop}, [], printed_site(site, out), pdf_cache.PdfCache(tmp_path / "cache"))
        assert (out / pdf_path(exercises[other].src)).is_file()  # the sheets were written
        assert (out / pdf_path(workshop.src)).is_file() == packed


def printed_site(site: Path, out: Path) -> render.Site:
    """What the sheets of the session's built site share, written to out."""
    pages = {}
    for src in PRINTED:
        page_url, built = src[: -len(".md")] + ".html", built_page(site, src)
        article = sheet_html.article(built.read_text(encoding="utf-8"), HANDBOOK.edition, page_url, src, {})
        pages[src] = render.BuiltPage(src, page_url, built.as_uri(), article)
    return render.Site(pages, render.sheet_style(ROOT / "docs"), "Håndbogen", "Parkvænget", HANDBOOK.edition, out)

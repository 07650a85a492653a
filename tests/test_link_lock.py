"""Links that never break: links.yml lists every published address, and a page moved without a redirect fails.

The checks are handbook/links.py's, called in-process on the addresses a build would have; the one real
build of a moved page is the edited copy (conftest.edited_site).
"""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from conftest import HANDBOOK, MOVED, RENAMED_HEADING, ROOT, built_page, line_of, load_error
from handbook import HandbookError, links
from handbook.pages import is_job_profile

LOCK = HANDBOOK.links
# The address of every page of the handbook, as a build makes them (plain .html URLs).
BUILT = {src[: -len(".md")] + ".html" for src in HANDBOOK.pages.metas}


def url(src: str) -> str:
    """The address of the page built from src."""
    return src[: -len(".md")] + ".html"


def test_links_file_lists_every_page_of_the_handbook():
    unlisted = sorted(address for address in BUILT if address not in links.published(LOCK))
    assert unlisted == [], "Skriv de nye sider ind under 'pages:' i links.yml:\n" + "\n".join(f"  - {address}" for address in unlisted)


def test_every_published_address_has_its_page():
    links.check_pages(LOCK, BUILT)


def test_a_page_moved_without_a_redirect_names_the_address_and_the_line_to_add():
    old, new = map(url, MOVED)
    with pytest.raises(HandbookError) as caught:
        links.check_pages(LOCK, BUILT - {old} | {new})
    assert str(caught.value) == (
        f"links.yml: adressen '{old}' er udgivet, men der er ingen side med den adresse og ingen "
        f"omdirigering. Er siden flyttet eller omdøbt, så tilføj linjen '  {old}: {new}' under 'redirects:' i links.yml."
    )


def test_the_old_address_gets_a_danish_page_with_a_visible_link_to_the_new_one(edited_site):
    soup = BeautifulSoup(built_page(edited_site, MOVED[0]).read_text(encoding="utf-8"), "html.parser")
    assert soup.html["lang"] == "da" and soup.h1.get_text() == "Siden er flyttet"
    link = soup.main.find("a")
    assert link["href"] == "peer-medarbejderen.html" and (edited_site / "jobprofiler" / link["href"]).is_file()
    assert soup.find("script")["src"] == "../assets/javascripts/redirect.js" and (edited_site / "assets/javascripts/redirect.js").is_file()


def test_a_section_anchor_that_disappears_names_it_and_how_to_keep_it():
    anchors = {address: {"x"} for address in BUILT}
    anchors |= {address: set(names) for address, names in LOCK.anchors.items()}
    links.check_anchors(LOCK, anchors)  # control: every listed anchor there
    anchors["jobprofiler/frivillig-peer.html"].discard("opgaver")
    with pytest.raises(HandbookError) as caught:
        links.check_anchors(LOCK, anchors)
    assert str(caught.value).startswith(
        "links.yml: afsnittet 'jobprofiler/frivillig-peer.html#opgaver' er udgivet, men jobprofiler/frivillig-peer.html har intet afsnit med det anker"
    )
    assert "'## Ny overskrift { #opgaver }' (med mellemrum efter {)" in str(caught.value)


def test_a_renamed_heading_that_keeps_its_anchor_builds(edited_site):
    """The edited copy renamed a published heading and gave it its old anchor: it built, and the anchor is there."""
    src, _, renamed = RENAMED_HEADING
    soup = BeautifulSoup(built_page(edited_site, src).read_text(encoding="utf-8"), "html.parser")
    assert soup.find(id="opgaver").get_text(strip=True).startswith(renamed.split("{")[0].strip("# "))


@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        ("index.html: kilder.html", "links.yml: redirects: 'index.html' er stadig en side i håndbogen"),
        ("gammel.html: findes-ikke.html", "links.yml: redirects: 'gammel.html' fører til 'findes-ikke.html', men der er ingen side"),
        ("a.html: b.html\n  b.html: a.html", "links.yml: redirects: omdirigeringerne går i ring: a.html → b.html → a.html"),
    ],
)
def test_a_redirect_that_leads_nowhere_stops_the_build(project_copy, redirect, message):
    with (project_copy / "links.yml").open("a", encoding="utf-8") as lock:
        lock.write(f"  {redirect}\n")
    with pytest.raises(HandbookError, match="^" + message):
        links.check_pages(links.load(project_copy), BUILT)


# Old addresses that would write a redirect's page outside site/ or somewhere no page could be (issue 18).
OUTSIDE_THE_SITE = {
    "up-and-out": "../overrides/404.html",
    "absolute": "/etc/handbog.html",
    "up-inside": "chime/../index.html",
    "double-slash": "chime//haab.html",
    "backslash": "chime\\haab.html",
}
NOT_AN_ADDRESS = "'{}' under 'redirects' skal være en adresse i håndbogen som 'chime/haab.html' (fra håndbogens forside, uden / eller .. forrest)"
WRONG_ENTRIES = {
    "address": ("  gammel: kilder.html\n", NOT_AN_ADDRESS.format("gammel"), "  gammel: kilder.html"),
    "section": ("omdirigeringer: {}\n", "ukendt felt 'omdirigeringer'. Ret stavningen, eller slet feltet. Gyldige felter: pages, anchors, redirects",
                "omdirigeringer: {}"),
    **{name: (f"  '{old}': index.html\n", NOT_AN_ADDRESS.format(old), f"  '{old}': index.html") for name, old in OUTSIDE_THE_SITE.items()},
}


@pytest.mark.parametrize(("text", "message", "line_text"), WRONG_ENTRIES.values(), ids=WRONG_ENTRIES.keys())
def test_a_wrong_entry_in_the_links_file_names_its_line(project_copy, text, message, line_text):
    with (project_copy / "links.yml").open("a", encoding="utf-8") as lock:
        lock.write(text)
    error = load_error(project_copy)
    assert (error.file, error.line, error.message) == ("links.yml", line_of(project_copy / "links.yml", line_text), message)


def test_a_redirect_written_twice_names_both_lines(project_copy):
    """Already so since issue 22: links.yml is read by the one YAML loader that refuses a key written twice."""
    with (project_copy / "links.yml").open("a", encoding="utf-8") as lock:
        lock.write("  gammel.html: index.html\n  gammel.html: kilder.html\n")
    error = load_error(project_copy)
    assert error.message.startswith("nøglen 'gammel.html' står to gange (første gang i linje")
    assert error.line == line_of(project_copy / "links.yml", "  gammel.html: kilder.html")


@pytest.mark.parametrize("old", ["404.html", "gammel-side.html"])
def test_a_redirect_may_not_replace_a_file_the_build_makes(project_copy, site, old):
    """404.html is the theme's own page, not one of docs/: check_pages lets it through, the built site's files do not
    (the check runs before the redirects' own pages are written: those are left out here)."""
    files = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()} - set(LOCK.redirects)
    with (project_copy / "links.yml").open("a", encoding="utf-8") as lock:
        lock.write(f"  {old}: index.html\n")
    lock = links.load(project_copy)
    links.check_pages(lock, BUILT)
    if old not in files:  # the negative control: an address no file has is free
        links.check_redirects_free(lock, files)
        return
    with pytest.raises(HandbookError) as caught:
        links.check_redirects_free(lock, files)
    assert (caught.value.file, caught.value.line) == ("links.yml", line_of(project_copy / "links.yml", f"  {old}: index.html"))
    assert caught.value.message == f"redirects: '{old}' er en fil, som håndbogen selv laver; en omdirigering ville erstatte den. Ret den gamle adresse, eller slet linjen."


def test_a_draft_redirect_page_has_no_canonical_link_and_a_published_one_an_absolute_one():
    """A relative canonical link resolves from the old address's folder: chime/identitet.html from peer-uddannelsen/workshops/."""
    old, new = "peer-uddannelsen/workshops/identitet.html", "chime/identitet.html"
    assert "canonical" not in links.redirect_page(old, new, "Identitet", "Håndbogen", None)
    page = links.redirect_page(old, new, "Identitet", "Håndbogen", "https://haandbog.eksempel.dk/")
    assert '<link rel="canonical" href="https://haandbog.eksempel.dk/chime/identitet.html">' in page


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pages: [\n", "links.yml, linje 2: ugyldig YAML"),
        ("pages: index.html\n", "links.yml, linje 1: feltet 'pages' skal være en liste af tekster, ikke 'index.html'"),
        ("anchors:\n  index.html: peer-haandbogen\n", "links.yml, linje 2: 'index.html' skal være en liste af tekster, ikke 'peer-haandbogen'"),
        ("redirects:\n  gammel.html: [ny.html]\n", "links.yml, linje 2: 'gammel.html' skal være tekst, ikke ['ny.html']"),
    ],
)
def test_a_malformed_links_file_names_the_file_and_the_line(project_copy, text, message):
    (project_copy / "links.yml").write_text(text, encoding="utf-8")
    assert str(load_error(project_copy)).startswith(message)


def test_every_job_profile_lists_its_section_anchors(site):
    for source in sorted((ROOT / "docs").rglob("*.md")):
        src = source.relative_to(ROOT / "docs").as_posix()
        if is_job_profile(src) and url(src) not in LOCK.anchors:
            ids = BeautifulSoup((site / url(src)).read_text(encoding="utf-8"), "html.parser").select("article :is(h2, h3, h4)[id]")
            lines = "".join(f"\n    - {heading['id']}" for heading in ids)
            pytest.fail(f"Skriv jobprofilens afsnit under 'anchors:' i links.yml:\n  {url(src)}:{lines}")

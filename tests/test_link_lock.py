"""Links that never break: links.yml lists every published address, and a page moved without a redirect fails."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from conftest import MOVED, ROOT, build, built_page, failed_build, move_page
from hooks import links
from macros.pages import is_job_profile

LOCK = links.load(ROOT / "links.yml")


def test_links_file_lists_every_page_of_the_handbook():
    pages = sorted(path.relative_to(ROOT / "docs").with_suffix(".html").as_posix() for path in (ROOT / "docs").rglob("*.md"))
    unlisted = [url for url in pages if url not in links.published(LOCK)]
    assert unlisted == [], "Skriv de nye sider ind under 'pages:' i links.yml:\n" + "\n".join(f"  - {url}" for url in unlisted)


def test_a_page_moved_without_a_redirect_stops_the_build_naming_the_address_and_the_line_to_add(project_copy, tmp_path):
    move_page(project_copy, *MOVED, redirect=False)
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    assert (
        "links.yml: adressen 'jobprofiler/peer-medarbejder.html' er udgivet, men der er ingen side med den adresse og ingen "
        "omdirigering. Er siden flyttet eller omdøbt, så tilføj linjen "
        "'  jobprofiler/peer-medarbejder.html: jobprofiler/peer-medarbejderen.html' under 'redirects:' i links.yml."
    ) in output


def test_the_old_address_gets_a_danish_page_with_a_visible_link_to_the_new_one(moved_site):
    soup = BeautifulSoup(built_page(moved_site, MOVED[0]).read_text(encoding="utf-8"), "html.parser")
    assert soup.html["lang"] == "da" and soup.h1.get_text() == "Siden er flyttet"
    link = soup.main.find("a")
    assert link["href"] == "peer-medarbejderen.html" and (moved_site / "jobprofiler" / link["href"]).is_file()
    assert soup.find("script")["src"] == "../assets/javascripts/redirect.js" and (moved_site / "assets/javascripts/redirect.js").is_file()


def test_a_section_anchor_that_disappears_stops_the_build(project_copy, tmp_path):
    page = project_copy / "docs/jobprofiler/frivillig-peer.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Opgaver\n", "## Opgaverne\n"), encoding="utf-8")
    output = failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")
    assert "links.yml: afsnittet 'jobprofiler/frivillig-peer.html#opgaver' er udgivet, men jobprofiler/frivillig-peer.html har intet afsnit med det anker" in output
    assert "'## Ny overskrift { #opgaver }' (med mellemrum efter {)" in output


def test_a_renamed_heading_that_keeps_its_anchor_builds(project_copy, tmp_path):
    page = project_copy / "docs/jobprofiler/frivillig-peer.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Opgaver\n", "## Opgaverne { #opgaver }\n"), encoding="utf-8")
    assert build(project_copy, tmp_path / "out", HANDBOOK_PDF="0").returncode == 0


@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        ("index.html: kilder.html", "links.yml, redirects: 'index.html' er stadig en side i håndbogen"),
        ("gammel.html: findes-ikke.html", "links.yml, redirects: 'gammel.html' fører til 'findes-ikke.html', men der er ingen side"),
        ("a.html: b.html\n  b.html: a.html", "links.yml, redirects: omdirigeringerne går i ring: a.html → b.html → a.html"),
        ("gammel: kilder.html", "links.yml, redirects: 'gammel' skal være en adresse som 'chime/haab.html'"),
    ],
)
def test_a_redirect_that_leads_nowhere_stops_the_build(project_copy, tmp_path, redirect, message):
    with (project_copy / "links.yml").open("a", encoding="utf-8") as lock:
        lock.write(f"  {redirect}\n")
    assert message in failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")


def test_an_unknown_section_in_the_links_file_names_the_valid_ones(project_copy, tmp_path):
    with (project_copy / "links.yml").open("a", encoding="utf-8") as lock:
        lock.write("omdirigeringer: {}\n")
    assert "links.yml: ukendt afsnit 'omdirigeringer'. Gyldige: anchors, pages, redirects" in failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")


def test_every_job_profile_lists_its_section_anchors(site):
    for source in sorted((ROOT / "docs").rglob("*.md")):
        src = source.relative_to(ROOT / "docs").as_posix()
        url = src[: -len(".md")] + ".html"
        if is_job_profile(src) and url not in LOCK.anchors:
            ids = BeautifulSoup((site / url).read_text(encoding="utf-8"), "html.parser").select("article :is(h2, h3, h4)[id]")
            lines = "".join(f"\n    - {heading['id']}" for heading in ids)
            pytest.fail(f"Skriv jobprofilens afsnit under 'anchors:' i links.yml:\n  {url}:{lines}")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pages: [\n", "links.yml, linje "),
        ("pages: index.html\n", "links.yml, pages: skal være en liste"),
        ("anchors:\n  index.html: peer-haandbogen\n", "links.yml, anchors, index.html: skal være en liste af afsnit"),
    ],
)
def test_a_malformed_links_file_names_the_file_and_the_section(project_copy, tmp_path, text, message):
    (project_copy / "links.yml").write_text(text, encoding="utf-8")
    assert message in failed_build(project_copy, tmp_path, HANDBOOK_PDF="0")

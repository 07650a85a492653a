"""A new page's address (and a new job profile's sections) is written into links.yml by the build; comments stay."""
from __future__ import annotations

from conftest import HANDBOOK, ROOT
from handbook import links
from test_link_lock import BUILT  # every page's built address

TEXT = (ROOT / "links.yml").read_text(encoding="utf-8")


def test_the_handbook_as_it_is_has_no_unlisted_page():
    assert links.unlisted(HANDBOOK.links, BUILT) == []


def test_a_new_page_is_unlisted_and_written_in_order_under_pages():
    new = links.unlisted(HANDBOOK.links, BUILT | {"oevelser/ny.html"})
    assert new == ["oevelser/ny.html"]
    text = links.with_pages(TEXT, new)
    assert "  - oevelser/index.html\n  - oevelser/ny.html\n  - oevelser/succeser-og-naeste-skridt.html\n" in text
    assert text.replace("  - oevelser/ny.html\n", "", 1) == TEXT  # nothing else changed, comments included


def test_a_redirected_address_is_not_a_new_page():
    old = next(iter(HANDBOOK.links.redirects))
    assert links.unlisted(HANDBOOK.links, BUILT | {old}) == []


def test_a_new_job_profile_gets_its_sections_under_anchors():
    block = "  jobprofiler/ny-rolle.html:\n    - opgaver\n    - moeder\n"
    text = links.with_anchors(TEXT, "jobprofiler/ny-rolle.html", ["opgaver", "moeder"])
    assert f"anchors:\n{block}" in text and text.replace(block, "", 1) == TEXT


def test_a_links_file_without_sections_gets_them():
    assert links.with_pages("", ["a.html"]) == "pages:\n  - a.html\n"
    assert links.with_anchors("pages: []\n", "a.html", ["x"]) == "pages: []\nanchors:\n  a.html:\n    - x\n"


def test_a_new_glossary_term_is_written_after_the_ordliste_addresses_already_kept():
    kept = HANDBOOK.links.anchors["ordliste.html"]
    text = links.with_anchors(TEXT, "ordliste.html", ["ny-term"])
    assert f"    - {kept[-1]}\n    - ny-term\n" in text and text.replace("    - ny-term\n", "", 1) == TEXT


def test_a_glossary_terms_address_is_its_word_with_danish_letters_spelled_out():
    keys = {t.term: t.key for t in HANDBOOK.data.glossary}
    assert (keys["Øst Første"], keys["skånebehov"], keys["levede erfaringer"]) == ("oest-foerste", "skaanebehov", "levede-erfaringer")

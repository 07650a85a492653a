"""Page URLs and heading anchors are readable ASCII: æ→ae, ø→oe, å→aa, and they never change silently."""
from __future__ import annotations

import re

import pytest

from conftest import HANDBOOK, ROOT
from hooks.slugs import slugify


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Håb", "haab"),
        ("Øvelser", "oevelser"),
        ("Skånebehov for peer-medarbejder", "skaanebehov-for-peer-medarbejder"),
        ("Mening i tilværelsen", "mening-i-tilvaerelsen"),
        ("ÆBLE på Ø", "aeble-paa-oe"),
        ("5 ting jeg vil før jeg dør", "5-ting-jeg-vil-foer-jeg-doer"),
        ("Patient VS professionel rolle (Symmetrisk/Asymmetrisk)", "patient-vs-professionel-rolle-symmetrisk-asymmetrisk"),
        ("Café – “citat”", "cafe-citat"),
    ],
)
def test_danish_heading_gives_readable_anchor(heading, anchor):
    assert slugify(heading) == anchor


# The contract with staff who paste these links in e-mails and HR papers is links.yml (anchors):
# a heading renamed there fails the build; a new heading must be listed there too. Where a heading
# had to change to match its document, the page keeps the old anchor with attr_list
# ("## Det er en succes når peer-medarbejder har { #succeskriterier }"), and #hvad-er-peer-stoette, once a
# heading the handbook had added, now marks the paragraph it introduced.
JOB_PROFILES = HANDBOOK.links.anchors


@pytest.mark.parametrize("url", JOB_PROFILES)
def test_job_profile_url_and_section_anchors_are_stable(site, url):
    html = (site / url).read_text(encoding="utf-8")
    ids = re.findall(r'<[a-z0-9]+ id="([^"]+)"', html)
    headings = re.findall(r'<h[2-6] id="([^"]+)"', html)
    assert [anchor for anchor in JOB_PROFILES[url] if anchor not in ids] == [], "links.yml, anchors: an anchor staff may have sent is gone"
    assert [anchor for anchor in headings if anchor not in JOB_PROFILES[url]] == [], f"links.yml, anchors: a new section of {url}: list its anchor"


def test_every_page_url_is_ascii(site):
    pages = [p.relative_to(site).as_posix() for p in site.rglob("*.html")]
    assert len(pages) > 20
    assert all(p.isascii() and " " not in p for p in pages), pages

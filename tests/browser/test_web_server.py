"""The web server that ships (deploy/nginx.conf, Debian's nginx) serving the session's site on 127.0.0.1.

Checked as a browser and a proxy see it: headers, compression, caching, the PDF's type, the Danish 404,
no listings, and a Content-Security-Policy that every page, search and the PDF links pass in Chromium.
"""
from __future__ import annotations

import gzip
import json
import re
import http.client
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from conftest import ROOT
from tools import nginx
from .site_pages import page_urls
from .sweep import visit_every_page
from .test_content_policy import refuses_an_inline_script, styled
from .test_search import search

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
YEAR = "public, max-age=31536000, immutable"


@pytest.fixture(scope="module")
def server(site: Path, tmp_path_factory) -> Iterator[str]:
    """nginx with the shipped config in the foreground, serving the session's site; stopped after the module."""
    with nginx.serve(site, tmp_path_factory.mktemp("nginx") / "prefix") as address:
        yield address


def fetch(server: str, path: str, gzip_ok: bool = False) -> http.client.HTTPResponse:
    """GET a path from the server (asking for gzip if told), the body read, headers as sent."""
    parts = urlsplit(server)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", "/" + path, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


def fingerprinted(site: Path) -> list[str]:
    """Material's fingerprinted assets, as paths in the site: 'assets/javascripts/bundle.a5f9d56c.min.js'."""
    found = [p.relative_to(site).as_posix() for p in site.glob("assets/**/*.min.*") if p.suffix in {".js", ".css"}]
    return sorted(path for path in found if path.split(".")[-3].isalnum() and len(path.split(".")[-3]) == 8)


@pytest.mark.parametrize("path", ["", "chime/haab.html", "pdf/peer-haandbogen.pdf", "findes/ikke.html", "assets/stylesheets/extra.css"])
def test_every_response_has_the_security_headers(server, path):
    response = fetch(server, path)
    assert {name: response.getheader(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS
    assert "default-src 'none'" in response.getheader("content-security-policy")
    assert "frame-ancestors 'none'" in response.getheader("content-security-policy")
    assert response.getheader("server") == "nginx"  # no version number


@pytest.mark.parametrize("path", ["index.html", "assets/stylesheets/extra.css", "search/search_index.json"])
def test_text_is_sent_gzip_compressed(server, site, path):
    response = fetch(server, path, gzip_ok=True)
    assert response.getheader("content-encoding") == "gzip" and response.getheader("vary") == "Accept-Encoding"
    assert gzip.decompress(response.body) == (site / path).read_bytes()
    assert len(response.body) < (site / path).stat().st_size / 2


def test_fingerprinted_assets_are_cached_for_a_year_and_the_rest_checked_each_time(server, site):
    assets = fingerprinted(site)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    assert {path: fetch(server, path).getheader("cache-control") for path in assets} == dict.fromkeys(assets, YEAR)
    for path in ["index.html", "chime/haab.html", "assets/stylesheets/extra.css", "pdf/peer-haandbogen.pdf"]:
        assert fetch(server, path).getheader("cache-control") == "no-cache", path


def test_a_pdf_is_sent_as_application_pdf(server, site):
    response = fetch(server, "pdf/peer-haandbogen.pdf")
    assert response.status == 200 and response.getheader("content-type") == "application/pdf"
    assert response.body == (site / "pdf/peer-haandbogen.pdf").read_bytes()


@pytest.mark.parametrize("path", ["findes-ikke.html", "chime/findes-ikke/", "assets/", "assets/javascripts/"])
def test_a_missing_page_or_a_folder_gets_status_404_and_the_danish_page(server, path):
    response = fetch(server, path)
    body = response.body.decode("utf-8")
    assert response.status == 404
    assert '<html lang="da"' in body and "Siden findes ikke" in body and "Index of" not in body


def test_was_leads_to_the_accessibility_statement(server, site):
    response = fetch(server, "was")
    assert response.status == 301 and urlsplit(response.getheader("location")).path == "/tilgaengelighed.html"
    assert (site / "tilgaengelighed.html").is_file()


@pytest.mark.parametrize("section", ["chime", "oevelser", "jobprofiler", "peer-uddannelsen"])
def test_a_section_without_its_slash_is_sent_on_to_it_with_the_path_alone(server, section):
    """/chime served the section's page where its relative links break; the redirect names no host, right behind a TLS proxy."""
    response = fetch(server, section + "?fra=mail")
    assert (response.status, response.getheader("location")) == (301, f"/{section}/?fra=mail")
    assert fetch(server, section + "/").status == 200


def test_a_folder_without_a_page_is_not_redirected(server):
    """The negative control: only a folder with an index.html is a section."""
    assert fetch(server, "peer-uddannelsen/workshops").status == 404


def test_the_root_of_the_site_is_the_home_page(server, site):
    response = fetch(server, "")
    assert response.status == 200 and response.body == (site / "index.html").read_bytes()


def test_every_page_and_the_404_page_pass_the_content_security_policy(page: Page, server, violations):
    """The pages' own policy is in force here too (each page states it), so this also shows that no page breaks it where a
    server sends no header (test_content_policy.py): the header's policy is the same, with frame-ancestors added."""
    visit_every_page(page.context, [server + path for path in [*page_urls(), "findes-ikke.html"]], styled)
    assert violations == []


def test_search_passes_the_content_security_policy(page: Page, server, violations):
    page.goto(server + "index.html")
    assert "chime/haab.html" in search(page, "håbet")[:3]
    assert violations == []


def test_pdf_links_open_under_the_content_security_policy(page: Page, server, site, violations):
    page.goto(server + "index.html")
    links = page.locator("a[type='application/pdf']").evaluate_all("links => links.map(link => link.href)")
    assert links
    for url in dict.fromkeys(links):
        response = page.goto(url)
        assert response.status == 200 and response.header_value("content-type") == "application/pdf", url
    assert violations == []


def test_a_forbidden_inline_script_is_reported(page: Page, server, violations):
    """The negative control: an inline script, which the policy forbids, shows up as a violation."""
    page.goto(server + "index.html")
    refuses_an_inline_script(page, violations)


def test_a_site_built_under_umask_077_is_served_to_nginxs_unprivileged_workers(published_site, tmp_path):
    """The published copy was built under umask 077 (conftest.published_site): its files still get modes www-data can read."""
    modes = {oct(path.stat().st_mode & 0o777) for path in [published_site, *published_site.rglob("*")] if not path.is_symlink()}
    assert modes == {"0o644", "0o755"}
    with nginx.serve(published_site, tmp_path / "nginx") as address:
        for path in [*page_urls(), "pdf/peer-haandbogen.pdf", "assets/stylesheets/extra.css", "search/search_index.json"]:
            assert fetch(address, path).status == 200, path


def test_the_container_ships_this_config_with_the_same_layout():
    """The image cannot be built or run here: check it installs nginx and starts it with this file, as above."""
    containerfile = (ROOT / "Containerfile").read_text(encoding="utf-8")
    command = json.loads(re.search(r"^CMD (.+)$", containerfile, re.MULTILINE)[1])
    assert "RUN ensure-debs nginx" in containerfile
    assert "COPY deploy/nginx.conf /etc/nginx/handbook.conf" in containerfile
    assert "COPY site/ /srv/handbook/site/" in containerfile and "mkdir /srv/handbook/tmp" in containerfile
    assert command == ["nginx", "-p", "/srv/handbook/", "-c", "/etc/nginx/handbook.conf"]

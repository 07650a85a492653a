"""'Er noget svært at forstå, eller forkert? Skriv til os' on every page: the reader's own mail or phone opens with the
page's title and address filled in, to the organisation's contact; the page sends nothing; none while no contact is set."""
from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from bs4 import BeautifulSoup

from conftest import CONTACT, PUBLISHED_URL
from handbook.publication import feedback_href
from handbook.strings import STRINGS


def test_an_email_contact_gets_a_mail_with_the_pages_title_and_address():
    href = feedback_href("kontakt@eksempel.dk", "Håb & drømme", "https://haandbog.eksempel.dk/chime/haab.html")
    parts = urlsplit(href)
    assert (parts.scheme, parts.path) == ("mailto", "kontakt@eksempel.dk")
    assert parse_qs(parts.query) == {"subject": ["Håb & drømme"], "body": ["https://haandbog.eksempel.dk/chime/haab.html"]}


def test_a_phone_contact_gets_a_text_message_with_the_pages_title_and_address():
    href = feedback_href("+45 12 34 56 78", "Håb", "chime/haab.html")
    assert href.startswith("sms:+4512345678?body=") and unquote(href.split("body=")[1]) == "Håb: chime/haab.html"


def test_no_contact_no_link():
    assert feedback_href("", "Håb", "chime/haab.html") == ""


def test_every_published_page_links_to_the_contact_with_its_own_title_and_address(published_site):
    pages = [p for p in published_site.rglob("*.html") if "assets" not in p.parts and p.name != "404.html"]
    checked = 0
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        if soup.find("meta", attrs={"http-equiv": "refresh"}):  # a moved page's forwarding page
            continue
        link = soup.select_one("footer a.feedback")
        assert link is not None and link.get_text(strip=True) == STRINGS.feedback, path
        parts = urlsplit(link["href"])
        query = parse_qs(parts.query)
        assert parts.path == CONTACT and query["body"] == [PUBLISHED_URL + path.relative_to(published_site).as_posix()], path
        assert query["subject"][0] and query["subject"][0] in soup.title.get_text(), path
        checked += 1
    assert checked > 20


def test_without_a_contact_no_page_has_the_link(site):
    assert not any("class=\"feedback\"" in p.read_text(encoding="utf-8") for p in site.rglob("*.html"))

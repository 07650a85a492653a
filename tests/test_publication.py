"""Draft or published, never confused: a draft says so on every PDF page; a published build carries its address."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pypdfium2
import pytest
import yaml
import zxingcpp

import handbook
from conftest import CONTACT, ORGANISATION, PUBLISHED_URL, ROOT, built_page, line_of, load_error, set_organisation
from conftest import published_address as address
from handbook.strings import STRINGS
from test_pdf import CONFIG, EXERCISES, SHEET_LINK, TO_PDF, page_texts, pdf_link, reader


def every_pdf(site: Path) -> list[Path]:
    """Every PDF of a built site: the whole handbook, the sheets and the packs."""
    return sorted(site.glob("pdf/**/*.pdf"))


def uris(pdf: Path) -> list[str]:
    """Every web link (URI annotation) in a PDF."""
    annotations = (a.get_object() for page in reader(pdf).pages for a in page.get("/Annots", []))
    return [a["/A"]["/URI"] for a in annotations if "/A" in a and "/URI" in a["/A"]]


def qr_codes(pdf: Path) -> list[list[str]]:
    """What the QR codes on each page of a PDF say, read from the page as a phone camera would see it (looking for QR codes only:
    a third of the time of trying every kind of barcode)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [[code.text for code in zxingcpp.read_barcodes(page.render(scale=3).to_pil(), formats=zxingcpp.BarcodeFormat.QRCode)] for page in document]
    finally:
        document.close()


def test_a_draft_has_the_draft_mark_on_every_page_of_every_pdf(site):
    pdfs = every_pdf(site)
    assert len(pdfs) > len(EXERCISES)
    unmarked = [f"{pdf.name} side {n}" for pdf in pdfs for n, text in enumerate(page_texts(pdf), 1) if STRINGS.draft_mark not in text]
    assert unmarked == []


def test_a_draft_prints_no_web_address_and_says_it_has_none(site):
    for pdf in every_pdf(site):
        text = " ".join(page_texts(pdf))
        assert "Se siden på nettet" not in text and "Den nyeste udgave står på" not in text, pdf.name
        assert STRINGS.draft_note in " ".join(text.split()), pdf.name
        assert [uri for uri in uris(pdf) if uri.endswith((".html", ".pdf", "/"))] == [], pdf.name


def test_a_draft_sheet_or_pack_has_no_qr_code(site):
    printed = [pdf for pdf in every_pdf(site) if pdf.name != Path(TO_PDF["output_path"]).name]
    assert printed and {pdf.name: [] for pdf in printed} == {pdf.name: sum(qr_codes(pdf), []) for pdf in printed}


def test_a_draft_web_page_says_the_contact_is_missing_and_names_no_address(site):
    statement = built_page(site, "tilgaengelighed.md").read_text(encoding="utf-8")
    assert "Kladde: kontaktoplysninger mangler" in statement
    assert 'rel="canonical"' not in statement


def test_a_published_build_has_no_draft_mark_anywhere(published_site):
    marked = [pdf.name for pdf in every_pdf(published_site) if STRINGS.draft_mark in " ".join(page_texts(pdf))]
    assert marked == []
    assert "Kladde" not in built_page(published_site, "tilgaengelighed.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.key)
def test_a_published_sheet_prints_its_address_on_every_page_and_links_only_there(published_site, exercise):
    sheet = pdf_link(published_site, exercise.src, SHEET_LINK)
    for text in page_texts(sheet):
        assert address(exercise.src) in "".join(text.split()) and CONFIG["site_name"] in text
    assert address(exercise.src) in uris(sheet)
    assert [uri for uri in uris(sheet) if not uri.startswith(PUBLISHED_URL)] == []
    assert reader(sheet).trailer["/Root"]["/Lang"] == "da" and reader(sheet).metadata.title.startswith(exercise.title)


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.key)
def test_a_published_sheets_qr_code_opens_its_page_on_every_page(published_site, exercise):
    sheet = pdf_link(published_site, exercise.src, SHEET_LINK)
    assert qr_codes(sheet) == [[address(exercise.src)]] * len(reader(sheet).pages)


def test_a_published_handbook_pdf_names_its_address_on_the_cover(published_site):
    handbook = published_site / TO_PDF["output_path"]
    assert PUBLISHED_URL in "".join(page_texts(handbook)[0].split())
    assert PUBLISHED_URL in uris(handbook)


def test_a_published_accessibility_statement_shows_the_contact(published_site):
    statement = built_page(published_site, "tilgaengelighed.md").read_text(encoding="utf-8")
    assert f"<strong>{CONTACT}</strong>" in statement
    assert f'<link rel="canonical" href="{PUBLISHED_URL}tilgaengelighed.html">' in statement


@pytest.mark.build
def test_make_publish_without_address_and_contact_refuses_and_names_both():
    settings = yaml.safe_load((ROOT / ORGANISATION).read_text(encoding="utf-8"))
    assert settings["address"] == settings["contact"] == "", f"{ORGANISATION} er udfyldt: testen forventer en kladde"
    environment = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    result = subprocess.run(["make", "publish"], cwd=ROOT, capture_output=True, text=True, env=environment, timeout=600)
    assert result.returncode != 0
    assert (
        "Håndbogen kan ikke udgives, for der mangler: håndbogens webadresse: sæt SITE_URL=https://… eller 'address' "
        "i data/organisation.yml; kontakten til tilgængelighedserklæringen: 'contact' i data/organisation.yml"
    ) in result.stdout + result.stderr


def test_publishing_without_a_contact_names_the_contact(project_copy):
    message = str(load_error(project_copy, SITE_URL=PUBLISHED_URL, HANDBOOK_PUBLISH="1"))
    assert message == "Håndbogen kan ikke udgives, for der mangler: kontakten til tilgængelighedserklæringen: 'contact' i data/organisation.yml"


def test_an_address_in_organisation_yml_counts_as_the_address(project_copy):
    set_organisation(project_copy, address="https://haandbog.eksempel.dk", contact=CONTACT)
    edition = handbook.load(project_copy, {"HANDBOOK_PUBLISH": "1", "SITE_URL": ""}).edition
    assert (edition.address, edition.contact, edition.draft) == ("https://haandbog.eksempel.dk/", CONTACT, False)


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("SITE_URL", "haandbog.eksempel.dk", "Miljøvariablen SITE_URL: 'haandbog.eksempel.dk' skal begynde med https://"),
        ("address", "www.eksempel.dk", "data/organisation.yml, linje {address}: 'www.eksempel.dk' skal begynde med https://"),
        ("contact", 12345678, 'data/organisation.yml, linje {contact}: feltet \'contact\' skal være tekst, ikke 12345678 (skriv tal som tekst'),
        ("name", "", "data/organisation.yml, linje {name}: feltet 'name' er tomt: skriv en tekst"),
        ("email", "a@eksempel.dk", "data/organisation.yml, linje {email}: ukendt felt 'email'. Ret stavningen, eller slet feltet. Gyldige felter: name, address, contact"),
    ],
    ids=["site_url", "address", "contact-number", "name", "unknown-field"],
)
def test_a_wrong_setting_stops_the_build_naming_it(project_copy, setting, value, message):
    if setting == "SITE_URL":
        error = load_error(project_copy, SITE_URL=value)
    else:
        set_organisation(project_copy, **{setting: value})
        error = load_error(project_copy)
    lines = {key: line_of(project_copy / ORGANISATION, text) for key, text in read_keys(project_copy / ORGANISATION).items()}
    assert str(error).startswith(message.format(**lines))


# Addresses that would reach every canonical link, PDF and QR code (issue 18): each refused, saying why.
ADDRESS_MISTAKES = {
    "credentials": ("https://admin:hemmelig@haandbog.eksempel.dk/", "har et brugernavn eller en adgangskode (før @)"),
    "backslash": ("https://haandbog.eksempel.dk\\haandbog\\", "har en omvendt skråstreg (\\); en webadresse bruger kun /"),
    "space": ("https://haandbog.eksempel.dk/min haandbog/", "har et mellemrum, et linjeskift eller et usynligt tegn"),
    "newline": ("https://haandbog.eksempel.dk/\nSet-Cookie: x=1", "har et mellemrum, et linjeskift eller et usynligt tegn"),
    "control-character": ("https://haandbog.eksempel.dk/\x1b[0m", "har et mellemrum, et linjeskift eller et usynligt tegn"),
    "zero-width-space": ("https://haandbog\u200b.eksempel.dk/", "har et mellemrum, et linjeskift eller et usynligt tegn"),
    "port-out-of-range": ("https://haandbog.eksempel.dk:99999/", "har et portnummer, der ikke findes"),
    "port-not-a-number": ("https://haandbog.eksempel.dk:https/", "har et portnummer, der ikke findes"),
    "port-zero": ("https://haandbog.eksempel.dk:0/", "har et portnummer, der ikke findes"),
    "not-http": ("ftp://haandbog.eksempel.dk/", "skal begynde med https://"),
    "script": ("javascript://haandbog.eksempel.dk/%0aalert(1)", "skal begynde med https://"),
}


@pytest.mark.parametrize("mistake", ADDRESS_MISTAKES)
def test_an_address_that_is_not_a_plain_web_address_is_refused_saying_why(mistake):
    value, problem = ADDRESS_MISTAKES[mistake]
    message = str(load_error(ROOT, SITE_URL=value))
    assert message.startswith(f"Miljøvariablen SITE_URL: {value!r} {problem}")
    assert message.endswith(". Skriv hele adressen, fx https://www.eksempel.dk/haandbog/")


def test_an_address_with_a_password_in_organisation_yml_names_the_line(project_copy):
    set_organisation(project_copy, address="https://admin:hemmelig@haandbog.eksempel.dk/")
    error = load_error(project_copy)
    assert (error.file, error.line) == (ORGANISATION, line_of(project_copy / ORGANISATION, "address: https://admin:hemmelig@haandbog.eksempel.dk/"))
    assert "har et brugernavn eller en adgangskode (før @)" in error.message


def test_a_plain_http_address_is_used_with_a_warning_and_https_without():
    http = handbook.load(ROOT, {"SITE_URL": "http://intranet.eksempel.dk/haandbog/"}).edition
    assert http.address == "http://intranet.eksempel.dk/haandbog/"
    assert http.warning.startswith("Advarsel: håndbogens adresse http://intranet.eksempel.dk/haandbog/ er ikke krypteret (http, ikke https).")
    assert handbook.load(ROOT, {"SITE_URL": PUBLISHED_URL}).edition.warning == ""


def read_keys(path: Path) -> dict[str, str]:
    """Each top-level key of a YAML file and its whole line."""
    return {line.split(":")[0]: line for line in path.read_text(encoding="utf-8").splitlines() if line and line[0].isalpha()}

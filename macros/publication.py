"""Draft or published: the handbook's address and contact, from organisation.yml and SITE_URL.

A build without a real address is a draft: it prints no address (no QR code, no "see the page on the
web") and marks every PDF page "KLADDE". Publishing needs both the address and the contact.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from macros.data import Organisation
from macros.errors import HandbookError

# The environment variable that sets the address (the publishing workflow takes it from the repository).
SITE_URL = "SITE_URL"
# `make publish` sets it: a build that must not be a draft.
PUBLISH = "HANDBOOK_PUBLISH"
# What a draft prints: the mark at the top of every PDF page, and the note where the address would be.
DRAFT_MARK = "KLADDE – ikke udgivet"
DRAFT_NOTE = "Kladde: håndbogen har endnu ingen webadresse."


@dataclass(frozen=True)
class Edition:
    """What a build knows about where it is published: the address (None in a draft) and the contact."""

    address: str | None
    contact: str

    @property
    def draft(self) -> bool:
        """True while the handbook has no real address."""
        return self.address is None


def checked_address(value: str, where: str) -> str:
    """A web address with http(s), a host and a closing slash; anything else stops the build, naming where it came from."""
    parts = urlsplit(value)
    if parts.scheme not in {"https", "http"} or not parts.netloc or parts.query or parts.fragment:
        raise HandbookError(f"{where}: '{value}' er ikke en webadresse. Skriv hele adressen, fx https://www.eksempel.dk/haandbog/")
    return value if value.endswith("/") else value + "/"


def edition(organisation: Organisation, environ: Mapping[str, str]) -> Edition:
    """The address from SITE_URL when set, else from organisation.yml; none means a draft."""
    if environ.get(SITE_URL, "").strip():
        address = checked_address(environ[SITE_URL].strip(), f"Miljøvariablen {SITE_URL}")
    elif organisation.address:
        address = checked_address(organisation.address, "organisation.yml: 'address'")
    else:
        address = None
    return Edition(address, organisation.contact)


def require_published(edition: Edition) -> None:
    """Stop a publishing build that would still be a draft, naming each missing setting and where to set it."""
    missing = []
    if edition.address is None:
        missing.append(f"håndbogens webadresse: sæt {SITE_URL}=https://… eller 'address' i macros/data/organisation.yml")
    if not edition.contact:
        missing.append("kontakten til tilgængelighedserklæringen: 'contact' i macros/data/organisation.yml")
    if missing:
        raise HandbookError("Håndbogen kan ikke udgives, for der mangler: " + "; ".join(missing))

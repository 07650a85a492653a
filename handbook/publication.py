"""Draft or published: the edition a build makes, from the organisation's settings and the environment.

A build without a real address is a draft: it prints no address (no QR code, no "see the page on the
web") and marks every PDF page "KLADDE". Publishing needs both the address and the contact.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import re
from urllib.parse import quote, urljoin, urlsplit

from handbook.errors import HandbookError

# The environment variable that sets the address (the publishing workflow takes it from the repository).
SITE_URL = "SITE_URL"
# `make publish` sets it: a build that must not be a draft.
PUBLISH = "HANDBOOK_PUBLISH"
ORGANISATION = "data/organisation.yml"


@dataclass(frozen=True)
class Edition:
    """What a build knows about where it is published: the address (none in a draft) and the contact."""

    address: str | None
    contact: str

    @property
    def draft(self) -> bool:
        """True while the handbook has no real address."""
        return self.address is None

    def address_of(self, page_url: str) -> str:
        """The published web address of a built page (its URL in the site); a draft has none to give."""
        if self.address is None:
            raise ValueError("a draft has no web address")
        return urljoin(self.address, page_url)


def feedback_href(contact: str, title: str, address: str) -> str:
    """A link that opens the reader's own mail (an e-mail contact) or text messages (a phone number) to the contact,
    with the page's title and address filled in; the page itself sends nothing. '' while there is no contact."""
    if not contact:
        return ""
    text = {"subject": title, "body": address}
    if "@" in contact:
        return f"mailto:{quote(contact, safe='@')}?" + "&".join(f"{key}={quote(value, safe='')}" for key, value in text.items())
    return f"sms:{re.sub(r'[^0-9+]', '', contact)}?body={quote(f'{title}: {address}', safe='')}"


def checked_address(value: str, file: str = "", line: int | None = None, source: str = "") -> str:
    """A web address with http(s), a host and a closing slash; anything else stops the build, naming where it came from."""
    parts = urlsplit(value)
    if parts.scheme not in {"https", "http"} or not parts.netloc or parts.query or parts.fragment:
        message = f"'{value}' er ikke en webadresse. Skriv hele adressen, fx https://www.eksempel.dk/haandbog/"
        raise HandbookError(f"{source}: {message}" if source else message, file, line)
    return value if value.endswith("/") else value + "/"


def edition(address: str, contact: str, environ: Mapping[str, str]) -> Edition:
    """The address from SITE_URL when set, else from organisation.yml (`address`, checked there); none means a draft."""
    if environ.get(SITE_URL, "").strip():
        return Edition(checked_address(environ[SITE_URL].strip(), source=f"Miljøvariablen {SITE_URL}"), contact)
    return Edition(address or None, contact)


def require_published(edition: Edition) -> None:
    """Stop a publishing build that would still be a draft, naming each missing setting and where to set it."""
    missing = []
    if edition.draft:
        missing.append(f"håndbogens webadresse: sæt {SITE_URL}=https://… eller 'address' i {ORGANISATION}")
    if not edition.contact:
        missing.append(f"kontakten til tilgængelighedserklæringen: 'contact' i {ORGANISATION}")
    if missing:
        raise HandbookError("Håndbogen kan ikke udgives, for der mangler: " + "; ".join(missing))

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

    @property
    def warning(self) -> str:
        """What to tell about an address that works but is not encrypted (http://), else nothing."""
        if self.address and self.address.startswith("http://"):
            return (
                f"Advarsel: håndbogens adresse {self.address} er ikke krypteret (http, ikke https). Den står i hver side "
                "og hver QR-kode; brug https://, når webstedet har det."
            )
        return ""


EXAMPLE = "https://www.eksempel.dk/haandbog/"


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
    """A web address with https (or http), a host and a closing slash; anything else stops the build, naming where it came from.

    It goes into every page's canonical link, every PDF and every QR code, so nothing may hide in it:
    no name or password, no space, backslash or invisible character, no port that cannot be.
    """
    problem = address_problem(value)
    if problem:
        message = f"{value!r} {problem}. Skriv hele adressen, fx {EXAMPLE}"
        raise HandbookError(f"{source}: {message}" if source else message, file, line)
    return value if value.endswith("/") else value + "/"


def address_problem(value: str) -> str:
    """What is wrong with a web address, in Danish; empty when nothing is."""
    if any(character.isspace() or not character.isprintable() for character in value):
        return "har et mellemrum, et linjeskift eller et usynligt tegn; en webadresse har ingen"
    if "\\" in value:
        return "har en omvendt skråstreg (\\); en webadresse bruger kun /"
    parts = urlsplit(value)
    if parts.scheme not in {"https", "http"}:
        return "skal begynde med https://"
    if not parts.hostname or parts.query or parts.fragment:
        return "er ikke en webadresse"
    if "@" in parts.netloc:
        return "har et brugernavn eller en adgangskode (før @); det ville stå på hver side og i hver QR-kode"
    try:
        port = parts.port  # None when the address names no port
    except ValueError:  # not a number, or above 65535
        port = 0
    return "har et portnummer, der ikke findes (efter : skal stå et tal fra 1 til 65535)" if port == 0 else ""


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

"""The shared data (data/*.yml), read once per build and validated into dataclasses: each dataclass is its entries' schema."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from handbook import files, publication, schema, yaml_text
from handbook.errors import HandbookError, unknown_key
from handbook.schema import EMPTY_OK, GIVEN, Where
from handbook.slugs import slugify

# The folder of the data files, in the project's folder (beside mkdocs.yml).
DATA_DIR = "data"


@dataclass(frozen=True)
class Source:
    key: str = field(metadata=GIVEN)
    short: str  # how the source is cited in the text, e.g. "Socialstyrelsen 2016"
    reference: str  # the full reference on the Kilder page
    english: list[str] = field(default_factory=list)  # the reference's English parts (a title), marked so screen readers read them in English


@dataclass(frozen=True)
class Definition:
    key: str = field(metadata=GIVEN)
    title: str
    text: str
    source: str  # a key of sources.yml
    page: str


@dataclass(frozen=True)
class Theme:
    key: str = field(metadata=GIVEN)
    name: str
    english: str
    page: str


@dataclass(frozen=True)
class Chime:
    intro: str
    themes: dict[str, Theme]


# Residents and participants are named only with their consent: a handbook must never out anyone.
NEEDS_CONSENT = ("resident", "participant")


@dataclass(frozen=True)
class Person:
    """Staff and partners: named by role and name."""

    key: str = field(metadata=GIVEN)
    kind: Literal["staff", "resident", "participant", "partner"]
    role: str  # the role the handbook gives them by default; a document's own title is in its credit line
    name: str

    @property
    def named(self) -> bool:
        """Whether the handbook may print this person's name."""
        return True


@dataclass(frozen=True)
class PrivatePerson(Person):
    """A resident or participant: named only with their consent, else by the words in `unnamed`."""

    consent: bool  # may the handbook print their name?
    unnamed: str  # how the handbook refers to them without their name
    consent_basis: str = field(default="", metadata=EMPTY_OK)  # what that consent rests on

    @property
    def named(self) -> bool:
        """Whether the handbook may print this person's name."""
        return self.consent


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    forms: list[str] = field(default_factory=list)  # other forms of the word that get the same explanation
    tooltip: bool = True  # false for a word so frequent that its explanation would disturb

    @property
    def key(self) -> str:
        """The term's id on the Ordliste (ordliste.html#key, 'Øst Første' -> oest-foerste), locked in links.yml."""
        return slugify(self.term)


@dataclass(frozen=True)
class Organisation:
    """The settings only the organisation can supply; an empty address or contact means not yet known."""

    name: str
    address: str = field(metadata=EMPTY_OK)
    contact: str = field(metadata=EMPTY_OK)  # written: an e-mail address (or a phone number), for the feedback link and the accessibility statement
    phone: str = field(default="", metadata=EMPTY_OK)  # the accessibility statement's phone number
    enforcement: str = field(default="", metadata=EMPTY_OK)  # where to complain about accessibility when the answer does not help (only the organisation knows)
    statement_date: date | None = None  # when the accessibility statement was prepared or last reviewed


@dataclass(frozen=True)
class Data:
    sources: dict[str, Source]
    definitions: dict[str, Definition]
    chime_intro: str
    themes: dict[str, Theme]
    values: dict[str, list[str]]
    people: dict[str, Person]
    glossary: list[Term]
    numbers: dict[str, int]  # education.yml: counts that several pages state
    organisation: Organisation


def read(project: Path, name: str) -> tuple[Any, Where]:
    """Parse data/<name>.yml; a missing or empty file, a syntax slip or a key written twice names the file."""
    file = f"{DATA_DIR}/{name}.yml"
    path = project / file
    raw = yaml_text.parse(files.read_text(path, file), file) if path.is_file() else None
    if raw is None:
        raise HandbookError(f"filen mangler eller er tom i {project}", file)
    return raw, Where(file, 1)


def line_of(raw: Any, key: str, name: str = "") -> int | None:
    """The line of an entry's key in a parsed file, or of one of its fields."""
    entry_line = yaml_text.lines_of(raw).get(key)
    return yaml_text.lines_of(raw.get(key)).get(name, entry_line) if name else entry_line


def load(project: Path) -> Data:
    """Read every data file of the project in the folder `project` and return the validated data."""
    raw, where = read(project, "sources")
    sources = schema.convert(raw, where, dict[str, Source])
    for key, item in sources.items():
        for part in item.english:
            if part not in item.reference:
                raise HandbookError(f"'{key}': den engelske tekst {part!r} står ikke ordret i reference", where.file, line_of(raw, key, "english"))
    raw, where = read(project, "definitions")
    definitions = schema.convert(raw, where, dict[str, Definition])
    for key, definition in definitions.items():
        unknown_key("kilde", definition.source, sources, where.file, line_of(raw, key, "source"))
    chime = schema.entry(Chime, *read(project, "chime"))
    values = schema.convert(*read(project, "values"), dict[str, list[str]])
    glossary = terms(*read(project, "glossary"))
    return Data(
        sources, definitions, chime.intro.strip(), chime.themes, values, people(*read(project, "people")),
        glossary, numbers(*read(project, "education")), organisation(project),
    )


def people(raw: Any, where: Where) -> dict[str, Person]:
    """people.yml: a resident or participant also says whether they agreed to be named, and on what."""
    found = {}
    for key, entry in schema.convert(raw, where, dict[str, Any]).items():
        private = isinstance(entry, dict) and entry.get("kind") in NEEDS_CONSENT
        person = schema.entry(PrivatePerson if private else Person, entry, where.item(key, line_of(raw, key)), key=key)
        if private and person.consent and not person.consent_basis.strip():
            raise HandbookError(
                f"'{key}' har consent: true, men mangler consent_basis: skriv, hvad samtykket bygger på",
                where.file, line_of(raw, key, "consent"),
            )
        found[key] = person
    return found


@dataclass(frozen=True)
class Glossary:
    """glossary.yml: the terms as one list (the web editor edits it as a list)."""

    terms: list[Term]


def terms(raw: Any, where: Where) -> list[Term]:
    """glossary.yml; two entries that explain the same word or form stop the build: only one could be its tooltip."""
    glossary = schema.entry(Glossary, raw, where).terms
    lines = yaml_text.lines_of(raw.get("terms"))
    owner: dict[str, int] = {}
    for number, term in enumerate(glossary):
        for word in [term.term, *term.forms]:
            if word in owner:
                raise HandbookError(
                    f"ordet '{word}' står både i punkt {owner[word] + 1} ('{glossary[owner[word]].term}') og i punkt {number + 1} "
                    f"('{term.term}'); et ord kan kun have én forklaring. Slet det ene, eller saml forklaringerne i ét punkt.",
                    where.file, lines.get(number),
                )
            owner[word] = number
    return glossary


def numbers(raw: Any, where: Where) -> dict[str, int]:
    """education.yml: counts, each a whole number of 0 or more."""
    counts = schema.convert(raw, where, dict[str, int])
    for key, count in counts.items():
        if count < 0:
            raise HandbookError(f"'{key}' skal være et helt tal på 0 eller mere, ikke {count}", where.file, line_of(raw, key))
    return counts


def organisation(project: Path) -> Organisation:
    """The organisation's settings (organisation.yml): a name, and text or nothing for address and contact."""
    raw, where = read(project, "organisation")
    settings = schema.entry(Organisation, raw, where)
    address = settings.address.strip()
    if address:
        address = publication.checked_address(address, where.file, line_of(raw, "address"))
    return Organisation(
        settings.name.strip(), address, settings.contact.strip(), settings.phone.strip(), settings.enforcement.strip(), settings.statement_date
    )

"""The shared data (data/*.yml), read once per build and validated into dataclasses: each dataclass is its entries' schema."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from handbook import files, publication, schema, yaml_text
from handbook.errors import HandbookError, unknown_key
from handbook.schema import EMPTY_OK, GIVEN, Where

# The folder of the data files, in the project's folder (beside mkdocs.yml).
DATA_DIR = "data"


@dataclass(frozen=True)
class Source:
    key: str = field(metadata=GIVEN)
    short: str  # how the source is cited in the text, e.g. "Socialstyrelsen 2016"
    reference: str  # the full reference on the Kilder page


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


@dataclass(frozen=True)
class Organisation:
    """The settings only the organisation can supply; an empty address or contact means not yet known."""

    name: str
    address: str = field(metadata=EMPTY_OK)
    contact: str = field(metadata=EMPTY_OK)


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
    sources = schema.convert(*read(project, "sources"), dict[str, Source])
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


def terms(raw: Any, where: Where) -> list[Term]:
    """glossary.yml; two entries that explain the same word or form stop the build: only one could be its tooltip."""
    glossary = schema.convert(raw, where, dict[str, Term])
    owner: dict[str, str] = {}
    for key, term in glossary.items():
        for word in [term.term, *term.forms]:
            if word in owner:
                raise HandbookError(
                    f"ordet '{word}' står både under '{owner[word]}' og under '{key}'; et ord kan kun have én "
                    "forklaring. Slet det ene, eller saml forklaringerne under én nøgle.",
                    where.file, line_of(raw, key),
                )
            owner[word] = key
    return list(glossary.values())


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
    return Organisation(settings.name.strip(), address, settings.contact.strip())

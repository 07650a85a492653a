"""Load the shared YAML data once per build and validate it into dataclasses."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from macros import yaml_text
from macros.errors import HandbookError, unknown_key

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Source:
    key: str
    short: str  # how the source is cited in the text, e.g. "Socialstyrelsen 2016"
    reference: str  # the full reference on the Kilder page
    english: tuple[str, ...] = ()  # the reference's English parts (a title), marked so screen readers read them in English


@dataclass(frozen=True)
class Definition:
    key: str
    title: str
    text: str
    source: str
    page: str


@dataclass(frozen=True)
class Theme:
    key: str
    name: str
    english: str
    page: str


PERSON_KINDS = ("staff", "resident", "participant", "partner")
# Residents and participants are named only with their consent: a handbook must never out anyone.
NEEDS_CONSENT = ("resident", "participant")


@dataclass(frozen=True)
class Person:
    key: str
    kind: str  # one of PERSON_KINDS
    role: str  # the role the handbook gives them by default; a document's own title is in its credit line
    name: str
    consent: bool = False  # residents and participants: may the handbook print their name?
    consent_basis: str = ""  # what that consent rests on
    unnamed: str = ""  # how the handbook refers to a resident or participant without their name

    @property
    def named(self) -> bool:
        """Whether the handbook may print this person's name."""
        return self.kind not in NEEDS_CONSENT or self.consent


@dataclass(frozen=True)
class Term:
    key: str  # also the term's id on the Ordliste (ordliste.html#key), locked in links.yml
    term: str
    definition: str
    forms: list[str]
    tooltip: bool


@dataclass(frozen=True)
class Organisation:
    """The settings only the organisation can supply; an empty address or contact means not yet known."""

    name: str
    address: str
    contact: str


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


def read_yaml(path: Path) -> Any:
    """Parse one data file; a syntax slip or a key written twice names the file and the line."""
    return yaml_text.parse(path.read_text(encoding="utf-8-sig"), path.name)


def fields(file: str, key: str, entry: Any, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict:
    """Check that one YAML entry has exactly the required (and allowed optional) fields."""
    if not isinstance(entry, dict):
        raise HandbookError(f"{file}: '{key}' skal være en samling af felter, ikke {entry!r}")
    missing = [name for name in required if name not in entry]
    extra = sorted(set(entry) - set(required) - set(optional))
    allowed = f"tilladte felter: {', '.join(required + optional)}"
    if missing:
        raise HandbookError(f"{file}: '{key}' mangler {missing}; {allowed}")
    if extra:
        raise HandbookError(f"{file}: '{key}' har ukendte felter {extra}; ret stavningen eller slet dem ({allowed})")
    return entry


def source(key: str, entry: Any) -> Source:
    """One sources.yml entry; each of its English parts must be written exactly as in its reference."""
    fields("sources.yml", key, entry, ("short", "reference"), ("english",))
    english = entry.get("english", [])
    if not (isinstance(english, list) and all(isinstance(part, str) for part in english)):
        raise HandbookError(f"sources.yml: '{key}': english skal være en liste af tekster fra reference")
    for part in english:
        if part not in entry["reference"]:
            raise HandbookError(f"sources.yml: '{key}': den engelske tekst {part!r} står ikke ordret i reference")
    return Source(key, entry["short"], entry["reference"], tuple(english))


def person(key: str, entry: Any) -> Person:
    """One people.yml entry; a resident or participant must say whether they agreed to be named."""
    private = isinstance(entry, dict) and entry.get("kind") in NEEDS_CONSENT
    required = ("kind", "role", "name") + (("consent", "unnamed") if private else ())
    fields("people.yml", key, entry, required, ("consent_basis",) if private else ())
    unknown_key("kind", entry["kind"], PERSON_KINDS, where=f"people.yml: '{key}'")
    if private and not isinstance(entry["consent"], bool):
        raise HandbookError(f"people.yml: '{key}': consent skal være true eller false, ikke {entry['consent']!r}")
    if private and entry["consent"] and not str(entry.get("consent_basis", "")).strip():
        raise HandbookError(f"people.yml: '{key}' har consent: true, men mangler consent_basis: skriv, hvad samtykket bygger på")
    return Person(key, **entry)


def organisation(data_dir: Path = DATA_DIR) -> Organisation:
    """The organisation's settings (organisation.yml): a name, and text or nothing for address and contact."""
    path = data_dir / "organisation.yml"
    if not path.is_file():
        raise HandbookError(f"organisation.yml mangler i {data_dir}")
    entry = fields("organisation.yml", "organisation", read_yaml(path), ("name", "address", "contact"))
    for key, value in entry.items():
        if not isinstance(value, str):
            raise HandbookError(f"organisation.yml: '{key}' skal være tekst (skriv \"\" for tom), ikke {value!r}")
    if not entry["name"].strip():
        raise HandbookError("organisation.yml: 'name' må ikke være tom")
    return Organisation(**{key: value.strip() for key, value in entry.items()})


def load(data_dir: Path = DATA_DIR) -> Data:
    """Read every data file and return the validated data."""
    raw = {path.stem: read_yaml(path) for path in sorted(data_dir.glob("*.yml"))}
    for name in ("sources", "definitions", "chime", "values", "people", "glossary", "education"):
        if not isinstance(raw.get(name), dict):
            raise HandbookError(f"{name}.yml mangler eller er tom i {data_dir}")
    sources = {k: source(k, v) for k, v in raw["sources"].items()}
    definitions = {
        k: Definition(k, **fields("definitions.yml", k, v, ("title", "text", "source", "page")))
        for k, v in raw["definitions"].items()
    }
    for definition in definitions.values():
        unknown_key("kilde", definition.source, sources, where=f"definitions.yml: '{definition.key}'")
    chime = fields("chime.yml", "chime", raw["chime"], ("intro", "themes"))
    themes = {k: Theme(k, **fields("chime.yml", k, v, ("name", "english", "page"))) for k, v in chime["themes"].items()}
    for k, v in raw["values"].items():
        if not (isinstance(v, list) and all(isinstance(item, str) for item in v)):
            raise HandbookError(f"values.yml: '{k}' skal være en liste af værdier (tekst)")
    people = {k: person(k, v) for k, v in raw["people"].items()}
    glossary = {
        k: Term(k, **{"forms": [], "tooltip": True, **fields("glossary.yml", k, v, ("term", "definition"), ("forms", "tooltip"))})
        for k, v in raw["glossary"].items()
    }
    check_words_once(glossary)
    for k, v in raw["education"].items():
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise HandbookError(f"education.yml: '{k}' skal være et helt tal, ikke {v!r}")
    return Data(
        sources, definitions, chime["intro"].strip(), themes, raw["values"], people, list(glossary.values()), raw["education"], organisation(data_dir)
    )


def check_words_once(glossary: dict[str, Term]) -> None:
    """Stop when two glossary entries explain the same word or form: only one could be its tooltip."""
    owner: dict[str, str] = {}
    for key, term in glossary.items():
        for word in [term.term, *term.forms]:
            if word in owner:
                raise HandbookError(
                    f"glossary.yml: ordet '{word}' står både under '{owner[word]}' og under '{key}'; "
                    "et ord kan kun have én forklaring. Slet det ene, eller saml forklaringerne under én nøgle."
                )
            owner[word] = key

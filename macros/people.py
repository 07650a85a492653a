"""Render people (people.yml) and the credit lines of documents, naming residents only with consent."""
from __future__ import annotations

from handbook.data import Data, Person
from handbook.errors import HandbookError, unknown_key
from handbook.pages import PERSON_KEY, JobProfile
from handbook.strings import STRINGS
from macros.texts import plain


def lookup(data: Data, key: str) -> Person:
    """The person `key`, or an error naming the valid keys."""
    unknown_key("person", key, data.people)
    return data.people[key]


def person(data: Data, key: str) -> str:
    """A person as role and name, role first; a resident without consent by role only."""
    who = lookup(data, key)
    return plain(f"{who.role} {who.name}" if who.named else who.unnamed)


def first_name(data: Data, key: str) -> str:
    """A person's first name, for the second mention on a page; a resident without consent by role only."""
    who = lookup(data, key)
    return plain(who.name.split()[0] if who.named else who.unnamed)


def credit(data: Data, line: str) -> str:
    """A credit line as its document gives it, each {key} replaced by that person's name, all of it escaped."""
    parts = PERSON_KEY.split(line)  # text, key, text, key, ..., text
    for index in range(1, len(parts), 2):
        who = lookup(data, parts[index])
        parts[index] = who.name if who.named else who.unnamed
    return plain("".join(parts))


def byline(data: Data, profile: JobProfile) -> str:
    """A job profile's credit: the document's own author line, or that the handbook compiled it."""
    return credit(data, profile.byline) if profile.byline else plain(STRINGS.compiled_by_the_handbook)


def byline_markdown(data: Data, profile: JobProfile) -> str:
    """A job profile's credit in italics, its text escaped, as the page and the index show it."""
    return f"*{byline(data, profile)}*"


def written_by(data: Data, profiles: dict[str, JobProfile], here: str) -> str:
    """The byline paragraph under a job profile's heading."""
    if here not in profiles:
        raise HandbookError("written_by() virker kun på en jobprofil under jobprofiler/")
    return f"{byline_markdown(data, profiles[here])}\n{{: .byline }}\n"

"""Render people (people.yml) and the credit lines of documents, naming residents only with consent."""
from __future__ import annotations


from macros.data import Data, Person
from macros.errors import HandbookError, unknown_key
from macros.pages import PERSON_KEY, JobProfile
from macros.texts import plain

COMPILED = "Håndbogens egen sammenskrivning – ikke en officiel funktionsbeskrivelse."


def lookup(data: Data, key: str, here: str) -> Person:
    """The person `key`, or an error naming the page and the valid keys."""
    unknown_key("person", key, data.people, where=here)
    return data.people[key]


def person(data: Data, key: str, here: str) -> str:
    """A person as role and name, role first; a resident without consent by role only."""
    who = lookup(data, key, here)
    return plain(f"{who.role} {who.name}" if who.named else who.unnamed)


def first_name(data: Data, key: str, here: str) -> str:
    """A person's first name, for the second mention on a page; a resident without consent by role only."""
    who = lookup(data, key, here)
    return plain(who.name.split()[0] if who.named else who.unnamed)


def credit(data: Data, line: str, here: str) -> str:
    """A credit line as its document gives it, each {key} replaced by that person's name, all of it escaped."""
    parts = PERSON_KEY.split(line)  # text, key, text, key, ..., text
    for index in range(1, len(parts), 2):
        who = lookup(data, parts[index], here)
        parts[index] = who.name if who.named else who.unnamed
    return plain("".join(parts))


def byline(data: Data, profile: JobProfile) -> str:
    """A job profile's credit: the document's own author line, or that the handbook compiled it."""
    return credit(data, profile.byline, profile.src) if profile.byline else COMPILED


def byline_markdown(data: Data, profile: JobProfile) -> str:
    """A job profile's credit in italics, its text escaped, as the page and the index show it."""
    return f"*{byline(data, profile)}*"


def written_by(data: Data, profiles: dict[str, JobProfile], here: str) -> str:
    """The byline paragraph under a job profile's heading."""
    if here not in profiles:
        raise HandbookError(f"{here}: written_by() virker kun på en jobprofil under jobprofiler/")
    return f"{byline_markdown(data, profiles[here])}\n{{: .byline }}\n"

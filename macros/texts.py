"""Render the shared texts (definitions, sources, values, people, glossary) as Markdown."""
from __future__ import annotations

import html
import posixpath

from macros.data import Data
from macros.errors import HandbookError, unknown_key

SOURCES_PAGE = "kilder.md"


def plain(text: object) -> str:
    """Text from data or front matter for a page: shown as written, never markup (<, >, & and quotes escaped)."""
    return html.escape(str(text))


def link(target: str, here: str) -> str:
    """The relative link from the page `here` to the page `target` (both paths under docs/)."""
    return posixpath.relpath(target, start=posixpath.dirname(here) or ".")


def source(data: Data, key: str, page: str, here: str) -> str:
    """A citation such as (Socialstyrelsen 2016: 8), linked to the source on the Kilder page."""
    unknown_key("kilde", key, data.sources, where=here)
    pages = f": {page}" if page else ""
    return f"([{plain(data.sources[key].short)}]({link(SOURCES_PAGE, here)}#{key}){plain(pages)})"


def definition(data: Data, key: str, here: str) -> str:
    """A shared definition as a quote box with its title and source."""
    unknown_key("definition", key, data.definitions, where=here)
    item = data.definitions[key]
    cite = source(data, item.source, item.page, here)
    return f'!!! quote "{plain(item.title)}"\n\n    ”{plain(item.text)}”\n\n    {cite}\n'


def sources_list(data: Data) -> str:
    """Every source in full, each with an anchor that citations link to."""
    return "\n\n".join(f"**{plain(s.short)}.** {plain(s.reference)}\n{{: #{s.key} }}" for s in data.sources.values())


def values(data: Data, key: str, here: str) -> str:
    """One list of values as a bullet list."""
    unknown_key("værdiliste", key, data.values, where=here)
    return "\n".join(f"- {plain(value)}" for value in data.values[key])


def person(data: Data, key: str, here: str) -> str:
    """A person as role and name, role first, e.g. 'udviklingsmedarbejder <name>'."""
    unknown_key("person", key, data.people, where=here)
    return plain(f"{data.people[key].role} {data.people[key].name}")


def first_name(data: Data, key: str, here: str) -> str:
    """A person's first name, for the second mention on a page."""
    unknown_key("person", key, data.people, where=here)
    return plain(data.people[key].name.split()[0])


def written_by(data: Data, meta: dict, here: str) -> str:
    """Who wrote a job profile and when, from its front matter: written, and optionally authors."""
    if "written" not in meta:
        raise HandbookError(f"{here}: en jobprofil skal have feltet 'written' i front matter")
    names = [person(data, key, here) for key in meta.get("authors", [])]
    if not names:
        return f"*{plain(meta['written'])}.*"
    joined = " og ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    return f"*Udarbejdet af {joined}, {plain(meta['written'])}.*"


DANISH_ORDER = "abcdefghijklmnopqrstuvwxyzæøå"


def danish_sort_key(text: str) -> list[int]:
    """Sort key that puts æ, ø, å after z, as a Danish dictionary does."""
    return [DANISH_ORDER.find(c) if c in DANISH_ORDER else ord(c) for c in text.lower()]


def glossary(data: Data) -> str:
    """The glossary as a definition list, sorted the Danish way."""
    terms = sorted(data.glossary, key=lambda t: danish_sort_key(t.term))
    return "\n\n".join(f"{plain(t.term)}\n:   {plain(t.definition)}" for t in terms)


def abbreviations(data: Data) -> str:
    """The glossary as Markdown abbreviation lines, so each term gets a tooltip on every page."""
    lines = []
    for term in (t for t in data.glossary if t.tooltip):
        # Material's tooltip puts the title attribute into the page as HTML, and Markdown writes an entity
        # into an attribute as it is: escaped twice, the attribute holds escaped text, shown as written.
        text = html.escape(plain(" ".join(term.definition.split())), quote=False)
        lines += [f"*[{word}]: {text}" for word in [term.term, *term.forms]]
    return "\n".join(lines)

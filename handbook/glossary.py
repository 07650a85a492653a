"""Which words of a page the glossary explains: every spelling of every term with a tooltip, in one pattern."""
from __future__ import annotations

import re
from dataclasses import dataclass

from handbook.data import Term

# The Ordliste: every term in full, each with its address (ordliste.html#key).
GLOSSARY_PAGE = "ordliste.md"


@dataclass(frozen=True)
class Tooltips:
    """The terms by each of their spellings, and one pattern that finds any of them in running text."""

    terms: dict[str, Term]
    pattern: re.Pattern[str]


def tooltips(glossary: list[Term]) -> Tooltips:
    """The tooltips of a glossary: its terms with tooltip: true, longest spelling first in the pattern."""
    spellings = {spelling: term for term in glossary if term.tooltip for spelling in [term.term, *term.forms]}
    # A sentence may start with the word: "Recovery er ..." is explained like "recovery".
    terms = {spelling[:1].upper() + spelling[1:]: term for spelling, term in spellings.items()} | spellings
    longest_first = sorted(terms, key=len, reverse=True)
    # A term may open a compound ("LUB" in "LUB-pakken") but not end one ("peer" in "frivillig-peer").
    pattern = r"(?<![\w-])(" + "|".join(map(re.escape, longest_first)) + r")(?!\w)" if terms else "(?!)"
    return Tooltips(terms, re.compile(pattern))

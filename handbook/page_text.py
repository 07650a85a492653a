"""One page's file as staff write it: its front matter parsed, and the slips in its text that would show on the page.

A page may not be empty; its front matter is plain values (a macro there would be shown as written,
and a title is never markup); a macro in its text is written with straight quotes (Word's curly ones
stop the macro with a message about something else).
"""
from __future__ import annotations

import re
from pathlib import Path

from handbook import files, yaml_text
from handbook.errors import HandbookError

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
# A macro call or statement in a page's text, as mkdocs-macros (Jinja) reads it.
MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
# The quotes Word, Pages and Google Docs put in place of " and ' as you type, and what a macro needs instead.
CURLY_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


def read(path: Path, file: str) -> dict:
    """A page's front matter (empty when it has none), after checking the page's text; every slip names the file and the line."""
    text = files.read_text(path, file)
    match = FRONT_MATTER.match(text)
    if text.startswith("---") and not match:
        raise HandbookError("front matter starter med '---' men slutter aldrig", file, 1)
    body_start = match.end() if match else 0
    check_body(text[body_start:], file, text.count("\n", 0, body_start) + 1)
    meta = yaml_text.parse(match.group(1) or "", file, first_line=2, kind="front matter") if match else None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise HandbookError("front matter skal være 'nøgle: værdi'-linjer", file, 2)
    check_front_matter(meta, file)
    return meta


def check_body(body: str, file: str, first_line: int) -> None:
    """Stop on an empty page, and on a macro written with curly quotes, naming its line and how to write it."""
    if not body.strip():
        raise HandbookError(
            "siden er tom. Skriv sidens tekst, eller slet filen for at fjerne siden (står den under nav: i mkdocs.yml, så slet også dens linje der)",
            file, first_line,
        )
    for macro in MACRO.finditer(body):
        if macro[0] != macro[0].translate(CURLY_QUOTES):
            raise HandbookError(
                f"makroen {macro[0]} har krøllede anførselstegn (“ ” eller ‘ ’), som Word laver, når man skriver. "
                f"En makro skal have lige anførselstegn: {macro[0].translate(CURLY_QUOTES)}",
                file, first_line + body.count("\n", 0, macro.start()),
            )


def check_front_matter(meta: dict, file: str) -> None:
    """Values every page's front matter shares: a title is text, never markup; no value is a macro."""
    lines = yaml_text.lines_of(meta)
    for key, value in meta.items():
        macro = next(iter(MACRO.findall(" ".join(texts_in(value)))), None)
        if macro:
            raise HandbookError(
                f"feltet '{key}' i front matter har makroen {macro}, men makroer virker kun i sidens tekst: i front matter "
                "bliver den vist, som den står. Skriv teksten direkte (fx navnet i stedet for person(...)).",
                file, lines.get(key, 2),
            )
    if "title" in meta:
        check_title(str(meta["title"]), file, lines["title"])


def check_title(title: str, file: str, line: int | None) -> None:
    """A page's title (front matter or nav) is text: Material shows a long one in a tooltip as HTML, even escaped, so no markup at all."""
    if "<" in title or ">" in title:
        raise HandbookError(f"titlen må ikke indeholde < eller >: {title!r}. Skriv den som almindelig tekst.", file, line)


def texts_in(value: object) -> list[str]:
    """Every text in a front-matter value, inside lists and mappings too."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in texts_in(item)]
    return [value] if isinstance(value, str) else []

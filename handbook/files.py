"""Reading the files staff write: UTF-8 text without invisible characters, or a Danish message naming the file and the line.

An editor on Windows may save a file as Latin-1 (æ, ø and å then are not UTF-8), and text copied from
Word, a PDF or a web page may carry characters nobody sees: a zero-width space makes 'haab' another key
than 'haab', a right-to-left override turns the text around on the page, a NUL breaks the HTML.
"""
from __future__ import annotations

import re
from pathlib import Path

from handbook.errors import HandbookError

# Allowed although invisible: the soft hyphen (a hyphenation hint) and the zero-width joiner (inside emoji).
ALLOWED = {"\u00ad", "\u200d"}
# What staff may know a character as; any other is named by its code alone.
NAMES = {
    "\u0000": "et NUL-tegn",
    "\u200b": "et mellemrum uden bredde",
    "\u200c": "en usynlig ordadskiller",
    "\u200e": "en usynlig retningsmarkering",
    "\u200f": "en usynlig retningsmarkering",
    "\u202e": "et tegn, der vender teksten om (højre mod venstre)",
    "\u2060": "en usynlig ordsammenbinder",
    "\ufeff": "et usynligt BOM-tegn midt i filen",
}
# Control characters (tab, newline and carriage return are text), line and paragraph separators, and the
# format characters (Unicode's Cf) a text in Danish can carry: zero-width spaces, direction marks and overrides.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u00ad\u061c\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def read_text(path: Path, file: str) -> str:
    """The text of a file saved as UTF-8 (a byte-order mark at the start dropped), checked for invisible characters."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise HandbookError(
            "filen er ikke gemt som UTF-8, så æ, ø og å kan ikke læses (det første tegn, der ikke er UTF-8, står i "
            "denne linje). Gem filen igen med kodningen UTF-8: i Notesblok under 'Gem som' → 'Kodning'.",
            file, line,
        ) from None
    check_characters(text, file)
    return text


def check_characters(text: str, file: str, first_line: int = 1) -> None:
    """Stop at the first invisible or control character, naming its line and the text just before it."""
    found = next((m for m in INVISIBLE.finditer(text) if m[0] not in ALLOWED), None)
    if found is None:
        return
    start = found.start()
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30) : start].lstrip()
    name = NAMES.get(found[0], f"et usynligt tegn (U+{ord(found[0]):04X})")
    where = f"efter '{before}'" if before else "i starten af linjen"
    raise HandbookError(
        f"{name} står {where}. Det kan ikke ses, men ændrer teksten: slet det (skriv de omkringstående bogstaver "
        "igen). Sådanne tegn følger ofte med, når man kopierer fra Word, en pdf eller en hjemmeside.",
        file, text.count("\n", 0, start) + first_line,
    )


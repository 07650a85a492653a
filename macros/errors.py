"""The one error type of the handbook, and the message for a macro error: for staff, naming the file and the key or line."""
from __future__ import annotations

import traceback
from collections.abc import Collection

from jinja2 import TemplateSyntaxError
from mkdocs.exceptions import PluginError


class HandbookError(PluginError):
    """A content mistake that stops the build, with a message saying where and what to write instead."""


def unknown_key(kind: str, key: object, valid: Collection[str], where: str) -> None:
    """Raise when key is not one of valid, naming where it was used and listing the valid keys."""
    if key not in valid:
        raise HandbookError(f"{where}: ukendt {kind} '{key}'. Gyldige: {', '.join(sorted(valid))}")


CURLY_BRACKETS_HELP = "CONTRIBUTING.md, afsnittet »Krøllede parenteser i almindelig tekst«"


def page_error(error: Exception, markdown: str, page) -> str:
    """mkdocs-macros' message for an error in a page's macros: Danish, with the file and the line (Markdown)."""
    file_text = page.file.content_string
    # The macros see the page without its front matter: count the lines it had, to name the file's line.
    offset = max(0, len(file_text.splitlines()) - len(markdown.splitlines()))
    line = template_line(error, markdown)
    where = f"{page.file.src_uri}, linje {line + offset}" if line else page.file.src_uri
    message = "\n".join(f"        {text}" for text in f"{type(error).__name__}: {error}".splitlines())
    return (
        f'!!! failure "Fejl i {where}"\n\n'
        "    Siden kan ikke bygges, før fejlen er rettet. Fejlen:\n\n"
        f"{message}\n\n"
        "    Står der `{{` eller `{%` i teksten uden at være en kode, så læs "
        f"{CURLY_BRACKETS_HELP}.\n"
    )


def template_line(error: Exception, markdown: str) -> int | None:
    """The line in the page's Markdown where a macro error happened, if Jinja knows it."""
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        # Jinja names the line where it gave up; the slip is in the last code opened by then.
        lines = markdown.splitlines()[: error.lineno]
        openers = [number for number, text in enumerate(lines, start=1) if "{{" in text or "{%" in text]
        return openers[-1] if openers else error.lineno
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "<template>"]
    return frames[-1].lineno if frames else None

"""The message for an error in a page's macros, for staff: Danish, naming the page's file and line.

mkdocs-macros shows it in the terminal, and on the page in the preview (make serve).
"""
from __future__ import annotations

import traceback

from jinja2 import TemplateSyntaxError

from handbook.errors import HandbookError
from handbook.paths import page_file

CURLY_BRACKETS_HELP = "CONTRIBUTING.md, afsnittet »Krøllede parenteser i almindelig tekst«"


def page_error(error: Exception, markdown: str, page) -> str:
    """mkdocs-macros' message for an error in a page's macros: Danish, with the file and the line (Markdown)."""
    file_text = page.file.content_string
    # The macros see the page without its front matter: count the lines it had, to name the file's line.
    offset = max(0, len(file_text.splitlines()) - len(markdown.splitlines()))
    line = template_line(error, markdown)
    file = page_file(page.file.src_uri)
    where = f"{file}, linje {line + offset}" if line else file
    message = "\n".join(f"        {text}" for text in f"{type(error).__name__}: {error}".splitlines())
    if isinstance(error, HandbookError) and not error.file:  # a renderer's mistake is the page's: the box says where
        error.file, error.line = file, line + offset if line else None
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

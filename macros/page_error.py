"""The message for an error in a page's macros, for staff: Danish, naming the page's file and line.

mkdocs-macros shows it in the terminal, and on the page in the preview (make serve).
"""
from __future__ import annotations

import html
import traceback

from jinja2 import TemplateSyntaxError

from handbook import github
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
    if isinstance(error, HandbookError) and not error.file:  # a renderer's mistake is the page's: the box says where
        error.file, error.line = file, line + offset if line else None
    github.error(HandbookError(str(error), file, line + offset if line else None))
    # A literal {{ or {% is a Jinja error; a macro's own message (an unknown key) is not about curly brackets.
    hint = "" if isinstance(error, HandbookError) else f"Står der `{{{{` eller `{{%` i teksten uden at være en kode, så læs {CURLY_BRACKETS_HELP}."
    return error_box(f"Fejl i {where}", "Siden kan ikke bygges, før fejlen er rettet. Fejlen:", str(error), hint)


def error_box(title: str, intro: str, message: str, hint: str = "") -> str:
    """A red box for the preview: the message as text that wraps (no Python class name), a hint only when one applies."""
    lines = "\n".join(f"    {html.escape(text, quote=False)}  " for text in message.splitlines())
    return f'!!! failure "{html.escape(title)}"\n\n    {intro}\n\n{lines}\n' + (f"\n    {hint}\n" if hint else "")


def template_line(error: Exception, markdown: str) -> int | None:
    """The line in the page's Markdown where a macro error happened, if Jinja knows it."""
    if isinstance(error, TemplateSyntaxError) and error.lineno:
        # Jinja names the line where it gave up; the slip is in the last code opened by then.
        lines = markdown.splitlines()[: error.lineno]
        openers = [number for number, text in enumerate(lines, start=1) if "{{" in text or "{%" in text]
        return openers[-1] if openers else error.lineno
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == "<template>"]
    return frames[-1].lineno if frames else None

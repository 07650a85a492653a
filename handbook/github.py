"""GitHub workflow annotations: in GitHub Actions, a message to staff also appears on its file and line in the
pull request or commit (`::error file=…,line=…::…`), not only deep in the build's log.

Outside GitHub Actions (GITHUB_ACTIONS unset) nothing is printed: the terminal already shows the message.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Literal, TextIO

from handbook.errors import HandbookError

Kind = Literal["error", "warning", "notice"]


def escaped(text: str, in_property: bool = False) -> str:
    """Text as a workflow command carries it: %, CR and LF encoded (and in a property also ':' and ',')."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if in_property else text


def command(kind: Kind, message: str, file: str = "", line: int | None = None, title: str = "") -> str:
    """One workflow command line, e.g. '::error file=data/people.yml,line=17::ukendt felt …'."""
    properties = [f"{name}={escaped(str(value), True)}" for name, value in (("file", file), ("line", line), ("title", title)) if value]
    return f"::{kind}{' ' + ','.join(properties) if properties else ''}::{escaped(message)}"


def in_github_actions(environ: Mapping[str, str] = os.environ) -> bool:
    """True in a GitHub Actions run (the runner sets GITHUB_ACTIONS=true)."""
    return environ.get("GITHUB_ACTIONS") == "true"


def emit(kind: Kind, message: str, file: str = "", line: int | None = None, title: str = "",
         environ: Mapping[str, str] = os.environ, out: TextIO | None = None) -> None:
    """Print the annotation on stdout when running in GitHub Actions; do nothing elsewhere."""
    if in_github_actions(environ):
        print(command(kind, message, file, line, title), file=out or sys.stdout, flush=True)


def error(mistake: HandbookError, environ: Mapping[str, str] = os.environ, out: TextIO | None = None) -> None:
    """A HandbookError as an error annotation on its file and line."""
    emit("error", mistake.message, mistake.file, mistake.line, "Håndbogen kan ikke bygges", environ, out)

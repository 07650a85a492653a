"""The one error type of the handbook: a mistake in its files, with the file, the line where known, and a Danish message."""
from __future__ import annotations

from collections.abc import Collection


class HandbookError(Exception):
    """A content mistake that stops the build, saying where (file, line) and what to write instead.

    `file` is the path from the project's folder (data/people.yml, docs/oevelser/x.md), as staff open it
    and as CI annotations name it; `line` counts from 1, None where no line is known.
    """

    def __init__(self, message: str, file: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.message, self.file, self.line = message, file, line

    def __str__(self) -> str:
        where = f"{self.file}, linje {self.line}" if self.file and self.line else self.file
        return f"{where}: {self.message}" if where else self.message


def unknown_key(kind: str, key: object, valid: Collection[str], file: str = "", line: int | None = None) -> None:
    """Raise when key is not one of valid, naming where it was used and listing the valid keys."""
    if key not in valid:
        raise HandbookError(f"ukendt {kind} '{key}'. Gyldige: {', '.join(sorted(valid))}", file, line)

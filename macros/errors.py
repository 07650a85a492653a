"""The one error type of the handbook: a message for staff that names the file and the key."""
from __future__ import annotations

from collections.abc import Collection

from mkdocs.exceptions import PluginError


class HandbookError(PluginError):
    """A content mistake that stops the build, with a message saying where and what to write instead."""


def unknown_key(kind: str, key: object, valid: Collection[str], where: str) -> None:
    """Raise when key is not one of valid, naming where it was used and listing the valid keys."""
    if key not in valid:
        raise HandbookError(f"{where}: ukendt {kind} '{key}'. Gyldige: {', '.join(sorted(valid))}")

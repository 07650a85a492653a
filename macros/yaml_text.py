"""Parse YAML from staff: a syntax slip or a key written twice stops the build, naming the file and the line."""
from __future__ import annotations

from typing import Any

import yaml

from macros.errors import HandbookError


class UniqueKeyLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses a key written twice in one mapping (PyYAML would keep the last silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        """Build the mapping after checking that no key appears twice in it."""
        first_seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line
            if isinstance(key, (str, int, float, bool)) and key in first_seen:
                raise DuplicateKey(key, first_seen[key], line)
            first_seen.setdefault(key, line)
        return super().construct_mapping(node, deep)


class DuplicateKey(Exception):
    """A key written twice; lines count from 0 within the parsed text."""

    def __init__(self, key: Any, first: int, again: int) -> None:
        super().__init__(key)
        self.key, self.first, self.again = key, first, again


def parse(text: str, where: str, first_line: int = 1, kind: str = "YAML") -> Any:
    """Parse YAML text (`kind`: what staff call it) from the file `where`, starting at its line `first_line`."""
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except DuplicateKey as duplicate:
        raise HandbookError(
            f"{where}, linje {duplicate.again + first_line}: nøglen '{duplicate.key}' står to gange "
            f"(første gang i linje {duplicate.first + first_line}); den ene ville forsvinde i stilhed. "
            "Giv den ene et andet navn, eller slet den, du ikke vil have."
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f", linje {mark.line + first_line}" if mark else ""
        raise HandbookError(f"{where}{line}: ugyldig {kind}: {error}") from error

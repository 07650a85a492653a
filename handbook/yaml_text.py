"""Parse YAML from staff: a syntax slip or a key written twice names the file and the line, and every
mapping and list remembers the line of each of its keys and items, so a validator can name them too."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from handbook.errors import HandbookError


class Mapping(dict):
    """A YAML mapping that knows the line (from 1, in the file) of each of its keys, and how each value was written."""

    lines: dict[Any, int]
    written: dict[Any, str]


class Sequence(list):
    """A YAML list that knows the line (from 1, in the file) of each of its items, and how each item was written."""

    lines: list[int]
    written: list[str | None]


class LineLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses a key written twice in one mapping (PyYAML would keep the last silently)
    and gives mappings and lists their lines; `first_line` is the file's line of the text's first line."""

    first_line = 1

    def line_of(self, node: yaml.Node) -> int:
        """The file's line where a node starts."""
        return node.start_mark.line + self.first_line

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        """Build the mapping after checking that no key appears twice in it."""
        first_seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) and key in first_seen:
                raise DuplicateKey(key, first_seen[key], self.line_of(key_node))
            first_seen.setdefault(key, self.line_of(key_node))
        return super().construct_mapping(node, deep)


def construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> Iterator[Mapping]:
    """A mapping with the line of each key (a generator, as PyYAML's own, so aliases can refer to it)."""
    data = Mapping()
    yield data
    data.update(loader.construct_mapping(node))
    keys = [(loader.construct_object(key, deep=True), key, value) for key, value in node.value]
    data.lines = {name: loader.line_of(key) for name, key, _ in keys}
    data.written = {name: as_written(value) for name, _, value in keys}


def construct_sequence(loader: LineLoader, node: yaml.SequenceNode) -> Iterator[Sequence]:
    """A list with the line of each item."""
    data = Sequence()
    yield data
    data.extend(loader.construct_sequence(node))
    data.lines = [loader.line_of(item) for item in node.value]
    data.written = [as_written(item) for item in node.value]


def as_written(node: yaml.Node) -> str | None:
    """A plain value as the file writes it ('007', 'no', '2024-05-01' before YAML made them 7, False, a date); None for a list or mapping."""
    return node.value if isinstance(node, yaml.ScalarNode) else None


LineLoader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
LineLoader.add_constructor("tag:yaml.org,2002:seq", construct_sequence)


class DuplicateKey(Exception):
    """A key written twice, with the file's lines of both."""

    def __init__(self, key: Any, first: int, again: int) -> None:
        super().__init__(key)
        self.key, self.first, self.again = key, first, again


def parse(text: str, file: str, first_line: int = 1, kind: str = "YAML") -> Any:
    """Parse YAML text (`kind`: what staff call it) from `file`, whose line `first_line` the text starts on."""
    loader = LineLoader(text)
    loader.first_line = first_line
    try:
        return loader.get_single_data()
    except DuplicateKey as duplicate:
        raise HandbookError(
            f"nøglen '{duplicate.key}' står to gange (første gang i linje {duplicate.first}); den ene ville "
            "forsvinde i stilhed. Giv den ene et andet navn, eller slet den, du ikke vil have.",
            file, duplicate.again,
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + first_line if mark else None
        raise HandbookError(
            f"ugyldig {kind}: tjek linjen og linjen før. Er et [, {{ eller et anførselstegn ikke lukket, mangler der "
            "et kolon efter et felt, eller står linjen ikke rykket lige så langt ind som de andre?", file, line,
        ) from error
    finally:
        loader.dispose()


def without(mapping: dict, key: Any) -> dict:
    """A parsed mapping without one of its keys, the lines of the others kept."""
    rest = Mapping({name: value for name, value in mapping.items() if name != key})
    rest.lines = {name: line for name, line in lines_of(mapping).items() if name != key}
    rest.written = {name: text for name, text in written_of(mapping).items() if name != key}
    return rest


def lines_of(value: object) -> dict[Any, int]:
    """The lines of a parsed mapping's keys, or of a list's items by position; empty for anything else."""
    lines = getattr(value, "lines", None)
    return dict(enumerate(lines)) if isinstance(lines, list) else dict(lines or {})


def written_of(value: object) -> dict[Any, str | None]:
    """How a parsed mapping's values, or a list's items by position, were written; empty for anything else."""
    written = getattr(value, "written", None)
    return dict(enumerate(written)) if isinstance(written, list) else dict(written or {})

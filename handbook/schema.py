"""One validator for every file staff write: a dataclass's type hints are its schema.

The allowed fields of an entry are its dataclass's fields, the required ones those without a default,
and each value is checked against its type hint. A text may not be empty (unless its field's metadata
says EMPTY_OK), and a whole number not below its field's AT_LEAST. Every message names the file and the
line of the key, shows the value as the file writes it ('007', not 7), and says what to write, with the
types in Danish ("tekst", "et helt tal", "true eller false").
"""
from __future__ import annotations

import dataclasses
import types
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from handbook.errors import HandbookError
from handbook.yaml_text import lines_of, written_of

# A field the file's place gives (an entry's key, a page's path), not one written in the YAML.
GIVEN = {"given": True}
# A text field that may be left empty (an empty value means "not known yet"); any other text needs some text.
EMPTY_OK = {"empty_ok": True}


def at_least(minimum: int) -> dict[str, int]:
    """The metadata of a whole-number field that may not be below minimum."""
    return {"at_least": minimum}


@dataclass(frozen=True)
class Where:
    """Where a value stands: its file and line, how a message names it, and how its own fields name it."""

    file: str
    line: int | None = None
    name: str = "filen"  # the value in a message: filen, front matter, 'joy', feltet 'kind' i 'joy'
    short: str = ""  # the value as the holder of fields: 'joy', front matter; empty at the top of a data file
    key: str = ""  # the entry's key in its collection, for a dataclass with a given 'key' field
    written: str | None = None  # a plain value as the file writes it, where known

    def field(self, name: str, line: int | None, written: str | None = None) -> Where:
        """The place of one field of this value (its line when known, else this value's)."""
        inside = f" i {self.short}" if self.short else ""
        return Where(self.file, line or self.line, f"feltet '{name}'{inside}", f"'{name}'", written=written)

    def item(self, key: object, line: int | None, written: str | None = None) -> Where:
        """The place of one entry of a collection, named by its key."""
        return Where(self.file, line or self.line, f"'{key}'", f"'{key}'", str(key), written)

    def point(self, index: int, line: int | None, written: str | None = None, label: str = "") -> Where:
        """The place of one item of a list, counted from 1 as staff count, with its own name where it has one."""
        point = f"punkt {index + 1}" + (f" ('{label}')" if label else "")
        return Where(self.file, line or self.line, f"{point} i {self.short or self.name}", point, written=written)

    def error(self, message: str) -> HandbookError:
        """A HandbookError at this place."""
        return HandbookError(message, self.file, self.line)


def written_fields(cls: type) -> list[dataclasses.Field]:
    """The fields staff write for a dataclass (not those its place gives), keyword-only ones (a base class such as
    Review adds them, and read_aloud) after the entry's own: the order of messages and of the web editor's forms."""
    return sorted((f for f in dataclasses.fields(cls) if not f.metadata.get("given")), key=lambda f: f.kw_only is True)


def is_required(field: dataclasses.Field) -> bool:
    """True for a field without a default."""
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def entry(cls: type, value: Any, where: Where, **given: Any) -> Any:
    """An instance of the dataclass cls from one YAML mapping, every field checked; given: the fields its place gives."""
    if not isinstance(value, dict):
        raise where.error(f"{where.name} skal være {type_name(cls)}, ikke {value!r}")
    fields = {f.name: f for f in written_fields(cls)}
    check_names(value, list(fields.values()), where)
    hints, lines, written = get_type_hints(cls), lines_of(value), written_of(value)
    converted = {}
    for name, item in value.items():
        place, rules = where.field(name, lines.get(name), written.get(name)), fields[name].metadata
        converted[name] = check_field(convert("" if item is None and rules.get("empty_ok") else item, place, hints[name]), place, rules)
    return cls(**given, **converted)


def check_names(value: dict, fields: list[dataclasses.Field], where: Where) -> None:
    """Stop on a field the dataclass does not have (a misspelling) or a required one that is missing."""
    required = [f.name for f in fields if is_required(f)]
    allowed = [f.name for f in fields]
    lines = lines_of(value)
    for name in value:
        if name not in allowed:
            raise HandbookError(
                f"ukendt felt '{name}'{f' i {where.short}' if where.short else ''}. Ret stavningen, eller slet feltet. "
                f"Gyldige felter: {', '.join(allowed)}",
                where.file, lines.get(name, where.line),
            )
    missing = [name for name in required if name not in value]
    if missing:
        names = f"feltet '{missing[0]}'" if len(missing) == 1 else "felterne " + ", ".join(f"'{m}'" for m in missing)
        raise where.error(f"{where.short or where.name} mangler {names}. Påkrævet: {', '.join(required)}")


def check_field(value: Any, where: Where, rules: Mapping[str, Any]) -> Any:
    """A field's value after its own rules: a text not empty (unless EMPTY_OK), a number not below its AT_LEAST."""
    if isinstance(value, str) and not value.strip() and not rules.get("empty_ok"):
        raise where.error(f"{where.name} er tomt: skriv en tekst")
    minimum = rules.get("at_least")
    if minimum is not None and isinstance(value, int) and value < minimum:
        raise where.error(f"{where.name} skal være {minimum} eller mere, ikke {value}")
    return value


def convert(value: Any, where: Where, hint: Any) -> Any:
    """value as its type hint says: a dataclass from its fields, a dict or list item by item, else checked as it is."""
    if hint is Any:
        return value
    if dataclasses.is_dataclass(hint):
        return entry(hint, value, where)
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):  # X | None: a field that may be left empty (a web form writes '')
        return None if value is None or value == "" else convert(value, where, next(a for a in args if a is not type(None)))
    if value is None:
        raise where.error(f"{where.name} er tomt: skriv {type_name(hint)}")
    if not matches(value, hint):
        raise where.error(f"{where.name} skal være {type_name(hint)}, ikke {shown(value, where)}{advice(value, hint, where)}")
    lines, written = lines_of(value), written_of(value)
    if origin is dict:
        return {key: convert_item(item, where.item(key, lines.get(key), written.get(key)), args[1]) for key, item in value.items()}
    if origin is list:
        places = [where.point(number, lines.get(number), written.get(number), label(item, args[0])) for number, item in enumerate(value)]
        return [check_field(convert(item, place, args[0]), place, {}) for item, place in zip(value, places)]
    return value


def convert_item(value: Any, where: Where, hint: Any) -> Any:
    """One entry of a collection: a dataclass with a given 'key' field gets its key."""
    if dataclasses.is_dataclass(hint) and any(f.name == "key" for f in dataclasses.fields(hint)):
        return entry(hint, value, where, key=where.key)
    return convert(value, where, hint)


def label(item: Any, hint: Any) -> str:
    """How staff know a list's entry: its first text field (a glossary entry's term), if it has one."""
    if not (dataclasses.is_dataclass(hint) and isinstance(item, dict)):
        return ""
    first = next((f.name for f in dataclasses.fields(hint) if not f.metadata.get("given")), None)
    return item[first] if isinstance(item.get(first), str) else ""


def matches(value: Any, hint: Any) -> bool:
    """True when value is of the plain type hint (str, int, bool, a Literal), a list, or a dict with text keys."""
    origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        return value in args
    if origin is list:
        return isinstance(value, list)
    if origin is dict:
        return isinstance(value, dict) and all(isinstance(key, str) for key in value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def type_name(hint: Any) -> str:
    """The Danish name of a type, for a message to staff."""
    origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        return "en af " + ", ".join(sorted(map(str, args)))
    if origin is list:
        return "en liste af tekster" if args == (str,) else "en liste"
    if origin is dict or dataclasses.is_dataclass(hint):
        return "en samling af 'nøgle: værdi'-linjer"
    names = {str: "tekst", int: "et helt tal", bool: "true eller false", date: "en dato som 2026-05-31"}
    return names.get(hint, getattr(hint, "__name__", str(hint)))


def shown(value: Any, where: Where) -> str:
    """A wrong value in a message: a plain value as the file writes it (007, no, 2024-05-01), a text in quotes."""
    return where.written if where.written is not None and not isinstance(value, str) else repr(value)


def advice(value: Any, hint: Any, where: Where) -> str:
    """A hint for the commonest slips: a number, a yes/no word or a date where text belongs, a text where a list belongs."""
    written = where.written if where.written is not None else value
    if hint is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f' (skriv tal som tekst i anførselstegn, fx "{written}")'
    if hint is str and not isinstance(value, (list, dict)):
        return f' (skriv det i anførselstegn, fx "{written}"; uden dem læses det ikke som tekst)'
    if get_origin(hint) is list and isinstance(value, str):
        return f" (skriv en liste i firkantede parenteser, fx [{value}])"
    return ""

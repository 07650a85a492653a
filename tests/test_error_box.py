"""The preview's red box: the Danish message as text that wraps, no Python class name, the curly-bracket hint only when it applies."""
from __future__ import annotations

from types import SimpleNamespace

import markdown
from jinja2 import Environment, StrictUndefined, UndefinedError

from handbook import HandbookError
from macros.page_error import CURLY_BRACKETS_HELP, page_error

PAGE = SimpleNamespace(file=SimpleNamespace(content_string="# Side\n\nTekst {{ fokus }}\n", src_uri="samtalegruppe.md"))


def box_html(error: Exception) -> str:
    """The box as the page shows it."""
    return markdown.markdown(page_error(error, PAGE.file.content_string, PAGE), extensions=["admonition"])


def undefined_error() -> UndefinedError:
    try:
        Environment(undefined=StrictUndefined).from_string("{{ fokus }}").render()
    except UndefinedError as error:
        return error
    raise AssertionError("no error")


def test_a_literal_curly_bracket_error_names_the_help_and_has_no_class_name():
    html = box_html(undefined_error())
    assert "'fokus' is undefined" in html and CURLY_BRACKETS_HELP.split(",")[0] in html
    assert "UndefinedError" not in html and "<pre>" not in html and "<code>" not in html.split("Fejlen:")[1].split("Står")[0]


def test_a_macros_own_message_has_no_curly_bracket_hint():
    html = box_html(HandbookError("ukendt person 'hemmelig'. Gyldige: gitte, jakob, janick, joy"))
    assert "ukendt person 'hemmelig'. Gyldige: gitte, jakob, janick, joy" in html
    assert CURLY_BRACKETS_HELP.split(",")[0] not in html and "HandbookError" not in html and "<pre>" not in html

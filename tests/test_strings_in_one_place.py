"""The words templates and scripts show readers live in handbook/strings/da.yml, not in the templates and scripts.

The templates read them as `strings` (hooks/plugin.py); the scripts from data attributes the build writes
(data-said-* on the "Læs op" row, data-entry-link on a glossary word). Comments may speak Danish; the code
may not. Material's copies (tests/test_material_copies.py) and vendored scripts are left as Material wrote them.
"""
from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from handbook.strings import STRINGS, Strings

ROOT = Path(__file__).resolve().parent.parent
# Material's templates, copied unchanged but for their recorded changes (hash-checked): not ours to reword.
MATERIAL_COPIES = {"header.html", "nav-item.html", "search.html", "palette.html"}
VENDORED_SCRIPT = re.compile(r"^(?:material-|iframe-worker|lunr)")
DANISH_LETTER = re.compile(r"[æøåÆØÅ]")
TEMPLATE_COMMENT = re.compile(r"\{#.*?#\}|<!--.*?-->", re.DOTALL)
SCRIPT_COMMENT = re.compile(r"/\*.*?\*/|(?<![:\\])//[^\n]*", re.DOTALL)
# Every whole value of da.yml without a {placeholder}, as a word or phrase of its own ("Pause", not togglePause).
KNOWN = sorted({value for value in (getattr(STRINGS, field.name) for field in fields(Strings)) if "{" not in value}, key=len, reverse=True)
KNOWN_WORDS = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, KNOWN)) + r")(?![\w-])")


def ours() -> list[Path]:
    """Our templates under overrides/ and our scripts under docs/assets/javascripts/."""
    templates = [path for path in sorted((ROOT / "overrides").rglob("*.html")) if path.name not in MATERIAL_COPIES]
    scripts = [path for path in sorted((ROOT / "docs/assets/javascripts").glob("*.js")) if not VENDORED_SCRIPT.match(path.name)]
    return templates + scripts


def reader_words(source: str, suffix: str) -> list[str]:
    """The Danish reader-facing words written literally in a template's or a script's code (its comments left out)."""
    code = (SCRIPT_COMMENT if suffix == ".js" else TEMPLATE_COMMENT).sub("", source)
    words = [match[0] for match in KNOWN_WORDS.finditer(code)]
    words += [line.strip() for line in code.splitlines() if DANISH_LETTER.search(line)]
    return words


@pytest.mark.parametrize("path", ours(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_no_template_or_script_writes_reader_words_of_its_own(path: Path) -> None:
    assert reader_words(path.read_text(encoding="utf-8"), path.suffix) == []


def test_the_check_finds_the_words_it_looks_for() -> None:
    """Negative controls: yesterday's partial and script are caught; comments and the code's own names are not."""
    assert reader_words('<summary>Få siden læst op</summary>', ".html") == ["Få siden læst op", "<summary>Få siden læst op</summary>"]
    assert reader_words("<p>Der står noget nyt her.</p>", ".html") == ["<p>Der står noget nyt her.</p>"]
    assert reader_words('<button data-control="stop" hidden>Stop</button>', ".html") == ["Stop"]
    assert reader_words('entry.textContent = "Se ordet i ordlisten";', ".js") == ["Se ordet i ordlisten"]
    assert reader_words('x = paused ? "Fortsæt" : "Pause";', ".js") == ["Fortsæt", "Pause", 'x = paused ? "Fortsæt" : "Pause";']
    assert reader_words("{# Læs op #}<p>{{ strings.read_aloud | e }}</p>", ".html") == []
    assert reader_words("// Pause, Stop og Langsomt\nfunction togglePause() {} /* Fortsæt */", ".js") == []


def test_every_template_and_script_is_checked() -> None:
    checked = {path.relative_to(ROOT).as_posix() for path in ours()}
    assert {"overrides/404.html", "overrides/partials/read-aloud.html", "overrides/partials/source-file.html",
            "docs/assets/javascripts/glossary.js", "docs/assets/javascripts/read-aloud.js"} <= checked
    assert not checked & {"overrides/partials/header.html", "docs/assets/javascripts/material-content.js"}

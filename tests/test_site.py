"""The built handbook holds every page, generated list, tooltip and shared text it promises."""
from __future__ import annotations

import html as html_lib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import HANDBOOK, NEW_EXERCISE, ROOT, build, build_environment, built_page, edit
from handbook.strings import STRINGS
DATA = HANDBOOK.data
EXERCISES = HANDBOOK.pages.exercises


def page_html(site: Path, src: str) -> str:
    """The built HTML of the page whose source is `src` (a path under docs/)."""
    return built_page(site, src).read_text(encoding="utf-8")


def article(html: str) -> str:
    """The HTML of a page's main content, without navigation."""
    return html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]


def text_of(html: str) -> str:
    """The readable text of a page's main content, tags removed and whitespace folded."""
    inline_removed = re.sub(r"</?(?:a|abbr|strong|em|span|code)\b[^>]*>", "", article(html))
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", inline_removed)).split())


@pytest.mark.parametrize("theme", DATA.themes.values(), ids=lambda t: t.key)
def test_every_chime_theme_has_its_page_with_its_generated_exercise_list(site, theme):
    html = page_html(site, theme.page)
    assert re.search(r"<h1[^>]*>([^<]*)", article(html))[1].startswith(theme.name)
    listed = set(re.findall(r'href="\.\./oevelser/([a-z0-9-]+)\.html"', article(html)))
    assert listed == {e.key for e in EXERCISES.values() if theme.key in e.themes}


def test_handbook_has_at_least_the_six_exercises_from_the_seeds():
    assert {e.title for e in EXERCISES.values()} >= {
        "Billeder der giver mening", "Forbundenhed i livet", "Forbundenhed på arbejdspladsen",
        "5 ting jeg vil før jeg dør", "Hjerte, Isbjerg og Raket", "Succeser og næste skridt",
    }


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.key)
def test_every_exercise_page_follows_the_template(site, exercise):
    text = text_of(page_html(site, exercise.src))
    assert exercise.title in text
    assert f"Formål: {exercise.purpose}" in text
    assert "Tema:" in text and all(DATA.themes[k].name in text for k in exercise.themes)
    assert "Sådan gør du" in text and "Refleksionsspørgsmål" in text


def test_a_new_exercise_appears_on_its_theme_pages_without_editing_any_list(edited_site):
    key, title, theme = NEW_EXERCISE
    assert theme == "haab"
    for page in ("chime/haab.md", "oevelser/index.md", "peer-uddannelsen/workshops/haab.md"):
        assert title in article(page_html(edited_site, page))
    assert title not in article(page_html(edited_site, "chime/handlekraft.md"))  # control: only on its own theme's pages


@pytest.mark.parametrize(
    ("src", "who"),
    [
        ("jobprofiler/peer-medarbejder.md", ["Gitte Jensen"]),
        ("jobprofiler/peer-stoette-til-nye-beboere.md", ["Jakob Rothstein", "Joy Nielsen", "Janick Lagoni", "27. maj 2021"]),
        ("jobprofiler/frivillig-peer.md", ["Håndbogens egen sammenskrivning", "ikke en officiel funktionsbeskrivelse"]),
    ],
)
def test_every_job_profile_shows_who_wrote_it(site, src, who):
    line = byline(page_html(site, src))
    assert all(part in line for part in who), line


def byline(html: str) -> str:
    """The text of the line under a job profile's heading that written_by() writes: one emphasised paragraph."""
    heading = BeautifulSoup(article(html), "html.parser").find("h1")
    paragraph = heading.find_next_sibling() if heading else None
    assert paragraph is not None and paragraph.name == "p" and paragraph.em is not None, "ingen byline under overskriften"
    assert paragraph.get_text(strip=True) == paragraph.em.get_text(strip=True), f"bylinen er ikke én kursiv linje: {paragraph}"
    return " ".join(paragraph.get_text().split())


def test_a_job_profile_with_authors_names_them_after_udarbejdet_af(site):
    assert byline(page_html(site, "jobprofiler/peer-medarbejder.md")) == f"Udarbejdet af {DATA.people['gitte'].name}"


def test_glossary_terms_get_their_explanation_and_ordliste_entry_from_the_glossary_data(site):
    html = page_html(site, "samtalegruppe.md")
    term = next(t for t in DATA.glossary if t.term == "stemmehøring")
    expected = f'<span class="glossary-term" data-definition="{term.definition}" data-entry="ordliste.html#{term.key}" data-entry-link="{STRINGS.glossary_entry}">stemmehøring</span>'
    assert expected in html


def danish_order(term: str) -> str:
    """A sort key written apart from macros/texts.py: æ, ø and å come after z ('{', '|', '}' follow 'z' in ASCII)."""
    return term.casefold().translate(str.maketrans("æøå", "{|}"))


def test_the_glossary_page_is_in_danish_alphabetical_order(site):
    terms = [" ".join(dt.get_text().split()) for dt in BeautifulSoup(article(page_html(site, "ordliste.md")), "html.parser").find_all("dt")]
    assert len(terms) == len(DATA.glossary)
    assert terms == sorted(terms, key=danish_order)


def test_danish_order_puts_aeoeaa_after_z():
    assert sorted(["åben", "zebra", "ære", "øre", "abe"], key=danish_order) == ["abe", "zebra", "ære", "øre", "åben"]


def test_inflected_forms_get_their_terms_explanation(site):
    """Every glossary form is a word of its own: where a page's first use of a term is a form, the form gets the explanation."""
    definitions = {form: " ".join(t.definition.split()) for t in DATA.glossary if t.tooltip for form in t.forms}
    found = {
        (mark["data-definition"], mark.get_text())
        for page in site.rglob("*.html")
        for mark in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("span.glossary-term")
        if mark.get_text() in definitions
    }
    assert found, "ingen bøjningsform fik en forklaring på nogen side"
    assert all(definitions[word] == definition for definition, word in found)


def test_glossary_page_lists_every_term(site):
    text = text_of(page_html(site, "ordliste.md"))
    assert all(t.term in text and " ".join(t.definition.split()) in text for t in DATA.glossary)


def sources_using(macro: str, key: str) -> list[str]:
    """Every page under docs/ whose Markdown calls macro(key)."""
    call = f'{macro}("{key}"'
    return [p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md") if call in p.read_text(encoding="utf-8")]


def project_text_files() -> list[Path]:
    """Every file a shared text could be copied into: pages, data, templates, code."""
    return [p for part in ("docs", "data", "handbook", "macros", "templates") for p in (ROOT / part).rglob("*") if p.suffix in {".md", ".yml", ".py"}]


@pytest.mark.parametrize("definition", DATA.definitions.values(), ids=lambda d: d.key)
def test_each_shared_definition_is_written_once_and_rendered_wherever_used(site, definition):
    opening = " ".join(definition.text.split()[:8])
    files = [p for p in project_text_files() if opening in " ".join(p.read_text(encoding="utf-8").split())]
    assert [p.name for p in files] == ["definitions.yml"]
    users = sources_using("definition", definition.key) + sources_using("definition_quote", definition.key)
    assert len(users) >= 2, "a shared definition is used on more than one page"
    for src in users:
        assert definition.text in text_of(page_html(site, src)), src


def test_chime_overview_is_written_once_and_rendered_wherever_used(site):
    files = [p for p in project_text_files() if "Meaning in life" in p.read_text(encoding="utf-8")]
    assert [p.name for p in files] == ["chime.yml"]
    users = [p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md") if "chime_overview()" in p.read_text(encoding="utf-8")]
    assert len(users) >= 3
    for src in users:
        text = text_of(page_html(site, src))
        assert DATA.chime_intro in text
        assert all(f"{t.name} ({t.english})" in text for t in DATA.themes.values()), src


@pytest.mark.parametrize("key", DATA.values)
def test_values_are_rendered_wherever_used(site, key):
    assert sources_using("values", key), f"ingen side bruger values(\"{key}\")"
    for src in sources_using("values", key):
        text = text_of(page_html(site, src))
        assert all(value in text for value in DATA.values[key]), src


def test_people_are_named_only_in_the_people_file():
    names = [p.name for p in DATA.people.values()]
    offenders = {p.name for p in project_text_files() for n in names if n in p.read_text(encoding="utf-8") and p.name != "people.yml"}
    assert offenders == set()


def test_citations_link_to_the_source_on_the_sources_page(site):
    html = page_html(site, "jobprofiler/peer-medarbejder.md")
    assert '<a href="../kilder.html#socialstyrelsen-2016">Socialstyrelsen 2016</a>: 16)' in html
    sources = page_html(site, "kilder.md")
    assert all(f'id="{key}"' in sources for key in DATA.sources)


def test_no_page_loads_anything_from_another_host(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        external = [tag for tag in re.findall(r'<(?:script|link|img|iframe)[^>]*>', html) if re.search(r'(?:src|href)="(?:https?:)?//', tag) and 'rel="canonical"' not in tag]
        assert external == [], f"{page}: {external}"


@pytest.mark.build
def test_a_copy_built_with_another_checkouts_venv_uses_its_own_data(project_copy, tmp_path):
    """The venv's editable install points at this checkout; the copy's build must still read the copy's data and pages."""
    environment = build_environment(project_copy, own_code=False, env={})
    # -P: no folder of its own on sys.path, as the mkdocs command has none.
    code = subprocess.run([sys.executable, "-P", "-c", "import handbook; print(handbook.__file__)"], cwd=project_copy, env=environment,
                          capture_output=True, text=True, check=True).stdout
    assert Path(code.strip()).is_relative_to(ROOT), "the copy must be built with this checkout's code, as a shared venv does"
    edit(project_copy / "data/values.yml", "  - Tillid\n", "  - Tillid i kopien\n")
    edit(project_copy / "data/education.yml", "workshops: 6", "workshops: 9")
    result = build(project_copy, tmp_path / "out", own_code=False, HANDBOOK_PDF="0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Tillid i kopien" in page_html(tmp_path / "out", "samtalegruppe.md")
    assert "9 workshops" in text_of(page_html(tmp_path / "out", "peer-uddannelsen/index.md"))

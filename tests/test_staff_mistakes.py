"""Mistakes staff make while editing the data files stop the build with a Danish message naming the file and the
line, or simply work. Each is found by the handbook's loader, called in-process on a broken copy."""
from __future__ import annotations

import re

import jinja2
import pytest

import handbook
from conftest import ROOT, broken, line_of, load_error
from macros.page_error import template_line

# (file, text, its replacement, the expected message, the line the message names: the first line that is exactly this)
DATA_MISTAKES = {
    "unknown-field-person": ("data/people.yml", "  name: Joy Nielsen\n", "  name: Joy Nielsen\n  email: x@example.org\n",
                             "ukendt felt 'email' i 'joy'. Ret stavningen, eller slet feltet. Gyldige felter: kind, role, name", "  email: x@example.org"),
    "unknown-field-glossary": ("data/glossary.yml", "  - term: LUB\n", "  - term: LUB\n    email: x@example.org\n",
                               "ukendt felt 'email' i punkt 2 ('LUB'). Ret stavningen, eller slet feltet. Gyldige felter: term, definition, forms, tooltip",
                               "    email: x@example.org"),
    "unknown-field-source": ("data/sources.yml", "  short: Socialstyrelsen 2016\n", "  short: Socialstyrelsen 2016\n  email: x@example.org\n",
                             "ukendt felt 'email' i 'socialstyrelsen-2016'.", "  email: x@example.org"),
    "missing-field": ("data/people.yml", "  name: Janick Lagoni\n", "", "'janick' mangler feltet 'name'. Påkrævet: kind, role, name", "janick:"),
    "unknown-kind": ("data/people.yml", "  kind: staff\n  role: lønnet peer-medarbejder\n", "  kind: medarbejder\n  role: lønnet peer-medarbejder\n",
                     "feltet 'kind' i 'joy' skal være en af participant, partner, resident, staff, ikke 'medarbejder'", "  kind: medarbejder"),
    "no-consent-field": ("data/people.yml", "  consent: true\n", "",
                         "'daniel' mangler feltet 'consent'. Påkrævet: kind, role, name, consent, unnamed", "daniel:"),
    "consent-not-true-or-false": ("data/people.yml", "  consent: true\n", "  consent: ja\n",
                                  "feltet 'consent' i 'daniel' skal være true eller false, ikke 'ja'", "  consent: ja"),
    "staff-with-consent": ("data/people.yml", "  name: Janick Lagoni\n", "  name: Janick Lagoni\n  consent: true\n",
                           "ukendt felt 'consent' i 'janick'. Ret stavningen, eller slet feltet. Gyldige felter: kind, role, name", "  consent: true"),
    "count-not-a-number": ("data/education.yml", "workshops: 6", "workshops: seks", "'workshops' skal være et helt tal, ikke 'seks'", "workshops: seks"),
    "page-number-as-number": ("data/definitions.yml", '  page: "2"', "  page: 2",
                              'feltet \'page\' i \'peer-stoette\' skal være tekst, ikke 2 (skriv tal som tekst i anførselstegn, fx "2")', "  page: 2"),
    "value-not-text": ("data/values.yml", "  - Tillid\n", "  - 5\n", "punkt 2 i 'peer-stoette' skal være tekst, ikke 5", "  - 5"),
    "unknown-source": ("data/definitions.yml", "  source: socialstyrelsen-2016\n", "  source: socialstyrelsen-2017\n",
                       "ukendt kilde 'socialstyrelsen-2017'. Gyldige: leamy-2011, projekt-peer-stoette-2018, repper-2013, socialstyrelsen-2016",
                       "  source: socialstyrelsen-2017"),
    "malformed-yaml": ("data/values.yml", "  - Tillid\n", "  - Tillid: [\n", "ugyldig YAML", "  - Gensidighed"),
    "field-twice": ("data/sources.yml", "\n  short:", "\n  short: Dublet\n  short:", "nøglen 'short' står to gange (første gang i linje ", "  short: Dublet"),
    "glossary-word-twice": ("data/glossary.yml", "  - term: LUB\n", "  - term: LUB\n    forms: [CHIME]\n",
                            "ordet 'CHIME' står både i punkt 1 ('CHIME') og i punkt 2 ('LUB'); et ord kan kun have én forklaring.", "  - term: LUB"),
    # A reference's English part not written word for word as in the reference would not be read in English.
    "english-not-in-reference": ("data/sources.yml", "review and narrative\n      synthesis", "review and narative\n      synthesis",
                                 "'leamy-2011': den engelske tekst", "  english:"),
    # Issue 18: YAML reads 007 as 7, no as false and a date as a date; the message shows what the file says.
    "number-with-leading-zero": ("data/people.yml", "  name: Joy Nielsen\n", "  name: 007\n",
                                 'feltet \'name\' i \'joy\' skal være tekst, ikke 007 (skriv tal som tekst i anførselstegn, fx "007")', "  name: 007"),
    "yes-no-word": ("data/people.yml", "  name: Joy Nielsen\n", "  name: no\n",
                    'feltet \'name\' i \'joy\' skal være tekst, ikke no (skriv det i anførselstegn, fx "no"; uden dem læses det ikke som tekst)',
                    "  name: no"),
    "date-as-text": ("data/definitions.yml", '  page: "2"', "  page: 2020-01-01",
                     "feltet 'page' i 'peer-stoette' skal være tekst, ikke 2020-01-01 (skriv det i anførselstegn", "  page: 2020-01-01"),
    "forms-as-text": ("data/glossary.yml", "    forms:\n      - erfaringskompetencer\n", "    forms: erfaringskompetencer\n",
                      "feltet 'forms' i punkt 7 ('erfaringskompetence') skal være en liste af tekster, ikke 'erfaringskompetencer' "
                      "(skriv en liste i firkantede parenteser, fx [erfaringskompetencer])", "    forms: erfaringskompetencer"),
    "empty-glossary-term": ("data/glossary.yml", "  - term: AUT\n", '  - term: ""\n', "feltet 'term' i punkt 3 er tomt: skriv en tekst", '  - term: ""'),
    "empty-glossary-form": ("data/glossary.yml", "    forms:\n      - erfaringskompetencer\n", '    forms:\n      - ""\n      - erfaringskompetencer\n',
                            "punkt 1 i 'forms' er tomt: skriv en tekst", '      - ""'),
    "empty-name": ("data/people.yml", "  name: Joy Nielsen\n", "  name:\n", "feltet 'name' i 'joy' er tomt: skriv tekst", "  name:"),
    "zero-width-space-in-key": ("data/people.yml", "joy:\n", "joy\u200b:\n",
                                "et mellemrum uden bredde står efter 'joy'. Det kan ikke ses, men ændrer teksten: slet det", "joy\u200b:"),
    "right-to-left-override": ("data/people.yml", "  name: Joy Nielsen\n", "  name: Joy \u202eNielsen\n",
                               "et tegn, der vender teksten om (højre mod venstre) står efter 'name: Joy '.", "  name: Joy \u202eNielsen"),
    "nul-character": ("data/values.yml", "  - Tillid\n", "  - Tillid\x00\n", "et NUL-tegn står efter '- Tillid'.", "  - Tillid\x00"),
}


@pytest.mark.parametrize("mistake", DATA_MISTAKES)
def test_a_data_file_mistake_names_the_file_the_line_and_what_to_write(project_copy, mistake):
    file, old, new, message, line_text = DATA_MISTAKES[mistake]
    error = broken(project_copy, file, old, new)
    assert message in error.message, str(error)
    # Malformed YAML: PyYAML notices the unclosed bracket where the next entry starts. A field written twice: its second time.
    assert error.line == line_of(project_copy / file, line_text) + (1 if mistake == "field-twice" else 0)


def test_a_key_written_twice_in_a_data_file_names_both_lines_and_the_fix(project_copy):
    people = project_copy / "data/people.yml"
    people.write_text(people.read_text(encoding="utf-8") + "joy:\n  role: peer\n  name: Joy Anden\n", encoding="utf-8")
    first, again = line_of(people, "joy:"), line_of(people, "joy:", 2)
    assert str(load_error(project_copy)) == (
        f"data/people.yml, linje {again}: nøglen 'joy' står to gange (første gang i linje {first}); den ene ville forsvinde "
        "i stilhed. Giv den ene et andet navn, eller slet den, du ikke vil have."
    )


def test_a_glossary_form_that_is_another_entrys_form_names_both_entries(project_copy):
    glossary = project_copy / "data/glossary.yml"
    extra = "  - term: tovholderen\n    definition: Noget andet.\n    forms: [tovholdere]\n"
    glossary.write_text(glossary.read_text(encoding="utf-8") + extra, encoding="utf-8")
    error = load_error(project_copy)
    assert error.message.startswith("ordet 'tovholdere' står både i punkt ")
    assert "('tovholder') og i punkt 21 ('tovholderen')" in error.message
    assert error.line == line_of(glossary, "  - term: tovholderen")


def test_consent_without_its_basis_names_the_file_and_the_line_of_consent(project_copy):
    people = project_copy / "data/people.yml"
    text = people.read_text(encoding="utf-8")
    start = text.index("  consent_basis:", text.index("daniel:"))
    people.write_text(text[:start] + text[text.index("  unnamed:", start):], encoding="utf-8")
    error = load_error(project_copy)
    assert error.message == "'daniel' har consent: true, men mangler consent_basis: skriv, hvad samtykket bygger på"
    assert (error.file, error.line) == ("data/people.yml", line_of(people, "  consent: true"))


@pytest.mark.parametrize("file", ["data/people.yml", "docs/chime/haab.md", "links.yml"])
def test_a_file_saved_as_latin_1_names_the_file_the_line_and_how_to_save_it(project_copy, file):
    path = project_copy / file
    text = path.read_text(encoding="utf-8")
    first = next(number for number, line in enumerate(text.splitlines(), start=1) if any(letter in line for letter in "æøåÆØÅ"))
    path.write_bytes(text.encode("cp1252", "replace"))
    error = load_error(project_copy)
    assert (error.file, error.line) == (file, first)
    assert error.message.startswith("filen er ikke gemt som UTF-8, så æ, ø og å kan ikke læses")
    assert "Gem filen igen med kodningen UTF-8" in error.message


def test_a_missing_data_file_names_it(project_copy):
    (project_copy / "data/values.yml").unlink()
    assert str(load_error(project_copy)).startswith("data/values.yml: filen mangler eller er tom")


@pytest.mark.parametrize("src", ["oevelser/forbundenhed-i-livet.md", "peer-uddannelsen/workshops/haab.md"])
def test_a_page_and_a_data_file_saved_with_a_byte_order_mark_are_read_as_usual(project_copy, src):
    for path in (project_copy / "docs" / src, project_copy / "data/people.yml"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    book = handbook.load(project_copy, {})
    title = re.search(r"^title: (.+)$", (project_copy / "docs" / src).read_text(encoding="utf-8-sig"), re.MULTILINE)[1]
    assert book.pages.metas[src]["title"] == title and "joy" in book.data.people


def test_contributing_has_the_section_the_error_message_names():
    headings = re.findall(r"^## (.+)$", (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert "Krøllede parenteser i almindelig tekst" in headings


def test_the_way_contributing_says_to_write_curly_brackets_renders_them():
    """The example in CONTRIBUTING.md, rendered by Jinja as the macros render a page, shows the brackets."""
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8").split("## Krøllede parenteser i almindelig tekst", 1)[1]
    example = re.search(r"```markdown\n(.*?)```", contributing, re.DOTALL)[1]
    assert "{{" in jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(example).render()


@pytest.mark.parametrize(
    ("markdown", "line"),
    [
        ("# Samtalegruppe\n\nSkriv {{ her\n\n## Fokus\n", 3),  # Jinja gives up at the end: the slip is the last code opened
        ("# Samtalegruppe\n\n## Fokus {{ fokus_tekst }}\n", 3),
    ],
    ids=["literal-brackets", "undefined-variable"],
)
def test_a_macro_error_is_placed_on_the_line_of_the_page_where_it_stands(markdown, line):
    with pytest.raises(jinja2.TemplateError) as caught:
        jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(markdown).render()
    assert template_line(caught.value, markdown) == line

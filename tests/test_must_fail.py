"""Bad input stops the build with a message that names the file, the line and the bad key, and the valid keys.

Each message comes from a plain function, so each test calls that function (in-process, no build): the
handbook's loader on a broken copy of the project, or the renderer a page's macro calls.
tests/test_messages_reach_staff.py proves with real builds that such messages reach the terminal.
"""
from __future__ import annotations

import pytest

import handbook
from conftest import HANDBOOK, broken, edit, line_of, load_error
from handbook import nav
from hooks.slugs import check_file_name
from macros import lists, links, people, texts
from mkdocs.exceptions import PluginError
from mkdocs.utils import yaml_load

DATA = HANDBOOK.data
EXERCISES = HANDBOOK.pages.exercises


def test_the_unbroken_copy_loads(project_copy):
    """Negative control: the copy itself is read without a mistake, so each failure below comes from its one break."""
    assert handbook.load(project_copy, {}).pages.exercises.keys() == EXERCISES.keys()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: texts.definition(DATA, "visionen", "om-peer-stoette.md"), "ukendt definition 'visionen'. Gyldige: peer-faglighed, peer-stoette, vision"),
        (lambda: texts.source(DATA, "socialstyrelsen-2017", "8", "kilder.md"), "ukendt kilde 'socialstyrelsen-2017'. Gyldige: leamy-2011, projekt-peer-stoette-2018, repper-2013, socialstyrelsen-2016"),
        (lambda: lists.exercise_link(EXERCISES, "hjerte", "peer-uddannelsen/workshops/haab.md"), "ukendt øvelse 'hjerte'. Gyldige: 5-ting-jeg-vil-foer-jeg-doer"),
        (lambda: people.person(DATA, "joy-nielsen"), f"ukendt person 'joy-nielsen'. Gyldige: {', '.join(sorted(DATA.people))}$"),
        (lambda: texts.number_of(DATA, "workshop"), "ukendt tal 'workshop'. Gyldige: volunteer_workshops, volunteers, workshops"),
        (lambda: texts.values(DATA, "vaerdier"), f"ukendt værdiliste 'vaerdier'. Gyldige: {', '.join(sorted(DATA.values))}$"),
        (lambda: lists.exercises_for(DATA, EXERCISES, "hab", "chime/haab.md"), "ukendt tema 'hab'. Gyldige: forbundenhed, haab, handlekraft, identitet, mening"),
        (lambda: links.workshop_pack(HANDBOOK.pages.workshops, HANDBOOK.pages.exercises, "samtalegruppe.md", "samtalegruppe.html"),
         "workshop_pack() virker kun på en workshopside. Workshopsider: " + min(w.src for w in HANDBOOK.pages.workshops.values())),
        (lambda: lists.exercise_summary(DATA, EXERCISES, "chime/haab.md", "chime/haab.html"), "exercise_summary() virker kun på en øvelsesside under oevelser/"),
        (lambda: people.written_by(DATA, HANDBOOK.pages.job_profiles, "kilder.md"), "written_by() virker kun på en jobprofil under jobprofiler/"),
    ],
    ids=["definition", "source", "exercise", "person", "count", "values", "theme", "workshop-pack", "exercise-summary", "written-by"],
)
def test_a_macro_with_an_unknown_key_or_on_the_wrong_page_names_the_key_and_the_valid_ones(call, message):
    """The page and its line are added where the macro stands (macros/page_error.py)."""
    with pytest.raises(handbook.HandbookError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        call()


def test_a_generated_menu_page_listed_by_hand_names_mkdocs_yml_and_the_line_to_delete():
    config = yaml_load((HANDBOOK.folder / "mkdocs.yml").read_text(encoding="utf-8"))
    nav.filled(config["nav"], HANDBOOK.pages, DATA.themes)  # control: the nav as it is
    section = next(item for item in config["nav"] if "Øvelser" in item)
    section["Øvelser"].append("oevelser/forbundenhed-i-livet.md")
    with pytest.raises(handbook.HandbookError) as caught:
        nav.filled(config["nav"], HANDBOOK.pages, DATA.themes)
    assert str(caught.value) == (
        "mkdocs.yml: nav: 'oevelser/forbundenhed-i-livet.md' står i menuen under 'Øvelser', men den del af menuen laves af "
        "bygningen (i CHIME-rækkefølgen fra data/chime.yml). Slet linjen."
    )


@pytest.mark.parametrize("name", ["chime/håb.md", "chime/Mening i tilværelsen.md"])
def test_a_page_file_name_with_danish_letters_or_spaces_names_the_name_it_should_have(name):
    with pytest.raises(PluginError, match=f"docs/{name}: filnavnet skal være"):
        check_file_name(name)


# (file, text, its replacement, the expected message, the line the message names: the text's line, or None)
FRONT_MATTER_MISTAKES = {
    "unknown-theme": ("docs/oevelser/hjerte-isbjerg-og-raket.md", "themes:\n  - haab", "themes: [hab]",
                      "ukendt tema 'hab'. Gyldige: forbundenhed, haab, handlekraft, identitet, mening", "themes: [hab]"),
    "unknown-workshop-theme": ("docs/peer-uddannelsen/workshops/handlekraft.md", "theme: handlekraft", "theme: empowerment",
                               "ukendt tema 'empowerment'. Gyldige: forbundenhed, haab, handlekraft, identitet, mening", "theme: empowerment"),
    "missing-field": ("docs/oevelser/forbundenhed-i-livet.md", "purpose:", "formaal:", "ukendt felt 'formaal' i front matter.", None),
    "unknown-field": ("docs/oevelser/forbundenhed-i-livet.md", "themes:\n  - forbundenhed", "themes:\n  - forbundenhed\nvarighed: 30 min",
                      "ukendt felt 'varighed' i front matter. Ret stavningen, eller slet feltet. Gyldige felter: title, themes, purpose, writing, reviewed, review_months, reviewer, read_aloud",
                      "varighed: 30 min"),
    "broken-yaml": ("docs/oevelser/forbundenhed-i-livet.md", "themes:\n  - forbundenhed", "themes: [forbundenhed", "ugyldig front matter", None),
    "not-a-number": ("docs/peer-uddannelsen/workshops/haab.md", "planned_exercises: 3", "planned_exercises: tre",
                     "feltet 'planned_exercises' i front matter skal være et helt tal, ikke 'tre'", "planned_exercises: tre"),
    "unknown-person-in-byline": ("docs/jobprofiler/peer-medarbejder.md", "byline: Udarbejdet af {gitte}", "byline: Udarbejdet af {gitte-jensen}",
                                 "ukendt person 'gitte-jensen'. Gyldige: ", "byline: Udarbejdet af {gitte-jensen}"),
    "job-profile-field": ("docs/jobprofiler/peer-medarbejder.md", "summary:", "written: februar 2020\nsummary:",
                          "ukendt felt 'written' i front matter. Ret stavningen, eller slet feltet. Gyldige felter: summary, byline, reviewed, review_months, reviewer, read_aloud",
                          "written: februar 2020"),
    "read-aloud": ("docs/chime/haab.md", "# Håb\n", "---\nread_aloud: ja\n---\n# Håb\n", "feltet 'read_aloud' i front matter skal være true eller false, ikke 'ja'", "read_aloud: ja"),
    "markup-in-title": ("docs/oevelser/forbundenhed-i-livet.md", "title: Forbundenhed i livet", "title: Forbundenhed <b>i livet</b>",
                        "titlen må ikke indeholde < eller >: 'Forbundenhed <b>i livet</b>'. Skriv den som almindelig tekst.",
                        "title: Forbundenhed <b>i livet</b>"),
    "no-themes": ("docs/oevelser/forbundenhed-i-livet.md", "themes:\n  - forbundenhed", "themes: []",
                  "'themes' er tom; skriv mindst ét tema, fx themes: [haab]", "themes: []"),
    "theme-twice": ("docs/oevelser/hjerte-isbjerg-og-raket.md", "themes:\n  - haab", "themes: [haab, haab]",
                    "temaet haab står flere gange under 'themes'; skriv hvert tema én gang", "themes: [haab, haab]"),
    "key-twice": ("docs/oevelser/forbundenhed-i-livet.md", "themes:\n  - forbundenhed\n", "themes:\n  - forbundenhed\ntitle: Forbundenhed\n",
                  "nøglen 'title' står to gange (første gang i linje 2)", "title: Forbundenhed"),
    # Issue 18: silent or misleading before.
    "no-room-to-write": ("docs/oevelser/hjerte-isbjerg-og-raket.md", "  boxes:\n    - Hjerte\n    - Isbjerg\n    - Raket\n", "  lines: 0\n",
                         "'writing' giver ingen plads at skrive på arket: skriv fx lines: 8 (linjer) eller boxes: [Overskrift] (felter)", "writing:"),
    "negative-lines": ("docs/oevelser/hjerte-isbjerg-og-raket.md", "  boxes:\n    - Hjerte\n    - Isbjerg\n    - Raket\n", "  lines: -3\n",
                       "feltet 'lines' i 'writing' skal være 0 eller mere, ikke -3", "  lines: -3"),
    "no-planned-exercises": ("docs/peer-uddannelsen/workshops/haab.md", "planned_exercises: 3", "planned_exercises: 0",
                             "feltet 'planned_exercises' i front matter skal være 1 eller mere, ikke 0", "planned_exercises: 0"),
    "field-on-an-ordinary-page": ("docs/chime/haab.md", "# Håb\n", "---\ntitel: Håb\n---\n# Håb\n",
                                  "ukendt felt 'titel' i front matter. Ret stavningen, eller slet feltet. Gyldige felter: title, read_aloud",
                                  "titel: Håb"),
    "same-title-as-another-exercise": ("docs/oevelser/hjerte-isbjerg-og-raket.md", "title: Hjerte, Isbjerg og Raket", "title: Forbundenhed i livet",
                                       "øvelsen 'Forbundenhed i livet' har samme titel som docs/oevelser/forbundenhed-i-livet.md. "
                                       "Giv hver øvelse sin egen titel", "title: Forbundenhed i livet"),
    "macro-in-front-matter": ("docs/oevelser/hjerte-isbjerg-og-raket.md", "purpose: At arbejde", "purpose: Sammen med {{ person('joy') }}. At arbejde",
                              "feltet 'purpose' i front matter har makroen {{ person('joy') }}, men makroer virker kun i sidens tekst",
                              "purpose: Sammen med {{ person('joy') }}. At arbejde videre med et mål, som du har valgt ud fra dine håb og drømme."),
    "zero-width-space-in-a-theme": ("docs/oevelser/hjerte-isbjerg-og-raket.md", "  - haab\n", "  - haab\u200b\n",
                                    "et mellemrum uden bredde står efter '- haab'.", "  - haab\u200b"),
    "curly-quotes-in-a-macro": ("docs/om-peer-stoette.md", '{{ definition("peer-stoette") }}', "{{ definition(“peer-stoette”) }}",
                                "makroen {{ definition(“peer-stoette”) }} har krøllede anførselstegn (“ ” eller ‘ ’), som Word laver, når man "
                                'skriver. En makro skal have lige anførselstegn: {{ definition("peer-stoette") }}', "{{ definition(“peer-stoette”) }}"),
    "control-character-in-the-text": ("docs/chime/haab.md", "# Håb\n", "# Håb\x07\n", "et usynligt tegn (U+0007) står efter '# Håb'.", "# Håb\x07"),
}


@pytest.mark.parametrize("mistake", FRONT_MATTER_MISTAKES)
def test_a_front_matter_mistake_names_the_page_the_line_and_what_to_write(project_copy, mistake):
    file, old, new, message, line_text = FRONT_MATTER_MISTAKES[mistake]
    error = broken(project_copy, file, old, new)
    assert message in error.message
    if line_text is not None:
        assert error.line == line_of(project_copy / file, line_text)


def test_an_emptied_page_names_the_page_and_what_to_do(project_copy):
    (project_copy / "docs/samtalegruppe.md").write_text("\n\n", encoding="utf-8")
    assert str(load_error(project_copy)) == (
        "docs/samtalegruppe.md, linje 1: siden er tom. Skriv sidens tekst, eller slet filen for at fjerne siden (står den under nav: i mkdocs.yml, så slet også dens linje der)"
    )


def test_a_missing_required_field_names_the_page_and_the_required_ones(project_copy):
    page = project_copy / "docs/oevelser/forbundenhed-i-livet.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text[: text.index("purpose:")] + text[text.index("writing:"):], encoding="utf-8")
    assert str(load_error(project_copy)) == (
        "docs/oevelser/forbundenhed-i-livet.md, linje 2: front matter mangler feltet 'purpose'. Påkrævet: title, themes, purpose"
    )


def test_front_matter_that_never_ends_names_the_page(project_copy):
    page = project_copy / "docs/samtalegruppe.md"
    page.write_text("---\ntitle: Samtalegruppe\n\n" + page.read_text(encoding="utf-8"), encoding="utf-8")
    assert str(load_error(project_copy)).startswith("docs/samtalegruppe.md, linje 1: front matter starter med '---' men slutter aldrig")


def test_a_second_workshop_on_the_same_theme_names_both_files(project_copy):
    workshops = project_copy / "docs/peer-uddannelsen/workshops"
    (workshops / "haab-igen.md").write_text((workshops / "haab.md").read_text(encoding="utf-8"), encoding="utf-8")
    error = load_error(project_copy)
    assert error.message == "temaet 'haab' har allerede en workshop: docs/peer-uddannelsen/workshops/haab-igen.md"
    assert (error.file, error.line) == ("docs/peer-uddannelsen/workshops/haab.md", 3)

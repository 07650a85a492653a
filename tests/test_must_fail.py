"""Bad input stops the build with a message that names the file and the bad key."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build
from conftest import failed_build as build_failing


def edit(path: Path, old: str, new: str) -> None:
    """Replace one piece of text in a file, failing if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def failed_build(project: Path, tmp_path: Path) -> str:
    """Build a broken project with the PDFs off (they are not what is tested here); return its output."""
    return build_failing(project, tmp_path, HANDBOOK_PDF="0")


def test_the_unbroken_copy_builds(project_copy, tmp_path):
    """Negative control: the copy itself builds, so each failure below comes from its one break."""
    assert build(project_copy, tmp_path / "out", HANDBOOK_PDF="0").returncode == 0


def test_unknown_definition_key_names_page_key_and_valid_keys(project_copy, tmp_path):
    edit(project_copy / "docs/om-peer-stoette.md", 'definition("vision")', 'definition("visionen")')
    output = failed_build(project_copy, tmp_path)
    assert "om-peer-stoette.md: ukendt definition 'visionen'" in output
    assert "Gyldige: peer-faglighed, peer-stoette, vision" in output


def test_unknown_source_key_names_page_and_key(project_copy, tmp_path):
    edit(project_copy / "docs/kilder.md", 'source("socialstyrelsen-2016", "8")', 'source("socialstyrelsen-2017", "8")')
    output = failed_build(project_copy, tmp_path)
    assert "kilder.md: ukendt kilde 'socialstyrelsen-2017'" in output
    assert "socialstyrelsen-2016" in output


def test_unknown_exercise_names_page_and_key(project_copy, tmp_path):
    edit(project_copy / "docs/peer-uddannelsen/workshops/haab.md", 'exercise("hjerte-isbjerg-og-raket")', 'exercise("hjerte")')
    output = failed_build(project_copy, tmp_path)
    assert "peer-uddannelsen/workshops/haab.md: ukendt øvelse 'hjerte'" in output
    assert "hjerte-isbjerg-og-raket" in output


def test_unknown_theme_in_exercise_front_matter(project_copy, tmp_path):
    edit(project_copy / "docs/oevelser/hjerte-isbjerg-og-raket.md", "themes: [haab]", "themes: [hab]")
    output = failed_build(project_copy, tmp_path)
    assert "oevelser/hjerte-isbjerg-og-raket.md: ukendt tema 'hab'" in output
    assert "Gyldige: forbundenhed, haab, handlekraft, identitet, mening" in output


def test_unknown_theme_in_workshop_front_matter(project_copy, tmp_path):
    edit(project_copy / "docs/peer-uddannelsen/workshops/handlekraft.md", "theme: handlekraft", "theme: empowerment")
    assert "workshops/handlekraft.md: ukendt tema 'empowerment'" in failed_build(project_copy, tmp_path)


def test_exercise_missing_a_required_field(project_copy, tmp_path):
    edit(project_copy / "docs/oevelser/forbundenhed-i-livet.md", "purpose:", "formaal:")
    output = failed_build(project_copy, tmp_path)
    assert "oevelser/forbundenhed-i-livet.md: mangler feltet 'purpose'" in output


def test_malformed_yaml_in_a_data_file_names_file_and_line(project_copy, tmp_path):
    values = project_copy / "macros/data/values.yml"
    edit(values, "  - Tillid\n", "  - Tillid: [\n")
    output = failed_build(project_copy, tmp_path)
    line = values.read_text(encoding="utf-8").splitlines().index("  - Tillid: [") + 1
    # PyYAML notices the unclosed bracket where the next entry starts.
    assert f"values.yml, linje {line + 1}: ugyldig YAML" in output


def test_data_entry_with_a_missing_field_names_file_and_key(project_copy, tmp_path):
    edit(project_copy / "macros/data/people.yml", "  name: Janick Lagoni\n", "")
    assert "people.yml: 'janick' mangler ['name']" in failed_build(project_copy, tmp_path)


def test_broken_front_matter_names_the_page(project_copy, tmp_path):
    edit(project_copy / "docs/oevelser/forbundenhed-i-livet.md", "themes: [forbundenhed]", "themes: [forbundenhed")
    output = failed_build(project_copy, tmp_path)
    assert "oevelser/forbundenhed-i-livet.md, linje 4: ugyldig front matter" in output


def test_undefined_variable_fails(project_copy, tmp_path):
    edit(project_copy / "docs/samtalegruppe.md", "## Fokus", "## Fokus {{ fokus_tekst }}")
    output = failed_build(project_copy, tmp_path)
    line = (project_copy / "docs/samtalegruppe.md").read_text(encoding="utf-8").splitlines().index("## Fokus {{ fokus_tekst }}") + 1
    assert f"Fejl i samtalegruppe.md, linje {line}" in output
    assert "'fokus_tekst' is undefined" in output


def test_unknown_person_names_page_and_key(project_copy, tmp_path):
    edit(project_copy / "docs/peer-uddannelsen/index.md", 'person("joy")', 'person("joy-nielsen")')
    output = failed_build(project_copy, tmp_path)
    assert "peer-uddannelsen/index.md: ukendt person 'joy-nielsen'" in output


def test_dead_internal_link_fails(project_copy, tmp_path):
    edit(project_copy / "docs/index.md", "(samtalegruppe.md)", "(samtalegrupper.md)")
    output = failed_build(project_copy, tmp_path)
    assert "index.md" in output and "samtalegrupper.md" in output


def test_dead_anchor_fails(project_copy, tmp_path):
    edit(project_copy / "docs/om-peer-stoette.md", "peer-medarbejder.md#peer-faglighed", "peer-medarbejder.md#peerfaglighed")
    output = failed_build(project_copy, tmp_path)
    assert "om-peer-stoette.md" in output and "#peerfaglighed" in output


@pytest.mark.parametrize("name", ["håb.md", "Mening i tilværelsen.md"])
def test_page_file_name_with_danish_letters_or_spaces_fails(project_copy, tmp_path, name):
    (project_copy / "docs/chime" / name).write_text("# Test\n", encoding="utf-8")
    output = failed_build(project_copy, tmp_path)
    assert f"chime/{name}: filnavnet skal være" in output


def test_exercise_with_a_field_outside_the_template_fails(project_copy, tmp_path):
    edit(project_copy / "docs/oevelser/forbundenhed-i-livet.md", "themes: [forbundenhed]", "themes: [forbundenhed]\nvarighed: 30 min")
    output = failed_build(project_copy, tmp_path)
    assert "oevelser/forbundenhed-i-livet.md: ukendt felt 'varighed'" in output
    assert "purpose, read_aloud, themes, title, writing" in output


def test_a_second_workshop_on_the_same_theme_names_both_files(project_copy, tmp_path):
    workshops = project_copy / "docs/peer-uddannelsen/workshops"
    (workshops / "haab-igen.md").write_text((workshops / "haab.md").read_text(encoding="utf-8"), encoding="utf-8")
    output = failed_build(project_copy, tmp_path)
    assert "workshops/haab.md: temaet 'haab' har allerede en workshop: peer-uddannelsen/workshops/haab-igen.md" in output


def test_menu_out_of_chime_order_names_mkdocs_yml_and_the_order(project_copy, tmp_path):
    forbundenhed = "      - Workshop om forbundenhed: peer-uddannelsen/workshops/forbundenhed.md\n"
    haab = "      - Workshop om håb: peer-uddannelsen/workshops/haab.md\n"
    edit(project_copy / "mkdocs.yml", forbundenhed + haab, haab + forbundenhed)
    output = failed_build(project_copy, tmp_path)
    assert "mkdocs.yml (nav): workshopsiderne skal stå i CHIME-rækkefølgen fra macros/data/chime.yml" in output
    assert "Nu: haab, forbundenhed, mening" in output


def test_unknown_count_names_page_key_and_valid_keys(project_copy, tmp_path):
    edit(project_copy / "docs/peer-uddannelsen/index.md", 'number_of("workshops")', 'number_of("workshop")')
    output = failed_build(project_copy, tmp_path)
    assert "peer-uddannelsen/index.md: ukendt tal 'workshop'. Gyldige: volunteer_workshops, volunteers, workshops" in output


def test_a_count_that_is_not_a_number_names_the_file_and_key(project_copy, tmp_path):
    edit(project_copy / "macros/data/education.yml", "workshops: 6", "workshops: seks")
    assert "education.yml: 'workshops' skal være et helt tal, ikke 'seks'" in failed_build(project_copy, tmp_path)


def test_planned_exercises_must_be_a_number(project_copy, tmp_path):
    edit(project_copy / "docs/peer-uddannelsen/workshops/haab.md", "planned_exercises: 3", "planned_exercises: tre")
    assert "workshops/haab.md: feltet 'planned_exercises' skal være int, ikke 'tre'" in failed_build(project_copy, tmp_path)


def test_person_of_unknown_kind_names_file_key_and_valid_kinds(project_copy, tmp_path):
    edit(project_copy / "macros/data/people.yml", "  kind: staff\n  role: lønnet peer-medarbejder\n", "  kind: medarbejder\n  role: lønnet peer-medarbejder\n")
    output = failed_build(project_copy, tmp_path)
    assert "people.yml: 'joy': ukendt kind 'medarbejder'. Gyldige: participant, partner, resident, staff" in output


def test_resident_without_a_consent_field_names_file_and_key(project_copy, tmp_path):
    edit(project_copy / "macros/data/people.yml", "  consent: true\n", "")
    assert "people.yml: 'daniel' mangler ['consent']" in failed_build(project_copy, tmp_path)


def test_consent_without_its_basis_names_file_and_key(project_copy, tmp_path):
    people = project_copy / "macros/data/people.yml"
    text = people.read_text(encoding="utf-8")
    start = text.index("  consent_basis:", text.index("daniel:"))
    end = text.index("  unnamed:", start)
    people.write_text(text[:start] + text[end:], encoding="utf-8")
    assert "people.yml: 'daniel' har consent: true, men mangler consent_basis" in failed_build(project_copy, tmp_path)


def test_staff_member_with_a_consent_field_names_the_unknown_field(project_copy, tmp_path):
    edit(project_copy / "macros/data/people.yml", "  name: Janick Lagoni\n", "  name: Janick Lagoni\n  consent: true\n")
    assert "people.yml: 'janick' har ukendte felter ['consent']; ret stavningen eller slet dem (tilladte felter: kind, role, name)" in failed_build(project_copy, tmp_path)


def test_unknown_person_in_a_job_profile_byline_names_page_and_key(project_copy, tmp_path):
    edit(project_copy / "docs/jobprofiler/peer-medarbejder.md", 'byline: "Udarbejdet af {gitte}"', 'byline: "Udarbejdet af {gitte-jensen}"')
    output = failed_build(project_copy, tmp_path)
    assert "jobprofiler/peer-medarbejder.md (byline): ukendt person 'gitte-jensen'" in output


def test_job_profile_with_a_field_outside_the_template_names_page_and_field(project_copy, tmp_path):
    edit(project_copy / "docs/jobprofiler/peer-medarbejder.md", "summary:", "written: februar 2020\nsummary:")
    output = failed_build(project_copy, tmp_path)
    assert "jobprofiler/peer-medarbejder.md: ukendt felt 'written'. Gyldige: byline, read_aloud, summary" in output


def test_job_profile_missing_from_the_nav_names_the_page(project_copy, tmp_path):
    edit(project_copy / "mkdocs.yml", "      - Frivillig peer på peer-uddannelsen: jobprofiler/frivillig-peer.md\n", "")
    output = failed_build(project_copy, tmp_path)
    assert "mkdocs.yml: jobprofilen jobprofiler/frivillig-peer.md mangler i nav:" in output

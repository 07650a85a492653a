"""The web editor's configuration comes from the handbook's schema and data, so it cannot drift from what the build accepts."""
from __future__ import annotations

import dataclasses

import pytest

from conftest import HANDBOOK
from handbook import editor
from handbook.data import Glossary, Term
from handbook.pages import Exercise, JobProfile, Workshop, Writing
from handbook.schema import written_fields

CONFIG = editor.config(HANDBOOK, editor.local_backend(8081))
COLLECTIONS = {c["name"]: c for c in CONFIG["collections"]}


def form_fields(fields: list[dict]) -> dict[str, dict]:
    """A form's fields by name, the body left out."""
    return {f["name"]: f for f in fields if f["name"] != "body"}


def schema_fields(cls: type) -> list[str]:
    """The fields staff write for a dataclass (not those its place gives), in the schema's order, read_aloud left out."""
    return [f.name for f in written_fields(cls) if f.name not in editor.LEFT_OUT]


@pytest.mark.parametrize(
    ("collection", "cls"),
    [("oevelser-haab", Exercise), ("workshops", Workshop), ("jobprofiler", JobProfile), ("data", Glossary)],
)
def test_every_form_has_exactly_the_fields_of_its_schema_in_its_order(collection, cls):
    found = COLLECTIONS[collection]
    fields = found["fields"] if "fields" in found else found["files"][0]["fields"]
    assert list(form_fields(fields)) == schema_fields(cls)


def test_nested_forms_follow_their_schema_too():
    exercise = form_fields(COLLECTIONS["oevelser-haab"]["fields"])
    assert [f["name"] for f in exercise["writing"]["fields"]] == schema_fields(Writing)
    glossary = form_fields(COLLECTIONS["data"]["files"][0]["fields"])
    assert [f["name"] for f in glossary["terms"]["fields"]] == schema_fields(Term)


def test_themes_and_people_are_offered_from_the_data_files():
    exercise = form_fields(COLLECTIONS["oevelser-haab"]["fields"])
    assert [o["value"] for o in exercise["themes"]["options"]] == list(HANDBOOK.data.themes)
    assert [o["label"] for o in exercise["themes"]["options"]] == [t.name for t in HANDBOOK.data.themes.values()]
    assert [o["value"] for o in exercise["reviewer"]["options"]] == list(HANDBOOK.data.people)


def test_required_fields_are_those_without_a_default():
    exercise = form_fields(COLLECTIONS["oevelser-haab"]["fields"])
    assert {name for name, f in exercise.items() if f["required"]} == {"title", "themes", "purpose"}


def test_every_exercise_theme_has_its_collection_and_every_job_profile_its_form():
    assert {f"oevelser-{key}" for key in HANDBOOK.data.themes} <= set(COLLECTIONS)
    assert [f["file"] for f in COLLECTIONS["jobprofiler"]["files"]] == [f"docs/{src}" for src in sorted(HANDBOOK.pages.job_profiles)]


def test_a_field_without_a_danish_label_stops_the_config():
    @dataclasses.dataclass(frozen=True)
    class WithNewField:
        varighed: str

    with pytest.raises(KeyError, match="varighed"):
        editor.fields_of(WithNewField, {})


def test_the_editor_is_not_part_of_the_published_site(site):
    """Not in search, the sitemap, the offline zip or the PDFs: it is served apart (tools/editor.py), never from site/."""
    assert not [p for p in site.rglob("*") if "decap" in p.name.lower() or p.name in {"config.yml", "handbook-editor.js"}]
    assert "decap" not in (site / "search/search_index.json").read_text(encoding="utf-8").lower()


def test_a_new_exercise_starts_with_the_room_to_write_the_build_gives_a_missing_one():
    """A form without a default wrote 'lines: 0' and no boxes, which the build refuses (no room to write)."""
    from handbook.pages import DEFAULT_WRITING

    writing = form_fields(COLLECTIONS["oevelser-haab"]["fields"])["writing"]
    defaults = {f["name"]: f.get("default") for f in writing["fields"]}
    assert (defaults["lines"], defaults["numbered"]) == (DEFAULT_WRITING.lines, DEFAULT_WRITING.numbered) and DEFAULT_WRITING.lines > 0

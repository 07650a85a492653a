"""The web editor's configuration (Decap CMS), made from the handbook's own schema and data so it cannot drift.

Each form's fields are the fields of the dataclass that validates that kind of file (an exercise, a
workshop, a job profile, the glossary); the CHIME themes come from chime.yml and the people from
people.yml. Labels and hints are Danish, for staff. tools/editor.py serves it as config.yml.
"""
from __future__ import annotations

import dataclasses
import types
from datetime import date
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from handbook import Handbook
from handbook.data import Glossary
from handbook.pages import EXERCISE_DIR, JOB_PROFILE_DIR, WORKSHOP_DIR, Exercise, JobProfile, Workshop
from handbook.paths import DOCS_DIR
from handbook.schema import is_required, written_fields

# Every field a form shows: its Danish label and, where it helps, a hint. A dataclass field missing here stops the
# config (tests/test_editor_config.py), so a new front-matter field never reaches the editor unlabelled.
LABELS: dict[str, tuple[str, str]] = {
    "title": ("Titel", "Sidens navn. Det står i menuen og øverst på siden."),
    "themes": ("CHIME-temaer", "Et eller flere temaer. Øvelsen kommer på temaernes sider og workshops."),
    "purpose": ("Formål", "Én sætning om, hvad øvelsen skal hjælpe deltageren med."),
    "writing": ("Plads til at skrive på arket", "Linjer eller bokse på det printede ark."),
    "lines": ("Antal linjer", ""),
    "numbered": ("Nummererede linjer", ""),
    "boxes": ("Bokse (en overskrift for hver)", "Fx Hjerte, Isbjerg, Raket."),
    "theme": ("CHIME-tema", "Workshoppens tema. Hvert tema har højst én workshop."),
    "planned_exercises": ("Antal planlagte øvelser", "Kun hvis workshoppen er bygget op om flere øvelser, end håndbogen har."),
    "summary": ("Hvem rollen er for", "Én linje. Den står i listen på siden Jobprofiler."),
    "byline": ("Forfatterlinje", "Præcis som dokumentet skriver den, personer som {nøgle} fra people.yml."),
    "reviewed": ("Senest gennemgået", "Datoen for seneste gennemgang. Lad feltet stå tomt, hvis siden ikke er gennemgået endnu."),
    "review_months": ("Gennemgås hver … måned", "Antal måneder mellem to gennemgange."),
    "reviewer": ("Gennemgås af", "Den person (rolle), der gennemgår siden."),
    "read_aloud": ("Knappen Læs op", ""),
    "term": ("Ord", "Ordet, som det står i ordlisten."),
    "forms": ("Andre bøjninger", "Fx tovholdere, tovholderne."),
    "definition": ("Forklaring", "Kort og i et let sprog."),
    "tooltip": ("Vis forklaringen på siderne", "Slå fra, hvis ordet står så tit, at forklaringen forstyrrer."),
    "terms": ("Ord i ordlisten", ""),
}
# Fields a form leaves out: read_aloud is switched in the page's text by those who know CONTRIBUTING.md.
LEFT_OUT = {"read_aloud"}
BODY = {"name": "body", "label": "Tekst (Markdown)", "widget": "text",
        "hint": "Koder i {{ … }}, bokse (!!!) og fodnoter bliver stående præcis, som de er skrevet."}
NO_MARKUP = ["^[^<>]*$", "Titlen må ikke indeholde < eller >. Skriv den som almindelig tekst."]


def widget(name: str, hint: Any, choices: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    """One form field for a dataclass field, from its type hint; `choices` gives the options of fields that pick a key."""
    label, help_text = LABELS[name]
    field: dict[str, Any] = {"name": name, "label": label, **({"hint": help_text} if help_text else {})}
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        return {**widget(name, next(a for a in args if a is not type(None)), choices), "required": False}
    if name in choices:
        multiple = origin is list
        return {**field, "widget": "select", "options": choices[name], **({"multiple": True, "min": 1} if multiple else {})}
    if dataclasses.is_dataclass(hint):
        return {**field, "widget": "object", "collapsed": False, "fields": fields_of(hint, choices)}
    if origin is list and args == (str,):
        return {**field, "widget": "list", "allow_add": True}
    if origin is list and dataclasses.is_dataclass(args[0]):
        return {**field, "widget": "list", "summary": "{{fields.term}}", "fields": fields_of(args[0], choices)}
    if origin is Literal:
        return {**field, "widget": "select", "options": list(args)}
    if hint is date:
        return {**field, "widget": "datetime", "format": "YYYY-MM-DD", "date_format": "DD-MM-YYYY", "time_format": False, "picker_utc": True}
    simple = {str: {"widget": "string"}, int: {"widget": "number", "value_type": "int", "min": 0}, bool: {"widget": "boolean"}}
    return {**field, **simple[hint]}


def fields_of(cls: type, choices: dict[str, list[dict[str, str]]], defaults: Any = None) -> list[dict[str, Any]]:
    """The form fields of a dataclass, in the schema's order (its own fields, then keyword-only ones such as the review);
    a new entry starts from the field defaults, or from the instance `defaults` (an exercise's 8 lines to write on)."""
    hints = get_type_hints(cls)
    found = []
    for field in written_fields(cls):
        if field.name in LEFT_OUT:
            continue
        made = widget(field.name, hints[field.name], choices)
        default = getattr(defaults, field.name) if defaults is not None else field.default
        if dataclasses.is_dataclass(default):
            made["fields"] = fields_of(hints[field.name], choices, default)
        made.setdefault("required", is_required(field))
        if field.name == "title":
            made["pattern"] = NO_MARKUP
        if isinstance(default, (bool, int)) or default not in (dataclasses.MISSING, None, "") and isinstance(default, str):
            made["default"] = default
        found.append(made)
    return found


def page_collection(name: str, label: str, folder: str, cls: type, choices: dict, **extra: Any) -> dict[str, Any]:
    """A folder of pages (front matter and Markdown) as one collection of the editor."""
    return {
        "name": name, "label": label, "folder": f"{DOCS_DIR}/{folder}", "extension": "md", "format": "frontmatter",
        "create": True, "slug": "{{slug}}", "editor": {"preview": False}, "fields": [*fields_of(cls, choices), BODY], **extra,
    }


def collections(book: Handbook) -> list[dict[str, Any]]:
    """The editor's collections: the exercises by CHIME theme, the workshops, each job profile, the glossary."""
    themes = [{"label": t.name, "value": key} for key, t in book.data.themes.items()]
    people = [{"label": f"{p.role} ({key})", "value": key} for key, p in book.data.people.items()]
    choices = {"themes": themes, "theme": themes, "reviewer": people}
    found = [
        # One collection per theme: the exercises' folder also holds its index page, which is no exercise.
        page_collection(f"oevelser-{key}", f"Øvelser: {theme.name}", EXERCISE_DIR, Exercise, choices,
                        label_singular="øvelse", filter={"field": "themes", "value": key})
        for key, theme in book.data.themes.items()
    ]
    found.append(page_collection("workshops", "Workshops", WORKSHOP_DIR, Workshop, choices, label_singular="workshop"))
    profiles = [
        {"name": src.split("/")[-1][: -len(".md")], "label": profile.title, "file": f"{DOCS_DIR}/{src}",
         "fields": [*fields_of(JobProfile, choices), BODY]}
        for src, profile in sorted(book.pages.job_profiles.items())
    ]
    found.append({"name": "jobprofiler", "label": "Jobprofiler", "format": "frontmatter", "editor": {"preview": False}, "files": profiles})
    glossary = {"name": "ordliste", "label": "Ordliste", "file": "data/glossary.yml", "fields": fields_of(Glossary, choices)}
    found.append({"name": "data", "label": "Ordliste", "format": "yml", "editor": {"preview": False}, "files": [glossary]})
    return found


def local_backend(port: int) -> dict[str, Any]:
    """The backend on this machine: decap-server, which reads and writes the project's files."""
    return {"name": "proxy", "proxy_url": f"http://127.0.0.1:{port}/api/v1", "branch": "main"}


def github_backend(repository: str, sign_in: str, branch: str = "main") -> dict[str, Any]:
    """The backend of a hosted editor: GitHub, signed in through the organisation's OAuth service at `sign_in`."""
    return {"name": "github", "repo": repository, "branch": branch, "base_url": sign_in,
            "commit_messages": {"create": "Ny side: {{path}}", "update": "Rettet: {{path}}", "delete": "Slettet: {{path}}"}}


def config(book: Handbook, backend: dict[str, Any]) -> dict[str, Any]:
    """The whole Decap CMS configuration (config.yml)."""
    return {
        "backend": backend, "locale": "da", "publish_mode": "simple", "load_config_file": False,
        # File names without æ, ø, å or spaces, as the build requires ('Små skridt' -> 'sma-skridt.md').
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "media_folder": f"{DOCS_DIR}/assets/images", "public_folder": "/assets/images",
        "collections": collections(book),
    }


"""The adversarial copy of the handbook (conftest.adversarial_site): no consent, and a hostile string in every field.

One build serves two promises: a resident or participant who has not consented is named nowhere
(tests/test_privacy.py), and text from data and front matter is shown as written, never run
(tests/browser/test_hostile_text.py).
"""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from conftest import HANDBOOK
from handbook.data import NEEDS_CONSENT

HOSTILE = """<script>window.hacked=1</script><img src=x onerror="window.hacked=1"> 'enkelt' "dobbelt\""""
# Markup that may only appear in the built HTML if the hostile string was written raw.
RAW = ["<script>window.hacked", "<img src=x"]
# Fields whose value the build looks up (a page, a source key, a person's kind) or checks as an address
# rather than shows, the glossary's words, which must stay words of the pages to get their explanations,
# a reference's English parts, which must stay words of the (hostile) reference to be marked, and the
# accessibility statement's date, which is read as a date.
LOOKED_UP = {"page", "source", "term", "forms", "kind", "address", "english", "statement_date"}
# A title may not hold < or > at all (handbook/pages.py): Material shows long titles in a tooltip as HTML.
TITLE = "Tom & Jerry 'enkelt' \"dobbelt\""
# Front matter: (page, fields to make hostile), covering exercises, workshops and job profiles.
FRONT_MATTER = {
    "oevelser/forbundenhed-i-livet.md": {"title": TITLE, "purpose": HOSTILE, "writing": {"lines": 2, "boxes": [HOSTILE]}},
    "peer-uddannelsen/workshops/haab.md": {"title": TITLE},
    "jobprofiler/peer-medarbejder.md": {"summary": HOSTILE, "byline": f"Udarbejdet af {{gitte}} {HOSTILE}"},
}
SHEET = "pdf/oevelser/forbundenhed-i-livet.pdf"
# The residents and participants whose names the handbook prints only with their consent.
PRIVATE = [p for p in HANDBOOK.data.people.values() if p.kind in NEEDS_CONSENT]
CONSENT = "\n  consent: true\n"


def withdraw_consent(project: Path) -> None:
    """Set every resident's and participant's consent to false in a project copy."""
    people = project / "data/people.yml"
    text = people.read_text(encoding="utf-8")
    assert text.count(CONSENT) == len(PRIVATE)
    people.write_text(text.replace(CONSENT, "\n  consent: false\n"), encoding="utf-8")


def hostile(value, key: str = ""):
    """Every text in a YAML value with the hostile string appended, except names the build looks up."""
    if isinstance(value, dict):
        return {k: hostile(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [hostile(item, key) for item in value]
    if isinstance(value, str) and key not in LOOKED_UP:
        return f"{value} {HOSTILE}"
    return value


def make_hostile(project: Path) -> None:
    """Put the hostile string into every data field and the listed front-matter fields of a project copy."""
    for path in (project / "data").glob("*.yml"):
        data = hostile(yaml.safe_load(path.read_text(encoding="utf-8")))
        if path.stem == "glossary":
            data["terms"].append({"term": HOSTILE, "definition": HOSTILE})
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for src, fields in FRONT_MATTER.items():
        page = project / "docs" / src
        _, front, body = page.read_text(encoding="utf-8").split("---\n", 2)
        meta = {**yaml.safe_load(front), **fields}
        page.write_text("---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items()) + "---\n" + body, encoding="utf-8")

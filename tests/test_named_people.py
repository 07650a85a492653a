"""No fact about a named person beyond the sources: the role beside a name is the one people.yml holds,
and people.yml calls nobody a resident whom the sources do not call one."""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from conftest import HANDBOOK, ROOT, built_page
from handbook.data import Person
from macros import people
from test_documents import SEEDS, requires_seeds

DATA = HANDBOOK.data
PROFILES = HANDBOOK.pages.job_profiles
PAGES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))
NAMED = [p for p in DATA.people.values() if p.named]
# Words that say what a person is or does, when they stand right beside the name.
ROLE_WORDS = {
    "beboer", "medarbejder", "peer-medarbejder", "udviklingsmedarbejder", "koordinator", "lokalkoordinator",
    "deltager", "frivillig", "peer-mentor", "mentor", "peer-støtte", "tovholder", "leder", "forfatter", "pædagog",
    "medudvikler",
}
WORD = r"[\w-]+"


def role_word(word: str) -> str | None:
    """The role a word names ('peer-medarbejderen' -> 'peer-medarbejder'), or None for any other word."""
    word = word.casefold()
    return next((role for role in sorted(ROLE_WORDS, key=len, reverse=True) if word.startswith(role)), None)


def holds(person: Person, role: str) -> bool:
    """Whether the role people.yml gives the person says this role ('lønnet peer-medarbejder' holds 'peer-medarbejder')."""
    return any(role_word(word) == role for word in re.findall(WORD, person.role))


def roles_beside(text: str, name: str) -> list[str]:
    """The role words right before a name ('beboer Daniel') or right after it ('Joy, peer-medarbejderen', 'Joy (peer-medarbejder)')."""
    found = re.findall(rf"({WORD})\s+{re.escape(name)}\b", text)
    found += re.findall(rf"\b{re.escape(name)}(?:,| \()\s*({WORD})", text)
    return [role for role in map(role_word, found) if role]


def page_text(site: Path, src: str) -> str:
    """A built page's main content without the documents' own author lines (their titles are the documents')."""
    article = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").select_one("article")
    for byline in article.select(".byline"):
        byline.decompose()
    text = " ".join(article.get_text(" ").split())
    for profile in PROFILES.values():
        text = text.replace(people.byline(DATA, profile), "")
    return text


def test_no_page_adds_a_role_beside_a_name_that_people_yml_does_not_hold(site):
    texts = {src: page_text(site, src) for src in PAGES}  # each page parsed once, not once per name
    added = [
        f"{src}: '{role} {name}' – people.yml giver '{person.key}' rollen '{person.role}'"
        for src, text in texts.items()
        for person in NAMED
        for name in dict.fromkeys([person.name, person.name.split()[0]])
        for role in roles_beside(text, name)
        if not holds(person, role)
    ]
    assert added == []


@requires_seeds
def test_people_yml_calls_a_person_a_resident_only_where_the_sources_do():
    """A resident of a facility for people with mental-health vulnerabilities: the sources must say so, beside the name."""
    seeds = " ".join(path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt"))
    residents = sorted(p.key for p in DATA.people.values() if p.kind == "resident")
    called = sorted(p.key for p in DATA.people.values() if "beboer" in roles_beside(seeds, p.name.split()[0]))
    assert residents == called, f"people.yml: kind: resident for {residents}; kilderne kalder kun {called} beboer ved navn"


def test_the_checks_catch_what_they_look_for():
    """Negative controls: a role before or after a name is found, and a role people.yml holds is allowed."""
    joy = DATA.people["joy"]
    assert roles_beside("Det sagde beboer Daniel i går.", "Daniel") == ["beboer"]
    assert roles_beside("Tal med Joy, peer-medarbejderen.", "Joy") == ["peer-medarbejder"]
    assert roles_beside("Tal med Joy om det.", "Joy") == []
    assert holds(joy, "peer-medarbejder") and not holds(joy, "beboer")

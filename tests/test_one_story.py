"""One consistent story: counts, names and the order of the CHIME themes agree on every page."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, built_page
from macros import data as shared_data
from macros import pages

DATA = shared_data.load()
METAS = pages.read_all(ROOT / "docs")
EXERCISES = pages.exercises(METAS, DATA.themes)
WORKSHOPS = pages.workshops(METAS, DATA.themes)
NUMBERS = {"en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10}
NUMBER = r"\b(\d+|" + "|".join(NUMBERS) + r")"
# "i alt 6 workshops", "bestå af 6 workshops", "De 6 workshops": the whole education, not one person's share.
TOTAL_WORKSHOPS = re.compile(r"(?:i alt|består af|bestå af|\b[Dd]e)\s+" + NUMBER + r"\s+workshops\b")
# "2 øvelser", "tre centrale øvelser", "øvelse 1 af 2"
EXERCISE_COUNT = re.compile(NUMBER + r"\s+(?:\w+\s+)?øvelser\b|øvelse \d+ af " + NUMBER)
PER_WORKSHOP = re.compile(NUMBER + r"\s+øvelser på hver workshop")
# A function description states targets ("Det er en succes, når ... 3 øvelser på hver workshop"), not counts.
TARGETS = {"jobprofiler/peer-medarbejder.md"}
ALL_PAGES = sorted(METAS)


def number(word: str) -> int:
    """'3' or 'tre' -> 3."""
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def text(site: Path, src: str) -> str:
    """The readable text of a built page's main content, whitespace folded."""
    article = BeautifulSoup(built_page(site, src).read_text(encoding="utf-8"), "html.parser").select_one("article")
    return " ".join(article.get_text(" ").split())


def theme_of(src: str) -> str | None:
    """The CHIME theme a page is about: a theme page, a workshop, or an exercise with one theme."""
    by_page = {t.page: k for k, t in DATA.themes.items()} | {w.src: w.theme for w in WORKSHOPS.values()}
    exercise = next((e for e in EXERCISES.values() if e.src == src and len(e.themes) == 1), None)
    return exercise.themes[0] if exercise else by_page.get(src)


def exercises_of(theme: str) -> int:
    return sum(theme in e.themes for e in EXERCISES.values())


def test_every_page_that_states_the_number_of_workshops_states_the_same_number(site):
    stated = {src: {number(n) for n in TOTAL_WORKSHOPS.findall(text(site, src))} for src in ALL_PAGES}
    stated = {src: numbers for src, numbers in stated.items() if numbers}
    assert stated, "no page states how many workshops the education will have"
    assert {src: n for src, n in stated.items() if n != {DATA.numbers["workshops"]}} == {}


@pytest.mark.parametrize("src", [s for s in ALL_PAGES if theme_of(s)])
def test_a_page_about_one_theme_states_the_number_of_exercises_it_lists(site, src):
    theme = theme_of(src)
    allowed = {exercises_of(theme), WORKSHOPS[theme].planned_exercises if theme in WORKSHOPS else None}
    stated = {number(a or b) for a, b in EXERCISE_COUNT.findall(text(site, src))}
    assert stated <= allowed, f"{src}: siger {sorted(stated)} øvelser; håndbogen har {exercises_of(theme)} til '{theme}'"


@pytest.mark.parametrize("src", [s for s in ALL_PAGES if s not in TARGETS])
def test_no_page_states_more_exercises_per_workshop_than_every_workshop_has(site, src):
    fewest = min(max(exercises_of(w.theme), w.planned_exercises or 0) for w in WORKSHOPS.values())
    stated = {number(n) for n in PER_WORKSHOP.findall(text(site, src))}
    assert all(n <= fewest for n in stated), f"{src}: '{sorted(stated)} øvelser på hver workshop', men en workshop har kun {fewest}"


def test_the_workshop_list_follows_chime_order_and_counts_each_workshops_exercises(site):
    article = BeautifulSoup(built_page(site, "peer-uddannelsen/index.md").read_text(encoding="utf-8"), "html.parser").select_one("article")
    items = [li.get_text(" ", strip=True) for li in article.find(id="workshops").find_next("ul").find_all("li")]
    expected = [k for k in DATA.themes if k in WORKSHOPS]
    assert [i.split(" :")[0] for i in items] == [DATA.themes[k].name for k in expected]
    for item, key in zip(items, expected):
        assert re.search(rf"\b{exercises_of(key)} øvelser?\b", item) or (exercises_of(key) == 0 and "ingen øvelser" in item)


def test_every_link_to_the_chime_page_uses_its_title(site):
    title = BeautifulSoup(built_page(site, "chime/index.md").read_text(encoding="utf-8"), "html.parser").select_one("article h1")
    title_text = title.get_text(strip=True).rstrip("¶")
    home = BeautifulSoup(built_page(site, "index.md").read_text(encoding="utf-8"), "html.parser").select_one("article")
    links = [a.get_text(strip=True) for a in home.find_all("a", href="chime/index.html")]
    assert links == [title_text]


@pytest.mark.parametrize("section", ["CHIME", "Øvelser", "Peer-uddannelsen"])
def test_the_menu_lists_themes_workshops_and_exercises_in_chime_order(site, section):
    soup = BeautifulSoup(built_page(site, "index.md").read_text(encoding="utf-8"), "html.parser")
    nav = soup.select_one("nav.md-nav--primary")
    # A section's menu is a <nav> named by the section's title (overrides/partials/nav-item.html).
    hrefs = [a["href"] for a in nav.find("nav", attrs={"aria-label": section}).find_all("a", href=True)]
    srcs = [h[: -len(".html")] + ".md" for h in hrefs if h.endswith(".html")]
    order = list(DATA.themes)
    themes = [theme_of(s) or EXERCISES[Path(s).stem].themes[0] for s in srcs if theme_of(s) or Path(s).stem in EXERCISES]
    assert len(themes) >= 5, srcs
    assert themes == sorted(themes, key=order.index)

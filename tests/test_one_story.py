"""One consistent story: counts, names and the order of the CHIME themes agree on every page."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import HANDBOOK, ROOT, built_page

DATA = HANDBOOK.data
EXERCISES = HANDBOOK.pages.exercises
WORKSHOPS = HANDBOOK.pages.workshops
NUMBERS = {"en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10}
NUMBER = r"\b(\d+|" + "|".join(NUMBERS) + r")"
# "i alt 6 workshops", "bestå af 6 workshops", "De 6 workshops": the whole education, not one person's share.
TOTAL_WORKSHOPS = re.compile(r"(?:i alt|består af|bestå af|\b[Dd]e)\s+" + NUMBER + r"\s+workshops\b")
# "2 øvelser", "tre centrale øvelser", "øvelse 1 af 2"
EXERCISE_COUNT = re.compile(NUMBER + r"\s+(?:\w+\s+)?øvelser\b|øvelse \d+ af " + NUMBER)
PER_WORKSHOP = re.compile(NUMBER + r"\s+øvelser på hver workshop")
# A function description states targets ("Det er en succes, når ... 3 øvelser på hver workshop"), not counts.
TARGETS = {"jobprofiler/peer-medarbejder.md"}
ALL_PAGES = sorted(HANDBOOK.pages.metas)


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
    assert [i.split(" :")[0] for i in items] == [WORKSHOPS[k].title for k in expected]
    for item, key in zip(items, expected):
        assert re.search(rf"\b{exercises_of(key)} øvelser?\b", item) or (exercises_of(key) == 0 and "ingen øvelser" in item)


@pytest.mark.parametrize("section", ["CHIME", "Øvelser", "Peer-uddannelsen"])
def test_the_menu_lists_themes_workshops_and_exercises_in_chime_order(site, section):
    soup = BeautifulSoup(built_page(site, "index.md").read_text(encoding="utf-8"), "html.parser")
    nav = soup.select_one("nav.md-nav--primary")
    # A section's menu is a <nav> named by the section's title (overrides/partials/nav-item.html).
    hrefs = [a["href"] for a in nav.find("nav", attrs={"aria-label": section}).find_all("a", href=True)]
    srcs = [h[: -len(".html")] + ".md" for h in hrefs if h.endswith(".html")]
    order = list(DATA.themes)
    themes = [theme_of(s) or EXERCISES[Path(s).stem].themes[0] for s in srcs if theme_of(s) or Path(s).stem in EXERCISES]
    assert len(themes) >= 4, srcs
    assert themes == sorted(themes, key=order.index)


# Links that are not a page's name: permalink signs, footnotes, the PDF and zip buttons.
NOT_NAMES = "a.headerlink, a.footnote-ref, a.footnote-backref, .footnote a, a.md-content__button"


def soup_of(site: Path, url: str) -> BeautifulSoup:
    """A built page by its URL from the site root, e.g. 'chime/haab.html'."""
    return BeautifulSoup((site / url).read_text(encoding="utf-8"), "html.parser")


def words_of(element) -> str:
    """An element's text as a reader reads it: permalink signs left out, whitespace folded."""
    return " ".join(element.get_text(" ").replace("¶", "").split())


def same_name(shown: str, name: str) -> bool:
    """One name, wherever it stands in a sentence: 'samtalegruppen' is 'Samtalegruppen'."""
    return shown[:1].casefold() + shown[1:] == name[:1].casefold() + name[1:]


def title(site: Path, url: str) -> str:
    """A built page's own name: its heading."""
    return words_of(soup_of(site, url).select_one("article h1"))


def test_the_menu_names_every_page_by_its_title(site):
    nav = soup_of(site, "index.html").select_one("nav.md-nav--primary")
    # The home page is 'Forside' in the menu and the handbook's name in its heading.
    links = {a["href"]: words_of(a) for a in nav.select("a.md-nav__link[href$='.html']") if a["href"] != "index.html"}
    assert len(links) > 20
    assert {url: shown for url, shown in links.items() if shown != title(site, url)} == {}


def named_targets(site: Path, page_url: str, link) -> tuple[str, set[str]] | None:
    """Where an internal link to a page leads and the names it may show: the page's title, or the
    heading its #section is; None for links elsewhere and for a #section that is no heading."""
    href = urlsplit(link["href"])
    if href.scheme or href.netloc or not href.path.endswith(".html"):
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_url), href.path))
    names = {title(site, target)}
    if href.fragment:
        heading = soup_of(site, target).find(id=href.fragment)
        if heading is None or heading.name not in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return None
        names.add(words_of(heading))
    return target, names


def test_every_link_names_its_page_by_its_title_or_its_section_by_its_heading(site):
    wrong = []
    for src in ALL_PAGES:
        url = src[: -len(".md")] + ".html"
        article = soup_of(site, url).select_one("article")
        for element in article.select(NOT_NAMES):
            element.decompose()
        for link in article.find_all("a", href=True):
            found = named_targets(site, url, link)
            if found and not any(same_name(words_of(link), name) for name in found[1]):
                wrong.append(f"{src}: [{words_of(link)}] -> {found[0]} ({' / '.join(sorted(found[1]))})")
    assert wrong == []


def test_the_footer_names_the_accessibility_page_by_its_title(site):
    link = soup_of(site, "index.html").select_one("footer a[href$='tilgaengelighed.html']")
    assert words_of(link) == title(site, "tilgaengelighed.html")


def test_a_name_is_one_name_in_any_case_but_its_first_letter():
    """Negative control for the checks above."""
    assert same_name("samtalegruppen", "Samtalegruppen") and same_name("Peer-uddannelsen", "peer-uddannelsen")
    assert not same_name("Samtalegruppe", "Samtalegruppen") and not same_name("ordlisten", "Ordliste")

"""Plain language: LIX is counted right, every page opens with an easy "Kort fortalt" box, and its body reads at LIX 40 or less."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT
from tools import lix

DOCS = ROOT / "docs"


def url_of(source: Path) -> str:
    """'docs/chime/haab.md' -> '/chime/haab.html'; 'docs/chime/index.md' -> '/chime/' (as tools/lix.py names pages)."""
    return "/" + source.relative_to(DOCS).with_suffix(".html").as_posix().removesuffix("index.html")


# Every page but the official documents, Kilder and Ordliste (tools/lix.py AS_WRITTEN).
BOXED_PAGES = sorted(p for p in DOCS.rglob("*.md") if url_of(p) not in lix.AS_WRITTEN)


def built_page(site: Path, source: Path) -> Path:
    """The built HTML file of a Markdown page under docs/ (with or without directory URLs)."""
    stem = source.relative_to(DOCS).as_posix()[: -len(".md")]
    candidates = [site / f"{stem}.html", site / stem / "index.html"]
    return next((path for path in candidates if path.exists()), candidates[-1])


@pytest.mark.parametrize(
    ("text", "words", "sentences", "long_words", "expected"),
    [
        # 4 + 9 words, 2 sentences; only "handler" has more than 6 letters: 13/2 + 100*1/13
        ("Du kan komme dig. Her handler det om dine håb og dine drømme.", 13, 2, 1, 14.19),
        # æ, ø and å are one letter each: "tilværelsen" (11) is long, "håbløs" (6) is not: 6/1 + 100*1/6
        ("Tilværelsen giver håb, håbløs eller ej.", 6, 1, 1, 6 / 1 + 100 * 1 / 6),
        # a hyphenated compound is one word, counted without its hyphen: 6/1 + 100*2/6
        ("Peer-støtte er støtte fra en peer-medarbejder.", 6, 1, 2, 39.33),
        # colon, question and exclamation marks end sentences; a spaced dash is no word;
        # only "hvorfor" (7) is long: 9/3 + 100*1/9
        ("Spørg: Hvad giver mening – og hvorfor? Skriv det ned!", 9, 3, 1, 9 / 3 + 100 * 1 / 9),
        # a paragraph (here a heading) ends a sentence without a full stop; "1.5" is one word: 9/2 + 0
        ("Sådan gør I\n\nTænk over det i 1.5 minut.", 9, 2, 0, 4.5),
        ("", 0, 0, 0, 0.0),
    ],
)
def test_lix_is_words_per_sentence_plus_percent_long_words(text, words, sentences, long_words, expected):
    counts = lix.count(text)
    assert (counts.words, counts.sentences, counts.long_words) == (words, sentences, long_words)
    assert counts.lix == pytest.approx(expected, abs=0.01)


def test_a_decomposed_aa_counts_as_one_letter():
    decomposed = unicodedata.normalize("NFD", "Skånebehov")
    assert len(decomposed) == 11
    assert lix.words(decomposed) == ["Skånebehov"]
    assert lix.letters(lix.words(decomposed)[0]) == 10


def test_the_box_is_measured_without_its_title_and_the_page_without_permalink_signs():
    html = """<article class="md-content__inner md-typeset"><h1>Håb</h1>
    <div class="admonition abstract"><p class="admonition-title">Kort fortalt</p><p>Du kan komme dig.</p></div>
    <h2 id="x">Drømme<a class="headerlink" href="#x">&para;</a></h2><ul><li>Et mål</li><li>En plan</li></ul></article>"""
    row = lix.measure_page(html, "/chime/haab/")
    assert (row.box.words, row.box.sentences) == (4, 1)
    # The body without the box: Håb | Drømme | Et mål | En plan
    assert (row.body.words, row.body.sentences) == (6, 4)


def test_the_goals_name_what_a_page_misses_and_spare_the_documents_as_written():
    easy, hard = lix.Counts(10, 2, 1), lix.Counts(60, 2, 30)  # LIX 15 and 80
    assert lix.Row("/samtalegruppe.html", easy, easy).problems() == []
    assert lix.Row("/samtalegruppe.html", hard, None).problems() == ["mangler 'Kort fortalt'", "siden har LIX 80 (højst 40)"]
    assert lix.Row("/samtalegruppe.html", easy, hard).problems() == ["'Kort fortalt' har LIX 80 (højst 25)"]
    assert lix.Row("/jobprofiler/peer-medarbejder.html", hard, None).problems() == []
    assert lix.Row("/jobprofiler/peer-medarbejder.html", hard, hard).problems() == ["'Kort fortalt' har LIX 80 (højst 25)"]


@pytest.mark.parametrize("source", BOXED_PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_page_opens_with_kort_fortalt(site, source):
    article = BeautifulSoup(built_page(site, source).read_text(encoding="utf-8"), "html.parser").select_one("article")
    first = article.select_one("h1").find_next_sibling()
    if first is not None and "byline" in first.get("class", []):  # a job profile's author line comes first
        first = first.find_next_sibling()
    assert first is not None and lix.summary_box(article) is first, (
        f"{source.relative_to(ROOT)}: siden skal starte med '!!! abstract \"{lix.BOX_TITLE}\"' lige under overskriften"
    )


def test_every_page_meets_the_readability_goals(site):
    rows = lix.measure_site(site)
    assert {row.page for row in rows} >= {url_of(p) for p in BOXED_PAGES}, "not every page was measured"
    assert {row.page: row.problems() for row in rows if row.problems()} == {}


def test_lix_tool_prints_a_table_and_fails_on_a_hard_box(edited_site, capsys):
    """The edited copy has a hard sentence in the box of chime/haab.md (conftest.HARD_BOX)."""
    assert lix.main([str(edited_site)]) == 1
    printed = capsys.readouterr()
    assert re.search(r"\| /chime/haab\.html \| \d+ \| \d+ \| 'Kort fortalt' har LIX \d+ \(højst 25\) \|", printed.out)
    assert re.search(r"^/chime/haab\.html: 'Kort fortalt' har LIX \d+ \(højst 25\)$", printed.err, re.MULTILINE)

"""Plain language: LIX is counted right, and every page for residents opens with an easy "Kort fortalt" box."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT
from tools import lix

DOCS = ROOT / "docs"
RESIDENT_PAGES = sorted(
    [p for p in (DOCS / "chime").glob("*.md") if p.name != "index.md"]
    + [p for p in (DOCS / "oevelser").glob("*.md") if p.name != "index.md"]
    + [DOCS / "samtalegruppe.md", DOCS / "index.md"]
)


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
    # Håb | Kort fortalt | Du kan komme dig | Drømme | Et mål | En plan
    assert (row.whole.words, row.whole.sentences) == (12, 6)


@pytest.mark.parametrize("source", RESIDENT_PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_page_for_residents_opens_with_kort_fortalt(site, source):
    article = BeautifulSoup(built_page(site, source).read_text(encoding="utf-8"), "html.parser").select_one("article")
    first = article.select_one("h1").find_next_sibling()
    assert first is not None and lix.summary_box(article) is first, (
        f"{source.relative_to(ROOT)}: siden skal starte med '!!! abstract \"{lix.BOX_TITLE}\"' lige under overskriften"
    )


def test_every_kort_fortalt_box_is_easy_to_read(site):
    rows = [row for row in lix.measure_site(site) if row.box is not None]
    assert rows, f"ingen '{lix.BOX_TITLE}'-bokse fundet i {site}"
    hard = {row.page: round(row.box.lix) for row in rows if row.box.lix > lix.EASY}
    assert not hard, f"'{lix.BOX_TITLE}' skal have LIX højst {lix.EASY}; for svær: {hard}"


def test_lix_tool_prints_a_table_and_fails_on_a_hard_box(edited_site, capsys):
    """The edited copy has a hard sentence in the box of chime/haab.md (conftest.HARD_BOX)."""
    assert lix.main([str(edited_site)]) == 1
    printed = capsys.readouterr()
    assert "| /chime/haab" in printed.out and "(over 34)" in printed.out
    assert "For svær tekst i 'Kort fortalt' (LIX over 34): /chime/haab" in printed.err

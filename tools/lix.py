"""LIX (readability) of every built page and of its "Kort fortalt" box.

LIX = words per sentence + percent of long words (more than 6 letters). How this tool counts:
a word is a run of letters or digits; a hyphenated compound ("peer-støtte"), "1.5" and "f.eks"
are one word each, their length without the hyphen or point; a sentence ends at . : ! or ?
before a space, and at the end of every paragraph, heading, list item and table cell.

The handbook's goals: every page opens with a "Kort fortalt" box at LIX 25 or less (an easy text),
and the rest of the page (its body) reads at LIX 40 or less. The two official documents are
reproduced as written, and Kilder and Ordliste are lists: they need no box, and their body is not
held to the goal (a box they do have is).

Usage: python tools/lix.py SITE_DIR   (SITE_DIR is a built site, e.g. site/ after `make site`)
"""
from __future__ import annotations

import copy
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag

BOX_GOAL = 25  # the "Kort fortalt" box: easy
BODY_GOAL = 40  # the rest of the page: medium at most
# Pages held to neither goal but a box's: the official documents (as written), the sources, the glossary.
AS_WRITTEN = ("/jobprofiler/peer-medarbejder.html", "/jobprofiler/peer-stoette-til-nye-beboere.html", "/kilder.html", "/ordliste.html")
LONG_WORD = 6  # a word with more letters than this is long
BOX_TITLE = "Kort fortalt"
WORD = re.compile(r"[^\W_]+(?:[-‐'’.,][^\W_]+)*")
SENTENCE_END = re.compile(r"[.:!?]+(?=\s|$)")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "figcaption")
# Not reading text: scripts, permalink signs, footnote back-links, the "Læs op" buttons, the links to
# PDFs and the zip, a job profile's change history.
NOT_TEXT = ("script", "style", "a.headerlink", "a.footnote-backref", "[data-read-aloud]", ".md-content__button", ".page-history")


@dataclass(frozen=True)
class Counts:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float:
        """Words per sentence plus percent of long words; 0 for a text without words."""
        if not self.words:
            return 0.0
        return self.words / self.sentences + 100 * self.long_words / self.words


@dataclass(frozen=True)
class Row:
    page: str
    body: Counts  # the page's main content without its "Kort fortalt" box
    box: Counts | None

    def problems(self) -> list[str]:
        """What keeps this page from the goals, in Danish; empty when it meets them."""
        found = []
        if self.box is None and self.page not in AS_WRITTEN:
            found.append(f"mangler '{BOX_TITLE}'")
        if self.box is not None and self.box.lix > BOX_GOAL:
            found.append(f"'{BOX_TITLE}' har LIX {self.box.lix:.0f} (højst {BOX_GOAL})")
        if self.body.lix > BODY_GOAL and self.page not in AS_WRITTEN:
            found.append(f"siden har LIX {self.body.lix:.0f} (højst {BODY_GOAL})")
        return found


def words(text: str) -> list[str]:
    """The words of a text; 'peer-støtte', '1.5' and 'f.eks' are one word each."""
    return WORD.findall(unicodedata.normalize("NFC", text))


def letters(word: str) -> int:
    """Letters and digits in a word, hyphens, apostrophes and points left out."""
    return sum(character.isalnum() for character in word)


def count(text: str) -> Counts:
    """Words, sentences and long words of plain text; a blank line ends a paragraph."""
    found, sentences = [], 0
    for paragraph in PARAGRAPH_BREAK.split(text):
        for sentence in SENTENCE_END.split(paragraph):
            in_sentence = words(sentence)
            found += in_sentence
            sentences += bool(in_sentence)
    return Counts(len(found), sentences, sum(letters(word) > LONG_WORD for word in found))


def lix(text: str) -> float:
    """The LIX of plain text (see the module docstring for how words and sentences are counted)."""
    return count(text).lix


def plain_text(element: Tag, leave_out: str = "") -> str:
    """An element's reading text, a blank line after each block; parts matching CSS `leave_out` left out."""
    element = copy.copy(element)
    for unwanted in element.select(leave_out) if leave_out else []:
        unwanted.decompose()
    for block in element.find_all(BLOCKS):
        block.append("\n\n")
    return element.get_text()


def main_content(html: str, page: str) -> Tag:
    """The article of a built page, without scripts and permalink signs."""
    article = BeautifulSoup(html, "html.parser").select_one("article.md-content__inner")
    if article is None:
        raise ValueError(f"{page}: siden har intet <article class='md-content__inner'> (er det en MkDocs Material-side?)")
    for element in article.select(", ".join(NOT_TEXT)):
        element.decompose()
    return article


def summary_box(article: Tag) -> Tag | None:
    """The page's "Kort fortalt" admonition, or None when it has none."""
    for box in article.select("div.admonition.abstract"):
        title = box.select_one(".admonition-title")
        if title is not None and title.get_text(strip=True) == BOX_TITLE:
            return box
    return None


def measure_page(html: str, page: str) -> Row:
    """LIX counts of a built page's main content without its "Kort fortalt" box, and of the box (title left out)."""
    article = main_content(html, page)
    box = summary_box(article)
    box_counts = None if box is None else count(plain_text(box, leave_out=".admonition-title"))
    if box is not None:
        box.decompose()
    return Row(page, count(plain_text(article)), box_counts)


def page_url(html_file: Path, site_dir: Path) -> str:
    """'chime/haab.html' -> '/chime/haab.html'; 'chime/index.html' -> '/chime/'."""
    path = html_file.relative_to(site_dir).as_posix()
    return "/" + path.removesuffix("index.html")


def measure_site(site_dir: Path) -> list[Row]:
    """One row per built page (every HTML file with an article, 404 left out), sorted by URL."""
    rows = []
    for html_file in site_dir.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        if html_file.name != "404.html" and "md-content__inner" in html:
            rows.append(measure_page(html, page_url(html_file, site_dir)))
    return sorted(rows, key=lambda row: row.page)


def table(rows: list[Row]) -> str:
    """A Markdown table: page, LIX of its body, LIX of its box, and what misses the goals."""
    lines = [f"| Side | LIX side | LIX {BOX_TITLE} | Mål |", "|---|---:|---:|---|"]
    for row in rows:
        box = "–" if row.box is None else f"{row.box.lix:.0f}"
        lines.append(f"| {row.page} | {row.body.lix:.0f} | {box} | {'; '.join(row.problems()) or 'nået'} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the table for a built site; exit 1 when a page misses a goal (box LIX 25, body LIX 40)."""
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    rows = measure_site(Path(argv[0]))
    print(table(rows))
    missed = [f"{row.page}: {'; '.join(row.problems())}" for row in rows if row.problems()]
    if missed:
        print("\nSider, der ikke når målet for let læsning:\n" + "\n".join(missed), file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

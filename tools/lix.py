"""LIX (readability) of every built page and of its "Kort fortalt" box.

LIX = words per sentence + percent of long words (more than 6 letters). How this tool counts:
a word is a run of letters or digits; a hyphenated compound ("peer-støtte"), "1.5" and "f.eks"
are one word each, their length without the hyphen or point; a sentence ends at . : ! or ?
before a space, and at the end of every paragraph, heading, list item and table cell.
LIX 34 or less is the "easy" band.

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

EASY = 34
LONG_WORD = 6  # a word with more letters than this is long
BOX_TITLE = "Kort fortalt"
WORD = re.compile(r"[^\W_]+(?:[-‐'’.,][^\W_]+)*")
SENTENCE_END = re.compile(r"[.:!?]+(?=\s|$)")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "figcaption")
# Not reading text: scripts, permalink signs, footnote back-links, the "Læs op" buttons.
NOT_TEXT = ("script", "style", "a.headerlink", "a.footnote-backref", "[data-read-aloud]")


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
    whole: Counts
    box: Counts | None


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
    """LIX counts of a built page's main content and of its "Kort fortalt" box (title left out)."""
    article = main_content(html, page)
    box = summary_box(article)
    box_counts = None if box is None else count(plain_text(box, leave_out=".admonition-title"))
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
    """A Markdown table: page, LIX of the page, LIX of its box (marked when above EASY)."""
    lines = [f"| Side | LIX side | LIX {BOX_TITLE} |", "|---|---:|---:|"]
    for row in rows:
        box = "–" if row.box is None else f"{row.box.lix:.0f}" + (f" (over {EASY})" if row.box.lix > EASY else "")
        lines.append(f"| {row.page} | {row.whole.lix:.0f} | {box} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the table for a built site; exit 1 when a "Kort fortalt" box is above LIX 34."""
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    rows = measure_site(Path(argv[0]))
    print(table(rows))
    hard = [row.page for row in rows if row.box is not None and row.box.lix > EASY]
    if hard:
        print(f"\nFor svær tekst i '{BOX_TITLE}' (LIX over {EASY}): {', '.join(hard)}", file=sys.stderr)
    return 1 if hard else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

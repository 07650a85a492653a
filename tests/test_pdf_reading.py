"""Every PDF as a screen reader and a reader of paper get it: whole words, the draft's mark, no web-only signs.

The text a screen reader gets is the tagged text (tests/tagged_pdf.py); what pdftotext or pypdf extract also
includes the page margins (running heads, footers, page numbers), which sighted readers see.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import HANDBOOK
from handbook.strings import STRINGS
from tagged_pdf import tagged_text
from test_pdf import page_texts

# Line-end breaks that hyphenation makes: a hyphen (U+2010) WeasyPrint adds, or a soft hyphen left in the text.
BREAKS = ("\u2010", "\u00ad")


def pdfs(site: Path) -> dict[str, Path]:
    """Every PDF of a built site, by its path in the site."""
    found = {path.relative_to(site).as_posix(): path for path in sorted((site / "pdf").rglob("*.pdf"))}
    assert len(found) > len(HANDBOOK.pages.exercises), found
    return found


def test_no_pdf_breaks_a_word_with_a_hyphen(site):
    """No automatic hyphenation: "sam‐/men" reads as two words aloud, and Danish compounds broke wrongly ("per-/so-/ner")."""
    broken = {
        name: sum(text.count(mark) for text in page_texts(path) for mark in BREAKS)
        for name, path in pdfs(site).items()
    }
    assert {name: count for name, count in broken.items() if count} == {}


def test_a_drafts_mark_is_read_out_and_shown_on_every_page(site):
    """The mark is in the tag tree (a screen reader says it), as one word, and every page shows it."""
    assert HANDBOOK.edition.draft
    for name, path in pdfs(site).items():
        assert STRINGS.draft_mark in tagged_text(path), name
        for number, text in enumerate(page_texts(path), start=1):
            assert STRINGS.draft_mark in " ".join(text.split()), f"{name}, side {number}"


def test_the_draft_mark_is_not_spaced_out(site):
    """Letter-spacing made pdftotext (Poppler, as many PDF readers) extract the mark as "K L ADDE – ikke udgive t"."""
    for name, path in pdfs(site).items():
        pages = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout.split("\f")[:-1]
        for number, page in enumerate(pages, start=1):
            assert STRINGS.draft_mark in " ".join(page.split()), f"{name}, side {number}"


def test_a_published_pdf_has_no_draft_mark(published_site):
    """The control: a published build marks nothing, in the text or in the margins."""
    for name, path in pdfs(published_site).items():
        assert STRINGS.draft_mark not in " ".join(" ".join(page_texts(path)).split()), name


@pytest.mark.parametrize("sign", ["↩", "¶"])
def test_no_pdf_prints_a_sign_that_only_works_on_a_screen(site, sign):
    """The footnotes' way back (↩) and the headings' permalinks (¶) lead nowhere on paper."""
    for name, path in pdfs(site).items():
        assert sign not in "".join(page_texts(path)), name


def test_a_job_profiles_version_is_read_out(site):
    """'Senest ændret …' is in the tag tree of each job-profile PDF, not only in its page heads."""
    for src in HANDBOOK.pages.job_profiles:
        path = site / "pdf" / (src[: -len(".md")] + ".pdf")
        assert "Senest ændret" in tagged_text(path), src

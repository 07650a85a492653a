"""Review dates: readers see when a page was last reviewed and when it is next due (or plainly that it has not
been yet), never "overdue"; staff are told what is late or due within 30 days, as of the build's date."""
from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from conftest import HANDBOOK, REVIEWED, broken, built_page, edit, line_of
from handbook import load, review
from handbook.review import Review

# Words that would tell a reader a page is late: staff see them, readers never.
LATE = re.compile(r"forsinket|overskredet|for sent|overdue", re.IGNORECASE)


@pytest.mark.parametrize(
    ("reviewed", "months", "expected"),
    [(date(2026, 5, 5), 12, date(2027, 5, 5)), (date(2026, 1, 31), 1, date(2026, 2, 28)), (date(2026, 11, 15), 3, date(2027, 2, 15))],
)
def test_the_next_review_is_the_interval_after_the_last(reviewed, months, expected):
    assert Review(reviewed=reviewed, review_months=months).next_review == expected


def test_readers_see_the_dates_or_plainly_that_no_review_has_been_given():
    assert review.reader_line(Review(reviewed=date(2026, 5, 5), review_months=12)) == (
        "Senest gennemgået 5. maj 2026 · Næste gennemgang 5. maj 2027"
    )
    assert review.reader_line(Review(reviewed=date(2026, 5, 5))) == "Senest gennemgået 5. maj 2026"
    assert review.reader_line(Review(review_months=12)) == "Ikke gennemgået endnu"


@pytest.mark.parametrize(
    ("day", "note"),
    [
        (date(2027, 6, 1), "gennemgangen er forsinket: næste gennemgang var 2027-05-05 (udviklingsmedarbejder)"),
        (date(2027, 4, 20), "skal gennemgås senest 2027-05-05 (udviklingsmedarbejder)"),
        (date(2027, 4, 4), None),
    ],
    ids=["late", "within-30-days", "not-yet"],
)
def test_staff_are_told_what_is_late_or_due_within_30_days(day, note):
    page = Review(reviewed=date(2026, 5, 5), review_months=12, reviewer="jakob")
    assert review.staff_note(page, day, "udviklingsmedarbejder") == note


def test_today_is_the_builds_date():
    assert review.today({"SOURCE_DATE_EPOCH": "1700000000"}) == date(2023, 11, 14)


def test_the_organisation_has_given_no_review_dates_and_the_handbook_says_so():
    """No date is made up: every exercise and job profile is 'not reviewed yet' until the organisation gives one."""
    pages = [*HANDBOOK.pages.exercises.values(), *HANDBOOK.pages.job_profiles.values()]
    assert pages and all(page.reviewed is None for page in pages)
    notes = HANDBOOK.reviews(date(2026, 1, 1))
    assert len(notes) == len(pages) and all(note.startswith("ikke gennemgået endnu") for _, _, note in notes)


def test_a_page_due_for_review_is_named_with_its_file_and_line(project_copy):
    page = project_copy / "docs/oevelser/hjerte-isbjerg-og-raket.md"
    edit(page, "themes:\n  - haab\n", "themes:\n  - haab\nreviewed: 2026-05-05\nreview_months: 12\nreviewer: jakob\n")
    found = {file: (line, note) for file, line, note in load(project_copy, {}).reviews(date(2027, 6, 1))}
    assert found["docs/oevelser/hjerte-isbjerg-og-raket.md"] == (
        line_of(page, "reviewed: 2026-05-05"), "gennemgangen er forsinket: næste gennemgang var 2027-05-05 (udviklingsmedarbejder)"
    )


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("reviewer: hemmelig", "ukendt person 'hemmelig'. Gyldige: "),
        ("reviewed: i går", "feltet 'reviewed' i front matter skal være en dato som 2026-05-31, ikke 'i går'"),
        ("review_months: et år", "feltet 'review_months' i front matter skal være et helt tal, ikke 'et år'"),
    ],
)
def test_a_wrong_review_field_names_the_page_and_the_line(project_copy, new, message):
    file = "docs/oevelser/hjerte-isbjerg-og-raket.md"
    error = broken(project_copy, file, "themes:\n  - haab\n", f"themes:\n  - haab\n{new}\n")
    assert error.message.startswith(message) and error.line == line_of(project_copy / file, new)


def test_an_empty_review_date_from_a_web_form_means_not_reviewed(project_copy):
    edit(project_copy / "docs/oevelser/hjerte-isbjerg-og-raket.md", "themes:\n  - haab\n", "themes:\n  - haab\nreviewed: ''\n")
    assert load(project_copy, {}).pages.exercises["hjerte-isbjerg-og-raket"].reviewed is None


def test_a_reviewed_page_and_its_sheet_show_both_dates_and_no_late_words(edited_site):
    src, line = REVIEWED
    html = built_page(edited_site, src).read_text(encoding="utf-8")
    assert f'<p class="review">{line}</p>' in html
    sheet = " ".join(page.extract_text() for page in PdfReader(edited_site / ("pdf/" + src[:-3] + ".pdf")).pages)
    assert line in " ".join(sheet.split())


def test_no_page_or_pdf_tells_readers_a_review_is_late(site):
    for path in [*site.rglob("*.html")]:
        assert not LATE.search(path.read_text(encoding="utf-8")), path

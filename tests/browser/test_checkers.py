"""pa11y (HTML_CodeSniffer, WCAG 2 AA) and Lighthouse's accessibility category on a sample of pages.

Each checker sees every page of its sample at both widths with one Chromium, started once (tools/checkers.py).
"""
from __future__ import annotations

from tools import checkers

# The home page (the palette and the search forms), a section page, an exercise with a table, and 404.
SAMPLE = ["index.html", "chime/haab.html", "oevelser/hjerte-isbjerg-og-raket.html", "404.html"]


def test_pa11y_finds_no_errors(base_url: str) -> None:
    """HTML_CodeSniffer reports no error against WCAG 2 AA on any page of the sample, on a phone and on a desktop."""
    pages = [(url, width) for url in SAMPLE for width in (360, 1280)]
    found = checkers.pa11y([(base_url + url, width) for url, width in pages])
    errors = {page: [f"{e['code']}: {e['context'][:80]}" for e in errors] for page, errors in zip(pages, found)}
    assert {page: lines for page, lines in errors.items() if lines} == {}


def test_lighthouse_accessibility_scores_100(base_url: str) -> None:
    """Lighthouse gives the first two pages of the sample 100 for accessibility, as a phone and as a desktop."""
    pages = [(url, form_factor) for url in SAMPLE[:2] for form_factor in ("mobile", "desktop")]
    reports = checkers.lighthouse([(base_url + url, form_factor) for url, form_factor in pages], ["accessibility"])
    assert [report["configSettings"]["formFactor"] for report in reports] == [form_factor for _, form_factor in pages]
    failed = {page: checkers.failed_audits(report, "accessibility") for page, report in zip(pages, reports)}
    assert {page: audits for page, audits in failed.items() if audits} == {}
    assert {page: report["categories"]["accessibility"]["score"] for page, report in zip(pages, reports)} == {page: 1 for page in pages}

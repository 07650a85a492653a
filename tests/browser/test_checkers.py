"""pa11y (HTML_CodeSniffer, WCAG 2 AA) and Lighthouse's accessibility category on a sample of pages."""
from __future__ import annotations

import pytest

from tools import checkers

# The home page (the palette and the search forms), a section page, an exercise with a table, and 404.
SAMPLE = ["index.html", "chime/haab.html", "oevelser/hjerte-isbjerg-og-raket.html", "404.html"]


@pytest.mark.parametrize("url", SAMPLE)
@pytest.mark.parametrize("width", [360, 1280])
def test_pa11y_finds_no_errors(base_url: str, url: str, width: int) -> None:
    """HTML_CodeSniffer reports no error against WCAG 2 AA, on a phone and on a desktop."""
    errors = checkers.pa11y(base_url + url, width=width)
    assert [f"{e['code']}: {e['context'][:80]}" for e in errors] == [], url


@pytest.mark.parametrize("url", SAMPLE[:2])
@pytest.mark.parametrize("form_factor", ["mobile", "desktop"])
def test_lighthouse_accessibility_scores_100(base_url: str, url: str, form_factor: str) -> None:
    """Lighthouse gives the page 100 for accessibility, as a phone and as a desktop."""
    report = checkers.lighthouse(base_url + url, ["accessibility"], form_factor)
    assert checkers.failed_audits(report, "accessibility") == [], url
    assert report["categories"]["accessibility"]["score"] == 1, url

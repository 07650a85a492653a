"""Review dates: when an exercise or a job profile was last checked, how often it must be, and by whom.

Staff see what is overdue or due soon (the build's log, CI annotations); readers see only the dates
("Senest gennemgået … · Næste gennemgang …"), or plainly that a page has not been reviewed yet, never
"overdue". "Today" is the build's date (SOURCE_DATE_EPOCH), so two builds of one commit agree.
"""
from __future__ import annotations

import calendar
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from handbook.strings import STRINGS

# How far ahead staff are told of a review coming up.
SOON = timedelta(days=30)


@dataclass(frozen=True)
class Review:
    """A page's review fields, as its front matter writes them (all may be left empty: not given yet)."""

    reviewed: date | None = field(default=None, kw_only=True)  # the date of the last review
    review_months: int | None = field(default=None, kw_only=True)  # how many months until the next one
    reviewer: str = field(default="", kw_only=True)  # who reviews it: a person's key in people.yml

    @property
    def next_review(self) -> date | None:
        """The date of the next review, when both the last review and the interval are given."""
        if self.reviewed is None or not self.review_months:
            return None
        months = self.reviewed.month - 1 + self.review_months
        year, month = self.reviewed.year + months // 12, months % 12 + 1
        return date(year, month, min(self.reviewed.day, calendar.monthrange(year, month)[1]))


def today(environ: Mapping[str, str]) -> date:
    """The build's date: SOURCE_DATE_EPOCH when set (make site sets the last commit's time), else today."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    return datetime.fromtimestamp(int(epoch) if epoch.isdigit() else time.time(), timezone.utc).date()


def reader_line(review: Review) -> str:
    """What readers see: 'Senest gennemgået 5. maj 2026 · Næste gennemgang 5. maj 2027', or that it has not been reviewed yet."""
    if review.reviewed is None:
        return STRINGS.review_none
    last = STRINGS.review_last.format(date=STRINGS.date(review.reviewed))
    upcoming = review.next_review
    return f"{last} · {STRINGS.review_next.format(date=STRINGS.date(upcoming))}" if upcoming else last


def staff_note(review: Review, day: date, who: str) -> str | None:
    """What staff are told about one page: overdue, due within SOON, not reviewed yet; None when nothing is due."""
    by = f" ({who})" if who else ""
    if review.reviewed is None:
        return f"ikke gennemgået endnu: skriv datoen i 'reviewed', når siden er gennemgået{by}"
    upcoming = review.next_review
    if upcoming is None:
        return None
    if upcoming < day:
        return f"gennemgangen er forsinket: næste gennemgang var {upcoming.isoformat()}{by}"
    if upcoming <= day + SOON:
        return f"skal gennemgås senest {upcoming.isoformat()}{by}"
    return None

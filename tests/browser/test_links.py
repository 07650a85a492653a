"""Links into the job profiles: every section anchor scrolls its heading into view, below the header."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page

from hooks.slugs import slugify
from .site_pages import DOCS

JOB_PROFILES = sorted((DOCS / "jobprofiler").glob("*.md"))
SECTION_HEADING = re.compile(r"^#{2,6}\s+(.+?)\s*(?:\{:?\s*#([\w-]+)\s*\})?\s*$")
# Where the heading landed, whether anything covers it, and whether the page could scroll further.
POSITION = """id => {
  const heading = document.getElementById(id);
  if (!heading) return null;
  const box = heading.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + 2, box.top + box.height / 2);
  return {
    top: box.top,
    bottom: box.bottom,
    header: document.querySelector(".md-header").getBoundingClientRect().bottom,
    uncovered: heading.contains(hit),
    atEnd: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
  };
}"""
# How far below the header a heading may land when the page could have scrolled further.
NEAR_TOP_PX = 80


def section_anchors(source: Path) -> list[str]:
    """The anchors of a page's section headings (## and deeper, or their { #id }), outside code blocks."""
    anchors, in_code = [], False
    for line in source.read_text(encoding="utf-8").splitlines():
        in_code = in_code != line.startswith("```")
        match = None if in_code else SECTION_HEADING.match(line)
        if match:
            anchors.append(match[2] or slugify(match[1]))
    return anchors


@pytest.mark.parametrize("source", JOB_PROFILES, ids=[path.name for path in JOB_PROFILES])
def test_every_job_profile_anchor_scrolls_to_its_heading(page: Page, source: Path) -> None:
    """Opening page#section shows that section's heading at the top, not hidden under the header."""
    url = f"jobprofiler/{source.stem}.html"
    page.goto(url)
    problems = []
    for anchor in section_anchors(source):
        page.goto(f"{url}#{anchor}")
        where = page.evaluate(POSITION, anchor)
        if where is None:
            problems.append(f"#{anchor} findes ikke")
        elif not where["uncovered"] or where["top"] < where["header"] or where["bottom"] > page.viewport_size["height"]:
            problems.append(f"#{anchor} er ikke synlig: {where}")
        elif where["top"] - where["header"] > NEAR_TOP_PX and not where["atEnd"]:
            problems.append(f"#{anchor} står {where['top'] - where['header']:.0f} px under sidehovedet")
    assert problems == [], f"{url}: {problems}"

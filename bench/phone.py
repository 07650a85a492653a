"""Every page on a slow phone: Lighthouse's mobile preset, the site served by the shipped nginx (gzip)."""
from __future__ import annotations

import json
import re
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.common import ROOT, build, page_file
from tools import chromium, nginx

SCRIPT = Path(__file__).with_name("lighthouse.mjs")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# The handbook's own scripts (mkdocs.yml, extra_javascript): the floor page is the same page without them.
OWN_SCRIPTS = ("read-aloud.js", "keyboard.js", "glossary.js")
OWN_SCRIPT_TAG = re.compile(r'<script src="[^"]*assets/javascripts/(?:' + "|".join(map(re.escape, OWN_SCRIPTS)) + r')"></script>\s*')
FLOOR_SUFFIX = ".uden-egne-scripts.html"


@dataclass(frozen=True)
class PageRuns:
    """Lighthouse's runs of one page (summaries printed by lighthouse.mjs)."""
    path: str
    runs: list[dict]

    def median(self, figure: str) -> float:
        """The median of a timing over the runs ('tbt', 'lcp', 'mainThread', ...), in ms."""
        return statistics.median(run[figure] for run in self.runs)

    def score(self, category: str) -> float:
        """The median score (0–100) of a category."""
        return statistics.median(run["scores"][category] for run in self.runs)

    def failed(self, category: str) -> list[str]:
        """The audits of a category that lost points in any run."""
        return sorted({audit for run in self.runs for audit in run["failed"][category]})

    def median_run(self) -> dict:
        """The run with the median total blocking time: the one its profile is read from."""
        return sorted(self.runs, key=lambda run: run["tbt"])[len(self.runs) // 2]


def worst_blocking(pages: list[PageRuns]) -> PageRuns:
    """The page with the longest median blocking time."""
    return max(pages, key=lambda page: page.median("tbt"))


def lighthouse_version() -> str:
    """The version npm installed (package-lock.json)."""
    return json.loads((ROOT / "node_modules/lighthouse/package.json").read_text(encoding="utf-8"))["version"]


def pages(project: Path, site: Path) -> list[str]:
    """Every page of the handbook as a path in the built site (the not-found page answers 404: left out)."""
    docs = project / "docs"
    return sorted(page_file(site, path.relative_to(docs).as_posix()).relative_to(site).as_posix() for path in docs.rglob("*.md"))


def lighthouse(urls: list[str], runs: int, reports: Path | None) -> list[dict]:
    """Every run's summary, from one node process driving Debian's Chromium (started once)."""
    spec = {"chromium": chromium.EXECUTABLE, "flags": chromium.FLAGS, "runs": runs,
            "reports": str(reports or ""), "urls": urls}
    command = ["node", str(SCRIPT), json.dumps(spec)]  # node_modules/ beside bench/ holds lighthouse
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120 * runs * len(urls))
    if result.returncode != 0:
        raise RuntimeError(f"Lighthouse fejlede: {result.stderr[-3000:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def measure_phone(work: Path, project: Path, runs: int, only: list[str] | None = None, reports: Path | None = None) -> list[PageRuns]:
    """Build the project with its PDFs (as it is published), serve it with nginx, run Lighthouse on every page."""
    site = work / "site-phone"
    build(project, site, pdf=True)
    paths = only or pages(project, site)
    with nginx.serve(site, work / "nginx") as address:
        summaries = lighthouse([address + path for path in paths], runs, reports)
    by_url = {path: [s for s in summaries if s["url"] == address + path] for path in paths}
    return [PageRuns(path, found) for path, found in by_url.items()]


def without_own_scripts(site: Path, path: str) -> str:
    """A copy of a built page beside it (same folder, so its links and assets resolve) without the handbook's own scripts."""
    html, removed = OWN_SCRIPT_TAG.subn("", (site / path).read_text(encoding="utf-8"))
    if removed != len(OWN_SCRIPTS):
        raise RuntimeError(f"{path}: {removed} af de {len(OWN_SCRIPTS)} egne scripts fundet")
    floor = path[: -len(".html")] + FLOOR_SUFFIX
    (site / floor).write_text(html, encoding="utf-8")
    return floor


def own_scripts(work: Path, path: str, runs: int) -> tuple[PageRuns, PageRuns]:
    """One page of the site measure_phone built, with and without the handbook's own scripts, the runs interleaved."""
    site = work / "site-phone"
    floor = without_own_scripts(site, path)
    try:
        with nginx.serve(site, work / "nginx-floor") as address:
            summaries = lighthouse([address + page for _ in range(runs) for page in (path, floor)], 1, None)
    finally:
        (site / floor).unlink()
    found = [PageRuns(page, [s for s in summaries if s["url"] == address + page]) for page in (path, floor)]
    return found[0], found[1]

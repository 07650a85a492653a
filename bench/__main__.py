"""Run every benchmark on copies of the project in a temp folder and write BENCHMARKS.md (`make bench`)."""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import date
from importlib.metadata import version
from pathlib import Path

from bench import builds, pdf, phone, preview, reader, report
from bench.common import ROOT, copy_project
from tools import chromium

# Repetitions: more for the fast figures, few for the slow ones (the whole run stays under ~15 min).
SITE_REPEATS = 7
PUBLISH_REPEATS = 3
PREVIEW_REPEATS = 7
SCALE_FACTORS = (1, 4, 16)
SCALE_REPEATS = 3
SCALE_PDF_FACTORS = (1, 4)
SCALE_PDF_REPEATS = 2
SEARCH_REPEATS = 3
# Lighthouse runs per page (the goal is the median of 3); every page of the handbook.
LIGHTHOUSE_RUNS = 3
# The worst page with and without the handbook's own scripts: enough pairs for a median of a noisy difference.
OWN_SCRIPT_RUNS = 7
OUTPUT = ROOT / "BENCHMARKS.md"


def step(message: str) -> None:
    """Say what is being measured (stderr, so a long run shows progress)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def environment(load_before: float) -> str:
    """One line on the machine, its load around the run and the versions measured."""
    packages = ", ".join(f"{name} {version(name)}" for name in ("mkdocs", "mkdocs-material", "mkdocs-macros-plugin", "weasyprint"))
    load = f"load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after"
    return f"{date.today()}, {os.cpu_count()} cores, {load}, {platform.machine()}, Python {platform.python_version()}, {packages}"


def measure(work: Path) -> str:
    """Every figure, measured in the order of the table; returns the Markdown of BENCHMARKS.md."""
    load_before = os.getloadavg()[0]
    snapshot = copy_project(work / "snapshot")  # every copy starts from this one moment of the project
    project = copy_project(work / "main", snapshot)
    step("expanding the macros once for the floor")
    floor_project, floor_config = builds.make_floor(work, snapshot)
    step(f"site build with macros vs floor, {SITE_REPEATS} pairs")
    rows = report.site_rows(*builds.macros_vs_floor(work, project, floor_project, floor_config, SITE_REPEATS))
    step(f"publish build vs site-only, up to {PUBLISH_REPEATS} pairs")
    publish = pdf.publish_vs_site(work, project, PUBLISH_REPEATS)
    rows += report.publish_rows(publish)
    step(f"live preview, {PREVIEW_REPEATS} saves each")
    rows += report.preview_rows(*preview.preview(project, floor_project, floor_config, PREVIEW_REPEATS))
    step(f"scale {SCALE_FACTORS}")
    pdf_repeats = SCALE_PDF_REPEATS if publish.pdf_files else 0
    scale = builds.scale(work, snapshot, SCALE_FACTORS, SCALE_REPEATS, SCALE_PDF_FACTORS, pdf_repeats)
    rows += report.scale_rows(scale)
    step("reader side in Chromium")
    site = work / "site-only"
    measured = reader.measure_reader(site, SEARCH_REPEATS)
    index = reader.search_index_bytes(site)
    rows += report.reader_rows(measured, index)
    step(f"every page on a slow phone: Lighthouse, {LIGHTHOUSE_RUNS} runs each")
    phones = phone.measure_phone(work, project, LIGHTHOUSE_RUNS)
    rows += report.phone_rows(phones)
    worst = phone.worst_blocking(phones)
    step(f"{worst.path} with and without the handbook's own scripts, {OWN_SCRIPT_RUNS} runs each, interleaved")
    rows += report.own_scripts_rows(*phone.own_scripts(work, worst.path, OWN_SCRIPT_RUNS))
    return document(rows, scale, measured, index, publish, phones, environment(load_before))


def document(
    rows: list[report.Row], scale: list[builds.Scale], measured: reader.Reader,
    index: dict[str, tuple[int, int]], publish: pdf.Publish, phones: list[phone.PageRuns], machine: str,
) -> str:
    """BENCHMARKS.md: the table first, then the details and how each figure is measured."""
    pdfs = ", ".join(publish.pdf_files) if publish.pdf_files else "none (the build makes no PDF yet)"
    return f"""# Benchmarks

Written by `make bench` ({machine}). Each value is the median (min–max, n runs); every ratio is
taken between runs made side by side in the same `make bench`, because these machines are noisy.

{report.table(rows)}

## Scale

Synthetic handbooks made in a temp folder from renamed copies of every page (`chime/kopi-2-haab.md`, ...),
macros included, the nav extended with a section per copy (page validation relaxed only in the copy).
Workshop pages are not copied: the handbook has one per CHIME theme. A target allows 10 % over
linear in the page count (16x the pages within 17.6x the time).

{report.scale_table(scale)}

## Reader side

The CHIME page `chime/haab` in headless Chromium (Debian's, through Playwright) with an empty cache,
served from 127.0.0.1; sizes are gzip level 6 of what the browser fetched until the network was idle.

{report.first_load_table(measured, index)}

PDFs in the publish build: {pdfs}.

## On a slow phone

Lighthouse {phone.lighthouse_version()} on Chromium {chromium.installed_major()}, mobile preset, {LIGHTHOUSE_RUNS} runs per page (medians), every page served
by the shipped nginx config (gzip) from 127.0.0.1; times are Lighthouse's simulated slow phone (4x CPU
slowdown, slow 4G), not this machine's.

{report.phone_table(phones)}

Where the time goes: {report.phone_profile(phones)}

## How each figure is measured

- Site build: `mkdocs build --strict` in a fresh process with `HANDBOOK_PDF=0`. Floor: the same pages
  after the macros ran (captured once by a hook registered only in a temp config), built without the
  macros plugin and without the PDFs' plugin (`handbook-pdf`, hooks/pdf.py; with PDFs
  off it still checks that every sheet fits its page limit, laying out only the sheets whose inputs
  the PDF cache has not seen fit before: work the floor does not do).
- Publish build: the same with PDFs on (`HANDBOOK_PDF` unset), every build dated by one
  `SOURCE_DATE_EPOCH` as `make site` dates it. Cold: the PDF cache (`.cache/pdf`) emptied first.
  Each round runs, side by side, a cold publish, a site-only build, a publish with nothing changed
  and a publish after a paragraph was added to `oevelser/hjerte-isbjerg-og-raket.md`; each ratio is
  to the site-only build of its round. Scale publish builds are cold. PDF step: publish minus site-only of
  the same pair, split by timestamps that hooks registered only in the temp config take in
  `on_post_build`: before and after to-pdf (priority 0) assembles the handbook's HTML and hands it to
  the second process, and after the PDFs' plugin (hooks/pdf.py, priority -50) has made the sheets and packs and
  waited for the handbook. Floor of the PDF step: WeasyPrint alone (same PDF variant, one process)
  rendering the combined HTML that to-pdf assembled (saved through its `html_path`): the handbook
  is the longest PDF, so the step cannot end before it.
  Floor of the publish after an edit: the site-only build plus WeasyPrint alone on the handbook,
  same round; the handbook is made from every built page, so its render starts after them.
- Live preview: `mkdocs serve` (PDFs off) on a free 127.0.0.1 port; a paragraph is saved into
  `docs/chime/haab.md` of a copy, and the page is polled every 20 ms until it shows the paragraph.
  The floor runs a second server on the expanded Markdown; saves alternate between the two.
- Peak memory: the build process's maximum resident set size (`wait4`).
- Search: Material's search field, typed with Playwright's `press_sequentially`; the time runs in the
  page from the query's last keystroke to the first result item in the list; queries
  {", ".join(reader.QUERIES)}, {SEARCH_REPEATS} rounds after one warm-up.
"""


def phone_only(arguments: list[str]) -> int:
    """`python -m bench lighthouse [--runs N] [--reports DIR] [PAGE.html ...]`: only the phone figures, printed."""
    parser = argparse.ArgumentParser(prog="python -m bench lighthouse", description=phone_only.__doc__)
    parser.add_argument("--runs", type=int, default=LIGHTHOUSE_RUNS)
    parser.add_argument("--reports", type=Path, help="keep Lighthouse's full JSON report of every run here")
    parser.add_argument("pages", nargs="*", help="paths in the site, e.g. jobprofiler/peer-medarbejder.html (default: every page)")
    options = parser.parse_args(arguments)
    if options.reports:
        options.reports.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="handbook-phone-") as folder:
        work = Path(folder)
        phones = phone.measure_phone(work, copy_project(work / "main"), options.runs, options.pages or None, options.reports)
        worst = phone.worst_blocking(phones)
        rows = report.phone_rows(phones) + report.own_scripts_rows(*phone.own_scripts(work, worst.path, max(options.runs, 5)))
    print(report.table(rows), report.phone_table(phones), report.phone_profile(phones), sep="\n\n")
    return 0


def main(arguments: list[str]) -> int:
    """Measure in a temp folder, write BENCHMARKS.md, clean up."""
    if arguments[:1] == ["lighthouse"]:
        return phone_only(arguments[1:])
    work = Path(tempfile.mkdtemp(prefix="handbook-bench-"))
    started = time.perf_counter()
    try:
        text = measure(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    OUTPUT.write_text(text, encoding="utf-8")
    step(f"wrote {OUTPUT.name} in {time.perf_counter() - started:.0f} s")
    print(text.split("\n## ")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

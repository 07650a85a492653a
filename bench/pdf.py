"""PDF figures: the publish build vs site-only, where the PDF time goes, and WeasyPrint alone as the floor."""
from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import BIN, base_config, build, cold_publish, plugin_name, resolved_config, write_child_config

# Timestamps in on_post_build around the PDF work: 1 runs before to-pdf (priority 0) assembles the
# handbook's HTML and hands it to the second process; -1 after it; -51 after hooks/pdf.py's plugin (-50) has
# written the sheets and packs and waited for the handbook.
TIMER_PRIORITIES = (1, -1, -51)
TIMER_HOOK = '''"""Benchmark only: note when on_post_build reaches priority {priority}."""
import json
import time

from mkdocs.plugins import event_priority
from printing.render import OPTIONS


@event_priority({priority})
def on_post_build(config):
    """Append the time (and the PDF variant the handbook is rendered with, printing/render.py) to the log."""
    with open({log!r}, "a", encoding="utf-8") as log:
        record = {{"priority": {priority}, "time": time.perf_counter(), "variant": OPTIONS.get("pdf_variant")}}
        log.write(json.dumps(record) + "\\n")
'''
COMBINED_HTML = "bench-combined.html"
WEASYPRINT_ALONE = """
import sys, time
from weasyprint import HTML
html = open(sys.argv[1], encoding="utf-8").read()
options = {"pdf_variant": sys.argv[3]} if sys.argv[3] != "None" else {}
start = time.perf_counter()
HTML(string=html).render(**options).write_pdf(sys.argv[2], **options)
print(time.perf_counter() - start)
"""


def publish_overrides(project: Path, log: Path) -> dict[str, Any]:
    """Config keys that add the timers and make to-pdf also save the HTML it renders (if it is there)."""
    hooks = list(resolved_config(project).get("hooks", []))
    for priority in TIMER_PRIORITIES:
        name = f"bench_timer_{priority}.py".replace("-", "minus")
        (project / name).write_text(TIMER_HOOK.format(priority=priority, log=str(log)), encoding="utf-8")
        hooks.append(name)
    plugins = base_config(project)["plugins"]
    for index, entry in enumerate(plugins):
        if plugin_name(entry) == "to-pdf":
            options = {} if isinstance(entry, str) else dict(entry["to-pdf"] or {})
            plugins[index] = {"to-pdf": {**options, "html_path": COMBINED_HTML}}
    return {"hooks": hooks, "plugins": plugins}


@dataclass(frozen=True)
class PdfTimes:
    assembly: float  # post_build between priority 1 and -1: to-pdf assembles the handbook's HTML
    sheets_and_wait: float  # between -1 and -51: the sheets and packs, then waiting for the handbook
    variant: str | None

    @property
    def after_pages(self) -> float:
        """The PDF work after the pages: to-pdf's assembly, then the sheets and packs beside the handbook's render."""
        return self.assembly + self.sheets_and_wait


def pdf_times(log: Path) -> PdfTimes:
    """Read and empty the timer log of one build."""
    records = {r["priority"]: r for r in map(json.loads, log.read_text(encoding="utf-8").splitlines())}
    log.unlink()
    times = {priority: records[priority]["time"] for priority in TIMER_PRIORITIES}
    return PdfTimes(times[-1] - times[1], times[-51] - times[-1], records[1]["variant"])


def weasyprint_alone(project: Path, html: Path, pdf: Path, variant: str | None) -> float:
    """Seconds WeasyPrint alone takes to render `html` to a PDF (imports not counted)."""
    result = subprocess.run(
        [str(BIN / "python"), "-c", WEASYPRINT_ALONE, str(html), str(pdf), str(variant)],
        cwd=project, capture_output=True, text=True, check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


@dataclass(frozen=True)
class Publish:
    full: list[float]  # cold: an empty PDF cache
    site: list[float]
    times: list[PdfTimes]
    floor: list[float]  # WeasyPrint alone on to-pdf's combined HTML
    pdf_files: list[str]
    unchanged: list[float]  # again, nothing changed: every PDF from the cache
    edited: list[float]  # after a paragraph was added to one exercise


# The exercise the benchmark edits between two publish builds.
EDITED = "docs/oevelser/hjerte-isbjerg-og-raket.md"


def publish_vs_site(work: Path, project: Path, repeats: int) -> Publish:
    """Per round, side by side: a cold publish, a site-only build, a publish with nothing changed and one
    after a one-exercise edit (WeasyPrint alone in the same loop); one round only when the build makes no PDF."""
    log = work / "publish-times.jsonl"
    config = write_child_config(project, "bench-publish.yml", publish_overrides(project, log))
    full, site, times, floor, pdfs, unchanged, edited = [], [], [], [], [], [], []
    out, exercise = work / "site-full", project / EDITED
    original = exercise.read_text(encoding="utf-8")
    for round_number in range(repeats):
        full.append(cold_publish(project, out, config).seconds)
        times.append(pdf_times(log))
        pdfs = sorted(path.relative_to(out).as_posix() for path in out.rglob("*.pdf"))
        site.append(build(project, work / "site-only", config).seconds)
        log.unlink()
        if not pdfs:
            break
        if (out / COMBINED_HTML).exists():
            floor.append(weasyprint_alone(project, out / COMBINED_HTML, work / "alone.pdf", times[-1].variant))
        unchanged.append(build(project, out, config, pdf=True).seconds)
        log.unlink()
        exercise.write_text(original + f"\nEt nyt afsnit, runde {round_number}.\n", encoding="utf-8")
        edited.append(build(project, out, config, pdf=True).seconds)
        log.unlink()
        exercise.write_text(original, encoding="utf-8")
    return Publish(full, site, times, floor, pdfs, unchanged, edited)

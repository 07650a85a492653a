"""Site build figures: macros vs the expanded-Markdown floor, and the scale curve."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.common import Run, base_config, build, cold_publish, copy_project, plugin_name, resolved_config, write_child_config
from bench.pdf import PdfTimes, pdf_times, publish_overrides
from handbook.page_text import FRONT_MATTER

CAPTURE_HOOK = '''"""Benchmark only: write each page's Markdown after the macros ran, front matter included."""
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

CAPTURE = Path({capture!r})


@event_priority(-100)
def on_page_markdown(markdown, page, config, files):
    """Save the expanded Markdown under the page's own path."""
    target = CAPTURE / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = yaml.safe_dump(page.meta, allow_unicode=True) if page.meta else ""
    target.write_text(f"---\\n{{meta}}---\\n\\n{{markdown}}" if meta else markdown, encoding="utf-8")
    return markdown
'''


PDF_PLUGIN = "handbook-pdf"


def plugins_without(project: Path, *names: str) -> list[Any]:
    """The project's plugin list without the plugins `names`."""
    return [entry for entry in base_config(project)["plugins"] if plugin_name(entry) not in names]


def make_floor(work: Path, source: Path) -> tuple[Path, str]:
    """A copy whose pages hold the Markdown the macros produced, and a config without the macros plugin."""
    project = copy_project(work / "floor", source)
    capture = work / "expanded"
    (project / "bench_capture.py").write_text(CAPTURE_HOOK.format(capture=str(capture)), encoding="utf-8")
    hooks = resolved_config(project).get("hooks", []) + ["bench_capture.py"]
    build(project, work / "capture-site", write_child_config(project, "bench-capture.yml", {"hooks": hooks}))
    for page in capture.rglob("*.md"):
        target = project / "docs" / page.relative_to(capture)
        target.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    # The floor goes without the PDFs' plugin too (with PDFs off it checks the sheets' length), as it always has.
    overrides = {"plugins": plugins_without(project, "macros", PDF_PLUGIN)}
    return project, write_child_config(project, "bench-floor.yml", overrides)


def macros_vs_floor(
    work: Path, project: Path, floor_project: Path, floor_config: str, repeats: int
) -> tuple[list[float], list[float]]:
    """Site builds (PDFs off) with the macros and of the expanded Markdown without them, alternating."""
    with_macros, floor = [], []
    for _ in range(repeats):
        with_macros.append(build(project, work / "site-macros").seconds)
        floor.append(build(floor_project, work / "site-floor", floor_config).seconds)
    return with_macros, floor


# One workshop per CHIME theme (handbook/pages.py keys workshops by theme), so workshops are not copied.
SINGLE = "peer-uddannelsen/workshops"
# The title line inside a page's front matter (handbook.page_text.FRONT_MATTER finds the front matter).
FRONT_TITLE = re.compile(r"^title: (.*)$", re.MULTILINE)


def copy_name(src: str, number: int) -> str:
    """'chime/haab.md' -> 'chime/kopi-2-haab.md' (a copied index.md stays a non-exercise '...index.md')."""
    folder, _, name = src.rpartition("/")
    return f"{folder}/kopi-{number}-{name}" if folder else f"kopi-{number}-{name}"


def retitled(text: str, number: int) -> str:
    """A page's text with its front-matter title marked as copy `number` (two exercises may not share a title)."""
    front = FRONT_MATTER.match(text)
    found = FRONT_TITLE.search(text, 0, front.end()) if front else None
    if found is None:
        return text
    title = str(yaml.safe_load(found[1]))
    return text[: found.start(1)] + json.dumps(f"{title} (kopi {number})", ensure_ascii=False) + text[found.end(1):]


def renamed_nav(nav: Any, number: int) -> Any:
    """The nav of copy `number`: every copied page's path renamed, every title marked, workshops left out."""
    if isinstance(nav, str):
        return copy_name(nav, number) if nav.endswith(".md") else nav
    if isinstance(nav, list):
        return [renamed_nav(item, number) for item in nav if not is_single(item)]
    return {f"{title} (kopi {number})": renamed_nav(value, number) for title, value in nav.items()}


def is_single(item: Any) -> bool:
    """A nav entry that points at a page that is not copied."""
    target = item if isinstance(item, str) else next(iter(item.values()))
    return isinstance(target, str) and target.startswith(SINGLE + "/")


def make_scaled(work: Path, source: Path, factor: int, log: Path) -> tuple[Path, str]:
    """A copy with `factor` times the pages but the workshops (renamed copies, macros included), nav extended."""
    project = copy_project(work / f"scale-{factor}x", source)
    docs = project / "docs"
    sources = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md") if not p.is_relative_to(docs / SINGLE)]
    for number in range(2, factor + 1):
        for src in sources:
            (docs / copy_name(src, number)).write_text(retitled((docs / src).read_text(encoding="utf-8"), number), encoding="utf-8")
    nav = resolved_config(project)["nav"]
    nav = nav + [{f"Kopi {number}": renamed_nav(nav, number)} for number in range(2, factor + 1)]
    quiet = {"omitted_files": "info", "nav": {"omitted_files": "info"}}
    overrides = {"nav": nav, "validation": quiet, **publish_overrides(project, log)}
    return project, write_child_config(project, "bench-scale.yml", overrides)


@dataclass(frozen=True)
class Scale:
    factor: int
    pages: int
    site: list[Run]
    publish: list[Run]
    pdf: list[PdfTimes]


def scale(
    work: Path, source: Path, factors: tuple[int, ...], repeats: int, pdf_factors: tuple[int, ...], pdf_repeats: int
) -> list[Scale]:
    """Site builds at each size and publish builds at the PDF sizes, the sizes interleaved."""
    log = work / "scale-times.jsonl"
    projects = {factor: make_scaled(work, source, factor, log) for factor in factors}
    site: dict[int, list[Run]] = {factor: [] for factor in factors}
    publish: dict[int, list[Run]] = {factor: [] for factor in factors}
    times: dict[int, list[PdfTimes]] = {factor: [] for factor in factors}
    for _ in range(repeats):
        for factor, (project, config) in projects.items():
            site[factor].append(build(project, work / "scale-site", config))
            log.unlink()
    for _ in range(pdf_repeats):
        for factor in pdf_factors:
            project, config = projects[factor]
            publish[factor].append(cold_publish(project, work / "scale-full", config))
            times[factor].append(pdf_times(log))
    return [
        Scale(factor, len(list((project / "docs").rglob("*.md"))), site[factor], publish[factor], times[factor])
        for factor, (project, _) in projects.items()
    ]

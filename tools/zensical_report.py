"""Which of the handbook's features a Zensical build lacks: built side by side with MkDocs, every feature checked in both.

    .venv/bin/python -m tools.zensical_report PATH/TO/zensical     (make zensical-report)

A report, not a test: it prints a table and exits 0 whatever it finds, so the day a move to Zensical
becomes possible is visible. Zensical builds the project's mkdocs.yml as it is; when that fails, again
with strict off, then also without the theme overrides (overrides/), so the rest can still be checked.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import handbook
from handbook.paths import HANDBOOK_PDF, OFFLINE_ZIP, pdf_path
from tools import project

ROOT = project.ROOT
REDIRECT = ("gammel-side.html", "kilder.html")  # added to the copy's links.yml: a moved page's old address
BOOK = handbook.load(ROOT, {})


def text(site: Path, page: str) -> str:
    """A built file's text, or '' when it is not there."""
    path = site / page
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def search_config(site: Path) -> dict:
    """The search index's configuration (Material: search/search_index.json, Zensical: search.json)."""
    for index in ("search/search_index.json", "search.json"):
        if (site / index).is_file():
            return json.loads(text(site, index)).get("config", {})
    return {}


def stemmer(site: Path) -> bool:
    """Danish stemming: the index is built with lunr's Danish stemmer, and the query patch is in the Danish lunr."""
    patch = (ROOT / "hooks/danish_search.js").read_text(encoding="utf-8")
    config = search_config(site)
    return config.get("lang") == ["da"] and "stemmer" in config.get("pipeline", []) and patch in text(site, "assets/javascripts/lunr/min/lunr.da.min.js")


def anchors(site: Path) -> bool:
    """Every section anchor links.yml promises (æ→ae, ø→oe, å→aa) is on its job profile's page."""
    return all(f'id="{anchor}"' in text(site, url) for url, names in BOOK.links.anchors.items() for anchor in names)


TERM = next(t for t in BOOK.data.glossary if t.tooltip and t.term == "stemmehøring")
# (feature, how it is found in a built site); each is True in MkDocs' build of the same copy.
FEATURES: dict[str, Callable[[Path], bool]] = {
    "every published page (links.yml)": lambda site: all((site / url).is_file() for url in BOOK.links.pages),
    "macros: shared texts and lists": lambda site: "Definition af peer-støtte" in text(site, "om-peer-stoette.html")
    and "{{" not in text(site, "samtalegruppe.html"),
    "glossary explained where a term is first used": lambda site: " ".join(TERM.definition.split()) in text(site, "samtalegruppe.html"),
    "Danish section anchors (links.yml anchors)": anchors,
    "Danish search (stemmed index and query)": stemmer,
    "redirect page at a moved page's old address": lambda site: 'href="kilder.html"' in text(site, REDIRECT[0]),
    "whole handbook as PDF": lambda site: (site / HANDBOOK_PDF).is_file(),
    "a printable sheet per exercise": lambda site: all((site / pdf_path(e.src)).is_file() for e in BOOK.pages.exercises.values()),
    "draft mark (no address yet) on the web": lambda site: "Kladde: kontaktoplysninger mangler" in text(site, "tilgaengelighed.html"),
    "job profiles' 'Senest ændret' (git)": lambda site: "page-history" in text(site, "jobprofiler/peer-medarbejder.html"),
    "'Læs op' buttons on residents' pages": lambda site: "data-read-aloud" in text(site, "samtalegruppe.html"),
    "organisation's name in the footer (organisation.yml)": lambda site: bool(
        re.search(r'md-copyright__highlight">\s*Parkvænget\s*<', text(site, "index.html"))
    ),
    "Danish footer: accessibility statement and PDF links": lambda site: "Tilgængelighedserklæring" in text(site, "index.html"),
    "Danish 404 page": lambda site: "Siden findes ikke" in text(site, "404.html"),
    "offline copy as one zip": lambda site: (site / OFFLINE_ZIP).is_file(),
    "plain .html links (works from a USB stick)": lambda site: (site / "chime/haab.html").is_file()
    and not re.search(r'href="[^":#?]*/"', text(site, "index.html")),
    "no asset from another host": lambda site: not re.search(r'<(?:script|link)[^>]+(?:src|href)="https?://', text(site, "index.html")),
}


def copy_project(target: Path) -> Path:
    """The project's sources in target, with one redirect added to its links.yml."""
    project.copy(target)
    with (target / "links.yml").open("a", encoding="utf-8") as lock:
        lock.write(f"  {REDIRECT[0]}: {REDIRECT[1]}\n")
    return target


def run(command: list[str], project: Path) -> tuple[bool, str]:
    """Run a build in project; whether it passed, and why not: its warnings and its last line."""
    environment = {**os.environ, "PYTHONPATH": str(project), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    result = subprocess.run(command, cwd=project, capture_output=True, text=True, env=environment, timeout=900)
    lines = [line.strip() for line in re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr).splitlines() if line.strip()]
    why = [line for line in lines if line.startswith("WARNING")][:3] + lines[-1:]
    return result.returncode == 0, "" if result.returncode == 0 else " / ".join(why)


# Ways to build with Zensical, tried in turn until one builds: how the project's mkdocs.yml is changed for each.
VARIANTS: dict[str, Callable[[str], str]] = {
    "mkdocs.yml as it is (strict)": lambda config: config,
    "strict off": lambda config: config.replace("strict: true", "strict: false"),
    "strict off, without the theme overrides (custom_dir)": lambda config: re.sub(
        r"\n  custom_dir: .*", "", config.replace("strict: true", "strict: false")
    ),
}


def zensical_builds(zensical: str, project: Path) -> tuple[Path | None, list[str]]:
    """Build with Zensical in each of VARIANTS' ways until one builds; the site it built, and a note per attempt."""
    notes = []
    for name, change in VARIANTS.items():
        (project / "zensical-report.yml").write_text(change((project / "mkdocs.yml").read_text(encoding="utf-8")), encoding="utf-8")
        shutil.rmtree(project / "site", ignore_errors=True)
        passed, error = run([zensical, "build", "-f", "zensical-report.yml"], project)
        notes.append(f"{name}: {'built' if passed else 'failed: ' + error}")
        if passed:
            return project / "site", notes
    return None, notes


def zensical_version(zensical: str) -> str:
    """The Zensical version installed beside the given command."""
    python = Path(zensical).with_name("python")
    return subprocess.run([str(python), "-c", "import importlib.metadata as m; print(m.version('zensical'))"],
                          capture_output=True, text=True).stdout.strip()


def main(zensical: str) -> int:
    """Build both ways in temporary copies and print the table."""
    with tempfile.TemporaryDirectory() as work:
        reference = copy_project(Path(work) / "mkdocs")
        passed, error = run([str(Path(sys.executable).with_name("mkdocs")), "build", "--strict"], reference)
        if not passed:
            print(f"MkDocs' own build failed, so there is nothing to compare: {error}")
            return 1
        site, notes = zensical_builds(zensical, copy_project(Path(work) / "zensical"))
        print(f"# Zensical {zensical_version(zensical)} against MkDocs, the same copy of the handbook\n")
        print("\n".join(f"- Zensical build, {note}" for note in notes) + "\n")
        print("| feature | MkDocs | Zensical |\n| --- | --- | --- |")
        for feature, found in FEATURES.items():
            print(f"| {feature} | {'yes' if found(reference / 'site') else 'NO'} | {'yes' if site and found(site) else 'missing'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

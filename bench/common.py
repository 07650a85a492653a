"""Shared pieces: timing statistics, a timed `mkdocs build`, project copies and child configs."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent
# Every build is dated like `make site` dates it (one fixed date for the whole run), so PDFs can come from the cache.
EPOCH = os.environ.get("SOURCE_DATE_EPOCH", str(int(time.time())))
# The PDF cache of a project copy (printing/pdf_cache.py).
PDF_CACHE = ".cache"
BIN = Path(sys.executable).parent
# What a copy of the project leaves out: tooling, outputs, caches, this benchmark.
NOT_COPIED = {".git", ".venv", "site", ".cache", ".pytest_cache", "node_modules", "bench", "tests", "BENCHMARKS.md", ".ci"}


@dataclass(frozen=True)
class Stats:
    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        """The median sample."""
        return statistics.median(self.samples)

    def show(self, unit: str, digits: int = 2) -> str:
        """'1.23 s (1.20–1.31, n=5)' for unit ' s'; a single sample without the range."""
        if len(self.samples) == 1:
            return f"{self.median:.{digits}f}{unit} (n=1)"
        low, high = min(self.samples), max(self.samples)
        return f"{self.median:.{digits}f}{unit} ({low:.{digits}f}–{high:.{digits}f}, n={len(self.samples)})"


def stats(samples: list[float]) -> Stats:
    """Freeze samples into Stats; an empty list is a bug in the caller."""
    if not samples:
        raise ValueError("no samples")
    return Stats(tuple(samples))


def ratios(values: list[float], floors: list[float]) -> Stats:
    """Per-pair ratios of runs made side by side."""
    return stats([value / floor for value, floor in zip(values, floors, strict=True)])


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def build_env(pdf: bool, project: Path) -> dict[str, str]:
    """The environment of a build in `project`: its own code first; PDFs on (HANDBOOK_PDF unset) or off (=0)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project), "SOURCE_DATE_EPOCH": EPOCH}
    env.pop("HANDBOOK_PDF", None)
    return env if pdf else {**env, "HANDBOOK_PDF": "0"}


def build(project: Path, out: Path, config: str = "mkdocs.yml", pdf: bool = False) -> Run:
    """Run `mkdocs build --strict` into a fresh `out`; wall time and the build's own peak memory."""
    shutil.rmtree(out, ignore_errors=True)
    command = [str(BIN / "mkdocs"), "build", "--strict", "-q", "-f", config, "-d", str(out)]
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=project, env=build_env(pdf, project), stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            log.seek(0)
            raise RuntimeError(f"mkdocs build -f {config} in {project} failed:\n{log.read().decode()[-3000:]}")
    return Run(seconds, usage.ru_maxrss / 1024)


def cold_publish(project: Path, out: Path, config: str) -> Run:
    """A publish build with an empty PDF cache: every PDF is made."""
    shutil.rmtree(project / PDF_CACHE, ignore_errors=True)
    return build(project, out, config, pdf=True)


def copy_project(target: Path, source: Path = ROOT) -> Path:
    """A copy of the project's sources (without tooling, outputs and caches) in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for part in sorted(source.iterdir()):
        if part.name in NOT_COPIED:
            continue
        destination = target / part.name
        if part.is_dir():
            shutil.copytree(part, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(part, destination)
    return target


class Tagged:
    """A YAML value with a tag we keep as written (!ENV, !relative, !!python/name:...)."""

    def __init__(self, tag: str, node: yaml.Node) -> None:
        self.tag, self.node = tag, node


class KeepTagsLoader(yaml.SafeLoader):
    """Safe YAML loading that keeps unknown tags, so a child config can write them back unchanged."""


class KeepTagsDumper(yaml.SafeDumper):
    """Safe YAML dumping that writes kept tags back."""


KeepTagsLoader.add_multi_constructor("", lambda loader, suffix, node: Tagged(node.tag, node))
KeepTagsDumper.add_representer(Tagged, lambda dumper, value: value.node)


def base_config(project: Path) -> dict[str, Any]:
    """The project's mkdocs.yml, tags kept."""
    return yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=KeepTagsLoader)


def resolved_config(project: Path) -> dict[str, Any]:
    """The project's mkdocs.yml as MkDocs reads it (tags resolved)."""
    with open(project / "mkdocs.yml", "rb") as file:
        return yaml_load(file)


def plugin_name(entry: Any) -> str:
    """'search' for both `- search` and `- search: {lang: da}`."""
    return entry if isinstance(entry, str) else next(iter(entry))


def write_child_config(project: Path, name: str, overrides: dict[str, Any]) -> str:
    """A config that inherits mkdocs.yml and replaces the given top-level keys; returns its file name."""
    text = "INHERIT: mkdocs.yml\n" + yaml.dump(overrides, Dumper=KeepTagsDumper, allow_unicode=True, sort_keys=False)
    (project / name).write_text(text, encoding="utf-8")
    return name


def page_file(site: Path, src: str) -> Path:
    """The built file of docs page `src` with or without directory URLs (the offline plugin turns them off)."""
    stem = src[: -len(".md")]
    candidates = [site / f"{stem}.html", site / stem / "index.html"]
    found = next((path for path in candidates if path.exists()), None)
    if found is None:
        raise FileNotFoundError(f"{src} was not built: none of {candidates} exists")
    return found

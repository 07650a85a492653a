"""Build the real handbook once per test session; copy it for the must-fail cases."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "docs", "macros", "overrides")
sys.path.insert(0, str(ROOT))


def build(project: Path, site_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build --strict` on a project folder; return the finished process."""
    command = [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-d", str(site_dir)]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run(command, cwd=project, capture_output=True, text=True, env=environment, timeout=600)


def built_page(site_dir: Path, src: str) -> Path:
    """The HTML file built from `src` (a path under docs/): plain .html URLs, as the offline plugin sets."""
    return site_dir / (src[: -len(".md")] + ".html")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real handbook, built once for the whole session."""
    out = tmp_path_factory.mktemp("site")
    result = build(ROOT, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A fresh copy of the project's sources, to break on purpose."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        target = tmp_path / part
        shutil.copytree(source, target) if source.is_dir() else shutil.copy(source, target)
    return tmp_path

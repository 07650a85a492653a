"""On a bare Debian (make and python3 only) the Makefile installs Debian's venv package before it makes .venv."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT


def stand_in(path: Path, body: str) -> None:
    """An executable shell script that stands in for a program and says how it was called."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


def first_steps_of_make(tmp_path: Path, python: str) -> str:
    """What `make site` does first in a fresh checkout (no .venv) with the given python3; ensure-debs only reports."""
    for name in ("requirements.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    stand_in(tmp_path / "tools/ensure-debs.sh", 'echo "ensure-debs $*"')
    result = subprocess.run(
        ["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), ".venv/bin/.build-deps", f"PYTHON={python}"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, env={**os.environ},
    )
    return result.stdout + result.stderr


def test_a_python_without_venv_gets_debians_python3_venv_first(tmp_path):
    python = tmp_path / "bare/python3"
    # Debian's python3 without python3-venv: 'import ensurepip' fails, and so does 'python3 -m venv'.
    stand_in(python, 'case "$*" in *ensurepip*) exit 1;; *) echo "python3 $*"; exit 1;; esac')
    output = first_steps_of_make(tmp_path, str(python))
    assert "ensure-debs python3-venv" in output
    assert output.index("ensure-debs python3-venv") < output.index("python3 -m venv")


def test_a_python_with_venv_installs_no_debian_package(tmp_path):
    python = tmp_path / "full/python3"
    # A python3 with venv: the check passes; the stand-in stops make where the venv would be made.
    stand_in(python, 'case "$*" in *ensurepip*) exit 0;; *) echo "python3 $*"; exit 1;; esac')
    output = first_steps_of_make(tmp_path, str(python))
    assert "python3 -m venv" in output
    assert "ensure-debs python3-venv" not in output


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root to switch to another user")
def test_ensure_debs_as_a_normal_user_says_the_one_line_to_run():
    result = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", str(ROOT / "tools/ensure-debs.sh"), "python3-venv-findes-ikke"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "Mangler Debian-pakker. Kør: sudo apt-get update && sudo apt-get install -y python3-venv-findes-ikke" in result.stderr

"""Write the sha256 of every file PyPI offers for each pinned version into the requirements files.

    python3 -m tools.pin_hashes                    # all three files
    python3 -m tools.pin_hashes requirements.txt   # one of them

The `name==version` lines decide; hashes from an earlier run are dropped and asked for anew, so bumping a
version is: change its `==`, run this. Comments, blank lines and `-r` lines stay as they are. Each file of
the release is listed (wheels for every platform and Python, and the sdist), so `pip install
--require-hashes` works on any machine and refuses any other bytes. Standard library only: it runs
before .venv exists.
"""
from __future__ import annotations

import json
import re
import sys
import urllib.request
from pathlib import Path

FILES = ("requirements.txt", "requirements-test.txt", "requirements-properdocs.txt")
# PyPI's simple index as JSON (PEP 691): every file of a project with its sha256.
INDEX = "https://pypi.org/simple/{}/"
ACCEPT = "application/vnd.pypi.simple.v1+json"
PIN = re.compile(r"^([A-Za-z0-9][\w.-]*)==([\w.!+-]+)(\s+--hash=\S+)*$")
SDIST = (".tar.gz", ".zip")


def logical_lines(text: str) -> list[str]:
    """The lines of a requirements file (or Makefile) with each backslash continuation joined to its line."""
    return text.replace("\\\n", " ").splitlines()


def pins(text: str) -> dict[str, str]:
    """The pinned versions of a requirements file, by package name as written."""
    matches = (PIN.match(" ".join(line.split())) for line in logical_lines(text))
    return {match[1]: match[2] for match in matches if match}


def normalize(name: str) -> str:
    """A project name as PyPI compares it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def release_of(filename: str) -> tuple[str, str] | None:
    """The (normalized name, version) a wheel or sdist file belongs to; None for other files (eggs, installers)."""
    if filename.endswith(".whl"):
        name, version = filename.split("-")[:2]
    elif filename.endswith(SDIST):
        name, _, version = filename.removesuffix(".zip").removesuffix(".tar.gz").rpartition("-")
    else:
        return None
    return normalize(name), version.lower()


def hashes(name: str, version: str) -> list[str]:
    """The sha256 of every wheel and sdist PyPI has for this version, sorted."""
    request = urllib.request.Request(INDEX.format(normalize(name)), headers={"Accept": ACCEPT})
    with urllib.request.urlopen(request, timeout=120) as response:
        files = json.load(response)["files"]
    found = sorted(f["hashes"]["sha256"] for f in files if release_of(f["filename"]) == (normalize(name), version.lower()))
    if not found:
        raise SystemExit(f"PyPI has no wheel or sdist of {name}=={version}")
    return found


def pinned(line: str, lookup) -> str:
    """One line of a requirements file, a `name==version` line written out with its hashes."""
    if not line.strip() or line.lstrip().startswith(("#", "-r ")):
        return line
    match = PIN.match(" ".join(line.split()))
    if not match:
        raise SystemExit(f"Not a `name==version` line: {line!r}")
    name, version = match[1], match[2]
    return " \\\n".join([f"{name}=={version}", *(f"    --hash=sha256:{digest}" for digest in lookup(name, version))])


def pin_file(path: Path, lookup) -> None:
    """Rewrite one requirements file with the hashes of each pinned version."""
    lines = [pinned(line, lookup) for line in logical_lines(path.read_text(encoding="utf-8"))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(names: list[str]) -> None:
    """Pin the named requirements files (all three when none is named); each release is asked for once."""
    known: dict[tuple[str, str], list[str]] = {}

    def lookup(name: str, version: str) -> list[str]:
        key = (normalize(name), version)
        if key not in known:
            known[key] = hashes(name, version)
        return known[key]

    for name in names or FILES:
        pin_file(Path(name), lookup)
        print(f"{name}: {len(known)} releases looked up so far")


if __name__ == "__main__":
    main(sys.argv[1:])

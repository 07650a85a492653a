"""The Python packages install the same bytes next year: every pin carries its files' sha256 and every `pip install -r`
checks them (--require-hashes). tools/pin_hashes.py writes the hashes (README, Dependencies)."""
from __future__ import annotations

import re

from conftest import ROOT
from tools.pin_hashes import FILES, logical_lines

# One requirement as pip's hash-checking mode needs it: an exact version and at least one file's sha256.
HASHED = re.compile(r"^[A-Za-z0-9][\w.-]*==[\w.!+-]+( --hash=sha256:[0-9a-f]{64})+$")
# Where the project runs pip: the Makefile, CI, the container and the shell tools.
INSTALLERS = ("Makefile", ".github/workflows/*.yml", "Containerfile", "tools/*.sh")


def unhashed(text: str) -> list[str]:
    """The requirement lines of a requirements file that are not `name==version --hash=sha256:…`."""
    lines = [" ".join(line.split()) for line in logical_lines(text)]
    return [line for line in lines if line and not line.startswith(("#", "-r ")) and not HASHED.match(line)]


def test_every_requirement_is_pinned_with_its_hashes():
    for name in FILES:
        text = (ROOT / name).read_text(encoding="utf-8")
        assert unhashed(text) == [], name
        assert text.count("--hash=sha256:") > 2 * text.count("=="), f"{name}: most releases have a wheel and an sdist"


def test_the_check_catches_a_pin_without_hashes_and_a_loose_version():
    assert unhashed("# a comment\n-r requirements.txt\nbabel==2.18.0 \\\n    --hash=sha256:" + "0" * 64 + "\n") == []
    assert unhashed("babel==2.18.0\nPyYAML>=6 \\\n    --hash=sha256:" + "0" * 64 + "\n") == [
        "babel==2.18.0", "PyYAML>=6 --hash=sha256:" + "0" * 64,
    ]


def pip_installs_from_files() -> list[str]:
    """Every command line of the project that installs from a requirements file (`pip install … -r …`)."""
    paths = [path for pattern in INSTALLERS for path in sorted(ROOT.glob(pattern))]
    lines = [line for path in paths for line in logical_lines(path.read_text(encoding="utf-8"))]
    return [line.strip() for line in lines if re.search(r"pip install .*(-r|--requirement) ", line)]


def test_every_pip_install_from_a_requirements_file_checks_the_hashes():
    installs = pip_installs_from_files()
    assert len(installs) == 3, installs  # build, tests, ProperDocs
    assert [line for line in installs if "--require-hashes" not in line.split()] == []

"""ProperDocs as the handbook's second runtime: its venv pins the same packages, MkDocs left out (make properdocs)."""
from __future__ import annotations

from conftest import ROOT
from tools.pin_hashes import pins

# The packages of MkDocs itself: ProperDocs replaces them.
MKDOCS = {"mkdocs", "mkdocs-get-deps"}


def test_properdocs_venv_pins_the_build_packages_without_mkdocs():
    build, properdocs = (pins((ROOT / name).read_text(encoding="utf-8")) for name in ("requirements.txt", "requirements-properdocs.txt"))
    assert {name: version for name, version in build.items() if name not in MKDOCS} == {
        name: version for name, version in properdocs.items() if name != "properdocs"
    }
    assert properdocs["properdocs"] == "1.6.7" and not MKDOCS & set(properdocs)

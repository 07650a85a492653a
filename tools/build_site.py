"""Build the site into a new folder and put it in place of site/ only when the build succeeded.

    python -m tools.build_site site mkdocs build --strict

MkDocs empties its output folder when a build starts, so a build that fails or is interrupted (Ctrl+C)
would leave site/ half-written: here the last good site/ stays until a new one is whole. The generator's
command gets `--site-dir site.new`; on success site/ becomes site.old/, site.new/ becomes site/ (two
renames: site/ is missing for an instant, never half-written), and site.old/ is deleted.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def swap_in(new: Path, site: Path) -> None:
    """Put the finished folder new in place of site; the old site goes."""
    old = site.with_name(site.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        site.rename(old)
    new.rename(site)
    shutil.rmtree(old, ignore_errors=True)


def build(site: Path, command: list[str]) -> int:
    """Run the build command into a new folder beside site; swap it in on success; the command's exit status."""
    new = site.with_name(site.name + ".new")
    shutil.rmtree(new, ignore_errors=True)  # what an interrupted build left
    try:
        status = subprocess.run([*command, "--site-dir", str(new)], check=False).returncode
    except KeyboardInterrupt:
        status = 130
    if status == 0 and not new.is_dir():
        print(f"Bygningen skrev intet i {new}/.", file=sys.stderr)
        status = 1
    if status != 0:
        shutil.rmtree(new, ignore_errors=True)
        kept = f"{site}/ er stadig den forrige, hele udgave." if site.exists() else f"Der er ingen {site}/ endnu."
        print(f"Bygningen blev ikke færdig, så intet er skiftet ud: {kept}", file=sys.stderr)
        return status
    swap_in(new, site)
    return 0


if __name__ == "__main__":
    sys.exit(build(Path(sys.argv[1]), sys.argv[2:]))

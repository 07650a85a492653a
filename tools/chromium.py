"""How the tests and the benchmark launch Debian's Chromium (a Playwright browser download is not possible here)."""
from __future__ import annotations

import re
import subprocess

EXECUTABLE = "/usr/bin/chromium"
# The Chromium major version the browser tests last passed with (Debian's package, driven by Playwright).
TESTED_MAJOR = 156
# Headless, quiet and offline: no update checks, no sync, no QUIC probes to other hosts.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def installed_major() -> int:
    """The major version of Debian's Chromium, from `chromium --version` ('Chromium 156.0.8078.79 built on Debian ...')."""
    try:
        output = subprocess.run([EXECUTABLE, "--version"], capture_output=True, text=True, timeout=60).stdout
    except FileNotFoundError:
        raise RuntimeError(f"{EXECUTABLE} findes ikke: kør make test (den installerer Debian-pakken chromium)") from None
    found = re.search(r"Chromium (\d+)\.", output)
    if found is None:
        raise RuntimeError(f"{EXECUTABLE} --version sagde ikke, hvilken version det er: {output!r}")
    return int(found[1])


def version_warning(installed: int, tested: int = TESTED_MAJOR) -> str | None:
    """What to say when Debian's Chromium is another major version than the tests were last run with."""
    if installed == tested:
        return None
    return (
        f"Debians Chromium er version {installed}, men browsertestene er sidst kørt med version {tested}. "
        f"Fejler de nu, er det nok opgraderingen: ret tools/chromium.py (TESTED_MAJOR = {installed}), når de består igen."
    )

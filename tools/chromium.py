"""How the tests and the benchmark launch Debian's Chromium (a Playwright browser download is not possible here)."""
from __future__ import annotations

EXECUTABLE = "/usr/bin/chromium"
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

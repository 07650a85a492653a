"""pa11y (HTML_CodeSniffer) and Lighthouse from node_modules/ (package-lock.json), driving Debian's Chromium.

Reusable: the tests ask Lighthouse for the accessibility category; the benchmark can ask for others.
"""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tools import chromium

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "node_modules" / ".bin"


def tool(name: str) -> str:
    """The installed command of an npm checker; stops with the fix when `npm ci` has not run."""
    path = BIN / name
    if not path.exists():
        raise FileNotFoundError(f"{path} mangler: kør `make test` (npm ci installerer tjekkerne)")
    return str(path)


def pa11y(pages: list[tuple[str, int]], height: int = 740) -> list[list[dict]]:
    """pa11y's HTML_CodeSniffer errors (WCAG 2 AA) for each (url, width), seen at width x height: one list per
    page, in the order given, all from one Chromium (tools/pa11y.mjs)."""
    tool("pa11y")
    runs = [{"url": url, "width": width, "height": height} for url, width in pages]
    issues = node("pa11y.mjs", {"runs": runs}, "pa11y")
    return [[issue for issue in found if issue["type"] == "error"] for found in issues]


def lighthouse(pages: list[tuple[str, str]], categories: list[str]) -> list[dict]:
    """Lighthouse's JSON report (lhr) in the given categories for each (url, form factor: 'mobile' or 'desktop'),
    in the order given, all from one Chromium (tools/lighthouse.mjs)."""
    tool("lighthouse")
    runs = [{"url": url, "formFactor": form_factor} for url, form_factor in pages]
    return node("lighthouse.mjs", {"categories": categories, "runs": runs}, "Lighthouse")


def node(script: str, spec: dict, name: str) -> list:
    """Run a checker's script in tools/ on Debian's Chromium; what it printed, one JSON value per line."""
    spec = {"chromium": chromium.EXECUTABLE, "flags": chromium.FLAGS, **spec}
    command = ["node", str(ROOT / "tools" / script), json.dumps(spec)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"{name} fejlede: {result.stderr[-2000:]}")
    return [json.loads(line) for line in result.stdout.splitlines()]


def failed_audits(report: dict, category: str) -> list[str]:
    """The audits of a category that did not score full marks, as 'id: title'."""
    audits = report["audits"]
    return [
        f"{ref['id']}: {audits[ref['id']]['title']}"
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] and audits[ref["id"]]["score"] not in (1, None)
    ]

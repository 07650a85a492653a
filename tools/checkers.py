"""pa11y (HTML_CodeSniffer) and Lighthouse from node_modules/ (package-lock.json), driving Debian's Chromium.

Reusable: the tests ask Lighthouse for the accessibility category; the benchmark can ask for others.
"""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
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


def pa11y(url: str, width: int = 360, height: int = 740) -> list[dict]:
    """pa11y's HTML_CodeSniffer errors (WCAG 2 AA) for the page at url, seen at width x height."""
    config = {
        "chromeLaunchConfig": {"executablePath": chromium.EXECUTABLE, "args": chromium.FLAGS},
        "runners": ["htmlcs"], "standard": "WCAG2AA", "viewport": {"width": width, "height": height},
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json") as file:
        json.dump(config, file)
        file.flush()
        command = [tool("pa11y"), "--config", file.name, "--reporter", "json", "--level", "error", url]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if result.returncode not in (0, 2):  # 2: the page has errors, listed in the JSON
        raise RuntimeError(f"pa11y fejlede på {url}: {result.stderr}")
    return [issue for issue in json.loads(result.stdout) if issue["type"] == "error"]


def lighthouse(url: str, categories: list[str], form_factor: str = "mobile") -> dict:
    """Lighthouse's JSON report (lhr) for the page at url, in the given categories."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [
            tool("lighthouse"), url, f"--only-categories={','.join(categories)}", "--output=json",
            f"--output-path={report}", "--quiet", f"--chrome-flags={' '.join(['--headless=new', *chromium.FLAGS])}",
        ]
        command += ["--preset=desktop"] if form_factor == "desktop" else []
        environment = {**os.environ, "CHROME_PATH": chromium.EXECUTABLE}
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=environment)
        if result.returncode != 0 or not report.exists():
            raise RuntimeError(f"Lighthouse fejlede på {url}: {result.stderr[-2000:]}")
        return json.loads(report.read_text(encoding="utf-8"))


def failed_audits(report: dict, category: str) -> list[str]:
    """The audits of a category that did not score full marks, as 'id: title'."""
    audits = report["audits"]
    return [
        f"{ref['id']}: {audits[ref['id']]['title']}"
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] and audits[ref["id"]]["score"] not in (1, None)
    ]

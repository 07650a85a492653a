"""Live preview: seconds from saving a Markdown file to the rebuilt page being served by `mkdocs serve`."""
from __future__ import annotations

import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from bench.common import BIN, build_env
from tools.ports import free_port

EDITED_PAGE = "chime/haab.md"
POLL_SECONDS = 0.02  # often enough for ~1 s rebuilds, rarely enough not to slow the server
TIMEOUT_SECONDS = 60


def fetch(url: str) -> str | None:
    """The body of `url`, or None while the server cannot answer."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:  # refused, reset or timed out (URLError is an OSError too)
        return None


def mount_point(url: str) -> str:
    """Where `mkdocs serve` mounts the site (the path of site_url), found by following its redirect."""
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.geturl()


def wait_for(url: str, marker: str = "") -> float:
    """Poll `url` until its body contains `marker`; the moment it did (perf_counter)."""
    deadline = time.perf_counter() + TIMEOUT_SECONDS
    while time.perf_counter() < deadline:
        body = fetch(url)
        if body is not None and marker in body:
            return time.perf_counter()
        time.sleep(POLL_SECONDS)
    raise TimeoutError(f"{url} did not show {marker!r} within {TIMEOUT_SECONDS} s")


@contextmanager
def serving(project: Path, config: str) -> Iterator[str]:
    """`mkdocs serve` (PDFs off) on a free 127.0.0.1 port; yields the URL of the edited page."""
    port = free_port()
    command = [str(BIN / "mkdocs"), "serve", "--strict", "-f", config, "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=project, env=build_env(pdf=False, project=project), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/")
        base = mount_point(f"http://127.0.0.1:{port}/")
        stem = EDITED_PAGE[: -len(".md")]
        urls = [f"{base}{stem}.html", f"{base}{stem}/"]
        found = [url for url in urls if fetch(url) is not None]
        if not found:
            raise FileNotFoundError(f"mkdocs serve in {project} serves none of {urls}")
        yield found[0]
    finally:
        server.terminate()
        server.wait(timeout=30)


def save_and_wait(project: Path, url: str, number: int) -> float:
    """Save the page with a new marker paragraph; seconds until the served page shows it."""
    page = project / "docs" / EDITED_PAGE
    original = page.read_text(encoding="utf-8").split("\n\nBenchmærke ")[0]
    marker = f"Benchmærke {number}-{time.time_ns()}"
    page.write_text(f"{original}\n\n{marker}\n", encoding="utf-8")
    saved = time.perf_counter()
    return wait_for(url, marker) - saved


def preview(project: Path, floor_project: Path, floor_config: str, repeats: int) -> tuple[list[float], list[float]]:
    """Save-to-page seconds with the macros and for the expanded-Markdown floor, both servers up, alternating."""
    with serving(project, "mkdocs.yml") as url, serving(floor_project, floor_config) as floor_url:
        with_macros, floor = [], []
        for number in range(repeats):
            with_macros.append(save_and_wait(project, url, number))
            time.sleep(1)
            floor.append(save_and_wait(floor_project, floor_url, number))
            time.sleep(1)
    return with_macros, floor

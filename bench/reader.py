"""Reader side, in headless Chromium: bytes on first load, the search index, search speed, third-party bytes."""
from __future__ import annotations

import functools
import gzip
import http.server
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterator
from urllib.parse import urlsplit

from playwright.sync_api import Page, sync_playwright

from bench.common import page_file
from tools.ports import LOCAL_HOST, free_port
from tools import chromium

FIRST_LOAD_PAGE = "chime/haab.md"
QUERIES = ("forbundenhed", "samtalegruppe", "håb", "øvelser", "tilværelse")
# Runs in the page: the time of the query's last keystroke, and of the first result item after it.
SEARCH_PROBE = """() => {
  const input = document.querySelector("input.md-search__input");
  const list = document.querySelector(".md-search-result__list");
  window.__bench = {armed: false, t0: null, t1: null};
  input.addEventListener("keydown", () => { if (window.__bench.armed && window.__bench.t0 === null) window.__bench.t0 = performance.now(); }, true);
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.t0 !== null && b.t1 === null && list.querySelector(".md-search-result__item")) b.t1 = performance.now();
  }).observe(list, {childList: true, subtree: true});
}"""


@dataclass
class Traffic:
    """Every response the browser received, gzip size by kind; requests to other hosts."""
    gzip_bytes: dict[str, int] = field(default_factory=dict)
    third_party_bytes: int = 0
    third_party_urls: list[str] = field(default_factory=list)


KINDS = {".html": "document", ".css": "stylesheet", ".js": "script", ".woff2": "font", ".woff": "font", ".ttf": "font",
         ".png": "image", ".svg": "image", ".jpg": "image", ".ico": "image", ".webp": "image"}


def kind(url: str, resource_type: str) -> str:
    """'search index', else by file type (the worker's scripts count as scripts), else the browser's type."""
    if "search_index" in url:
        return "search index"
    return KINDS.get(PurePosixPath(urlsplit(url).path).suffix, resource_type)


def record(traffic: Traffic, response) -> None:
    """Add one response to the traffic: gzip size (level 6, like a typical server) by kind."""
    body = response.body() if response.status < 300 else b""
    if urlsplit(response.url).hostname != LOCAL_HOST:
        traffic.third_party_bytes += len(body)
        return
    key = kind(response.url, response.request.resource_type)
    traffic.gzip_bytes[key] = traffic.gzip_bytes.get(key, 0) + len(gzip.compress(body, compresslevel=6))


@contextmanager
def static_server(site: Path) -> Iterator[str]:
    """The built site over HTTP on a free 127.0.0.1 port; yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer((LOCAL_HOST, free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that does not log every request."""

    def log_message(self, format: str, *args) -> None:
        """Stay quiet."""


def search_once(page: Page, query: str) -> float:
    """Milliseconds from the query's last keystroke to the first result shown; clears the field after."""
    field_ = page.locator("input.md-search__input")
    field_.press_sequentially(query[:-1])
    page.wait_for_timeout(300)
    page.evaluate("() => { window.__bench.armed = true; window.__bench.t0 = null; window.__bench.t1 = null; }")
    field_.press_sequentially(query[-1])
    page.wait_for_function("() => window.__bench.t1 !== null", timeout=10_000)
    elapsed = page.evaluate("() => window.__bench.t1 - window.__bench.t0")
    page.evaluate("() => { window.__bench.armed = false; }")
    field_.press("Control+a")
    field_.press("Backspace")
    page.wait_for_timeout(300)
    return elapsed


def search_index_bytes(site: Path) -> dict[str, tuple[int, int]]:
    """Raw and gzip bytes of every search index file (Material's search/, Pagefind's pagefind/)."""
    files = [path for folder in ("search", "pagefind") for path in sorted((site / folder).rglob("*")) if path.is_file()]
    return {
        path.relative_to(site).as_posix(): (path.stat().st_size, len(gzip.compress(path.read_bytes(), compresslevel=6)))
        for path in files
    }


@dataclass(frozen=True)
class Reader:
    first_load: dict[str, int]
    search_ms: list[float]
    third_party_bytes: int
    third_party_urls: list[str]


def measure_reader(site: Path, repeats: int) -> Reader:
    """First load of a CHIME page in a fresh browser, then timed searches; every request recorded."""
    page_path = page_file(site, FIRST_LOAD_PAGE).relative_to(site).as_posix()
    traffic, first_load, timings = Traffic(), {}, []
    with static_server(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.EXECUTABLE, args=chromium.FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.on("response", lambda response: record(traffic, response))
        context.on("request", lambda request: traffic.third_party_urls.append(request.url)
                   if urlsplit(request.url).hostname not in (LOCAL_HOST, None) else None)
        page = context.new_page()
        page.goto(base + page_path, wait_until="networkidle")
        first_load = dict(traffic.gzip_bytes)
        page.locator("input.md-search__input").click()
        page.evaluate(SEARCH_PROBE)
        search_once(page, QUERIES[0])
        timings = [search_once(page, query) for _ in range(repeats) for query in QUERIES]
        browser.close()
    return Reader(first_load, timings, traffic.third_party_bytes, traffic.third_party_urls)

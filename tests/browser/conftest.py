"""Serve the session-built handbook on 127.0.0.1 and drive Debian's Chromium through Playwright."""
from __future__ import annotations

import functools
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from mkdocs.utils import yaml_load
from playwright.sync_api import Browser, BrowserContext, Page

from tools import chromium

from .recorder import LOCAL_HOST, RequestLog


ROOT = Path(__file__).resolve().parents[2]
# 404.html is served for any missing address, so it links its files from the published path
# (site_url's, e.g. /handbog/; a draft has none, so /): the test server serves the site there too.
PUBLISHED_PATH = urlsplit(yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8")).get("site_url") or "/").path


class QuietHandler(SimpleHTTPRequestHandler):
    """Serve files without logging each request to the test output."""

    def translate_path(self, path: str) -> str:
        """'/handbog/assets/x.css' is the site's 'assets/x.css', like '/assets/x.css'."""
        if PUBLISHED_PATH != "/" and path.startswith(PUBLISHED_PATH):
            path = "/" + path[len(PUBLISHED_PATH):]
        return super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:
        """Stay silent."""


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """pytest-playwright's launch options, pointed at Debian's Chromium with headless flags; warn on an untested version."""
    # A warning, not a failure: a new Chromium often works, and when it does not, this says why first.
    message = chromium.version_warning(chromium.installed_major())
    if message:
        warnings.warn(message, stacklevel=1)
    return {**browser_type_launch_args, "executable_path": chromium.EXECUTABLE, "args": chromium.FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    """Ask for reduced motion: Material then drops its slide-ins, so clicks need not wait for them."""
    return {**browser_context_args, "reduced_motion": "reduce"}


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """A built site served on 127.0.0.1 on a free port while the block runs; yields its address."""
    server = ThreadingHTTPServer((LOCAL_HOST, 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The session-built site served on 127.0.0.1 on a free port; page.goto takes paths below it."""
    with served(site) as address:
        yield address


@pytest.fixture(scope="session")
def request_log() -> RequestLog:
    """One log for the whole browser suite."""
    return RequestLog()


def stayed_local(request_log: RequestLog, before: int) -> None:
    """Fail if a request logged after the first `before` left 127.0.0.1."""
    leaked = request_log.foreign[before:]
    assert not leaked, f"Forespørgsler til andre værter end {LOCAL_HOST}: {leaked}"


@pytest.fixture
def context(new_context, request_log: RequestLog) -> Iterator[BrowserContext]:
    """A fresh browser context whose every request is logged; the test fails if one left 127.0.0.1."""
    browser_context = new_context()
    before = len(request_log.foreign)
    browser_context.on("request", request_log.record)
    yield browser_context
    stayed_local(request_log, before)


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    """A page in the logged context, failing on any JavaScript error."""
    browser_page = context.new_page()
    errors: list[str] = []
    browser_page.on("pageerror", lambda error: errors.append(str(error)))
    yield browser_page
    assert not errors, f"JavaScript-fejl: {errors}"


@pytest.fixture(scope="module")
def module_page(browser: Browser, browser_context_args: dict, request_log: RequestLog, request: pytest.FixtureRequest) -> Iterator[tuple[Page, list[str]]]:
    """One logged context and page for a whole module (with the module's browser_context_args mark); the JavaScript errors met."""
    marker = request.node.get_closest_marker("browser_context_args")
    browser_context = browser.new_context(**{**browser_context_args, **(marker.kwargs if marker else {})})
    browser_context.on("request", request_log.record)
    browser_page = browser_context.new_page()
    errors: list[str] = []
    browser_page.on("pageerror", lambda error: errors.append(str(error)))
    yield browser_page, errors
    browser_context.close()


@pytest.fixture
def reused_page(module_page: tuple[Page, list[str]], request_log: RequestLog) -> Iterator[Page]:
    """The module's one page, for a test that only loads the site's pages and looks: a new page costs Chromium a
    renderer and Material's scripts compiled again, about a CPU-second. It starts blank, at its first size, with
    empty storage (the colour scheme chosen, 'Langsomt'); the test fails on a JavaScript error or a request that
    left 127.0.0.1 while it ran."""
    browser_page, errors = module_page
    size, before, errors_before = browser_page.viewport_size, len(request_log.foreign), len(errors)
    yield browser_page
    if browser_page.url.startswith("http"):
        browser_page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    browser_page.goto("about:blank")
    browser_page.set_viewport_size(size)
    stayed_local(request_log, before)
    assert errors[errors_before:] == [], f"JavaScript-fejl: {errors[errors_before:]}"


# Chromium reports each Content-Security-Policy violation to the console with where it happened.
VIOLATION_LISTENER = """addEventListener("securitypolicyviolation", e =>
  console.error(`CSP-brud: ${e.violatedDirective} ${e.blockedURI} i ${e.sourceFile}:${e.lineNumber}`))"""


@pytest.fixture
def violations(page: Page) -> list[str]:
    """Every Content-Security-Policy violation the test's pages report while it runs, this one and any other tab it opens
    in its context (listener added before any script)."""
    found: list[str] = []
    page.context.add_init_script(VIOLATION_LISTENER)
    page.context.on("console", lambda message: found.append(message.text) if "CSP" in message.text or "Content Security Policy" in message.text else None)
    return found

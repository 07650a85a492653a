"""The request log behind the privacy promise: it sees the site's own files and flags any other host."""
from __future__ import annotations

from playwright.sync_api import Page

from .recorder import RequestLog

# A host that is never contacted: the browser aborts the request before it leaves.
TRACKER = "https://tracker.example/pixel.gif"


def test_request_log_sees_every_file_the_page_loads(page: Page, request_log: RequestLog, base_url: str) -> None:
    """Loading a page logs the page, its stylesheets and scripts, all from 127.0.0.1."""
    first = len(request_log.urls)
    page.goto("chime/haab.html")
    logged = request_log.urls[first:]
    for part in ("chime/haab.html", "assets/stylesheets/extra.css", "assets/javascripts/iframe-worker-1.0.4-shim.js"):
        assert base_url + part in logged, f"{part} mangler i loggen: {logged}"


def test_request_log_flags_any_other_host(new_context, base_url: str) -> None:
    """A request to another host lands in the log's list of foreign requests."""
    log = RequestLog()
    # The pages' Content-Security-Policy (connect-src 'self') stops the request before it is made: set aside here,
    # where the log itself is under test.
    context = new_context(bypass_csp=True)
    context.on("request", log.record)
    context.route(TRACKER, lambda route: route.abort())
    page = context.new_page()
    page.goto("index.html")
    page.evaluate("url => fetch(url).catch(() => null)", TRACKER)
    assert log.foreign == [TRACKER]
    assert all(url.startswith(base_url) for url in log.urls if url != TRACKER)

"""The request log behind the privacy promise: nothing may be fetched from any host but 127.0.0.1."""
from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Request

from tools.ports import LOCAL_HOST

# file://, data: and blob: stay on the machine; these schemes would reach a host.
NETWORK_SCHEMES = {"http", "https", "ws", "wss", "ftp"}


class RequestLog:
    """Every request the browser made during the session, and those that left 127.0.0.1."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.foreign: list[str] = []

    def record(self, request: Request) -> None:
        """Remember the request; note it as foreign when it goes to any host but 127.0.0.1."""
        self.urls.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme in NETWORK_SCHEMES and parts.hostname != LOCAL_HOST:
            self.foreign.append(request.url)

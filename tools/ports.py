"""Local addresses for the servers the tests and the benchmark start: 127.0.0.1 only, never another host."""
from __future__ import annotations

import socket

LOCAL_HOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((LOCAL_HOST, 0))
        return probe.getsockname()[1]

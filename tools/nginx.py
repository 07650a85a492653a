"""The web server that ships (deploy/nginx.conf, Debian's nginx) serving a built site on 127.0.0.1.

Shared by the web-server tests and the phone benchmark, so both see the handbook as it is published
(gzip, cache headers, Content-Security-Policy).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tools.ports import LOCAL_HOST, free_port

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "deploy/nginx.conf"
NGINX = "/usr/sbin/nginx"
# The one line of the shipped config a local run changes: a free port on 127.0.0.1 instead of the container's 8080.
LISTEN = "listen 8080;"
# Started as root, nginx's workers run as the container's unprivileged user: they read the site with its own modes.
WORKERS = "www-data"


def wait_until_listening(port: int, process: subprocess.Popen, log: Path) -> None:
    """Wait (at most 10 s) for nginx to accept connections; raise with its error log if it stopped or never listened."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx stoppede: {log.read_text()}")
        with socket.socket() as client:
            if client.connect_ex((LOCAL_HOST, port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nginx lyttede ikke på port {port}: {log.read_text()}")


@contextmanager
def serve(site: Path, folder: Path) -> Iterator[str]:
    """Serve site with the shipped config (its error log in folder, made here); yields the site's address.

    As root, as the container does, nginx's workers run as www-data: the site is copied with its own modes into
    a prefix folder www-data may enter, so a file the build left unreadable is a 403 here as it would be there.
    """
    folder.mkdir(parents=True)
    prefix = Path(tempfile.mkdtemp(prefix="handbook-nginx-"))
    try:
        prefix.chmod(0o755)
        (prefix / "tmp").mkdir()
        shutil.copytree(site, prefix / "site", symlinks=True)
        config = CONFIG.read_text(encoding="utf-8")
        if config.count(LISTEN) != 1:
            raise RuntimeError(f"{CONFIG} skal lytte med '{LISTEN}' præcis én gang")
        port = free_port()
        (prefix / "nginx.conf").write_text(config.replace(LISTEN, f"listen {LOCAL_HOST}:{port};"), encoding="utf-8")
        command = [NGINX, "-p", f"{prefix}/", "-c", str(prefix / "nginx.conf")]
        if os.geteuid() == 0:
            command += ["-g", f"user {WORKERS};"]
        with running(command, port, folder / "error.log"):
            yield f"http://{LOCAL_HOST}:{port}/"
    finally:
        shutil.rmtree(prefix, ignore_errors=True)


@contextmanager
def running(command: list[str], port: int, log: Path) -> Iterator[None]:
    """nginx in the foreground while the block runs, once it listens on port; its errors in log."""
    with log.open("w") as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        wait_until_listening(port, process, log)
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)
